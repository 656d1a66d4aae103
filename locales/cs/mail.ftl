# Všechny e-maily, které portál posílá: jednorázové kódy, oznámení o tom, co se stalo s účtem,
# a e-maily „samoobsluha nemohla pomoct“.
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words. Mail is read on phones and in plain-text clients: no markup in these messages.

## Parts every mail shares

# First line of every mail. $name is the person's display name.
mail-greeting = Dobrý den, { $name },

## One-time code mails

# Subject. Never contains the code itself: subjects show on locked phone screens.
mail-code-subject = Váš ověřovací kód pro { $org }
# Title of the HTML part (shown by some mail clients in the tab or window).
mail-code-title = Ověřovací kód pro { $org }
# The line above the code. $purpose says what the code is for; $admin (helpdesk-caller
# only) is the helpdesk admin who asked for the code.
mail-code-intro = { $purpose ->
    [reset] Váš ověřovací kód pro { $org } k resetování hesla je:
    [unlock] Váš ověřovací kód pro { $org } k odemknutí účtu je:
    [change-methods] Váš ověřovací kód pro { $org } ke změně ověřovacích metod je:
    [confirm-address] Váš ověřovací kód pro { $org } k potvrzení této adresy pro resetování hesla je:
    [console-authenticator] Váš ověřovací kód pro { $org } k nastavení ověřovací aplikace pro konzoli helpdesku je:
   *[helpdesk-caller] Váš ověřovací kód pro { $org }, kterým prokážete svou totožnost technické podpoře (žádá o něj { $admin }); přečtěte jim ho. Kód:
}
mail-code-expiry = { $minutes ->
    [one] Zadejte ho na stránce, kde jste o něj požádali. Funguje jednou a jeho platnost vyprší za { $minutes } minutu.
    [few] Zadejte ho na stránce, kde jste o něj požádali. Funguje jednou a jeho platnost vyprší za { $minutes } minuty.
    [many] Zadejte ho na stránce, kde jste o něj požádali. Funguje jednou a jeho platnost vyprší za { $minutes } minuty.
   *[other] Zadejte ho na stránce, kde jste o něj požádali. Funguje jednou a jeho platnost vyprší za { $minutes } minut.
}
mail-code-ignore = Pokud jste o tento kód nežádali, můžete tento e-mail ignorovat. Nikdo ho nemůže použít, aniž by byl zároveň na té stránce, a na vašem účtu se nic nezměnilo.

## Notices (and "could not help" mails)

# Subject of a notice. $headline is one of the notice-*-headline messages.
mail-notice-subject = { $org }: { $headline }
# The headline as the first sentence of the mail's body.
mail-notice-headline = { $headline }.
# $when is a date and time in the reader's layout (format-datetime).
mail-notice-when = Kdy: { $when }
# $address is the IP address the request came from.
mail-notice-from = Odkud: { $address }
# Shown as the address when it is not known.
mail-notice-from-unknown = neznámo
mail-notice-was-you = Pokud jste to byli vy, nemusíte nic dělat.
# $helpdesk is how to reach the helpdesk (a name, phone number or address).
mail-notice-not-you = Pokud jste to nebyli vy, okamžitě se obraťte na technickou podporu ({ $helpdesk }): k vašemu účtu může mít přístup někdo jiný.
# Last line; $url is the portal's address (a link in the HTML part).
mail-notice-footer = Služba hesel { $org }: { $url }

## "Self-service could not help" mails: someone asked to reset or unlock this account, and
## self-service cannot do it. Sent to the account's own mailbox, never shown on the page.

