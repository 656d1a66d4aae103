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

check-dc-tls-unverified-name = DC { $url }: dostupný přes TLS
check-dc-tls-unverified-detail = certifikát se nepodařilo ověřit: { $detail }
check-dc-tls-unverified-fix = Nastavte directory.ca_file na certifikační autoritu (CA, PEM), která vydala certifikát DC, a v URL použijte název hostitele uvedený v poli SAN certifikátu. Ověřování se nikdy nevypíná.

check-dc-unreachable-name = DC { $url }: dostupný přes TLS
check-dc-unreachable-detail = { $error }
check-dc-unreachable-fix = Zkontrolujte, že DC běží a že se k němu tento hostitel dostane na portu 636 (ldaps) nebo 389 (StartTLS); zkontrolujte URL a brány firewall.

check-cert-missing-name = DC { $url }: certifikát
check-cert-missing-detail = protistrana neposkytla žádný certifikát ke kontrole
check-cert-missing-fix = Zkontrolujte nastavení TLS.

check-cert-unparsable-name = DC { $url }: certifikát
check-cert-unparsable-detail = certifikát se nepodařilo zpracovat
check-cert-unparsable-fix = Zkontrolujte certifikát.

# $subject is the certificate's subject (a DN).
check-cert-expired-name = DC { $url }: certifikát
check-cert-expired-detail = { $days ->
    [one] platnost { $subject } vypršela před { $days } dnem
    [few] platnost { $subject } vypršela před { $days } dny
    [many] platnost { $subject } vypršela před { $days } dne
   *[other] platnost { $subject } vypršela před { $days } dny
}
check-cert-expired-fix = Obnovte certifikát DC.

check-cert-expiring-name = DC { $url }: certifikát
check-cert-expiring-detail = { $days ->
    [one] ověřen; platnost { $subject } vyprší za { $days } den
    [few] ověřen; platnost { $subject } vyprší za { $days } dny
    [many] ověřen; platnost { $subject } vyprší za { $days } dne
   *[other] ověřen; platnost { $subject } vyprší za { $days } dní
}
check-cert-expiring-fix = Obnovte certifikát DC dříve, než vyprší jeho platnost, jinak selže každý zpětný zápis.

check-cert-ok-name = DC { $url }: certifikát
check-cert-ok-detail = { $days ->
    [one] ověřen; platnost { $subject } vyprší za { $days } den
    [few] ověřen; platnost { $subject } vyprší za { $days } dny
    [many] ověřen; platnost { $subject } vyprší za { $days } dne
   *[other] ověřen; platnost { $subject } vyprší za { $days } dní
}

## Domain controllers: the service account's bind

check-bind-ok-name = DC { $url }: přihlášení (bind) účtu služby
check-bind-ok-detail = přihlášen jako { $bind_dn }

check-bind-refused-name = DC { $url }: přihlášení (bind) účtu služby
check-bind-refused-detail = { $reason ->
    [credentials] nesprávné heslo nebo takový účet neexistuje (zkontrolujte bind_dn a heslo)
    [password-expired] platnost hesla účtu služby vypršela
    [disabled] účet služby je zakázán
    [expired] platnost účtu služby vypršela
    [must-change] účet služby si musí změnit heslo
    [locked] účet služby je uzamčen
   *[refused] DC přihlášení (bind) odmítl
}: { $error }
check-bind-refused-fix = Opravte directory.bind_dn / heslo pro bind a zajistěte, aby byl účet povolený, neuzamčený a aby jeho heslo nevypršelo.

check-bind-error-name = DC { $url }: přihlášení (bind) účtu služby
check-bind-error-detail = { $error }
check-bind-error-fix = Zkontrolujte protokoly DC.

check-bind-timeout-name = DC { $url }: přihlášení (bind) účtu služby
check-bind-timeout-detail = žádná odpověď v časovém limitu
check-bind-timeout-fix = DC je přetížený nebo brána firewall zahazuje provoz po navázání spojení (handshake).

## Domain controllers: the password policy hints control

