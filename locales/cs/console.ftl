# Konzole helpdesku (/admin): přihlášení, řídicí panel a jeho grafy, vyhledávání uživatelů,
# stránka uživatele s diagnostikou a akcemi, protokol auditu a stav zpětného zápisu.
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
console-org-helpdesk = Helpdesk { $org }
# The name of the console's navigation, for screen readers.
console-nav-label = Helpdesk
console-dashboard = Řídicí panel
console-users = Uživatelé
console-audit = Protokol auditu
console-health = Stav zpětného zápisu
console-sign-out = Odhlásit se
console-sign-in = Přihlásit se
console-none = —
console-yes = ano
console-no = ne
console-pager-label = Stránky
console-previous = Předchozí
console-next = Další
console-page-of = Stránka { $page } z { $pages }

## Sign-in

console-login-title = Přihlášení do helpdesku
console-login-lead = Přihlaste se svým účtem v adresáři. Musíte být ve skupině helpdesku a přihlášení potvrdíte ověřovací aplikací.
console-login-username = Uživatelské jméno
console-login-password = Heslo
console-login-incomplete = Zadejte uživatelské jméno a heslo.
console-login-refused = Uživatelské jméno nebo heslo není správné, nebo tento účet není účtem helpdesku.
console-no-mailbox-title = Chybí poštovní schránka pro potvrzení nastavení
console-no-mailbox-message = Nastavení ověřovací aplikace pro helpdesk vyžaduje kód zaslaný do vaší poštovní schránky v adresáři, ale váš účet žádnou nemá.
console-no-mailbox-next = Požádejte správce adresáře, aby k vašemu účtu přidal e-mailovou adresu.

console-totp-page-title = Helpdesk: ověřovací aplikace
console-totp-enrol-title = Nastavte si ověřovací aplikaci
console-totp-enrol-lead = Každý účet helpdesku se přihlašuje pomocí ověřovací aplikace. Do vaší pracovní poštovní schránky jsme poslali kód pro nastavení: samotné heslo k nastavení nestačí. Naskenujte tento kód (nebo zadejte klíč) a pak zadejte oba kódy.
# Before the secret key of the authenticator being set up.
console-totp-key = Klíč:
console-totp-title = Kód z ověřovací aplikace
console-totp-lead = Zadejte šestimístný kód, který vaše ověřovací aplikace právě zobrazuje.
console-totp-enrol-code = Kód pro nastavení z e-mailu
console-totp-code = Kód z ověřovací aplikace
console-continue = Pokračovat
console-totp-wrong = Tento kód není správný. Zadejte kód, který aplikace právě zobrazuje.

## When a console page is refused

console-refused-title = Je nutné přihlášení do helpdesku
console-refused-next = Přihlaste se svým účtem helpdesku.
console-refused-not-signed-in = Tato stránka je pro pracovníky helpdesku, kteří se přihlásili heslem a ověřovací aplikací.
console-refused-signed-out = Jste odhlášeni.
console-refused-idle = Byli jste odhlášeni po určité době nečinnosti.
console-refused-session-over = Relace konzole dosáhla maximální délky. Chcete-li pokračovat, přihlaste se znovu.
console-role-lost-not-in-group = Váš účet už není členem skupiny helpdesku.
console-role-lost-disabled = Váš účet byl zakázán, a proto vaše relace helpdesku skončila.
console-role-lost-expired = Platnost vašeho účtu vypršela, a proto vaše relace helpdesku skončila.
console-role-lost-locked = Váš účet je uzamčený, a proto vaše relace helpdesku skončila.
console-role-lost-password-expired = Platnost vašeho hesla vypršela nebo je nutné ho změnit, a proto vaše relace helpdesku skončila. Změňte ho a pak se znovu přihlaste.
console-role-lost-unverifiable = Adresář teď nemohl potvrdit vaši roli v helpdesku, a proto vaše relace skončila. Za chvíli se znovu přihlaste.

## Dashboard

