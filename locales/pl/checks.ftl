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

check-dc-tls-unverified-name = DC { $url }: osiągalny przez TLS
check-dc-tls-unverified-detail = nie udało się zweryfikować certyfikatu: { $detail }
check-dc-tls-unverified-fix = Ustaw w directory.ca_file urząd certyfikacji (CA, PEM), który wystawił certyfikat DC, i użyj w adresie URL nazwy hosta wymienionej w polu SAN certyfikatu. Weryfikacja nigdy nie jest wyłączana.

check-dc-unreachable-name = DC { $url }: osiągalny przez TLS
check-dc-unreachable-detail = { $error }
check-dc-unreachable-fix = Sprawdź, czy DC działa i czy ten host może się z nim połączyć na porcie 636 (ldaps) lub 389 (StartTLS); sprawdź adres URL i zapory sieciowe.

check-cert-missing-name = DC { $url }: certyfikat
check-cert-missing-detail = brak certyfikatu drugiej strony do sprawdzenia
check-cert-missing-fix = Sprawdź konfigurację TLS.

check-cert-unparsable-name = DC { $url }: certyfikat
check-cert-unparsable-detail = nie udało się przetworzyć certyfikatu
check-cert-unparsable-fix = Sprawdź certyfikat.

# $subject is the certificate's subject (a DN).
check-cert-expired-name = DC { $url }: certyfikat
check-cert-expired-detail = { $days ->
    [one] { $subject } wygasł { $days } dzień temu
    [few] { $subject } wygasł { $days } dni temu
    [many] { $subject } wygasł { $days } dni temu
   *[other] { $subject } wygasł { $days } dnia temu
}
check-cert-expired-fix = Odnów certyfikat DC.

check-cert-expiring-name = DC { $url }: certyfikat
check-cert-expiring-detail = { $days ->
    [one] zweryfikowany; { $subject } wygasa za { $days } dzień
    [few] zweryfikowany; { $subject } wygasa za { $days } dni
    [many] zweryfikowany; { $subject } wygasa za { $days } dni
   *[other] zweryfikowany; { $subject } wygasa za { $days } dnia
}
check-cert-expiring-fix = Odnów certyfikat DC, zanim wygaśnie, inaczej każdy zapis zwrotny zakończy się niepowodzeniem.

check-cert-ok-name = DC { $url }: certyfikat
check-cert-ok-detail = { $days ->
    [one] zweryfikowany; { $subject } wygasa za { $days } dzień
    [few] zweryfikowany; { $subject } wygasa za { $days } dni
    [many] zweryfikowany; { $subject } wygasa za { $days } dni
   *[other] zweryfikowany; { $subject } wygasa za { $days } dnia
}

## Domain controllers: the service account's bind

check-bind-ok-name = DC { $url }: powiązanie (bind) konta usługi
check-bind-ok-detail = powiązano jako { $bind_dn }

check-bind-refused-name = DC { $url }: powiązanie (bind) konta usługi
check-bind-refused-detail = { $reason ->
    [credentials] nieprawidłowe hasło lub brak takiego konta (sprawdź bind_dn i hasło)
    [password-expired] hasło konta usługi wygasło
    [disabled] konto usługi jest wyłączone
    [expired] konto usługi wygasło
    [must-change] konto usługi musi zmienić hasło
    [locked] konto usługi jest zablokowane
   *[refused] DC odrzucił powiązanie
}: { $error }
check-bind-refused-fix = Popraw directory.bind_dn / hasło powiązania i upewnij się, że konto jest włączone, niezablokowane, a jego hasło nie wygasa.

check-bind-error-name = DC { $url }: powiązanie (bind) konta usługi
check-bind-error-detail = { $error }
check-bind-error-fix = Sprawdź dzienniki DC.

check-bind-timeout-name = DC { $url }: powiązanie (bind) konta usługi
check-bind-timeout-detail = brak odpowiedzi w wyznaczonym czasie
check-bind-timeout-fix = DC jest przeciążony albo zapora sieciowa odrzuca ruch po uzgadnianiu połączenia (handshake).

## Domain controllers: the password policy hints control

