# Alle E-Mails, die das Portal sendet: Einmalcodes, Hinweise auf Vorgänge an einem Konto
# und E-Mails, wenn der Self-Service nicht helfen konnte. Nur-Text- und HTML-Teil verwenden dieselben Nachrichten.
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words. Mail is read on phones and in plain-text clients: no markup in these messages.

## Parts every mail shares

# First line of every mail. $name is the person's display name.
mail-greeting = Hallo { $name },

## One-time code mails

# Subject. Never contains the code itself: subjects show on locked phone screens.
mail-code-subject = Ihr Bestätigungscode für { $org }
# Title of the HTML part (shown by some mail clients in the tab or window).
mail-code-title = Bestätigungscode für { $org }
# The line above the code. $purpose says what the code is for; $admin (helpdesk-caller
# only) is the helpdesk admin who asked for the code.
mail-code-intro = { $purpose ->
    [reset] Ihr Bestätigungscode für { $org }, um Ihr Kennwort zurückzusetzen, lautet:
    [unlock] Ihr Bestätigungscode für { $org }, um Ihr Konto zu entsperren, lautet:
    [change-methods] Ihr Bestätigungscode für { $org }, um Ihre Überprüfungsmethoden zu ändern, lautet:
    [confirm-address] Ihr Bestätigungscode für { $org }, um diese Adresse für die Kennwortzurücksetzung zu bestätigen, lautet:
    [console-authenticator] Ihr Bestätigungscode für { $org }, um Ihren Authenticator für die Helpdesk-Konsole einzurichten, lautet:
   *[helpdesk-caller] Ihr Bestätigungscode für { $org }, mit dem Sie sich gegenüber dem Helpdesk ausweisen ({ $admin } fragt danach). Lesen Sie ihn dort vor:
}
mail-code-expiry = { $minutes ->
    [one] Geben Sie ihn auf der Seite ein, auf der Sie ihn angefordert haben. Er gilt einmal und läuft in { $minutes } Minute ab.
   *[other] Geben Sie ihn auf der Seite ein, auf der Sie ihn angefordert haben. Er gilt einmal und läuft in { $minutes } Minuten ab.
}
mail-code-ignore = Wenn Sie diesen Code nicht angefordert haben, können Sie diese E-Mail ignorieren. Niemand kann ihn verwenden, ohne auch auf dieser Seite zu sein, und an Ihrem Konto wurde nichts geändert.

## Notices (and "could not help" mails)

# Subject of a notice. $headline is one of the notice-*-headline messages.
mail-notice-subject = { $org }: { $headline }
# The headline as the first sentence of the mail's body.
mail-notice-headline = { $headline }.
# $when is a date and time in the reader's layout (format-datetime).
mail-notice-when = Zeitpunkt: { $when }
# $address is the IP address the request came from.
mail-notice-from = Von: { $address }
# Shown as the address when it is not known.
mail-notice-from-unknown = unbekannt
mail-notice-was-you = Wenn Sie das waren, müssen Sie nichts weiter tun.
# $helpdesk is how to reach the helpdesk (a name, phone number or address).
mail-notice-not-you = Wenn Sie das nicht waren, wenden Sie sich sofort an { $helpdesk }: Möglicherweise hat jemand Zugriff auf Ihr Konto.
# Last line; $url is the portal's address (a link in the HTML part).
mail-notice-footer = Kennwortdienst von { $org }: { $url }

## "Self-service could not help" mails: someone asked to reset or unlock this account, and
## self-service cannot do it. Sent to the account's own mailbox, never shown on the page.

mail-cannot-help-headline = Die Self-Service-Kennwortzurücksetzung konnte nicht helfen
mail-cannot-help-not-enabled = Die Self-Service-Kennwortzurücksetzung ist für Ihr Konto nicht aktiviert. Wenden Sie sich an { $helpdesk }, um Ihr Kennwort zurückzusetzen oder Ihr Konto zu entsperren.
mail-cannot-help-disabled = Ihr Konto ist deaktiviert, daher kann sein Kennwort hier nicht zurückgesetzt werden. Wenden Sie sich an { $helpdesk }.
mail-cannot-help-privileged = Ihr Konto ist ein privilegiertes Konto (ein Administrator- oder Helpdesk-Konto), und der Self-Service setzt solche Konten weder zurück noch entsperrt er sie. Wenden Sie sich an { $helpdesk } oder an einen Verzeichnisadministrator.
# $purpose is what the person asked to do; $needed how many methods must be registered;
# $url the registration page.
mail-cannot-help-too-few-methods = { $purpose ->
    [reset] Sie wollten Ihr Kennwort zurücksetzen, haben aber nicht genügend Überprüfungsmethoden registriert ({ $needed } erforderlich). Registrieren Sie sich unter { $url }, solange Sie Ihr Kennwort noch kennen. Wenn Sie jetzt gesperrt sind, wenden Sie sich an { $helpdesk }.
    [unlock] Sie wollten Ihr Konto entsperren, haben aber nicht genügend Überprüfungsmethoden registriert ({ $needed } erforderlich). Registrieren Sie sich unter { $url }, solange Sie Ihr Kennwort noch kennen. Wenn Sie jetzt gesperrt sind, wenden Sie sich an { $helpdesk }.
   *[other] Sie wollten Ihre Überprüfungsmethoden ändern, haben aber nicht genügend Überprüfungsmethoden registriert ({ $needed } erforderlich). Registrieren Sie sich unter { $url }, solange Sie Ihr Kennwort noch kennen. Wenn Sie jetzt gesperrt sind, wenden Sie sich an { $helpdesk }.
}