# $oid is the control's object identifier (1.2.840.113556.1.4.2239).
check-hints-ok-name = DC { $url }: ovládací prvek nápověd zásad hesel
check-hints-ok-detail = podporován ({ $oid }): samoobslužná resetování vynucují historii a minimální stáří hesla

check-hints-unsupported-name = DC { $url }: ovládací prvek nápověd zásad hesel
check-hints-unsupported-detail = tento DC ho nepodporuje: samoobslužná resetování nemohou vynutit historii hesel ani minimální stáří hesla (změny hesla ano)
check-hints-unsupported-fix = Pokud musí resetování dodržovat historii, používejte pro zpětný zápis řadiče DC s Windows Server 2012 R2 nebo novějším; Samba tento ovládací prvek nepodporuje.

check-hints-unreadable-name = DC { $url }: ovládací prvek nápověd zásad hesel
check-hints-unreadable-detail = rootDSE nelze přečíst: { $error }
check-hints-unreadable-fix = Zkontrolujte DC.

## Password policies

# $complexity is `on` or `off`; $min_age_hours is in hours (h).
check-policy-ok-name = zásady hesel domény lze přečíst
check-policy-ok-detail = minimální délka { $min_length }, složitost { $complexity ->
    [on] zapnuta
   *[off] vypnuta
}, historie { $history }, minimální stáří { $min_age_hours } h, uzamčení po { $lockout }

check-policy-min-age-name = zásady hesel domény lze přečíst
check-policy-min-age-detail = minimální délka { $min_length }, složitost { $complexity ->
    [on] zapnuta
   *[off] vypnuta
}, historie { $history }, minimální stáří { $min_age_hours } h, uzamčení po { $lockout }: uživatelé nemohou změnit heslo dvakrát během minimálního stáří
check-policy-min-age-fix = Zvažte minimální stáří hesla 0 (nebo nejvýše 1 den); uživatelé, kteří heslo změní a pak ho zapomenou, musí použít resetování, které helpdesk povolí vždy.

check-policy-unreadable-name = zásady hesel domény lze přečíst
check-policy-unreadable-detail = { $error }
check-policy-unreadable-fix = Ověření uživatelé obvykle mohou číst kořen domény; zkontrolujte účet služby.

# $container is the DN of the Password Settings Container.
check-pso-unreadable-name = jemně odstupňované zásady hesel (PSO) lze přečíst
check-pso-unreadable-detail = { $total ->
    [one] PSO s nečitelným nastavením: { $unreadable } z { $total }
    [few] PSO s nečitelným nastavením: { $unreadable } z { $total }
    [many] PSO s nečitelným nastavením: { $unreadable } z { $total }
   *[other] PSO s nečitelným nastavením: { $unreadable } z { $total }
}
check-pso-unreadable-fix = Udělte účtu služby oprávnění ke čtení na { $container }.

check-pso-ok-name = jemně odstupňované zásady hesel (PSO) lze přečíst
check-pso-ok-detail = { $count ->
    [one] nalezené PSO: { $count }
    [few] nalezené PSO: { $count }
    [many] nalezené PSO: { $count }
   *[other] nalezené PSO: { $count }
}

check-pso-container-unreadable-name = jemně odstupňované zásady hesel (PSO) lze přečíst
check-pso-container-unreadable-detail = kontejner Password Settings Container nelze přečíst ({ $error }); uživatelům s PSO by se zobrazovaly zásady domény
check-pso-container-unreadable-fix = Udělte účtu služby oprávnění ke čtení (RP, LC) na { $container }.

## The service account's rights on users

check-rights-own-entry-name = oprávnění účtu služby k uživatelům
check-rights-own-entry-detail = vlastní záznam účtu služby nelze přečíst: { $error }
check-rights-own-entry-fix = Zkontrolujte directory.bind_dn.

check-rights-probe-search-name = oprávnění účtu služby k uživatelům
check-rights-probe-search-detail = { $error }
check-rights-probe-search-fix = Zkontrolujte DC.

