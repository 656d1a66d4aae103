# The helpdesk console (/admin): sign-in, the dashboard and its charts, user search, the user
# page with its diagnosis and actions, the audit log and writeback health.
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words. Text in `backticks`, attribute names (adminCount, accountExpires, lockoutTime,
# pwdLastSet), setting names (sspr.enabled_for) and paths (/register, /change) are commands,
# directory names and addresses: keep them as they are. Activity names and status reasons
# (ResetSelfService, OnPremisesPolicyViolation…) are codes from the audit log: not translated.

## Frame of every console page

# The default title of a console page.
console-title = Helpdesk
# After each page's title, and at the top of every console page.
console-org-helpdesk = Helpdesk för { $org }
# The name of the console's navigation, for screen readers.
console-nav-label = Helpdesk
console-dashboard = Instrumentpanel
console-users = Användare
console-audit = Granskningslogg
console-health = Tillbakaskrivningens hälsa
console-sign-out = Logga ut
console-sign-in = Logga in
console-none = —
console-yes = ja
console-no = nej
console-pager-label = Sidor
console-previous = Föregående
console-next = Nästa
console-page-of = Sida { $page } av { $pages }

## Sign-in

console-login-title = Inloggning till helpdesk
console-login-lead = Logga in med ditt katalogkonto. Du måste vara med i helpdeskgruppen, och du bekräftar med din autentiseringsapp.
console-login-username = Användarnamn
console-login-password = Lösenord
console-login-incomplete = Ange ditt användarnamn och lösenord.
console-login-refused = Användarnamnet eller lösenordet är fel, eller så är kontot inte ett helpdeskkonto.
console-no-mailbox-title = Ingen postlåda för att bekräfta konfigurationen
console-no-mailbox-message = För att konfigurera din autentiserare för helpdesk krävs en kod som skickas till din postlåda i katalogen, och ditt konto har ingen.
console-no-mailbox-next = Be en katalogadministratör att lägga till en e-postadress på ditt konto.

console-totp-page-title = Helpdesk: autentiserare
console-totp-enrol-title = Konfigurera din autentiserare
console-totp-enrol-lead = Alla helpdeskkonton loggar in med en autentiseringsapp. Vi har skickat en konfigurationskod till din jobbrevlåda: bara ett lösenord räcker inte för att konfigurera en. Skanna den här koden (eller skriv nyckeln) och ange sedan båda koderna.
# Before the secret key of the authenticator being set up.
console-totp-key = Nyckel:
console-totp-title = Autentiseringskod
console-totp-lead = Skriv den 6-siffriga kod som din autentiseringsapp visar just nu.
console-totp-enrol-code = Konfigurationskod från e-postmeddelandet
console-totp-code = Kod från din autentiseringsapp
console-continue = Fortsätt
console-totp-wrong = Koden är fel. Skriv den kod som appen visar just nu.

## When a console page is refused

console-refused-title = Inloggning till helpdesk krävs
console-refused-next = Logga in med ditt helpdeskkonto.
console-refused-not-signed-in = Den här sidan är till för helpdeskpersonal som har loggat in med lösenord och autentiserare.
console-refused-signed-out = Du är utloggad.
console-refused-idle = Du loggades ut efter en period av inaktivitet.
console-refused-session-over = Din konsolsession har nått sin längsta tillåtna tid. Logga in igen för att fortsätta.
console-role-lost-not-in-group = Ditt konto är inte längre medlem i helpdeskgruppen.
console-role-lost-disabled = Ditt konto har inaktiverats, så din helpdesksession avslutades.
console-role-lost-expired = Ditt konto har upphört att gälla, så din helpdesksession avslutades.
console-role-lost-locked = Ditt konto är utelåst, så din helpdesksession avslutades.
console-role-lost-password-expired = Ditt lösenord har upphört att gälla eller måste ändras, så din helpdesksession avslutades. Ändra det och logga sedan in igen.
console-role-lost-unverifiable = Katalogen kunde inte bekräfta din helpdeskroll just nu, så din session avslutades. Logga in igen om en stund.

## Dashboard

# The headline of writeback health. $status is a code: active, degraded or down.
console-writeback-status = { $status ->
    [active] Tillbakaskrivning: aktiv
    [degraded] Tillbakaskrivning: försämrad
   *[down] Tillbakaskrivning: ur funktion
}
console-details = Detaljer
console-activity-caption = Återställningar, ändringar, upplåsningar och misslyckade tillbakaskrivningar per dag.
console-reasons-caption = Varför tillbakaskrivningar misslyckades.
# The dashboard's password-expiry reminder figures, over the same 30 days as the charts.
console-reminders-title = Påminnelser om att lösenord upphör att gälla, senaste 30 dagarna
console-reminders-sent = { $n ->
    [one] { $n } påminnelse skickad.
   *[other] { $n } påminnelser skickade.
}
# $n people changed (or reset) their password after a reminder; $sent reminders were sent.
console-reminders-changed = { $n ->
    [one] { $n } person ändrade sitt lösenord efter en påminnelse.
   *[other] { $n } personer ändrade sitt lösenord efter en påminnelse.
}

## Users

console-users-heading = Hitta en användare
console-users-search-label = Namn, kontonamn, UPN eller e-post
console-search = Sök
console-search-too-short = { $n ->
    [one] Skriv minst { $n } tecken.
   *[other] Skriv minst { $n } tecken.
}
console-search-unavailable = Katalogen svarade inte. Försök igen om en stund.
console-users-too-many = Fler än { $max } träffar: de första { $max } visas; förfina sökningen.
console-users-matches = { $n ->
    [one] { $n } träff.
   *[other] { $n } träffar.
}
console-col-account = Konto
console-col-name = Namn
console-col-mail = E-post
console-col-state = Tillstånd
# Badges of an account in the search results.
console-flag-disabled = Inaktiverat
console-flag-locked = Låst
console-flag-must-change = Måste ändras
console-flag-protected = Skyddat
console-flag-ok = OK

## The user page

console-no-such-user-title = Användaren finns inte
console-no-such-user-message = Inget konto har den här identifieraren (det kan ha tagits bort).
console-no-such-user-next = Sök igen.

console-account = Konto
# The account name, then the user principal name in brackets.
console-account-value = { $sam } ({ $upn })
console-fact-name = Namn
console-fact-mail = E-post
console-fact-locked = Låst
console-fact-locked-yes = ja, sedan { $since }; låses upp automatiskt { $until }
console-fact-bad-count = Antal felaktiga lösenord
console-fact-disabled = Inaktiverat
console-fact-password = Lösenord
console-password-must-change = måste ändras vid nästa inloggning
console-password-expired = har upphört att gälla
console-password-never-expires = upphör aldrig att gälla
console-password-expires = upphör att gälla { $when }
console-fact-password-last-set = Lösenordet angavs senast
console-fact-protected = Skyddat (adminCount)
console-fact-privileged = Privilegierat
# Why an account is privileged. $kind: protected (adminCount=1), service (the account sspr
# binds as), helpdesk (in the helpdesk group) or group (in the protected group $group).
console-fact-privileged-yes = { $kind ->
    [protected] ja: ett skyddat konto (adminCount=1); det kan inte återställas eller låsas upp här
    [service] ja: portalens eget tjänstkonto; det kan inte återställas eller låsas upp här
    [helpdesk] ja: medlem i helpdeskgruppen; det kan inte återställas eller låsas upp här
   *[group] ja: medlem i den skyddade gruppen { $group }; det kan inte återställas eller låsas upp här
}
console-policy-pso = Detaljerad princip { $dn }
console-policy-domain = Domänprincip
console-policy-unreadable = Kan inte läsas av tjänstkontot.

console-diagnosis = Diagnos
console-diagnosis-none = Ingenting hindrar den här användaren från att själv återställa lösenordet eller låsa upp kontot.

console-verify-caller = Verifiera den som ringer
console-verified = Verifierad
console-verified-recently = { $minutes ->
    [one] Du verifierade den som ringer under den senaste minuten.
   *[other] Du verifierade den som ringer under de senaste { $minutes } minuterna.
}
console-verify-lead = Kontrollera innan du agerar att den som ringer verkligen är rätt person: skicka en kod till användarens registrerade e-postadress, eller be om koden från autentiseringsappen, och skriv det som läses upp för dig.
console-email-code = Skicka en kod via e-post
console-code-from = Kod från
console-code-from-email = användarens e-post
console-code-from-totp = användarens autentiseringsapp
console-caller-code = Kod som den som ringer läser upp
console-check = Kontrollera
console-verify-no-methods = Inga registrerade metoder: verifiera den som ringer på ett annat sätt (personligen, genom att ringa tillbaka till ett känt nummer) och ange skälet när du agerar.
console-caller-code-sent = En kod är på väg till användarens registrerade e-postadress. Be den som ringer att läsa upp den för dig.
console-caller-no-email = Användaren har ingen registrerad e-postadress. Be om koden från autentiseringsappen, eller verifiera användaren på ett annat sätt.
console-caller-verified = { $minutes ->
    [one] Den som ringer är verifierad. Du kan utföra åtgärder på kontot under den närmaste minuten.
   *[other] Den som ringer är verifierad. Du kan utföra åtgärder på kontot under de närmaste { $minutes } minuterna.
}
console-caller-wrong = Koden är fel. Den som ringer är kanske inte rätt person.
console-back-to-user = Tillbaka till användaren

console-actions = Åtgärder
# $kind as for console-fact-privileged-yes.
console-privileged-notice = { $kind ->
    [protected] Det här är ett skyddat konto (adminCount=1). sspr återställer eller låser inte upp privilegierade konton: det gör en katalogadministratör, med egna verktyg, efter att ha verifierat personen.
    [service] Det här är portalens eget tjänstkonto. sspr återställer eller låser inte upp privilegierade konton: det gör en katalogadministratör, med egna verktyg, efter att ha verifierat personen.
    [helpdesk] Det här är en medlem i helpdeskgruppen. sspr återställer eller låser inte upp privilegierade konton: det gör en katalogadministratör, med egna verktyg, efter att ha verifierat personen.
   *[group] Det här är en medlem i den skyddade gruppen { $group }. sspr återställer eller låser inte upp privilegierade konton: det gör en katalogadministratör, med egna verktyg, efter att ha verifierat personen.
}
console-unlock = Lås upp
console-unlock-hint = Tar bort utelåsningen; lösenordet behålls.
console-unlock-button = Lås upp…
console-reset = Återställ lösenord
console-new-password = Nytt lösenord
console-mode-generate = Generera ett (visas en gång)
console-mode-typed = Skriv ett
console-typed-password = Inskrivet lösenord
console-typed-password-empty = Skriv det nya lösenordet, eller välj att generera ett.
console-must-change = Måste ändras vid nästa inloggning
console-also-unlock = Lås också upp
console-reset-button = Återställ…
console-unblock = Avblockera autentiseraren
console-unblock-hint = Blockerad efter för många felaktiga koder i rad.
console-unblock-button = Avblockera…
console-clear = Rensa registrerade metoder
console-clear-hint = Vid en förlorad telefon eller en gammal adress; användaren registrerar sig igen.
console-clear-button = Rensa…

console-password-policy = Lösenordsprincip
console-registered-methods = Registrerade metoder
console-nothing = Inga.
console-method-since = sedan { $when }
console-recent-activity = Senaste aktivitet
console-col-time = Tid
console-col-activity = Aktivitet
console-col-result = Resultat
console-col-by = Av
console-col-detail = Information
console-full-history = Fullständig historik

## Confirming an action, and its result

console-confirm-password = Det nya lösenordet (skriv det igen)
console-confirm-unverified = Du har inte verifierat den som ringer med en kod. Om du verifierade personen på ett annat sätt, ange hur: det sparas i granskningsloggen.
console-confirm-how = Hur du verifierade den som ringer
console-confirm-yes = Ja, gör det
console-cancel = Avbryt

console-reset-confirm-title = Återställa lösenordet?
# $must_change and $unlock are yes or no: what the helpdesk chose with the reset.
console-reset-confirm = { $must_change ->
    [yes] { $unlock ->
        [yes] Återställ lösenordet för { $name } ({ $sam }), som måste ändra det vid nästa inloggning, och lås upp kontot.
       *[no] Återställ lösenordet för { $name } ({ $sam }), som måste ändra det vid nästa inloggning.
    }
   *[no] { $unlock ->
        [yes] Återställ lösenordet för { $name } ({ $sam }) och lås upp kontot.
       *[no] Återställ lösenordet för { $name } ({ $sam }).
    }
}
console-reset-done-title = Lösenordet har återställts
console-reset-done = { $must_change ->
    [yes] Lösenordet för { $sam } har återställts; användaren måste ändra det vid nästa inloggning. Ett e-postmeddelande har skickats till användaren.
   *[no] Lösenordet för { $sam } har återställts. Ett e-postmeddelande har skickats till användaren.
}
console-reset-failed = Återställningen genomfördes inte
console-secret-once = Nytt lösenord (visas en gång; läs upp det för användaren, skriv inte ned det):
console-back-to = Tillbaka till { $sam }

console-unlock-confirm-title = Låsa upp kontot?
console-unlock-confirm = Lås upp kontot för { $name } ({ $sam }). Lösenordet ändras inte.
console-unlock-done-title = Kontot har låsts upp
console-unlock-done = { $sam } kan logga in igen. Ett e-postmeddelande har skickats till användaren.
console-unlock-failed = Upplåsningen genomfördes inte

console-clear-confirm-title = Rensa registrerade metoder?
console-clear-confirm = Ta bort alla registrerade verifieringsmetoder för { $sam }. Användaren måste registrera sig igen.
console-clear-done-title = Metoderna har rensats
console-clear-done = { $n ->
    [one] { $n } metod har tagits bort; ett e-postmeddelande har skickats till { $sam }.
   *[other] { $n } metoder har tagits bort; ett e-postmeddelande har skickats till { $sam }.
}

console-unblock-confirm-title = Avblockera autentiseraren?
console-unblock-confirm = Avblockera autentiseraren för { $sam }: koder från den räknas igen, och antalet felaktiga koder börjar om från noll.
console-unblock-done-title = Autentiseraren har avblockerats
console-unblock-done = Autentiseraren för { $sam } fungerar igen; ett e-postmeddelande har skickats till användaren.

# Why a writeback failed: what happened, then what to do (both status-* messages).
console-explain-fix = { $explain } { $fix }

## Audit log

console-verify-chain = Verifiera hashkedjan
console-chain-intact = Hashkedjan är intakt
console-chain-verified = { $rows ->
    [one] { $rows } rad verifierad med nyckeln.
   *[other] { $rows } rader verifierade med nyckeln.
}
# Rows written before the audit log was chained with a key.
console-chain-legacy-covered = { $legacy ->
    [one] { $legacy } av dem är från tiden före den nyckelbaserade kedjan och täcks av de nyckelbaserade raderna efter den.
   *[other] { $legacy } av dem är från tiden före den nyckelbaserade kedjan och täcks av de nyckelbaserade raderna efter dem.
}
console-chain-legacy-uncovered = { $legacy ->
    [one] { $legacy } av dem är från tiden före den nyckelbaserade kedjan, och ingen nyckelbaserad rad täcker den ännu.
   *[other] { $legacy } av dem är från tiden före den nyckelbaserade kedjan, och ingen nyckelbaserad rad täcker dem ännu.
}
console-chain-broken = Hashkedjan är bruten
console-filter-user = Användare
console-filter-activity = Aktivitet
console-any = Alla
console-filter-status = Status
# The two values of an audit row's status.
console-status-success = lyckades
console-status-failure = misslyckades
console-filter-reason = Statusorsak
console-filter-from = Från
console-filter-to = Till
console-filter = Filtrera
console-audit-rows = { $n ->
    [one] { $n } rad.
   *[other] { $n } rader.
}
console-export = Exportera den här vyn:
console-export-csv = CSV
console-export-jsonl = JSON-rader
console-col-status = Status
console-col-reason = Orsak
console-col-user = Användare
console-col-client = Klient

## Writeback health

console-health-last-check = Senaste kontroll
console-never = aldrig
console-health-last-success = Senaste lyckade tillbakaskrivning
console-none-yet = ingen ännu
console-health-failures = Fel under 24 timmar
console-health-failures-value = { $attempts ->
    [one] { $failed } av { $attempts } tillbakaskrivning misslyckades på grund av anslutning eller behörigheter
   *[other] { $failed } av { $attempts } tillbakaskrivningar misslyckades på grund av anslutning eller behörigheter
}
console-health-run = Kör kontrollerna nu

health-not-run = Hälsokontrollen har inte körts ännu.
health-no-domain-controller = Ingen domänkontrollant accepterade tjänstkontot vid den senaste hälsokontrollen.
health-checks-failed = { $n ->
    [one] { $n } kontroll misslyckades vid den senaste hälsokontrollen.
   *[other] { $n } kontroller misslyckades vid den senaste hälsokontrollen.
}
health-failure-rate = { $attempts ->
    [one] { $failed } av { $attempts } tillbakaskrivning misslyckades under 24 timmar på grund av anslutning eller behörigheter.
   *[other] { $failed } av { $attempts } tillbakaskrivningar misslyckades under 24 timmar på grund av anslutning eller behörigheter.
}
health-all-passed = Alla kontroller godkändes vid den senaste hälsokontrollen.

## Diagnosis findings on the user page: a title, the facts, and what to do

finding-privileged-title = Privilegierat konto
# $kind as for console-fact-privileged-yes. The fix is status-ProtectedAccount-fix.
finding-privileged-detail = { $kind ->
    [protected] Det här är ett skyddat konto (adminCount=1). sspr återställer eller låser aldrig upp privilegierade konton, varken via självbetjäning eller här.
    [service] Det här är portalens eget tjänstkonto. sspr återställer eller låser aldrig upp privilegierade konton, varken via självbetjäning eller här.
    [helpdesk] Det här är en medlem i helpdeskgruppen. sspr återställer eller låser aldrig upp privilegierade konton, varken via självbetjäning eller här.
   *[group] Det här är en medlem i den skyddade gruppen { $group }. sspr återställer eller låser aldrig upp privilegierade konton, varken via självbetjäning eller här.
}

finding-not-in-scope-title = Omfattas inte av självbetjäning
# $scope is group (self-service is for the members of $group) or none (switched off).
finding-not-in-scope-detail = { $scope ->
    [group] Självbetjäning är aktiverad för medlemmar i { $group }; den här användaren är inte medlem (varken direkt eller via kapslade grupper).
   *[none] Självbetjäning är avstängd (sspr.enabled_for = "none").
}
finding-not-in-scope-fix = Lägg till användaren i självbetjäningsgruppen, eller återställ eller lås upp åt användaren här.

finding-directory-unreachable-title = Katalogen kan inte nås
# $error is what the directory said, in English.
finding-directory-unreachable-detail = { $error }
finding-directory-unreachable-fix = Kontrollera domänkontrollanterna (sidan Tillbakaskrivningens hälsa).

finding-not-registered-title = Inte registrerad
finding-not-registered-detail = { $required ->
    [one] { $registered } av { $required } obligatorisk verifieringsmetod har registrerats.
   *[other] { $registered } av { $required } obligatoriska verifieringsmetoder har registrerats.
}
finding-not-registered-fix = Användaren registrerar sig på /register medan användaren fortfarande kan sitt lösenord; i dag kan du återställa åt användaren här efter att ha verifierat den som ringer på ett annat sätt.

finding-disabled-title = Kontot är inaktiverat
finding-disabled-detail = Kontot är inaktiverat i Active Directory: ingenting kan logga in med det.
finding-disabled-fix = Aktivera det i Active Directory om det ska användas (ingen åtgärd för helpdesk här).

finding-expired-title = Kontot har upphört att gälla
finding-expired-detail = accountExpires har passerats.
finding-expired-fix = Förläng kontots giltighetstid i Active Directory.

finding-missing-rights-title = Tjänstkontot saknar behörigheter för den här användaren
# $rights is a list of directory permission and attribute names.
finding-missing-rights-detail = Saknas för det här kontot: { $rights }.
finding-missing-rights-fix = Delegera Reset Password och skrivbehörighet för lockoutTime/pwdLastSet till tjänstkontot på den här användarens OU (kör `sspr doctor`).

finding-rights-unchecked-title = Behörigheterna kunde inte kontrolleras
finding-rights-unchecked-detail = { $error }
finding-rights-unchecked-fix = Kör `sspr doctor`.

finding-too-young-title = Minsta lösenordsålder har inte uppnåtts
# $policy is fine-grained (a fine-grained password policy applies to the user) or domain.
finding-too-young-detail = { $policy ->
    [fine-grained] Lösenordet ändrades nyligen; enligt användarens detaljerade princip kan det inte ändras igen före { $when }.
   *[domain] Lösenordet ändrades nyligen; enligt domänprincipen kan användaren inte ändra det igen före { $when }.
}
finding-too-young-fix = En återställning (via självbetjäning eller här) fungerar ändå; en ändring fungerar inte förrän dess.

finding-cannot-change-title = Användaren kan inte ändra lösenordet
finding-cannot-change-detail = Kontot är inställt så att användaren inte kan ändra dess lösenord.
finding-cannot-change-fix = Återställningar fungerar fortfarande; ta bort inställningen i Active Directory om ändringar också ska fungera.

finding-locked-title = Utelåst
finding-locked-detail = Låst sedan { $since }.
finding-locked-fix = Användaren kan låsa upp med sina metoder, eller så kan du låsa upp här.

finding-must-change-title = Lösenordet måste ändras
finding-must-change-detail = Lösenordet har upphört att gälla eller måste ändras vid nästa inloggning.
finding-must-change-fix = Användaren kan ändra det på /change med sitt nuvarande lösenord, eller kontakta { $helpdesk }.

finding-app-blocked-title = Autentiseringsappen är blockerad
finding-console-blocked-title = Konsolens autentiserare är blockerad
finding-blocked-detail = { $failures } felaktiga koder i rad (gränsen är { $cap }): autentiseraren räknas inte längre som bevis förrän den avblockeras.
finding-app-blocked-fix = Användaren återställer åtkomsten med en kod via e-post (som avblockerar den), eller så avblockerar du den här när du har verifierat den som ringer.
finding-console-blocked-fix = Avblockera den här när du har verifierat administratören på ett annat sätt; om administratören inte provade de koderna gjorde någon annan det.

## Charts on the dashboard

chart-activity-title = Tillbakaskrivningar per dag, senaste 30 dagarna
chart-resets = Återställningar
chart-changes = Ändringar
chart-unlocks = Upplåsningar
chart-failures = Fel
chart-reasons-title = Fel per statusorsak, senaste 30 dagarna
chart-no-activity = Ingen aktivitet under den här perioden
chart-no-failures = Inga fel under den här perioden
chart-no-failures-desc = Inga fel under den här perioden.
# Hover title of one bar segment: the day, the series (Resets…) and its count.
chart-segment = { $label } { $series }: { $value }
# Hover title of one row: a status reason and its count.
chart-row = { $label }: { $value }
# One item of a chart's summary for screen readers: a name and its count.
chart-item = { $label } { $value }
# Between the items of a chart's summary.
chart-list-separator = {", "}
# A chart's summary for screen readers. $unit is days (one bar per day) or periods.
chart-totals = { $unit ->
    [days] { $n ->
        [one] Totalt under { $n } dag: { $items }.
       *[other] Totalt under { $n } dagar: { $items }.
    }
   *[periods] { $n ->
        [one] Totalt under { $n } period: { $items }.
       *[other] Totalt under { $n } perioder: { $items }.
    }
}
chart-totals-none = { $unit ->
    [days] { $n ->
        [one] Totalt under { $n } dag: inga data.
       *[other] Totalt under { $n } dagar: inga data.
    }
   *[periods] { $n ->
        [one] Totalt under { $n } period: inga data.
       *[other] Totalt under { $n } perioder: inga data.
    }
}
chart-top = Topp: { $items }.
chart-top-more = Topp: { $items } och { $more } till.

## Passkeys: the helpdesk user page, and signing in to the console with one

console-user-passkeys = Nycklar
console-passkey-added-on = tillagd { $date }
console-passkey-last-used = senast använd { $date }
console-passkey-never-used = inte använd ännu
console-passkey-use = Logga in med en nyckel i stället
console-passkey-title = Logga in med din nyckel
console-passkey-lead = Webbläsaren ber om den nyckel som du har lagt till för helpdeskkonsolen.
console-passkey-go = Fortsätt med nyckel
console-passkey-back = Använd din autentiseringsapp
console-passkey-wrong = Du loggades inte in med nyckeln. Försök igen, eller använd din autentiseringsapp.
console-passkeys-nav = Dina nycklar
console-passkeys-title = Nycklar för inloggning i konsolen
console-passkeys-lead = En nyckel kan ersätta autentiseringskoden när du loggar in i konsolen. För att lägga till en krävs en kod som vi skickar till din postlåda i katalogen, och de andra helpdeskadministratörerna meddelas.
console-passkeys-none = Du har ingen nyckel för inloggning i konsolen.
console-passkey-name-label = Ett namn på nyckeln, till exempel ”Kontorsdator”
console-passkey-add = Lägg till en nyckel
console-passkey-create-title = Skapa din nyckel för konsolen
console-passkey-create-lead = Vi har skickat en kod till din postlåda i katalogen. Skriv den här och skapa sedan nyckeln ”{ $name }” när webbläsaren ber om det.
console-passkey-code-label = Kod från e-postmeddelandet
console-passkey-create-go = Skapa nyckel
console-passkey-added = Nyckeln har lagts till för inloggning i konsolen.
console-passkey-removed = Nyckeln har tagits bort.
console-passkey-not-added = Nyckeln lades inte till: koden i e-postmeddelandet var fel, eller så matchade inte webbläsarens svar den här begäran. Börja om.
console-passkey-name-bad = Ge nyckeln ett namn på högst 64 tecken.
console-passkey-no-mailbox = Ditt konto har ingen postlåda i katalogen för koden, så det går inte att lägga till en nyckel här. Kontakta en katalogadministratör.
