# Die Seite, auf der ein Benutzer, der sein Kennwort kennt (oder dessen Kennwort abgelaufen ist), ein neues wählt.
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words.

change-title = Kennwort ändern
change-expired = Ihr Kennwort ist abgelaufen oder muss geändert werden, bevor Sie sich anmelden können. Wählen Sie hier ein neues.
# $link is a link to the reset page; its words are change-lead-link.
change-lead = Sie benötigen Ihr aktuelles Kennwort. Vergessen? { $link }.
change-lead-link = Setzen Sie es stattdessen zurück
change-username = Benutzername oder E-Mail-Adresse
change-current-password = Aktuelles Kennwort
change-new-password = Neues Kennwort
change-confirm-password = Neues Kennwort erneut eingeben
change-submit = Kennwort ändern
change-mismatch = Die beiden neuen Kennwörter stimmen nicht überein. Geben Sie in beide Felder dasselbe Kennwort ein.

change-done-title = Ihr Kennwort wurde geändert
change-done-message = Ihr neues Kennwort gilt ab sofort.
change-done-next = Melden Sie sich mit Ihrem neuen Kennwort an. Wir haben Ihnen eine E-Mail zu dieser Änderung gesendet.

# The account may not change its own password through the portal.
change-refused-title = Dieses Kennwort kann hier nicht geändert werden
change-refused-message = Dieses Konto kann nicht über den Self-Service geändert werden.
change-refused-next = Wenden Sie sich an { $helpdesk }.
