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
console-org-helpdesk = Helpdesk van { $org }
# The name of the console's navigation, for screen readers.
console-nav-label = Helpdesk
console-dashboard = Dashboard
console-users = Gebruikers
console-audit = Auditlogboek
console-health = Status van terugschrijven
console-sign-out = Afmelden
console-sign-in = Aanmelden
console-none = —
console-yes = ja
console-no = nee
console-pager-label = Pagina's
console-previous = Vorige
console-next = Volgende
console-page-of = Pagina { $page } van { $pages }

## Sign-in

console-login-title = Aanmelden bij de helpdesk
console-login-lead = Meld je aan met je directoryaccount. Je moet lid zijn van de helpdeskgroep, en je bevestigt met je authenticator-app.
console-login-username = Gebruikersnaam
console-login-password = Wachtwoord
console-login-incomplete = Voer je gebruikersnaam en wachtwoord in.
console-login-refused = De gebruikersnaam of het wachtwoord klopt niet, of dit account is geen helpdeskaccount.
console-no-mailbox-title = Geen mailbox om het instellen te bevestigen
console-no-mailbox-message = Voor het instellen van je helpdeskauthenticator is een code nodig die naar je directorymailbox wordt gestuurd, en je account heeft geen mailbox.
console-no-mailbox-next = Vraag een directorybeheerder om een e-mailadres aan je account toe te voegen.

console-totp-page-title = Helpdesk: authenticator-app
console-totp-enrol-title = Je authenticator instellen
console-totp-enrol-lead = Elk helpdeskaccount meldt zich aan met een authenticator-app. We hebben een instelcode naar je werkmailbox gestuurd: alleen een wachtwoord is niet genoeg om er een in te stellen. Scan deze code (of typ de sleutel) en voer daarna beide codes in.
# Before the secret key of the authenticator being set up.
console-totp-key = Sleutel:
console-totp-title = Authenticatorcode
console-totp-lead = Typ de 6-cijferige code die je authenticator-app nu toont.
console-totp-enrol-code = Instelcode uit je e-mail
console-totp-code = Code uit je authenticator-app
console-continue = Doorgaan
console-totp-wrong = Die code klopt niet. Typ de code die je app nu toont.

## When a console page is refused

console-refused-title = Aanmelden bij de helpdesk vereist
console-refused-next = Meld je aan met je helpdeskaccount.
console-refused-not-signed-in = Deze pagina is voor helpdeskmedewerkers die zich hebben aangemeld met hun wachtwoord en authenticator.
console-refused-signed-out = Je bent afgemeld.
console-refused-idle = Je bent afgemeld na een periode van inactiviteit.
console-refused-session-over = Uw consolesessie heeft de maximale duur bereikt. Meld u opnieuw aan om verder te gaan.
console-role-lost-not-in-group = Je account is geen lid meer van de helpdeskgroep.
console-role-lost-disabled = Je account is uitgeschakeld, dus je helpdesksessie is beëindigd.
console-role-lost-expired = Je account is verlopen, dus je helpdesksessie is beëindigd.
console-role-lost-locked = Je account is vergrendeld, dus je helpdesksessie is beëindigd.
console-role-lost-password-expired = Je wachtwoord is verlopen of moet worden gewijzigd, dus je helpdesksessie is beëindigd. Wijzig het en meld je daarna opnieuw aan.
console-role-lost-unverifiable = De directory kon je helpdeskrol zojuist niet bevestigen, dus je sessie is beëindigd. Meld je zo meteen opnieuw aan.

## Dashboard

