# Password policy: the rules shown before a new password is typed, the reasons a typed
# password is refused, and the live strength meter on the password forms.
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words.

## The directory's password rules, one line each (the helpdesk's view of a user, and the
## checklist above a new-password box).

# The five character classes of Active Directory's complexity rule, in words a user
# understands; used inside policy-rule-classes and policy-few-classes.
-policy-classes = hoofdletters, kleine letters, cijfers (0-9), symbolen (zoals ! # $ % of een spatie) en letters zonder hoofd- of kleine letter (zoals Chinees of Japans)

policy-rule-min-length = { $n ->
    [one] Minimaal { $n } teken
   *[other] Minimaal { $n } tekens
}
# $n is how many classes are needed (3).
policy-rule-classes = Tekens uit minimaal { $n } van deze groepen: { -policy-classes }
policy-rule-names = Bevat niet je gebruikersnaam of delen van je volledige naam
# $n is how many passwords the directory remembers. It counts the current one, so exactly 1
# means only the current password may not be used again (keep the [1] variant).
policy-rule-history = { $n ->
    [1] Niet je huidige wachtwoord
   *[other] Niet een van je laatste { $n } wachtwoorden
}
# $duration is one of policy-days, policy-hours, policy-minutes or policy-seconds,
# such as "1 day" or "36 hours".
policy-rule-min-age = Kan maximaal één keer per { $duration } worden gewijzigd
# $duration as in policy-rule-min-age.
policy-rule-max-age = Moet elke { $duration } worden gewijzigd

# Durations, placed into policy-rule-min-age and policy-rule-max-age.
policy-days = { $n ->
    [one] { $n } dag
   *[other] { $n } dagen
}
policy-hours = { $n ->
    [one] { $n } uur
   *[other] { $n } uur
}
policy-minutes = { $n ->
    [one] { $n } minuut
   *[other] { $n } minuten
}
policy-seconds = { $n ->
    [one] { $n } seconde
   *[other] { $n } seconden
}

## The checklist above a new-password box. Each line is ticked off live as the password is
## typed.

policy-panel-title = Eisen voor je nieuwe wachtwoord
# $n is how many classes are needed (3).
policy-panel-classes = Tekens uit { $n } van deze groepen: hoofdletters, kleine letters, cijfers, symbolen
policy-panel-names = Bevat niet je gebruikersnaam of delen van je naam
# Shown instead of the rules when they could not be read from the directory.
policy-panel-unknown = De wachtwoordregels van je organisatie zijn van toepassing
policy-panel-common = Geen veelgebruikt of makkelijk te raden wachtwoord
# When the organisation screens new passwords against a list of breached passwords.
policy-panel-breached = Geen wachtwoord dat bekend is uit een datalek
# When the organisation sets a minimum strength. $level is one of the meter's words
# (meter-too-weak … meter-strong), such as "Good".
policy-panel-strength = Moeilijk te raden: minimaal "{ $level }" op de sterktemeter
# The new password and its confirmation are the same.
policy-panel-match = Beide wachtwoorden zijn gelijk
# Below the checklist, when the account has a fine-grained password policy of its own.
policy-source-pso = Deze regels komen uit het wachtwoordbeleid voor je account.
# Below the checklist, when the domain's policy applies (or is assumed).
policy-source-domain = Deze regels komen uit het wachtwoordbeleid van je organisatie.
# $when is a date and time.
policy-can-change = Je kunt je wachtwoord weer wijzigen vanaf { $when }.

## Why a typed password is refused, shown above the form. They never repeat the password.

# $min is the policy's minimum, $actual how many characters were typed.
policy-too-short = { $min ->
    [one] Gebruik minimaal { $min } teken (je hebt er { $actual } getypt).
   *[other] Gebruik minimaal { $min } tekens (je hebt er { $actual } getypt).
}
# The sentences policy-has-account-name, policy-has-name-part and policy-few-classes are
# shown together, in that order, for each part that fails.
policy-has-account-name = Gebruik je gebruikersnaam niet.
policy-has-name-part = Gebruik geen delen van je volledige naam.
# $required is how many classes are needed (3), $present how many the password has.
policy-few-classes = Gebruik tekens uit minimaal { $required } van deze groepen: { -policy-classes } (jouw wachtwoord heeft er { $present }).
# $when is a date and time, rounded up to the minute.
policy-too-young = Je wachtwoord is te kort geleden gewijzigd. Je kunt het weer wijzigen vanaf { $when }.
policy-banned = Dit wachtwoord komt te vaak voor of is te makkelijk te raden. Vermijd veelvoorkomende woorden, namen, seizoenen, jaartallen en toetsenbordpatronen.
policy-breached = Dit wachtwoord is opgedoken in een datalek, dus aanvallers proberen het als eerste. Kies een wachtwoord dat je nog nergens hebt gebruikt.
# Followed by one or more of the strength-warning-… and strength-suggest-… sentences.
policy-too-weak = Dit wachtwoord zou te makkelijk te raden zijn.

## Why a password is easy to guess, and what would help: shown after policy-too-weak, one
## sentence each.

strength-warning-key-rows = Rechte rijen toetsen zijn makkelijk te raden.
strength-warning-key-patterns = Korte toetsenbordpatronen zijn makkelijk te raden.
strength-warning-repeats = Herhalingen zoals "aaa" zijn makkelijk te raden.
strength-warning-repeated-groups = Herhalingen zoals "abcabcabc" zijn maar iets moeilijker te raden dan "abc".
strength-warning-top10 = Dit is een van de tien meestgebruikte wachtwoorden.
strength-warning-top100 = Dit is een van de honderd meestgebruikte wachtwoorden.
strength-warning-common = Dit wachtwoord komt heel vaak voor.
strength-warning-similar-to-common = Dit lijkt op een veelgebruikt wachtwoord.
strength-warning-sequences = Reeksen zoals "abc" of "6543" zijn makkelijk te raden.
strength-warning-recent-years = Recente jaartallen zijn makkelijk te raden.
strength-warning-single-word = Eén los woord is makkelijk te raden.
strength-warning-dates = Datums zijn vaak makkelijk te raden.
strength-warning-names = Losse voor- en achternamen zijn makkelijk te raden.
strength-warning-common-names = Veelvoorkomende voor- en achternamen zijn makkelijk te raden.
strength-suggest-few-words = Gebruik een paar woorden en vermijd bekende uitdrukkingen.
strength-suggest-no-symbols-needed = Symbolen, cijfers of hoofdletters zijn niet nodig.
strength-suggest-another-word = Voeg nog een of twee woorden toe. Ongebruikelijke woorden zijn beter.
strength-suggest-capitals = Hoofdletters helpen niet veel.
strength-suggest-all-capitals = Alleen hoofdletters is bijna net zo makkelijk te raden als alleen kleine letters.
strength-suggest-reversed = Achterstevoren gespelde woorden zijn niet veel moeilijker te raden.
strength-suggest-substitutions = Voorspelbare vervangingen, zoals "@" voor "a", helpen niet veel.
strength-suggest-longer-pattern = Gebruik een langer toetsenbordpatroon met meer richtingswisselingen.
strength-suggest-avoid-repeats = Vermijd herhaalde woorden en tekens.
strength-suggest-avoid-sequences = Vermijd reeksen.
strength-suggest-avoid-recent-years = Vermijd recente jaartallen.
strength-suggest-avoid-your-years = Vermijd jaartallen die met jou te maken hebben.
strength-suggest-avoid-your-dates = Vermijd datums en jaartallen die met jou te maken hebben.

## The live checklist and strength meter (read by static/password.js).

# Read out by screen readers after a checklist line, when it becomes met.
meter-done = (voldaan)
# Read out by screen readers after a checklist line that was met and no longer is.
meter-not-met = (niet voldaan)
# Before the strength word, e.g. "Strength: Good".
meter-label = Sterkte:
meter-too-weak = Te zwak
meter-weak = Zwak
meter-fair = Redelijk
meter-good = Goed
meter-strong = Sterk
# The button next to a password box that shows what was typed, and hides it again.
meter-show = Weergeven
meter-hide = Verbergen

## Refusals the directory itself reports (after the portal's own checks passed).
policy-refused-banned = Dat wachtwoord komt te vaak voor of is makkelijk te raden. Kies iets minder voorspelbaars, zoals drie of vier woorden die niets met elkaar te maken hebben.
policy-refused-too-short = Dat wachtwoord is te kort voor het beleid van je account. Kies een langer wachtwoord.
policy-refused-not-complex = Dat wachtwoord is niet complex genoeg: gebruik tekens uit 3 van de groepen hoofdletters, kleine letters, cijfers en symbolen, en niet je naam.
policy-refused-in-history = Je hebt dat wachtwoord al eerder gebruikt. Kies er een dat je de laatste tijd niet hebt gebruikt.
policy-refused-too-young = Je wachtwoord is te kort geleden gewijzigd om het nu alweer te wijzigen. Gebruik in plaats daarvan "Je wachtwoord opnieuw instellen", of probeer het later opnieuw.
policy-refused-cannot-change = Je account is zo ingesteld dat je het wachtwoord niet zelf kunt wijzigen. Neem contact op met { $helpdesk }.
policy-refused-unknown = De directory heeft dat wachtwoord geweigerd: misschien heb je het onlangs gebruikt, of het wordt geblokkeerd door een wachtwoordfilter. Kies een ander wachtwoord.
