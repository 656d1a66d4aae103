# Stránka, na které si uživatel, který zná své heslo (nebo jehož heslo vypršelo), volí nové.
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words.

change-title = Změňte si heslo
change-expired = Platnost vašeho hesla vypršela nebo je nutné ho změnit, než se budete moct přihlásit. Zvolte si tady nové.
# $link is a link to the reset page; its words are change-lead-link.
change-lead = Budete potřebovat aktuální heslo. Zapomněli jste ho? { $link }.
change-lead-link = Resetujte ho
change-username = Uživatelské jméno nebo e-mailová adresa
change-current-password = Aktuální heslo
change-new-password = Nové heslo
change-confirm-password = Zadejte nové heslo znovu
change-submit = Změnit heslo
change-mismatch = Nová hesla se neshodují. Zadejte do obou polí stejné heslo.

change-done-title = Vaše heslo bylo změněno
change-done-message = Nové heslo už funguje.
change-done-next = Přihlaste se novým heslem. Poslali jsme vám e-mail s informací o této změně.

# The account may not change its own password through the portal.
change-refused-title = Toto heslo tady změnit nemůžeme
change-refused-message = Tento účet nelze změnit pomocí samoobsluhy.
change-refused-next = Obraťte se na technickou podporu: { $helpdesk }.