# The headline of writeback health. $status is a code: active, degraded or down.
console-writeback-status = { $status ->
    [active] Terugschrijven: actief
    [degraded] Terugschrijven: verminderd
   *[down] Terugschrijven: niet beschikbaar
}
console-details = Details
console-activity-caption = Herstelacties, wijzigingen, ontgrendelingen en mislukte terugschrijfacties per dag.
console-reasons-caption = Waarom terugschrijfacties zijn mislukt.
# The dashboard's password-expiry reminder figures, over the same 30 days as the charts.
console-reminders-title = Herinneringen over verlopende wachtwoorden, afgelopen 30 dagen
console-reminders-sent = { $n ->
    [one] { $n } herinnering verstuurd.
   *[other] { $n } herinneringen verstuurd.
}
# $n people changed (or reset) their password after a reminder; $sent reminders were sent.
console-reminders-changed = { $n ->
    [one] { $n } persoon heeft na een herinnering het wachtwoord gewijzigd.
   *[other] { $n } personen hebben na een herinnering hun wachtwoord gewijzigd.
}

## Users

console-users-heading = Een gebruiker zoeken
console-users-search-label = Naam, accountnaam, UPN of e-mail
console-search = Zoeken
console-search-too-short = { $n ->
    [one] Typ minimaal { $n } teken.
   *[other] Typ minimaal { $n } tekens.
}
console-search-unavailable = De directory antwoordde niet. Probeer het zo meteen opnieuw.
console-users-too-many = Meer dan { $max } resultaten: de eerste { $max } worden weergegeven; verfijn de zoekopdracht.
console-users-matches = { $n ->
    [one] { $n } resultaat.
   *[other] { $n } resultaten.
}
console-col-account = Account
console-col-name = Naam
console-col-mail = E-mail
console-col-state = Status
# Badges of an account in the search results.
console-flag-disabled = Uitgeschakeld
console-flag-locked = Vergrendeld
console-flag-must-change = Moet wijzigen
console-flag-protected = Beveiligd
console-flag-ok = OK

## The user page

console-no-such-user-title = Gebruiker bestaat niet
console-no-such-user-message = Geen enkel account heeft deze id (misschien is het verwijderd).
console-no-such-user-next = Zoek opnieuw.

console-account = Account
# The account name, then the user principal name in brackets.
console-account-value = { $sam } ({ $upn })
console-fact-name = Naam
console-fact-mail = E-mail
console-fact-locked = Vergrendeld
console-fact-locked-yes = ja, sinds { $since }; wordt vanzelf ontgrendeld op { $until }
console-fact-bad-count = Aantal onjuiste wachtwoorden
console-fact-disabled = Uitgeschakeld
console-fact-password = Wachtwoord
console-password-must-change = moet bij de volgende aanmelding worden gewijzigd
console-password-expired = verlopen
console-password-never-expires = verloopt nooit
console-password-expires = verloopt op { $when }
console-fact-password-last-set = Wachtwoord laatst ingesteld
console-fact-protected = Beveiligd (adminCount)
console-fact-privileged = Bevoorrecht
# Why an account is privileged. $kind: protected (adminCount=1), service (the account sspr
# binds as), helpdesk (in the helpdesk group) or group (in the protected group $group).
console-fact-privileged-yes = { $kind ->
    [protected] ja: een beveiligd account (adminCount=1); het kan hier niet opnieuw worden ingesteld of ontgrendeld
    [service] ja: het eigen serviceaccount van de portal; het kan hier niet opnieuw worden ingesteld of ontgrendeld
    [helpdesk] ja: lid van de helpdeskgroep; het kan hier niet opnieuw worden ingesteld of ontgrendeld
   *[group] ja: lid van de beveiligde groep { $group }; het kan hier niet opnieuw worden ingesteld of ontgrendeld
}
console-policy-pso = Fijnmazig beleid { $dn }
console-policy-domain = Domeinbeleid
console-policy-unreadable = Niet leesbaar voor het serviceaccount.

console-diagnosis = Diagnose
console-diagnosis-none = Niets verhindert deze gebruiker om zelf het wachtwoord opnieuw in te stellen of het account te ontgrendelen.