# $oid is the control's object identifier (1.2.840.113556.1.4.2239).
check-hints-ok-name = DC { $url }: kontrolka wskazówek zasad haseł
check-hints-ok-detail = obsługiwana ({ $oid }): samoobsługowe resetowanie wymusza historię i minimalny okres ważności haseł

check-hints-unsupported-name = DC { $url }: kontrolka wskazówek zasad haseł
check-hints-unsupported-detail = nieobsługiwana przez ten DC: samoobsługowe resetowanie nie może wymusić historii haseł ani minimalnego okresu ważności (zmiany haseł nadal to robią)
check-hints-unsupported-fix = Jeśli resetowanie musi respektować historię, używaj do zapisu zwrotnego kontrolerów DC z Windows Server 2012 R2 lub nowszym; Samba nie obsługuje tej kontrolki.

check-hints-unreadable-name = DC { $url }: kontrolka wskazówek zasad haseł
check-hints-unreadable-detail = nie można odczytać rootDSE: { $error }
check-hints-unreadable-fix = Sprawdź DC.

## Password policies

# $complexity is `on` or `off`; $min_age_hours is in hours (h).
check-policy-ok-name = zasady haseł domeny są czytelne
check-policy-ok-detail = minimalna długość { $min_length }, złożoność { $complexity ->
    [on] włączona
   *[off] wyłączona
}, historia { $history }, minimalny okres ważności { $min_age_hours } h, blokada po { $lockout }

check-policy-min-age-name = zasady haseł domeny są czytelne
check-policy-min-age-detail = minimalna długość { $min_length }, złożoność { $complexity ->
    [on] włączona
   *[off] wyłączona
}, historia { $history }, minimalny okres ważności { $min_age_hours } h, blokada po { $lockout }: użytkownicy nie mogą zmienić hasła dwa razy w minimalnym okresie ważności
check-policy-min-age-fix = Rozważ minimalny okres ważności hasła równy 0 (lub najwyżej 1 dzień); użytkownicy, którzy zmienią hasło, a potem je zapomną, muszą skorzystać z resetowania, na które resetowanie przez pomoc techniczną zawsze pozwala.

check-policy-unreadable-name = zasady haseł domeny są czytelne
check-policy-unreadable-detail = { $error }
check-policy-unreadable-fix = Uwierzytelnieni użytkownicy zwykle mogą odczytać katalog główny domeny; sprawdź konto usługi.

# $container is the DN of the Password Settings Container.
check-pso-unreadable-name = szczegółowe zasady haseł (PSO) są czytelne
check-pso-unreadable-detail = { $total ->
    [one] PSO z nieczytelnymi ustawieniami: { $unreadable } z { $total }
    [few] PSO z nieczytelnymi ustawieniami: { $unreadable } z { $total }
    [many] PSO z nieczytelnymi ustawieniami: { $unreadable } z { $total }
   *[other] PSO z nieczytelnymi ustawieniami: { $unreadable } z { $total }
}
check-pso-unreadable-fix = Nadaj kontu usługi uprawnienie odczytu do { $container }.

check-pso-ok-name = szczegółowe zasady haseł (PSO) są czytelne
check-pso-ok-detail = { $count ->
    [one] znaleziono { $count } PSO
    [few] znaleziono { $count } PSO
    [many] znaleziono { $count } PSO
   *[other] znaleziono { $count } PSO
}

check-pso-container-unreadable-name = szczegółowe zasady haseł (PSO) są czytelne
check-pso-container-unreadable-detail = nie można odczytać kontenera Password Settings Container ({ $error }); użytkownicy objęci PSO widzieliby zasady domeny
check-pso-container-unreadable-fix = Nadaj kontu usługi uprawnienie odczytu (RP, LC) do { $container }.

## The service account's rights on users

check-rights-own-entry-name = uprawnienia konta usługi do użytkowników
check-rights-own-entry-detail = nie można odczytać własnego wpisu konta usługi: { $error }
check-rights-own-entry-fix = Sprawdź directory.bind_dn.

check-rights-probe-search-name = uprawnienia konta usługi do użytkowników
check-rights-probe-search-detail = { $error }
check-rights-probe-search-fix = Sprawdź DC.

