# Zasady haseł: reguły pokazywane przed wpisaniem nowego hasła, powody odrzucenia wpisanego
# hasła i wskaźnik siły hasła na formularzach.
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words.

## The directory's password rules, one line each (the helpdesk's view of a user, and the
## checklist above a new-password box).

# The five character classes of Active Directory's complexity rule, in words a user
# understands; used inside policy-rule-classes and policy-few-classes.
-policy-classes = wielkie litery, małe litery, cyfry (0–9), symbole (np. ! # $ % lub spacja) oraz litery bez rozróżnienia wielkości (np. znaki chińskie lub japońskie)

policy-rule-min-length = { $n ->
    [one] Co najmniej { $n } znak
    [few] Co najmniej { $n } znaki
    [many] Co najmniej { $n } znaków
   *[other] Co najmniej { $n } znaku
}
# $n is how many classes are needed (3).
policy-rule-classes = Znaki z co najmniej { $n } kategorii: { -policy-classes }
policy-rule-names = Nie zawiera nazwy użytkownika ani części imienia i nazwiska
# $n is how many passwords the directory remembers. It counts the current one, so exactly 1
# means only the current password may not be used again (keep the [1] variant).
policy-rule-history = { $n ->
    [1] Nie jest bieżącym hasłem
   *[other] Nie jest żadnym z { $n } ostatnich haseł
}
# $duration is one of policy-days, policy-hours, policy-minutes or policy-seconds,
# such as "1 day" or "36 hours".
policy-rule-min-age = Można zmieniać najwyżej raz na { $duration }
# $duration as in policy-rule-min-age.
policy-rule-max-age = Trzeba zmieniać co { $duration }

# Durations, placed into policy-rule-min-age and policy-rule-max-age.
policy-days = { $n ->
    [one] { $n } dzień
    [few] { $n } dni
    [many] { $n } dni
   *[other] { $n } dnia
}
policy-hours = { $n ->
    [one] { $n } godzinę
    [few] { $n } godziny
    [many] { $n } godzin
   *[other] { $n } godziny
}
policy-minutes = { $n ->
    [one] { $n } minutę
    [few] { $n } minuty
    [many] { $n } minut
   *[other] { $n } minuty
}
policy-seconds = { $n ->
    [one] { $n } sekundę
    [few] { $n } sekundy
    [many] { $n } sekund
   *[other] { $n } sekundy
}

## The checklist above a new-password box. Each line is ticked off live as the password is
## typed.

policy-panel-title = Wymagania dotyczące nowego hasła
# $n is how many classes are needed (3).
policy-panel-classes = Znaki z { $n } kategorii: wielkie litery, małe litery, cyfry, symbole
policy-panel-names = Nie zawiera nazwy użytkownika ani części imienia i nazwiska
# Shown instead of the rules when they could not be read from the directory.
policy-panel-unknown = Obowiązują zasady haseł Twojej organizacji
policy-panel-common = Nie jest popularnym ani łatwym do odgadnięcia hasłem
# When the organisation screens new passwords against a list of breached passwords.
policy-panel-breached = Nie jest hasłem znanym z wycieku danych
# When the organisation sets a minimum strength. $level is one of the meter's words
# (meter-too-weak … meter-strong), such as "Good".
policy-panel-strength = Jest trudne do odgadnięcia: co najmniej „{ $level }” na wskaźniku siły
# The new password and its confirmation are the same.
policy-panel-match = Oba wpisy są zgodne
# Below the checklist, when the account has a fine-grained password policy of its own.
policy-source-pso = Te wymagania pochodzą z zasad haseł przypisanych do Twojego konta.
# Below the checklist, when the domain's policy applies (or is assumed).
policy-source-domain = Te wymagania pochodzą z zasad haseł Twojej organizacji.
# $when is a date and time.
policy-can-change = Hasło możesz ponownie zmienić od { $when }.

## Why a typed password is refused, shown above the form. They never repeat the password.

# $min is the policy's minimum, $actual how many characters were typed.
policy-too-short = { $min ->
    [one] Hasło musi mieć co najmniej { $min } znak (wpisano: { $actual }).
    [few] Hasło musi mieć co najmniej { $min } znaki (wpisano: { $actual }).
    [many] Hasło musi mieć co najmniej { $min } znaków (wpisano: { $actual }).
   *[other] Hasło musi mieć co najmniej { $min } znaku (wpisano: { $actual }).
}
# The sentences policy-has-account-name, policy-has-name-part and policy-few-classes are
# shown together, in that order, for each part that fails.
policy-has-account-name = Nie używaj nazwy użytkownika.
policy-has-name-part = Nie używaj części imienia i nazwiska.
# $required is how many classes are needed (3), $present how many the password has.
policy-few-classes = Użyj znaków z co najmniej { $required } kategorii: { -policy-classes } (w Twoim haśle: { $present }).
# $when is a date and time, rounded up to the minute.
policy-too-young = Hasło zostało zmienione zbyt niedawno. Możesz je ponownie zmienić od { $when }.
policy-banned = To hasło jest zbyt popularne lub zbyt łatwe do odgadnięcia. Unikaj popularnych słów, imion, pór roku, lat i układów klawiszy.
policy-breached = To hasło pojawiło się w wycieku danych, dlatego atakujący sprawdzają je w pierwszej kolejności. Wybierz hasło, które nigdy nigdzie nie było używane.
# Followed by one or more of the strength-warning-… and strength-suggest-… sentences.
policy-too-weak = To hasło byłoby zbyt łatwe do odgadnięcia.

## Why a password is easy to guess, and what would help: shown after policy-too-weak, one
## sentence each.

strength-warning-key-rows = Proste rzędy klawiszy są łatwe do odgadnięcia.
strength-warning-key-patterns = Krótkie układy klawiszy są łatwe do odgadnięcia.
strength-warning-repeats = Powtórzenia takie jak „aaa” są łatwe do odgadnięcia.
strength-warning-repeated-groups = Powtórzenia takie jak „abcabcabc” są tylko trochę trudniejsze do odgadnięcia niż „abc”.
strength-warning-top10 = To jedno z dziesięciu najpopularniejszych haseł.
strength-warning-top100 = To jedno ze stu najpopularniejszych haseł.
strength-warning-common = To bardzo popularne hasło.
strength-warning-similar-to-common = To hasło jest podobne do często używanego hasła.
strength-warning-sequences = Sekwencje takie jak „abc” lub „6543” są łatwe do odgadnięcia.
strength-warning-recent-years = Niedawne lata są łatwe do odgadnięcia.
strength-warning-single-word = Pojedyncze słowo jest łatwe do odgadnięcia.
strength-warning-dates = Daty są często łatwe do odgadnięcia.
strength-warning-names = Same imiona i nazwiska są łatwe do odgadnięcia.
strength-warning-common-names = Popularne imiona i nazwiska są łatwe do odgadnięcia.
strength-suggest-few-words = Użyj kilku słów i unikaj popularnych zwrotów.
strength-suggest-no-symbols-needed = Nie potrzeba symboli, cyfr ani wielkich liter.
strength-suggest-another-word = Dodaj jeszcze jedno lub dwa słowa. Nietypowe słowa są lepsze.
strength-suggest-capitals = Wielkie litery niewiele pomagają.
strength-suggest-all-capitals = Same wielkie litery są prawie tak samo łatwe do odgadnięcia jak same małe.
strength-suggest-reversed = Słowa zapisane od tyłu nie są dużo trudniejsze do odgadnięcia.
strength-suggest-substitutions = Przewidywalne zamiany, takie jak „@” zamiast „a”, niewiele pomagają.
strength-suggest-longer-pattern = Użyj dłuższego układu klawiszy z większą liczbą zmian kierunku.
strength-suggest-avoid-repeats = Unikaj powtarzających się słów i znaków.
strength-suggest-avoid-sequences = Unikaj sekwencji.
strength-suggest-avoid-recent-years = Unikaj niedawnych lat.
strength-suggest-avoid-your-years = Unikaj lat związanych z Tobą.
strength-suggest-avoid-your-dates = Unikaj dat i lat związanych z Tobą.

## The live checklist and strength meter (read by static/password.js).

# Read out by screen readers after a checklist line, when it becomes met.
meter-done = (spełnione)
# Read out by screen readers after a checklist line that was met and no longer is.
meter-not-met = (niespełnione)
# Before the strength word, e.g. "Strength: Good".
meter-label = Siła:
meter-too-weak = Zbyt słabe
meter-weak = Słabe
meter-fair = Średnie
meter-good = Dobre
meter-strong = Silne
# The button next to a password box that shows what was typed, and hides it again.
meter-show = Pokaż
meter-hide = Ukryj

## Refusals the directory itself reports (after the portal's own checks passed).
policy-refused-banned = To hasło jest zbyt popularne lub łatwe do odgadnięcia. Wybierz coś mniej przewidywalnego, np. trzy lub cztery niezwiązane ze sobą słowa.
policy-refused-too-short = To hasło jest za krótkie według zasad Twojego konta. Wybierz dłuższe.
policy-refused-not-complex = To hasło nie jest wystarczająco złożone: użyj znaków z 3 kategorii (wielkie litery, małe litery, cyfry, symbole) i nie używaj swojego imienia ani nazwiska.
policy-refused-in-history = To hasło było już używane. Wybierz takie, którego ostatnio nie używano.
policy-refused-too-young = Hasło zostało zmienione zbyt niedawno, aby można je było już ponownie zmienić. Zamiast tego użyj opcji „Zresetuj hasło” lub spróbuj ponownie później.
policy-refused-cannot-change = Twoje konto jest skonfigurowane tak, że nie możesz samodzielnie zmienić hasła. Skontaktuj się z pomocą techniczną: { $helpdesk }.
policy-refused-unknown = Katalog odrzucił to hasło: mogło być niedawno używane lub zostało zablokowane przez filtr haseł. Wybierz inne hasło.