mail-cannot-help-headline = Samoobslužné resetování hesla nemohlo pomoct
mail-cannot-help-not-enabled = Samoobslužné resetování hesla není pro váš účet povolené. Pokud potřebujete resetovat heslo nebo odemknout účet, obraťte se na technickou podporu: { $helpdesk }.
mail-cannot-help-disabled = Váš účet je zakázaný, takže jeho heslo tady nelze resetovat. Obraťte se na technickou podporu: { $helpdesk }.
mail-cannot-help-privileged = Váš účet je privilegovaný (účet správce nebo technické podpory) a samoobsluha takové účty neresetuje ani neodemyká. Obraťte se na technickou podporu ({ $helpdesk }) nebo na správce adresáře.
# $purpose is what the person asked to do; $needed how many methods must be registered;
# $url the registration page.
mail-cannot-help-too-few-methods = { $purpose ->
    [reset] Požádali jste o resetování hesla, ale nemáte zaregistrovaný dostatek ověřovacích metod (potřeba: { $needed }). Dokud si heslo pamatujete, zaregistrujte se na { $url }. Pokud teď nemáte přístup k účtu, obraťte se na technickou podporu: { $helpdesk }.
    [unlock] Požádali jste o odemknutí účtu, ale nemáte zaregistrovaný dostatek ověřovacích metod (potřeba: { $needed }). Dokud si heslo pamatujete, zaregistrujte se na { $url }. Pokud teď nemáte přístup k účtu, obraťte se na technickou podporu: { $helpdesk }.
   *[other] Požádali jste o změnu ověřovacích metod, ale nemáte zaregistrovaný dostatek ověřovacích metod (potřeba: { $needed }). Dokud si heslo pamatujete, zaregistrujte se na { $url }. Pokud teď nemáte přístup k účtu, obraťte se na technickou podporu: { $helpdesk }.
}

## Notices: each has a headline (also the subject, after the organisation's name) and a
## detail sentence.

notice-reset-headline = Vaše heslo bylo resetováno
notice-reset-detail = Vaše heslo bylo resetováno pomocí samoobslužného resetování hesla po ověření vašimi registrovanými metodami.

notice-unlock-headline = Váš účet byl odemčen
notice-unlock-detail = Váš účet byl odemčen pomocí samoobsluhy po ověření vašimi registrovanými metodami. Vaše heslo se nezměnilo.

notice-changed-headline = Vaše heslo bylo změněno
notice-changed-detail = Vaše heslo bylo změněno ve službě hesel.
# Sent when the service restarted while changing the password: the change went through.
notice-changed-unconfirmed-detail = Vaše heslo bylo změněno ve službě hesel, i když se vám stránka s potvrzením možná nezobrazila.

notice-methods-headline = Vaše metody pro resetování hesla se změnily
notice-methods-added-email = Vaše registrace k samoobslužnému resetování hesla se změnila: byla zaregistrována alternativní e-mailová adresa.
notice-methods-added-authenticator = Vaše registrace k samoobslužnému resetování hesla se změnila: byla zaregistrována ověřovací aplikace.
notice-methods-removed-email = Vaše registrace k samoobslužnému resetování hesla se změnila: byl odebrán kód e-mailem.
notice-methods-removed-authenticator = Vaše registrace k samoobslužnému resetování hesla se změnila: byla odebrána ověřovací aplikace.
notice-methods-added-passkey = Vaše registrace k samoobslužnému resetování hesla se změnila: byl zaregistrován přístupový klíč.
notice-methods-removed-passkey = Vaše registrace k samoobslužnému resetování hesla se změnila: byl odebrán přístupový klíč.

# To the account's own mailbox, when someone keeps typing wrong passwords for it.
notice-guessing-headline = Někdo se snaží uhodnout vaše heslo
notice-guessing-detail = Služba hesel po opakovaně zadaných nesprávných heslech na chvíli přestala ověřovat hesla pro váš účet, aby se váš účet neuzamkl. Pokud jste to nebyli vy, informujte technickou podporu. Pokud jste heslo zapomněli, resetujte ho pomocí svých registrovaných metod.