# The headline of writeback health. $status is a code: active, degraded or down.
console-writeback-status = { $status ->
    [active] Zpětný zápis: aktivní
    [degraded] Zpětný zápis: omezený provoz
   *[down] Zpětný zápis: nefunkční
}
console-details = Podrobnosti
console-activity-caption = Resetování, změny, odemknutí a neúspěšné zpětné zápisy za den.
console-reasons-caption = Proč zpětné zápisy selhaly.
# The dashboard's password-expiry reminder figures, over the same 30 days as the charts.
console-reminders-title = Připomínky vypršení platnosti hesla, posledních 30 dní
console-reminders-sent = { $n ->
    [one] Odeslána { $n } připomínka.
    [few] Odeslány { $n } připomínky.
    [many] Odesláno { $n } připomínky.
   *[other] Odesláno { $n } připomínek.
}
# $n people changed (or reset) their password after a reminder; $sent reminders were sent.
console-reminders-changed = { $n ->
    [one] { $n } osoba si po připomínce změnila heslo.
    [few] { $n } osoby si po připomínce změnily heslo.
    [many] { $n } osoby si po připomínce změnilo heslo.
   *[other] { $n } osob si po připomínce změnilo heslo.
}

## Users

console-users-heading = Najít uživatele
console-users-search-label = Jméno, název účtu, UPN nebo e-mail
console-search = Hledat
console-search-too-short = { $n ->
    [one] Zadejte alespoň { $n } znak.
    [few] Zadejte alespoň { $n } znaky.
    [many] Zadejte alespoň { $n } znaku.
   *[other] Zadejte alespoň { $n } znaků.
}
console-search-unavailable = Adresář neodpověděl. Zkuste to za chvíli znovu.
console-users-too-many = Více než { $max } shod: zobrazuje se prvních { $max }; upřesněte hledání.
console-users-matches = { $n ->
    [one] { $n } shoda.
    [few] { $n } shody.
    [many] { $n } shody.
   *[other] { $n } shod.
}
console-col-account = Účet
console-col-name = Jméno
console-col-mail = E-mail
console-col-state = Stav
# Badges of an account in the search results.
console-flag-disabled = Zakázaný
console-flag-locked = Uzamčený
console-flag-must-change = Nutná změna
console-flag-protected = Chráněný
console-flag-ok = OK

## The user page

console-no-such-user-title = Uživatel neexistuje
console-no-such-user-message = Tento identifikátor nemá žádný účet (mohl být odstraněn).
console-no-such-user-next = Hledejte znovu.

console-account = Účet
# The account name, then the user principal name in brackets.
console-account-value = { $sam } ({ $upn })
console-fact-name = Jméno
console-fact-mail = E-mail
console-fact-locked = Uzamčený
console-fact-locked-yes = ano, od { $since }; sám se odemkne v { $until }
console-fact-bad-count = Počet chybných hesel
console-fact-disabled = Zakázaný
console-fact-password = Heslo
console-password-must-change = musí se změnit při příštím přihlášení
console-password-expired = platnost vypršela
console-password-never-expires = platnost nikdy nevyprší
console-password-expires = platnost vyprší { $when }
console-fact-password-last-set = Heslo naposledy nastaveno
console-fact-protected = Chráněný (adminCount)
console-fact-privileged = Privilegovaný
# Why an account is privileged. $kind: protected (adminCount=1), service (the account sspr
# binds as), helpdesk (in the helpdesk group) or group (in the protected group $group).
console-fact-privileged-yes = { $kind ->
    [protected] ano: chráněný účet (adminCount=1); tady ho nelze resetovat ani odemknout
    [service] ano: vlastní účet služby portálu; tady ho nelze resetovat ani odemknout
    [helpdesk] ano: člen skupiny helpdesku; tady ho nelze resetovat ani odemknout
   *[group] ano: člen chráněné skupiny { $group }; tady ho nelze resetovat ani odemknout
}
console-policy-pso = Jemně odstupňované zásady hesel { $dn }
console-policy-domain = Zásady domény
console-policy-unreadable = Účet služby je nemůže přečíst.

console-diagnosis = Diagnostika
console-diagnosis-none = Nic nebrání tomuto uživateli, aby si sám resetoval heslo nebo odemkl účet.