console-verify-caller = De beller verifiëren
console-verified = Geverifieerd
console-verified-recently = { $minutes ->
    [one] Je hebt deze beller in de afgelopen minuut geverifieerd.
   *[other] Je hebt deze beller in de afgelopen { $minutes } minuten geverifieerd.
}
console-verify-lead = Controleer voordat je iets doet of de beller is wie die zegt te zijn: stuur een code naar het geregistreerde e-mailadres, of vraag om de authenticatorcode, en typ in wat de beller voorleest.
console-email-code = Een code e-mailen
console-code-from = Code uit
console-code-from-email = hun e-mail
console-code-from-totp = hun authenticator-app
console-caller-code = Code die de beller voorleest
console-check = Controleren
console-verify-no-methods = Geen geregistreerde methoden: verifieer de beller op een andere manier (persoonlijk, of door terug te bellen naar een bekend nummer) en geef de reden op wanneer je een actie uitvoert.
console-caller-code-sent = Er is een code onderweg naar het geregistreerde e-mailadres van de gebruiker. Vraag de beller om de code voor te lezen.
console-caller-no-email = Deze gebruiker heeft geen geregistreerd e-mailadres. Vraag om de authenticatorcode, of verifieer de gebruiker op een andere manier.
console-caller-verified = { $minutes ->
    [one] Beller geverifieerd. Je kunt de komende minuut acties uitvoeren op dit account.
   *[other] Beller geverifieerd. Je kunt de komende { $minutes } minuten acties uitvoeren op dit account.
}
console-caller-wrong = Die code klopt niet. De beller is misschien niet wie die zegt te zijn.
console-back-to-user = Terug naar de gebruiker

console-actions = Acties
# $kind as for console-fact-privileged-yes.
console-privileged-notice = { $kind ->
    [protected] Dit is een beveiligd account (adminCount=1). sspr stelt bevoorrechte accounts niet opnieuw in en ontgrendelt ze niet: dat doet een directorybeheerder met eigen hulpmiddelen, na verificatie van de persoon.
    [service] Dit is het eigen serviceaccount van de portal. sspr stelt bevoorrechte accounts niet opnieuw in en ontgrendelt ze niet: dat doet een directorybeheerder met eigen hulpmiddelen, na verificatie van de persoon.
    [helpdesk] Dit is een lid van de helpdeskgroep. sspr stelt bevoorrechte accounts niet opnieuw in en ontgrendelt ze niet: dat doet een directorybeheerder met eigen hulpmiddelen, na verificatie van de persoon.
   *[group] Dit is een lid van de beveiligde groep { $group }. sspr stelt bevoorrechte accounts niet opnieuw in en ontgrendelt ze niet: dat doet een directorybeheerder met eigen hulpmiddelen, na verificatie van de persoon.
}
console-unlock = Ontgrendelen
console-unlock-hint = Heft de vergrendeling op; het wachtwoord blijft hetzelfde.
console-unlock-button = Ontgrendelen…
console-reset = Wachtwoord opnieuw instellen
console-new-password = Nieuw wachtwoord
console-mode-generate = Er een genereren (wordt één keer getoond)
console-mode-typed = Er zelf een typen
console-typed-password = Getypt wachtwoord
console-typed-password-empty = Typ het nieuwe wachtwoord of kies ervoor er een te genereren.
console-must-change = Moet bij volgende aanmelding wijzigen
console-also-unlock = Ook ontgrendelen
console-reset-button = Opnieuw instellen…
console-unblock = De authenticator deblokkeren
console-unblock-hint = Geblokkeerd na te veel onjuiste codes achter elkaar.
console-unblock-button = Deblokkeren…
console-clear = Geregistreerde methoden wissen
console-clear-hint = Bij een verloren telefoon of een oud adres; de gebruiker registreert zich opnieuw.
console-clear-button = Wissen…

console-password-policy = Wachtwoordbeleid
console-registered-methods = Geregistreerde methoden
console-nothing = Geen.
console-method-since = sinds { $when }
console-recent-activity = Recente activiteit
console-col-time = Tijd
console-col-activity = Activiteit
console-col-result = Resultaat
console-col-by = Door
console-col-detail = Details
console-full-history = Volledige geschiedenis

