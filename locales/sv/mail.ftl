# Every mail the portal sends: one-time codes, notices that something happened to an account,
# and "self-service could not help" mails. Plain text and HTML parts use the same messages.
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words. Mail is read on phones and in plain-text clients: no markup in these messages.

## Parts every mail shares

# First line of every mail. $name is the person's display name.
mail-greeting = Hej { $name },

## One-time code mails

# Subject. Never contains the code itself: subjects show on locked phone screens.
mail-code-subject = Din verifieringskod för { $org }
# Title of the HTML part (shown by some mail clients in the tab or window).
mail-code-title = Verifieringskod för { $org }
# The line above the code. $purpose says what the code is for; $admin (helpdesk-caller
# only) is the helpdesk admin who asked for the code.
mail-code-intro = { $purpose ->
    [reset] Din verifieringskod för { $org } för att återställa ditt lösenord är:
    [unlock] Din verifieringskod för { $org } för att låsa upp ditt konto är:
    [change-methods] Din verifieringskod för { $org } för att ändra dina verifieringsmetoder är:
    [confirm-address] Din verifieringskod för { $org } för att bekräfta den här adressen för lösenordsåterställning är:
    [console-authenticator] Din verifieringskod för { $org } för att konfigurera din autentiserare för helpdeskkonsolen är:
   *[helpdesk-caller] Din verifieringskod för { $org } för att bevisa för helpdesk vem du är ({ $admin } frågar). Läs upp den för dem:
}
mail-code-expiry = { $minutes ->
    [one] Skriv den på sidan där du begärde den. Den fungerar en gång och upphör att gälla om { $minutes } minut.
   *[other] Skriv den på sidan där du begärde den. Den fungerar en gång och upphör att gälla om { $minutes } minuter.
}
mail-code-ignore = Om du inte har begärt den här koden kan du ignorera det här e-postmeddelandet. Ingen kan använda den utan att också vara på den sidan, och ingenting har ändrats på ditt konto.

## Notices (and "could not help" mails)

# Subject of a notice. $headline is one of the notice-*-headline messages.
mail-notice-subject = { $org }: { $headline }
# The headline as the first sentence of the mail's body.
mail-notice-headline = { $headline }.
# $when is a date and time in the reader's layout (format-datetime).
mail-notice-when = När: { $when }
# $address is the IP address the request came from.
mail-notice-from = Från: { $address }
# Shown as the address when it is not known.
mail-notice-from-unknown = okänd
mail-notice-was-you = Om det var du behöver du inte göra något mer.
# $helpdesk is how to reach the helpdesk (a name, phone number or address).
mail-notice-not-you = Om det inte var du kontaktar du { $helpdesk } direkt: någon kan ha åtkomst till ditt konto.
# Last line; $url is the portal's address (a link in the HTML part).
mail-notice-footer = Lösenordstjänsten för { $org }: { $url }

## "Self-service could not help" mails: someone asked to reset or unlock this account, and
## self-service cannot do it. Sent to the account's own mailbox, never shown on the page.

mail-cannot-help-headline = Självbetjäningen för återställning av lösenord kunde inte hjälpa
mail-cannot-help-not-enabled = Självbetjäning för återställning av lösenord är inte aktiverad för ditt konto. Kontakta { $helpdesk } för att återställa ditt lösenord eller låsa upp ditt konto.
mail-cannot-help-disabled = Ditt konto är inaktiverat, så dess lösenord kan inte återställas här. Kontakta { $helpdesk }.
mail-cannot-help-privileged = Ditt konto är privilegierat (ett administratörs- eller helpdeskkonto), och självbetjäningen återställer eller låser inte upp sådana konton. Kontakta { $helpdesk } eller en katalogadministratör.
# $purpose is what the person asked to do; $needed how many methods must be registered;
# $url the registration page.
mail-cannot-help-too-few-methods = { $purpose ->
    [reset] Du bad om att återställa ditt lösenord, men du har inte registrerat tillräckligt många verifieringsmetoder ({ $needed } krävs). Registrera dig på { $url } medan du fortfarande kan ditt lösenord. Om du är utelåst nu kontaktar du { $helpdesk }.
    [unlock] Du bad om att låsa upp ditt konto, men du har inte registrerat tillräckligt många verifieringsmetoder ({ $needed } krävs). Registrera dig på { $url } medan du fortfarande kan ditt lösenord. Om du är utelåst nu kontaktar du { $helpdesk }.
   *[other] Du bad om att ändra dina verifieringsmetoder, men du har inte registrerat tillräckligt många verifieringsmetoder ({ $needed } krävs). Registrera dig på { $url } medan du fortfarande kan ditt lösenord. Om du är utelåst nu kontaktar du { $helpdesk }.
}