console-verify-caller = Ověřit volajícího
console-verified = Ověřeno
console-verified-recently = { $minutes ->
    [one] Tohoto volajícího jste ověřili během poslední minuty.
    [few] Tohoto volajícího jste ověřili během posledních { $minutes } minut.
    [many] Tohoto volajícího jste ověřili během posledních { $minutes } minuty.
   *[other] Tohoto volajícího jste ověřili během posledních { $minutes } minut.
}
console-verify-lead = Než začnete jednat, zkontrolujte, že volající je tím, za koho se vydává: pošlete mu kód na jeho registrovaný e-mail, nebo si řekněte o kód z jeho ověřovací aplikace, a zadejte, co vám přečte.
console-email-code = Poslat mu kód e-mailem
console-code-from = Zdroj kódu
console-code-from-email = jeho e-mail
console-code-from-totp = jeho ověřovací aplikace
console-caller-code = Kód, který volající přečte
console-check = Zkontrolovat
console-verify-no-methods = Žádné registrované metody: ověřte volajícího jinak (osobně, zpětným voláním na známé číslo) a při provádění akce uveďte důvod.
console-caller-code-sent = Kód je na cestě na registrovanou e-mailovou adresu uživatele. Požádejte volajícího, aby vám ho přečetl.
console-caller-no-email = Tento uživatel nemá registrovanou e-mailovou adresu. Požádejte o kód z ověřovací aplikace, nebo ho ověřte jinak.
console-caller-verified = { $minutes ->
    [one] Volající je ověřen. S tímto účtem můžete pracovat po dobu následující minuty.
    [few] Volající je ověřen. S tímto účtem můžete pracovat po dobu následujících { $minutes } minut.
    [many] Volající je ověřen. S tímto účtem můžete pracovat po dobu následujících { $minutes } minuty.
   *[other] Volající je ověřen. S tímto účtem můžete pracovat po dobu následujících { $minutes } minut.
}
console-caller-wrong = Tento kód není správný. Volající možná není tím, za koho se vydává.
console-back-to-user = Zpět na uživatele

console-actions = Akce
# $kind as for console-fact-privileged-yes.
console-privileged-notice = { $kind ->
    [protected] Toto je chráněný účet (adminCount=1). sspr privilegované účty neresetuje ani neodemyká: dělá to správce adresáře vlastními nástroji po ověření dané osoby.
    [service] Toto je vlastní účet služby portálu. sspr privilegované účty neresetuje ani neodemyká: dělá to správce adresáře vlastními nástroji po ověření dané osoby.
    [helpdesk] Toto je člen skupiny helpdesku. sspr privilegované účty neresetuje ani neodemyká: dělá to správce adresáře vlastními nástroji po ověření dané osoby.
   *[group] Toto je člen chráněné skupiny { $group }. sspr privilegované účty neresetuje ani neodemyká: dělá to správce adresáře vlastními nástroji po ověření dané osoby.
}
console-unlock = Odemknout
console-unlock-hint = Zruší uzamčení; heslo zůstane stejné.
console-unlock-button = Odemknout…
console-reset = Resetovat heslo
console-new-password = Nové heslo
console-mode-generate = Vygenerovat (zobrazí se jen jednou)
console-mode-typed = Zadat ručně
console-typed-password = Zadané heslo
console-typed-password-empty = Zadejte nové heslo, nebo zvolte jeho vygenerování.
console-must-change = Vyžadovat změnu při příštím přihlášení
console-also-unlock = Také odemknout
console-reset-button = Resetovat…
console-unblock = Odblokovat ověřovací aplikaci
console-unblock-hint = Zablokovaná po příliš mnoha nesprávných kódech za sebou.
console-unblock-button = Odblokovat…
console-clear = Vymazat registrované metody
console-clear-hint = Při ztrátě telefonu nebo u staré adresy; uživatel se zaregistruje znovu.
console-clear-button = Vymazat…

console-password-policy = Zásady hesel
console-registered-methods = Registrované metody
console-nothing = Žádné.
console-method-since = od { $when }
console-recent-activity = Nedávná aktivita
console-col-time = Čas
console-col-activity = Aktivita
console-col-result = Výsledek
console-col-by = Provedl
console-col-detail = Podrobnosti
console-full-history = Celá historie

## Confirming an action, and its result

console-confirm-password = Nové heslo (zadejte ho znovu)
console-confirm-unverified = Tohoto volajícího jste neověřili kódem. Pokud jste ho ověřili jinak, uveďte jak: zapíše se to do protokolu auditu.
console-confirm-how = Jak jste volajícího ověřili
console-confirm-yes = Ano, provést
console-cancel = Zrušit

