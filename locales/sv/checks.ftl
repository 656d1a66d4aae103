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

check-dc-tls-unverified-name = DC { $url }: nåbar via TLS
check-dc-tls-unverified-detail = certifikatet kunde inte verifieras: { $detail }
check-dc-tls-unverified-fix = Ange i directory.ca_file den CA (PEM) som utfärdade domänkontrollantens certifikat, och använd ett värdnamn i URL:en som finns med i certifikatets SAN. Verifieringen stängs aldrig av.

check-dc-unreachable-name = DC { $url }: nåbar via TLS
check-dc-unreachable-detail = { $error }
check-dc-unreachable-fix = Kontrollera att domänkontrollanten är igång och att den här värden kan nå den på 636 (ldaps) eller 389 (StartTLS); kontrollera URL:en och brandväggarna.

check-cert-missing-name = DC { $url }: certifikat
check-cert-missing-detail = motparten skickade inget certifikat att granska
check-cert-missing-fix = Kontrollera TLS-konfigurationen.

check-cert-unparsable-name = DC { $url }: certifikat
check-cert-unparsable-detail = certifikatet kunde inte tolkas
check-cert-unparsable-fix = Kontrollera certifikatet.

# $subject is the certificate's subject (a DN).
check-cert-expired-name = DC { $url }: certifikat
check-cert-expired-detail = { $days ->
    [one] { $subject } upphörde att gälla för { $days } dag sedan
   *[other] { $subject } upphörde att gälla för { $days } dagar sedan
}
check-cert-expired-fix = Förnya domänkontrollantens certifikat.

check-cert-expiring-name = DC { $url }: certifikat
check-cert-expiring-detail = { $days ->
    [one] verifierat; { $subject } upphör att gälla om { $days } dag
   *[other] verifierat; { $subject } upphör att gälla om { $days } dagar
}
check-cert-expiring-fix = Förnya domänkontrollantens certifikat innan det upphör att gälla, annars misslyckas varje tillbakaskrivning.

check-cert-ok-name = DC { $url }: certifikat
check-cert-ok-detail = { $days ->
    [one] verifierat; { $subject } upphör att gälla om { $days } dag
   *[other] verifierat; { $subject } upphör att gälla om { $days } dagar
}

## Domain controllers: the service account's bind

check-bind-ok-name = DC { $url }: tjänstkontots bindning
check-bind-ok-detail = bundet som { $bind_dn }

check-bind-refused-name = DC { $url }: tjänstkontots bindning
check-bind-refused-detail = { $reason ->
    [credentials] fel lösenord eller så finns kontot inte (kontrollera bind_dn och lösenordet)
    [password-expired] tjänstkontots lösenord har upphört att gälla
    [disabled] tjänstkontot är inaktiverat
    [expired] tjänstkontot har upphört att gälla
    [must-change] tjänstkontot måste ändra sitt lösenord
    [locked] tjänstkontot är utelåst
   *[refused] domänkontrollanten nekade bindningen
}: { $error }
check-bind-refused-fix = Rätta directory.bind_dn / bindningslösenordet, och se till att kontot är aktiverat och inte utelåst, och att dess lösenord inte upphör att gälla.

check-bind-error-name = DC { $url }: tjänstkontots bindning
check-bind-error-detail = { $error }
check-bind-error-fix = Kontrollera domänkontrollantens loggar.

check-bind-timeout-name = DC { $url }: tjänstkontots bindning
check-bind-timeout-detail = inget svar i tid
check-bind-timeout-fix = Domänkontrollanten är överbelastad, eller så släpper en brandvägg trafiken efter handskakningen.

## Domain controllers: the password policy hints control

# $oid is the control's object identifier (1.2.840.113556.1.4.2239).
check-hints-ok-name = DC { $url }: LDAP-kontrollen för principtips
check-hints-ok-detail = stöds ({ $oid }): återställningar via självbetjäning tillämpar historik och minsta ålder

check-hints-unsupported-name = DC { $url }: LDAP-kontrollen för principtips
check-hints-unsupported-detail = stöds inte av den här domänkontrollanten: återställningar via självbetjäning kan inte tillämpa lösenordshistorik eller minsta lösenordsålder (ändringar gör det fortfarande)
check-hints-unsupported-fix = Använd domänkontrollanter med Windows Server 2012 R2 eller senare för tillbakaskrivning om återställningar måste respektera historiken; Samba stöder inte kontrollen.

check-hints-unreadable-name = DC { $url }: LDAP-kontrollen för principtips
check-hints-unreadable-detail = rootDSE kan inte läsas: { $error }
check-hints-unreadable-fix = Kontrollera domänkontrollanten.

## Password policies

# $complexity is `on` or `off`; $min_age_hours is in hours (h).
check-policy-ok-name = domänens lösenordsprincip kan läsas
check-policy-ok-detail = minsta längd { $min_length }, komplexitet { $complexity ->
    [on] på
   *[off] av
}, historik { $history }, minsta ålder { $min_age_hours } h, utelåsning efter { $lockout }

check-policy-min-age-name = domänens lösenordsprincip kan läsas
check-policy-min-age-detail = minsta längd { $min_length }, komplexitet { $complexity ->
    [on] på
   *[off] av
}, historik { $history }, minsta ålder { $min_age_hours } h, utelåsning efter { $lockout }: användare kan inte ändra sitt lösenord två gånger inom den minsta åldern
check-policy-min-age-fix = Överväg en minsta lösenordsålder på 0 (eller högst 1 dag); användare som ändrar och sedan glömmer måste använda återställning, och en återställning via helpdesk fungerar alltid.