## Notices: each has a headline (also the subject, after the organisation's name) and a
## detail sentence.

notice-reset-headline = Ditt lösenord har återställts
notice-reset-detail = Ditt lösenord återställdes via självbetjäning för återställning av lösenord, efter verifiering med dina registrerade metoder.

notice-unlock-headline = Ditt konto har låsts upp
notice-unlock-detail = Ditt konto låstes upp via självbetjäning, efter verifiering med dina registrerade metoder. Ditt lösenord ändrades inte.

notice-changed-headline = Ditt lösenord har ändrats
notice-changed-detail = Ditt lösenord ändrades i lösenordstjänsten.
# Sent when the service restarted while changing the password: the change went through.
notice-changed-unconfirmed-detail = Ditt lösenord ändrades i lösenordstjänsten, även om sidan som bekräftade det kanske inte nådde dig.

notice-methods-headline = Dina metoder för lösenordsåterställning har ändrats
notice-methods-added-email = Din registrering för självbetjäning för återställning av lösenord har ändrats: en alternativ e-postadress har registrerats.
notice-methods-added-authenticator = Din registrering för självbetjäning för återställning av lösenord har ändrats: en autentiseringsapp har registrerats.
notice-methods-removed-email = Din registrering för självbetjäning för återställning av lösenord har ändrats: e-postkoden har tagits bort.
notice-methods-removed-authenticator = Din registrering för självbetjäning för återställning av lösenord har ändrats: autentiseringsappen har tagits bort.
notice-methods-added-passkey = Din registrering för självbetjäning för återställning av lösenord har ändrats: en nyckel har registrerats.
notice-methods-removed-passkey = Din registrering för självbetjäning för återställning av lösenord har ändrats: en nyckel har tagits bort.

# To the account's own mailbox, when someone keeps typing wrong passwords for it.
notice-guessing-headline = Någon försöker gissa ditt lösenord
notice-guessing-detail = Lösenordstjänsten slutade kontrollera lösenord för ditt konto en stund efter upprepade felaktiga lösenord, så att ditt konto inte ska bli utelåst. Om det inte var du ska du meddela din helpdesk. Om du har glömt ditt lösenord kan du återställa det med dina registrerade metoder.

notice-authenticator-blocked-headline = Din autentiserare har blockerats
# $n wrong codes in a row; $helpdesk is how to reach the helpdesk.
notice-authenticator-blocked-detail = { $n ->
    [one] Efter { $n } felaktig autentiseringskod i rad fungerar din autentiseringsapp inte längre för återställning av lösenord eller upplåsning. Använd en kod som skickas via e-post i stället (det avblockerar också appen), eller kontakta { $helpdesk }. Om du inte själv provade koden gjorde någon annan det: meddela { $helpdesk }.
   *[other] Efter { $n } felaktiga autentiseringskoder i rad fungerar din autentiseringsapp inte längre för återställning av lösenord eller upplåsning. Använd en kod som skickas via e-post i stället (det avblockerar också appen), eller kontakta { $helpdesk }. Om du inte själv provade koderna gjorde någon annan det: meddela { $helpdesk }.
}
# To a helpdesk admin, about the authenticator of their helpdesk console account.
notice-console-authenticator-blocked-detail = { $n ->
    [one] Efter { $n } felaktig autentiseringskod i rad har din autentiserare för helpdeskkonsolen blockerats. En annan helpdeskadministratör kan avblockera den från din användarsida. Om du inte själv provade koden gjorde någon annan det.
   *[other] Efter { $n } felaktiga autentiseringskoder i rad har din autentiserare för helpdeskkonsolen blockerats. En annan helpdeskadministratör kan avblockera den från din användarsida. Om du inte själv provade koderna gjorde någon annan det.
}

## What a helpdesk admin did. $admin is the admin's display name.