notice-authenticator-blocked-headline = Vaše ověřovací aplikace byla zablokována
# $n wrong codes in a row; $helpdesk is how to reach the helpdesk.
notice-authenticator-blocked-detail = { $n ->
    [one] Po { $n } nesprávném kódu z ověřovací aplikace za sebou už vaše ověřovací aplikace nefunguje pro resetování hesla ani odemknutí účtu. Použijte místo toho kód zaslaný e-mailem (tím se aplikace také odblokuje), nebo se obraťte na technickou podporu ({ $helpdesk }). Pokud jste tento kód nezadávali vy, zadal ho někdo jiný: informujte technickou podporu ({ $helpdesk }).
    [few] Po { $n } nesprávných kódech z ověřovací aplikace za sebou už vaše ověřovací aplikace nefunguje pro resetování hesla ani odemknutí účtu. Použijte místo toho kód zaslaný e-mailem (tím se aplikace také odblokuje), nebo se obraťte na technickou podporu ({ $helpdesk }). Pokud jste tyto kódy nezadávali vy, zadal je někdo jiný: informujte technickou podporu ({ $helpdesk }).
    [many] Po { $n } nesprávného kódu z ověřovací aplikace za sebou už vaše ověřovací aplikace nefunguje pro resetování hesla ani odemknutí účtu. Použijte místo toho kód zaslaný e-mailem (tím se aplikace také odblokuje), nebo se obraťte na technickou podporu ({ $helpdesk }). Pokud jste tyto kódy nezadávali vy, zadal je někdo jiný: informujte technickou podporu ({ $helpdesk }).
   *[other] Po { $n } nesprávných kódech z ověřovací aplikace za sebou už vaše ověřovací aplikace nefunguje pro resetování hesla ani odemknutí účtu. Použijte místo toho kód zaslaný e-mailem (tím se aplikace také odblokuje), nebo se obraťte na technickou podporu ({ $helpdesk }). Pokud jste tyto kódy nezadávali vy, zadal je někdo jiný: informujte technickou podporu ({ $helpdesk }).
}
# To a helpdesk admin, about the authenticator of their helpdesk console account.
notice-console-authenticator-blocked-detail = { $n ->
    [one] Po { $n } nesprávném kódu za sebou byla vaše ověřovací aplikace pro konzoli helpdesku zablokována. Jiný správce helpdesku ji může odblokovat na vaší uživatelské stránce. Pokud jste tento kód nezadávali vy, zadal ho někdo jiný.
    [few] Po { $n } nesprávných kódech za sebou byla vaše ověřovací aplikace pro konzoli helpdesku zablokována. Jiný správce helpdesku ji může odblokovat na vaší uživatelské stránce. Pokud jste tyto kódy nezadávali vy, zadal je někdo jiný.
    [many] Po { $n } nesprávného kódu za sebou byla vaše ověřovací aplikace pro konzoli helpdesku zablokována. Jiný správce helpdesku ji může odblokovat na vaší uživatelské stránce. Pokud jste tyto kódy nezadávali vy, zadal je někdo jiný.
   *[other] Po { $n } nesprávných kódech za sebou byla vaše ověřovací aplikace pro konzoli helpdesku zablokována. Jiný správce helpdesku ji může odblokovat na vaší uživatelské stránce. Pokud jste tyto kódy nezadávali vy, zadal je někdo jiný.
}

## What a helpdesk admin did. $admin is the admin's display name.

notice-helpdesk-reset-headline = Vaše heslo resetovala technická podpora
notice-helpdesk-reset-detail = Vaše heslo resetoval správce helpdesku { $admin }.
notice-helpdesk-reset-must-change-detail = Vaše heslo resetoval správce helpdesku { $admin }; při přihlášení budete vyzváni ke zvolení nového hesla.
notice-helpdesk-unlock-headline = Váš účet odemkla technická podpora
notice-helpdesk-unlock-detail = Váš účet odemkl správce helpdesku { $admin }. Vaše heslo se nezměnilo.
notice-helpdesk-cleared-headline = Vaše metody pro resetování hesla byly vymazány
notice-helpdesk-cleared-detail = Vaše registrované ověřovací metody vymazal správce helpdesku { $admin }. Zaregistrujte se znovu ve službě hesel.
notice-helpdesk-unblocked-headline = Vaše ověřovací aplikace byla odblokována
notice-helpdesk-unblocked-detail = Vaši ověřovací aplikaci odblokoval správce helpdesku { $admin }: znovu funguje.
# A helpdesk notice's detail followed by the admin's note on how they verified the caller
# ($note, in the admin's own words).
notice-with-note = { $detail } ({ $note })