## Confirming an action, and its result

console-confirm-password = Het nieuwe wachtwoord (typ het nog een keer)
console-confirm-unverified = Je hebt deze beller niet met een code geverifieerd. Heb je de beller op een andere manier geverifieerd? Vermeld dan hoe: dit komt in het auditlogboek.
console-confirm-how = Hoe je de beller hebt geverifieerd
console-confirm-yes = Ja, uitvoeren
console-cancel = Annuleren

console-reset-confirm-title = Wachtwoord opnieuw instellen?
# $must_change and $unlock are yes or no: what the helpdesk chose with the reset.
console-reset-confirm = { $must_change ->
    [yes] { $unlock ->
        [yes] Het wachtwoord van { $name } ({ $sam }) opnieuw instellen, waarna de gebruiker het bij de volgende aanmelding moet wijzigen, en het account ontgrendelen.
       *[no] Het wachtwoord van { $name } ({ $sam }) opnieuw instellen, waarna de gebruiker het bij de volgende aanmelding moet wijzigen.
    }
   *[no] { $unlock ->
        [yes] Het wachtwoord van { $name } ({ $sam }) opnieuw instellen en het account ontgrendelen.
       *[no] Het wachtwoord van { $name } ({ $sam }) opnieuw instellen.
    }
}
console-reset-done-title = Wachtwoord opnieuw ingesteld
console-reset-done = { $must_change ->
    [yes] Het wachtwoord van { $sam } is opnieuw ingesteld; de gebruiker moet het bij de volgende aanmelding wijzigen. De gebruiker heeft een e-mail ontvangen.
   *[no] Het wachtwoord van { $sam } is opnieuw ingesteld. De gebruiker heeft een e-mail ontvangen.
}
console-reset-failed = Het wachtwoord is niet opnieuw ingesteld
console-secret-once = Nieuw wachtwoord (wordt één keer getoond; lees het voor aan de gebruiker en schrijf het niet op):
console-back-to = Terug naar { $sam }

console-unlock-confirm-title = Account ontgrendelen?
console-unlock-confirm = Het account van { $name } ({ $sam }) ontgrendelen. Het wachtwoord verandert niet.
console-unlock-done-title = Account ontgrendeld
console-unlock-done = { $sam } kan zich weer aanmelden. De gebruiker heeft een e-mail ontvangen.
console-unlock-failed = Het account is niet ontgrendeld

console-clear-confirm-title = Geregistreerde methoden wissen?
console-clear-confirm = Alle geregistreerde verificatiemethoden van { $sam } verwijderen. De gebruiker moet zich opnieuw registreren.
console-clear-done-title = Methoden gewist
console-clear-done = { $n ->
    [one] { $n } methode verwijderd; { $sam } heeft een e-mail ontvangen.
   *[other] { $n } methoden verwijderd; { $sam } heeft een e-mail ontvangen.
}

console-unblock-confirm-title = De authenticator deblokkeren?
console-unblock-confirm = De authenticator van { $sam } deblokkeren: codes ervan tellen weer mee, en het aantal onjuiste codes begint weer bij nul.
console-unblock-done-title = Authenticator gedeblokkeerd
console-unblock-done = De authenticator van { $sam } werkt weer; de gebruiker heeft een e-mail ontvangen.

# Why a writeback failed: what happened, then what to do (both status-* messages).
console-explain-fix = { $explain } { $fix }

## Audit log

