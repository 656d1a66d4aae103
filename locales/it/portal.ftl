# Le pagine self-service: reimpostare una password dimenticata, sbloccare un account e registrare i
# metodi (un indirizzo e-mail, un'app di autenticazione) che dimostrano l'identità di una persona.
#
# Traduttori: mantenete ogni id di messaggio e ogni { $placeholder } così come sono; cambiate solo
# le parole. { $helpdesk } indica come contattare l'helpdesk, così come l'ha scritto l'operatore (un
# numero di telefono, un indirizzo o una pagina web).

## Reimpostazione, sblocco: i passaggi

# L'ultimo passaggio dell'indicatore di avanzamento (dopo "Identificazione" e "Verifica").
reset-step-last = Nuova password
unlock-step-last = Sblocco
# L'ultimo passaggio quando una persona che ha eseguito l'accesso verifica un metodo prima di modificare i propri metodi.
register-step-last = Modifica metodi

reset-title = Reimposta la password
reset-lead = Hai dimenticato la password? Dimostra che sei tu e scegline una nuova.
unlock-title = Sblocca l'account
unlock-lead = Account bloccato dopo troppi tentativi? Dimostra che sei tu e lo sbloccheremo. La password rimane invariata.
# Mostrato a una persona che ha eseguito l'accesso e deve verificare uno dei propri metodi prima di modificarli.
register-prove-title = Dimostra che sei tu
register-prove-lead = Verifica uno dei metodi registrati per poterli modificare.

recover-username-label = Nome utente o indirizzo e-mail
recover-username-hint = Ad esempio jsmith, jsmith@example.com o EXAMPLE\jsmith
recover-continue = Continua
# Il collegamento nella pagina "La sessione è terminata".
recover-start-again = Ricomincia

