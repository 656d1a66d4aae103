# Stratégie de mot de passe : les règles affichées avant la saisie d'un nouveau mot de passe, les raisons
# pour lesquelles un mot de passe est refusé, et l'indicateur de robustesse en direct des formulaires.
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words.

## The directory's password rules, one line each (the helpdesk's view of a user, and the
## checklist above a new-password box).

# The five character classes of Active Directory's complexity rule, in words a user
# understands; used inside policy-rule-classes and policy-few-classes.
-policy-classes = lettres majuscules, lettres minuscules, chiffres (0-9), symboles (comme ! # $ % ou une espace) et lettres sans casse (comme le chinois ou le japonais)

policy-rule-min-length = { $n ->
    [one] Au moins { $n } caractère
   *[other] Au moins { $n } caractères
}
# $n is how many classes are needed (3).
policy-rule-classes = Des caractères d'au moins { $n } de ces catégories : { -policy-classes }
policy-rule-names = Ne contient ni votre nom d'utilisateur ni des parties de votre nom complet
# $n is how many passwords the directory remembers. It counts the current one, so exactly 1
# means only the current password may not be used again (keep the [1] variant).
policy-rule-history = { $n ->
    [1] Différent de votre mot de passe actuel
   *[other] Différent de vos { $n } derniers mots de passe
}
# $duration is one of policy-days, policy-hours, policy-minutes or policy-seconds,
# such as "1 day" or "36 hours".
policy-rule-min-age = Modifiable au plus une fois par période de { $duration }
# $duration as in policy-rule-min-age.
policy-rule-max-age = Doit être changé au plus tard au bout de { $duration }

# Durations, placed into policy-rule-min-age and policy-rule-max-age.
policy-days = { $n ->
    [one] { $n } jour
   *[other] { $n } jours
}
policy-hours = { $n ->
    [one] { $n } heure
   *[other] { $n } heures
}
policy-minutes = { $n ->
    [one] { $n } minute
   *[other] { $n } minutes
}
policy-seconds = { $n ->
    [one] { $n } seconde
   *[other] { $n } secondes
}

## The checklist above a new-password box. Each line is ticked off live as the password is
## typed.

policy-panel-title = Votre nouveau mot de passe doit respecter ces règles
# $n is how many classes are needed (3).
policy-panel-classes = Des caractères de { $n } de ces catégories : majuscules, minuscules, chiffres, symboles
policy-panel-names = Ne contient ni votre nom d'utilisateur ni des parties de votre nom
# Shown instead of the rules when they could not be read from the directory.
policy-panel-unknown = Les règles de mot de passe de votre organisation s'appliquent
policy-panel-common = Pas un mot de passe courant ou facile à deviner
# When the organisation screens new passwords against a list of breached passwords.
policy-panel-breached = Pas un mot de passe issu d'une fuite de données
# When the organisation sets a minimum strength. $level is one of the meter's words
# (meter-too-weak … meter-strong), such as "Good".
policy-panel-strength = Difficile à deviner : au moins « { $level } » sur l'indicateur de robustesse
# The new password and its confirmation are the same.
policy-panel-match = Les deux saisies sont identiques
# Below the checklist, when the account has a fine-grained password policy of its own.
policy-source-pso = Ces règles proviennent de la stratégie de mot de passe de votre compte.
# Below the checklist, when the domain's policy applies (or is assumed).
policy-source-domain = Ces règles proviennent de la stratégie de mot de passe de votre organisation.
# $when is a date and time.
policy-can-change = Vous pourrez de nouveau changer votre mot de passe à partir du { $when }.

## Why a typed password is refused, shown above the form. They never repeat the password.

# $min is the policy's minimum, $actual how many characters were typed.
policy-too-short = { $min ->
    [one] Utilisez au moins { $min } caractère (vous en avez tapé { $actual }).
   *[other] Utilisez au moins { $min } caractères (vous en avez tapé { $actual }).
}
# The sentences policy-has-account-name, policy-has-name-part and policy-few-classes are
# shown together, in that order, for each part that fails.
policy-has-account-name = N'incluez pas votre nom d'utilisateur.
policy-has-name-part = N'incluez pas de parties de votre nom complet.
# $required is how many classes are needed (3), $present how many the password has.
policy-few-classes = Utilisez des caractères d'au moins { $required } de ces catégories : { -policy-classes } (le vôtre en contient { $present }).
# $when is a date and time, rounded up to the minute.
policy-too-young = Votre mot de passe a été changé trop récemment. Vous pourrez le changer de nouveau à partir du { $when }.
policy-banned = Ce mot de passe est trop courant ou trop facile à deviner. Évitez les mots courants, les noms, les saisons, les années et les suites de touches du clavier.
policy-breached = Ce mot de passe figure dans une fuite de données : les attaquants l'essaient donc en premier. Choisissez-en un que vous n'avez jamais utilisé nulle part.
# Followed by one or more of the strength-warning-… and strength-suggest-… sentences.
policy-too-weak = Ce mot de passe serait trop facile à deviner.

## Why a password is easy to guess, and what would help: shown after policy-too-weak, one
## sentence each.

strength-warning-key-rows = Les rangées de touches du clavier sont faciles à deviner.
strength-warning-key-patterns = Les courtes suites de touches du clavier sont faciles à deviner.
strength-warning-repeats = Les répétitions comme « aaa » sont faciles à deviner.
strength-warning-repeated-groups = Les répétitions comme « abcabcabc » sont à peine plus difficiles à deviner que « abc ».
strength-warning-top10 = Ce mot de passe fait partie des dix mots de passe les plus courants.
strength-warning-top100 = Ce mot de passe fait partie des cent mots de passe les plus courants.
strength-warning-common = Ce mot de passe est très courant.
strength-warning-similar-to-common = Ce mot de passe ressemble à un mot de passe courant.
strength-warning-sequences = Les séquences comme « abc » ou « 6543 » sont faciles à deviner.
strength-warning-recent-years = Les années récentes sont faciles à deviner.
strength-warning-single-word = Un mot seul est facile à deviner.
strength-warning-dates = Les dates sont souvent faciles à deviner.
strength-warning-names = Les prénoms et les noms de famille seuls sont faciles à deviner.
strength-warning-common-names = Les prénoms et les noms de famille courants sont faciles à deviner.
strength-suggest-few-words = Utilisez plusieurs mots, en évitant les expressions courantes.
strength-suggest-no-symbols-needed = Les symboles, les chiffres et les majuscules ne sont pas nécessaires.
strength-suggest-another-word = Ajoutez un ou deux mots de plus. Les mots peu courants sont préférables.
strength-suggest-capitals = Les majuscules n'aident pas beaucoup.
strength-suggest-all-capitals = Tout en majuscules est presque aussi facile à deviner que tout en minuscules.
strength-suggest-reversed = Les mots écrits à l'envers ne sont guère plus difficiles à deviner.
strength-suggest-substitutions = Les substitutions prévisibles, comme « @ » à la place de « a », n'aident pas beaucoup.
strength-suggest-longer-pattern = Utilisez une suite de touches plus longue, avec plus de changements de direction.
strength-suggest-avoid-repeats = Évitez les mots et les caractères répétés.
strength-suggest-avoid-sequences = Évitez les séquences.
strength-suggest-avoid-recent-years = Évitez les années récentes.
strength-suggest-avoid-your-years = Évitez les années qui ont un lien avec vous.
strength-suggest-avoid-your-dates = Évitez les dates et les années qui ont un lien avec vous.

## The live checklist and strength meter (read by static/password.js).

# Read out by screen readers after a checklist line, when it becomes met.
meter-done = (respecté)
# Read out by screen readers after a checklist line that was met and no longer is.
meter-not-met = (non respecté)
# Before the strength word, e.g. "Strength: Good".
meter-label = Robustesse :
meter-too-weak = Trop faible
meter-weak = Faible
meter-fair = Moyenne
meter-good = Bonne
meter-strong = Élevée
# The button next to a password box that shows what was typed, and hides it again.
meter-show = Afficher
meter-hide = Masquer

## Refusals the directory itself reports (after the portal's own checks passed).
policy-refused-banned = Ce mot de passe est trop courant ou trop facile à deviner. Choisissez quelque chose de moins prévisible, par exemple trois ou quatre mots sans rapport entre eux.
policy-refused-too-short = Ce mot de passe est trop court pour la stratégie de votre compte. Choisissez-en un plus long.
policy-refused-not-complex = Ce mot de passe n'est pas assez complexe : utilisez des caractères de 3 des catégories majuscules, minuscules, chiffres et symboles, et n'utilisez pas votre nom.
policy-refused-in-history = Vous avez déjà utilisé ce mot de passe. Choisissez-en un que vous n'avez pas utilisé récemment.
policy-refused-too-young = Votre mot de passe a été changé trop récemment pour pouvoir être changé de nouveau. Utilisez plutôt « Réinitialiser votre mot de passe », ou réessayez plus tard.
policy-refused-cannot-change = Votre compte est configuré de sorte que vous ne pouvez pas changer son mot de passe vous-même. Contactez { $helpdesk }.
policy-refused-unknown = L'annuaire a refusé ce mot de passe : vous l'avez peut-être utilisé récemment, ou il est bloqué par un filtre de mots de passe. Choisissez un autre mot de passe.