console-verify-chain = De hashketen verifiëren
console-chain-intact = Hashketen intact
console-chain-verified = { $rows ->
    [one] { $rows } rij geverifieerd met de sleutel.
   *[other] { $rows } rijen geverifieerd met de sleutel.
}
# Rows written before the audit log was chained with a key.
console-chain-legacy-covered = { $legacy ->
    [one] { $legacy } daarvan is van vóór de keten met sleutel en wordt gedekt door de rijen met sleutel erna.
   *[other] { $legacy } daarvan zijn van vóór de keten met sleutel en worden gedekt door de rijen met sleutel erna.
}
console-chain-legacy-uncovered = { $legacy ->
    [one] { $legacy } daarvan is van vóór de keten met sleutel, en nog geen rij met sleutel dekt deze.
   *[other] { $legacy } daarvan zijn van vóór de keten met sleutel, en nog geen rij met sleutel dekt ze.
}
console-chain-broken = Hashketen verbroken
console-filter-user = Gebruiker
console-filter-activity = Activiteit
console-any = Alle
console-filter-status = Status
# The two values of an audit row's status.
console-status-success = geslaagd
console-status-failure = mislukt
console-filter-reason = Statusreden
console-filter-from = Van
console-filter-to = Tot
console-filter = Filteren
console-audit-rows = { $n ->
    [one] { $n } rij.
   *[other] { $n } rijen.
}
console-export = Deze weergave exporteren:
console-export-csv = CSV
console-export-jsonl = JSON-regels
console-col-status = Status
console-col-reason = Reden
console-col-user = Gebruiker
console-col-client = Client

## Writeback health

console-health-last-check = Laatste controle
console-never = nooit
console-health-last-success = Laatste geslaagde terugschrijfactie
console-none-yet = nog geen
console-health-failures = Fouten in 24 uur
console-health-failures-value = { $attempts ->
    [one] { $failed } van { $attempts } terugschrijfactie mislukt door verbindingsproblemen of ontbrekende rechten
   *[other] { $failed } van { $attempts } terugschrijfacties mislukt door verbindingsproblemen of ontbrekende rechten
}
console-health-run = De controles nu uitvoeren

health-not-run = De heartbeat is nog niet uitgevoerd.
health-no-domain-controller = Geen enkele domeincontroller accepteerde het serviceaccount bij de laatste heartbeat.
health-checks-failed = { $n ->
    [one] { $n } controle mislukt bij de laatste heartbeat.
   *[other] { $n } controles mislukt bij de laatste heartbeat.
}
health-failure-rate = { $attempts ->
    [one] { $failed } van { $attempts } terugschrijfactie mislukt in 24 uur door verbindingsproblemen of ontbrekende rechten.
   *[other] { $failed } van { $attempts } terugschrijfacties mislukt in 24 uur door verbindingsproblemen of ontbrekende rechten.
}
health-all-passed = Alle controles zijn geslaagd bij de laatste heartbeat.

## Diagnosis findings on the user page: a title, the facts, and what to do

finding-privileged-title = Bevoorrecht account
# $kind as for console-fact-privileged-yes. The fix is status-ProtectedAccount-fix.
finding-privileged-detail = { $kind ->
    [protected] Dit is een beveiligd account (adminCount=1). sspr stelt bevoorrechte accounts nooit opnieuw in en ontgrendelt ze nooit, niet via selfservice en niet hier.
    [service] Dit is het eigen serviceaccount van de portal. sspr stelt bevoorrechte accounts nooit opnieuw in en ontgrendelt ze nooit, niet via selfservice en niet hier.
    [helpdesk] Dit is een lid van de helpdeskgroep. sspr stelt bevoorrechte accounts nooit opnieuw in en ontgrendelt ze nooit, niet via selfservice en niet hier.
   *[group] Dit is een lid van de beveiligde groep { $group }. sspr stelt bevoorrechte accounts nooit opnieuw in en ontgrendelt ze nooit, niet via selfservice en niet hier.
}

finding-not-in-scope-title = Niet binnen het bereik van selfservice
# $scope is group (self-service is for the members of $group) or none (switched off).
finding-not-in-scope-detail = { $scope ->
    [group] Selfservice is ingeschakeld voor leden van { $group }; deze gebruiker is geen lid (direct of via nesting).
   *[none] Selfservice is uitgeschakeld (sspr.enabled_for = "none").
}
finding-not-in-scope-fix = Voeg de gebruiker toe aan de selfservicegroep, of stel het wachtwoord hier opnieuw in of ontgrendel het account voor de gebruiker.

