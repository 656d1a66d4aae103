# The self-service pages: reset a forgotten password, unlock an account, and register the
# methods (an email address, an authenticator app) that prove who someone is.
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words. { $helpdesk } is how to reach the helpdesk, as the operator wrote it (a phone
# number, an address or a web page).

## Reset, unlock: the steps

# The last step of the progress indicator (after "Identify" and "Verify").
reset-step-last = Nieuw wachtwoord
unlock-step-last = Ontgrendelen
# The last step when a signed-in person proves a method before changing their methods.
register-step-last = Methoden wijzigen

reset-title = Je wachtwoord opnieuw instellen
reset-lead = Wachtwoord vergeten? Bewijs dat jij het bent en kies een nieuw wachtwoord.
unlock-title = Je account ontgrendelen
unlock-lead = Buitengesloten na te veel pogingen? Bewijs dat jij het bent, dan ontgrendelen we je account. Je wachtwoord blijft hetzelfde.
# Shown to a signed-in person who must prove one of their methods before changing them.
register-prove-title = Bewijs dat jij het bent
register-prove-lead = Bevestig een van je geregistreerde methoden om ze te kunnen wijzigen.

recover-username-label = Gebruikersnaam of e-mailadres
recover-username-hint = Bijvoorbeeld jsmith, jsmith@example.com of EXAMPLE\jsmith
recover-continue = Doorgaan
# The link on the "Your session has ended" page.
recover-start-again = Opnieuw beginnen

unlock-not-offered-title = Ontgrendelen is hier niet mogelijk
unlock-not-offered-message = Deze wachtwoordservice ontgrendelt geen accounts.
unlock-not-offered-next = Stel in plaats daarvan je wachtwoord opnieuw in (daarmee wordt het account ook ontgrendeld), of neem contact op met { $helpdesk }.
# The button on the "Unlocking is not offered here" page.
unlock-not-offered-link = Je wachtwoord opnieuw instellen

## Verify: the code step

verify-title = Bewijs dat jij het bent
# The title after one method was proved, when a second one is needed.
verify-title-second = Nog één controle
verify-first-passed = Eerste controle geslaagd.
verify-email-lead = Als dit account selfservice kan gebruiken, hebben we een code naar het geregistreerde e-mailadres gestuurd. Het kan een minuut duren voordat die aankomt.
verify-totp-lead = Open de authenticator-app die je hebt geregistreerd en typ de 6-cijferige code die de app nu toont.
verify-email-label = Code uit de e-mail
verify-totp-label = Code uit je app
verify-submit = Verifiëren
verify-resend = Een nieuwe code sturen
verify-use-email = In plaats daarvan een code per e-mail gebruiken
verify-use-totp = In plaats daarvan je authenticator-app gebruiken
verify-no-method = Geen e-mail en geen app? Misschien heb je je niet geregistreerd voor selfservice: neem contact op met { $helpdesk }.
verify-wrong = { $left ->
    [one] Die code klopt niet. Je hebt nog { $left } poging.
   *[other] Die code klopt niet. Je hebt nog { $left } pogingen.
}
verify-expired = Die code is verlopen. Vraag een nieuwe aan en gebruik die binnen 10 minuten.
verify-replayed = Die code is al gebruikt. Wacht tot je app de volgende code toont en voer die in.
verify-resent = Als dit account een geregistreerd e-mailadres heeft, is er een nieuwe code onderweg. Alleen de nieuwste code werkt.

## Reset: the new password

reset-password-title = Kies een nieuw wachtwoord
reset-password-lead = Je hebt bewezen dat jij het bent. Kies een wachtwoord dat je nog niet eerder hebt gebruikt.
reset-new-password = Nieuw wachtwoord
reset-confirm-password = Typ het nog een keer
# Followed by a word the page's script fills in (weak, fair, strong...).
reset-strength = Sterkte:
reset-set-password = Nieuw wachtwoord instellen
reset-mismatch = De twee wachtwoorden komen niet overeen. Typ in beide vakken hetzelfde wachtwoord.

## Reset, unlock: the result

reset-done-title = Je wachtwoord is opnieuw ingesteld
reset-done-message = Je nieuwe wachtwoord werkt nu, en je account is ontgrendeld als het vergrendeld was.
reset-done-next = Meld je aan met je nieuwe wachtwoord. We hebben je een e-mail over deze wijziging gestuurd.
unlock-done-title = Je account is ontgrendeld
unlock-done-message = Je kunt je weer aanmelden met je huidige wachtwoord.
unlock-done-next = Weet je je wachtwoord niet meer? Stel het dan opnieuw in.
register-verified-title = Geverifieerd
register-verified-message = Je hebt een van je methoden bevestigd.
register-verified-next = Je kunt je methoden nu wijzigen.
recover-disabled-title = Dit account is uitgeschakeld
recover-disabled-message = Een uitgeschakeld account kan hier niet opnieuw worden ingesteld of ontgrendeld.
recover-disabled-next = Neem contact op met { $helpdesk }.
recover-refused-title = Dit kan hier niet
recover-refused-message = Dit account kan niet via selfservice worden gewijzigd.
recover-refused-next = Neem contact op met { $helpdesk }; zij kunnen je meteen helpen.

## Register: signing in

register-signin-title = Selfservice instellen
register-signin-lead = Meld je aan met je huidige wachtwoord om een e-mailadres of authenticator-app te registreren. Daarmee bewijs je wie je bent als je ooit je wachtwoord vergeet.
register-username-label = Gebruikersnaam of e-mailadres
register-password-label = Wachtwoord
register-signin = Aanmelden
# The link back to the sign-in page when a registration visit has to start over.
register-sign-in-again = Opnieuw aanmelden
register-unavailable-title = Registratie is niet beschikbaar
register-unavailable-privileged = Selfservice voor wachtwoordherstel is niet beschikbaar voor bevoorrechte accounts (beheerders en helpdeskmedewerkers).
register-unavailable-not-enabled = Selfservice voor wachtwoordherstel is niet ingeschakeld voor je account.
register-unavailable-next = Neem contact op met { $helpdesk } voor hulp met je wachtwoord.

## Register: the methods page

# The names of the verification methods.
method-email = E-mailcode
method-totp = Authenticator-app

register-title = Je verificatiemethoden
# { $name } is the signed-in person's name; { $required } how many methods a reset needs
# (the [1] variant is for exactly one, the other for any other number).
register-lead = { $required ->
    [1] Aangemeld als { $name }. Eén methode is genoeg om je wachtwoord opnieuw in te stellen; twee is beter.
   *[other] Aangemeld als { $name }. Je hebt twee methoden nodig om je wachtwoord opnieuw in te stellen.
}
register-none = Je hebt nog geen methoden: voeg er nu een toe, zodat je jezelf later kunt helpen.
# { $date } is the day the method was registered.
register-added = Toegevoegd op { $date }
register-remove = Verwijderen
register-locked = Wil je een methode toevoegen, vervangen of verwijderen? Bevestig dan eerst een methode die je al hebt. Alleen een wachtwoord is niet genoeg om ze te wijzigen.
register-prove = Bevestigen dat jij het bent
register-change-email = Je e-mailadres wijzigen
register-add-email = Een e-mailadres toevoegen
register-email-hint = Gebruik een persoonlijk adres dat je kunt lezen als je je niet bij je werk kunt aanmelden, niet je werkmailbox.
register-email-label = E-mailadres
register-send-code = Een bevestigingscode sturen
register-replace-totp = Je authenticator-app vervangen
register-add-totp = Een authenticator-app toevoegen
register-totp-hint = Microsoft Authenticator, Google Authenticator, 1Password en andere apps werken.
register-set-up-totp = Een authenticator-app instellen
register-sign-out = Afmelden

# One-line notices at the top of the methods page, after a step.
register-notice-stepped-up = Geverifieerd. Je kunt je methoden nu wijzigen.
register-notice-email = Je e-mailadres is geregistreerd.
register-notice-totp = Je authenticator-app is geregistreerd.
register-notice-removed-email = E-mailcode verwijderd.
register-notice-removed-totp = Authenticator-app verwijderd.

## Register: confirming an email address

register-email-title = Je e-mailadres bevestigen
# { $address } is the address, partly hidden (al***@ex***.com).
register-email-lead = We hebben een code gestuurd naar { $address }. Typ die hier om af te ronden.
register-code-from-email = Code uit de e-mail
register-confirm = Bevestigen
register-back = Terug
register-email-wrong = Die code klopt niet of is verlopen. Controleer de nieuwste e-mail, of ga terug en vraag een nieuwe code aan.

## Register: setting up an authenticator app

register-totp-title = Je authenticator-app instellen
register-totp-lead = Voeg in je app een account toe en scan deze code. Lukt scannen niet? Typ dan de sleutel hieronder.
# Followed by the secret key, for typing into the app by hand.
register-totp-key = Sleutel:
register-totp-code-label = De 6-cijferige code die je app toont
register-totp-wrong = Die code klopt niet. Controleer de klok van de app en typ de code die de app nu toont.

## Passkeys

method-passkey = Toegangssleutel
verify-use-passkey = In plaats daarvan een toegangssleutel gebruiken
verify-passkey-lead = Gebruik een toegangssleutel die je voor dit account hebt geregistreerd: op dit apparaat, op je telefoon of op een beveiligingssleutel.
verify-passkey-start = Een toegangssleutel gebruiken
verify-passkey-title = Je toegangssleutel gebruiken
verify-passkey-go = Doorgaan met toegangssleutel
verify-passkey-wrong = { $left ->
    [one] Die toegangssleutel heeft niet bewezen dat jij het bent. Je hebt nog { $left } poging.
   *[other] Die toegangssleutel heeft niet bewezen dat jij het bent. Je hebt nog { $left } pogingen.
}
verify-passkey-expired = Dat verzoek om een toegangssleutel is verlopen. Kies "Een toegangssleutel gebruiken" om opnieuw te beginnen.
verify-passkey-replayed = Dat antwoord van de toegangssleutel is al gebruikt. Kies "Een toegangssleutel gebruiken" om opnieuw te beginnen.
passkey-back-to-methods = Een andere methode gebruiken
passkey-failed = Je browser heeft geen toegangssleutel gegeven: het verzoek is geannuleerd of verlopen, of dit apparaat heeft geen toegangssleutel voor deze site. Probeer het opnieuw, of gebruik een andere methode.
passkey-unsupported = Deze browser kan geen toegangssleutels gebruiken. Gebruik een andere methode of een andere browser.
passkey-needs-script = Toegangssleutels hebben JavaScript nodig, en dat staat uit in deze browser. Gebruik een andere methode, of zet JavaScript aan.
passkey-none = Je browser heeft geen toegangssleutel gegeven. Probeer het opnieuw, of gebruik een andere methode.
passkey-bad = Het antwoord van je browser kon niet worden gelezen. Probeer het opnieuw.
register-passkeys = Je toegangssleutels
register-passkey-used = laatst gebruikt op { $date }
register-passkey-never-used = nog niet gebruikt
register-add-passkey = Een toegangssleutel toevoegen
register-passkey-hint = Een toegangssleutel bewijst dat jij het bent met de schermvergrendeling van je apparaat (vingerafdruk, gezicht of pincode). Je hoeft niets te typen, en een nepsite kan hem niet gebruiken.
register-passkey-name-label = Een naam voor deze toegangssleutel, zoals "Werklaptop"
register-passkey-add = Een toegangssleutel toevoegen
register-passkey-name-empty = Geef de toegangssleutel een naam, zodat je je toegangssleutels later uit elkaar kunt houden.
register-passkey-name-bad = Gebruik een naam van maximaal 64 tekens.
register-passkey-too-many = { $n ->
    [one] Je hebt { $n } toegangssleutel, het maximum voor één account. Verwijder die eerst.
   *[other] Je hebt { $n } toegangssleutels, het maximum voor één account. Verwijder er eerst een.
}
register-passkey-title = Je toegangssleutel maken
register-passkey-lead = Je browser vraagt je om een toegangssleutel met de naam "{ $name }" te maken en die met je schermvergrendeling te bevestigen.
register-passkey-go = Toegangssleutel maken
register-passkey-failed = De toegangssleutel is niet geregistreerd: het antwoord van je browser kwam niet overeen met dit verzoek. Probeer hem opnieuw toe te voegen.
register-passkey-already = Die toegangssleutel is al geregistreerd.
register-notice-passkey = Je toegangssleutel is geregistreerd.
register-notice-removed-passkey = Toegangssleutel verwijderd.
