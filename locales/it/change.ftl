# La pagina in cui un utente che conosce la propria password (o la cui password è scaduta) ne sceglie una nuova.
#
# Traduttori: mantenete ogni id di messaggio e ogni { $placeholder } così come sono; cambiate solo
# le parole.

change-title = Cambia la password
change-expired = La password è scaduta o deve essere cambiata prima di poter accedere. Scegline una nuova qui.
# $link è un collegamento alla pagina di reimpostazione; le sue parole sono change-lead-link.
change-lead = Ti serve la password corrente. L'hai dimenticata? { $link }.
change-lead-link = Reimpostala
change-username = Nome utente o indirizzo e-mail
change-current-password = Password corrente
change-new-password = Nuova password
change-confirm-password = Immetti di nuovo la nuova password
change-submit = Cambia password
change-mismatch = Le due nuove password non corrispondono. Immetti la stessa password in entrambe le caselle.

change-done-title = La password è stata cambiata
change-done-message = La nuova password funziona già.
change-done-next = Accedi con la nuova password. Ti abbiamo inviato un'e-mail per informarti di questa modifica.

# L'account non può cambiare la propria password tramite il portale.
change-refused-title = Non è possibile cambiare questa password qui
change-refused-message = Questo account non può essere modificato tramite il self-service.
change-refused-next = Contatta { $helpdesk }.
