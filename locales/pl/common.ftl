# Słowa wspólne dla wszystkich stron: ramka każdej strony, przełącznik języka, daty.
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words. `format-*` messages are strftime patterns (https://docs.rs/chrono/latest/chrono/format/strftime/).

# The language's name in itself, shown in the language switcher.
language-name = Polski
language-switcher = Język

format-datetime = %d.%m.%Y, %H:%M %Z
format-date = %d.%m.%Y

service-name = Usługa haseł
service-home = Strona główna usługi haseł
skip-to-content = Przejdź do treści
need-help = Potrzebujesz pomocy? Kontakt: { $helpdesk }.

steps-label = Postęp
step-identify = Identyfikacja
step-verify = Weryfikacja

home-title = Co chcesz zrobić?
home-lead = Odzyskaj dostęp do konta { $org } w minutę, bez czekania na pomoc techniczną.
home-reset = Zresetuj hasło
home-reset-hint = Nie pamiętam hasła
home-unlock = Odblokuj konto
home-unlock-hint = Znam hasło, ale konto jest zablokowane
home-change = Zmień hasło
home-change-hint = Znam je albo wygasło
home-register = Skonfiguruj samoobsługę
home-register-hint = Zarejestruj adres e-mail lub aplikację uwierzytelniającą, zanim będą potrzebne

back-to-start = Wróć do początku
go-to-start = Przejdź do początku

not-found-title = Nie znaleziono strony
not-found-message = Pod tym adresem nie ma żadnej strony.
not-found-next = Zacznij od nowa od pierwszej strony usługi haseł.

blocked-title = Zbyt wiele prób
blocked-message = Ze względów bezpieczeństwa po zbyt wielu próbach samoobsługa jest na pewien czas wstrzymana.
blocked-next = Spróbuj ponownie po { $when }. Jeśli potrzebujesz dostępu wcześniej, skontaktuj się z pomocą techniczną.

busy-title = Duże obciążenie
busy-message = W tej chwili wiele osób zmienia hasła i nie udało się na czas obsłużyć Twojego żądania. Nic nie zostało zmienione.
busy-next = { $seconds ->
    [one] Spróbuj ponownie za { $seconds } sekundę.
    [few] Spróbuj ponownie za { $seconds } sekundy.
    [many] Spróbuj ponownie za { $seconds } sekund.
   *[other] Spróbuj ponownie za { $seconds } sekundy.
}

unavailable-title = Spróbuj ponownie za kilka minut
unavailable-message = Nie udało się teraz połączyć z katalogiem. Nic nie zostało zmienione.
unavailable-next = Spróbuj ponownie za kilka minut. Jeśli problem będzie się powtarzał, skontaktuj się z pomocą techniczną.

session-ended-title = Twoja sesja wygasła
session-ended-message = Ze względów bezpieczeństwa ten krok działa tylko przez krótki czas po poprzednim i tylko w tej samej przeglądarce.
session-ended-next = Zacznij od nowa: zajmie to tylko minutę.

not-right = Nazwa użytkownika lub hasło są nieprawidłowe albo konto jest zablokowane lub wyłączone. Nie pamiętasz hasła? Zresetuj je. Konto zablokowane? Najpierw je odblokuj.

bad-form = Tego żądania nie rozpoznajemy jako formularza. Wróć, odśwież stronę i spróbuj ponownie.
form-expired-title = Ten formularz wygasł
form-expired-message = Ze względów bezpieczeństwa formularze działają tylko przez pewien czas i tylko w oknie przeglądarki, w którym zostały otwarte. Wróć, odśwież stronę i spróbuj ponownie.
form-too-large = Ten formularz był zbyt duży.
form-too-slow = Przesyłanie formularza trwało zbyt długo. Wróć, odśwież stronę i spróbuj ponownie.
too-slow = Trwa to dłużej, niż powinno. Jeśli zmieniasz lub resetujesz hasło albo odblokowujesz konto, operacja mogła się mimo to udać: zanim spróbujesz ponownie, spróbuj się zalogować.
internal-error = Coś poszło nie tak po naszej stronie. Spróbuj ponownie.

input-username-empty = Wprowadź nazwę użytkownika lub adres e-mail.
input-username-bad = To nie wygląda na nazwę użytkownika. Dozwolone są tylko litery, cyfry i znaki . - _ @ \
input-password-bad = Hasło może mieć maksymalnie 256 znaków i nie może zawierać znaków sterujących.
input-email-empty = Wprowadź adres e-mail.
input-email-bad = Wprowadź adres e-mail w postaci nazwa@example.com.
input-code-empty = Wprowadź kod.
input-code-bad = Kod może składać się tylko z cyfr.
input-current-password-empty = Wprowadź bieżące hasło.
input-new-password-empty = Wprowadź nowe hasło.
input-password-empty = Wprowadź hasło.

# After a password change or reset, following "Sign in with your new password…". $minutes is
# how long the organisation's domain controllers keep accepting the old password over older
# Windows connections (60 unless the organisation changed it).
done-old-password = { $minutes ->
    [one] W przypadku niektórych połączeń systemu Windows, takich jak zamapowane dyski sieciowe, poprzednie hasło może jeszcze działać przez maksymalnie { $minutes } minutę. To normalne: od teraz używaj wszędzie nowego hasła.
    [few] W przypadku niektórych połączeń systemu Windows, takich jak zamapowane dyski sieciowe, poprzednie hasło może jeszcze działać przez maksymalnie { $minutes } minuty. To normalne: od teraz używaj wszędzie nowego hasła.
    [many] W przypadku niektórych połączeń systemu Windows, takich jak zamapowane dyski sieciowe, poprzednie hasło może jeszcze działać przez maksymalnie { $minutes } minut. To normalne: od teraz używaj wszędzie nowego hasła.
   *[other] W przypadku niektórych połączeń systemu Windows, takich jak zamapowane dyski sieciowe, poprzednie hasło może jeszcze działać przez maksymalnie { $minutes } minuty. To normalne: od teraz używaj wszędzie nowego hasła.
}
