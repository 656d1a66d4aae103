# I controlli del writeback nella pagina di stato della console (gli stessi controlli che
# `sspr doctor` stampa, in inglese): per ciascuno, che cosa è stato controllato (-name), che cosa è stato
# rilevato (-detail) e che cosa fare (-fix).
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words. Setting names (directory.ca_file, directory.bind_dn, directory.probe_user), attribute
# names (lockoutTime, pwdLastSet, sAMAccountName, distinguishedName, adminCount), DNs
# (CN=AdminSDHolder,CN=System), ports, rights as the delegation wizard names them (Reset Password,
# Write lockoutTime) and product names are directory names: keep them as they are. { $error } is
# the directory's own message, in English.

## Domain controllers: connection and certificate

check-dc-tls-unverified-name = DC { $url }: raggiungibile tramite TLS
check-dc-tls-unverified-detail = non è stato possibile verificare il certificato: { $detail }
check-dc-tls-unverified-fix = Imposta directory.ca_file sull'autorità di certificazione (PEM) che ha emesso il certificato del DC e usa nell'URL un nome host elencato nel SAN del certificato. La verifica non viene mai disattivata.

check-dc-unreachable-name = DC { $url }: raggiungibile tramite TLS
check-dc-unreachable-detail = { $error }
check-dc-unreachable-fix = Controlla che il DC sia attivo e che questo host possa raggiungerlo sulla porta 636 (ldaps) o 389 (StartTLS); controlla l'URL e i firewall.

check-cert-missing-name = DC { $url }: certificato
check-cert-missing-detail = nessun certificato del peer da esaminare
check-cert-missing-fix = Controlla la configurazione TLS.

check-cert-unparsable-name = DC { $url }: certificato
check-cert-unparsable-detail = non è stato possibile analizzare il certificato
check-cert-unparsable-fix = Controlla il certificato.

# $subject is the certificate's subject (a DN).
check-cert-expired-name = DC { $url }: certificato
check-cert-expired-detail = { $days ->
    [one] { $subject } è scaduto { $days } giorno fa
    [many] { $subject } è scaduto { $days } di giorni fa
   *[other] { $subject } è scaduto { $days } giorni fa
}
check-cert-expired-fix = Rinnova il certificato del DC.

check-cert-expiring-name = DC { $url }: certificato
check-cert-expiring-detail = { $days ->
    [one] verificato; { $subject } scade tra { $days } giorno
    [many] verificato; { $subject } scade tra { $days } di giorni
   *[other] verificato; { $subject } scade tra { $days } giorni
}
check-cert-expiring-fix = Rinnova il certificato del DC prima che scada, altrimenti ogni writeback non riuscirà.

check-cert-ok-name = DC { $url }: certificato
check-cert-ok-detail = { $days ->
    [one] verificato; { $subject } scade tra { $days } giorno
    [many] verificato; { $subject } scade tra { $days } di giorni
   *[other] verificato; { $subject } scade tra { $days } giorni
}

## Domain controllers: the service account's bind

check-bind-ok-name = DC { $url }: bind dell'account di servizio
check-bind-ok-detail = bind eseguito come { $bind_dn }

check-bind-refused-name = DC { $url }: bind dell'account di servizio
check-bind-refused-detail = { $reason ->
    [credentials] password errata o account inesistente (controlla bind_dn e la password)
    [password-expired] la password dell'account di servizio è scaduta
    [disabled] l'account di servizio è disabilitato
    [expired] l'account di servizio è scaduto
    [must-change] l'account di servizio deve cambiare la password
    [locked] l'account di servizio è bloccato
   *[refused] il DC ha rifiutato il bind
}: { $error }
check-bind-refused-fix = Correggi directory.bind_dn o la password di bind e assicurati che l'account sia abilitato, non bloccato e con una password che non scade.

check-bind-error-name = DC { $url }: bind dell'account di servizio
check-bind-error-detail = { $error }
check-bind-error-fix = Controlla i log del DC.