finding-directory-unreachable-title = Directory onbereikbaar
# $error is what the directory said, in English.
finding-directory-unreachable-detail = { $error }
finding-directory-unreachable-fix = Controleer de domeincontrollers (pagina Status van terugschrijven).

finding-not-registered-title = Niet geregistreerd
finding-not-registered-detail = { $required ->
    [one] { $registered } van { $required } vereiste verificatiemethode geregistreerd.
   *[other] { $registered } van { $required } vereiste verificatiemethoden geregistreerd.
}
finding-not-registered-fix = De gebruiker registreert zich op /register zolang het wachtwoord nog bekend is; stel het wachtwoord vandaag hier opnieuw in nadat je de beller op een andere manier hebt geverifieerd.

finding-disabled-title = Account uitgeschakeld
finding-disabled-detail = Het account is uitgeschakeld in Active Directory: er kan niemand mee aanmelden.
finding-disabled-fix = Schakel het in Active Directory in als het in gebruik moet zijn (dit is hier geen helpdeskactie).

finding-expired-title = Account verlopen
finding-expired-detail = accountExpires ligt in het verleden.
finding-expired-fix = Verleng de vervaldatum van het account in Active Directory.

finding-missing-rights-title = Serviceaccount heeft onvoldoende rechten op deze gebruiker
# $rights is a list of directory permission and attribute names.
finding-missing-rights-detail = Ontbreekt op dit account: { $rights }.
finding-missing-rights-fix = Delegeer Reset Password en schrijfrechten op lockoutTime/pwdLastSet aan het serviceaccount op de organisatie-eenheid (OU) van deze gebruiker (voer `sspr doctor` uit).

finding-rights-unchecked-title = Rechten konden niet worden gecontroleerd
finding-rights-unchecked-detail = { $error }
finding-rights-unchecked-fix = Voer `sspr doctor` uit.

finding-too-young-title = Minimale wachtwoordleeftijd niet bereikt
# $policy is fine-grained (a fine-grained password policy applies to the user) or domain.
finding-too-young-detail = { $policy ->
    [fine-grained] Het wachtwoord is onlangs gewijzigd; volgens het fijnmazige beleid van de gebruiker kan die het niet opnieuw wijzigen vóór { $when }.
   *[domain] Het wachtwoord is onlangs gewijzigd; volgens het domeinbeleid kan de gebruiker het niet opnieuw wijzigen vóór { $when }.
}
finding-too-young-fix = Opnieuw instellen (via selfservice of hier) werkt nog wel; wijzigen werkt pas daarna.

finding-cannot-change-title = Gebruiker kan wachtwoord niet wijzigen
finding-cannot-change-detail = Het account is zo ingesteld dat de gebruiker het wachtwoord niet kan wijzigen.
finding-cannot-change-fix = Opnieuw instellen werkt nog wel; schakel de instelling in Active Directory uit als wijzigen ook moet werken.

finding-locked-title = Vergrendeld
finding-locked-detail = Vergrendeld sinds { $since }.
finding-locked-fix = De gebruiker kan het account ontgrendelen met de eigen methoden, of je ontgrendelt het hier.

finding-must-change-title = Wachtwoord moet worden gewijzigd
finding-must-change-detail = Het wachtwoord is verlopen of moet bij de volgende aanmelding worden gewijzigd.
finding-must-change-fix = De gebruiker kan het wijzigen op /change met het huidige wachtwoord, of contact opnemen met { $helpdesk }.

finding-app-blocked-title = Authenticator-app geblokkeerd
finding-console-blocked-title = Console-authenticator geblokkeerd
finding-blocked-detail = { $failures } onjuiste codes achter elkaar (de limiet is { $cap }): de authenticator telt niet meer als bewijs totdat hij is gedeblokkeerd.
finding-app-blocked-fix = De gebruiker herstelt de toegang met een code per e-mail (die de app ook deblokkeert), of je deblokkeert de app hier nadat je de beller hebt geverifieerd.
finding-console-blocked-fix = Deblokkeer de authenticator hier nadat je de beheerder op een andere manier hebt geverifieerd; als de beheerder die codes niet zelf heeft geprobeerd, heeft iemand anders dat gedaan.