console-reset-confirm-title = Resetovat heslo?
# $must_change and $unlock are yes or no: what the helpdesk chose with the reset.
console-reset-confirm = { $must_change ->
    [yes] { $unlock ->
        [yes] Resetovat heslo uživatele { $name } ({ $sam }) s požadavkem na změnu při příštím přihlášení a odemknout účet.
       *[no] Resetovat heslo uživatele { $name } ({ $sam }) s požadavkem na změnu při příštím přihlášení.
    }
   *[no] { $unlock ->
        [yes] Resetovat heslo uživatele { $name } ({ $sam }) a odemknout účet.
       *[no] Resetovat heslo uživatele { $name } ({ $sam }).
    }
}
console-reset-done-title = Heslo resetováno
console-reset-done = { $must_change ->
    [yes] Heslo uživatele { $sam } bylo resetováno; při příštím přihlášení ho musí změnit. Uživatel dostal e-mail.
   *[no] Heslo uživatele { $sam } bylo resetováno. Uživatel dostal e-mail.
}
console-reset-failed = Resetování neproběhlo
console-secret-once = Nové heslo (zobrazí se jen jednou; přečtěte ho uživateli, nezapisujte si ho):
console-back-to = Zpět na uživatele { $sam }

console-unlock-confirm-title = Odemknout účet?
console-unlock-confirm = Odemknout účet uživatele { $name } ({ $sam }). Heslo se nezmění.
console-unlock-done-title = Účet odemčen
console-unlock-done = Uživatel { $sam } se může znovu přihlásit. Dostal e-mail.
console-unlock-failed = Odemknutí neproběhlo

console-clear-confirm-title = Vymazat registrované metody?
console-clear-confirm = Odebrat všechny registrované ověřovací metody uživatele { $sam }. Bude se muset zaregistrovat znovu.
console-clear-done-title = Metody vymazány
console-clear-done = { $n ->
    [one] Odebrána { $n } metoda; uživatel { $sam } dostal e-mail.
    [few] Odebrány { $n } metody; uživatel { $sam } dostal e-mail.
    [many] Odebráno { $n } metody; uživatel { $sam } dostal e-mail.
   *[other] Odebráno { $n } metod; uživatel { $sam } dostal e-mail.
}

console-unblock-confirm-title = Odblokovat ověřovací aplikaci?
console-unblock-confirm = Odblokovat ověřovací aplikaci uživatele { $sam }: její kódy budou znovu platit a počet nesprávných kódů se vynuluje.
console-unblock-done-title = Ověřovací aplikace odblokována
console-unblock-done = Ověřovací aplikace uživatele { $sam } znovu funguje; uživatel dostal e-mail.

# Why a writeback failed: what happened, then what to do (both status-* messages).
console-explain-fix = { $explain } { $fix }

## Audit log

console-verify-chain = Ověřit řetězec hodnot hash
console-chain-intact = Řetězec hodnot hash je neporušený
console-chain-verified = { $rows ->
    [one] Pomocí klíče byl ověřen { $rows } řádek.
    [few] Pomocí klíče byly ověřeny { $rows } řádky.
    [many] Pomocí klíče bylo ověřeno { $rows } řádku.
   *[other] Pomocí klíče bylo ověřeno { $rows } řádků.
}
# Rows written before the audit log was chained with a key.
console-chain-legacy-covered = { $legacy ->
    [one] { $legacy } z nich pochází z doby před řetězcem s klíčem a pokrývají ho následující řádky s klíčem.
    [few] { $legacy } z nich pocházejí z doby před řetězcem s klíčem a pokrývají je následující řádky s klíčem.
    [many] { $legacy } z nich pochází z doby před řetězcem s klíčem a pokrývají je následující řádky s klíčem.
   *[other] { $legacy } z nich pochází z doby před řetězcem s klíčem a pokrývají je následující řádky s klíčem.
}
console-chain-legacy-uncovered = { $legacy ->
    [one] { $legacy } z nich pochází z doby před řetězcem s klíčem a zatím ho nepokrývá žádný řádek s klíčem.
    [few] { $legacy } z nich pocházejí z doby před řetězcem s klíčem a zatím je nepokrývá žádný řádek s klíčem.
    [many] { $legacy } z nich pochází z doby před řetězcem s klíčem a zatím je nepokrývá žádný řádek s klíčem.
   *[other] { $legacy } z nich pochází z doby před řetězcem s klíčem a zatím je nepokrývá žádný řádek s klíčem.
}
console-chain-broken = Řetězec hodnot hash je porušený
console-filter-user = Uživatel
console-filter-activity = Aktivita
console-any = Libovolná
console-filter-status = Stav
# The two values of an audit row's status.
console-status-success = úspěch
console-status-failure = selhání
console-filter-reason = Důvod stavu
console-filter-from = Od
console-filter-to = Do
console-filter = Filtrovat
console-audit-rows = { $n ->
    [one] { $n } řádek.
    [few] { $n } řádky.
    [many] { $n } řádku.
   *[other] { $n } řádků.
}
console-export = Exportovat toto zobrazení:
console-export-csv = CSV
console-export-jsonl = Řádky JSON
console-col-status = Stav
console-col-reason = Důvod
console-col-user = Uživatel
console-col-client = Klient

