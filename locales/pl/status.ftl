# Przyczyny stanu, tak jak wyjaśnia je konsola pomocy technicznej: co się stało (`-explain`)
# i co może zrobić administrator (`-fix`). The reason names themselves (the part after
# `status-`) are codes from Microsoft Entra's audit log: they are not translated.
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words. Text in `backticks` and setting names such as directory.write_queue_timeout are
# commands and configuration keys: keep them as they are.

status-Success-explain = Operacja została ukończona.
status-Success-fix = Nic nie trzeba robić.

status-OnPremisesPolicyViolation-TooShort-explain = Active Directory odrzuciło hasło: jest krótsze niż wymagana minimalna długość.
status-OnPremisesPolicyViolation-NotComplex-explain = Active Directory odrzuciło hasło: nie spełnia wymagań dotyczących złożoności.
status-OnPremisesPolicyViolation-InHistory-explain = Active Directory odrzuciło hasło: jest jednym z ostatnio używanych haseł użytkownika.
status-OnPremisesPolicyViolation-TooYoung-explain = Active Directory odrzuciło zmianę: od ostatniej zmiany nie upłynął minimalny okres ważności hasła.
status-OnPremisesPolicyViolation-CannotChange-explain = Active Directory odrzuciło zmianę: konto jest skonfigurowane tak, że użytkownik nie może zmienić hasła.
status-OnPremisesPolicyViolation-Unknown-explain = Active Directory odrzuciło hasło na podstawie swoich zasad (historia lub filtr haseł; system Windows nie podaje, który z tych powodów).
# The fix for a password refused under the policy (too short, not complex, in history, unknown).
status-OnPremisesPolicyViolation-fix = Użytkownik wybiera hasło zgodne z zasadami wyświetlanymi na stronie.
status-OnPremisesPolicyViolation-TooYoung-fix = Poczekaj, aż upłynie minimalny okres ważności hasła, lub poproś pomoc techniczną o zresetowanie hasła.
# "User cannot change password" is the name of the setting in Active Directory Users and Computers.
status-OnPremisesPolicyViolation-CannotChange-fix = Wyczyść na koncie opcję „Użytkownik nie może zmieniać hasła” (User cannot change password) lub poproś pomoc techniczną o zresetowanie hasła.

status-PasswordBanned-explain = Hasło znajduje się na liście zabronionych haseł portalu.
status-PasswordBanned-fix = Użytkownik wybiera mniej popularne hasło.
status-PasswordBreached-explain = Hasło znajduje się na liście haseł znanych z wycieków danych (policy.breached_passwords_file).
status-PasswordBreached-fix = Użytkownik wybiera hasło, którego nie używał nigdzie indziej.
status-PasswordTooWeak-explain = Hasło jest łatwiejsze do odgadnięcia, niż pozwala minimalna siła hasła ustawiona w portalu (policy.min_strength).
status-PasswordTooWeak-fix = Użytkownik wybiera dłuższe hasło, np. trzy lub cztery niezwiązane ze sobą słowa.

status-InvalidCurrentPassword-explain = Podane bieżące hasło było nieprawidłowe.
status-InvalidCurrentPassword-fix = Użytkownik próbuje ponownie lub używa resetowania, jeśli nie pamięta bieżącego hasła.

status-OnPremisesConnectivityError-explain = Nie udało się połączyć z żadnym kontrolerem domeny lub kontroler nie odpowiedział na czas.
status-OnPremisesConnectivityError-fix = Sprawdź, czy kontrolery domeny działają i są osiągalne na portach 636/389; uruchom `sspr doctor`.

status-OnPremisesAdminActionRequired-explain = Katalog odrzucił operację z powodu, który może usunąć tylko administrator (uprawnienia, konto chronione lub zaufanie TLS).
# "Reset Password" is the name of the permission in Active Directory; lockoutTime and pwdLastSet are attribute names.
status-OnPremisesAdminActionRequired-fix = Uruchom `sspr doctor`: przyznaj kontu usługi uprawnienie Reset Password oraz zapis atrybutów lockoutTime/pwdLastSet albo obsłuż konta chronione ręcznie.

status-UserNotEnabledForSSPR-explain = Użytkownik nie jest objęty zakresem samoobsługowego resetowania hasła.
status-UserNotEnabledForSSPR-fix = Dodaj użytkownika do grupy samoobsługi lub zmień sspr.enabled_for.

status-UserNotProperlyConfigured-explain = Użytkownik nie zarejestrował wystarczającej liczby metod weryfikacji.
status-UserNotProperlyConfigured-fix = Użytkownik rejestruje metody na stronie /register albo pomaga mu w tym pomoc techniczna.

status-WritebackNotEnabled-explain = Ta operacja jest wyłączona w konfiguracji portalu.
status-WritebackNotEnabled-fix = Włącz operację w konfiguracji, jeśli ma być dostępna.

status-AccountDisabled-explain = Konto jest wyłączone w Active Directory.
status-AccountDisabled-fix = Administrator włącza konto w Active Directory, jeśli powinno być aktywne.

status-VerificationFailed-explain = Kod weryfikacyjny był nieprawidłowy lub wygasł.
status-VerificationFailed-fix = Użytkownik prosi o nowy kod i próbuje ponownie.

status-TooManyAttempts-explain = Zbyt wiele prób; użytkownik jest tymczasowo zablokowany.
status-TooManyAttempts-fix = Poczekaj, aż blokada wygaśnie; jeśli sytuacja się powtarza, zbadaj ją.

status-UserNotFound-explain = Żadne konto w katalogu nie pasuje do tego, co wpisał użytkownik.
status-UserNotFound-fix = Sprawdź pisownię; użytkownik może podać nazwę użytkownika, UPN lub adres e-mail.

status-DirectoryBusy-explain = Kontroler domeny odpowiedział, ale był przeciążony: żądanie czekało w kolejce do upływu directory.write_queue_timeout i zostało odrzucone. Nic nie zostało zmienione.
status-DirectoryBusy-fix = Użytkownik próbuje ponownie za chwilę. Jeśli zdarza się to często, zwiększ directory.write_queue_timeout lub dodaj kontrolery domeny do directory.urls.

status-WritebackInterrupted-explain = Portal zatrzymał się (awaria lub zabicie procesu) w trakcie zapisu hasła; ponowny odczyt konta wykazał, że katalog nie zastosował zmiany.
status-WritebackInterrupted-fix = Użytkownik próbuje ponownie; nic nie zostało zmienione. Sprawdź, dlaczego portal się zatrzymał (dzienniki usługi).

# adminCount=1 is an attribute and its value; keep it as it is.
status-ProtectedAccount-explain = Konto jest uprzywilejowane (adminCount=1, członek grupy chronionej lub grupy pomocy technicznej albo konto usługi): sspr nigdy go nie resetuje ani nie odblokowuje.
status-ProtectedAccount-fix = Administrator katalogu resetuje lub odblokowuje je własnymi narzędziami (Użytkownicy i komputery usługi Active Directory, PowerShell) po osobistym zweryfikowaniu tożsamości tej osoby.