## Notices: each has a headline (also the subject, after the organisation's name) and a
## detail sentence.

notice-reset-headline = Ihr Kennwort wurde zurückgesetzt
notice-reset-detail = Ihr Kennwort wurde über die Self-Service-Kennwortzurücksetzung zurückgesetzt, nach einer Überprüfung mit Ihren registrierten Methoden.

notice-unlock-headline = Ihr Konto wurde entsperrt
notice-unlock-detail = Ihr Konto wurde über den Self-Service entsperrt, nach einer Überprüfung mit Ihren registrierten Methoden. Ihr Kennwort hat sich nicht geändert.

notice-changed-headline = Ihr Kennwort wurde geändert
notice-changed-detail = Ihr Kennwort wurde im Kennwortdienst geändert.
# Sent when the service restarted while changing the password: the change went through.
notice-changed-unconfirmed-detail = Ihr Kennwort wurde im Kennwortdienst geändert, auch wenn die Bestätigungsseite Sie möglicherweise nicht erreicht hat.

notice-methods-headline = Ihre Methoden zur Kennwortzurücksetzung wurden geändert
notice-methods-added-email = Ihre Registrierung für die Self-Service-Kennwortzurücksetzung wurde geändert: alternative E-Mail-Adresse registriert.
notice-methods-added-authenticator = Ihre Registrierung für die Self-Service-Kennwortzurücksetzung wurde geändert: Authenticator-App registriert.
notice-methods-removed-email = Ihre Registrierung für die Self-Service-Kennwortzurücksetzung wurde geändert: E-Mail-Code entfernt.
notice-methods-removed-authenticator = Ihre Registrierung für die Self-Service-Kennwortzurücksetzung wurde geändert: Authenticator-App entfernt.
notice-methods-added-passkey = Ihre Registrierung für die Self-Service-Kennwortzurücksetzung wurde geändert: Passkey registriert.
notice-methods-removed-passkey = Ihre Registrierung für die Self-Service-Kennwortzurücksetzung wurde geändert: Passkey entfernt.

# To the account's own mailbox, when someone keeps typing wrong passwords for it.
notice-guessing-headline = Jemand versucht, Ihr Kennwort zu erraten
notice-guessing-detail = Nach wiederholt falschen Kennwörtern hat der Kennwortdienst die Kennwortprüfung für Ihr Konto eine Weile ausgesetzt, damit Ihr Konto nicht gesperrt wird. Wenn Sie das nicht waren, informieren Sie Ihren Helpdesk. Wenn Sie Ihr Kennwort vergessen haben, setzen Sie es mit Ihren registrierten Methoden zurück.

notice-authenticator-blocked-headline = Ihr Authenticator wurde blockiert
# $n wrong codes in a row; $helpdesk is how to reach the helpdesk.
notice-authenticator-blocked-detail = { $n ->
    [one] Nach { $n } falschen Authenticator-Code funktioniert Ihre Authenticator-App nicht mehr zum Zurücksetzen des Kennworts oder zum Entsperren. Verwenden Sie stattdessen einen Code per E-Mail (damit wird auch die App wieder freigegeben), oder wenden Sie sich an { $helpdesk }. Wenn Sie diesen Code nicht eingegeben haben, hat es jemand anderes getan: Informieren Sie { $helpdesk }.
   *[other] Nach { $n } falschen Authenticator-Codes in Folge funktioniert Ihre Authenticator-App nicht mehr zum Zurücksetzen des Kennworts oder zum Entsperren. Verwenden Sie stattdessen einen Code per E-Mail (damit wird auch die App wieder freigegeben), oder wenden Sie sich an { $helpdesk }. Wenn Sie diese Codes nicht eingegeben haben, hat es jemand anderes getan: Informieren Sie { $helpdesk }.
}
# To a helpdesk admin, about the authenticator of their helpdesk console account.
notice-console-authenticator-blocked-detail = { $n ->
    [one] Nach { $n } falschen Authenticator-Code ist Ihr Authenticator für die Helpdesk-Konsole blockiert. Ein anderer Helpdesk-Administrator kann ihn auf Ihrer Benutzerseite freigeben. Wenn Sie diesen Code nicht eingegeben haben, hat es jemand anderes getan.
   *[other] Nach { $n } falschen Authenticator-Codes in Folge ist Ihr Authenticator für die Helpdesk-Konsole blockiert. Ein anderer Helpdesk-Administrator kann ihn auf Ihrer Benutzerseite freigeben. Wenn Sie diese Codes nicht eingegeben haben, hat es jemand anderes getan.
}

## What a helpdesk admin did. $admin is the admin's display name.