## Writeback health

console-health-last-check = Poslední kontrola
console-never = nikdy
console-health-last-success = Poslední úspěšný zpětný zápis
console-none-yet = zatím žádný
console-health-failures = Selhání za 24 hodin
console-health-failures-value = { $attempts ->
    [one] Neúspěšné zpětné zápisy kvůli připojení nebo oprávněním: { $failed } z { $attempts }
    [few] Neúspěšné zpětné zápisy kvůli připojení nebo oprávněním: { $failed } z { $attempts }
    [many] Neúspěšné zpětné zápisy kvůli připojení nebo oprávněním: { $failed } z { $attempts }
   *[other] Neúspěšné zpětné zápisy kvůli připojení nebo oprávněním: { $failed } z { $attempts }
}
console-health-run = Spustit kontroly teď

health-not-run = Kontrola dostupnosti (heartbeat) ještě neproběhla.
health-no-domain-controller = Při poslední kontrole dostupnosti žádný řadič domény nepřijal účet služby.
health-checks-failed = { $n ->
    [one] Při poslední kontrole dostupnosti selhala { $n } kontrola.
    [few] Při poslední kontrole dostupnosti selhaly { $n } kontroly.
    [many] Při poslední kontrole dostupnosti selhalo { $n } kontroly.
   *[other] Při poslední kontrole dostupnosti selhalo { $n } kontrol.
}
health-failure-rate = { $attempts ->
    [one] Neúspěšné zpětné zápisy za 24 hodin kvůli připojení nebo oprávněním: { $failed } z { $attempts }.
    [few] Neúspěšné zpětné zápisy za 24 hodin kvůli připojení nebo oprávněním: { $failed } z { $attempts }.
    [many] Neúspěšné zpětné zápisy za 24 hodin kvůli připojení nebo oprávněním: { $failed } z { $attempts }.
   *[other] Neúspěšné zpětné zápisy za 24 hodin kvůli připojení nebo oprávněním: { $failed } z { $attempts }.
}
health-all-passed = Při poslední kontrole dostupnosti prošly všechny kontroly.

## Diagnosis findings on the user page: a title, the facts, and what to do

finding-privileged-title = Privilegovaný účet
# $kind as for console-fact-privileged-yes. The fix is status-ProtectedAccount-fix.
finding-privileged-detail = { $kind ->
    [protected] Toto je chráněný účet (adminCount=1). sspr privilegované účty nikdy neresetuje ani neodemyká, ani samoobsluhou, ani tady.
    [service] Toto je vlastní účet služby portálu. sspr privilegované účty nikdy neresetuje ani neodemyká, ani samoobsluhou, ani tady.
    [helpdesk] Toto je člen skupiny helpdesku. sspr privilegované účty nikdy neresetuje ani neodemyká, ani samoobsluhou, ani tady.
   *[group] Toto je člen chráněné skupiny { $group }. sspr privilegované účty nikdy neresetuje ani neodemyká, ani samoobsluhou, ani tady.
}

