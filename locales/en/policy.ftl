# Password policy: the rules shown before a new password is typed, the reasons a typed
# password is refused, and the live strength meter on the password forms.
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words.

## The directory's password rules, one line each (the helpdesk's view of a user, and the
## checklist above a new-password box).

# The five character classes of Active Directory's complexity rule, in words a user
# understands; used inside policy-rule-classes and policy-few-classes.
-policy-classes = uppercase letters, lowercase letters, digits (0-9), symbols (such as ! # $ % or a space), and letters without case (such as Chinese or Japanese)

policy-rule-min-length = { $n ->
    [one] At least { $n } character
   *[other] At least { $n } characters
}
# $n is how many classes are needed (3).
policy-rule-classes = Characters from at least { $n } of: { -policy-classes }
policy-rule-names = Not containing your user name or parts of your full name
# $n is how many passwords the directory remembers. It counts the current one, so exactly 1
# means only the current password may not be used again (keep the [1] variant).
policy-rule-history = { $n ->
    [1] Not your current password
   *[other] Not one of your last { $n } passwords
}
# $duration is one of policy-days, policy-hours, policy-minutes or policy-seconds,
# such as "1 day" or "36 hours".
policy-rule-min-age = Can be changed at most once every { $duration }
# $duration as in policy-rule-min-age.
policy-rule-max-age = Must be changed every { $duration }

# Durations, placed into policy-rule-min-age and policy-rule-max-age.
policy-days = { $n ->
    [one] { $n } day
   *[other] { $n } days
}
policy-hours = { $n ->
    [one] { $n } hour
   *[other] { $n } hours
}
policy-minutes = { $n ->
    [one] { $n } minute
   *[other] { $n } minutes
}
policy-seconds = { $n ->
    [one] { $n } second
   *[other] { $n } seconds
}

## The checklist above a new-password box. Each line is ticked off live as the password is
## typed.

policy-panel-title = Your new password needs
# $n is how many classes are needed (3).
policy-panel-classes = Characters from { $n } of: capital letters, small letters, digits, symbols
policy-panel-names = Not containing your user name or parts of your name
# Shown instead of the rules when they could not be read from the directory.
policy-panel-unknown = Your organisation's password rules apply
policy-panel-common = Not a common or easily guessed password
# When the organisation screens new passwords against a list of breached passwords.
policy-panel-breached = Not a password known from a data breach
# When the organisation sets a minimum strength. $level is one of the meter's words
# (meter-too-weak … meter-strong), such as "Good".
policy-panel-strength = Hard to guess: at least “{ $level }” on the strength meter
# The new password and its confirmation are the same.
policy-panel-match = Both entries match
# Below the checklist, when the account has a fine-grained password policy of its own.
policy-source-pso = These come from the password policy for your account.
# Below the checklist, when the domain's policy applies (or is assumed).
policy-source-domain = These come from your organisation's password policy.
# $when is a date and time.
policy-can-change = You can change your password again from { $when }.

## Why a typed password is refused, shown above the form. They never repeat the password.

# $min is the policy's minimum, $actual how many characters were typed.
policy-too-short = { $min ->
    [one] Use at least { $min } character (you typed { $actual }).
   *[other] Use at least { $min } characters (you typed { $actual }).
}
# The sentences policy-has-account-name, policy-has-name-part and policy-few-classes are
# shown together, in that order, for each part that fails.
policy-has-account-name = Don't include your user name.
policy-has-name-part = Don't include parts of your full name.
# $required is how many classes are needed (3), $present how many the password has.
policy-few-classes = Use characters from at least { $required } of: { -policy-classes } (yours has { $present }).
# $when is a date and time, rounded up to the minute.
policy-too-young = Your password was changed too recently. You can change it again from { $when }.
policy-banned = This password is too common or too easy to guess. Avoid common words, names, seasons, years and keyboard patterns.
policy-breached = This password has appeared in a data breach, so attackers try it first. Choose one you have never used anywhere.
# Followed by one or more of the strength-warning-… and strength-suggest-… sentences.
policy-too-weak = This password would be too easy to guess.

## Why a password is easy to guess, and what would help: shown after policy-too-weak, one
## sentence each.

strength-warning-key-rows = Straight rows of keys are easy to guess.
strength-warning-key-patterns = Short keyboard patterns are easy to guess.
strength-warning-repeats = Repeats like “aaa” are easy to guess.
strength-warning-repeated-groups = Repeats like “abcabcabc” are only slightly harder to guess than “abc”.
strength-warning-top10 = This is one of the ten most common passwords.
strength-warning-top100 = This is one of the hundred most common passwords.
strength-warning-common = This is a very common password.
strength-warning-similar-to-common = This is similar to a commonly used password.
strength-warning-sequences = Sequences like “abc” or “6543” are easy to guess.
strength-warning-recent-years = Recent years are easy to guess.
strength-warning-single-word = A word on its own is easy to guess.
strength-warning-dates = Dates are often easy to guess.
strength-warning-names = Names and surnames on their own are easy to guess.
strength-warning-common-names = Common names and surnames are easy to guess.
strength-suggest-few-words = Use a few words, and avoid common phrases.
strength-suggest-no-symbols-needed = There is no need for symbols, digits or capital letters.
strength-suggest-another-word = Add another word or two. Uncommon words are better.
strength-suggest-capitals = Capital letters don't help very much.
strength-suggest-all-capitals = All capitals are almost as easy to guess as all small letters.
strength-suggest-reversed = Words spelt backwards are not much harder to guess.
strength-suggest-substitutions = Predictable substitutions, such as “@” for “a”, don't help very much.
strength-suggest-longer-pattern = Use a longer keyboard pattern with more turns.
strength-suggest-avoid-repeats = Avoid repeated words and characters.
strength-suggest-avoid-sequences = Avoid sequences.
strength-suggest-avoid-recent-years = Avoid recent years.
strength-suggest-avoid-your-years = Avoid years that are associated with you.
strength-suggest-avoid-your-dates = Avoid dates and years that are associated with you.

## The live checklist and strength meter (read by static/password.js).

# Read out by screen readers after a checklist line, when it becomes met.
meter-done = (done)
# Read out by screen readers after a checklist line that was met and no longer is.
meter-not-met = (not met)
# Before the strength word, e.g. "Strength: Good".
meter-label = Strength:
meter-too-weak = Too weak
meter-weak = Weak
meter-fair = Fair
meter-good = Good
meter-strong = Strong
# The button next to a password box that shows what was typed, and hides it again.
meter-show = Show
meter-hide = Hide

## Refusals the directory itself reports (after the portal's own checks passed).
policy-refused-banned = That password is too common or easy to guess. Choose something less predictable, such as three or four unrelated words.
policy-refused-too-short = That password is too short for your account's policy. Choose a longer one.
policy-refused-not-complex = That password is not complex enough: use characters from 3 of capital letters, small letters, digits and symbols, and not your name.
policy-refused-in-history = You have used that password before. Choose one you haven't used recently.
policy-refused-too-young = Your password was changed too recently to change it again yet. Use "Reset your password" instead, or try again later.
policy-refused-cannot-change = Your account is set so that you cannot change its password yourself. Contact { $helpdesk }.
policy-refused-unknown = The directory refused that password: it may be one you used recently, or blocked by a password filter. Choose a different password.
