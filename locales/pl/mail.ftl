# Wszystkie wiadomości e-mail wysyłane przez portal: kody jednorazowe, powiadomienia o zmianach
# na koncie oraz wiadomości „samoobsługa nie mogła pomóc”.
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words. Mail is read on phones and in plain-text clients: no markup in these messages.

## Parts every mail shares

# First line of every mail. $name is the person's display name.
mail-greeting = Dzień dobry { $name },

## One-time code mails

# Subject. Never contains the code itself: subjects show on locked phone screens.
mail-code-subject = Twój kod weryfikacyjny { $org }
# Title of the HTML part (shown by some mail clients in the tab or window).
mail-code-title = Kod weryfikacyjny { $org }
# The line above the code. $purpose says what the code is for; $admin (helpdesk-caller
# only) is the helpdesk admin who asked for the code.
mail-code-intro = { $purpose ->
    [reset] Twój kod weryfikacyjny { $org } do zresetowania hasła to:
    [unlock] Twój kod weryfikacyjny { $org } do odblokowania konta to:
    [change-methods] Twój kod weryfikacyjny { $org } do zmiany metod weryfikacji to:
    [confirm-address] Twój kod weryfikacyjny { $org } do potwierdzenia tego adresu na potrzeby resetowania hasła to:
    [console-authenticator] Twój kod weryfikacyjny { $org } do skonfigurowania aplikacji uwierzytelniającej w konsoli pomocy technicznej to:
   *[helpdesk-caller] Twój kod weryfikacyjny { $org } do potwierdzenia tożsamości przed pomocą techniczną (prosi o niego { $admin }); przeczytaj go tej osobie. Kod:
}
mail-code-expiry = { $minutes ->
    [one] Wpisz go na stronie, na której poproszono o kod. Działa jeden raz i wygasa za { $minutes } minutę.
    [few] Wpisz go na stronie, na której poproszono o kod. Działa jeden raz i wygasa za { $minutes } minuty.
    [many] Wpisz go na stronie, na której poproszono o kod. Działa jeden raz i wygasa za { $minutes } minut.
   *[other] Wpisz go na stronie, na której poproszono o kod. Działa jeden raz i wygasa za { $minutes } minuty.
}
mail-code-ignore = Jeśli nie oczekujesz tego kodu, możesz zignorować tę wiadomość. Nikt nie może go użyć, nie będąc na tamtej stronie, a na Twoim koncie nic się nie zmieniło.

## Notices (and "could not help" mails)

# Subject of a notice. $headline is one of the notice-*-headline messages.
mail-notice-subject = { $org }: { $headline }
# The headline as the first sentence of the mail's body.
mail-notice-headline = { $headline }.
# $when is a date and time in the reader's layout (format-datetime).
mail-notice-when = Kiedy: { $when }
# $address is the IP address the request came from.
mail-notice-from = Skąd: { $address }
# Shown as the address when it is not known.
mail-notice-from-unknown = nieznany
mail-notice-was-you = Jeśli to Ty, nie musisz nic więcej robić.
# $helpdesk is how to reach the helpdesk (a name, phone number or address).
mail-notice-not-you = Jeśli to nie Ty, natychmiast skontaktuj się z pomocą techniczną ({ $helpdesk }): ktoś może mieć dostęp do Twojego konta.
# Last line; $url is the portal's address (a link in the HTML part).
mail-notice-footer = Usługa haseł { $org }: { $url }

## "Self-service could not help" mails: someone asked to reset or unlock this account, and
## self-service cannot do it. Sent to the account's own mailbox, never shown on the page.

