# Les mots communs à toutes les pages : le cadre de chaque page, le sélecteur de langue, les dates.
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words. `format-*` messages are strftime patterns (https://docs.rs/chrono/latest/chrono/format/strftime/).

# The language's name in itself, shown in the language switcher.
language-name = Français
language-switcher = Langue

format-datetime = %d/%m/%Y %H:%M %Z
format-date = %d/%m/%Y

service-name = Service des mots de passe
service-home = Accueil du service des mots de passe
skip-to-content = Aller au contenu
need-help = Besoin d'aide ? Contactez { $helpdesk }.

steps-label = Progression
step-identify = Identification
step-verify = Vérification

home-title = Que souhaitez-vous faire ?
home-lead = Récupérez l'accès à votre compte { $org } en une minute, sans attendre le support technique.
home-reset = Réinitialiser mon mot de passe
home-reset-hint = Je l'ai oublié
home-unlock = Déverrouiller mon compte
home-unlock-hint = Je connais mon mot de passe, mais mon compte est verrouillé
home-change = Changer mon mot de passe
home-change-hint = Je le connais, ou il a expiré
home-register = Configurer le libre-service
home-register-hint = Enregistrez une adresse e-mail ou une application d'authentification avant d'en avoir besoin

back-to-start = Retour au début
go-to-start = Aller au début

not-found-title = Page introuvable
not-found-message = Il n'y a aucune page à cette adresse.
not-found-next = Recommencez depuis la première page du service des mots de passe.

blocked-title = Trop de tentatives
blocked-message = Pour votre sécurité, le libre-service est suspendu pendant un moment après un trop grand nombre de tentatives.
blocked-next = Réessayez après le { $when }. Si vous avez besoin d'un accès plus tôt, contactez votre support technique.

busy-title = Service très sollicité
busy-message = De nombreuses personnes changent leur mot de passe en ce moment, et votre demande n'a pas pu être traitée à temps. Rien n'a été modifié.
busy-next = { $seconds ->
    [one] Réessayez dans { $seconds } seconde.
   *[other] Réessayez dans { $seconds } secondes.
}

unavailable-title = Réessayez dans quelques minutes
unavailable-message = Nous n'avons pas pu joindre l'annuaire pour le moment. Rien n'a été modifié.
unavailable-next = Réessayez dans quelques minutes. Si le problème persiste, contactez votre support technique.

session-ended-title = Votre session a expiré
session-ended-message = Pour votre sécurité, cette étape ne fonctionne que peu de temps après la précédente, et dans le même navigateur.
session-ended-next = Recommencez : cela ne prend qu'une minute.

not-right = Le nom d'utilisateur ou le mot de passe est incorrect, ou le compte est verrouillé ou désactivé. Mot de passe oublié ? Réinitialisez-le. Compte verrouillé ? Déverrouillez-le d'abord.

bad-form = Cette demande n'est pas un formulaire que nous reconnaissons. Revenez en arrière, rechargez la page et réessayez.
form-expired-title = Ce formulaire a expiré
form-expired-message = Pour votre sécurité, les formulaires ne fonctionnent que pendant un certain temps, et uniquement dans la fenêtre de navigateur qui les a ouverts. Revenez en arrière, rechargez la page et réessayez.
form-too-large = Ce formulaire était trop volumineux.
form-too-slow = Ce formulaire a mis trop de temps à arriver. Revenez en arrière, rechargez la page et réessayez.
too-slow = Cela prend plus de temps que prévu. Si vous étiez en train de changer ou de réinitialiser votre mot de passe, ou de déverrouiller votre compte, l'opération a peut-être quand même réussi : essayez de vous connecter avant de réessayer.
internal-error = Un problème est survenu de notre côté. Réessayez.

input-username-empty = Entrez votre nom d'utilisateur ou votre adresse e-mail.
input-username-bad = Ce n'est pas un nom d'utilisateur valide. Utilisez uniquement des lettres, des chiffres et . - _ @ \
input-password-bad = Les mots de passe peuvent contenir au plus 256 caractères, sans caractères de contrôle.
input-email-empty = Entrez une adresse e-mail.
input-email-bad = Entrez une adresse e-mail de la forme nom@example.com.
input-code-empty = Entrez le code.
input-code-bad = Les codes ne contiennent que des chiffres.
input-current-password-empty = Entrez votre mot de passe actuel.
input-new-password-empty = Entrez un nouveau mot de passe.
input-password-empty = Entrez votre mot de passe.

# After a password change or reset, following "Sign in with your new password…". $minutes is
# how long the organisation's domain controllers keep accepting the old password over older
# Windows connections (60 unless the organisation changed it).
done-old-password = { $minutes ->
    [one] Sur certaines connexions Windows, comme les lecteurs réseau mappés, votre ancien mot de passe peut continuer à fonctionner jusqu'à { $minutes } minute. C'est normal : utilisez désormais le nouveau partout.
   *[other] Sur certaines connexions Windows, comme les lecteurs réseau mappés, votre ancien mot de passe peut continuer à fonctionner jusqu'à { $minutes } minutes. C'est normal : utilisez désormais le nouveau partout.
}
