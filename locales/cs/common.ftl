# Slova společná všem stránkám: rámec každé stránky, přepínač jazyka, data.
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words. `format-*` messages are strftime patterns (https://docs.rs/chrono/latest/chrono/format/strftime/).

# The language's name in itself, shown in the language switcher.
language-name = Čeština
language-switcher = Jazyk

format-datetime = %-d. %-m. %Y %H:%M %Z
format-date = %-d. %-m. %Y

service-name = Služba hesel
service-home = Úvodní stránka služby hesel
skip-to-content = Přejít na obsah
need-help = Potřebujete pomoc? Kontakt: { $helpdesk }.

steps-label = Průběh
step-identify = Identifikace
step-verify = Ověření

home-title = Co potřebujete udělat?
home-lead = Získejte zpět přístup ke svému účtu { $org } během minuty, bez čekání na technickou podporu.
home-reset = Resetovat heslo
home-reset-hint = Nepamatuji si ho
home-unlock = Odemknout účet
home-unlock-hint = Heslo znám, ale účet je uzamčený
home-change = Změnit heslo
home-change-hint = Znám ho, nebo mu vypršela platnost
home-register = Nastavit samoobsluhu
home-register-hint = Zaregistrujte si e-mail nebo ověřovací aplikaci dřív, než je budete potřebovat

back-to-start = Zpět na začátek
go-to-start = Přejít na začátek

not-found-title = Stránka nebyla nalezena
not-found-message = Na této adrese žádná stránka není.
not-found-next = Začněte znovu od první stránky služby hesel.

blocked-title = Příliš mnoho pokusů
blocked-message = Kvůli vašemu zabezpečení je samoobsluha po příliš mnoha pokusech na chvíli pozastavena.
blocked-next = Zkuste to znovu po { $when }. Pokud přístup potřebujete dřív, obraťte se na technickou podporu.

busy-title = Právě teď velké vytížení
busy-message = V tuto chvíli si mění heslo mnoho lidí a váš požadavek se nepodařilo včas zpracovat. Nic se nezměnilo.
busy-next = { $seconds ->
    [one] Zkuste to prosím znovu za { $seconds } sekundu.
    [few] Zkuste to prosím znovu za { $seconds } sekundy.
    [many] Zkuste to prosím znovu za { $seconds } sekundy.
   *[other] Zkuste to prosím znovu za { $seconds } sekund.
}

unavailable-title = Zkuste to prosím znovu za několik minut
unavailable-message = K adresáři se teď nepodařilo připojit. Nic se nezměnilo.
unavailable-next = Zkuste to znovu za několik minut. Pokud se to bude opakovat, obraťte se na technickou podporu.

session-ended-title = Vaše relace skončila
session-ended-message = Kvůli vašemu zabezpečení tento krok funguje jen krátce po předchozím kroku a jen ve stejném prohlížeči.
session-ended-next = Začněte znovu: zabere to jen minutu.

not-right = Uživatelské jméno nebo heslo není správné, nebo je účet uzamčený či zakázaný. Zapomněli jste heslo? Resetujte ho. Máte uzamčený účet? Nejdřív ho odemkněte.

bad-form = Tomuto požadavku jako formuláři nerozumíme. Vraťte se zpět, načtěte stránku znovu a zkuste to znovu.
form-expired-title = Platnost tohoto formuláře vypršela
form-expired-message = Kvůli vašemu zabezpečení formuláře fungují jen po omezenou dobu a jen v okně prohlížeče, ve kterém byly otevřeny. Vraťte se zpět, načtěte stránku znovu a zkuste to znovu.
form-too-large = Tento formulář byl příliš velký.
form-too-slow = Odeslání formuláře trvalo příliš dlouho. Vraťte se zpět, načtěte stránku znovu a zkuste to znovu.
too-slow = Trvá to déle, než by mělo. Pokud jste měnili nebo resetovali heslo či odemykali účet, možná se to i tak podařilo: než to zkusíte znovu, zkuste se přihlásit.
internal-error = Na naší straně se něco pokazilo. Zkuste to prosím znovu.

input-username-empty = Zadejte uživatelské jméno nebo e-mailovou adresu.
input-username-bad = Tohle nevypadá jako uživatelské jméno. Používejte jen písmena, číslice a znaky . - _ @ \
input-password-bad = Heslo může mít nejvýše 256 znaků a nesmí obsahovat řídicí znaky.
input-email-empty = Zadejte e-mailovou adresu.
input-email-bad = Zadejte e-mailovou adresu ve tvaru jmeno@example.com.
input-code-empty = Zadejte kód.
input-code-bad = Kód se skládá jen z číslic.
input-current-password-empty = Zadejte aktuální heslo.
input-new-password-empty = Zadejte nové heslo.
input-password-empty = Zadejte heslo.

# After a password change or reset, following "Sign in with your new password…". $minutes is
# how long the organisation's domain controllers keep accepting the old password over older
# Windows connections (60 unless the organisation changed it).
done-old-password = { $minutes ->
    [one] U některých připojení systému Windows, například u namapovaných síťových jednotek, může vaše předchozí heslo fungovat ještě až { $minutes } minutu. To je normální: od teď všude používejte nové heslo.
    [few] U některých připojení systému Windows, například u namapovaných síťových jednotek, může vaše předchozí heslo fungovat ještě až { $minutes } minuty. To je normální: od teď všude používejte nové heslo.
    [many] U některých připojení systému Windows, například u namapovaných síťových jednotek, může vaše předchozí heslo fungovat ještě až { $minutes } minuty. To je normální: od teď všude používejte nové heslo.
   *[other] U některých připojení systému Windows, například u namapovaných síťových jednotek, může vaše předchozí heslo fungovat ještě až { $minutes } minut. To je normální: od teď všude používejte nové heslo.
}