check-bind-timeout-name = DC { $url }: bind dell'account di servizio
check-bind-timeout-detail = nessuna risposta entro il tempo previsto
check-bind-timeout-fix = Il DC è sovraccarico oppure un firewall scarta il traffico dopo l'handshake.

## Domain controllers: the password policy hints control

# $oid is the control's object identifier (1.2.840.113556.1.4.2239).
check-hints-ok-name = DC { $url }: controllo dei suggerimenti dei criteri
check-hints-ok-detail = supportato ({ $oid }): le reimpostazioni self-service applicano la cronologia e la validità minima

check-hints-unsupported-name = DC { $url }: controllo dei suggerimenti dei criteri
check-hints-unsupported-detail = non supportato da questo DC: le reimpostazioni self-service non possono applicare la cronologia né la validità minima della password (le modifiche sì)
check-hints-unsupported-fix = Usa per il writeback DC con Windows Server 2012 R2 o versioni successive se le reimpostazioni devono rispettare la cronologia; Samba non supporta questo controllo.

check-hints-unreadable-name = DC { $url }: controllo dei suggerimenti dei criteri
check-hints-unreadable-detail = rootDSE non leggibile: { $error }
check-hints-unreadable-fix = Controlla il DC.

## Password policies

# $complexity is `on` or `off`; $min_age_hours is in hours (h).
check-policy-ok-name = criterio password del dominio leggibile
check-policy-ok-detail = lunghezza minima { $min_length }, complessità { $complexity ->
    [on] attiva
   *[off] disattivata
}, cronologia { $history }, validità minima { $min_age_hours } h, blocco dopo { $lockout }

check-policy-min-age-name = criterio password del dominio leggibile
check-policy-min-age-detail = lunghezza minima { $min_length }, complessità { $complexity ->
    [on] attiva
   *[off] disattivata
}, cronologia { $history }, validità minima { $min_age_hours } h, blocco dopo { $lockout }: gli utenti non possono cambiare la password due volte entro la validità minima
check-policy-min-age-fix = Valuta una validità minima della password di 0 (o al massimo 1 giorno); gli utenti che la cambiano e poi la dimenticano devono reimpostarla, cosa che una reimpostazione da parte dell'helpdesk consente sempre.

check-policy-unreadable-name = criterio password del dominio leggibile
check-policy-unreadable-detail = { $error }
check-policy-unreadable-fix = Gli utenti autenticati di norma possono leggere la radice del dominio; controlla l'account di servizio.

# $container is the DN of the Password Settings Container.
check-pso-unreadable-name = criteri password granulari (PSO) leggibili
check-pso-unreadable-detail = { $total ->
    [one] { $unreadable } PSO su { $total } ha impostazioni non leggibili
    [many] { $unreadable } PSO su { $total } hanno impostazioni non leggibili
   *[other] { $unreadable } PSO su { $total } hanno impostazioni non leggibili
}
check-pso-unreadable-fix = Concedi all'account di servizio la lettura su { $container }.

check-pso-ok-name = criteri password granulari (PSO) leggibili
check-pso-ok-detail = { $count ->
    [one] { $count } PSO trovato
    [many] { $count } di PSO trovati
   *[other] { $count } PSO trovati
}

check-pso-container-unreadable-name = criteri password granulari (PSO) leggibili
check-pso-container-unreadable-detail = il Password Settings Container non è leggibile ({ $error }); agli utenti soggetti a un PSO verrebbe mostrato il criterio del dominio
check-pso-container-unreadable-fix = Concedi all'account di servizio la lettura (RP, LC) su { $container }.

## The service account's rights on users

check-rights-own-entry-name = autorizzazioni dell'account di servizio sugli utenti
check-rights-own-entry-detail = la voce dell'account di servizio stesso non è leggibile: { $error }
check-rights-own-entry-fix = Controlla directory.bind_dn.

