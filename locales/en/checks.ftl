# The writeback checks on the console's health page (the same checks `sspr doctor` prints, in
# English): for each, what was checked (-name), what was found (-detail) and what to do (-fix).
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words. Setting names (directory.ca_file, directory.bind_dn, directory.probe_user), attribute
# names (lockoutTime, pwdLastSet, sAMAccountName, distinguishedName, adminCount), DNs
# (CN=AdminSDHolder,CN=System), ports, rights as the delegation wizard names them (Reset Password,
# Write lockoutTime) and product names are directory names: keep them as they are. { $error } is
# the directory's own message, in English.

## Domain controllers: connection and certificate

check-dc-tls-unverified-name = DC { $url }: reachable over TLS
check-dc-tls-unverified-detail = the certificate could not be verified: { $detail }
check-dc-tls-unverified-fix = Set directory.ca_file to the CA (PEM) that issued the DC's certificate, and use a host name in the URL that the certificate's SAN lists. Verification is never switched off.

check-dc-unreachable-name = DC { $url }: reachable over TLS
check-dc-unreachable-detail = { $error }
check-dc-unreachable-fix = Check that the DC is up and that this host can reach it on 636 (ldaps) or 389 (StartTLS); check the URL and firewalls.

check-cert-missing-name = DC { $url }: certificate
check-cert-missing-detail = no peer certificate to inspect
check-cert-missing-fix = Check the TLS setup.

check-cert-unparsable-name = DC { $url }: certificate
check-cert-unparsable-detail = the certificate could not be parsed
check-cert-unparsable-fix = Check the certificate.

# $subject is the certificate's subject (a DN).
check-cert-expired-name = DC { $url }: certificate
check-cert-expired-detail = { $days ->
    [one] { $subject } expired { $days } day ago
   *[other] { $subject } expired { $days } days ago
}
check-cert-expired-fix = Renew the DC certificate.

check-cert-expiring-name = DC { $url }: certificate
check-cert-expiring-detail = { $days ->
    [one] verified; { $subject } expires in { $days } day
   *[other] verified; { $subject } expires in { $days } days
}
check-cert-expiring-fix = Renew the DC certificate before it expires, or every writeback will fail.

check-cert-ok-name = DC { $url }: certificate
check-cert-ok-detail = { $days ->
    [one] verified; { $subject } expires in { $days } day
   *[other] verified; { $subject } expires in { $days } days
}

## Domain controllers: the service account's bind

check-bind-ok-name = DC { $url }: service account binds
check-bind-ok-detail = bound as { $bind_dn }

check-bind-refused-name = DC { $url }: service account binds
check-bind-refused-detail = { $reason ->
    [credentials] wrong password or no such account (check bind_dn and the password)
    [password-expired] the service account's password has expired
    [disabled] the service account is disabled
    [expired] the service account has expired
    [must-change] the service account must change its password
    [locked] the service account is locked out
   *[refused] the DC refused the bind
}: { $error }
check-bind-refused-fix = Fix directory.bind_dn / the bind password, and make sure the account is enabled, not locked, and its password does not expire.

check-bind-error-name = DC { $url }: service account binds
check-bind-error-detail = { $error }
check-bind-error-fix = Check the DC's logs.

check-bind-timeout-name = DC { $url }: service account binds
check-bind-timeout-detail = no answer in time
check-bind-timeout-fix = The DC is overloaded or a firewall drops traffic after the handshake.

## Domain controllers: the password policy hints control

# $oid is the control's object identifier (1.2.840.113556.1.4.2239).
check-hints-ok-name = DC { $url }: policy hints control
check-hints-ok-detail = supported ({ $oid }): self-service resets enforce history and minimum age

check-hints-unsupported-name = DC { $url }: policy hints control
check-hints-unsupported-detail = not supported by this DC: self-service resets cannot enforce password history or minimum age (changes still do)
check-hints-unsupported-fix = Use Windows Server 2012 R2 or later DCs for writeback if resets must honour history; Samba does not support the control.

check-hints-unreadable-name = DC { $url }: policy hints control
check-hints-unreadable-detail = rootDSE not readable: { $error }
check-hints-unreadable-fix = Check the DC.

## Password policies

# $complexity is `on` or `off`; $min_age_hours is in hours (h).
check-policy-ok-name = domain password policy readable
check-policy-ok-detail = min length { $min_length }, complexity { $complexity ->
    [on] on
   *[off] off
}, history { $history }, min age { $min_age_hours } h, lockout after { $lockout }