unlock-not-offered-title = Lo sblocco non è disponibile qui
unlock-not-offered-message = Questo servizio password non sblocca gli account.
unlock-not-offered-next = Reimposta invece la password (in questo modo si sblocca anche l'account) oppure contatta { $helpdesk }.
# Il pulsante nella pagina "Lo sblocco non è disponibile qui".
unlock-not-offered-link = Reimposta la password

## Verifica: il passaggio del codice

verify-title = Dimostra che sei tu
# Il titolo dopo la verifica di un metodo, quando ne serve un secondo.
verify-title-second = Un'altra verifica
verify-first-passed = Prima verifica superata.
verify-email-lead = Se questo account può usare il self-service, abbiamo inviato un codice all'indirizzo e-mail registrato. Potrebbe volerci un minuto prima che arrivi.
verify-totp-lead = Apri l'app di autenticazione che hai registrato e immetti il codice a 6 cifre che mostra in questo momento.
verify-email-label = Codice ricevuto via e-mail
verify-totp-label = Codice dell'app
verify-submit = Verifica
verify-resend = Invia un nuovo codice
verify-use-email = Usa invece un codice inviato via e-mail
verify-use-totp = Usa invece l'app di autenticazione
verify-no-method = Non hai né un indirizzo e-mail né un'app? Forse non hai effettuato la registrazione al self-service: contatta { $helpdesk }.
verify-wrong = { $left ->
    [one] Il codice non è corretto. Ti rimane { $left } tentativo.
   *[other] Il codice non è corretto. Ti rimangono { $left } tentativi.
}
verify-expired = Il codice è scaduto. Richiedine uno nuovo e usalo entro 10 minuti.
verify-replayed = Questo codice è già stato usato. Attendi che l'app mostri il codice successivo, poi immettilo.
verify-resent = Se questo account ha un indirizzo e-mail registrato, un nuovo codice è in arrivo. Funziona solo il codice più recente.

## Reimpostazione: la nuova password

reset-password-title = Scegli una nuova password
reset-password-lead = Hai dimostrato che sei tu. Scegli una password che non hai mai usato prima.
reset-new-password = Nuova password
reset-confirm-password = Immettila di nuovo
# Seguito da una parola inserita dallo script della pagina (debole, discreta, sicura...).
reset-strength = Complessità:
reset-set-password = Imposta la nuova password
reset-mismatch = Le due password non corrispondono. Immetti la stessa password in entrambe le caselle.

## Reimpostazione, sblocco: il risultato

reset-done-title = La password è stata reimpostata
reset-done-message = La nuova password funziona già e, se l'account era bloccato, ora è sbloccato.
reset-done-next = Accedi con la nuova password. Ti abbiamo inviato un'e-mail per informarti di questa modifica.
unlock-done-title = L'account è sbloccato
unlock-done-message = Puoi accedere di nuovo con la password corrente.
unlock-done-next = Se non ricordi la password, reimpostala.
register-verified-title = Verifica completata
register-verified-message = Hai verificato uno dei tuoi metodi.
register-verified-next = Ora puoi modificare i tuoi metodi.
recover-disabled-title = Questo account è disabilitato
recover-disabled-message = Un account disabilitato non può essere reimpostato né sbloccato qui.
recover-disabled-next = Contatta { $helpdesk }.
recover-refused-title = Non è possibile farlo qui
recover-refused-message = Questo account non può essere modificato tramite il self-service.
recover-refused-next = Contatta { $helpdesk }: può aiutarti subito.

## Registrazione: accesso

register-signin-title = Configura il self-service
register-signin-lead = Accedi con la password corrente per registrare un indirizzo e-mail o un'app di autenticazione. Li userai per dimostrare che sei tu se dovessi dimenticare la password.
register-username-label = Nome utente o indirizzo e-mail
register-password-label = Password
register-signin = Accedi
# Il collegamento per tornare alla pagina di accesso quando una visita di registrazione deve ricominciare.
register-sign-in-again = Accedi di nuovo
register-unavailable-title = La registrazione non è disponibile
register-unavailable-privileged = La reimpostazione della password self-service non è disponibile per gli account con privilegi (amministratori e personale dell'helpdesk).
register-unavailable-not-enabled = La reimpostazione della password self-service non è abilitata per il tuo account.
register-unavailable-next = Contatta { $helpdesk } per ricevere assistenza con la password.

## Registrazione: la pagina dei metodi

# I nomi dei metodi di verifica.
method-email = Codice via e-mail
method-totp = App di autenticazione

register-title = I tuoi metodi di verifica
# { $name } è il nome della persona che ha eseguito l'accesso; { $required } quanti metodi servono per una
# reimpostazione (la variante [1] è per esattamente uno, l'altra per qualsiasi altro numero).
register-lead = { $required ->
    [1] Accesso eseguito come { $name }. Un metodo basta per reimpostare la password, ma due sono meglio.
   *[other] Accesso eseguito come { $name }. Per reimpostare la password ti servono due metodi.
}
register-none = Non hai ancora nessun metodo: aggiungine uno ora, così in futuro potrai risolvere tutto in autonomia.
# { $date } è il giorno in cui è stato registrato il metodo.
register-added = Aggiunto il { $date }
register-remove = Rimuovi
register-locked = Per aggiungere, sostituire o rimuovere un metodo, verifica prima uno di quelli che hai già. La sola password non basta per modificarli.
register-prove = Verifica che sei tu
register-change-email = Cambia l'indirizzo e-mail
register-add-email = Aggiungi un indirizzo e-mail
register-email-hint = Usa un indirizzo personale che puoi leggere anche quando non riesci ad accedere al lavoro, non la casella di posta di lavoro.
register-email-label = Indirizzo e-mail
register-send-code = Invia un codice di conferma
register-replace-totp = Sostituisci l'app di autenticazione
register-add-totp = Aggiungi un'app di autenticazione
register-totp-hint = Funzionano Microsoft Authenticator, Google Authenticator, 1Password e altre app.
register-set-up-totp = Configura un'app di autenticazione
register-sign-out = Esci

# Avvisi di una riga in cima alla pagina dei metodi, dopo un passaggio.
register-notice-stepped-up = Verifica completata. Ora puoi modificare i tuoi metodi.
register-notice-email = Il tuo indirizzo e-mail è registrato.
register-notice-totp = La tua app di autenticazione è registrata.
register-notice-removed-email = Codice via e-mail rimosso.
register-notice-removed-totp = App di autenticazione rimossa.

## Registrazione: conferma di un indirizzo e-mail

register-email-title = Conferma l'indirizzo e-mail
# { $address } è l'indirizzo, in parte nascosto (al***@ex***.com).
register-email-lead = Abbiamo inviato un codice a { $address }. Immettilo qui per completare.
register-code-from-email = Codice ricevuto via e-mail
register-confirm = Conferma
register-back = Indietro
register-email-wrong = Il codice non è corretto o è scaduto. Controlla l'e-mail più recente oppure torna indietro e invia un nuovo codice.

## Registrazione: configurazione di un'app di autenticazione

register-totp-title = Configura l'app di autenticazione
register-totp-lead = Nell'app, aggiungi un account e scansiona questo codice. Non riesci a scansionarlo? Immetti invece la chiave qui sotto.
# Seguito dalla chiave segreta, da immettere manualmente nell'app.
register-totp-key = Chiave:
register-totp-code-label = Il codice a 6 cifre mostrato dall'app
register-totp-wrong = Il codice non è corretto. Controlla l'ora dell'app e immetti il codice che mostra in questo momento.

## Passkey

method-passkey = Passkey
verify-use-passkey = Usa invece una passkey
verify-passkey-lead = Usa una passkey che hai registrato per questo account: su questo dispositivo, sul telefono o su una chiave di sicurezza.
verify-passkey-start = Usa una passkey
verify-passkey-title = Usa la tua passkey
verify-passkey-go = Continua con la passkey
verify-passkey-wrong = { $left ->
    [one] La passkey non ha dimostrato che sei tu. Ti rimane { $left } tentativo.
   *[other] La passkey non ha dimostrato che sei tu. Ti rimangono { $left } tentativi.
}
verify-passkey-expired = La richiesta della passkey è scaduta. Scegli "Usa una passkey" per ricominciare.
verify-passkey-replayed = Questa risposta della passkey è già stata usata. Scegli "Usa una passkey" per ricominciare.
passkey-back-to-methods = Usa un altro metodo
passkey-failed = Il browser non ha fornito nessuna passkey: la richiesta è stata annullata o è scaduta, oppure questo dispositivo non ha una passkey per questo sito. Riprova oppure usa un altro metodo.
passkey-unsupported = Questo browser non può usare le passkey. Usa un altro metodo o un altro browser.
passkey-needs-script = Le passkey richiedono JavaScript, che in questo browser è disattivato. Usa un altro metodo oppure attiva JavaScript.
passkey-none = Il browser non ha fornito nessuna passkey. Riprova oppure usa un altro metodo.
passkey-bad = Non è stato possibile leggere la risposta del browser. Riprova.
register-passkeys = Le tue passkey
register-passkey-used = ultimo utilizzo il { $date }
register-passkey-never-used = non ancora usata
register-add-passkey = Aggiungi una passkey
register-passkey-hint = Una passkey dimostra che sei tu tramite il blocco schermo del dispositivo (impronta digitale, volto o PIN). Non devi digitare nulla e un sito falso non può usarla.
register-passkey-name-label = Un nome per questa passkey, ad esempio "Portatile di lavoro"
register-passkey-add = Aggiungi una passkey
register-passkey-name-empty = Assegna un nome alla passkey, così in seguito potrai distinguere le tue passkey.
register-passkey-name-bad = Usa un nome di al massimo 64 caratteri.
register-passkey-too-many = { $n ->
    [one] Hai { $n } passkey, il massimo consentito per un account. Prima rimuovila.
   *[other] Hai { $n } passkey, il massimo consentito per un account. Prima rimuovine una.
}
register-passkey-title = Crea la tua passkey
register-passkey-lead = Il browser ti chiederà di creare una passkey denominata "{ $name }" e di confermare con il blocco schermo.
register-passkey-go = Crea la passkey
register-passkey-failed = La passkey non è stata registrata: la risposta del browser non corrispondeva a questa richiesta. Prova di nuovo ad aggiungerla.
register-passkey-already = Questa passkey è già registrata.
register-notice-passkey = La tua passkey è registrata.
register-notice-removed-passkey = Passkey rimossa.