check-rights-probe-search-name = autorizzazioni dell'account di servizio sugli utenti
check-rights-probe-search-detail = { $error }
check-rights-probe-search-fix = Controlla il DC.

check-rights-no-probe-name = autorizzazioni dell'account di servizio sugli utenti
check-rights-no-probe-detail = nessun utente trovato su cui verificare le autorizzazioni
check-rights-no-probe-fix = Imposta directory.probe_user sul sAMAccountName di un utente tipico (non amministratore).

# $probe is the DN of the user the rights were probed on.
check-rights-ok-name = autorizzazioni dell'account di servizio sugli utenti (verificate su: { $probe })
check-rights-ok-detail = Reset Password, scrittura di lockoutTime, scrittura di pwdLastSet: concesse

check-rights-not-writable-name = autorizzazioni dell'account di servizio sugli utenti (verificate su: { $probe })
check-rights-not-writable-detail = l'ACL concede le autorizzazioni, ma il DC non indica lockoutTime/pwdLastSet come scrivibili
check-rights-not-writable-fix = Cerca voci di negazione o una restrizione a livello di schema sull'OU.

# $missing lists rights as the delegation wizard names them (Reset Password, Write lockoutTime…).
check-rights-missing-name = autorizzazioni dell'account di servizio sugli utenti (verificate su: { $probe })
check-rights-missing-detail = mancanti: { $missing }
check-rights-missing-fix = Delega a { $bind_dn } sull'OU degli utenti (Delega controllo: "Reset user passwords and force password change at next logon", più Write lockoutTime), con ereditarietà sugli oggetti User discendenti.

check-rights-acl-unreadable-name = autorizzazioni dell'account di servizio sugli utenti (verificate su: { $probe })
check-rights-acl-unreadable-detail = { $error }
check-rights-acl-unreadable-fix = Gli utenti autenticati di norma possono leggere le ACL degli utenti; verifica se ci sono autorizzazioni rafforzate.

## Protected accounts

check-protected-unreadable-name = account protetti (adminCount=1)
check-protected-unreadable-detail = { $error }
check-protected-unreadable-fix = Controlla il DC.

check-protected-ok-name = account protetti (adminCount=1)
check-protected-ok-detail = { $count ->
    [one] { $count } account protetto, gestibile
    [many] { $count } di account protetti, tutti gestibili
   *[other] { $count } account protetti, tutti gestibili
}

# $accounts lists sAMAccountNames.
check-protected-unmanaged-name = account protetti (adminCount=1)
check-protected-unmanaged-detail = { $count ->
    [one] { $count } account protetto che l'account di servizio non può reimpostare né sbloccare: { $accounts }
    [many] { $count } di account protetti che l'account di servizio non può reimpostare né sbloccare: { $accounts }
   *[other] { $count } account protetti che l'account di servizio non può reimpostare né sbloccare: { $accounts }
}
check-protected-unmanaged-fix = Questi account ricevono l'ACL da AdminSDHolder e ignorano le deleghe: tienili fuori dall'ambito del self-service (i loro utenti vedono "contatta l'amministratore"), oppure delega su CN=AdminSDHolder,CN=System se i criteri lo consentono.

## Configured groups

# $key is a setting name (sspr.helpdesk_group_dn…), $dn the group's DN as configured.
check-group-ok-name = { $key } esiste
check-group-ok-detail = { $dn }

check-group-missing-name = { $key } esiste
check-group-missing-detail = { $dn } non è un gruppo visibile all'account di servizio
check-group-missing-fix = Correggi { $key } (copia il DN dall'attributo distinguishedName del gruppo).

check-group-error-name = { $key } esiste
check-group-error-detail = { $error }
check-group-error-fix = Controlla il DC.

## When nothing else can run

check-directory-unusable-name = directory utilizzabile
check-directory-unusable-detail = nessun DC ha accettato l'account di servizio su una connessione verificata
check-directory-unusable-fix = Correggi prima gli errori riportati sopra.
