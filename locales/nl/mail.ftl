# Every mail the portal sends: one-time codes, notices that something happened to an account,
# and "self-service could not help" mails. Plain text and HTML parts use the same messages.
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words. Mail is read on phones and in plain-text clients: no markup in these messages.

## Parts every mail shares

# First line of every mail. $name is the person's display name.
mail-greeting = Hallo { $name },

## One-time code mails

# Subject. Never contains the code itself: subjects show on locked phone screens.
mail-code-subject = Je verificatiecode voor { $org }
# Title of the HTML part (shown by some mail clients in the tab or window).
mail-code-title = Verificatiecode voor { $org }
# The line above the code. $purpose says what the code is for; $admin (helpdesk-caller
# only) is the helpdesk admin who asked for the code.
mail-code-intro = { $purpose ->
    [reset] Je verificatiecode van { $org } om je wachtwoord opnieuw in te stellen is:
    [unlock] Je verificatiecode van { $org } om je account te ontgrendelen is:
    [change-methods] Je verificatiecode van { $org } om je verificatiemethoden te wijzigen is:
    [confirm-address] Je verificatiecode van { $org } om dit adres te bevestigen voor wachtwoordherstel is:
    [console-authenticator] Je verificatiecode van { $org } om je authenticator voor de helpdeskconsole in te stellen is:
   *[helpdesk-caller] Je verificatiecode van { $org } om aan de helpdesk te bewijzen wie je bent ({ $admin } vraagt erom). Lees deze code aan hen voor:
}
mail-code-expiry = { $minutes ->
    [one] Typ de code op de pagina waar je erom hebt gevraagd. De code werkt één keer en verloopt over { $minutes } minuut.
   *[other] Typ de code op de pagina waar je erom hebt gevraagd. De code werkt één keer en verloopt over { $minutes } minuten.
}
mail-code-ignore = Heb je niet om deze code gevraagd? Dan kun je deze e-mail negeren. Niemand kan de code gebruiken zonder ook op die pagina te zijn, en er is niets aan je account gewijzigd.

## Notices (and "could not help" mails)

# Subject of a notice. $headline is one of the notice-*-headline messages.
mail-notice-subject = { $org }: { $headline }
# The headline as the first sentence of the mail's body.
mail-notice-headline = { $headline }.
# $when is a date and time in the reader's layout (format-datetime).
mail-notice-when = Wanneer: { $when }
# $address is the IP address the request came from.
mail-notice-from = Vanaf: { $address }
# Shown as the address when it is not known.
mail-notice-from-unknown = onbekend
mail-notice-was-you = Was jij dit? Dan hoef je verder niets te doen.
# $helpdesk is how to reach the helpdesk (a name, phone number or address).
mail-notice-not-you = Was jij dit niet? Neem dan meteen contact op met { $helpdesk }: iemand heeft mogelijk toegang tot je account.
# Last line; $url is the portal's address (a link in the HTML part).
mail-notice-footer = Wachtwoordservice van { $org }: { $url }

## "Self-service could not help" mails: someone asked to reset or unlock this account, and
## self-service cannot do it. Sent to the account's own mailbox, never shown on the page.

mail-cannot-help-headline = Selfservice voor wachtwoordherstel kon je niet helpen
mail-cannot-help-not-enabled = Selfservice voor wachtwoordherstel is niet ingeschakeld voor je account. Neem contact op met { $helpdesk } om je wachtwoord opnieuw in te stellen of je account te ontgrendelen.
mail-cannot-help-disabled = Je account is uitgeschakeld, dus het wachtwoord kan hier niet opnieuw worden ingesteld. Neem contact op met { $helpdesk }.
mail-cannot-help-privileged = Je account is een bevoorrecht account (een beheerders- of helpdeskaccount), en selfservice stelt zulke accounts niet opnieuw in en ontgrendelt ze niet. Neem contact op met { $helpdesk } of met een directorybeheerder.
# $purpose is what the person asked to do; $needed how many methods must be registered;
# $url the registration page.
mail-cannot-help-too-few-methods = { $purpose ->
    [reset] Je hebt gevraagd om je wachtwoord opnieuw in te stellen, maar je hebt niet genoeg verificatiemethoden geregistreerd ({ $needed } nodig). Registreer je op { $url } zolang je je wachtwoord nog weet. Ben je nu buitengesloten? Neem dan contact op met { $helpdesk }.
    [unlock] Je hebt gevraagd om je account te ontgrendelen, maar je hebt niet genoeg verificatiemethoden geregistreerd ({ $needed } nodig). Registreer je op { $url } zolang je je wachtwoord nog weet. Ben je nu buitengesloten? Neem dan contact op met { $helpdesk }.
   *[other] Je hebt gevraagd om je verificatiemethoden te wijzigen, maar je hebt niet genoeg verificatiemethoden geregistreerd ({ $needed } nodig). Registreer je op { $url } zolang je je wachtwoord nog weet. Ben je nu buitengesloten? Neem dan contact op met { $helpdesk }.
}

