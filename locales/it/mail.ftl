# Tutte le e-mail inviate dal portale: codici monouso, avvisi su eventi che riguardano un account ed
# e-mail "il self-service non ha potuto aiutarti". Le parti in testo normale e HTML usano gli stessi messaggi.
#
# Traduttori: mantenete ogni id di messaggio e ogni { $placeholder } così come sono; cambiate solo
# le parole. Le e-mail vengono lette sui telefoni e nei client di testo normale: niente markup in questi messaggi.

## Parti comuni a tutte le e-mail

# Prima riga di ogni e-mail. $name è il nome visualizzato della persona.
mail-greeting = Ciao { $name },

## E-mail con codice monouso

# Oggetto. Non contiene mai il codice: gli oggetti vengono mostrati sulle schermate di blocco dei telefoni.
mail-code-subject = Il tuo codice di verifica { $org }
# Titolo della parte HTML (mostrato da alcuni client di posta nella scheda o nella finestra).
mail-code-title = Codice di verifica { $org }
# La riga sopra il codice. $purpose indica a cosa serve il codice; $admin (solo helpdesk-caller)
# è l'amministratore dell'helpdesk che ha richiesto il codice.
mail-code-intro = { $purpose ->
    [reset] Il tuo codice di verifica { $org } per reimpostare la password è:
    [unlock] Il tuo codice di verifica { $org } per sbloccare l'account è:
    [change-methods] Il tuo codice di verifica { $org } per modificare i metodi di verifica è:
    [confirm-address] Il tuo codice di verifica { $org } per confermare questo indirizzo per la reimpostazione della password è:
    [console-authenticator] Il tuo codice di verifica { $org } per configurare l'autenticatore per la console dell'helpdesk è:
   *[helpdesk-caller] Il tuo codice di verifica { $org } per dimostrare la tua identità all'helpdesk (lo richiede { $admin }) è il seguente; leggilo all'operatore:
}
mail-code-expiry = { $minutes ->
    [one] Immettilo nella pagina in cui l'hai richiesto. Funziona una sola volta e scade tra { $minutes } minuto.
   *[other] Immettilo nella pagina in cui l'hai richiesto. Funziona una sola volta e scade tra { $minutes } minuti.
}
mail-code-ignore = Se non hai richiesto questo codice, puoi ignorare questa e-mail. Nessuno può usarlo senza trovarsi anche su quella pagina e nel tuo account non è cambiato nulla.

## Avvisi (ed e-mail "non ha potuto aiutarti")

# Oggetto di un avviso. $headline è uno dei messaggi notice-*-headline.
mail-notice-subject = { $org }: { $headline }
# Il titolo come prima frase del corpo dell'e-mail.
mail-notice-headline = { $headline }.
# $when è una data e un'ora nel formato del lettore (format-datetime).
mail-notice-when = Quando: { $when }
# $address è l'indirizzo IP da cui è arrivata la richiesta.
mail-notice-from = Da: { $address }
# Mostrato come indirizzo quando non è noto.
mail-notice-from-unknown = sconosciuto
mail-notice-was-you = Se sei tu ad aver eseguito questa operazione, non devi fare altro.
# $helpdesk indica come contattare l'helpdesk (un nome, un numero di telefono o un indirizzo).
mail-notice-not-you = Se non sei tu ad averla eseguita, contatta subito { $helpdesk }: qualcuno potrebbe avere accesso al tuo account.
# Ultima riga; $url è l'indirizzo del portale (un collegamento nella parte HTML).
mail-notice-footer = Servizio password di { $org }: { $url }

## E-mail "il self-service non ha potuto aiutarti": qualcuno ha chiesto di reimpostare o sbloccare questo
## account e il self-service non può farlo. Inviate alla casella di posta dell'account, mai mostrate nella pagina.