## To the other helpdesk admins.

# $admin is the account name of the admin who enrolled.
notice-admin-enrolled-headline = Správce { $admin } zaregistroval ověřovací aplikaci pro helpdesk
# $name is that admin's display name.
notice-admin-enrolled-detail = Uživatel { $name } nastavil ověřovací aplikaci, která chrání jeho účet v konzoli helpdesku.
# $admin is the account name of the admin who added a passkey.
notice-admin-passkey-headline = Správce { $admin } přidal přístupový klíč pro přihlášení do helpdesku
# $name is that admin's display name.
notice-admin-passkey-detail = Uživatel { $name } přidal přístupový klíč, kterým se může místo ověřovací aplikace přihlásit ke svému účtu v konzoli helpdesku.
# $admin is the account name of the admin who acted.
notice-privileged-headline = Správce { $admin } změnil privilegovaný účet
# $admin is the display name of the admin who acted, $account the privileged account's name,
# $action what they did. The part after the colon repeats, in lower case, the headline the
# account's owner got.
notice-privileged-detail = { $action ->
    [reset] Správce { $admin } provedl akci s účtem { $account }, což je účet helpdesku nebo správce adresáře: vaše heslo resetovala technická podpora
    [unlock] Správce { $admin } provedl akci s účtem { $account }, což je účet helpdesku nebo správce adresáře: váš účet odemkla technická podpora
    [cleared] Správce { $admin } provedl akci s účtem { $account }, což je účet helpdesku nebo správce adresáře: vaše metody pro resetování hesla byly vymazány
   *[unblocked] Správce { $admin } provedl akci s účtem { $account }, což je účet helpdesku nebo správce adresáře: vaše ověřovací aplikace byla odblokována
}

## Password-expiry reminders: mailed a set number of days before the account's password
## expires (the days come from the configuration, typically 14, 7, 3 and 1).

# Subject. $days is the whole number of days left (0: less than a day).
mail-reminder-subject = { $days ->
    [0] { $org }: platnost vašeho hesla vyprší do jednoho dne
    [one] { $org }: platnost vašeho hesla vyprší zítra
    [few] { $org }: platnost vašeho hesla vyprší za { $days } dny
    [many] { $org }: platnost vašeho hesla vyprší za { $days } dne
   *[other] { $org }: platnost vašeho hesla vyprší za { $days } dní
}
mail-reminder-headline = { $days ->
    [0] Platnost vašeho hesla vyprší do jednoho dne.
    [one] Platnost vašeho hesla vyprší za { $days } den.
    [few] Platnost vašeho hesla vyprší za { $days } dny.
    [many] Platnost vašeho hesla vyprší za { $days } dne.
   *[other] Platnost vašeho hesla vyprší za { $days } dní.
}
# $when is the date and time it expires, in the reader's layout.
mail-reminder-detail = Přestane fungovat { $when }. Potom se s ním už nepřihlásíte, dokud nebude resetováno.
# Above the link to the change page.
mail-reminder-change = Zvolte si nové hned teď, z libovolného zařízení, pomocí svého současného hesla:
# Above the link to the registration page; only for people who have not registered a way to prove who they are.
mail-reminder-register = Nemáte nastavený způsob, jak si heslo sami resetovat, kdybyste ho někdy zapomněli. Zabere to minutu:
mail-reminder-windows = Na počítači s Windows ve vaší organizaci můžete také stisknout Ctrl+Alt+Delete a zvolit „Změnit heslo“.
# $helpdesk is how to reach the helpdesk.
mail-reminder-never-asks = O heslo vás e-mailem nikdy nežádáme. Pokud si nejste jisti, že je tato zpráva pravá, zadejte adresu služby hesel sami, nebo se obraťte na technickou podporu: { $helpdesk }.