## Notices: each has a headline (also the subject, after the organisation's name) and a
## detail sentence.

notice-reset-headline = Je wachtwoord is opnieuw ingesteld
notice-reset-detail = Je wachtwoord is opnieuw ingesteld via selfservice voor wachtwoordherstel, na verificatie met je geregistreerde methoden.

notice-unlock-headline = Je account is ontgrendeld
notice-unlock-detail = Je account is ontgrendeld via selfservice, na verificatie met je geregistreerde methoden. Je wachtwoord is niet gewijzigd.

notice-changed-headline = Je wachtwoord is gewijzigd
notice-changed-detail = Je wachtwoord is gewijzigd via de wachtwoordservice.
# Sent when the service restarted while changing the password: the change went through.
notice-changed-unconfirmed-detail = Je wachtwoord is gewijzigd via de wachtwoordservice, ook al heb je de pagina die dat meldde misschien niet te zien gekregen.

notice-methods-headline = Je methoden voor wachtwoordherstel zijn gewijzigd
notice-methods-added-email = Je registratie voor selfservice voor wachtwoordherstel is gewijzigd: er is een alternatief e-mailadres geregistreerd.
notice-methods-added-authenticator = Je registratie voor selfservice voor wachtwoordherstel is gewijzigd: er is een authenticator-app geregistreerd.
notice-methods-removed-email = Je registratie voor selfservice voor wachtwoordherstel is gewijzigd: de e-mailcode is verwijderd.
notice-methods-removed-authenticator = Je registratie voor selfservice voor wachtwoordherstel is gewijzigd: de authenticator-app is verwijderd.
notice-methods-added-passkey = Je registratie voor selfservice voor wachtwoordherstel is gewijzigd: er is een toegangssleutel geregistreerd.
notice-methods-removed-passkey = Je registratie voor selfservice voor wachtwoordherstel is gewijzigd: er is een toegangssleutel verwijderd.

# To the account's own mailbox, when someone keeps typing wrong passwords for it.
notice-guessing-headline = Iemand probeert je wachtwoord te raden
notice-guessing-detail = Na herhaalde onjuiste wachtwoorden is de wachtwoordservice een tijdje gestopt met het controleren van wachtwoorden voor je account, zodat je account niet wordt vergrendeld. Was jij dit niet? Laat het je helpdesk weten. Ben je je wachtwoord vergeten? Stel het dan opnieuw in met je geregistreerde methoden.

notice-authenticator-blocked-headline = Je authenticator is geblokkeerd
# $n wrong codes in a row; $helpdesk is how to reach the helpdesk.
notice-authenticator-blocked-detail = { $n ->
    [one] Na { $n } onjuiste authenticatorcode achter elkaar werkt je authenticator-app niet meer voor wachtwoordherstel of ontgrendelen. Gebruik in plaats daarvan een code per e-mail (daarmee wordt de app ook gedeblokkeerd), of neem contact op met { $helpdesk }. Heb je deze code niet zelf geprobeerd? Dan heeft iemand anders dat gedaan: laat het { $helpdesk } weten.
   *[other] Na { $n } onjuiste authenticatorcodes achter elkaar werkt je authenticator-app niet meer voor wachtwoordherstel of ontgrendelen. Gebruik in plaats daarvan een code per e-mail (daarmee wordt de app ook gedeblokkeerd), of neem contact op met { $helpdesk }. Heb je deze codes niet zelf geprobeerd? Dan heeft iemand anders dat gedaan: laat het { $helpdesk } weten.
}
# To a helpdesk admin, about the authenticator of their helpdesk console account.
notice-console-authenticator-blocked-detail = { $n ->
    [one] Na { $n } onjuiste authenticatorcode achter elkaar is je authenticator voor de helpdeskconsole geblokkeerd. Een andere helpdeskbeheerder kan hem deblokkeren via je gebruikerspagina. Heb je deze code niet zelf geprobeerd? Dan heeft iemand anders dat gedaan.
   *[other] Na { $n } onjuiste authenticatorcodes achter elkaar is je authenticator voor de helpdeskconsole geblokkeerd. Een andere helpdeskbeheerder kan hem deblokkeren via je gebruikerspagina. Heb je deze codes niet zelf geprobeerd? Dan heeft iemand anders dat gedaan.
}

## What a helpdesk admin did. $admin is the admin's display name.

