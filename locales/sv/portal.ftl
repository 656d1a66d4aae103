# The self-service pages: reset a forgotten password, unlock an account, and register the
# methods (an email address, an authenticator app) that prove who someone is.
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words. { $helpdesk } is how to reach the helpdesk, as the operator wrote it (a phone
# number, an address or a web page).

## Reset, unlock: the steps

# The last step of the progress indicator (after "Identify" and "Verify").
reset-step-last = Nytt lösenord
unlock-step-last = Lås upp
# The last step when a signed-in person proves a method before changing their methods.
register-step-last = Ändra metoder

reset-title = Återställ ditt lösenord
reset-lead = Har du glömt ditt lösenord? Bevisa att det är du och välj ett nytt.
unlock-title = Lås upp ditt konto
unlock-lead = Utelåst efter för många försök? Bevisa att det är du så låser vi upp ditt konto. Ditt lösenord förblir detsamma.
# Shown to a signed-in person who must prove one of their methods before changing them.
register-prove-title = Bevisa att det är du
register-prove-lead = Bekräfta en av dina registrerade metoder för att kunna ändra dem.

recover-username-label = Användarnamn eller e-postadress
recover-username-hint = Till exempel jsmith, jsmith@example.com eller EXAMPLE\jsmith
recover-continue = Fortsätt
# The link on the "Your session has ended" page.
recover-start-again = Börja om

unlock-not-offered-title = Upplåsning erbjuds inte här
unlock-not-offered-message = Den här lösenordstjänsten låser inte upp konton.
unlock-not-offered-next = Återställ ditt lösenord i stället (det låser också upp kontot), eller kontakta { $helpdesk }.
# The button on the "Unlocking is not offered here" page.
unlock-not-offered-link = Återställ ditt lösenord

## Verify: the code step

verify-title = Bevisa att det är du
# The title after one method was proved, when a second one is needed.
verify-title-second = En kontroll till
verify-first-passed = Den första kontrollen är klar.
verify-email-lead = Om det här kontot kan använda självbetjäning har vi skickat en kod till dess registrerade e-postadress. Det kan ta en minut innan den kommer fram.
verify-totp-lead = Öppna autentiseringsappen som du registrerade och skriv den 6-siffriga kod som visas just nu.
verify-email-label = Kod från e-postmeddelandet
verify-totp-label = Kod från din app
verify-submit = Verifiera
verify-resend = Skicka en ny kod
verify-use-email = Använd en kod som skickas via e-post i stället
verify-use-totp = Använd din autentiseringsapp i stället
verify-no-method = Ingen e-post och ingen app? Du kanske inte har registrerat dig för självbetjäning: kontakta { $helpdesk }.
verify-wrong = { $left ->
    [one] Koden är fel. Du har { $left } försök kvar.
   *[other] Koden är fel. Du har { $left } försök kvar.
}
verify-expired = Koden har upphört att gälla. Skicka en ny och använd den inom 10 minuter.
verify-replayed = Koden har redan använts. Vänta tills appen visar nästa kod och ange den.
verify-resent = Om det här kontot har en registrerad e-postadress är en ny kod på väg. Bara den senaste koden fungerar.

## Reset: the new password

reset-password-title = Välj ett nytt lösenord
reset-password-lead = Du har bevisat att det är du. Välj ett lösenord som du inte har använt tidigare.
reset-new-password = Nytt lösenord
reset-confirm-password = Skriv det igen
# Followed by a word the page's script fills in (weak, fair, strong...).
reset-strength = Styrka:
reset-set-password = Ange nytt lösenord
reset-mismatch = De två lösenorden matchar inte. Skriv samma lösenord i båda rutorna.

## Reset, unlock: the result

reset-done-title = Ditt lösenord har återställts
reset-done-message = Ditt nya lösenord fungerar nu, och ditt konto är upplåst om det var låst.
reset-done-next = Logga in med ditt nya lösenord. Vi har skickat ett e-postmeddelande till dig om ändringen.
unlock-done-title = Ditt konto är upplåst
unlock-done-message = Du kan logga in igen med ditt nuvarande lösenord.
unlock-done-next = Om du inte kommer ihåg ditt lösenord kan du återställa det i stället.
register-verified-title = Verifierad
register-verified-message = Du har bekräftat en av dina metoder.
register-verified-next = Du kan ändra dina metoder nu.
recover-disabled-title = Det här kontot är inaktiverat
recover-disabled-message = Ett inaktiverat konto kan inte återställas eller låsas upp här.
recover-disabled-next = Kontakta { $helpdesk }.
recover-refused-title = Vi kan inte göra det här
recover-refused-message = Det här kontot kan inte ändras via självbetjäning.
recover-refused-next = Kontakta { $helpdesk }; de kan hjälpa dig direkt.

## Register: signing in

register-signin-title = Konfigurera självbetjäning
register-signin-lead = Logga in med ditt nuvarande lösenord för att registrera en e-postadress eller en autentiseringsapp. Du använder dem för att bevisa att det är du om du någon gång glömmer ditt lösenord.
register-username-label = Användarnamn eller e-postadress
register-password-label = Lösenord
register-signin = Logga in
# The link back to the sign-in page when a registration visit has to start over.
register-sign-in-again = Logga in igen
register-unavailable-title = Registrering är inte tillgänglig
register-unavailable-privileged = Självbetjäning för återställning av lösenord är inte tillgänglig för privilegierade konton (administratörer och helpdeskpersonal).
register-unavailable-not-enabled = Självbetjäning för återställning av lösenord är inte aktiverad för ditt konto.
register-unavailable-next = Kontakta { $helpdesk } om du behöver hjälp med ditt lösenord.

## Register: the methods page

# The names of the verification methods.
method-email = E-postkod
method-totp = Autentiseringsapp

register-title = Dina verifieringsmetoder
# { $name } is the signed-in person's name; { $required } how many methods a reset needs
# (the [1] variant is for exactly one, the other for any other number).
register-lead = { $required ->
    [1] Inloggad som { $name }. En metod räcker för att återställa ditt lösenord; två är bättre.
   *[other] Inloggad som { $name }. Du behöver två metoder för att återställa ditt lösenord.
}
register-none = Du har inga metoder ännu: lägg till en nu så att du kan hjälpa dig själv senare.
# { $date } is the day the method was registered.
register-added = Tillagd { $date }
register-remove = Ta bort
register-locked = Om du vill lägga till, ersätta eller ta bort en metod måste du först bekräfta en som du redan har. Bara ett lösenord räcker inte för att ändra dem.
register-prove = Verifiera att det är du
register-change-email = Ändra din e-postadress
register-add-email = Lägg till en e-postadress
register-email-hint = Använd en privat adress som du kan läsa när du inte kan logga in på jobbet, inte din jobbrevlåda.
register-email-label = E-postadress
register-send-code = Skicka en bekräftelsekod
register-replace-totp = Ersätt din autentiseringsapp
register-add-totp = Lägg till en autentiseringsapp
register-totp-hint = Microsoft Authenticator, Google Authenticator, 1Password med flera fungerar.
register-set-up-totp = Konfigurera en autentiseringsapp
register-sign-out = Logga ut

# One-line notices at the top of the methods page, after a step.
register-notice-stepped-up = Verifierad. Du kan ändra dina metoder nu.
register-notice-email = Din e-postadress är registrerad.
register-notice-totp = Din autentiseringsapp är registrerad.
register-notice-removed-email = E-postkoden har tagits bort.
register-notice-removed-totp = Autentiseringsappen har tagits bort.

## Register: confirming an email address

register-email-title = Bekräfta din e-postadress
# { $address } is the address, partly hidden (al***@ex***.com).
register-email-lead = Vi har skickat en kod till { $address }. Skriv den här för att slutföra.
register-code-from-email = Kod från e-postmeddelandet
register-confirm = Bekräfta
register-back = Tillbaka
register-email-wrong = Koden är fel eller har upphört att gälla. Kontrollera det senaste e-postmeddelandet, eller gå tillbaka och skicka en ny kod.

## Register: setting up an authenticator app

register-totp-title = Konfigurera din autentiseringsapp
register-totp-lead = Lägg till ett konto i appen och skanna den här koden. Kan du inte skanna? Skriv nyckeln nedan i stället.
# Followed by the secret key, for typing into the app by hand.
register-totp-key = Nyckel:
register-totp-code-label = Den 6-siffriga kod som appen visar
register-totp-wrong = Koden är fel. Kontrollera klockan i appen och skriv den kod som visas just nu.

## Passkeys

method-passkey = Nyckel
verify-use-passkey = Använd en nyckel i stället
verify-passkey-lead = Använd en nyckel som du har registrerat för det här kontot: på den här enheten, på din telefon eller på en säkerhetsnyckel.
verify-passkey-start = Använd en nyckel
verify-passkey-title = Använd din nyckel
verify-passkey-go = Fortsätt med nyckel
verify-passkey-wrong = { $left ->
    [one] Nyckeln bevisade inte att det är du. Du har { $left } försök kvar.
   *[other] Nyckeln bevisade inte att det är du. Du har { $left } försök kvar.
}
verify-passkey-expired = Nyckelbegäran har upphört att gälla. Välj ”Använd en nyckel” för att börja om.
verify-passkey-replayed = Nyckelsvaret har redan använts. Välj ”Använd en nyckel” för att börja om.
passkey-back-to-methods = Använd en annan metod
passkey-failed = Webbläsaren gav ingen nyckel: begäran avbröts eller tog för lång tid, eller så har den här enheten ingen nyckel för den här webbplatsen. Försök igen, eller använd en annan metod.
passkey-unsupported = Den här webbläsaren kan inte använda nycklar. Använd en annan metod eller en annan webbläsare.
passkey-needs-script = Nycklar kräver JavaScript, som är avstängt i den här webbläsaren. Använd en annan metod, eller aktivera JavaScript.
passkey-none = Webbläsaren gav ingen nyckel. Försök igen, eller använd en annan metod.
passkey-bad = Webbläsarens svar kunde inte läsas. Försök igen.
register-passkeys = Dina nycklar
register-passkey-used = senast använd { $date }
register-passkey-never-used = inte använd ännu
register-add-passkey = Lägg till en nyckel
register-passkey-hint = En nyckel bevisar att det är du med enhetens skärmlås (fingeravtryck, ansikte eller pinkod). Du behöver inte skriva något, och en falsk webbplats kan inte använda den.
register-passkey-name-label = Ett namn på nyckeln, till exempel ”Jobbdator”
register-passkey-add = Lägg till en nyckel
register-passkey-name-empty = Ge nyckeln ett namn, så att du kan skilja dina nycklar åt senare.
register-passkey-name-bad = Använd ett namn på högst 64 tecken.
register-passkey-too-many = { $n ->
    [one] Du har { $n } nyckel, det högsta antal ett konto får ha. Ta bort den först.
   *[other] Du har { $n } nycklar, det högsta antal ett konto får ha. Ta bort en först.
}
register-passkey-title = Skapa din nyckel
register-passkey-lead = Webbläsaren ber dig att skapa en nyckel med namnet ”{ $name }” och bekräfta med skärmlåset.
register-passkey-go = Skapa nyckel
register-passkey-failed = Nyckeln registrerades inte: webbläsarens svar matchade inte den här begäran. Försök att lägga till den igen.
register-passkey-already = Nyckeln är redan registrerad.
register-notice-passkey = Din nyckel är registrerad.
register-notice-removed-passkey = Nyckeln har tagits bort.