finding-not-in-scope-title = Mimo rozsah samoobsluhy
# $scope is group (self-service is for the members of $group) or none (switched off).
finding-not-in-scope-detail = { $scope ->
    [group] Samoobsluha je povolená pro členy skupiny { $group }; tento uživatel jím není (přímo ani prostřednictvím vnoření).
   *[none] Samoobsluha je vypnutá (sspr.enabled_for = "none").
}
finding-not-in-scope-fix = Přidejte uživatele do skupiny pro samoobsluhu, nebo za něj heslo resetujte či účet odemkněte tady.

finding-directory-unreachable-title = Adresář je nedostupný
# $error is what the directory said, in English.
finding-directory-unreachable-detail = { $error }
finding-directory-unreachable-fix = Zkontrolujte řadiče domény (stránka Stav zpětného zápisu).

finding-not-registered-title = Nezaregistrováno
finding-not-registered-detail = { $required ->
    [one] Registrované ověřovací metody: { $registered } z { $required } požadované.
    [few] Registrované ověřovací metody: { $registered } z { $required } požadovaných.
    [many] Registrované ověřovací metody: { $registered } z { $required } požadovaných.
   *[other] Registrované ověřovací metody: { $registered } z { $required } požadovaných.
}
finding-not-registered-fix = Uživatel se zaregistruje na /register, dokud si heslo pamatuje; dnes mu heslo resetujte tady po ověření volajícího jiným způsobem.

finding-disabled-title = Účet je zakázaný
finding-disabled-detail = Účet je v Active Directory zakázaný: nelze se jím přihlásit.
finding-disabled-fix = Pokud se má používat, povolte ho v Active Directory (není to akce helpdesku v této konzoli).

finding-expired-title = Platnost účtu vypršela
finding-expired-detail = Datum accountExpires je v minulosti.
finding-expired-fix = Prodlužte platnost účtu v Active Directory.

finding-missing-rights-title = Účet služby nemá k tomuto uživateli oprávnění
# $rights is a list of directory permission and attribute names.
finding-missing-rights-detail = U tohoto účtu chybí: { $rights }.
finding-missing-rights-fix = Delegujte účtu služby oprávnění Reset Password a zápis lockoutTime/pwdLastSet na organizační jednotce (OU) tohoto uživatele (spusťte `sspr doctor`).

finding-rights-unchecked-title = Oprávnění se nepodařilo zkontrolovat
finding-rights-unchecked-detail = { $error }
finding-rights-unchecked-fix = Spusťte `sspr doctor`.

finding-too-young-title = Nebylo dosaženo minimálního stáří hesla
# $policy is fine-grained (a fine-grained password policy applies to the user) or domain.
finding-too-young-detail = { $policy ->
    [fine-grained] Heslo bylo nedávno změněno; podle jemně odstupňovaných zásad hesel ho uživatel nemůže znovu změnit před { $when }.
   *[domain] Heslo bylo nedávno změněno; podle zásad domény ho uživatel nemůže znovu změnit před { $when }.
}
finding-too-young-fix = Resetování (samoobsluhou nebo tady) stále funguje; změna hesla do té doby ne.

finding-cannot-change-title = Uživatel nemůže změnit heslo
finding-cannot-change-detail = Účet je nastavený tak, že uživatel nemůže změnit jeho heslo.
finding-cannot-change-fix = Resetování stále funguje; pokud mají fungovat i změny, zrušte toto nastavení v Active Directory.

finding-locked-title = Účet je uzamčený
finding-locked-detail = Uzamčený od { $since }.
finding-locked-fix = Uživatel ho může odemknout svými metodami, nebo ho odemkněte tady.

finding-must-change-title = Heslo je nutné změnit
finding-must-change-detail = Platnost hesla vypršela nebo je nutné ho změnit při příštím přihlášení.
finding-must-change-fix = Uživatel ho může změnit na /change se svým aktuálním heslem, nebo se obrátit na technickou podporu: { $helpdesk }.

finding-app-blocked-title = Ověřovací aplikace je zablokovaná
finding-console-blocked-title = Ověřovací aplikace konzole je zablokovaná
finding-blocked-detail = Nesprávné kódy za sebou: { $failures } (limit je { $cap }): ověřovací aplikace se nepočítá jako doklad totožnosti, dokud nebude odblokována.
finding-app-blocked-fix = Uživatel obnoví přístup pomocí kódu zaslaného e-mailem (tím se aplikace odblokuje), nebo ji odblokujte tady, jakmile ověříte volajícího.
finding-console-blocked-fix = Odblokujte ji tady, jakmile ověříte správce jiným způsobem; pokud ty kódy nezadával on, zadal je někdo jiný.