check-rights-no-probe-name = oprávnění účtu služby k uživatelům
check-rights-no-probe-detail = nebyl nalezen žádný uživatel, na kterém by šlo oprávnění otestovat
check-rights-no-probe-fix = Nastavte directory.probe_user na sAMAccountName typického uživatele (ne správce).

# $probe is the DN of the user the rights were probed on.
check-rights-ok-name = oprávnění účtu služby k uživatelům (test: { $probe })
check-rights-ok-detail = Reset Password, zápis lockoutTime, zápis pwdLastSet: udělena

check-rights-not-writable-name = oprávnění účtu služby k uživatelům (test: { $probe })
check-rights-not-writable-detail = seznam ACL oprávnění uděluje, ale DC neuvádí lockoutTime/pwdLastSet jako zapisovatelné
check-rights-not-writable-fix = Zkontrolujte, zda na OU nejsou položky odepření (deny) nebo omezení na úrovni schématu.

# $missing lists rights as the delegation wizard names them (Reset Password, Write lockoutTime…).
check-rights-missing-name = oprávnění účtu služby k uživatelům (test: { $probe })
check-rights-missing-detail = chybí: { $missing }
check-rights-missing-fix = Delegujte oprávnění účtu { $bind_dn } na OU uživatelů (Delegation of Control: "Reset user passwords and force password change at next logon" a také Write lockoutTime) s děděním na podřízené objekty User.

check-rights-acl-unreadable-name = oprávnění účtu služby k uživatelům (test: { $probe })
check-rights-acl-unreadable-detail = { $error }
check-rights-acl-unreadable-fix = Ověření uživatelé obvykle mohou číst seznamy ACL uživatelů; zkontrolujte, zda nejsou oprávnění zpřísněná.

## Protected accounts

check-protected-unreadable-name = chráněné účty (adminCount=1)
check-protected-unreadable-detail = { $error }
check-protected-unreadable-fix = Zkontrolujte DC.

check-protected-ok-name = chráněné účty (adminCount=1)
check-protected-ok-detail = { $count ->
    [one] { $count } chráněný účet, lze ho spravovat
    [few] { $count } chráněné účty, všechny lze spravovat
    [many] { $count } chráněného účtu, všechny lze spravovat
   *[other] { $count } chráněných účtů, všechny lze spravovat
}

# $accounts lists sAMAccountNames.
check-protected-unmanaged-name = chráněné účty (adminCount=1)
check-protected-unmanaged-detail = { $count ->
    [one] { $count } chráněný účet, který účet služby nemůže resetovat ani odemknout: { $accounts }
    [few] { $count } chráněné účty, které účet služby nemůže resetovat ani odemknout: { $accounts }
    [many] { $count } chráněného účtu, které účet služby nemůže resetovat ani odemknout: { $accounts }
   *[other] { $count } chráněných účtů, které účet služby nemůže resetovat ani odemknout: { $accounts }
}
check-protected-unmanaged-fix = Tyto účty dostávají seznam ACL z AdminSDHolder a delegování ignorují: vyřaďte je z rozsahu samoobsluhy (jejich uživatelé uvidí "obraťte se na správce"), nebo delegujte na CN=AdminSDHolder,CN=System, pokud to zásady dovolují.

## Configured groups

# $key is a setting name (sspr.helpdesk_group_dn…), $dn the group's DN as configured.
check-group-ok-name = { $key } existuje
check-group-ok-detail = { $dn }

check-group-missing-name = { $key } existuje
check-group-missing-detail = { $dn } není skupina, kterou účet služby vidí
check-group-missing-fix = Opravte { $key } (zkopírujte DN z atributu distinguishedName skupiny).

check-group-error-name = { $key } existuje
check-group-error-detail = { $error }
check-group-error-fix = Zkontrolujte DC.

## When nothing else can run

check-directory-unusable-name = adresář je použitelný
check-directory-unusable-detail = žádný DC nepřijal účet služby přes ověřené připojení
check-directory-unusable-fix = Nejprve opravte výše uvedená selhání.
