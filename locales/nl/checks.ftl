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

check-dc-tls-unverified-name = DC { $url }: bereikbaar via TLS
check-dc-tls-unverified-detail = het certificaat kon niet worden geverifieerd: { $detail }
check-dc-tls-unverified-fix = Stel directory.ca_file in op de CA (PEM) die het certificaat van de DC heeft uitgegeven, en gebruik in de URL een hostnaam die in de SAN van het certificaat staat. Verificatie wordt nooit uitgeschakeld.

check-dc-unreachable-name = DC { $url }: bereikbaar via TLS
check-dc-unreachable-detail = { $error }
check-dc-unreachable-fix = Controleer of de DC actief is en of deze host hem kan bereiken op 636 (ldaps) of 389 (StartTLS); controleer de URL en de firewalls.

check-cert-missing-name = DC { $url }: certificaat
check-cert-missing-detail = geen peercertificaat om te controleren
check-cert-missing-fix = Controleer de TLS-configuratie.

check-cert-unparsable-name = DC { $url }: certificaat
check-cert-unparsable-detail = het certificaat kon niet worden gelezen (parseerfout)
check-cert-unparsable-fix = Controleer het certificaat.

# $subject is the certificate's subject (a DN).
check-cert-expired-name = DC { $url }: certificaat
check-cert-expired-detail = { $days ->
    [one] { $subject } is { $days } dag geleden verlopen
   *[other] { $subject } is { $days } dagen geleden verlopen
}
check-cert-expired-fix = Vernieuw het DC-certificaat.

check-cert-expiring-name = DC { $url }: certificaat
check-cert-expiring-detail = { $days ->
    [one] geverifieerd; { $subject } verloopt over { $days } dag
   *[other] geverifieerd; { $subject } verloopt over { $days } dagen
}
check-cert-expiring-fix = Vernieuw het DC-certificaat voordat het verloopt, anders mislukt elke terugschrijfactie.

check-cert-ok-name = DC { $url }: certificaat
check-cert-ok-detail = { $days ->
    [one] geverifieerd; { $subject } verloopt over { $days } dag
   *[other] geverifieerd; { $subject } verloopt over { $days } dagen
}

## Domain controllers: the service account's bind

check-bind-ok-name = DC { $url }: bind van het serviceaccount
check-bind-ok-detail = gebonden als { $bind_dn }

check-bind-refused-name = DC { $url }: bind van het serviceaccount
check-bind-refused-detail = { $reason ->
    [credentials] verkeerd wachtwoord of het account bestaat niet (controleer bind_dn en het wachtwoord)
    [password-expired] het wachtwoord van het serviceaccount is verlopen
    [disabled] het serviceaccount is uitgeschakeld
    [expired] het serviceaccount is verlopen
    [must-change] het serviceaccount moet zijn wachtwoord wijzigen
    [locked] het serviceaccount is vergrendeld
   *[refused] de DC heeft de bind geweigerd
}: { $error }
check-bind-refused-fix = Corrigeer directory.bind_dn / het bindwachtwoord, en zorg dat het account ingeschakeld en niet vergrendeld is en dat het wachtwoord niet verloopt.

check-bind-error-name = DC { $url }: bind van het serviceaccount
check-bind-error-detail = { $error }
check-bind-error-fix = Controleer de logboeken van de DC.

check-bind-timeout-name = DC { $url }: bind van het serviceaccount
check-bind-timeout-detail = geen antwoord binnen de wachttijd
check-bind-timeout-fix = De DC is overbelast of een firewall laat verkeer na de handshake vallen.

## Domain controllers: the password policy hints control

# $oid is the control's object identifier (1.2.840.113556.1.4.2239).
check-hints-ok-name = DC { $url }: control voor beleidshints
check-hints-ok-detail = ondersteund ({ $oid }): bij zelf opnieuw instellen worden wachtwoordgeschiedenis en minimumleeftijd afgedwongen

check-hints-unsupported-name = DC { $url }: control voor beleidshints
check-hints-unsupported-detail = niet ondersteund door deze DC: bij zelf opnieuw instellen kunnen wachtwoordgeschiedenis en minimumleeftijd niet worden afgedwongen (bij wijzigen wel)
check-hints-unsupported-fix = Gebruik voor terugschrijven DC's met Windows Server 2012 R2 of nieuwer als bij opnieuw instellen de geschiedenis moet worden gerespecteerd; Samba ondersteunt deze control niet.

check-hints-unreadable-name = DC { $url }: control voor beleidshints
check-hints-unreadable-detail = rootDSE niet leesbaar: { $error }
check-hints-unreadable-fix = Controleer de DC.

## Password policies

# $complexity is `on` or `off`; $min_age_hours is in hours (h).
check-policy-ok-name = wachtwoordbeleid van het domein leesbaar
check-policy-ok-detail = minimale lengte { $min_length }, complexiteit { $complexity ->
    [on] aan
   *[off] uit
}, geschiedenis { $history }, minimumleeftijd { $min_age_hours } u, vergrendeling na { $lockout }

check-policy-min-age-name = wachtwoordbeleid van het domein leesbaar
check-policy-min-age-detail = minimale lengte { $min_length }, complexiteit { $complexity ->
    [on] aan
   *[off] uit
}, geschiedenis { $history }, minimumleeftijd { $min_age_hours } u, vergrendeling na { $lockout }: gebruikers kunnen hun wachtwoord niet twee keer wijzigen binnen de minimumleeftijd
check-policy-min-age-fix = Overweeg een minimale wachtwoordleeftijd van 0 (of hooguit 1 dag); gebruikers die hun wachtwoord wijzigen en het daarna vergeten, moeten het opnieuw instellen, en dat staat de helpdesk altijd toe.

