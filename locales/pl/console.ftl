# Konsola pomocy technicznej (/admin): logowanie, pulpit nawigacyjny i wykresy, wyszukiwanie
# użytkowników, strona użytkownika z diagnostyką i akcjami, dziennik inspekcji i kondycja
# zapisywania zwrotnego.
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words. Text in `backticks`, attribute names (adminCount, accountExpires, lockoutTime,
# pwdLastSet), setting names (sspr.enabled_for) and paths (/register, /change) are commands,
# directory names and addresses: keep them as they are. Activity names and status reasons
# (ResetSelfService, OnPremisesPolicyViolation…) are codes from the audit log: not translated.

## Frame of every console page

# The default title of a console page.
console-title = Pomoc techniczna
# After each page's title, and at the top of every console page.
console-org-helpdesk = Pomoc techniczna { $org }
# The name of the console's navigation, for screen readers.
console-nav-label = Pomoc techniczna
console-dashboard = Pulpit nawigacyjny
console-users = Użytkownicy
console-audit = Dziennik inspekcji
console-health = Kondycja zapisywania zwrotnego
console-sign-out = Wyloguj się
console-sign-in = Zaloguj się
console-none = —
console-yes = tak
console-no = nie
console-pager-label = Strony
console-previous = Poprzednia
console-next = Następna
console-page-of = Strona { $page } z { $pages }

## Sign-in

console-login-title = Logowanie do pomocy technicznej
console-login-lead = Zaloguj się przy użyciu konta w katalogu. Musisz należeć do grupy pomocy technicznej, a logowanie potwierdzisz w aplikacji uwierzytelniającej.
console-login-username = Nazwa użytkownika
console-login-password = Hasło
console-login-incomplete = Wprowadź nazwę użytkownika i hasło.
console-login-refused = Nazwa użytkownika lub hasło są nieprawidłowe albo to konto nie jest kontem pomocy technicznej.
console-no-mailbox-title = Brak skrzynki pocztowej do potwierdzenia konfiguracji
console-no-mailbox-message = Konfiguracja aplikacji uwierzytelniającej pomocy technicznej wymaga kodu wysłanego do Twojej skrzynki pocztowej w katalogu, a Twoje konto jej nie ma.
console-no-mailbox-next = Poproś administratora katalogu o dodanie adresu e-mail do Twojego konta.

console-totp-page-title = Pomoc techniczna: aplikacja uwierzytelniająca
console-totp-enrol-title = Skonfiguruj aplikację uwierzytelniającą
console-totp-enrol-lead = Każde konto pomocy technicznej loguje się przy użyciu aplikacji uwierzytelniającej. Wysłaliśmy kod konfiguracyjny na Twoją służbową skrzynkę pocztową: samo hasło nie wystarczy do konfiguracji. Zeskanuj ten kod (lub wpisz klucz), a następnie wprowadź oba kody.
# Before the secret key of the authenticator being set up.
console-totp-key = Klucz:
console-totp-title = Kod z aplikacji uwierzytelniającej
console-totp-lead = Wpisz 6-cyfrowy kod wyświetlany teraz w aplikacji uwierzytelniającej.
console-totp-enrol-code = Kod konfiguracyjny z wiadomości e-mail
console-totp-code = Kod z aplikacji uwierzytelniającej
console-continue = Dalej
console-totp-wrong = Ten kod jest nieprawidłowy. Wpisz kod wyświetlany teraz w aplikacji.

## When a console page is refused

console-refused-title = Wymagane logowanie do pomocy technicznej
console-refused-next = Zaloguj się przy użyciu konta pomocy technicznej.
console-refused-not-signed-in = Ta strona jest przeznaczona dla pracowników pomocy technicznej zalogowanych przy użyciu hasła i aplikacji uwierzytelniającej.
console-refused-signed-out = Wylogowano Cię.
console-refused-idle = Wylogowano Cię z powodu braku aktywności.
console-refused-session-over = Sesja konsoli osiągnęła maksymalny czas trwania. Zaloguj się ponownie, aby kontynuować.
console-role-lost-not-in-group = Twoje konto nie jest już członkiem grupy pomocy technicznej.
console-role-lost-disabled = Twoje konto zostało wyłączone, więc sesja pomocy technicznej została zakończona.
console-role-lost-expired = Twoje konto wygasło, więc sesja pomocy technicznej została zakończona.
console-role-lost-locked = Twoje konto jest zablokowane, więc sesja pomocy technicznej została zakończona.
console-role-lost-password-expired = Twoje hasło wygasło lub trzeba je zmienić, więc sesja pomocy technicznej została zakończona. Zmień je, a następnie zaloguj się ponownie.
console-role-lost-unverifiable = Katalog nie mógł teraz potwierdzić Twojej roli w pomocy technicznej, więc sesja została zakończona. Zaloguj się ponownie za chwilę.

## Dashboard

# The headline of writeback health. $status is a code: active, degraded or down.
console-writeback-status = { $status ->
    [active] Zapisywanie zwrotne: aktywne
    [degraded] Zapisywanie zwrotne: działa z problemami
   *[down] Zapisywanie zwrotne: niedostępne
}
console-details = Szczegóły
console-activity-caption = Resetowania, zmiany, odblokowania i nieudane zapisy zwrotne dziennie.
console-reasons-caption = Przyczyny niepowodzeń zapisywania zwrotnego.
# The dashboard's password-expiry reminder figures, over the same 30 days as the charts.
console-reminders-title = Przypomnienia o wygaśnięciu hasła, ostatnie 30 dni
console-reminders-sent = { $n ->
    [one] Wysłano { $n } przypomnienie.
    [few] Wysłano { $n } przypomnienia.
    [many] Wysłano { $n } przypomnień.
   *[other] Wysłano { $n } przypomnienia.
}
# $n people changed (or reset) their password after a reminder; $sent reminders were sent.
console-reminders-changed = { $n ->
    [one] { $n } osoba zmieniła hasło po przypomnieniu.
    [few] { $n } osoby zmieniły hasło po przypomnieniu.
    [many] { $n } osób zmieniło hasło po przypomnieniu.
   *[other] { $n } osoby zmieniło hasło po przypomnieniu.
}

## Users

console-users-heading = Znajdź użytkownika
console-users-search-label = Nazwa, nazwa konta, UPN lub adres e-mail
console-search = Szukaj
console-search-too-short = { $n ->
    [one] Wpisz co najmniej { $n } znak.
    [few] Wpisz co najmniej { $n } znaki.
    [many] Wpisz co najmniej { $n } znaków.
   *[other] Wpisz co najmniej { $n } znaku.
}
console-search-unavailable = Katalog nie odpowiedział. Spróbuj ponownie za chwilę.
console-users-too-many = Ponad { $max } wyników: wyświetlono pierwszych { $max }; zawęź wyszukiwanie.
console-users-matches = { $n ->
    [one] { $n } wynik.
    [few] { $n } wyniki.
    [many] { $n } wyników.
   *[other] { $n } wyniku.
}
console-col-account = Konto
console-col-name = Nazwa
console-col-mail = E-mail
console-col-state = Stan
# Badges of an account in the search results.
console-flag-disabled = Wyłączone
console-flag-locked = Zablokowane
console-flag-must-change = Wymaga zmiany
console-flag-protected = Chronione
console-flag-ok = OK

## The user page

console-no-such-user-title = Nie ma takiego użytkownika
console-no-such-user-message = Żadne konto nie ma tego identyfikatora (mogło zostać usunięte).
console-no-such-user-next = Wyszukaj ponownie.

console-account = Konto
# The account name, then the user principal name in brackets.
console-account-value = { $sam } ({ $upn })
console-fact-name = Nazwa
console-fact-mail = E-mail
console-fact-locked = Zablokowane
console-fact-locked-yes = tak, od { $since }; odblokuje się samo { $until }
console-fact-bad-count = Liczba błędnych haseł
console-fact-disabled = Wyłączone
console-fact-password = Hasło
console-password-must-change = trzeba je zmienić przy następnym logowaniu
console-password-expired = wygasło
console-password-never-expires = nigdy nie wygasa
console-password-expires = wygasa { $when }
console-fact-password-last-set = Ostatnie ustawienie hasła
console-fact-protected = Chronione (adminCount)
console-fact-privileged = Uprzywilejowane
# Why an account is privileged. $kind: protected (adminCount=1), service (the account sspr
# binds as), helpdesk (in the helpdesk group) or group (in the protected group $group).
console-fact-privileged-yes = { $kind ->
    [protected] tak: konto chronione (adminCount=1); nie można go tu zresetować ani odblokować
    [service] tak: własne konto usługi portalu; nie można go tu zresetować ani odblokować
    [helpdesk] tak: członek grupy pomocy technicznej; nie można go tu zresetować ani odblokować
   *[group] tak: członek chronionej grupy { $group }; nie można go tu zresetować ani odblokować
}
console-policy-pso = Szczegółowe zasady haseł { $dn }
console-policy-domain = Zasady domeny
console-policy-unreadable = Konto usługi nie może ich odczytać.

console-diagnosis = Diagnostyka
console-diagnosis-none = Nic nie przeszkadza temu użytkownikowi w samodzielnym zresetowaniu hasła lub odblokowaniu konta.

console-verify-caller = Zweryfikuj osobę dzwoniącą
console-verified = Zweryfikowano
console-verified-recently = { $minutes ->
    [one] Ta osoba dzwoniąca została zweryfikowana w ciągu ostatniej minuty.
    [few] Ta osoba dzwoniąca została zweryfikowana w ciągu ostatnich { $minutes } minut.
    [many] Ta osoba dzwoniąca została zweryfikowana w ciągu ostatnich { $minutes } minut.
   *[other] Ta osoba dzwoniąca została zweryfikowana w ciągu ostatnich { $minutes } minuty.
}
console-verify-lead = Zanim cokolwiek zrobisz, sprawdź, czy osoba dzwoniąca jest tym, za kogo się podaje: wyślij kod na jej zarejestrowany adres e-mail lub poproś o kod z aplikacji uwierzytelniającej i wpisz to, co Ci odczyta.
console-email-code = Wyślij kod e-mailem
console-code-from = Źródło kodu
console-code-from-email = wiadomość e-mail tej osoby
console-code-from-totp = aplikacja uwierzytelniająca tej osoby
console-caller-code = Kod odczytany przez osobę dzwoniącą
console-check = Sprawdź
console-verify-no-methods = Brak zarejestrowanych metod: zweryfikuj osobę dzwoniącą w inny sposób (osobiście, oddzwaniając na znany numer) i podaj uzasadnienie przy wykonywaniu akcji.
console-caller-code-sent = Kod jest w drodze na zarejestrowany adres e-mail użytkownika. Poproś osobę dzwoniącą o odczytanie go.
console-caller-no-email = Ten użytkownik nie ma zarejestrowanego adresu e-mail. Poproś o kod z aplikacji uwierzytelniającej lub zweryfikuj tę osobę w inny sposób.
console-caller-verified = { $minutes ->
    [one] Osoba dzwoniąca została zweryfikowana. Przez następną minutę możesz wykonywać akcje na tym koncie.
    [few] Osoba dzwoniąca została zweryfikowana. Przez następne { $minutes } minuty możesz wykonywać akcje na tym koncie.
    [many] Osoba dzwoniąca została zweryfikowana. Przez następnych { $minutes } minut możesz wykonywać akcje na tym koncie.
   *[other] Osoba dzwoniąca została zweryfikowana. Przez następne { $minutes } minuty możesz wykonywać akcje na tym koncie.
}
console-caller-wrong = Ten kod jest nieprawidłowy. Osoba dzwoniąca może nie być tym, za kogo się podaje.
console-back-to-user = Wróć do użytkownika

console-actions = Akcje
# $kind as for console-fact-privileged-yes.
console-privileged-notice = { $kind ->
    [protected] To jest konto chronione (adminCount=1). sspr nie resetuje ani nie odblokowuje kont uprzywilejowanych: robi to administrator katalogu, własnymi narzędziami, po zweryfikowaniu tożsamości osoby.
    [service] To jest własne konto usługi portalu. sspr nie resetuje ani nie odblokowuje kont uprzywilejowanych: robi to administrator katalogu, własnymi narzędziami, po zweryfikowaniu tożsamości osoby.
    [helpdesk] To jest członek grupy pomocy technicznej. sspr nie resetuje ani nie odblokowuje kont uprzywilejowanych: robi to administrator katalogu, własnymi narzędziami, po zweryfikowaniu tożsamości osoby.
   *[group] To jest członek chronionej grupy { $group }. sspr nie resetuje ani nie odblokowuje kont uprzywilejowanych: robi to administrator katalogu, własnymi narzędziami, po zweryfikowaniu tożsamości osoby.
}
console-unlock = Odblokuj
console-unlock-hint = Usuwa blokadę; hasło pozostaje bez zmian.
console-unlock-button = Odblokuj…
console-reset = Zresetuj hasło
console-new-password = Nowe hasło
console-mode-generate = Wygeneruj (wyświetlane jeden raz)
console-mode-typed = Wpisz
console-typed-password = Wpisane hasło
console-typed-password-empty = Wpisz nowe hasło lub wybierz opcję wygenerowania hasła.
console-must-change = Wymagaj zmiany przy następnym logowaniu
console-also-unlock = Odblokuj również konto
console-reset-button = Resetuj…
console-unblock = Odblokuj aplikację uwierzytelniającą
console-unblock-hint = Zablokowana po zbyt wielu błędnych kodach z rzędu.
console-unblock-button = Odblokuj aplikację…
console-clear = Wyczyść zarejestrowane metody
console-clear-hint = W przypadku zgubionego telefonu lub nieaktualnego adresu; użytkownik zarejestruje je ponownie.
console-clear-button = Wyczyść…

console-password-policy = Zasady haseł
console-registered-methods = Zarejestrowane metody
console-nothing = Brak.
console-method-since = od { $when }
console-recent-activity = Ostatnie działania
console-col-time = Czas
console-col-activity = Działanie
console-col-result = Wynik
console-col-by = Wykonawca
console-col-detail = Szczegóły
console-full-history = Pełna historia

## Confirming an action, and its result

console-confirm-password = Nowe hasło (wpisz je ponownie)
console-confirm-unverified = Ta osoba dzwoniąca nie została zweryfikowana kodem. Jeśli zweryfikowano ją w inny sposób, opisz jak: informacja trafi do dziennika inspekcji.
console-confirm-how = Sposób weryfikacji osoby dzwoniącej
console-confirm-yes = Tak, wykonaj
console-cancel = Anuluj

console-reset-confirm-title = Zresetować hasło?
# $must_change and $unlock are yes or no: what the helpdesk chose with the reset.
console-reset-confirm = { $must_change ->
    [yes] { $unlock ->
        [yes] Zresetuj hasło użytkownika { $name } ({ $sam }) z wymogiem zmiany przy następnym logowaniu i odblokuj konto.
       *[no] Zresetuj hasło użytkownika { $name } ({ $sam }) z wymogiem zmiany przy następnym logowaniu.
    }
   *[no] { $unlock ->
        [yes] Zresetuj hasło użytkownika { $name } ({ $sam }) i odblokuj konto.
       *[no] Zresetuj hasło użytkownika { $name } ({ $sam }).
    }
}
console-reset-done-title = Zresetowano hasło
console-reset-done = { $must_change ->
    [yes] Hasło użytkownika { $sam } zostało zresetowane; przy następnym logowaniu trzeba je będzie zmienić. Użytkownik otrzymał wiadomość e-mail.
   *[no] Hasło użytkownika { $sam } zostało zresetowane. Użytkownik otrzymał wiadomość e-mail.
}
console-reset-failed = Resetowanie nie zostało wykonane
console-secret-once = Nowe hasło (wyświetlane jeden raz; odczytaj je użytkownikowi, nie zapisuj go):
console-back-to = Wróć do użytkownika { $sam }

console-unlock-confirm-title = Odblokować konto?
console-unlock-confirm = Odblokuj konto użytkownika { $name } ({ $sam }). Hasło nie zostanie zmienione.
console-unlock-done-title = Odblokowano konto
console-unlock-done = Użytkownik { $sam } może ponownie się zalogować. Otrzymał wiadomość e-mail.
console-unlock-failed = Odblokowanie nie zostało wykonane

console-clear-confirm-title = Wyczyścić zarejestrowane metody?
console-clear-confirm = Usuń wszystkie zarejestrowane metody weryfikacji użytkownika { $sam }. Użytkownik będzie musiał zarejestrować je ponownie.
console-clear-done-title = Wyczyszczono metody
console-clear-done = { $n ->
    [one] Usunięto { $n } metodę; użytkownik { $sam } otrzymał wiadomość e-mail.
    [few] Usunięto { $n } metody; użytkownik { $sam } otrzymał wiadomość e-mail.
    [many] Usunięto { $n } metod; użytkownik { $sam } otrzymał wiadomość e-mail.
   *[other] Usunięto { $n } metody; użytkownik { $sam } otrzymał wiadomość e-mail.
}

console-unblock-confirm-title = Odblokować aplikację uwierzytelniającą?
console-unblock-confirm = Odblokuj aplikację uwierzytelniającą użytkownika { $sam }: jej kody znów będą akceptowane, a licznik błędnych kodów zostanie wyzerowany.
console-unblock-done-title = Odblokowano aplikację uwierzytelniającą
console-unblock-done = Aplikacja uwierzytelniająca użytkownika { $sam } znów działa; użytkownik otrzymał wiadomość e-mail.

# Why a writeback failed: what happened, then what to do (both status-* messages).
console-explain-fix = { $explain } { $fix }

## Audit log

console-verify-chain = Zweryfikuj łańcuch skrótów
console-chain-intact = Łańcuch skrótów jest nienaruszony
console-chain-verified = { $rows ->
    [one] Zweryfikowano { $rows } wiersz przy użyciu klucza.
    [few] Zweryfikowano { $rows } wiersze przy użyciu klucza.
    [many] Zweryfikowano { $rows } wierszy przy użyciu klucza.
   *[other] Zweryfikowano { $rows } wiersza przy użyciu klucza.
}
# Rows written before the audit log was chained with a key.
console-chain-legacy-covered = { $legacy ->
    [one] { $legacy } z nich pochodzi sprzed łańcucha z kluczem i jest objęty późniejszymi wierszami z kluczem.
    [few] { $legacy } z nich pochodzą sprzed łańcucha z kluczem i są objęte późniejszymi wierszami z kluczem.
    [many] { $legacy } z nich pochodzi sprzed łańcucha z kluczem i jest objętych późniejszymi wierszami z kluczem.
   *[other] { $legacy } z nich pochodzi sprzed łańcucha z kluczem i jest objęte późniejszymi wierszami z kluczem.
}
console-chain-legacy-uncovered = { $legacy ->
    [one] { $legacy } z nich pochodzi sprzed łańcucha z kluczem i żaden wiersz z kluczem jeszcze go nie obejmuje.
    [few] { $legacy } z nich pochodzą sprzed łańcucha z kluczem i żaden wiersz z kluczem jeszcze ich nie obejmuje.
    [many] { $legacy } z nich pochodzi sprzed łańcucha z kluczem i żaden wiersz z kluczem jeszcze ich nie obejmuje.
   *[other] { $legacy } z nich pochodzi sprzed łańcucha z kluczem i żaden wiersz z kluczem jeszcze ich nie obejmuje.
}
console-chain-broken = Łańcuch skrótów jest przerwany
console-filter-user = Użytkownik
console-filter-activity = Działanie
console-any = Dowolne
console-filter-status = Stan
# The two values of an audit row's status.
console-status-success = powodzenie
console-status-failure = niepowodzenie
console-filter-reason = Przyczyna stanu
console-filter-from = Od
console-filter-to = Do
console-filter = Filtruj
console-audit-rows = { $n ->
    [one] { $n } wiersz.
    [few] { $n } wiersze.
    [many] { $n } wierszy.
   *[other] { $n } wiersza.
}
console-export = Eksportuj ten widok:
console-export-csv = CSV
console-export-jsonl = Wiersze JSON
console-col-status = Stan
console-col-reason = Przyczyna
console-col-user = Użytkownik
console-col-client = Klient

## Writeback health

console-health-last-check = Ostatnie sprawdzenie
console-never = nigdy
console-health-last-success = Ostatni udany zapis zwrotny
console-none-yet = jeszcze brak
console-health-failures = Niepowodzenia w ciągu 24 godzin
console-health-failures-value = { $attempts ->
    [one] Nieudane zapisy zwrotne: { $failed } z { $attempts } (łączność lub uprawnienia)
    [few] Nieudane zapisy zwrotne: { $failed } z { $attempts } (łączność lub uprawnienia)
    [many] Nieudane zapisy zwrotne: { $failed } z { $attempts } (łączność lub uprawnienia)
   *[other] Nieudane zapisy zwrotne: { $failed } z { $attempts } (łączność lub uprawnienia)
}
console-health-run = Uruchom sprawdzanie teraz

health-not-run = Test kontrolny (heartbeat) nie został jeszcze uruchomiony.
health-no-domain-controller = Podczas ostatniego testu kontrolnego żaden kontroler domeny nie zaakceptował konta usługi.
health-checks-failed = { $n ->
    [one] Podczas ostatniego testu kontrolnego { $n } sprawdzenie zakończyło się niepowodzeniem.
    [few] Podczas ostatniego testu kontrolnego { $n } sprawdzenia zakończyły się niepowodzeniem.
    [many] Podczas ostatniego testu kontrolnego { $n } sprawdzeń zakończyło się niepowodzeniem.
   *[other] Podczas ostatniego testu kontrolnego { $n } sprawdzenia zakończyło się niepowodzeniem.
}
health-failure-rate = { $attempts ->
    [one] Nieudane zapisy zwrotne w ciągu 24 godzin: { $failed } z { $attempts } (łączność lub uprawnienia).
    [few] Nieudane zapisy zwrotne w ciągu 24 godzin: { $failed } z { $attempts } (łączność lub uprawnienia).
    [many] Nieudane zapisy zwrotne w ciągu 24 godzin: { $failed } z { $attempts } (łączność lub uprawnienia).
   *[other] Nieudane zapisy zwrotne w ciągu 24 godzin: { $failed } z { $attempts } (łączność lub uprawnienia).
}
health-all-passed = Podczas ostatniego testu kontrolnego wszystkie sprawdzenia zakończyły się powodzeniem.

## Diagnosis findings on the user page: a title, the facts, and what to do

finding-privileged-title = Konto uprzywilejowane
# $kind as for console-fact-privileged-yes. The fix is status-ProtectedAccount-fix.
finding-privileged-detail = { $kind ->
    [protected] To jest konto chronione (adminCount=1). sspr nigdy nie resetuje ani nie odblokowuje kont uprzywilejowanych — ani w ramach samoobsługi, ani tutaj.
    [service] To jest własne konto usługi portalu. sspr nigdy nie resetuje ani nie odblokowuje kont uprzywilejowanych — ani w ramach samoobsługi, ani tutaj.
    [helpdesk] To jest członek grupy pomocy technicznej. sspr nigdy nie resetuje ani nie odblokowuje kont uprzywilejowanych — ani w ramach samoobsługi, ani tutaj.
   *[group] To jest członek chronionej grupy { $group }. sspr nigdy nie resetuje ani nie odblokowuje kont uprzywilejowanych — ani w ramach samoobsługi, ani tutaj.
}

finding-not-in-scope-title = Poza zakresem samoobsługi
# $scope is group (self-service is for the members of $group) or none (switched off).
finding-not-in-scope-detail = { $scope ->
    [group] Samoobsługa jest włączona dla członków grupy { $group }; ten użytkownik do niej nie należy (ani bezpośrednio, ani przez zagnieżdżenie).
   *[none] Samoobsługa jest wyłączona (sspr.enabled_for = "none").
}
finding-not-in-scope-fix = Dodaj użytkownika do grupy samoobsługi albo zresetuj hasło lub odblokuj konto w jego imieniu tutaj.

finding-directory-unreachable-title = Katalog jest nieosiągalny
# $error is what the directory said, in English.
finding-directory-unreachable-detail = { $error }
finding-directory-unreachable-fix = Sprawdź kontrolery domeny (strona Kondycja zapisywania zwrotnego).

finding-not-registered-title = Brak rejestracji
finding-not-registered-detail = { $required ->
    [one] Zarejestrowane metody weryfikacji: { $registered } z { $required } wymaganej.
    [few] Zarejestrowane metody weryfikacji: { $registered } z { $required } wymaganych.
    [many] Zarejestrowane metody weryfikacji: { $registered } z { $required } wymaganych.
   *[other] Zarejestrowane metody weryfikacji: { $registered } z { $required } wymaganych.
}
finding-not-registered-fix = Użytkownik rejestruje się na stronie /register, dopóki pamięta hasło; dziś zresetuj je w jego imieniu tutaj, po zweryfikowaniu osoby dzwoniącej w inny sposób.

finding-disabled-title = Konto wyłączone
finding-disabled-detail = Konto jest wyłączone w Active Directory: nie można się nim zalogować.
finding-disabled-fix = Włącz je w Active Directory, jeśli ma być używane (tej akcji pomoc techniczna nie wykonuje tutaj).

finding-expired-title = Konto wygasło
finding-expired-detail = Data accountExpires już minęła.
finding-expired-fix = Przedłuż ważność konta w Active Directory.

finding-missing-rights-title = Konto usługi nie ma uprawnień do tego użytkownika
# $rights is a list of directory permission and attribute names.
finding-missing-rights-detail = Brakujące uprawnienia do tego konta: { $rights }.
finding-missing-rights-fix = Deleguj kontu usługi uprawnienie Reset Password oraz zapis lockoutTime/pwdLastSet w jednostce organizacyjnej (OU) tego użytkownika (uruchom `sspr doctor`).

finding-rights-unchecked-title = Nie można sprawdzić uprawnień
finding-rights-unchecked-detail = { $error }
finding-rights-unchecked-fix = Uruchom `sspr doctor`.

finding-too-young-title = Nie upłynął minimalny okres ważności hasła
# $policy is fine-grained (a fine-grained password policy applies to the user) or domain.
finding-too-young-detail = { $policy ->
    [fine-grained] Hasło zostało niedawno zmienione; zgodnie ze szczegółowymi zasadami haseł użytkownik nie może go ponownie zmienić przed { $when }.
   *[domain] Hasło zostało niedawno zmienione; zgodnie z zasadami domeny użytkownik nie może go ponownie zmienić przed { $when }.
}
finding-too-young-fix = Resetowanie (samoobsługowe lub tutaj) nadal działa; zmiana hasła będzie możliwa dopiero po tym czasie.

finding-cannot-change-title = Użytkownik nie może zmienić hasła
finding-cannot-change-detail = Konto jest skonfigurowane tak, że użytkownik nie może zmienić jego hasła.
finding-cannot-change-fix = Resetowanie nadal działa; jeśli zmiana hasła również ma działać, wyczyść to ustawienie w Active Directory.

finding-locked-title = Konto zablokowane
finding-locked-detail = Zablokowane od { $since }.
finding-locked-fix = Użytkownik może je odblokować za pomocą swoich metod albo możesz odblokować je tutaj.

finding-must-change-title = Hasło trzeba zmienić
finding-must-change-detail = Hasło wygasło lub trzeba je zmienić przy następnym logowaniu.
finding-must-change-fix = Użytkownik może je zmienić na stronie /change, podając bieżące hasło, albo skontaktować się z pomocą techniczną: { $helpdesk }.

finding-app-blocked-title = Aplikacja uwierzytelniająca zablokowana
finding-console-blocked-title = Aplikacja uwierzytelniająca konsoli zablokowana
finding-blocked-detail = Błędne kody z rzędu: { $failures } (limit: { $cap }): aplikacja uwierzytelniająca nie jest uznawana za potwierdzenie tożsamości, dopóki nie zostanie odblokowana.
finding-app-blocked-fix = Użytkownik może odzyskać dostęp za pomocą kodu wysłanego e-mailem (co ją odblokuje) albo odblokuj ją tutaj po zweryfikowaniu osoby dzwoniącej.
finding-console-blocked-fix = Odblokuj ją tutaj po zweryfikowaniu administratora w inny sposób; jeśli te kody nie zostały wpisane przez tego administratora, wpisał je ktoś inny.

## Charts on the dashboard

chart-activity-title = Zapisy zwrotne dziennie, ostatnie 30 dni
chart-resets = Resetowania
chart-changes = Zmiany
chart-unlocks = Odblokowania
chart-failures = Niepowodzenia
chart-reasons-title = Niepowodzenia według przyczyny stanu, ostatnie 30 dni
chart-no-activity = Brak aktywności w tym okresie
chart-no-failures = Brak niepowodzeń w tym okresie
chart-no-failures-desc = Brak niepowodzeń w tym okresie.
# Hover title of one bar segment: the day, the series (Resets…) and its count.
chart-segment = { $label } { $series }: { $value }
# Hover title of one row: a status reason and its count.
chart-row = { $label }: { $value }
# One item of a chart's summary for screen readers: a name and its count.
chart-item = { $label } { $value }
# Between the items of a chart's summary.
chart-list-separator = {", "}
# A chart's summary for screen readers. $unit is days (one bar per day) or periods.
chart-totals = { $unit ->
    [days] { $n ->
        [one] Łącznie w ciągu { $n } dnia: { $items }.
        [few] Łącznie w ciągu { $n } dni: { $items }.
        [many] Łącznie w ciągu { $n } dni: { $items }.
       *[other] Łącznie w ciągu { $n } dnia: { $items }.
    }
   *[periods] { $n ->
        [one] Łącznie w ciągu { $n } okresu: { $items }.
        [few] Łącznie w ciągu { $n } okresów: { $items }.
        [many] Łącznie w ciągu { $n } okresów: { $items }.
       *[other] Łącznie w ciągu { $n } okresu: { $items }.
    }
}
chart-totals-none = { $unit ->
    [days] { $n ->
        [one] Łącznie w ciągu { $n } dnia: brak danych.
        [few] Łącznie w ciągu { $n } dni: brak danych.
        [many] Łącznie w ciągu { $n } dni: brak danych.
       *[other] Łącznie w ciągu { $n } dnia: brak danych.
    }
   *[periods] { $n ->
        [one] Łącznie w ciągu { $n } okresu: brak danych.
        [few] Łącznie w ciągu { $n } okresów: brak danych.
        [many] Łącznie w ciągu { $n } okresów: brak danych.
       *[other] Łącznie w ciągu { $n } okresu: brak danych.
    }
}
chart-top = Najczęstsze: { $items }.
chart-top-more = Najczęstsze: { $items } i jeszcze { $more }.

## Passkeys: the helpdesk user page, and signing in to the console with one

console-user-passkeys = Klucze dostępu
console-passkey-added-on = dodano { $date }
console-passkey-last-used = ostatnio użyty { $date }
console-passkey-never-used = jeszcze nieużywany
console-passkey-use = Zamiast tego zaloguj się kluczem dostępu
console-passkey-title = Zaloguj się kluczem dostępu
console-passkey-lead = Przeglądarka poprosi o klucz dostępu dodany przez Ciebie do konsoli pomocy technicznej.
console-passkey-go = Kontynuuj z kluczem dostępu
console-passkey-back = Użyj aplikacji uwierzytelniającej
console-passkey-wrong = Nie udało się zalogować tym kluczem dostępu. Spróbuj ponownie lub użyj aplikacji uwierzytelniającej.
console-passkeys-nav = Twoje klucze dostępu
console-passkeys-title = Klucze dostępu do logowania w konsoli
console-passkeys-lead = Klucz dostępu może zastąpić kod z aplikacji uwierzytelniającej podczas logowania do konsoli. Dodanie klucza wymaga kodu, który wysyłamy do Twojej skrzynki pocztowej w katalogu, a pozostali administratorzy pomocy technicznej otrzymują powiadomienie.
console-passkeys-none = Nie masz klucza dostępu do logowania w konsoli.
console-passkey-name-label = Nazwa tego klucza dostępu, np. „Laptop przy biurku”
console-passkey-add = Dodaj klucz dostępu
console-passkey-create-title = Utwórz klucz dostępu do konsoli
console-passkey-create-lead = Wysłaliśmy kod do Twojej skrzynki pocztowej w katalogu. Wpisz go tutaj, a następnie utwórz klucz dostępu „{ $name }”, gdy przeglądarka o to poprosi.
console-passkey-code-label = Kod z wiadomości e-mail
console-passkey-create-go = Utwórz klucz dostępu
console-passkey-added = Dodano klucz dostępu do logowania w konsoli.
console-passkey-removed = Usunięto klucz dostępu.
console-passkey-not-added = Nie dodano klucza dostępu: kod z wiadomości e-mail był nieprawidłowy albo odpowiedź przeglądarki nie pasowała do tego żądania. Zacznij od nowa.
console-passkey-name-bad = Nadaj kluczowi dostępu nazwę o długości najwyżej 64 znaków.
console-passkey-no-mailbox = Twoje konto nie ma w katalogu skrzynki pocztowej, na którą można wysłać kod, więc nie można tu dodać klucza dostępu. Poproś o pomoc administratora katalogu.