notice-helpdesk-reset-headline = Je wachtwoord is opnieuw ingesteld door de helpdesk
notice-helpdesk-reset-detail = { $admin } heeft je wachtwoord opnieuw ingesteld.
notice-helpdesk-reset-must-change-detail = { $admin } heeft je wachtwoord opnieuw ingesteld; bij het aanmelden wordt je gevraagd een nieuw wachtwoord te kiezen.
notice-helpdesk-unlock-headline = Je account is ontgrendeld door de helpdesk
notice-helpdesk-unlock-detail = { $admin } heeft je account ontgrendeld. Je wachtwoord is niet gewijzigd.
notice-helpdesk-cleared-headline = Je methoden voor wachtwoordherstel zijn gewist
notice-helpdesk-cleared-detail = { $admin } heeft je geregistreerde verificatiemethoden gewist. Registreer je opnieuw bij de wachtwoordservice.
notice-helpdesk-unblocked-headline = Je authenticator is gedeblokkeerd
notice-helpdesk-unblocked-detail = { $admin } heeft je authenticator gedeblokkeerd: hij werkt weer.
# A helpdesk notice's detail followed by the admin's note on how they verified the caller
# ($note, in the admin's own words).
notice-with-note = { $detail } ({ $note })

## To the other helpdesk admins.

# $admin is the account name of the admin who enrolled.
notice-admin-enrolled-headline = { $admin } heeft een helpdeskauthenticator ingesteld
# $name is that admin's display name.
notice-admin-enrolled-detail = { $name } heeft de authenticator ingesteld die het eigen account voor de helpdeskconsole beveiligt.
# $admin is the account name of the admin who added a passkey.
notice-admin-passkey-headline = { $admin } heeft een toegangssleutel toegevoegd voor aanmelden bij de helpdesk
# $name is that admin's display name.
notice-admin-passkey-detail = { $name } heeft een toegangssleutel toegevoegd waarmee in plaats van de authenticator-app kan worden aangemeld bij het eigen account voor de helpdeskconsole.
# $admin is the account name of the admin who acted.
notice-privileged-headline = Een bevoorrecht account is gewijzigd door { $admin }
# $admin is the display name of the admin who acted, $account the privileged account's name,
# $action what they did. The part after the colon repeats, in lower case, the headline the
# account's owner got.
notice-privileged-detail = { $action ->
    [reset] { $admin } heeft een actie uitgevoerd op { $account }, een helpdesk- of directorybeheerdersaccount: je wachtwoord is opnieuw ingesteld door de helpdesk
    [unlock] { $admin } heeft een actie uitgevoerd op { $account }, een helpdesk- of directorybeheerdersaccount: je account is ontgrendeld door de helpdesk
    [cleared] { $admin } heeft een actie uitgevoerd op { $account }, een helpdesk- of directorybeheerdersaccount: je methoden voor wachtwoordherstel zijn gewist
   *[unblocked] { $admin } heeft een actie uitgevoerd op { $account }, een helpdesk- of directorybeheerdersaccount: je authenticator is gedeblokkeerd
}

## Password-expiry reminders: mailed a set number of days before the account's password
## expires (the days come from the configuration, typically 14, 7, 3 and 1).

# Subject. $days is the whole number of days left (0: less than a day).
mail-reminder-subject = { $days ->
    [0] { $org }: je wachtwoord verloopt binnen een dag
    [one] { $org }: je wachtwoord verloopt morgen
   *[other] { $org }: je wachtwoord verloopt over { $days } dagen
}
mail-reminder-headline = { $days ->
    [0] Je wachtwoord verloopt binnen een dag.
    [one] Je wachtwoord verloopt over { $days } dag.
   *[other] Je wachtwoord verloopt over { $days } dagen.
}
# $when is the date and time it expires, in the reader's layout.
mail-reminder-detail = Vanaf { $when } werkt het niet meer. Daarna kun je je er niet meer mee aanmelden totdat het opnieuw is ingesteld.
# Above the link to the change page.
mail-reminder-change = Kies nu een nieuw wachtwoord, vanaf elk apparaat, met je huidige wachtwoord:
# Above the link to the registration page; only for people who have not registered a way to prove who they are.
mail-reminder-register = Je hebt nog geen manier ingesteld om je wachtwoord zelf opnieuw in te stellen als je het ooit vergeet. Dat kost maar een minuut:
mail-reminder-windows = Op een Windows-computer van je organisatie kun je ook op Ctrl+Alt+Del drukken en "Een wachtwoord wijzigen" kiezen.
# $helpdesk is how to reach the helpdesk.
mail-reminder-never-asks = We vragen nooit per e-mail om je wachtwoord. Twijfel je of dit bericht echt is? Typ dan zelf het adres van de wachtwoordservice, of neem contact op met { $helpdesk }.
