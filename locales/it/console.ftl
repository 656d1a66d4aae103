# La console dell'helpdesk (/admin): accesso, la dashboard e i suoi grafici, la ricerca degli utenti, la
# pagina utente con la diagnosi e le azioni, il log di controllo e lo stato del writeback.
#
# Traduttori: mantenete ogni id di messaggio e ogni { $placeholder } così come sono; cambiate solo
# le parole. Il testo tra `apici inversi`, i nomi degli attributi (adminCount, accountExpires, lockoutTime,
# pwdLastSet), i nomi delle impostazioni (sspr.enabled_for) e i percorsi (/register, /change) sono comandi,
# nomi della directory e indirizzi: manteneteli così come sono. I nomi delle attività e i motivi di stato
# (ResetSelfService, OnPremisesPolicyViolation…) sono codici del log di controllo: non vanno tradotti.

## Cornice di ogni pagina della console

# Il titolo predefinito di una pagina della console.
console-title = Helpdesk
# Dopo il titolo di ogni pagina e in cima a ogni pagina della console.
console-org-helpdesk = Helpdesk di { $org }
# Il nome della navigazione della console, per le utilità per la lettura dello schermo.
console-nav-label = Helpdesk
console-dashboard = Dashboard
console-users = Utenti
console-audit = Log di controllo
console-health = Stato del writeback
console-sign-out = Esci
console-sign-in = Accedi
console-none = —
console-yes = sì
console-no = no
console-pager-label = Pagine
console-previous = Precedente
console-next = Successiva
console-page-of = Pagina { $page } di { $pages }

## Accesso

console-login-title = Accesso all'helpdesk
console-login-lead = Accedi con il tuo account della directory. Devi far parte del gruppo dell'helpdesk e dovrai confermare con l'app di autenticazione.
console-login-username = Nome utente
console-login-password = Password
console-login-incomplete = Immetti il nome utente e la password.
console-login-refused = Il nome utente o la password non sono corretti, oppure questo account non è un account dell'helpdesk.
console-no-mailbox-title = Nessuna casella di posta per confermare la configurazione
console-no-mailbox-message = Per configurare l'autenticatore dell'helpdesk serve un codice inviato alla tua casella di posta della directory, ma il tuo account non ne ha una.
console-no-mailbox-next = Chiedi a un amministratore della directory di aggiungere un indirizzo e-mail al tuo account.

console-totp-page-title = Helpdesk: autenticatore
console-totp-enrol-title = Configura l'autenticatore
console-totp-enrol-lead = Ogni account dell'helpdesk accede con un'app di autenticazione. Abbiamo inviato un codice di configurazione alla tua casella di posta di lavoro: la sola password non basta per configurarla. Scansiona questo codice (o immetti la chiave), poi immetti entrambi i codici.
# Prima della chiave segreta dell'autenticatore in fase di configurazione.
console-totp-key = Chiave:
console-totp-title = Codice dell'autenticatore
console-totp-lead = Immetti il codice a 6 cifre che l'app di autenticazione mostra in questo momento.
console-totp-enrol-code = Codice di configurazione ricevuto via e-mail
console-totp-code = Codice dell'app di autenticazione
console-continue = Continua
console-totp-wrong = Il codice non è corretto. Immetti il codice che l'app mostra in questo momento.

## Quando una pagina della console viene rifiutata