notice-helpdesk-reset-headline = Ditt lösenord har återställts av helpdesk
notice-helpdesk-reset-detail = { $admin } återställde ditt lösenord.
notice-helpdesk-reset-must-change-detail = { $admin } återställde ditt lösenord; du uppmanas att välja ett nytt när du loggar in.
notice-helpdesk-unlock-headline = Ditt konto har låsts upp av helpdesk
notice-helpdesk-unlock-detail = { $admin } låste upp ditt konto. Ditt lösenord ändrades inte.
notice-helpdesk-cleared-headline = Dina metoder för lösenordsåterställning har rensats
notice-helpdesk-cleared-detail = { $admin } rensade dina registrerade verifieringsmetoder. Registrera dig igen i lösenordstjänsten.
notice-helpdesk-unblocked-headline = Din autentiserare har avblockerats
notice-helpdesk-unblocked-detail = { $admin } avblockerade din autentiserare: den fungerar igen.
# A helpdesk notice's detail followed by the admin's note on how they verified the caller
# ($note, in the admin's own words).
notice-with-note = { $detail } ({ $note })

## To the other helpdesk admins.

# $admin is the account name of the admin who enrolled.
notice-admin-enrolled-headline = { $admin } har registrerat en autentiserare för helpdesk
# $name is that admin's display name.
notice-admin-enrolled-detail = { $name } har konfigurerat en autentiserare för att skydda sitt konto i helpdeskkonsolen.
# $admin is the account name of the admin who added a passkey.
notice-admin-passkey-headline = { $admin } har lagt till en nyckel för inloggning till helpdesk
# $name is that admin's display name.
notice-admin-passkey-detail = { $name } har lagt till en nyckel som kan användas för att logga in på sitt konto i helpdeskkonsolen i stället för autentiseringsappen.
# $admin is the account name of the admin who acted.
notice-privileged-headline = Ett privilegierat konto har ändrats av { $admin }
# $admin is the display name of the admin who acted, $account the privileged account's name,
# $action what they did. The part after the colon repeats, in lower case, the headline the
# account's owner got.
notice-privileged-detail = { $action ->
    [reset] { $admin } utförde en åtgärd på { $account }, som är ett helpdesk- eller katalogadministratörskonto: ditt lösenord har återställts av helpdesk
    [unlock] { $admin } utförde en åtgärd på { $account }, som är ett helpdesk- eller katalogadministratörskonto: ditt konto har låsts upp av helpdesk
    [cleared] { $admin } utförde en åtgärd på { $account }, som är ett helpdesk- eller katalogadministratörskonto: dina metoder för lösenordsåterställning har rensats
   *[unblocked] { $admin } utförde en åtgärd på { $account }, som är ett helpdesk- eller katalogadministratörskonto: din autentiserare har avblockerats
}

## Password-expiry reminders: mailed a set number of days before the account's password
## expires (the days come from the configuration, typically 14, 7, 3 and 1).

# Subject. $days is the whole number of days left (0: less than a day).
mail-reminder-subject = { $days ->
    [0] { $org }: ditt lösenord upphör att gälla inom ett dygn
    [one] { $org }: ditt lösenord upphör att gälla i morgon
   *[other] { $org }: ditt lösenord upphör att gälla om { $days } dagar
}
mail-reminder-headline = { $days ->
    [0] Ditt lösenord upphör att gälla inom ett dygn.
    [one] Ditt lösenord upphör att gälla om { $days } dag.
   *[other] Ditt lösenord upphör att gälla om { $days } dagar.
}
# $when is the date and time it expires, in the reader's layout.
mail-reminder-detail = Det slutar fungera { $when }. Därefter kan du inte logga in med det förrän det har återställts.
# Above the link to the change page.
mail-reminder-change = Välj ett nytt nu, från valfri enhet, med ditt nuvarande lösenord:
# Above the link to the registration page; only for people who have not registered a way to prove who they are.
mail-reminder-register = Du har inte konfigurerat något sätt att själv återställa ditt lösenord om du skulle glömma det. Det tar en minut:
mail-reminder-windows = På en Windows-dator i din organisation kan du också trycka på Ctrl+Alt+Del och välja ”Ändra ett lösenord”.
# $helpdesk is how to reach the helpdesk.
mail-reminder-never-asks = Vi ber aldrig om ditt lösenord via e-post. Om du är osäker på om meddelandet är äkta skriver du själv in adressen till lösenordstjänsten eller kontaktar { $helpdesk }.
