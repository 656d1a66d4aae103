# Parole comuni a tutte le pagine: la cornice di ogni pagina, il selettore della lingua, le date.
#
# Traduttori: mantenete ogni id di messaggio e ogni { $placeholder } così come sono; cambiate solo
# le parole. I messaggi `format-*` sono modelli strftime (https://docs.rs/chrono/latest/chrono/format/strftime/).

# Il nome della lingua nella lingua stessa, mostrato nel selettore della lingua.
language-name = Italiano
language-switcher = Lingua

format-datetime = %d/%m/%Y, %H:%M %Z
format-date = %d/%m/%Y

service-name = Servizio password
service-home = Home page del servizio password
skip-to-content = Vai al contenuto
need-help = Serve aiuto? Contatta { $helpdesk }.

steps-label = Avanzamento
step-identify = Identificazione
step-verify = Verifica

home-title = Cosa devi fare?
home-lead = Torna nel tuo account { $org } in un minuto, senza aspettare l'helpdesk.
home-reset = Reimposta la password
home-reset-hint = L'ho dimenticata
home-unlock = Sblocca l'account
home-unlock-hint = Conosco la password, ma l'account è bloccato
home-change = Cambia la password
home-change-hint = La conosco, oppure è scaduta
home-register = Configura il self-service
home-register-hint = Registra un indirizzo e-mail o un'app di autenticazione prima che ti servano

back-to-start = Torna all'inizio
go-to-start = Vai all'inizio

not-found-title = Pagina non trovata
not-found-message = Non esiste alcuna pagina a questo indirizzo.
not-found-next = Ricomincia dalla prima pagina del servizio password.

blocked-title = Troppi tentativi
blocked-message = Per la tua sicurezza, dopo troppi tentativi il self-service viene sospeso per un po'.
blocked-next = Riprova dopo { $when }. Se ti serve l'accesso prima, contatta l'helpdesk.

busy-title = Servizio molto occupato in questo momento
busy-message = In questo momento molte persone stanno cambiando la password e non è stato possibile gestire la tua in tempo. Non è stato modificato nulla.
busy-next = { $seconds ->
    [one] Riprova tra { $seconds } secondo.
   *[other] Riprova tra { $seconds } secondi.
}

unavailable-title = Riprova tra qualche minuto
unavailable-message = Non è stato possibile raggiungere la directory in questo momento. Non è stato modificato nulla.
unavailable-next = Riprova tra qualche minuto. Se il problema persiste, contatta l'helpdesk.

session-ended-title = La sessione è terminata
session-ended-message = Per la tua sicurezza, questo passaggio funziona solo per poco tempo dopo il precedente e nello stesso browser.
session-ended-next = Ricomincia: ci vuole solo un minuto.

not-right = Il nome utente o la password non sono corretti, oppure l'account è bloccato o disabilitato. Hai dimenticato la password? Reimpostala. Account bloccato? Prima sbloccalo.

bad-form = Questa richiesta non è un modulo che riusciamo a interpretare. Torna indietro, ricarica la pagina e riprova.
form-expired-title = Questo modulo è scaduto
form-expired-message = Per la tua sicurezza, i moduli funzionano solo per un certo tempo e solo nella finestra del browser che li ha aperti. Torna indietro, ricarica la pagina e riprova.
form-too-large = Questo modulo era troppo grande.
form-too-slow = Questo modulo ha impiegato troppo tempo ad arrivare. Torna indietro, ricarica la pagina e riprova.
too-slow = L'operazione sta richiedendo più tempo del previsto. Se stavi cambiando, reimpostando o sbloccando, potrebbe aver funzionato comunque: prova ad accedere prima di riprovare.
internal-error = Si è verificato un problema da parte nostra. Riprova.

input-username-empty = Immetti il nome utente o l'indirizzo e-mail.
input-username-bad = Questo non sembra un nome utente. Usa solo lettere, numeri e questi caratteri: . - _ @ \
input-password-bad = Le password possono contenere al massimo 256 caratteri, senza caratteri di controllo.
input-email-empty = Immetti un indirizzo e-mail.
input-email-bad = Immetti un indirizzo e-mail come nome@example.com.
input-code-empty = Immetti il codice.
input-code-bad = I codici sono composti solo da cifre.
input-current-password-empty = Immetti la password corrente.
input-new-password-empty = Immetti una nuova password.
input-password-empty = Immetti la password.

# Dopo il cambio o la reimpostazione della password, segue "Accedi con la nuova password…". $minutes indica
# per quanto tempo i controller di dominio dell'organizzazione continuano ad accettare la password precedente
# sulle connessioni Windows meno recenti (60, a meno che l'organizzazione non l'abbia modificato).
done-old-password = { $minutes ->
    [one] Su alcune connessioni Windows, ad esempio le unità di rete mappate, la password precedente potrebbe continuare a funzionare per un massimo di { $minutes } minuto. È normale: d'ora in poi usa quella nuova ovunque.
   *[other] Su alcune connessioni Windows, ad esempio le unità di rete mappate, la password precedente potrebbe continuare a funzionare per un massimo di { $minutes } minuti. È normale: d'ora in poi usa quella nuova ovunque.
}