notice-helpdesk-reset-headline = Ihr Kennwort wurde vom Helpdesk zurückgesetzt
notice-helpdesk-reset-detail = { $admin } hat Ihr Kennwort zurückgesetzt.
notice-helpdesk-reset-must-change-detail = { $admin } hat Ihr Kennwort zurückgesetzt; bei der Anmeldung werden Sie aufgefordert, ein neues zu wählen.
notice-helpdesk-unlock-headline = Ihr Konto wurde vom Helpdesk entsperrt
notice-helpdesk-unlock-detail = { $admin } hat Ihr Konto entsperrt. Ihr Kennwort hat sich nicht geändert.
notice-helpdesk-cleared-headline = Ihre Methoden zur Kennwortzurücksetzung wurden gelöscht
notice-helpdesk-cleared-detail = { $admin } hat Ihre registrierten Überprüfungsmethoden gelöscht. Registrieren Sie sich im Kennwortdienst erneut.
notice-helpdesk-unblocked-headline = Ihr Authenticator wurde freigegeben
notice-helpdesk-unblocked-detail = { $admin } hat Ihren Authenticator freigegeben: Er funktioniert wieder.
# A helpdesk notice's detail followed by the admin's note on how they verified the caller
# ($note, in the admin's own words).
notice-with-note = { $detail } ({ $note })

## To the other helpdesk admins.

# $admin is the account name of the admin who enrolled.
notice-admin-enrolled-headline = { $admin } hat einen Helpdesk-Authenticator eingerichtet
# $name is that admin's display name.
notice-admin-enrolled-detail = { $name } hat den Authenticator eingerichtet, der das eigene Konto für die Helpdesk-Konsole schützt.
# $admin is the account name of the admin who added a passkey.
notice-admin-passkey-headline = { $admin } hat einen Passkey für die Helpdesk-Anmeldung hinzugefügt
# $name is that admin's display name.
notice-admin-passkey-detail = { $name } hat einen Passkey hinzugefügt, mit dem die Anmeldung am eigenen Konto für die Helpdesk-Konsole statt mit der Authenticator-App möglich ist.
# $admin is the account name of the admin who acted.
notice-privileged-headline = Ein privilegiertes Konto wurde von { $admin } geändert
# $admin is the display name of the admin who acted, $account the privileged account's name,
# $action what they did. The part after the colon repeats, in lower case, the headline the
# account's owner got.
notice-privileged-detail = { $action ->
    [reset] { $admin } hat eine Aktion für { $account } ausgeführt, ein Helpdesk- oder Verzeichnisadministratorkonto: Ihr Kennwort wurde vom Helpdesk zurückgesetzt
    [unlock] { $admin } hat eine Aktion für { $account } ausgeführt, ein Helpdesk- oder Verzeichnisadministratorkonto: Ihr Konto wurde vom Helpdesk entsperrt
    [cleared] { $admin } hat eine Aktion für { $account } ausgeführt, ein Helpdesk- oder Verzeichnisadministratorkonto: Ihre Methoden zur Kennwortzurücksetzung wurden gelöscht
   *[unblocked] { $admin } hat eine Aktion für { $account } ausgeführt, ein Helpdesk- oder Verzeichnisadministratorkonto: Ihr Authenticator wurde freigegeben
}

## Password-expiry reminders: mailed a set number of days before the account's password
## expires (the days come from the configuration, typically 14, 7, 3 and 1).

# Subject. $days is the whole number of days left (0: less than a day).
mail-reminder-subject = { $days ->
    [0] { $org }: Ihr Kennwort läuft innerhalb eines Tages ab
    [one] { $org }: Ihr Kennwort läuft morgen ab
   *[other] { $org }: Ihr Kennwort läuft in { $days } Tagen ab
}
mail-reminder-headline = { $days ->
    [0] Ihr Kennwort läuft innerhalb eines Tages ab.
    [one] Ihr Kennwort läuft in { $days } Tag ab.
   *[other] Ihr Kennwort läuft in { $days } Tagen ab.
}
# $when is the date and time it expires, in the reader's layout.
mail-reminder-detail = Ab { $when } funktioniert es nicht mehr. Danach können Sie sich damit nicht mehr anmelden, bis es zurückgesetzt wird.
# Above the link to the change page.
mail-reminder-change = Wählen Sie jetzt ein neues, von jedem Gerät aus, mit Ihrem aktuellen Kennwort:
# Above the link to the registration page; only for people who have not registered a way to prove who they are.
mail-reminder-register = Sie haben noch keine Möglichkeit eingerichtet, Ihr Kennwort selbst zurückzusetzen, falls Sie es einmal vergessen. Das dauert nur eine Minute:
mail-reminder-windows = An einem Windows-Computer Ihrer Organisation können Sie auch Strg+Alt+Entf drücken und „Kennwort ändern“ wählen.
# $helpdesk is how to reach the helpdesk.
mail-reminder-never-asks = Wir fragen Sie niemals per E-Mail nach Ihrem Kennwort. Wenn Sie nicht sicher sind, ob diese Nachricht echt ist, geben Sie die Adresse des Kennwortdienstes selbst ein oder wenden Sie sich an { $helpdesk }.
