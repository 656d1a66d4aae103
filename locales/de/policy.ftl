# Kennwortrichtlinie: die Regeln, die vor der Eingabe eines neuen Kennworts angezeigt werden, die Gründe,
# aus denen ein eingegebenes Kennwort abgelehnt wird, und die Live-Stärkeanzeige in den Kennwortformularen.
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words.

## The directory's password rules, one line each (the helpdesk's view of a user, and the
## checklist above a new-password box).

# The five character classes of Active Directory's complexity rule, in words a user
# understands; used inside policy-rule-classes and policy-few-classes.
-policy-classes = Großbuchstaben, Kleinbuchstaben, Ziffern (0-9), Symbole (z. B. ! # $ % oder ein Leerzeichen) und Buchstaben ohne Groß-/Kleinschreibung (z. B. Chinesisch oder Japanisch)

policy-rule-min-length = { $n ->
    [one] Mindestens { $n } Zeichen
   *[other] Mindestens { $n } Zeichen
}
# $n is how many classes are needed (3).
policy-rule-classes = Zeichen aus mindestens { $n } dieser Gruppen: { -policy-classes }
policy-rule-names = Enthält weder Ihren Benutzernamen noch Teile Ihres vollständigen Namens
# $n is how many passwords the directory remembers. It counts the current one, so exactly 1
# means only the current password may not be used again (keep the [1] variant).
policy-rule-history = { $n ->
    [1] Nicht Ihr aktuelles Kennwort
   *[other] Keines Ihrer letzten { $n } Kennwörter
}
# $duration is one of policy-days, policy-hours, policy-minutes or policy-seconds,
# such as "1 day" or "36 hours".
# German: the durations are in the dative ("innerhalb von 36 Stunden", "nach 42 Tagen").
policy-rule-min-age = Kann höchstens einmal innerhalb von { $duration } geändert werden
# $duration as in policy-rule-min-age.
policy-rule-max-age = Muss spätestens nach { $duration } geändert werden

# Durations, placed into policy-rule-min-age and policy-rule-max-age.
policy-days = { $n ->
    [one] { $n } Tag
   *[other] { $n } Tagen
}
policy-hours = { $n ->
    [one] { $n } Stunde
   *[other] { $n } Stunden
}
policy-minutes = { $n ->
    [one] { $n } Minute
   *[other] { $n } Minuten
}
policy-seconds = { $n ->
    [one] { $n } Sekunde
   *[other] { $n } Sekunden
}

## The checklist above a new-password box. Each line is ticked off live as the password is
## typed.

policy-panel-title = Ihr neues Kennwort muss Folgendes erfüllen
# $n is how many classes are needed (3).
policy-panel-classes = Zeichen aus { $n } dieser Gruppen: Großbuchstaben, Kleinbuchstaben, Ziffern, Symbole
policy-panel-names = Enthält weder Ihren Benutzernamen noch Teile Ihres Namens
# Shown instead of the rules when they could not be read from the directory.
policy-panel-unknown = Es gelten die Kennwortregeln Ihrer Organisation
policy-panel-common = Kein gängiges oder leicht zu erratendes Kennwort
# When the organisation screens new passwords against a list of breached passwords.
policy-panel-breached = Kein Kennwort, das aus einem Datenleck bekannt ist
# When the organisation sets a minimum strength. $level is one of the meter's words
# (meter-too-weak … meter-strong), such as "Good".
policy-panel-strength = Schwer zu erraten: mindestens „{ $level }“ auf der Stärkeanzeige
# The new password and its confirmation are the same.
policy-panel-match = Beide Eingaben stimmen überein
# Below the checklist, when the account has a fine-grained password policy of its own.
policy-source-pso = Diese Regeln stammen aus der Kennwortrichtlinie für Ihr Konto.
# Below the checklist, when the domain's policy applies (or is assumed).
policy-source-domain = Diese Regeln stammen aus der Kennwortrichtlinie Ihrer Organisation.
# $when is a date and time.
policy-can-change = Sie können Ihr Kennwort ab { $when } wieder ändern.

## Why a typed password is refused, shown above the form. They never repeat the password.

# $min is the policy's minimum, $actual how many characters were typed.
policy-too-short = { $min ->
    [one] Verwenden Sie mindestens { $min } Zeichen (Sie haben { $actual } eingegeben).
   *[other] Verwenden Sie mindestens { $min } Zeichen (Sie haben { $actual } eingegeben).
}
# The sentences policy-has-account-name, policy-has-name-part and policy-few-classes are
# shown together, in that order, for each part that fails.
policy-has-account-name = Verwenden Sie nicht Ihren Benutzernamen.
policy-has-name-part = Verwenden Sie keine Teile Ihres vollständigen Namens.
# $required is how many classes are needed (3), $present how many the password has.
policy-few-classes = Verwenden Sie Zeichen aus mindestens { $required } dieser Gruppen: { -policy-classes } (Ihres enthält { $present }).
# $when is a date and time, rounded up to the minute.
policy-too-young = Ihr Kennwort wurde erst vor Kurzem geändert. Sie können es ab { $when } wieder ändern.
policy-banned = Dieses Kennwort ist zu gängig oder zu leicht zu erraten. Vermeiden Sie gängige Wörter, Namen, Jahreszeiten, Jahreszahlen und Tastaturmuster.
policy-breached = Dieses Kennwort ist bereits in einem Datenleck aufgetaucht, deshalb probieren Angreifer es als Erstes aus. Wählen Sie ein Kennwort, das Sie noch nirgendwo verwendet haben.
# Followed by one or more of the strength-warning-… and strength-suggest-… sentences.
policy-too-weak = Dieses Kennwort wäre zu leicht zu erraten.

## Why a password is easy to guess, and what would help: shown after policy-too-weak, one
## sentence each.

strength-warning-key-rows = Gerade Tastenreihen sind leicht zu erraten.
strength-warning-key-patterns = Kurze Tastaturmuster sind leicht zu erraten.
strength-warning-repeats = Wiederholungen wie „aaa“ sind leicht zu erraten.
strength-warning-repeated-groups = Wiederholungen wie „abcabcabc“ sind nur wenig schwerer zu erraten als „abc“.
strength-warning-top10 = Dies ist eines der zehn häufigsten Kennwörter.
strength-warning-top100 = Dies ist eines der hundert häufigsten Kennwörter.
strength-warning-common = Dies ist ein sehr gängiges Kennwort.
strength-warning-similar-to-common = Dieses Kennwort ähnelt einem häufig verwendeten Kennwort.
strength-warning-sequences = Fortlaufende Zeichen wie „abc“ oder „6543“ sind leicht zu erraten.
strength-warning-recent-years = Jahreszahlen der letzten Jahre sind leicht zu erraten.
strength-warning-single-word = Ein einzelnes Wort ist leicht zu erraten.
strength-warning-dates = Datumsangaben sind oft leicht zu erraten.
strength-warning-names = Vor- und Nachnamen allein sind leicht zu erraten.
strength-warning-common-names = Häufige Vor- und Nachnamen sind leicht zu erraten.
strength-suggest-few-words = Verwenden Sie mehrere Wörter, aber keine gängigen Redewendungen.
strength-suggest-no-symbols-needed = Symbole, Ziffern oder Großbuchstaben sind nicht nötig.
strength-suggest-another-word = Fügen Sie ein oder zwei weitere Wörter hinzu. Ungewöhnliche Wörter sind besser.
strength-suggest-capitals = Großbuchstaben helfen nicht viel.
strength-suggest-all-capitals = Nur Großbuchstaben sind kaum schwerer zu erraten als nur Kleinbuchstaben.
strength-suggest-reversed = Rückwärts geschriebene Wörter sind kaum schwerer zu erraten.
strength-suggest-substitutions = Vorhersehbare Ersetzungen wie „@“ statt „a“ helfen nicht viel.
strength-suggest-longer-pattern = Verwenden Sie ein längeres Tastaturmuster mit mehr Richtungswechseln.
strength-suggest-avoid-repeats = Vermeiden Sie wiederholte Wörter und Zeichen.
strength-suggest-avoid-sequences = Vermeiden Sie fortlaufende Zeichen.
strength-suggest-avoid-recent-years = Vermeiden Sie Jahreszahlen der letzten Jahre.
strength-suggest-avoid-your-years = Vermeiden Sie Jahreszahlen, die mit Ihnen in Verbindung stehen.
strength-suggest-avoid-your-dates = Vermeiden Sie Datumsangaben und Jahreszahlen, die mit Ihnen in Verbindung stehen.

## The live checklist and strength meter (read by static/password.js).

# Read out by screen readers after a checklist line, when it becomes met.
meter-done = (erfüllt)
# Read out by screen readers after a checklist line that was met and no longer is.
meter-not-met = (nicht erfüllt)
# Before the strength word, e.g. "Strength: Good".
meter-label = Stärke:
meter-too-weak = Zu schwach
meter-weak = Schwach
meter-fair = Mittel
meter-good = Gut
meter-strong = Stark
# The button next to a password box that shows what was typed, and hides it again.
meter-show = Anzeigen
meter-hide = Ausblenden

## Refusals the directory itself reports (after the portal's own checks passed).
policy-refused-banned = Dieses Kennwort ist zu gängig oder zu leicht zu erraten. Wählen Sie etwas weniger Vorhersehbares, z. B. drei oder vier Wörter, die nichts miteinander zu tun haben.
policy-refused-too-short = Dieses Kennwort ist für die Richtlinie Ihres Kontos zu kurz. Wählen Sie ein längeres.
policy-refused-not-complex = Dieses Kennwort ist nicht komplex genug: Verwenden Sie Zeichen aus 3 der Gruppen Großbuchstaben, Kleinbuchstaben, Ziffern und Symbole, und nicht Ihren Namen.
policy-refused-in-history = Sie haben dieses Kennwort bereits verwendet. Wählen Sie eines, das Sie in letzter Zeit nicht verwendet haben.
policy-refused-too-young = Ihr Kennwort wurde erst vor Kurzem geändert und kann noch nicht wieder geändert werden. Verwenden Sie stattdessen „Kennwort zurücksetzen“, oder versuchen Sie es später erneut.
policy-refused-cannot-change = Ihr Konto ist so eingestellt, dass Sie das Kennwort nicht selbst ändern können. Wenden Sie sich an { $helpdesk }.
policy-refused-unknown = Das Verzeichnis hat dieses Kennwort abgelehnt: Vielleicht haben Sie es kürzlich verwendet, oder es wird von einem Kennwortfilter blockiert. Wählen Sie ein anderes Kennwort.