mail-cannot-help-headline = Samoobsługowe resetowanie hasła nie mogło pomóc
mail-cannot-help-not-enabled = Samoobsługowe resetowanie hasła nie jest włączone dla Twojego konta. Aby zresetować hasło lub odblokować konto, skontaktuj się z pomocą techniczną: { $helpdesk }.
mail-cannot-help-disabled = Twoje konto jest wyłączone, więc nie można tu zresetować jego hasła. Skontaktuj się z pomocą techniczną: { $helpdesk }.
mail-cannot-help-privileged = Twoje konto jest uprzywilejowane (to konto administratora lub pomocy technicznej), a samoobsługa nie resetuje ani nie odblokowuje takich kont. Skontaktuj się z pomocą techniczną ({ $helpdesk }) lub z administratorem katalogu.
# $purpose is what the person asked to do; $needed how many methods must be registered;
# $url the registration page.
mail-cannot-help-too-few-methods = { $purpose ->
    [reset] Otrzymaliśmy prośbę o zresetowanie hasła, ale nie masz zarejestrowanej wystarczającej liczby metod weryfikacji (wymagane: { $needed }). Dopóki pamiętasz hasło, zarejestruj je na stronie { $url }. Jeśli nie masz teraz dostępu do konta, skontaktuj się z pomocą techniczną: { $helpdesk }.
    [unlock] Otrzymaliśmy prośbę o odblokowanie konta, ale nie masz zarejestrowanej wystarczającej liczby metod weryfikacji (wymagane: { $needed }). Dopóki pamiętasz hasło, zarejestruj je na stronie { $url }. Jeśli nie masz teraz dostępu do konta, skontaktuj się z pomocą techniczną: { $helpdesk }.
   *[other] Otrzymaliśmy prośbę o zmianę metod weryfikacji, ale nie masz zarejestrowanej wystarczającej liczby metod weryfikacji (wymagane: { $needed }). Dopóki pamiętasz hasło, zarejestruj je na stronie { $url }. Jeśli nie masz teraz dostępu do konta, skontaktuj się z pomocą techniczną: { $helpdesk }.
}

## Notices: each has a headline (also the subject, after the organisation's name) and a
## detail sentence.

notice-reset-headline = Twoje hasło zostało zresetowane
notice-reset-detail = Twoje hasło zostało zresetowane za pomocą samoobsługowego resetowania hasła, po weryfikacji przy użyciu zarejestrowanych metod.

notice-unlock-headline = Twoje konto zostało odblokowane
notice-unlock-detail = Twoje konto zostało odblokowane za pomocą samoobsługi, po weryfikacji przy użyciu zarejestrowanych metod. Hasło nie zostało zmienione.

notice-changed-headline = Twoje hasło zostało zmienione
notice-changed-detail = Twoje hasło zostało zmienione w usłudze haseł.
# Sent when the service restarted while changing the password: the change went through.
notice-changed-unconfirmed-detail = Twoje hasło zostało zmienione w usłudze haseł, choć strona z potwierdzeniem mogła się nie wyświetlić.

notice-methods-headline = Twoje metody resetowania hasła zostały zmienione
notice-methods-added-email = Zmieniono Twoją rejestrację w samoobsługowym resetowaniu hasła: zarejestrowano alternatywny adres e-mail.
notice-methods-added-authenticator = Zmieniono Twoją rejestrację w samoobsługowym resetowaniu hasła: zarejestrowano aplikację uwierzytelniającą.
notice-methods-removed-email = Zmieniono Twoją rejestrację w samoobsługowym resetowaniu hasła: usunięto kod e-mail.
notice-methods-removed-authenticator = Zmieniono Twoją rejestrację w samoobsługowym resetowaniu hasła: usunięto aplikację uwierzytelniającą.
notice-methods-added-passkey = Zmieniono Twoją rejestrację w samoobsługowym resetowaniu hasła: zarejestrowano klucz dostępu.
notice-methods-removed-passkey = Zmieniono Twoją rejestrację w samoobsługowym resetowaniu hasła: usunięto klucz dostępu.

# To the account's own mailbox, when someone keeps typing wrong passwords for it.
notice-guessing-headline = Ktoś próbuje odgadnąć Twoje hasło
notice-guessing-detail = Po wielokrotnym wprowadzeniu błędnego hasła usługa haseł przestała na pewien czas sprawdzać hasła dla Twojego konta, aby nie zostało ono zablokowane. Jeśli to nie Ty, poinformuj pomoc techniczną. Jeśli nie pamiętasz hasła, zresetuj je przy użyciu zarejestrowanych metod.