check-policy-unreadable-name = wachtwoordbeleid van het domein leesbaar
check-policy-unreadable-detail = { $error }
check-policy-unreadable-fix = Geverifieerde gebruikers kunnen normaal gesproken de domeinroot lezen; controleer het serviceaccount.

# $container is the DN of the Password Settings Container.
check-pso-unreadable-name = fijnmazig wachtwoordbeleid (PSO's) leesbaar
check-pso-unreadable-detail = { $total ->
    [one] bij { $unreadable } van { $total } PSO zijn de instellingen niet leesbaar
   *[other] bij { $unreadable } van { $total } PSO's zijn de instellingen niet leesbaar
}
check-pso-unreadable-fix = Geef het serviceaccount leesrechten op { $container }.

check-pso-ok-name = fijnmazig wachtwoordbeleid (PSO's) leesbaar
check-pso-ok-detail = { $count ->
    [one] { $count } PSO gevonden
   *[other] { $count } PSO's gevonden
}

check-pso-container-unreadable-name = fijnmazig wachtwoordbeleid (PSO's) leesbaar
check-pso-container-unreadable-detail = de Password Settings Container is niet leesbaar ({ $error }); gebruikers onder een PSO zouden het domeinbeleid te zien krijgen
check-pso-container-unreadable-fix = Geef het serviceaccount leesrechten (RP, LC) op { $container }.

## The service account's rights on users

check-rights-own-entry-name = rechten van het serviceaccount op gebruikers
check-rights-own-entry-detail = het eigen object van het serviceaccount is niet leesbaar: { $error }
check-rights-own-entry-fix = Controleer directory.bind_dn.

check-rights-probe-search-name = rechten van het serviceaccount op gebruikers
check-rights-probe-search-detail = { $error }
check-rights-probe-search-fix = Controleer de DC.

check-rights-no-probe-name = rechten van het serviceaccount op gebruikers
check-rights-no-probe-detail = geen gebruiker gevonden om de rechten op te testen
check-rights-no-probe-fix = Stel directory.probe_user in op de sAMAccountName van een gewone gebruiker (geen beheerder).

# $probe is the DN of the user the rights were probed on.
check-rights-ok-name = rechten van het serviceaccount op gebruikers (test: { $probe })
check-rights-ok-detail = Reset Password, schrijven van lockoutTime, schrijven van pwdLastSet: toegekend

check-rights-not-writable-name = rechten van het serviceaccount op gebruikers (test: { $probe })
check-rights-not-writable-detail = de ACL kent de rechten toe, maar de DC vermeldt lockoutTime/pwdLastSet niet als schrijfbaar
check-rights-not-writable-fix = Controleer op weigeringsvermeldingen (deny) of een beperking op schemaniveau op de OU.

# $missing lists rights as the delegation wizard names them (Reset Password, Write lockoutTime…).
check-rights-missing-name = rechten van het serviceaccount op gebruikers (test: { $probe })
check-rights-missing-detail = ontbreekt: { $missing }
check-rights-missing-fix = Delegeer aan { $bind_dn } op de OU van de gebruikers (Delegation of Control: "Reset user passwords and force password change at next logon", plus Write lockoutTime), overgenomen door onderliggende User-objecten.

check-rights-acl-unreadable-name = rechten van het serviceaccount op gebruikers (test: { $probe })
check-rights-acl-unreadable-detail = { $error }
check-rights-acl-unreadable-fix = Geverifieerde gebruikers kunnen normaal gesproken de ACL's van gebruikers lezen; controleer op aangescherpte machtigingen.

## Protected accounts

check-protected-unreadable-name = beveiligde accounts (adminCount=1)
check-protected-unreadable-detail = { $error }
check-protected-unreadable-fix = Controleer de DC.

check-protected-ok-name = beveiligde accounts (adminCount=1)
check-protected-ok-detail = { $count ->
    [one] { $count } beveiligd account, volledig beheerbaar
   *[other] { $count } beveiligde accounts, allemaal beheerbaar
}

# $accounts lists sAMAccountNames.
check-protected-unmanaged-name = beveiligde accounts (adminCount=1)
check-protected-unmanaged-detail = { $count ->
    [one] { $count } beveiligd account dat het serviceaccount niet opnieuw kan instellen of ontgrendelen: { $accounts }
   *[other] { $count } beveiligde accounts die het serviceaccount niet opnieuw kan instellen of ontgrendelen: { $accounts }
}
check-protected-unmanaged-fix = Deze accounts krijgen hun ACL van AdminSDHolder en negeren delegaties: houd ze buiten het bereik van selfservice (hun gebruikers zien "neem contact op met je beheerder"), of delegeer op CN=AdminSDHolder,CN=System als het beleid dat toestaat.

## Configured groups

# $key is a setting name (sspr.helpdesk_group_dn…), $dn the group's DN as configured.
check-group-ok-name = { $key } bestaat
check-group-ok-detail = { $dn }

check-group-missing-name = { $key } bestaat
check-group-missing-detail = { $dn } is geen groep die het serviceaccount kan zien
check-group-missing-fix = Corrigeer { $key } (kopieer de DN uit het kenmerk distinguishedName van de groep).

check-group-error-name = { $key } bestaat
check-group-error-detail = { $error }
check-group-error-fix = Controleer de DC.

## When nothing else can run

check-directory-unusable-name = directory bruikbaar
check-directory-unusable-detail = geen enkele DC accepteerde het serviceaccount via een geverifieerde verbinding
check-directory-unusable-fix = Los eerst de fouten hierboven op.