console-refused-title = È necessario accedere all'helpdesk
console-refused-next = Accedi con il tuo account dell'helpdesk.
console-refused-not-signed-in = Questa pagina è riservata al personale dell'helpdesk che ha eseguito l'accesso con password e autenticatore.
console-refused-signed-out = Hai eseguito la disconnessione.
console-refused-idle = La sessione è stata chiusa dopo un periodo di inattività.
console-refused-session-over = La sessione della console ha raggiunto la durata massima. Accedi di nuovo per continuare.
console-role-lost-not-in-group = Il tuo account non è più membro del gruppo dell'helpdesk.
console-role-lost-disabled = Il tuo account è stato disabilitato, quindi la sessione dell'helpdesk è terminata.
console-role-lost-expired = Il tuo account è scaduto, quindi la sessione dell'helpdesk è terminata.
console-role-lost-locked = Il tuo account è bloccato, quindi la sessione dell'helpdesk è terminata.
console-role-lost-password-expired = La password è scaduta o deve essere cambiata, quindi la sessione dell'helpdesk è terminata. Cambiala, poi accedi di nuovo.
console-role-lost-unverifiable = Al momento la directory non è riuscita a confermare il tuo ruolo nell'helpdesk, quindi la sessione è terminata. Accedi di nuovo tra qualche istante.

## Dashboard

# Il titolo dello stato del writeback. $status è un codice: active, degraded o down.
console-writeback-status = { $status ->
    [active] Writeback: attivo
    [degraded] Writeback: degradato
   *[down] Writeback: non attivo
}
console-details = Dettagli
console-activity-caption = Reimpostazioni, cambi, sblocchi e writeback non riusciti al giorno.
console-reasons-caption = Perché i writeback non sono riusciti.
# I dati dei promemoria di scadenza della password nella dashboard, sugli stessi 30 giorni dei grafici.
console-reminders-title = Promemoria di scadenza della password, ultimi 30 giorni
console-reminders-sent = { $n ->
    [one] { $n } promemoria inviato.
   *[other] { $n } promemoria inviati.
}
# $n persone hanno cambiato (o reimpostato) la password dopo un promemoria; sono stati inviati $sent promemoria.
console-reminders-changed = { $n ->
    [one] { $n } persona ha cambiato la password dopo un promemoria.
   *[other] { $n } persone hanno cambiato la password dopo un promemoria.
}

## Utenti

console-users-heading = Trova un utente
console-users-search-label = Nome, nome account, UPN o e-mail
console-search = Cerca
console-search-too-short = { $n ->
    [one] Immetti almeno { $n } carattere.
   *[other] Immetti almeno { $n } caratteri.
}
console-search-unavailable = La directory non ha risposto. Riprova tra qualche istante.
console-users-too-many = Più di { $max } corrispondenze: vengono mostrate le prime { $max }; restringi la ricerca.
console-users-matches = { $n ->
    [one] { $n } corrispondenza.
   *[other] { $n } corrispondenze.
}
console-col-account = Account
console-col-name = Nome
console-col-mail = E-mail
console-col-state = Stato
# Badge di un account nei risultati della ricerca.
console-flag-disabled = Disabilitato
console-flag-locked = Bloccato
console-flag-must-change = Cambio obbligatorio
console-flag-protected = Protetto
console-flag-ok = OK

## La pagina utente

console-no-such-user-title = Utente inesistente
console-no-such-user-message = Nessun account ha questo identificatore (potrebbe essere stato eliminato).
console-no-such-user-next = Cerca di nuovo.

console-account = Account
# Il nome account, poi il nome dell'entità utente tra parentesi.
console-account-value = { $sam } ({ $upn })
console-fact-name = Nome
console-fact-mail = E-mail
console-fact-locked = Bloccato
console-fact-locked-yes = sì, dal { $since }; si sblocca automaticamente il { $until }
console-fact-bad-count = Numero di password errate
console-fact-disabled = Disabilitato
console-fact-password = Password
console-password-must-change = deve essere cambiata all'accesso successivo
console-password-expired = scaduta
console-password-never-expires = non scade mai
console-password-expires = scade il { $when }
console-fact-password-last-set = Ultima impostazione della password
console-fact-protected = Protetto (adminCount)
console-fact-privileged = Con privilegi
# Perché un account ha privilegi. $kind: protected (adminCount=1), service (l'account con cui sspr
# esegue il bind), helpdesk (nel gruppo dell'helpdesk) o group (nel gruppo protetto $group).
console-fact-privileged-yes = { $kind ->
    [protected] sì: un account protetto (adminCount=1); non può essere reimpostato né sbloccato qui
    [service] sì: l'account di servizio del portale stesso; non può essere reimpostato né sbloccato qui
    [helpdesk] sì: un membro del gruppo dell'helpdesk; non può essere reimpostato né sbloccato qui
   *[group] sì: un membro del gruppo protetto { $group }; non può essere reimpostato né sbloccato qui
}
console-policy-pso = Criterio granulare { $dn }
console-policy-domain = Criterio del dominio
console-policy-unreadable = Non leggibile dall'account di servizio.