mail-cannot-help-headline = La reimpostazione della password self-service non ha potuto aiutarti
mail-cannot-help-not-enabled = La reimpostazione della password self-service non è abilitata per il tuo account. Contatta { $helpdesk } per reimpostare la password o sbloccare l'account.
mail-cannot-help-disabled = Il tuo account è disabilitato, quindi la sua password non può essere reimpostata qui. Contatta { $helpdesk }.
mail-cannot-help-privileged = Il tuo account è un account con privilegi (un account di amministratore o dell'helpdesk) e il self-service non reimposta né sblocca questo tipo di account. Contatta { $helpdesk } o un amministratore della directory.
# $purpose è ciò che la persona ha chiesto di fare; $needed quanti metodi devono essere registrati;
# $url la pagina di registrazione.
mail-cannot-help-too-few-methods = { $purpose ->
    [reset] Hai chiesto di reimpostare la password, ma non hai registrato abbastanza metodi di verifica (ne servono { $needed }). Finché ricordi ancora la password, registrali su { $url }. Se ora non riesci ad accedere, contatta { $helpdesk }.
    [unlock] Hai chiesto di sbloccare l'account, ma non hai registrato abbastanza metodi di verifica (ne servono { $needed }). Finché ricordi ancora la password, registrali su { $url }. Se ora non riesci ad accedere, contatta { $helpdesk }.
   *[other] Hai chiesto di modificare i metodi di verifica, ma non hai registrato abbastanza metodi di verifica (ne servono { $needed }). Finché ricordi ancora la password, registrali su { $url }. Se ora non riesci ad accedere, contatta { $helpdesk }.
}

## Avvisi: ognuno ha un titolo (anche l'oggetto, dopo il nome dell'organizzazione) e una frase
## di dettaglio.

notice-reset-headline = La password è stata reimpostata
notice-reset-detail = La password è stata reimpostata tramite la reimpostazione della password self-service, dopo la verifica con i metodi registrati.

notice-unlock-headline = L'account è stato sbloccato
notice-unlock-detail = L'account è stato sbloccato tramite il self-service, dopo la verifica con i metodi registrati. La password non è cambiata.

notice-changed-headline = La password è stata cambiata
notice-changed-detail = La password è stata cambiata nel servizio password.
# Inviato quando il servizio si è riavviato durante il cambio della password: il cambio è stato applicato.
notice-changed-unconfirmed-detail = La password è stata cambiata nel servizio password, anche se la pagina che lo confermava potrebbe non esserti arrivata.

notice-methods-headline = I metodi di reimpostazione della password sono cambiati
notice-methods-added-email = La registrazione alla reimpostazione della password self-service è cambiata: è stato registrato un indirizzo e-mail alternativo.
notice-methods-added-authenticator = La registrazione alla reimpostazione della password self-service è cambiata: è stata registrata un'app di autenticazione.
notice-methods-removed-email = La registrazione alla reimpostazione della password self-service è cambiata: è stato rimosso il codice via e-mail.
notice-methods-removed-authenticator = La registrazione alla reimpostazione della password self-service è cambiata: è stata rimossa l'app di autenticazione.
notice-methods-added-passkey = La registrazione alla reimpostazione della password self-service è cambiata: è stata registrata una passkey.
notice-methods-removed-passkey = La registrazione alla reimpostazione della password self-service è cambiata: è stata rimossa una passkey.

# Alla casella di posta dell'account, quando qualcuno continua a immettere password errate.
notice-guessing-headline = Qualcuno sta cercando di indovinare la tua password
notice-guessing-detail = Dopo ripetuti tentativi con password errate, il servizio password ha smesso per un po' di verificare le password del tuo account, in modo che l'account non venga bloccato. Se non sei tu a fare questi tentativi, informa l'helpdesk. Se hai dimenticato la password, reimpostala con i metodi registrati.

notice-authenticator-blocked-headline = L'autenticatore è stato bloccato
# $n codici errati di seguito; $helpdesk indica come contattare l'helpdesk.
notice-authenticator-blocked-detail = { $n ->
    [one] Dopo { $n } codice dell'autenticatore errato di seguito, l'app di autenticazione non funziona più per reimpostare la password o sbloccare l'account. Usa invece un codice inviato via e-mail (che sblocca anche l'app) oppure contatta { $helpdesk }. Se non hai provato tu questo codice, l'ha fatto qualcun altro: informa { $helpdesk }.
   *[other] Dopo { $n } codici dell'autenticatore errati di seguito, l'app di autenticazione non funziona più per reimpostare la password o sbloccare l'account. Usa invece un codice inviato via e-mail (che sblocca anche l'app) oppure contatta { $helpdesk }. Se non hai provato tu questi codici, l'ha fatto qualcun altro: informa { $helpdesk }.
}
# A un amministratore dell'helpdesk, sull'autenticatore del suo account della console dell'helpdesk.
notice-console-authenticator-blocked-detail = { $n ->
    [one] Dopo { $n } codice dell'autenticatore errato di seguito, l'autenticatore della console dell'helpdesk è bloccato. Un altro amministratore dell'helpdesk può sbloccarlo dalla tua pagina utente. Se non hai provato tu questo codice, l'ha fatto qualcun altro.
   *[other] Dopo { $n } codici dell'autenticatore errati di seguito, l'autenticatore della console dell'helpdesk è bloccato. Un altro amministratore dell'helpdesk può sbloccarlo dalla tua pagina utente. Se non hai provato tu questi codici, l'ha fatto qualcun altro.
}

## Cosa ha fatto un amministratore dell'helpdesk. $admin è il nome visualizzato dell'amministratore.