check-policy-unreadable-name = domänens lösenordsprincip kan läsas
check-policy-unreadable-detail = { $error }
check-policy-unreadable-fix = Autentiserade användare kan normalt läsa domänroten; kontrollera tjänstkontot.

# $container is the DN of the Password Settings Container.
check-pso-unreadable-name = detaljerade lösenordsprinciper (PSO:er) kan läsas
check-pso-unreadable-detail = { $total ->
    [one] { $unreadable } av { $total } PSO har inställningar som inte kan läsas
   *[other] { $unreadable } av { $total } PSO:er har inställningar som inte kan läsas
}
check-pso-unreadable-fix = Ge tjänstkontot läsbehörighet på { $container }.

check-pso-ok-name = detaljerade lösenordsprinciper (PSO:er) kan läsas
check-pso-ok-detail = { $count ->
    [one] { $count } PSO hittades
   *[other] { $count } PSO:er hittades
}

check-pso-container-unreadable-name = detaljerade lösenordsprinciper (PSO:er) kan läsas
check-pso-container-unreadable-detail = Password Settings Container kan inte läsas ({ $error }); användare som omfattas av en PSO skulle få se domänprincipen
check-pso-container-unreadable-fix = Ge tjänstkontot läsbehörighet (RP, LC) på { $container }.

## The service account's rights on users

check-rights-own-entry-name = tjänstkontots behörigheter för användare
check-rights-own-entry-detail = tjänstkontots egen post kan inte läsas: { $error }
check-rights-own-entry-fix = Kontrollera directory.bind_dn.

check-rights-probe-search-name = tjänstkontots behörigheter för användare
check-rights-probe-search-detail = { $error }
check-rights-probe-search-fix = Kontrollera domänkontrollanten.

check-rights-no-probe-name = tjänstkontots behörigheter för användare
check-rights-no-probe-detail = ingen användare hittades att testa behörigheterna på
check-rights-no-probe-fix = Ange i directory.probe_user sAMAccountName för en typisk användare (inte en administratör).

# $probe is the DN of the user the rights were probed on.
check-rights-ok-name = tjänstkontots behörigheter för användare (testad på: { $probe })
check-rights-ok-detail = Reset Password, skrivbehörighet för lockoutTime, skrivbehörighet för pwdLastSet: beviljade

check-rights-not-writable-name = tjänstkontots behörigheter för användare (testad på: { $probe })
check-rights-not-writable-detail = ACL:en beviljar behörigheterna, men domänkontrollanten anger inte lockoutTime/pwdLastSet som skrivbara
check-rights-not-writable-fix = Leta efter nekande poster eller en begränsning på schemanivå för OU:n.

# $missing lists rights as the delegation wizard names them (Reset Password, Write lockoutTime…).
check-rights-missing-name = tjänstkontots behörigheter för användare (testad på: { $probe })
check-rights-missing-detail = saknas: { $missing }
check-rights-missing-fix = Delegera till { $bind_dn } på användarnas OU (guiden Delegation of Control: "Reset user passwords and force password change at next logon", samt Write lockoutTime), med arv till underordnade User-objekt.

check-rights-acl-unreadable-name = tjänstkontots behörigheter för användare (testad på: { $probe })
check-rights-acl-unreadable-detail = { $error }
check-rights-acl-unreadable-fix = Autentiserade användare kan normalt läsa användares ACL:er; leta efter skärpta behörigheter.

## Protected accounts

check-protected-unreadable-name = skyddade konton (adminCount=1)
check-protected-unreadable-detail = { $error }
check-protected-unreadable-fix = Kontrollera domänkontrollanten.

check-protected-ok-name = skyddade konton (adminCount=1)
check-protected-ok-detail = { $count ->
    [one] { $count } skyddat konto, som kan hanteras
   *[other] { $count } skyddade konton, som alla kan hanteras
}

# $accounts lists sAMAccountNames.
check-protected-unmanaged-name = skyddade konton (adminCount=1)
check-protected-unmanaged-detail = { $count ->
    [one] { $count } skyddat konto som tjänstkontot inte kan återställa eller låsa upp: { $accounts }
   *[other] { $count } skyddade konton som tjänstkontot inte kan återställa eller låsa upp: { $accounts }
}
check-protected-unmanaged-fix = De här kontona får sin ACL från AdminSDHolder och ignorerar delegeringar: håll dem utanför självbetjäningens omfattning (deras användare ser "kontakta administratören"), eller delegera på CN=AdminSDHolder,CN=System om era principer tillåter det.

## Configured groups

# $key is a setting name (sspr.helpdesk_group_dn…), $dn the group's DN as configured.
check-group-ok-name = { $key } finns
check-group-ok-detail = { $dn }

check-group-missing-name = { $key } finns
check-group-missing-detail = { $dn } är inte en grupp som tjänstkontot kan se
check-group-missing-fix = Rätta { $key } (kopiera DN:et från gruppens attribut distinguishedName).

check-group-error-name = { $key } finns
check-group-error-detail = { $error }
check-group-error-fix = Kontrollera domänkontrollanten.

## When nothing else can run

check-directory-unusable-name = katalogen kan användas
check-directory-unusable-detail = ingen domänkontrollant accepterade tjänstkontot över en verifierad anslutning
check-directory-unusable-fix = Åtgärda felen ovan först.
