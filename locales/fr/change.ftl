# La page où un utilisateur qui connaît son mot de passe (ou dont le mot de passe a expiré) en choisit un nouveau.
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words.

change-title = Changer votre mot de passe
change-expired = Votre mot de passe a expiré ou doit être changé avant que vous puissiez vous connecter. Choisissez-en un nouveau ici.
# $link is a link to the reset page; its words are change-lead-link.
change-lead = Vous avez besoin de votre mot de passe actuel. Vous l'avez oublié ? { $link }.
change-lead-link = Réinitialisez-le plutôt
change-username = Nom d'utilisateur ou adresse e-mail
change-current-password = Mot de passe actuel
change-new-password = Nouveau mot de passe
change-confirm-password = Confirmez le nouveau mot de passe
change-submit = Changer le mot de passe
change-mismatch = Les deux nouveaux mots de passe ne correspondent pas. Tapez le même mot de passe dans les deux champs.

change-done-title = Votre mot de passe a été changé
change-done-message = Votre nouveau mot de passe fonctionne dès maintenant.
change-done-next = Connectez-vous avec votre nouveau mot de passe. Nous vous avons envoyé un e-mail au sujet de ce changement.

# The account may not change its own password through the portal.
change-refused-title = Impossible de changer ce mot de passe ici
change-refused-message = Ce compte ne peut pas être modifié en libre-service.
change-refused-next = Contactez { $helpdesk }.