## Charts on the dashboard

chart-activity-title = Zpětné zápisy za den, posledních 30 dní
chart-resets = Resetování
chart-changes = Změny
chart-unlocks = Odemknutí
chart-failures = Selhání
chart-reasons-title = Selhání podle důvodu stavu, posledních 30 dní
chart-no-activity = V tomto období žádná aktivita
chart-no-failures = V tomto období žádná selhání
chart-no-failures-desc = V tomto období žádná selhání.
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
        [one] Součty za { $n } den: { $items }.
        [few] Součty za { $n } dny: { $items }.
        [many] Součty za { $n } dne: { $items }.
       *[other] Součty za { $n } dní: { $items }.
    }
   *[periods] { $n ->
        [one] Součty za { $n } období: { $items }.
        [few] Součty za { $n } období: { $items }.
        [many] Součty za { $n } období: { $items }.
       *[other] Součty za { $n } období: { $items }.
    }
}
chart-totals-none = { $unit ->
    [days] { $n ->
        [one] Součty za { $n } den: žádná data.
        [few] Součty za { $n } dny: žádná data.
        [many] Součty za { $n } dne: žádná data.
       *[other] Součty za { $n } dní: žádná data.
    }
   *[periods] { $n ->
        [one] Součty za { $n } období: žádná data.
        [few] Součty za { $n } období: žádná data.
        [many] Součty za { $n } období: žádná data.
       *[other] Součty za { $n } období: žádná data.
    }
}
chart-top = Nejčastější: { $items }.
chart-top-more = Nejčastější: { $items } a { $more } dalších.

## Passkeys: the helpdesk user page, and signing in to the console with one

console-user-passkeys = Přístupové klíče
console-passkey-added-on = přidán { $date }
console-passkey-last-used = naposledy použit { $date }
console-passkey-never-used = zatím nepoužit
console-passkey-use = Přihlásit se místo toho přístupovým klíčem
console-passkey-title = Přihlaste se přístupovým klíčem
console-passkey-lead = Prohlížeč vás požádá o přístupový klíč, který jste přidali pro konzoli helpdesku.
console-passkey-go = Pokračovat s přístupovým klíčem
console-passkey-back = Použít ověřovací aplikaci
console-passkey-wrong = Tímto přístupovým klíčem se nepodařilo přihlásit. Zkuste to znovu, nebo použijte ověřovací aplikaci.
console-passkeys-nav = Vaše přístupové klíče
console-passkeys-title = Přístupové klíče pro přihlášení do konzole
console-passkeys-lead = Přístupový klíč může při přihlašování do konzole nahradit kód z ověřovací aplikace. K jeho přidání je potřeba kód, který pošleme do vaší poštovní schránky v adresáři, a ostatní správci helpdesku dostanou upozornění.
console-passkeys-none = Nemáte žádný přístupový klíč pro přihlášení do konzole.
console-passkey-name-label = Název tohoto přístupového klíče, například „Notebook u stolu“
console-passkey-add = Přidat přístupový klíč
console-passkey-create-title = Vytvořte si přístupový klíč pro konzoli
console-passkey-create-lead = Do vaší poštovní schránky v adresáři jsme poslali kód. Zadejte ho sem a pak, až vás prohlížeč vyzve, vytvořte přístupový klíč „{ $name }“.
console-passkey-code-label = Kód z e-mailu
console-passkey-create-go = Vytvořit přístupový klíč
console-passkey-added = Přístupový klíč pro přihlášení do konzole byl přidán.
console-passkey-removed = Přístupový klíč byl odebrán.
console-passkey-not-added = Přístupový klíč nebyl přidán: kód z e-mailu nebyl správný, nebo odpověď prohlížeče neodpovídala tomuto požadavku. Začněte znovu.
console-passkey-name-bad = Dejte přístupovému klíči název o nejvýše 64 znacích.
console-passkey-no-mailbox = Váš účet nemá v adresáři poštovní schránku, kam by šlo kód poslat, takže tady přístupový klíč přidat nelze. Obraťte se na správce adresáře.