notice-authenticator-blocked-headline = Twoja aplikacja uwierzytelniająca została zablokowana
# $n wrong codes in a row; $helpdesk is how to reach the helpdesk.
notice-authenticator-blocked-detail = { $n ->
    [one] Po { $n } błędnym kodzie z aplikacji uwierzytelniającej z rzędu Twoja aplikacja uwierzytelniająca nie działa już przy resetowaniu hasła ani odblokowywaniu konta. Zamiast tego użyj kodu wysłanego e-mailem (to również odblokuje aplikację) lub skontaktuj się z pomocą techniczną ({ $helpdesk }). Jeśli ten kod nie został wpisany przez Ciebie, wpisał go ktoś inny: poinformuj pomoc techniczną ({ $helpdesk }).
    [few] Po { $n } błędnych kodach z aplikacji uwierzytelniającej z rzędu Twoja aplikacja uwierzytelniająca nie działa już przy resetowaniu hasła ani odblokowywaniu konta. Zamiast tego użyj kodu wysłanego e-mailem (to również odblokuje aplikację) lub skontaktuj się z pomocą techniczną ({ $helpdesk }). Jeśli te kody nie zostały wpisane przez Ciebie, wpisał je ktoś inny: poinformuj pomoc techniczną ({ $helpdesk }).
    [many] Po { $n } błędnych kodach z aplikacji uwierzytelniającej z rzędu Twoja aplikacja uwierzytelniająca nie działa już przy resetowaniu hasła ani odblokowywaniu konta. Zamiast tego użyj kodu wysłanego e-mailem (to również odblokuje aplikację) lub skontaktuj się z pomocą techniczną ({ $helpdesk }). Jeśli te kody nie zostały wpisane przez Ciebie, wpisał je ktoś inny: poinformuj pomoc techniczną ({ $helpdesk }).
   *[other] Po { $n } błędnego kodu z aplikacji uwierzytelniającej z rzędu Twoja aplikacja uwierzytelniająca nie działa już przy resetowaniu hasła ani odblokowywaniu konta. Zamiast tego użyj kodu wysłanego e-mailem (to również odblokuje aplikację) lub skontaktuj się z pomocą techniczną ({ $helpdesk }). Jeśli te kody nie zostały wpisane przez Ciebie, wpisał je ktoś inny: poinformuj pomoc techniczną ({ $helpdesk }).
}
# To a helpdesk admin, about the authenticator of their helpdesk console account.
notice-console-authenticator-blocked-detail = { $n ->
    [one] Po { $n } błędnym kodzie z rzędu Twoja aplikacja uwierzytelniająca do konsoli pomocy technicznej została zablokowana. Inny administrator pomocy technicznej może ją odblokować na Twojej stronie użytkownika. Jeśli ten kod nie został wpisany przez Ciebie, wpisał go ktoś inny.
    [few] Po { $n } błędnych kodach z rzędu Twoja aplikacja uwierzytelniająca do konsoli pomocy technicznej została zablokowana. Inny administrator pomocy technicznej może ją odblokować na Twojej stronie użytkownika. Jeśli te kody nie zostały wpisane przez Ciebie, wpisał je ktoś inny.
    [many] Po { $n } błędnych kodach z rzędu Twoja aplikacja uwierzytelniająca do konsoli pomocy technicznej została zablokowana. Inny administrator pomocy technicznej może ją odblokować na Twojej stronie użytkownika. Jeśli te kody nie zostały wpisane przez Ciebie, wpisał je ktoś inny.
   *[other] Po { $n } błędnego kodu z rzędu Twoja aplikacja uwierzytelniająca do konsoli pomocy technicznej została zablokowana. Inny administrator pomocy technicznej może ją odblokować na Twojej stronie użytkownika. Jeśli te kody nie zostały wpisane przez Ciebie, wpisał je ktoś inny.
}

## What a helpdesk admin did. $admin is the admin's display name.

notice-helpdesk-reset-headline = Twoje hasło zostało zresetowane przez pomoc techniczną
notice-helpdesk-reset-detail = Twoje hasło zostało zresetowane przez pomoc techniczną ({ $admin }).
notice-helpdesk-reset-must-change-detail = Twoje hasło zostało zresetowane przez pomoc techniczną ({ $admin }); przy logowaniu trzeba będzie wybrać nowe hasło.
notice-helpdesk-unlock-headline = Twoje konto zostało odblokowane przez pomoc techniczną
notice-helpdesk-unlock-detail = Twoje konto zostało odblokowane przez pomoc techniczną ({ $admin }). Hasło nie zostało zmienione.
notice-helpdesk-cleared-headline = Twoje metody resetowania hasła zostały usunięte
notice-helpdesk-cleared-detail = Twoje zarejestrowane metody weryfikacji zostały usunięte przez pomoc techniczną ({ $admin }). Zarejestruj je ponownie w usłudze haseł.
notice-helpdesk-unblocked-headline = Twoja aplikacja uwierzytelniająca została odblokowana
notice-helpdesk-unblocked-detail = Twoja aplikacja uwierzytelniająca została odblokowana przez pomoc techniczną ({ $admin }): znów działa.
# A helpdesk notice's detail followed by the admin's note on how they verified the caller
# ($note, in the admin's own words).
notice-with-note = { $detail } ({ $note })

