# Motivi di stato, come li spiega la console dell'helpdesk: cosa è successo (`-explain`) e cosa può
# fare un amministratore (`-fix`). I nomi dei motivi (la parte dopo `status-`) sono codici del log
# di controllo di Microsoft Entra: non vanno tradotti.
#
# Traduttori: mantenete ogni id di messaggio e ogni { $placeholder } così come sono; cambiate solo
# le parole. Il testo tra `apici inversi` e i nomi delle impostazioni come directory.write_queue_timeout sono
# comandi e chiavi di configurazione: manteneteli così come sono.

status-Success-explain = L'operazione è stata completata.
status-Success-fix = Non è necessario fare nulla.

status-OnPremisesPolicyViolation-TooShort-explain = Active Directory ha rifiutato la password: è più corta della lunghezza minima.
status-OnPremisesPolicyViolation-NotComplex-explain = Active Directory ha rifiutato la password: non soddisfa i requisiti di complessità.
status-OnPremisesPolicyViolation-InHistory-explain = Active Directory ha rifiutato la password: è una delle password recenti dell'utente.
status-OnPremisesPolicyViolation-TooYoung-explain = Active Directory ha rifiutato il cambio: dall'ultimo cambio non è trascorsa la validità minima della password.
status-OnPremisesPolicyViolation-CannotChange-explain = Active Directory ha rifiutato il cambio: l'account è configurato in modo che l'utente non possa cambiare la password.
status-OnPremisesPolicyViolation-Unknown-explain = Active Directory ha rifiutato la password in base ai propri criteri (cronologia o un filtro password; Windows non indica quale).
# La soluzione per una password rifiutata in base ai criteri (troppo corta, non complessa, nella cronologia, sconosciuto).
status-OnPremisesPolicyViolation-fix = L'utente sceglie una password conforme ai criteri mostrati nella pagina.
status-OnPremisesPolicyViolation-TooYoung-fix = Attendi che sia trascorsa la validità minima della password oppure fai reimpostare la password dall'helpdesk.
# "L'utente non può cambiare la password" è il nome dell'impostazione in Utenti e computer di Active Directory.
status-OnPremisesPolicyViolation-CannotChange-fix = Disattiva "L'utente non può cambiare la password" nell'account oppure fai reimpostare la password dall'helpdesk.

status-PasswordBanned-explain = La password è nell'elenco delle password vietate del portale.
status-PasswordBanned-fix = L'utente sceglie una password meno comune.
status-PasswordBreached-explain = La password è nell'elenco delle password note da violazioni di dati (policy.breached_passwords_file).
status-PasswordBreached-fix = L'utente sceglie una password che non ha mai usato altrove.
status-PasswordTooWeak-explain = La password è più facile da indovinare di quanto consenta la complessità minima del portale (policy.min_strength).
status-PasswordTooWeak-fix = L'utente sceglie una password più lunga, ad esempio tre o quattro parole senza relazione tra loro.

status-InvalidCurrentPassword-explain = La password corrente indicata era errata.
status-InvalidCurrentPassword-fix = L'utente riprova oppure usa la reimpostazione se ha dimenticato la password corrente.

status-OnPremisesConnectivityError-explain = Non è stato possibile raggiungere alcun controller di dominio, oppure non ha risposto in tempo.
status-OnPremisesConnectivityError-fix = Verifica che i controller di dominio siano attivi e raggiungibili sulle porte 636/389; esegui `sspr doctor`.

status-OnPremisesAdminActionRequired-explain = La directory ha rifiutato l'operazione per un motivo che solo un amministratore può risolvere (autorizzazioni, account protetto o attendibilità TLS).
# "Reimposta password" è il nome dell'autorizzazione in Active Directory; lockoutTime e pwdLastSet sono nomi di attributi.
status-OnPremisesAdminActionRequired-fix = Esegui `sspr doctor`: concedi all'account di servizio "Reimposta password" e la scrittura su lockoutTime/pwdLastSet, oppure gestisci manualmente gli account protetti.

status-UserNotEnabledForSSPR-explain = L'utente non rientra nell'ambito della reimpostazione della password self-service.
status-UserNotEnabledForSSPR-fix = Aggiungi l'utente al gruppo del self-service oppure modifica sspr.enabled_for.

status-UserNotProperlyConfigured-explain = L'utente non ha registrato abbastanza metodi di verifica.
status-UserNotProperlyConfigured-fix = L'utente registra i metodi su /register, oppure l'helpdesk lo aiuta.

status-WritebackNotEnabled-explain = Questa operazione è disabilitata nella configurazione del portale.
status-WritebackNotEnabled-fix = Abilita l'operazione nella configurazione se deve essere offerta.

status-AccountDisabled-explain = L'account è disabilitato in Active Directory.
status-AccountDisabled-fix = Un amministratore abilita l'account in Active Directory, se necessario.

status-VerificationFailed-explain = Un codice di verifica era errato o scaduto.
status-VerificationFailed-fix = L'utente richiede un nuovo codice e riprova.

status-TooManyAttempts-explain = Troppi tentativi; l'utente è temporaneamente bloccato.
status-TooManyAttempts-fix = Attendi la scadenza del blocco; indaga se si ripete.

status-UserNotFound-explain = Nessun account della directory corrisponde a quanto immesso dall'utente.
status-UserNotFound-fix = Controlla l'ortografia; l'utente può usare il nome utente, l'UPN o l'indirizzo e-mail.

status-DirectoryBusy-explain = Il controller di dominio ha risposto ma era saturo: la richiesta ha atteso il proprio turno fino a directory.write_queue_timeout ed è stata respinta. Non è stato modificato nulla.
status-DirectoryBusy-fix = L'utente riprova tra qualche istante. Se succede spesso, aumenta directory.write_queue_timeout o aggiungi controller di dominio a directory.urls.

status-WritebackInterrupted-explain = Il portale si è arrestato (un arresto anomalo o una terminazione forzata) mentre la scrittura della password era in corso; rileggendo l'account in seguito si è visto che la directory non l'ha applicata.
status-WritebackInterrupted-fix = L'utente riprova; non è stato modificato nulla. Verifica perché il portale si è arrestato (log del servizio).

# adminCount=1 è un attributo con il suo valore; mantienilo così com'è.
status-ProtectedAccount-explain = L'account ha privilegi (adminCount=1, membro di un gruppo protetto o del gruppo dell'helpdesk, oppure l'account di servizio): sspr non lo reimposta né lo sblocca mai.
status-ProtectedAccount-fix = Un amministratore della directory lo reimposta o lo sblocca con i propri strumenti (Utenti e computer di Active Directory, PowerShell), dopo aver verificato l'identità della persona di persona.