## Charts on the dashboard

chart-activity-title = Terugschrijfacties per dag, afgelopen 30 dagen
chart-resets = Herstelacties
chart-changes = Wijzigingen
chart-unlocks = Ontgrendelingen
chart-failures = Fouten
chart-reasons-title = Fouten per statusreden, afgelopen 30 dagen
chart-no-activity = Geen activiteit in deze periode
chart-no-failures = Geen fouten in deze periode
chart-no-failures-desc = Geen fouten in deze periode.
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
        [one] Totalen over { $n } dag: { $items }.
       *[other] Totalen over { $n } dagen: { $items }.
    }
   *[periods] { $n ->
        [one] Totalen over { $n } periode: { $items }.
       *[other] Totalen over { $n } perioden: { $items }.
    }
}
chart-totals-none = { $unit ->
    [days] { $n ->
        [one] Totalen over { $n } dag: geen gegevens.
       *[other] Totalen over { $n } dagen: geen gegevens.
    }
   *[periods] { $n ->
        [one] Totalen over { $n } periode: geen gegevens.
       *[other] Totalen over { $n } perioden: geen gegevens.
    }
}
chart-top = Top: { $items }.
chart-top-more = Top: { $items }, en nog { $more }.

## Passkeys: the helpdesk user page, and signing in to the console with one

console-user-passkeys = Toegangssleutels
console-passkey-added-on = toegevoegd op { $date }
console-passkey-last-used = laatst gebruikt op { $date }
console-passkey-never-used = nog niet gebruikt
console-passkey-use = In plaats daarvan aanmelden met een toegangssleutel
console-passkey-title = Aanmelden met je toegangssleutel
console-passkey-lead = Je browser vraagt om de toegangssleutel die je voor de helpdeskconsole hebt toegevoegd.
console-passkey-go = Doorgaan met toegangssleutel
console-passkey-back = Je authenticator-app gebruiken
console-passkey-wrong = Met die toegangssleutel ben je niet aangemeld. Probeer het opnieuw, of gebruik je authenticator-app.
console-passkeys-nav = Je toegangssleutels
console-passkeys-title = Toegangssleutels voor aanmelden bij de console
console-passkeys-lead = Een toegangssleutel kan je authenticatorcode vervangen als je je aanmeldt bij de console. Voor het toevoegen is een code nodig die we naar je directorymailbox sturen, en de andere helpdeskbeheerders krijgen een melding.
console-passkeys-none = Je hebt geen toegangssleutel voor aanmelden bij de console.
console-passkey-name-label = Een naam voor deze toegangssleutel, zoals "Laptop op kantoor"
console-passkey-add = Een toegangssleutel toevoegen
console-passkey-create-title = Je toegangssleutel voor de console maken
console-passkey-create-lead = We hebben een code naar je directorymailbox gestuurd. Typ die hier en maak daarna de toegangssleutel "{ $name }" als je browser daarom vraagt.
console-passkey-code-label = Code uit de e-mail
console-passkey-create-go = Toegangssleutel maken
console-passkey-added = Toegangssleutel toegevoegd voor aanmelden bij de console.
console-passkey-removed = Toegangssleutel verwijderd.
console-passkey-not-added = De toegangssleutel is niet toegevoegd: de gemailde code klopte niet, of het antwoord van je browser kwam niet overeen met dit verzoek. Begin opnieuw.
console-passkey-name-bad = Geef de toegangssleutel een naam van maximaal 64 tekens.
console-passkey-no-mailbox = Je account heeft geen directorymailbox voor de code, dus hier kan geen toegangssleutel worden toegevoegd. Vraag het aan een directorybeheerder.