check-rights-no-probe-name = uprawnienia konta usługi do użytkowników
check-rights-no-probe-detail = nie znaleziono użytkownika, na którym można sprawdzić uprawnienia
check-rights-no-probe-fix = Ustaw w directory.probe_user sAMAccountName typowego użytkownika (niebędącego administratorem).

# $probe is the DN of the user the rights were probed on.
check-rights-ok-name = uprawnienia konta usługi do użytkowników (próba: { $probe })
check-rights-ok-detail = Reset Password, zapis lockoutTime, zapis pwdLastSet: przyznane

check-rights-not-writable-name = uprawnienia konta usługi do użytkowników (próba: { $probe })
check-rights-not-writable-detail = lista ACL przyznaje uprawnienia, ale DC nie podaje lockoutTime/pwdLastSet jako zapisywalnych
check-rights-not-writable-fix = Sprawdź, czy w OU nie ma wpisów odmowy (deny) lub ograniczenia na poziomie schematu.

# $missing lists rights as the delegation wizard names them (Reset Password, Write lockoutTime…).
check-rights-missing-name = uprawnienia konta usługi do użytkowników (próba: { $probe })
check-rights-missing-detail = brakuje: { $missing }
check-rights-missing-fix = Deleguj uprawnienia kontu { $bind_dn } w OU użytkowników (Delegation of Control: "Reset user passwords and force password change at next logon" oraz Write lockoutTime), z dziedziczeniem na podrzędne obiekty User.

check-rights-acl-unreadable-name = uprawnienia konta usługi do użytkowników (próba: { $probe })
check-rights-acl-unreadable-detail = { $error }
check-rights-acl-unreadable-fix = Uwierzytelnieni użytkownicy zwykle mogą odczytać listy ACL użytkowników; sprawdź, czy uprawnienia nie zostały zaostrzone.

## Protected accounts

check-protected-unreadable-name = konta chronione (adminCount=1)
check-protected-unreadable-detail = { $error }
check-protected-unreadable-fix = Sprawdź DC.

check-protected-ok-name = konta chronione (adminCount=1)
check-protected-ok-detail = { $count ->
    [one] { $count } konto chronione, zarządzalne
    [few] { $count } konta chronione, wszystkie zarządzalne
    [many] { $count } kont chronionych, wszystkie zarządzalne
   *[other] Konta chronione: { $count }, wszystkie zarządzalne
}

# $accounts lists sAMAccountNames.
check-protected-unmanaged-name = konta chronione (adminCount=1)
check-protected-unmanaged-detail = { $count ->
    [one] { $count } konto chronione, którego konto usługi nie może zresetować ani odblokować: { $accounts }
    [few] { $count } konta chronione, których konto usługi nie może zresetować ani odblokować: { $accounts }
    [many] { $count } kont chronionych, których konto usługi nie może zresetować ani odblokować: { $accounts }
   *[other] Konta chronione, których konto usługi nie może zresetować ani odblokować ({ $count }): { $accounts }
}
check-protected-unmanaged-fix = Te konta otrzymują listę ACL z AdminSDHolder i ignorują delegowanie: wyłącz je z zakresu samoobsługi (ich użytkownicy zobaczą "skontaktuj się z administratorem") albo deleguj uprawnienia w CN=AdminSDHolder,CN=System, jeśli pozwalają na to zasady.

## Configured groups

# $key is a setting name (sspr.helpdesk_group_dn…), $dn the group's DN as configured.
check-group-ok-name = { $key } istnieje
check-group-ok-detail = { $dn }

check-group-missing-name = { $key } istnieje
check-group-missing-detail = { $dn } nie jest grupą widoczną dla konta usługi
check-group-missing-fix = Popraw { $key } (skopiuj DN z atrybutu distinguishedName grupy).

check-group-error-name = { $key } istnieje
check-group-error-detail = { $error }
check-group-error-fix = Sprawdź DC.

## When nothing else can run

check-directory-unusable-name = katalog jest użyteczny
check-directory-unusable-detail = żaden DC nie zaakceptował konta usługi przez zweryfikowane połączenie
check-directory-unusable-fix = Najpierw usuń powyższe błędy.