console-diagnosis = Diagnosi
console-diagnosis-none = Nulla impedisce a questo utente di reimpostare la password o sbloccare l'account in autonomia.

console-verify-caller = Verifica chi chiama
console-verified = Verificato
console-verified-recently = { $minutes ->
    [one] Hai verificato questa persona nell'ultimo minuto.
   *[other] Hai verificato questa persona negli ultimi { $minutes } minuti.
}
console-verify-lead = Prima di agire, controlla che chi chiama sia chi dice di essere: invia un codice al suo indirizzo e-mail registrato oppure chiedi il codice del suo autenticatore, e immetti ciò che ti legge.
console-email-code = Invia un codice via e-mail
console-code-from = Codice da
console-code-from-email = il suo indirizzo e-mail
console-code-from-totp = la sua app di autenticazione
console-caller-code = Codice letto da chi chiama
console-check = Verifica
console-verify-no-methods = Nessun metodo registrato: verifica chi chiama in un altro modo (di persona, richiamando un numero noto) e indica il motivo quando agisci.
console-caller-code-sent = Un codice è in arrivo all'indirizzo e-mail registrato dell'utente. Chiedi a chi chiama di leggertelo.
console-caller-no-email = Questo utente non ha un indirizzo e-mail registrato. Chiedi il codice del suo autenticatore oppure verificalo in un altro modo.
console-caller-verified = { $minutes ->
    [one] Persona verificata. Puoi agire su questo account per il prossimo minuto.
   *[other] Persona verificata. Puoi agire su questo account per i prossimi { $minutes } minuti.
}
console-caller-wrong = Il codice non è corretto. Chi chiama potrebbe non essere chi dice di essere.
console-back-to-user = Torna all'utente

console-actions = Azioni
# $kind come per console-fact-privileged-yes.
console-privileged-notice = { $kind ->
    [protected] Questo è un account protetto (adminCount=1). sspr non reimposta né sblocca gli account con privilegi: lo fa un amministratore della directory, con i propri strumenti, dopo aver verificato la persona.
    [service] Questo è l'account di servizio del portale stesso. sspr non reimposta né sblocca gli account con privilegi: lo fa un amministratore della directory, con i propri strumenti, dopo aver verificato la persona.
    [helpdesk] Questo è un membro del gruppo dell'helpdesk. sspr non reimposta né sblocca gli account con privilegi: lo fa un amministratore della directory, con i propri strumenti, dopo aver verificato la persona.
   *[group] Questo è un membro del gruppo protetto { $group }. sspr non reimposta né sblocca gli account con privilegi: lo fa un amministratore della directory, con i propri strumenti, dopo aver verificato la persona.
}
console-unlock = Sblocca
console-unlock-hint = Rimuove il blocco; la password rimane invariata.
console-unlock-button = Sblocca…
console-reset = Reimposta password
console-new-password = Nuova password
console-mode-generate = Generane una (mostrata una sola volta)
console-mode-typed = Immettine una
console-typed-password = Password immessa
console-typed-password-empty = Immetti la nuova password o scegli di generarne una.
console-must-change = Cambio obbligatorio all'accesso successivo
console-also-unlock = Sblocca anche
console-reset-button = Reimposta…
console-unblock = Sblocca l'autenticatore
console-unblock-hint = Bloccato dopo troppi codici errati di seguito.
console-unblock-button = Sblocca…
console-clear = Cancella i metodi registrati
console-clear-hint = Per un telefono perso o un indirizzo vecchio; l'utente si registra di nuovo.
console-clear-button = Cancella…

