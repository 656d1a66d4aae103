# The page where a user who knows their password (or whose password expired) chooses a new one.
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words.

change-title = Ändra ditt lösenord
change-expired = Ditt lösenord har upphört att gälla eller måste ändras innan du kan logga in. Välj ett nytt här.
# $link is a link to the reset page; its words are change-lead-link.
change-lead = Du behöver ditt nuvarande lösenord. Har du glömt det? { $link }.
change-lead-link = Återställ det i stället
change-username = Användarnamn eller e-postadress
change-current-password = Nuvarande lösenord
change-new-password = Nytt lösenord
change-confirm-password = Skriv det nya lösenordet igen
change-submit = Ändra lösenord
change-mismatch = De två nya lösenorden matchar inte. Skriv samma lösenord i båda rutorna.

change-done-title = Ditt lösenord har ändrats
change-done-message = Ditt nya lösenord fungerar nu.
change-done-next = Logga in med ditt nya lösenord. Vi har skickat ett e-postmeddelande till dig om ändringen.

# The account may not change its own password through the portal.
change-refused-title = Vi kan inte ändra det här lösenordet här
change-refused-message = Det här kontot kan inte ändras via självbetjäning.
change-refused-next = Kontakta { $helpdesk }.
