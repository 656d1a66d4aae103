# Criteri password: le regole mostrate prima di immettere una nuova password, i motivi per cui una
# password immessa viene rifiutata e l'indicatore di complessità in tempo reale nei moduli delle password.
#
# Traduttori: mantenete ogni id di messaggio e ogni { $placeholder } così come sono; cambiate solo
# le parole.

## Le regole della directory per le password, una per riga (la vista di un utente per l'helpdesk e
## l'elenco di controllo sopra la casella della nuova password).

# Le cinque classi di caratteri della regola di complessità di Active Directory, con parole comprensibili
# per un utente; usate in policy-rule-classes e policy-few-classes.
-policy-classes = lettere maiuscole, lettere minuscole, cifre (0-9), simboli (come ! # $ % o uno spazio) e lettere senza distinzione tra maiuscole e minuscole (come quelle del cinese o del giapponese)

policy-rule-min-length = { $n ->
    [one] Almeno { $n } carattere
   *[other] Almeno { $n } caratteri
}
# $n è il numero di classi richieste (3).
policy-rule-classes = Caratteri di almeno { $n } di questi tipi: { -policy-classes }
policy-rule-names = Non deve contenere il nome utente né parti del nome completo
# $n è il numero di password memorizzate dalla directory. Include quella corrente, quindi esattamente 1
# significa che solo la password corrente non può essere riutilizzata (mantieni la variante [1]).
policy-rule-history = { $n ->
    [1] Non deve essere la password corrente
   *[other] Non deve essere una delle ultime { $n } password
}
# $duration è uno tra policy-days, policy-hours, policy-minutes o policy-seconds,
# ad esempio "1 giorno" o "36 ore".
policy-rule-min-age = Può essere cambiata al massimo una volta ogni { $duration }
# $duration come in policy-rule-min-age.
policy-rule-max-age = Deve essere cambiata ogni { $duration }

# Durate, inserite in policy-rule-min-age e policy-rule-max-age.
policy-days = { $n ->
    [one] { $n } giorno
   *[other] { $n } giorni
}
policy-hours = { $n ->
    [one] { $n } ora
   *[other] { $n } ore
}
policy-minutes = { $n ->
    [one] { $n } minuto
   *[other] { $n } minuti
}
policy-seconds = { $n ->
    [one] { $n } secondo
   *[other] { $n } secondi
}

## L'elenco di controllo sopra la casella della nuova password. Ogni riga viene spuntata in tempo reale
## mentre si digita la password.

policy-panel-title = La nuova password deve avere
# $n è il numero di classi richieste (3).
policy-panel-classes = Caratteri di { $n } di questi tipi: maiuscole, minuscole, cifre, simboli
policy-panel-names = Non deve contenere il nome utente né parti del nome
# Mostrato al posto delle regole quando non è stato possibile leggerle dalla directory.
policy-panel-unknown = Si applicano le regole per le password della tua organizzazione
policy-panel-common = Non deve essere una password comune o facile da indovinare
# Quando l'organizzazione confronta le nuove password con un elenco di password violate.
policy-panel-breached = Non deve essere una password nota da violazioni di dati
# Quando l'organizzazione imposta una complessità minima. $level è una delle parole dell'indicatore
# (meter-too-weak … meter-strong), ad esempio "Buona".
policy-panel-strength = Difficile da indovinare: almeno "{ $level }" sull'indicatore di complessità
# La nuova password e la sua conferma coincidono.
policy-panel-match = Le due voci corrispondono
# Sotto l'elenco, quando l'account ha un proprio criterio granulare per le password.
policy-source-pso = Queste regole provengono dal criterio password del tuo account.
# Sotto l'elenco, quando si applica (o si presume) il criterio del dominio.
policy-source-domain = Queste regole provengono dal criterio password della tua organizzazione.
# $when è una data e un'ora.
policy-can-change = Potrai cambiare di nuovo la password a partire dal { $when }.

## Perché una password immessa viene rifiutata, mostrato sopra il modulo. Non ripetono mai la password.

# $min è il minimo previsto dal criterio, $actual il numero di caratteri immessi.
policy-too-short = { $min ->
    [one] Usa almeno { $min } carattere (ne hai immessi { $actual }).
   *[other] Usa almeno { $min } caratteri (ne hai immessi { $actual }).
}
# Le frasi policy-has-account-name, policy-has-name-part e policy-few-classes vengono
# mostrate insieme, in quest'ordine, per ogni requisito non soddisfatto.
policy-has-account-name = Non includere il nome utente.
policy-has-name-part = Non includere parti del nome completo.
# $required è il numero di classi richieste (3), $present quante ne contiene la password.
policy-few-classes = Usa caratteri di almeno { $required } di questi tipi: { -policy-classes } (la tua ne contiene { $present }).
# $when è una data e un'ora, arrotondata al minuto.
policy-too-young = La password è stata cambiata troppo di recente. Potrai cambiarla di nuovo a partire dal { $when }.
policy-banned = Questa password è troppo comune o troppo facile da indovinare. Evita parole comuni, nomi, stagioni, anni e sequenze di tasti.
policy-breached = Questa password è comparsa in una violazione di dati, quindi gli aggressori la provano per prima. Scegline una che non hai mai usato da nessuna parte.
# Seguito da una o più frasi strength-warning-… e strength-suggest-….
policy-too-weak = Questa password sarebbe troppo facile da indovinare.

## Perché una password è facile da indovinare e cosa aiuterebbe: mostrato dopo policy-too-weak, una
## frase ciascuno.

strength-warning-key-rows = Le file di tasti consecutivi sono facili da indovinare.
strength-warning-key-patterns = Le brevi sequenze di tasti sono facili da indovinare.
strength-warning-repeats = Le ripetizioni come "aaa" sono facili da indovinare.
strength-warning-repeated-groups = Le ripetizioni come "abcabcabc" sono solo un po' più difficili da indovinare di "abc".
strength-warning-top10 = Questa è una delle dieci password più comuni.
strength-warning-top100 = Questa è una delle cento password più comuni.
strength-warning-common = Questa è una password molto comune.
strength-warning-similar-to-common = Questa password è simile a una password molto usata.
strength-warning-sequences = Le sequenze come "abc" o "6543" sono facili da indovinare.
strength-warning-recent-years = Gli anni recenti sono facili da indovinare.
strength-warning-single-word = Una parola da sola è facile da indovinare.
strength-warning-dates = Le date sono spesso facili da indovinare.
strength-warning-names = Nomi e cognomi da soli sono facili da indovinare.
strength-warning-common-names = I nomi e i cognomi comuni sono facili da indovinare.
strength-suggest-few-words = Usa più parole ed evita le frasi comuni.
strength-suggest-no-symbols-needed = Non servono simboli, cifre o lettere maiuscole.
strength-suggest-another-word = Aggiungi ancora una o due parole. Meglio se poco comuni.
strength-suggest-capitals = Le lettere maiuscole non aiutano molto.
strength-suggest-all-capitals = Una password tutta in maiuscolo è facile da indovinare quasi quanto una tutta in minuscolo.
strength-suggest-reversed = Le parole scritte al contrario non sono molto più difficili da indovinare.
strength-suggest-substitutions = Le sostituzioni prevedibili, come "@" al posto di "a", non aiutano molto.
strength-suggest-longer-pattern = Usa una sequenza di tasti più lunga e con più cambi di direzione.
strength-suggest-avoid-repeats = Evita parole e caratteri ripetuti.
strength-suggest-avoid-sequences = Evita le sequenze.
strength-suggest-avoid-recent-years = Evita gli anni recenti.
strength-suggest-avoid-your-years = Evita gli anni legati a te.
strength-suggest-avoid-your-dates = Evita date e anni legati a te.

## L'elenco di controllo in tempo reale e l'indicatore di complessità (letti da static/password.js).

# Letto dalle utilità per la lettura dello schermo dopo una riga dell'elenco, quando il requisito viene soddisfatto.
meter-done = (soddisfatto)
# Letto dalle utilità per la lettura dello schermo dopo una riga che era soddisfatta e non lo è più.
meter-not-met = (non soddisfatto)
# Prima della parola che indica la complessità, ad esempio "Complessità: Buona".
meter-label = Complessità:
meter-too-weak = Troppo debole
meter-weak = Debole
meter-fair = Discreta
meter-good = Buona
meter-strong = Sicura
# Il pulsante accanto a una casella della password che mostra il testo immesso e lo nasconde di nuovo.
meter-show = Mostra
meter-hide = Nascondi

## Rifiuti segnalati dalla directory stessa (dopo che i controlli del portale sono stati superati).
policy-refused-banned = Questa password è troppo comune o facile da indovinare. Scegli qualcosa di meno prevedibile, ad esempio tre o quattro parole senza relazione tra loro.
policy-refused-too-short = Questa password è troppo corta per il criterio del tuo account. Scegline una più lunga.
policy-refused-not-complex = Questa password non è abbastanza complessa: usa caratteri di 3 di questi tipi (maiuscole, minuscole, cifre e simboli) e non usare il tuo nome.
policy-refused-in-history = Hai già usato questa password in passato. Scegline una che non hai usato di recente.
policy-refused-too-young = La password è stata cambiata troppo di recente per poterla già cambiare di nuovo. Usa invece "Reimposta la password" oppure riprova più tardi.
policy-refused-cannot-change = Il tuo account è configurato in modo che tu non possa cambiarne la password. Contatta { $helpdesk }.
policy-refused-unknown = La directory ha rifiutato questa password: potrebbe essere una password usata di recente o bloccata da un filtro password. Scegli una password diversa.
