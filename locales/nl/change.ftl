# The page where a user who knows their password (or whose password expired) chooses a new one.
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words.

change-title = Je wachtwoord wijzigen
change-expired = Je wachtwoord is verlopen of moet worden gewijzigd voordat je je kunt aanmelden. Kies hier een nieuw wachtwoord.
# $link is a link to the reset page; its words are change-lead-link.
change-lead = Je hebt je huidige wachtwoord nodig. Vergeten? { $link }.
change-lead-link = Stel het dan opnieuw in
change-username = Gebruikersnaam of e-mailadres
change-current-password = Huidig wachtwoord
change-new-password = Nieuw wachtwoord
change-confirm-password = Typ het nieuwe wachtwoord nog een keer
change-submit = Wachtwoord wijzigen
change-mismatch = De twee nieuwe wachtwoorden komen niet overeen. Typ in beide vakken hetzelfde wachtwoord.

change-done-title = Je wachtwoord is gewijzigd
change-done-message = Je nieuwe wachtwoord werkt nu.
change-done-next = Meld je aan met je nieuwe wachtwoord. We hebben je een e-mail over deze wijziging gestuurd.

# The account may not change its own password through the portal.
change-refused-title = Dit wachtwoord kan hier niet worden gewijzigd
change-refused-message = Dit account kan niet via selfservice worden gewijzigd.
change-refused-next = Neem contact op met { $helpdesk }.