## To the other helpdesk admins.

# $admin is the account name of the admin who enrolled.
notice-admin-enrolled-headline = Zarejestrowano aplikację uwierzytelniającą pomocy technicznej: { $admin }
# $name is that admin's display name.
notice-admin-enrolled-detail = Skonfigurowano aplikację uwierzytelniającą, która chroni konto konsoli pomocy technicznej użytkownika { $name }.
# $admin is the account name of the admin who added a passkey.
notice-admin-passkey-headline = Dodano klucz dostępu do logowania w pomocy technicznej: { $admin }
# $name is that admin's display name.
notice-admin-passkey-detail = Dodano klucz dostępu, którym można logować się do konta konsoli pomocy technicznej użytkownika { $name } zamiast aplikacją uwierzytelniającą.
# $admin is the account name of the admin who acted.
notice-privileged-headline = Konto uprzywilejowane zostało zmienione przez administratora { $admin }
# $admin is the display name of the admin who acted, $account the privileged account's name,
# $action what they did. The part after the colon repeats, in lower case, the headline the
# account's owner got.
notice-privileged-detail = { $action ->
    [reset] Administrator { $admin } wykonał operację na koncie { $account }, które jest kontem pomocy technicznej lub administratora katalogu: hasło zostało zresetowane przez pomoc techniczną
    [unlock] Administrator { $admin } wykonał operację na koncie { $account }, które jest kontem pomocy technicznej lub administratora katalogu: konto zostało odblokowane przez pomoc techniczną
    [cleared] Administrator { $admin } wykonał operację na koncie { $account }, które jest kontem pomocy technicznej lub administratora katalogu: metody resetowania hasła zostały usunięte
   *[unblocked] Administrator { $admin } wykonał operację na koncie { $account }, które jest kontem pomocy technicznej lub administratora katalogu: aplikacja uwierzytelniająca została odblokowana
}

## Password-expiry reminders: mailed a set number of days before the account's password
## expires (the days come from the configuration, typically 14, 7, 3 and 1).

# Subject. $days is the whole number of days left (0: less than a day).
mail-reminder-subject = { $days ->
    [0] { $org }: Twoje hasło wygaśnie w ciągu najbliższej doby
    [one] { $org }: Twoje hasło wygaśnie jutro
    [few] { $org }: Twoje hasło wygaśnie za { $days } dni
    [many] { $org }: Twoje hasło wygaśnie za { $days } dni
   *[other] { $org }: Twoje hasło wygaśnie za { $days } dnia
}
mail-reminder-headline = { $days ->
    [0] Twoje hasło wygaśnie w ciągu najbliższej doby.
    [one] Twoje hasło wygaśnie za { $days } dzień.
    [few] Twoje hasło wygaśnie za { $days } dni.
    [many] Twoje hasło wygaśnie za { $days } dni.
   *[other] Twoje hasło wygaśnie za { $days } dnia.
}
# $when is the date and time it expires, in the reader's layout.
mail-reminder-detail = Przestanie działać { $when }. Potem nie zalogujesz się już nim, dopóki nie zostanie zresetowane.
# Above the link to the change page.
mail-reminder-change = Wybierz nowe już teraz, na dowolnym urządzeniu, podając bieżące hasło:
# Above the link to the registration page; only for people who have not registered a way to prove who they are.
mail-reminder-register = Nie masz jeszcze skonfigurowanego sposobu na samodzielne zresetowanie hasła na wypadek, gdyby wypadło Ci z pamięci. Zajmie to minutę:
mail-reminder-windows = Na komputerze z systemem Windows w Twojej organizacji możesz też nacisnąć Ctrl+Alt+Delete i wybrać „Zmień hasło”.
# $helpdesk is how to reach the helpdesk.
mail-reminder-never-asks = Nigdy nie prosimy o podanie hasła w wiadomości e-mail. Jeśli nie masz pewności, czy ta wiadomość jest prawdziwa, samodzielnie wpisz adres usługi haseł lub skontaktuj się z pomocą techniczną: { $helpdesk }.
