# Strony samoobsługi: resetowanie zapomnianego hasła, odblokowanie konta i rejestracja
# metod (adres e-mail, aplikacja uwierzytelniająca), które potwierdzają tożsamość.
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words. { $helpdesk } is how to reach the helpdesk, as the operator wrote it (a phone
# number, an address or a web page).

## Reset, unlock: the steps

# The last step of the progress indicator (after "Identify" and "Verify").
reset-step-last = Nowe hasło
unlock-step-last = Odblokowanie
# The last step when a signed-in person proves a method before changing their methods.
register-step-last = Zmiana metod

reset-title = Zresetuj hasło
reset-lead = Nie pamiętasz hasła? Potwierdź swoją tożsamość i wybierz nowe.
unlock-title = Odblokuj konto
unlock-lead = Konto zablokowane po zbyt wielu próbach? Potwierdź swoją tożsamość, a odblokujemy Twoje konto. Hasło pozostanie bez zmian.
# Shown to a signed-in person who must prove one of their methods before changing them.
register-prove-title = Potwierdź swoją tożsamość
register-prove-lead = Aby zmienić zarejestrowane metody, potwierdź jedną z nich.

recover-username-label = Nazwa użytkownika lub adres e-mail
recover-username-hint = Na przykład jkowalski, jkowalski@example.com lub EXAMPLE\jkowalski
recover-continue = Dalej
# The link on the "Your session has ended" page.
recover-start-again = Zacznij od nowa

unlock-not-offered-title = Odblokowywanie kont nie jest tu dostępne
unlock-not-offered-message = Ta usługa haseł nie odblokowuje kont.
unlock-not-offered-next = Zamiast tego zresetuj hasło (to również odblokowuje konto) lub skontaktuj się z pomocą techniczną ({ $helpdesk }).
# The button on the "Unlocking is not offered here" page.
unlock-not-offered-link = Zresetuj hasło

## Verify: the code step

verify-title = Potwierdź swoją tożsamość
# The title after one method was proved, when a second one is needed.
verify-title-second = Jeszcze jedna weryfikacja
verify-first-passed = Pierwsza weryfikacja zakończona pomyślnie.
verify-email-lead = Jeśli to konto może korzystać z samoobsługi, wysłaliśmy kod na jego zarejestrowany adres e-mail. Dostarczenie wiadomości może potrwać minutę.
verify-totp-lead = Otwórz zarejestrowaną aplikację uwierzytelniającą i wpisz 6-cyfrowy kod, który teraz wyświetla.
verify-email-label = Kod z wiadomości e-mail
verify-totp-label = Kod z aplikacji
verify-submit = Zweryfikuj
verify-resend = Wyślij nowy kod
verify-use-email = Zamiast tego użyj kodu wysłanego e-mailem
verify-use-totp = Zamiast tego użyj aplikacji uwierzytelniającej
verify-no-method = Nie masz adresu e-mail ani aplikacji? Być może nie masz rejestracji w samoobsłudze: skontaktuj się z pomocą techniczną ({ $helpdesk }).
verify-wrong = { $left ->
    [one] Ten kod jest nieprawidłowy. Pozostała { $left } próba.
    [few] Ten kod jest nieprawidłowy. Pozostały { $left } próby.
    [many] Ten kod jest nieprawidłowy. Pozostało { $left } prób.
   *[other] Ten kod jest nieprawidłowy. Pozostało { $left } próby.
}
verify-expired = Ten kod wygasł. Wyślij nowy i użyj go w ciągu 10 minut.
verify-replayed = Ten kod został już użyty. Poczekaj, aż aplikacja wyświetli następny kod, i wprowadź go.
verify-resent = Jeśli to konto ma zarejestrowany adres e-mail, nowy kod jest już w drodze. Działa tylko najnowszy kod.

## Reset: the new password

reset-password-title = Wybierz nowe hasło
reset-password-lead = Twoja tożsamość została potwierdzona. Wybierz hasło, które nie było wcześniej używane.
reset-new-password = Nowe hasło
reset-confirm-password = Wpisz je ponownie
# Followed by a word the page's script fills in (weak, fair, strong...).
reset-strength = Siła:
reset-set-password = Ustaw nowe hasło
reset-mismatch = Hasła nie są zgodne. Wpisz to samo hasło w obu polach.

## Reset, unlock: the result

reset-done-title = Twoje hasło zostało zresetowane
reset-done-message = Nowe hasło już działa, a konto zostało odblokowane, jeśli było zablokowane.
reset-done-next = Zaloguj się przy użyciu nowego hasła. Wysłaliśmy Ci e-mail z informacją o tej zmianie.
unlock-done-title = Twoje konto zostało odblokowane
unlock-done-message = Możesz ponownie zalogować się przy użyciu bieżącego hasła.
unlock-done-next = Jeśli nie pamiętasz hasła, zresetuj je.
register-verified-title = Zweryfikowano
register-verified-message = Potwierdzono jedną z Twoich metod.
register-verified-next = Teraz możesz zmienić swoje metody.
recover-disabled-title = To konto jest wyłączone
recover-disabled-message = Wyłączonego konta nie można tu zresetować ani odblokować.
recover-disabled-next = Skontaktuj się z pomocą techniczną: { $helpdesk }.
recover-refused-title = Nie możemy tego tutaj zrobić
recover-refused-message = Tego konta nie można zmienić za pomocą samoobsługi.
recover-refused-next = Skontaktuj się z pomocą techniczną ({ $helpdesk }) — pomoże od razu.

## Register: signing in

register-signin-title = Skonfiguruj samoobsługę
register-signin-lead = Zaloguj się przy użyciu bieżącego hasła, aby zarejestrować adres e-mail lub aplikację uwierzytelniającą. Posłużą one do potwierdzenia tożsamości, jeśli kiedyś zapomnisz hasła.
register-username-label = Nazwa użytkownika lub adres e-mail
register-password-label = Hasło
register-signin = Zaloguj się
# The link back to the sign-in page when a registration visit has to start over.
register-sign-in-again = Zaloguj się ponownie
register-unavailable-title = Rejestracja jest niedostępna
register-unavailable-privileged = Samoobsługowe resetowanie hasła nie jest dostępne dla kont uprzywilejowanych (administratorów i pracowników pomocy technicznej).
register-unavailable-not-enabled = Samoobsługowe resetowanie hasła nie jest włączone dla Twojego konta.
register-unavailable-next = Aby uzyskać pomoc dotyczącą hasła, skontaktuj się z pomocą techniczną: { $helpdesk }.

## Register: the methods page

# The names of the verification methods.
method-email = Kod e-mail
method-totp = Aplikacja uwierzytelniająca

register-title = Twoje metody weryfikacji
# { $name } is the signed-in person's name; { $required } how many methods a reset needs
# (the [1] variant is for exactly one, the other for any other number).
register-lead = { $required ->
    [1] Zalogowano jako { $name }. Do zresetowania hasła wystarczy jedna metoda, ale lepiej mieć dwie.
   *[other] Zalogowano jako { $name }. Do zresetowania hasła potrzebujesz dwóch metod.
}
register-none = Nie masz jeszcze żadnych metod: dodaj jedną teraz, aby później poradzić sobie samodzielnie.
# { $date } is the day the method was registered.
register-added = Dodano { $date }
register-remove = Usuń
register-locked = Aby dodać, zastąpić lub usunąć metodę, najpierw potwierdź jedną z już zarejestrowanych. Samo hasło nie wystarczy do ich zmiany.
register-prove = Potwierdź tożsamość
register-change-email = Zmień adres e-mail
register-add-email = Dodaj adres e-mail
register-email-hint = Użyj prywatnego adresu, do którego masz dostęp, gdy nie możesz zalogować się w pracy — nie służbowej skrzynki pocztowej.
register-email-label = Adres e-mail
register-send-code = Wyślij kod potwierdzający
register-replace-totp = Zastąp aplikację uwierzytelniającą
register-add-totp = Dodaj aplikację uwierzytelniającą
register-totp-hint = Działają m.in. Microsoft Authenticator, Google Authenticator i 1Password.
register-set-up-totp = Skonfiguruj aplikację uwierzytelniającą
register-sign-out = Wyloguj się

# One-line notices at the top of the methods page, after a step.
register-notice-stepped-up = Zweryfikowano. Teraz możesz zmienić swoje metody.
register-notice-email = Twój adres e-mail został zarejestrowany.
register-notice-totp = Twoja aplikacja uwierzytelniająca została zarejestrowana.
register-notice-removed-email = Usunięto kod e-mail.
register-notice-removed-totp = Usunięto aplikację uwierzytelniającą.

## Register: confirming an email address

register-email-title = Potwierdź adres e-mail
# { $address } is the address, partly hidden (al***@ex***.com).
register-email-lead = Wysłaliśmy kod na adres { $address }. Wpisz go tutaj, aby zakończyć.
register-code-from-email = Kod z wiadomości e-mail
register-confirm = Potwierdź
register-back = Wstecz
register-email-wrong = Ten kod jest nieprawidłowy lub wygasł. Sprawdź najnowszą wiadomość e-mail albo wróć i wyślij nowy kod.

## Register: setting up an authenticator app

register-totp-title = Skonfiguruj aplikację uwierzytelniającą
register-totp-lead = W aplikacji dodaj konto i zeskanuj ten kod. Nie możesz go zeskanować? Wpisz poniższy klucz.
# Followed by the secret key, for typing into the app by hand.
register-totp-key = Klucz:
register-totp-code-label = 6-cyfrowy kod wyświetlany w aplikacji
register-totp-wrong = Ten kod jest nieprawidłowy. Sprawdź zegar w urządzeniu z aplikacją i wpisz kod, który aplikacja wyświetla teraz.

## Passkeys

method-passkey = Klucz dostępu
verify-use-passkey = Zamiast tego użyj klucza dostępu
verify-passkey-lead = Użyj klucza dostępu zarejestrowanego dla tego konta: na tym urządzeniu, na telefonie lub na kluczu bezpieczeństwa.
verify-passkey-start = Użyj klucza dostępu
verify-passkey-title = Użyj swojego klucza dostępu
verify-passkey-go = Kontynuuj z kluczem dostępu
verify-passkey-wrong = { $left ->
    [one] Ten klucz dostępu nie potwierdził Twojej tożsamości. Pozostała { $left } próba.
    [few] Ten klucz dostępu nie potwierdził Twojej tożsamości. Pozostały { $left } próby.
    [many] Ten klucz dostępu nie potwierdził Twojej tożsamości. Pozostało { $left } prób.
   *[other] Ten klucz dostępu nie potwierdził Twojej tożsamości. Pozostało { $left } próby.
}
verify-passkey-expired = To żądanie klucza dostępu wygasło. Wybierz „Użyj klucza dostępu”, aby zacząć od nowa.
verify-passkey-replayed = Ta odpowiedź klucza dostępu została już użyta. Wybierz „Użyj klucza dostępu”, aby zacząć od nowa.
passkey-back-to-methods = Użyj innej metody
passkey-failed = Przeglądarka nie przekazała żadnego klucza dostępu: żądanie zostało anulowane lub przekroczyło limit czasu albo to urządzenie nie ma klucza dostępu dla tej witryny. Spróbuj ponownie lub użyj innej metody.
passkey-unsupported = Ta przeglądarka nie obsługuje kluczy dostępu. Użyj innej metody lub innej przeglądarki.
passkey-needs-script = Klucze dostępu wymagają JavaScriptu, który jest wyłączony w tej przeglądarce. Użyj innej metody lub włącz JavaScript.
passkey-none = Przeglądarka nie przekazała żadnego klucza dostępu. Spróbuj ponownie lub użyj innej metody.
passkey-bad = Nie udało się odczytać odpowiedzi przeglądarki. Spróbuj ponownie.
register-passkeys = Twoje klucze dostępu
register-passkey-used = ostatnio użyty { $date }
register-passkey-never-used = jeszcze nieużywany
register-add-passkey = Dodaj klucz dostępu
register-passkey-hint = Klucz dostępu potwierdza Twoją tożsamość za pomocą blokady ekranu urządzenia (odcisku palca, twarzy lub kodu PIN). Nie trzeba nic wpisywać, a fałszywa witryna nie może go użyć.
register-passkey-name-label = Nazwa tego klucza dostępu, np. „Laptop służbowy”
register-passkey-add = Dodaj klucz dostępu
register-passkey-name-empty = Nadaj kluczowi dostępu nazwę, aby później móc odróżnić od siebie swoje klucze dostępu.
register-passkey-name-bad = Użyj nazwy o długości najwyżej 64 znaków.
register-passkey-too-many = { $n ->
    [one] Masz { $n } klucz dostępu, czyli maksymalną liczbę dla jednego konta. Najpierw go usuń.
    [few] Masz { $n } klucze dostępu, czyli maksymalną liczbę dla jednego konta. Najpierw usuń jeden z nich.
    [many] Masz { $n } kluczy dostępu, czyli maksymalną liczbę dla jednego konta. Najpierw usuń jeden z nich.
   *[other] Masz { $n } klucza dostępu, czyli maksymalną liczbę dla jednego konta. Najpierw usuń jeden z nich.
}
register-passkey-title = Utwórz klucz dostępu
register-passkey-lead = Przeglądarka poprosi Cię o utworzenie klucza dostępu o nazwie „{ $name }” i potwierdzenie blokadą ekranu.
register-passkey-go = Utwórz klucz dostępu
register-passkey-failed = Klucz dostępu nie został zarejestrowany: odpowiedź przeglądarki nie pasowała do tego żądania. Spróbuj dodać go ponownie.
register-passkey-already = Ten klucz dostępu jest już zarejestrowany.
register-notice-passkey = Twój klucz dostępu został zarejestrowany.
register-notice-removed-passkey = Usunięto klucz dostępu.