check-policy-min-age-name = domain password policy readable
check-policy-min-age-detail = min length { $min_length }, complexity { $complexity ->
    [on] on
   *[off] off
}, history { $history }, min age { $min_age_hours } h, lockout after { $lockout }: users cannot change their password twice within the minimum age
check-policy-min-age-fix = Consider a minimum password age of 0 (or 1 day at most); users who change and then forget must use reset, which a helpdesk reset always allows.

check-policy-unreadable-name = domain password policy readable
check-policy-unreadable-detail = { $error }
check-policy-unreadable-fix = Authenticated users can normally read the domain root; check the service account.

# $container is the DN of the Password Settings Container.
check-pso-unreadable-name = fine-grained password policies (PSOs) readable
check-pso-unreadable-detail = { $total ->
    [one] { $unreadable } of { $total } PSO has unreadable settings
   *[other] { $unreadable } of { $total } PSOs have unreadable settings
}
check-pso-unreadable-fix = Grant the service account read on { $container }.

check-pso-ok-name = fine-grained password policies (PSOs) readable
check-pso-ok-detail = { $count ->
    [one] { $count } PSO found
   *[other] { $count } PSO(s) found
}

check-pso-container-unreadable-name = fine-grained password policies (PSOs) readable
check-pso-container-unreadable-detail = the Password Settings Container is not readable ({ $error }); users under a PSO would be shown the domain policy
check-pso-container-unreadable-fix = Grant the service account read (RP, LC) on { $container }.

## The service account's rights on users

check-rights-own-entry-name = service account rights on users
check-rights-own-entry-detail = the service account's own entry is not readable: { $error }
check-rights-own-entry-fix = Check directory.bind_dn.

check-rights-probe-search-name = service account rights on users
check-rights-probe-search-detail = { $error }
check-rights-probe-search-fix = Check the DC.

check-rights-no-probe-name = service account rights on users
check-rights-no-probe-detail = no user found to probe the rights on
check-rights-no-probe-fix = Set directory.probe_user to a typical (non-admin) user's sAMAccountName.

# $probe is the DN of the user the rights were probed on.
check-rights-ok-name = service account rights on users (probe: { $probe })
check-rights-ok-detail = Reset Password, write lockoutTime, write pwdLastSet: granted

check-rights-not-writable-name = service account rights on users (probe: { $probe })
check-rights-not-writable-detail = the ACL grants the rights but the DC does not list lockoutTime/pwdLastSet as writable
check-rights-not-writable-fix = Check for deny entries or a schema-level restriction on the OU.

# $missing lists rights as the delegation wizard names them (Reset Password, Write lockoutTime…).
check-rights-missing-name = service account rights on users (probe: { $probe })
check-rights-missing-detail = missing: { $missing }
check-rights-missing-fix = Delegate to { $bind_dn } on the users' OU (Delegation of Control: "Reset user passwords and force password change at next logon", plus Write lockoutTime), inherited to descendant User objects.

check-rights-acl-unreadable-name = service account rights on users (probe: { $probe })
check-rights-acl-unreadable-detail = { $error }
check-rights-acl-unreadable-fix = Authenticated users can normally read user ACLs; check for hardened permissions.

## Protected accounts

check-protected-unreadable-name = protected accounts (adminCount=1)
check-protected-unreadable-detail = { $error }
check-protected-unreadable-fix = Check the DC.

check-protected-ok-name = protected accounts (adminCount=1)
check-protected-ok-detail = { $count ->
    [one] { $count } protected account, all manageable
   *[other] { $count } protected account(s), all manageable
}

# $accounts lists sAMAccountNames.
check-protected-unmanaged-name = protected accounts (adminCount=1)
check-protected-unmanaged-detail = { $count ->
    [one] { $count } protected account the service account cannot reset or unlock: { $accounts }
   *[other] { $count } protected account(s) the service account cannot reset or unlock: { $accounts }
}
check-protected-unmanaged-fix = These accounts get their ACL from AdminSDHolder and ignore delegations: keep them out of self-service scope (their users see "contact your administrator"), or delegate on CN=AdminSDHolder,CN=System if policy allows.

## Configured groups

# $key is a setting name (sspr.helpdesk_group_dn…), $dn the group's DN as configured.
check-group-ok-name = { $key } exists
check-group-ok-detail = { $dn }

check-group-missing-name = { $key } exists
check-group-missing-detail = { $dn } is not a group the service account can see
check-group-missing-fix = Fix { $key } (copy the DN from the group's distinguishedName attribute).

check-group-error-name = { $key } exists
check-group-error-detail = { $error }
check-group-error-fix = Check the DC.

## When nothing else can run

check-directory-unusable-name = directory usable
check-directory-unusable-detail = no DC accepted the service account over a verified connection
check-directory-unusable-fix = Fix the failures above first.
