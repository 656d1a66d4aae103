# Zásady hesel: pravidla zobrazená před zadáním nového hesla, důvody odmítnutí zadaného hesla
# a ukazatel síly hesla ve formulářích.
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words.

## The directory's password rules, one line each (the helpdesk's view of a user, and the
## checklist above a new-password box).

# The five character classes of Active Directory's complexity rule, in words a user
# understands; used inside policy-rule-classes and policy-few-classes.
-policy-classes = velká písmena, malá písmena, číslice (0–9), symboly (například ! # $ % nebo mezera) a písmena bez rozlišení velikosti (například čínské nebo japonské znaky)

policy-rule-min-length = { $n ->
    [one] Alespoň { $n } znak
    [few] Alespoň { $n } znaky
    [many] Alespoň { $n } znaku
   *[other] Alespoň { $n } znaků
}
# $n is how many classes are needed (3).
policy-rule-classes = Znaky alespoň ze { $n } skupin: { -policy-classes }
policy-rule-names = Neobsahuje vaše uživatelské jméno ani části vašeho celého jména
# $n is how many passwords the directory remembers. It counts the current one, so exactly 1
# means only the current password may not be used again (keep the [1] variant).
policy-rule-history = { $n ->
    [1] Není to vaše aktuální heslo
   *[other] Není to žádné z vašich posledních { $n } hesel
}
# $duration is one of policy-days, policy-hours, policy-minutes or policy-seconds,
# such as "1 day" or "36 hours".
policy-rule-min-age = Lze změnit nejvýše jednou za { $duration }
# $duration as in policy-rule-min-age.
policy-rule-max-age = Je nutné změnit jednou za { $duration }

# Durations, placed into policy-rule-min-age and policy-rule-max-age.
policy-days = { $n ->
    [one] { $n } den
    [few] { $n } dny
    [many] { $n } dne
   *[other] { $n } dní
}
policy-hours = { $n ->
    [one] { $n } hodinu
    [few] { $n } hodiny
    [many] { $n } hodiny
   *[other] { $n } hodin
}
policy-minutes = { $n ->
    [one] { $n } minutu
    [few] { $n } minuty
    [many] { $n } minuty
   *[other] { $n } minut
}
policy-seconds = { $n ->
    [one] { $n } sekundu
    [few] { $n } sekundy
    [many] { $n } sekundy
   *[other] { $n } sekund
}

## The checklist above a new-password box. Each line is ticked off live as the password is
## typed.

policy-panel-title = Požadavky na nové heslo
# $n is how many classes are needed (3).
policy-panel-classes = Znaky ze { $n } skupin: velká písmena, malá písmena, číslice, symboly
policy-panel-names = Neobsahuje vaše uživatelské jméno ani části vašeho jména
# Shown instead of the rules when they could not be read from the directory.
policy-panel-unknown = Platí zásady hesel vaší organizace
policy-panel-common = Není to běžné ani snadno uhodnutelné heslo
# When the organisation screens new passwords against a list of breached passwords.
policy-panel-breached = Není to heslo známé z úniku dat
# When the organisation sets a minimum strength. $level is one of the meter's words
# (meter-too-weak … meter-strong), such as "Good".
policy-panel-strength = Je obtížně uhodnutelné: na ukazateli síly alespoň „{ $level }“
# The new password and its confirmation are the same.
policy-panel-match = Obě zadání se shodují
# Below the checklist, when the account has a fine-grained password policy of its own.
policy-source-pso = Tyto požadavky pocházejí ze zásad hesel pro váš účet.
# Below the checklist, when the domain's policy applies (or is assumed).
policy-source-domain = Tyto požadavky pocházejí ze zásad hesel vaší organizace.
# $when is a date and time.
policy-can-change = Heslo můžete znovu změnit od { $when }.

## Why a typed password is refused, shown above the form. They never repeat the password.

# $min is the policy's minimum, $actual how many characters were typed.
policy-too-short = { $min ->
    [one] Heslo musí mít alespoň { $min } znak (zadáno: { $actual }).
    [few] Heslo musí mít alespoň { $min } znaky (zadáno: { $actual }).
    [many] Heslo musí mít alespoň { $min } znaku (zadáno: { $actual }).
   *[other] Heslo musí mít alespoň { $min } znaků (zadáno: { $actual }).
}
# The sentences policy-has-account-name, policy-has-name-part and policy-few-classes are
# shown together, in that order, for each part that fails.
policy-has-account-name = Nepoužívejte své uživatelské jméno.
policy-has-name-part = Nepoužívejte části svého celého jména.
# $required is how many classes are needed (3), $present how many the password has.
policy-few-classes = Použijte znaky alespoň ze { $required } skupin: { -policy-classes } (vaše heslo jich má { $present }).
# $when is a date and time, rounded up to the minute.
policy-too-young = Heslo bylo změněno příliš nedávno. Znovu ho můžete změnit od { $when }.
policy-banned = Toto heslo je příliš běžné nebo snadno uhodnutelné. Vyhněte se běžným slovům, jménům, ročním obdobím, letopočtům a vzorům z klávesnice.
policy-breached = Toto heslo se objevilo v úniku dat, a proto ho útočníci zkoušejí jako první. Zvolte heslo, které jste ještě nikde nepoužili.
# Followed by one or more of the strength-warning-… and strength-suggest-… sentences.
policy-too-weak = Toto heslo by bylo příliš snadno uhodnutelné.

## Why a password is easy to guess, and what would help: shown after policy-too-weak, one
## sentence each.

strength-warning-key-rows = Přímé řady kláves jsou snadno uhodnutelné.
strength-warning-key-patterns = Krátké vzory z klávesnice jsou snadno uhodnutelné.
strength-warning-repeats = Opakování jako „aaa“ jsou snadno uhodnutelná.
strength-warning-repeated-groups = Opakování jako „abcabcabc“ jsou jen o málo hůř uhodnutelná než „abc“.
strength-warning-top10 = Toto je jedno z deseti nejběžnějších hesel.
strength-warning-top100 = Toto je jedno ze sta nejběžnějších hesel.
strength-warning-common = Toto je velmi běžné heslo.
strength-warning-similar-to-common = Toto heslo se podobá často používanému heslu.
strength-warning-sequences = Posloupnosti jako „abc“ nebo „6543“ jsou snadno uhodnutelné.
strength-warning-recent-years = Nedávné letopočty jsou snadno uhodnutelné.
strength-warning-single-word = Samotné slovo je snadno uhodnutelné.
strength-warning-dates = Data jsou často snadno uhodnutelná.
strength-warning-names = Samotná jména a příjmení jsou snadno uhodnutelná.
strength-warning-common-names = Běžná jména a příjmení jsou snadno uhodnutelná.
strength-suggest-few-words = Použijte několik slov a vyhněte se běžným frázím.
strength-suggest-no-symbols-needed = Symboly, číslice ani velká písmena nejsou potřeba.
strength-suggest-another-word = Přidejte ještě jedno nebo dvě slova. Méně obvyklá slova jsou lepší.
strength-suggest-capitals = Velká písmena příliš nepomohou.
strength-suggest-all-capitals = Heslo jen z velkých písmen se uhodne skoro stejně snadno jako heslo jen z malých písmen.
strength-suggest-reversed = Slova napsaná pozpátku nejsou o moc hůř uhodnutelná.
strength-suggest-substitutions = Předvídatelné záměny, například „@“ místo „a“, příliš nepomohou.
strength-suggest-longer-pattern = Použijte delší vzor z klávesnice s více změnami směru.
strength-suggest-avoid-repeats = Vyhněte se opakujícím se slovům a znakům.
strength-suggest-avoid-sequences = Vyhněte se posloupnostem.
strength-suggest-avoid-recent-years = Vyhněte se nedávným letopočtům.
strength-suggest-avoid-your-years = Vyhněte se letopočtům, které s vámi souvisejí.
strength-suggest-avoid-your-dates = Vyhněte se datům a letopočtům, které s vámi souvisejí.

## The live checklist and strength meter (read by static/password.js).

# Read out by screen readers after a checklist line, when it becomes met.
meter-done = (splněno)
# Read out by screen readers after a checklist line that was met and no longer is.
meter-not-met = (nesplněno)
# Before the strength word, e.g. "Strength: Good".
meter-label = Síla:
meter-too-weak = Příliš slabé
meter-weak = Slabé
meter-fair = Průměrné
meter-good = Dobré
meter-strong = Silné
# The button next to a password box that shows what was typed, and hides it again.
meter-show = Zobrazit
meter-hide = Skrýt

## Refusals the directory itself reports (after the portal's own checks passed).
policy-refused-banned = Toto heslo je příliš běžné nebo snadno uhodnutelné. Zvolte něco méně předvídatelného, například tři nebo čtyři nesouvisející slova.
policy-refused-too-short = Toto heslo je podle zásad vašeho účtu příliš krátké. Zvolte delší.
policy-refused-not-complex = Toto heslo není dostatečně složité: použijte znaky ze 3 skupin (velká písmena, malá písmena, číslice, symboly) a nepoužívejte své jméno.
policy-refused-in-history = Toto heslo jste už používali. Zvolte heslo, které jste v poslední době nepoužili.
policy-refused-too-young = Heslo bylo změněno příliš nedávno, takže ho zatím nelze znovu změnit. Použijte místo toho „Resetovat heslo“, nebo to zkuste později.
policy-refused-cannot-change = Váš účet je nastavený tak, že si heslo nemůžete změnit sami. Obraťte se na technickou podporu: { $helpdesk }.
policy-refused-unknown = Adresář toto heslo odmítl: možná jste ho nedávno používali, nebo ho zablokoval filtr hesel. Zvolte jiné heslo.