notice-helpdesk-reset-headline = La password è stata reimpostata dall'helpdesk
notice-helpdesk-reset-detail = { $admin } ha reimpostato la tua password.
notice-helpdesk-reset-must-change-detail = { $admin } ha reimpostato la tua password; al prossimo accesso ti verrà chiesto di sceglierne una nuova.
notice-helpdesk-unlock-headline = L'account è stato sbloccato dall'helpdesk
notice-helpdesk-unlock-detail = { $admin } ha sbloccato il tuo account. La password non è cambiata.
notice-helpdesk-cleared-headline = I metodi di reimpostazione della password sono stati cancellati
notice-helpdesk-cleared-detail = { $admin } ha cancellato i tuoi metodi di verifica registrati. Registrati di nuovo nel servizio password.
notice-helpdesk-unblocked-headline = L'autenticatore è stato sbloccato
notice-helpdesk-unblocked-detail = { $admin } ha sbloccato il tuo autenticatore: ora funziona di nuovo.
# Il dettaglio di un avviso dell'helpdesk seguito dalla nota dell'amministratore su come ha verificato
# chi ha chiamato ($note, con le parole dell'amministratore).
notice-with-note = { $detail } ({ $note })

## Agli altri amministratori dell'helpdesk.

# $admin è il nome account dell'amministratore che ha eseguito la registrazione.
notice-admin-enrolled-headline = { $admin } ha registrato un autenticatore dell'helpdesk
# $name è il nome visualizzato di quell'amministratore.
notice-admin-enrolled-detail = { $name } ha configurato l'autenticatore che protegge il proprio account della console dell'helpdesk.
# $admin è il nome account dell'amministratore che ha aggiunto una passkey.
notice-admin-passkey-headline = { $admin } ha aggiunto una passkey per l'accesso all'helpdesk
# $name è il nome visualizzato di quell'amministratore.
notice-admin-passkey-detail = { $name } ha aggiunto una passkey con cui è possibile accedere al proprio account della console dell'helpdesk al posto dell'app di autenticazione.
# $admin è il nome account dell'amministratore che ha agito.
notice-privileged-headline = Un account con privilegi è stato modificato da { $admin }
# $admin è il nome visualizzato dell'amministratore che ha agito, $account il nome dell'account con
# privilegi, $action ciò che ha fatto. La parte dopo i due punti ripete, in minuscolo, il titolo
# ricevuto dal titolare dell'account.
notice-privileged-detail = { $action ->
    [reset] { $admin } ha agito su { $account }, che è un account dell'helpdesk o di amministratore della directory: la password è stata reimpostata dall'helpdesk
    [unlock] { $admin } ha agito su { $account }, che è un account dell'helpdesk o di amministratore della directory: l'account è stato sbloccato dall'helpdesk
    [cleared] { $admin } ha agito su { $account }, che è un account dell'helpdesk o di amministratore della directory: i metodi di reimpostazione della password sono stati cancellati
   *[unblocked] { $admin } ha agito su { $account }, che è un account dell'helpdesk o di amministratore della directory: l'autenticatore è stato sbloccato
}

## Promemoria di scadenza della password: inviati un numero stabilito di giorni prima che la password
## dell'account scada (i giorni vengono dalla configurazione, di solito 14, 7, 3 e 1).

# Oggetto. $days è il numero intero di giorni rimanenti (0: meno di un giorno).
mail-reminder-subject = { $days ->
    [0] { $org }: la tua password scade entro un giorno
    [one] { $org }: la tua password scade domani
   *[other] { $org }: la tua password scade tra { $days } giorni
}
mail-reminder-headline = { $days ->
    [0] La tua password scade entro un giorno.
    [one] La tua password scade tra { $days } giorno.
   *[other] La tua password scade tra { $days } giorni.
}
# $when è la data e l'ora di scadenza, nel formato del lettore.
mail-reminder-detail = Smetterà di funzionare il { $when }. Dopo non potrai più usarla per accedere finché non verrà reimpostata.
# Sopra il collegamento alla pagina di cambio.
mail-reminder-change = Scegline una nuova ora, da qualsiasi dispositivo, con la password attuale:
# Sopra il collegamento alla pagina di registrazione; solo per chi non ha registrato un modo per dimostrare la propria identità.
mail-reminder-register = Non hai ancora configurato un modo per reimpostare da solo la password nel caso in cui la dimenticassi. Ci vuole un minuto:
mail-reminder-windows = Su un computer Windows della tua organizzazione puoi anche premere Ctrl+Alt+Canc e scegliere "Cambia password".
# $helpdesk è il modo per contattare l'helpdesk.
mail-reminder-never-asks = Non ti chiediamo mai la password via e-mail. Se hai dubbi sull'autenticità di questo messaggio, digita tu stesso l'indirizzo del servizio password oppure contatta { $helpdesk }.