console-password-policy = Criterio password
console-registered-methods = Metodi registrati
console-nothing = Nessuno.
console-method-since = dal { $when }
console-recent-activity = Attività recenti
console-col-time = Ora
console-col-activity = Attività
console-col-result = Risultato
console-col-by = Da
console-col-detail = Dettaglio
console-full-history = Cronologia completa

## Conferma di un'azione e relativo risultato

console-confirm-password = La nuova password (immettila di nuovo)
console-confirm-unverified = Non hai verificato questa persona con un codice. Se l'hai verificata in un altro modo, indica come: verrà registrato nel log di controllo.
console-confirm-how = Come hai verificato chi chiama
console-confirm-yes = Sì, procedi
console-cancel = Annulla

console-reset-confirm-title = Reimpostare la password?
# $must_change e $unlock sono yes o no: ciò che l'helpdesk ha scelto insieme alla reimpostazione.
console-reset-confirm = { $must_change ->
    [yes] { $unlock ->
        [yes] Reimposta la password di { $name } ({ $sam }), che dovrà cambiarla all'accesso successivo, e sblocca l'account.
       *[no] Reimposta la password di { $name } ({ $sam }), che dovrà cambiarla all'accesso successivo.
    }
   *[no] { $unlock ->
        [yes] Reimposta la password di { $name } ({ $sam }) e sblocca l'account.
       *[no] Reimposta la password di { $name } ({ $sam }).
    }
}
console-reset-done-title = Password reimpostata
console-reset-done = { $must_change ->
    [yes] La password di { $sam } è stata reimpostata; dovrà cambiarla all'accesso successivo. L'utente è stato informato via e-mail.
   *[no] La password di { $sam } è stata reimpostata. L'utente è stato informato via e-mail.
}
console-reset-failed = La reimpostazione non è stata eseguita
console-secret-once = Nuova password (mostrata una sola volta; leggila all'utente, non scriverla):
console-back-to = Torna a { $sam }

console-unlock-confirm-title = Sbloccare l'account?
console-unlock-confirm = Sblocca l'account di { $name } ({ $sam }). La password non cambia.
console-unlock-done-title = Account sbloccato
console-unlock-done = { $sam } può accedere di nuovo. L'utente è stato informato via e-mail.
console-unlock-failed = Lo sblocco non è stato eseguito

console-clear-confirm-title = Cancellare i metodi registrati?
console-clear-confirm = Rimuovi tutti i metodi di verifica registrati di { $sam }. L'utente dovrà registrarsi di nuovo.
console-clear-done-title = Metodi cancellati
console-clear-done = { $n ->
    [one] { $n } metodo rimosso; è stata inviata un'e-mail a { $sam }.
   *[other] { $n } metodi rimossi; è stata inviata un'e-mail a { $sam }.
}

console-unblock-confirm-title = Sbloccare l'autenticatore?
console-unblock-confirm = Sblocca l'autenticatore di { $sam }: i suoi codici tornano validi e il conteggio dei codici errati riparte da zero.
console-unblock-done-title = Autenticatore sbloccato
console-unblock-done = L'autenticatore di { $sam } funziona di nuovo; l'utente è stato informato via e-mail.

# Perché un writeback non è riuscito: cosa è successo, poi cosa fare (entrambi messaggi status-*).
console-explain-fix = { $explain } { $fix }

## Log di controllo

console-verify-chain = Verifica la catena di hash
console-chain-intact = Catena di hash integra
console-chain-verified = { $rows ->
    [one] { $rows } riga verificata con la chiave.
   *[other] { $rows } righe verificate con la chiave.
}
# Righe scritte prima che il log di controllo fosse concatenato con una chiave.
console-chain-legacy-covered = { $legacy ->
    [one] { $legacy } di queste è precedente alla catena con chiave ed è coperta dalle righe con chiave successive.
   *[other] { $legacy } di queste sono precedenti alla catena con chiave e sono coperte dalle righe con chiave successive.
}
console-chain-legacy-uncovered = { $legacy ->
    [one] { $legacy } di queste è precedente alla catena con chiave e nessuna riga con chiave la copre ancora.
   *[other] { $legacy } di queste sono precedenti alla catena con chiave e nessuna riga con chiave le copre ancora.
}
console-chain-broken = Catena di hash interrotta
console-filter-user = Utente
console-filter-activity = Attività
console-any = Qualsiasi
console-filter-status = Stato
# I due valori dello stato di una riga del log di controllo.
console-status-success = riuscito
console-status-failure = non riuscito
console-filter-reason = Motivo dello stato
console-filter-from = Dal
console-filter-to = Al
console-filter = Filtra
console-audit-rows = { $n ->
    [one] { $n } riga.
   *[other] { $n } righe.
}
console-export = Esporta questa visualizzazione:
console-export-csv = CSV
console-export-jsonl = Righe JSON
console-col-status = Stato
console-col-reason = Motivo
console-col-user = Utente
console-col-client = Client

## Stato del writeback

console-health-last-check = Ultimo controllo
console-never = mai
console-health-last-success = Ultimo writeback riuscito
console-none-yet = ancora nessuno
console-health-failures = Errori nelle ultime 24 ore
console-health-failures-value = { $attempts ->
    [one] { $failed } writeback su { $attempts } non riuscito per problemi di connettività o di autorizzazioni
   *[other] { $failed } writeback su { $attempts } non riusciti per problemi di connettività o di autorizzazioni
}
console-health-run = Esegui ora i controlli

health-not-run = Il controllo periodico non è ancora stato eseguito.
health-no-domain-controller = Nessun controller di dominio ha accettato l'account di servizio durante l'ultimo controllo periodico.
health-checks-failed = { $n ->
    [one] { $n } verifica non riuscita durante l'ultimo controllo periodico.
   *[other] { $n } verifiche non riuscite durante l'ultimo controllo periodico.
}
health-failure-rate = { $attempts ->
    [one] { $failed } writeback su { $attempts } non riuscito nelle ultime 24 ore per problemi di connettività o di autorizzazioni.
   *[other] { $failed } writeback su { $attempts } non riusciti nelle ultime 24 ore per problemi di connettività o di autorizzazioni.
}
health-all-passed = Tutte le verifiche sono state superate durante l'ultimo controllo periodico.

## Risultati della diagnosi nella pagina utente: un titolo, i fatti e cosa fare

finding-privileged-title = Account con privilegi
# $kind come per console-fact-privileged-yes. La soluzione è status-ProtectedAccount-fix.
finding-privileged-detail = { $kind ->
    [protected] Questo è un account protetto (adminCount=1). sspr non reimposta né sblocca mai gli account con privilegi, né tramite self-service né da qui.
    [service] Questo è l'account di servizio del portale stesso. sspr non reimposta né sblocca mai gli account con privilegi, né tramite self-service né da qui.
    [helpdesk] Questo è un membro del gruppo dell'helpdesk. sspr non reimposta né sblocca mai gli account con privilegi, né tramite self-service né da qui.
   *[group] Questo è un membro del gruppo protetto { $group }. sspr non reimposta né sblocca mai gli account con privilegi, né tramite self-service né da qui.
}

finding-not-in-scope-title = Non incluso nell'ambito del self-service
# $scope è group (il self-service è per i membri di $group) o none (disattivato).
finding-not-in-scope-detail = { $scope ->
    [group] Il self-service è abilitato per i membri di { $group }; questo utente non lo è (né direttamente né tramite annidamento).
   *[none] Il self-service è disattivato (sspr.enabled_for = "none").
}
finding-not-in-scope-fix = Aggiungi l'utente al gruppo del self-service, oppure reimposta o sblocca qui al posto suo.

finding-directory-unreachable-title = Directory non raggiungibile
# $error è ciò che ha risposto la directory, in inglese.
finding-directory-unreachable-detail = { $error }
finding-directory-unreachable-fix = Controlla i controller di dominio (pagina Stato).

finding-not-registered-title = Non registrato
finding-not-registered-detail = { $required ->
    [one] { $registered } metodo di verifica registrato su { $required } richiesto.
   *[other] { $registered } metodi di verifica registrati su { $required } richiesti.
}
finding-not-registered-fix = L'utente si registra su /register finché ricorda ancora la password; per oggi, reimpostala qui al posto suo dopo aver verificato chi chiama in un altro modo.

finding-disabled-title = Account disabilitato
finding-disabled-detail = L'account è disabilitato in Active Directory: non è possibile accedere con esso.
finding-disabled-fix = Abilitalo in Active Directory se deve essere in uso (non è un'azione dell'helpdesk da qui).

finding-expired-title = Account scaduto
finding-expired-detail = accountExpires è nel passato.
finding-expired-fix = Estendi la scadenza dell'account in Active Directory.

finding-missing-rights-title = L'account di servizio non ha autorizzazioni su questo utente
# $rights è un elenco di nomi di autorizzazioni e attributi della directory.
finding-missing-rights-detail = Mancanti su questo account: { $rights }.
finding-missing-rights-fix = Delega all'account di servizio "Reimposta password" e la scrittura di lockoutTime/pwdLastSet sull'unità organizzativa (OU) di questo utente (esegui `sspr doctor`).

finding-rights-unchecked-title = Non è stato possibile verificare le autorizzazioni
finding-rights-unchecked-detail = { $error }
finding-rights-unchecked-fix = Esegui `sspr doctor`.

finding-too-young-title = Validità minima della password non raggiunta
# $policy è fine-grained (all'utente si applica un criterio granulare per le password) o domain.
finding-too-young-detail = { $policy ->
    [fine-grained] La password è stata cambiata di recente; in base al suo criterio granulare, l'utente non può cambiarla di nuovo prima del { $when }.
   *[domain] La password è stata cambiata di recente; in base al criterio del dominio, l'utente non può cambiarla di nuovo prima del { $when }.
}
finding-too-young-fix = Una reimpostazione (tramite self-service o da qui) funziona comunque; un cambio no, fino ad allora.

finding-cannot-change-title = L'utente non può cambiare la password
finding-cannot-change-detail = L'account è configurato in modo che l'utente non possa cambiarne la password.
finding-cannot-change-fix = Le reimpostazioni funzionano comunque; se anche i cambi devono funzionare, disattiva l'impostazione in Active Directory.

finding-locked-title = Bloccato
finding-locked-detail = Bloccato dal { $since }.
finding-locked-fix = L'utente può sbloccarlo con i propri metodi, oppure sbloccalo qui.

finding-must-change-title = La password deve essere cambiata
finding-must-change-detail = La password è scaduta o deve essere cambiata all'accesso successivo.
finding-must-change-fix = L'utente può cambiarla su /change con la password corrente oppure contattare { $helpdesk }.

finding-app-blocked-title = App di autenticazione bloccata
finding-console-blocked-title = Autenticatore della console bloccato
finding-blocked-detail = { $failures } codici errati di seguito (il limite è { $cap }): l'autenticatore non vale più come prova finché non viene sbloccato.
finding-app-blocked-fix = L'utente può ripristinarlo con un codice inviato via e-mail (che lo sblocca), oppure sbloccalo qui dopo aver verificato chi chiama.
finding-console-blocked-fix = Sbloccalo qui dopo aver verificato l'amministratore in un altro modo; se non è stato l'amministratore a provare quei codici, l'ha fatto qualcun altro.

## Grafici della dashboard

chart-activity-title = Writeback al giorno, ultimi 30 giorni
chart-resets = Reimpostazioni
chart-changes = Cambi
chart-unlocks = Sblocchi
chart-failures = Errori
chart-reasons-title = Errori per motivo dello stato, ultimi 30 giorni
chart-no-activity = Nessuna attività in questo periodo
chart-no-failures = Nessun errore in questo periodo
chart-no-failures-desc = Nessun errore in questo periodo.
# Titolo al passaggio del mouse su un segmento di barra: il giorno, la serie (Reimpostazioni…) e il conteggio.
chart-segment = { $label } { $series }: { $value }
# Titolo al passaggio del mouse su una riga: un motivo dello stato e il conteggio.
chart-row = { $label }: { $value }
# Una voce del riepilogo di un grafico per le utilità per la lettura dello schermo: un nome e il conteggio.
chart-item = { $label } { $value }
# Tra le voci del riepilogo di un grafico.
chart-list-separator = {", "}
# Il riepilogo di un grafico per le utilità per la lettura dello schermo. $unit è days (una barra al giorno) o periods.
chart-totals = { $unit ->
    [days] { $n ->
        [one] Totali su { $n } giorno: { $items }.
       *[other] Totali su { $n } giorni: { $items }.
    }
   *[periods] { $n ->
        [one] Totali su { $n } periodo: { $items }.
       *[other] Totali su { $n } periodi: { $items }.
    }
}
chart-totals-none = { $unit ->
    [days] { $n ->
        [one] Totali su { $n } giorno: nessun dato.
       *[other] Totali su { $n } giorni: nessun dato.
    }
   *[periods] { $n ->
        [one] Totali su { $n } periodo: nessun dato.
       *[other] Totali su { $n } periodi: nessun dato.
    }
}
chart-top = Principali: { $items }.
chart-top-more = Principali: { $items } e altri { $more }.

## Passkey: la pagina utente dell'helpdesk e l'accesso alla console con una passkey

console-user-passkeys = Passkey
console-passkey-added-on = aggiunta il { $date }
console-passkey-last-used = ultimo utilizzo il { $date }
console-passkey-never-used = non ancora usata
console-passkey-use = Accedi invece con una passkey
console-passkey-title = Accedi con la tua passkey
console-passkey-lead = Il browser ti chiederà la passkey che hai aggiunto per la console dell'helpdesk.
console-passkey-go = Continua con la passkey
console-passkey-back = Usa l'app di autenticazione
console-passkey-wrong = Con questa passkey non è stato possibile accedere. Riprova oppure usa l'app di autenticazione.
console-passkeys-nav = Le tue passkey
console-passkeys-title = Passkey per l'accesso alla console
console-passkeys-lead = Una passkey può sostituire il codice dell'autenticatore quando accedi alla console. Per aggiungerne una serve un codice che inviamo alla tua casella di posta della directory, e gli altri amministratori dell'helpdesk vengono informati.
console-passkeys-none = Non hai nessuna passkey per l'accesso alla console.
console-passkey-name-label = Un nome per questa passkey, ad esempio "Portatile dell'ufficio"
console-passkey-add = Aggiungi una passkey
console-passkey-create-title = Crea la passkey per la console
console-passkey-create-lead = Abbiamo inviato un codice alla tua casella di posta della directory. Immettilo qui, poi crea la passkey "{ $name }" quando il browser te lo chiede.
console-passkey-code-label = Codice ricevuto via e-mail
console-passkey-create-go = Crea la passkey
console-passkey-added = Passkey aggiunta per l'accesso alla console.
console-passkey-removed = Passkey rimossa.
console-passkey-not-added = La passkey non è stata aggiunta: il codice inviato via e-mail non era corretto oppure la risposta del browser non corrispondeva a questa richiesta. Ricomincia.
console-passkey-name-bad = Assegna alla passkey un nome di al massimo 64 caratteri.
console-passkey-no-mailbox = Il tuo account non ha una casella di posta della directory per ricevere il codice, quindi qui non è possibile aggiungere una passkey. Rivolgiti a un amministratore della directory.
