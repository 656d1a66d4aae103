# Les pages en libre-service : réinitialiser un mot de passe oublié, déverrouiller un compte et enregistrer les
# méthodes (une adresse e-mail, une application d'authentification) qui prouvent l'identité de quelqu'un.
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words. { $helpdesk } is how to reach the helpdesk, as the operator wrote it (a phone
# number, an address or a web page).

## Reset, unlock: the steps

# The last step of the progress indicator (after "Identify" and "Verify").
reset-step-last = Nouveau mot de passe
unlock-step-last = Déverrouillage
# The last step when a signed-in person proves a method before changing their methods.
register-step-last = Modification des méthodes

reset-title = Réinitialiser votre mot de passe
reset-lead = Mot de passe oublié ? Prouvez votre identité et choisissez-en un nouveau.
unlock-title = Déverrouiller votre compte
unlock-lead = Compte verrouillé après trop de tentatives ? Prouvez votre identité et nous déverrouillerons votre compte. Votre mot de passe reste le même.
# Shown to a signed-in person who must prove one of their methods before changing them.
register-prove-title = Prouvez votre identité
register-prove-lead = Validez l'une de vos méthodes enregistrées pour pouvoir les modifier.

recover-username-label = Nom d'utilisateur ou adresse e-mail
recover-username-hint = Par exemple jsmith, jsmith@example.com ou EXAMPLE\jsmith
recover-continue = Continuer
# The link on the "Your session has ended" page.
recover-start-again = Recommencer

unlock-not-offered-title = Le déverrouillage n'est pas proposé ici
unlock-not-offered-message = Ce service des mots de passe ne déverrouille pas les comptes.
unlock-not-offered-next = Réinitialisez plutôt votre mot de passe (cela déverrouille aussi le compte), ou contactez { $helpdesk }.
# The button on the "Unlocking is not offered here" page.
unlock-not-offered-link = Réinitialiser votre mot de passe

## Verify: the code step

verify-title = Prouvez votre identité
# The title after one method was proved, when a second one is needed.
verify-title-second = Encore une vérification
verify-first-passed = Première vérification réussie.
verify-email-lead = Si ce compte peut utiliser le libre-service, nous avons envoyé un code à son adresse e-mail enregistrée. Son arrivée peut prendre une minute.
verify-totp-lead = Ouvrez l'application d'authentification que vous avez enregistrée et tapez le code à 6 chiffres qu'elle affiche maintenant.
verify-email-label = Code reçu par e-mail
verify-totp-label = Code de votre application
verify-submit = Vérifier
verify-resend = Envoyer un nouveau code
verify-use-email = Utiliser plutôt un code envoyé par e-mail
verify-use-totp = Utiliser plutôt votre application d'authentification
verify-no-method = Pas d'e-mail ni d'application ? Vous n'êtes peut-être pas inscrit au libre-service : contactez { $helpdesk }.
verify-wrong = { $left ->
    [one] Ce code est incorrect. Il vous reste { $left } essai.
   *[other] Ce code est incorrect. Il vous reste { $left } essais.
}
verify-expired = Ce code a expiré. Demandez-en un nouveau et utilisez-le dans les 10 minutes.
verify-replayed = Ce code a déjà été utilisé. Attendez que votre application affiche le code suivant, puis entrez-le.
verify-resent = Si ce compte a une adresse e-mail enregistrée, un nouveau code est en route. Seul le code le plus récent fonctionne.

## Reset: the new password

reset-password-title = Choisissez un nouveau mot de passe
reset-password-lead = Votre identité est vérifiée. Choisissez un mot de passe que vous n'avez jamais utilisé.
reset-new-password = Nouveau mot de passe
reset-confirm-password = Confirmez-le
# Followed by a word the page's script fills in (weak, fair, strong...).
reset-strength = Robustesse :
reset-set-password = Définir le nouveau mot de passe
reset-mismatch = Les deux mots de passe ne correspondent pas. Tapez le même mot de passe dans les deux champs.

## Reset, unlock: the result

reset-done-title = Votre mot de passe a été réinitialisé
reset-done-message = Votre nouveau mot de passe fonctionne dès maintenant, et votre compte est déverrouillé s'il était verrouillé.
reset-done-next = Connectez-vous avec votre nouveau mot de passe. Nous vous avons envoyé un e-mail au sujet de ce changement.
unlock-done-title = Votre compte est déverrouillé
unlock-done-message = Vous pouvez de nouveau vous connecter avec votre mot de passe actuel.
unlock-done-next = Si vous ne vous souvenez plus de votre mot de passe, réinitialisez-le plutôt.
register-verified-title = Vérifié
register-verified-message = Vous avez validé l'une de vos méthodes.
register-verified-next = Vous pouvez maintenant modifier vos méthodes.
recover-disabled-title = Ce compte est désactivé
recover-disabled-message = Un compte désactivé ne peut être ni réinitialisé ni déverrouillé ici.
recover-disabled-next = Contactez { $helpdesk }.
recover-refused-title = Impossible de le faire ici
recover-refused-message = Ce compte ne peut pas être modifié en libre-service.
recover-refused-next = Contactez { $helpdesk } : ils peuvent vous aider immédiatement.

## Register: signing in

register-signin-title = Configurer le libre-service
register-signin-lead = Connectez-vous avec votre mot de passe actuel pour enregistrer une adresse e-mail ou une application d'authentification. Elles vous permettront de prouver votre identité si vous oubliez un jour votre mot de passe.
register-username-label = Nom d'utilisateur ou adresse e-mail
register-password-label = Mot de passe
register-signin = Se connecter
# The link back to the sign-in page when a registration visit has to start over.
register-sign-in-again = Se reconnecter
register-unavailable-title = L'inscription n'est pas disponible
register-unavailable-privileged = La réinitialisation de mot de passe en libre-service n'est pas disponible pour les comptes privilégiés (administrateurs et personnel du support technique).
register-unavailable-not-enabled = La réinitialisation de mot de passe en libre-service n'est pas activée pour votre compte.
register-unavailable-next = Contactez { $helpdesk } pour obtenir de l'aide avec votre mot de passe.

## Register: the methods page

# The names of the verification methods.
method-email = Code par e-mail
method-totp = Application d'authentification

register-title = Vos méthodes de vérification
# { $name } is the signed-in person's name; { $required } how many methods a reset needs
# (the [1] variant is for exactly one, the other for any other number).
register-lead = { $required ->
    [1] Connecté en tant que { $name }. Une méthode suffit pour réinitialiser votre mot de passe ; deux, c'est mieux.
   *[other] Connecté en tant que { $name }. Il vous faut deux méthodes pour réinitialiser votre mot de passe.
}
register-none = Vous n'avez encore aucune méthode : ajoutez-en une maintenant pour pouvoir vous dépanner vous-même plus tard.
# { $date } is the day the method was registered.
register-added = Ajoutée le { $date }
register-remove = Supprimer
register-locked = Pour ajouter, remplacer ou supprimer une méthode, validez d'abord une méthode que vous avez déjà. Un mot de passe seul ne suffit pas pour les modifier.
register-prove = Prouver votre identité
register-change-email = Changer votre adresse e-mail
register-add-email = Ajouter une adresse e-mail
register-email-hint = Utilisez une adresse personnelle que vous pouvez lire quand vous ne pouvez pas vous connecter au travail, et non votre boîte aux lettres professionnelle.
register-email-label = Adresse e-mail
register-send-code = Envoyer un code de confirmation
register-replace-totp = Remplacer votre application d'authentification
register-add-totp = Ajouter une application d'authentification
register-totp-hint = Microsoft Authenticator, Google Authenticator, 1Password et d'autres applications fonctionnent.
register-set-up-totp = Configurer une application d'authentification
register-sign-out = Se déconnecter

# One-line notices at the top of the methods page, after a step.
register-notice-stepped-up = Vérifié. Vous pouvez maintenant modifier vos méthodes.
register-notice-email = Votre adresse e-mail est enregistrée.
register-notice-totp = Votre application d'authentification est enregistrée.
register-notice-removed-email = Code par e-mail supprimé.
register-notice-removed-totp = Application d'authentification supprimée.

## Register: confirming an email address

register-email-title = Confirmez votre adresse e-mail
# { $address } is the address, partly hidden (al***@ex***.com).
register-email-lead = Nous avons envoyé un code à { $address }. Tapez-le ici pour terminer.
register-code-from-email = Code reçu par e-mail
register-confirm = Confirmer
register-back = Retour
register-email-wrong = Ce code est incorrect ou a expiré. Vérifiez l'e-mail le plus récent, ou revenez en arrière pour envoyer un nouveau code.

## Register: setting up an authenticator app

register-totp-title = Configurer votre application d'authentification
register-totp-lead = Dans votre application, ajoutez un compte et scannez ce code. Impossible de scanner ? Tapez plutôt la clé ci-dessous.
# Followed by the secret key, for typing into the app by hand.
register-totp-key = Clé :
register-totp-code-label = Le code à 6 chiffres affiché par votre application
register-totp-wrong = Ce code est incorrect. Vérifiez l'heure de l'appareil, puis tapez le code affiché maintenant.

## Passkeys

method-passkey = Clé d'accès
verify-use-passkey = Utiliser plutôt une clé d'accès
verify-passkey-lead = Utilisez une clé d'accès que vous avez enregistrée pour ce compte : sur cet appareil, sur votre téléphone ou sur une clé de sécurité.
verify-passkey-start = Utiliser une clé d'accès
verify-passkey-title = Utilisez votre clé d'accès
verify-passkey-go = Continuer avec la clé d'accès
verify-passkey-wrong = { $left ->
    [one] Cette clé d'accès n'a pas prouvé votre identité. Il vous reste { $left } essai.
   *[other] Cette clé d'accès n'a pas prouvé votre identité. Il vous reste { $left } essais.
}
verify-passkey-expired = Cette demande de clé d'accès a expiré. Choisissez « Utiliser une clé d'accès » pour recommencer.
verify-passkey-replayed = Cette réponse de clé d'accès a déjà été utilisée. Choisissez « Utiliser une clé d'accès » pour recommencer.
passkey-back-to-methods = Utiliser une autre méthode
passkey-failed = Votre navigateur n'a fourni aucune clé d'accès : la demande a été annulée ou a expiré, ou cet appareil n'a pas de clé d'accès pour ce site. Réessayez, ou utilisez une autre méthode.
passkey-unsupported = Ce navigateur ne peut pas utiliser de clés d'accès. Utilisez une autre méthode, ou un autre navigateur.
passkey-needs-script = Les clés d'accès nécessitent JavaScript, qui est désactivé dans ce navigateur. Utilisez une autre méthode, ou activez JavaScript.
passkey-none = Votre navigateur n'a fourni aucune clé d'accès. Réessayez, ou utilisez une autre méthode.
passkey-bad = La réponse de votre navigateur n'a pas pu être lue. Réessayez.
register-passkeys = Vos clés d'accès
register-passkey-used = dernière utilisation le { $date }
register-passkey-never-used = pas encore utilisée
register-add-passkey = Ajouter une clé d'accès
register-passkey-hint = Une clé d'accès prouve votre identité grâce au verrouillage d'écran de votre appareil (empreinte digitale, visage ou code PIN). Il n'y a rien à taper, et un faux site ne peut pas l'utiliser.
register-passkey-name-label = Un nom pour cette clé d'accès, par exemple « PC portable du travail »
register-passkey-add = Ajouter une clé d'accès
register-passkey-name-empty = Donnez un nom à la clé d'accès, pour pouvoir distinguer vos clés d'accès plus tard.
register-passkey-name-bad = Utilisez un nom de 64 caractères au maximum.
register-passkey-too-many = { $n ->
    [one] Vous avez { $n } clé d'accès, le maximum autorisé pour un compte. Supprimez-la d'abord.
   *[other] Vous avez { $n } clés d'accès, le maximum autorisé pour un compte. Supprimez-en une d'abord.
}
register-passkey-title = Créer votre clé d'accès
register-passkey-lead = Votre navigateur va vous demander de créer une clé d'accès nommée « { $name } » et de confirmer avec le verrouillage d'écran.
register-passkey-go = Créer la clé d'accès
register-passkey-failed = La clé d'accès n'a pas été enregistrée : la réponse de votre navigateur ne correspondait pas à cette demande. Essayez de l'ajouter de nouveau.
register-passkey-already = Cette clé d'accès est déjà enregistrée.
register-notice-passkey = Votre clé d'accès est enregistrée.
register-notice-removed-passkey = Clé d'accès supprimée.
