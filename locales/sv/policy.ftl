# Password policy: the rules shown before a new password is typed, the reasons a typed
# password is refused, and the live strength meter on the password forms.
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words.

## The directory's password rules, one line each (the helpdesk's view of a user, and the
## checklist above a new-password box).

# The five character classes of Active Directory's complexity rule, in words a user
# understands; used inside policy-rule-classes and policy-few-classes.
-policy-classes = versaler, gemener, siffror (0–9), symboler (till exempel ! # $ % eller ett blanksteg) och bokstäver utan skiftläge (till exempel kinesiska eller japanska tecken)

policy-rule-min-length = { $n ->
    [one] Minst { $n } tecken
   *[other] Minst { $n } tecken
}
# $n is how many classes are needed (3).
policy-rule-classes = Tecken från minst { $n } av: { -policy-classes }
policy-rule-names = Får inte innehålla ditt användarnamn eller delar av ditt fullständiga namn
# $n is how many passwords the directory remembers. It counts the current one, so exactly 1
# means only the current password may not be used again (keep the [1] variant).
policy-rule-history = { $n ->
    [1] Inte ditt nuvarande lösenord
   *[other] Inte något av dina { $n } senaste lösenord
}
# $duration is one of policy-days, policy-hours, policy-minutes or policy-seconds,
# such as "1 day" or "36 hours".
policy-rule-min-age = Kan ändras högst en gång per { $duration }
# $duration as in policy-rule-min-age.
policy-rule-max-age = Måste ändras minst en gång per { $duration }

# Durations, placed into policy-rule-min-age and policy-rule-max-age.
policy-days = { $n ->
    [one] { $n } dag
   *[other] { $n } dagar
}
policy-hours = { $n ->
    [one] { $n } timme
   *[other] { $n } timmar
}
policy-minutes = { $n ->
    [one] { $n } minut
   *[other] { $n } minuter
}
policy-seconds = { $n ->
    [one] { $n } sekund
   *[other] { $n } sekunder
}

## The checklist above a new-password box. Each line is ticked off live as the password is
## typed.

policy-panel-title = Krav på ditt nya lösenord
# $n is how many classes are needed (3).
policy-panel-classes = Tecken från { $n } av: versaler, gemener, siffror, symboler
policy-panel-names = Får inte innehålla ditt användarnamn eller delar av ditt namn
# Shown instead of the rules when they could not be read from the directory.
policy-panel-unknown = Din organisations lösenordsregler gäller
policy-panel-common = Inte ett vanligt eller lättgissat lösenord
# When the organisation screens new passwords against a list of breached passwords.
policy-panel-breached = Inte ett lösenord som är känt från ett dataintrång
# When the organisation sets a minimum strength. $level is one of the meter's words
# (meter-too-weak … meter-strong), such as "Good".
policy-panel-strength = Svårt att gissa: minst ”{ $level }” på styrkemätaren
# The new password and its confirmation are the same.
policy-panel-match = Båda fälten matchar
# Below the checklist, when the account has a fine-grained password policy of its own.
policy-source-pso = Reglerna kommer från lösenordsprincipen för ditt konto.
# Below the checklist, when the domain's policy applies (or is assumed).
policy-source-domain = Reglerna kommer från din organisations lösenordsprincip.
# $when is a date and time.
policy-can-change = Du kan ändra ditt lösenord igen från { $when }.

## Why a typed password is refused, shown above the form. They never repeat the password.

# $min is the policy's minimum, $actual how many characters were typed.
policy-too-short = { $min ->
    [one] Använd minst { $min } tecken (du skrev { $actual }).
   *[other] Använd minst { $min } tecken (du skrev { $actual }).
}
# The sentences policy-has-account-name, policy-has-name-part and policy-few-classes are
# shown together, in that order, for each part that fails.
policy-has-account-name = Ta inte med ditt användarnamn.
policy-has-name-part = Ta inte med delar av ditt fullständiga namn.
# $required is how many classes are needed (3), $present how many the password has.
policy-few-classes = Använd tecken från minst { $required } av: { -policy-classes } (ditt har { $present }).
# $when is a date and time, rounded up to the minute.
policy-too-young = Ditt lösenord ändrades för nyligen. Du kan ändra det igen från { $when }.
policy-banned = Lösenordet är för vanligt eller för lätt att gissa. Undvik vanliga ord, namn, årstider, årtal och tangentbordsmönster.
policy-breached = Lösenordet har förekommit i ett dataintrång, så angripare provar det först. Välj ett som du aldrig har använt någonstans.
# Followed by one or more of the strength-warning-… and strength-suggest-… sentences.
policy-too-weak = Lösenordet skulle vara för lätt att gissa.

## Why a password is easy to guess, and what would help: shown after policy-too-weak, one
## sentence each.

strength-warning-key-rows = Raka tangentrader är lätta att gissa.
strength-warning-key-patterns = Korta tangentbordsmönster är lätta att gissa.
strength-warning-repeats = Upprepningar som ”aaa” är lätta att gissa.
strength-warning-repeated-groups = Upprepningar som ”abcabcabc” är bara lite svårare att gissa än ”abc”.
strength-warning-top10 = Det här är ett av de tio vanligaste lösenorden.
strength-warning-top100 = Det här är ett av de hundra vanligaste lösenorden.
strength-warning-common = Det här är ett mycket vanligt lösenord.
strength-warning-similar-to-common = Det här liknar ett vanligt förekommande lösenord.
strength-warning-sequences = Sekvenser som ”abc” eller ”6543” är lätta att gissa.
strength-warning-recent-years = Årtal från de senaste åren är lätta att gissa.
strength-warning-single-word = Ett ensamt ord är lätt att gissa.
strength-warning-dates = Datum är ofta lätta att gissa.
strength-warning-names = Förnamn och efternamn för sig är lätta att gissa.
strength-warning-common-names = Vanliga förnamn och efternamn är lätta att gissa.
strength-suggest-few-words = Använd några ord och undvik vanliga fraser.
strength-suggest-no-symbols-needed = Du behöver inte använda symboler, siffror eller versaler.
strength-suggest-another-word = Lägg till ett eller två ord till. Ovanliga ord är bättre.
strength-suggest-capitals = Versaler hjälper inte särskilt mycket.
strength-suggest-all-capitals = Bara versaler är nästan lika lätt att gissa som bara gemener.
strength-suggest-reversed = Ord som stavas baklänges är inte mycket svårare att gissa.
strength-suggest-substitutions = Förutsägbara utbyten, som ”@” i stället för ”a”, hjälper inte särskilt mycket.
strength-suggest-longer-pattern = Använd ett längre tangentbordsmönster med fler riktningsändringar.
strength-suggest-avoid-repeats = Undvik upprepade ord och tecken.
strength-suggest-avoid-sequences = Undvik sekvenser.
strength-suggest-avoid-recent-years = Undvik årtal från de senaste åren.
strength-suggest-avoid-your-years = Undvik årtal som har med dig att göra.
strength-suggest-avoid-your-dates = Undvik datum och årtal som har med dig att göra.

## The live checklist and strength meter (read by static/password.js).

# Read out by screen readers after a checklist line, when it becomes met.
meter-done = (klart)
# Read out by screen readers after a checklist line that was met and no longer is.
meter-not-met = (inte uppfyllt)
# Before the strength word, e.g. "Strength: Good".
meter-label = Styrka:
meter-too-weak = För svagt
meter-weak = Svagt
meter-fair = Godtagbart
meter-good = Bra
meter-strong = Starkt
# The button next to a password box that shows what was typed, and hides it again.
meter-show = Visa
meter-hide = Dölj

## Refusals the directory itself reports (after the portal's own checks passed).
policy-refused-banned = Lösenordet är för vanligt eller lätt att gissa. Välj något mindre förutsägbart, till exempel tre eller fyra ord som inte hör ihop.
policy-refused-too-short = Lösenordet är för kort enligt principen för ditt konto. Välj ett längre.
policy-refused-not-complex = Lösenordet är inte tillräckligt komplext: använd tecken från 3 av versaler, gemener, siffror och symboler, och inte ditt namn.
policy-refused-in-history = Du har använt det här lösenordet tidigare. Välj ett som du inte har använt nyligen.
policy-refused-too-young = Ditt lösenord ändrades för nyligen för att kunna ändras igen ännu. Använd ”Återställ ditt lösenord” i stället, eller försök igen senare.
policy-refused-cannot-change = Ditt konto är inställt så att du inte kan ändra lösenordet själv. Kontakta { $helpdesk }.
policy-refused-unknown = Katalogen nekade lösenordet: det kan vara ett som du har använt nyligen, eller blockerat av ett lösenordsfilter. Välj ett annat lösenord.
