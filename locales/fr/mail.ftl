# Tous les e-mails envoyés par le portail : codes à usage unique, avis indiquant qu'un événement a concerné un compte,
# et e-mails « le libre-service n'a pas pu vous aider ». Les parties texte brut et HTML utilisent les mêmes messages.
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words. Mail is read on phones and in plain-text clients: no markup in these messages.

## Parts every mail shares

# First line of every mail. $name is the person's display name.
mail-greeting = Bonjour { $name },

## One-time code mails

# Subject. Never contains the code itself: subjects show on locked phone screens.
mail-code-subject = Votre code de vérification { $org }
# Title of the HTML part (shown by some mail clients in the tab or window).
mail-code-title = Code de vérification { $org }
# The line above the code. $purpose says what the code is for; $admin (helpdesk-caller
# only) is the helpdesk admin who asked for the code.
mail-code-intro = { $purpose ->
    [reset] Votre code de vérification { $org } pour réinitialiser votre mot de passe est :
    [unlock] Votre code de vérification { $org } pour déverrouiller votre compte est :
    [change-methods] Votre code de vérification { $org } pour modifier vos méthodes de vérification est :
    [confirm-address] Votre code de vérification { $org } pour confirmer cette adresse pour la réinitialisation du mot de passe est :
    [console-authenticator] Votre code de vérification { $org } pour configurer votre authentificateur pour la console du support technique est :
   *[helpdesk-caller] Votre code de vérification { $org } pour prouver votre identité au support technique ({ $admin } vous le demande). Lisez-le-lui à voix haute :
}
mail-code-expiry = { $minutes ->
    [one] Tapez-le sur la page où vous l'avez demandé. Il ne fonctionne qu'une fois et expire dans { $minutes } minute.
   *[other] Tapez-le sur la page où vous l'avez demandé. Il ne fonctionne qu'une fois et expire dans { $minutes } minutes.
}
mail-code-ignore = Si vous n'avez pas demandé ce code, vous pouvez ignorer cet e-mail. Personne ne peut l'utiliser sans être aussi sur cette page, et rien n'a changé sur votre compte.

## Notices (and "could not help" mails)

# Subject of a notice. $headline is one of the notice-*-headline messages.
mail-notice-subject = { $org } : { $headline }
# The headline as the first sentence of the mail's body.
mail-notice-headline = { $headline }.
# $when is a date and time in the reader's layout (format-datetime).
mail-notice-when = Date : { $when }
# $address is the IP address the request came from.
mail-notice-from = Provenance : { $address }
# Shown as the address when it is not known.
mail-notice-from-unknown = inconnue
mail-notice-was-you = Si c'était vous, vous n'avez rien d'autre à faire.
# $helpdesk is how to reach the helpdesk (a name, phone number or address).
mail-notice-not-you = Si ce n'était pas vous, contactez immédiatement { $helpdesk } : quelqu'un a peut-être accès à votre compte.
# Last line; $url is the portal's address (a link in the HTML part).
mail-notice-footer = Service des mots de passe { $org } : { $url }

## "Self-service could not help" mails: someone asked to reset or unlock this account, and
## self-service cannot do it. Sent to the account's own mailbox, never shown on the page.

mail-cannot-help-headline = La réinitialisation de mot de passe en libre-service n'a pas pu vous aider
mail-cannot-help-not-enabled = La réinitialisation de mot de passe en libre-service n'est pas activée pour votre compte. Contactez { $helpdesk } pour réinitialiser votre mot de passe ou déverrouiller votre compte.
mail-cannot-help-disabled = Votre compte est désactivé : son mot de passe ne peut donc pas être réinitialisé ici. Contactez { $helpdesk }.
mail-cannot-help-privileged = Votre compte est un compte privilégié (compte d'administrateur ou du support technique), et le libre-service ne réinitialise ni ne déverrouille ce type de compte. Contactez { $helpdesk } ou un administrateur de l'annuaire.
# $purpose is what the person asked to do; $needed how many methods must be registered;
# $url the registration page.
mail-cannot-help-too-few-methods = { $purpose ->
    [reset] Vous avez demandé à réinitialiser votre mot de passe, mais vous n'avez pas enregistré assez de méthodes de vérification ({ $needed } requises). Tant que vous connaissez encore votre mot de passe, inscrivez-vous sur { $url }. Si votre compte est verrouillé maintenant, contactez { $helpdesk }.
    [unlock] Vous avez demandé à déverrouiller votre compte, mais vous n'avez pas enregistré assez de méthodes de vérification ({ $needed } requises). Tant que vous connaissez encore votre mot de passe, inscrivez-vous sur { $url }. Si votre compte est verrouillé maintenant, contactez { $helpdesk }.
   *[other] Vous avez demandé à modifier vos méthodes de vérification, mais vous n'avez pas enregistré assez de méthodes de vérification ({ $needed } requises). Tant que vous connaissez encore votre mot de passe, inscrivez-vous sur { $url }. Si votre compte est verrouillé maintenant, contactez { $helpdesk }.
}

## Notices: each has a headline (also the subject, after the organisation's name) and a
## detail sentence.

notice-reset-headline = Votre mot de passe a été réinitialisé
notice-reset-detail = Votre mot de passe a été réinitialisé via la réinitialisation de mot de passe en libre-service, après vérification avec vos méthodes enregistrées.

notice-unlock-headline = Votre compte a été déverrouillé
notice-unlock-detail = Votre compte a été déverrouillé en libre-service, après vérification avec vos méthodes enregistrées. Votre mot de passe n'a pas changé.

notice-changed-headline = Votre mot de passe a été changé
notice-changed-detail = Votre mot de passe a été changé sur le service des mots de passe.
# Sent when the service restarted while changing the password: the change went through.
notice-changed-unconfirmed-detail = Votre mot de passe a été changé sur le service des mots de passe, même si la page qui le confirmait ne vous est peut-être pas parvenue.

notice-methods-headline = Vos méthodes de réinitialisation de mot de passe ont changé
notice-methods-added-email = Votre inscription à la réinitialisation de mot de passe en libre-service a changé : adresse e-mail secondaire enregistrée.
notice-methods-added-authenticator = Votre inscription à la réinitialisation de mot de passe en libre-service a changé : application d'authentification enregistrée.
notice-methods-removed-email = Votre inscription à la réinitialisation de mot de passe en libre-service a changé : code par e-mail supprimé.
notice-methods-removed-authenticator = Votre inscription à la réinitialisation de mot de passe en libre-service a changé : application d'authentification supprimée.
notice-methods-added-passkey = Votre inscription à la réinitialisation de mot de passe en libre-service a changé : clé d'accès enregistrée.
notice-methods-removed-passkey = Votre inscription à la réinitialisation de mot de passe en libre-service a changé : clé d'accès supprimée.

# To the account's own mailbox, when someone keeps typing wrong passwords for it.
notice-guessing-headline = Quelqu'un essaie de deviner votre mot de passe
notice-guessing-detail = Après plusieurs mots de passe incorrects, le service des mots de passe a cessé pendant un moment de vérifier les mots de passe de votre compte, pour éviter qu'il soit verrouillé. Si ce n'était pas vous, prévenez votre support technique. Si vous avez oublié votre mot de passe, réinitialisez-le avec vos méthodes enregistrées.

notice-authenticator-blocked-headline = Votre authentificateur a été bloqué
# $n wrong codes in a row; $helpdesk is how to reach the helpdesk.
notice-authenticator-blocked-detail = { $n ->
    [one] Après { $n } code d'authentification incorrect, votre application d'authentification ne fonctionne plus pour réinitialiser le mot de passe ou déverrouiller le compte. Utilisez plutôt un code envoyé par e-mail (cela débloque aussi l'application), ou contactez { $helpdesk }. Si vous n'avez pas essayé ce code, quelqu'un d'autre l'a fait : prévenez { $helpdesk }.
   *[other] Après { $n } codes d'authentification incorrects d'affilée, votre application d'authentification ne fonctionne plus pour réinitialiser le mot de passe ou déverrouiller le compte. Utilisez plutôt un code envoyé par e-mail (cela débloque aussi l'application), ou contactez { $helpdesk }. Si vous n'avez pas essayé ces codes, quelqu'un d'autre l'a fait : prévenez { $helpdesk }.
}
# To a helpdesk admin, about the authenticator of their helpdesk console account.
notice-console-authenticator-blocked-detail = { $n ->
    [one] Après { $n } code d'authentification incorrect, votre authentificateur de la console du support technique est bloqué. Un autre administrateur du support technique peut le débloquer depuis votre page utilisateur. Si vous n'avez pas essayé ce code, quelqu'un d'autre l'a fait.
   *[other] Après { $n } codes d'authentification incorrects d'affilée, votre authentificateur de la console du support technique est bloqué. Un autre administrateur du support technique peut le débloquer depuis votre page utilisateur. Si vous n'avez pas essayé ces codes, quelqu'un d'autre l'a fait.
}

## What a helpdesk admin did. $admin is the admin's display name.

notice-helpdesk-reset-headline = Votre mot de passe a été réinitialisé par le support technique
notice-helpdesk-reset-detail = { $admin } a réinitialisé votre mot de passe.
notice-helpdesk-reset-must-change-detail = { $admin } a réinitialisé votre mot de passe ; il vous sera demandé d'en choisir un nouveau lors de votre connexion.
notice-helpdesk-unlock-headline = Votre compte a été déverrouillé par le support technique
notice-helpdesk-unlock-detail = { $admin } a déverrouillé votre compte. Votre mot de passe n'a pas changé.
notice-helpdesk-cleared-headline = Vos méthodes de réinitialisation de mot de passe ont été effacées
notice-helpdesk-cleared-detail = { $admin } a effacé vos méthodes de vérification enregistrées. Inscrivez-vous de nouveau sur le service des mots de passe.
notice-helpdesk-unblocked-headline = Votre authentificateur a été débloqué
notice-helpdesk-unblocked-detail = { $admin } a débloqué votre authentificateur : il fonctionne de nouveau.
# A helpdesk notice's detail followed by the admin's note on how they verified the caller
# ($note, in the admin's own words).
notice-with-note = { $detail } ({ $note })

## To the other helpdesk admins.

# $admin is the account name of the admin who enrolled.
notice-admin-enrolled-headline = { $admin } a inscrit un authentificateur du support technique
# $name is that admin's display name.
notice-admin-enrolled-detail = { $name } a configuré l'authentificateur qui protège son compte de la console du support technique.
# $admin is the account name of the admin who added a passkey.
notice-admin-passkey-headline = { $admin } a ajouté une clé d'accès pour la connexion au support technique
# $name is that admin's display name.
notice-admin-passkey-detail = { $name } a ajouté une clé d'accès qui permet de se connecter à son compte de la console du support technique à la place de l'application d'authentification.
# $admin is the account name of the admin who acted.
notice-privileged-headline = Un compte privilégié a été modifié par { $admin }
# $admin is the display name of the admin who acted, $account the privileged account's name,
# $action what they did. The part after the colon repeats, in lower case, the headline the
# account's owner got.
notice-privileged-detail = { $action ->
    [reset] { $admin } est intervenu sur { $account }, qui est un compte d'administrateur du support technique ou de l'annuaire : votre mot de passe a été réinitialisé par le support technique
    [unlock] { $admin } est intervenu sur { $account }, qui est un compte d'administrateur du support technique ou de l'annuaire : votre compte a été déverrouillé par le support technique
    [cleared] { $admin } est intervenu sur { $account }, qui est un compte d'administrateur du support technique ou de l'annuaire : vos méthodes de réinitialisation de mot de passe ont été effacées
   *[unblocked] { $admin } est intervenu sur { $account }, qui est un compte d'administrateur du support technique ou de l'annuaire : votre authentificateur a été débloqué
}

## Password-expiry reminders: mailed a set number of days before the account's password
## expires (the days come from the configuration, typically 14, 7, 3 and 1).

# Subject. $days is the whole number of days left (0: less than a day).
mail-reminder-subject = { $days ->
    [0] { $org } : votre mot de passe expire dans moins d'un jour
    [one] { $org } : votre mot de passe expire demain
   *[other] { $org } : votre mot de passe expire dans { $days } jours
}
mail-reminder-headline = { $days ->
    [0] Votre mot de passe expire dans moins d'un jour.
    [one] Votre mot de passe expire dans { $days } jour.
   *[other] Votre mot de passe expire dans { $days } jours.
}
# $when is the date and time it expires, in the reader's layout.
mail-reminder-detail = Il cessera de fonctionner le { $when }. Ensuite, vous ne pourrez plus vous connecter avec ce mot de passe tant qu'il n'aura pas été réinitialisé.
# Above the link to the change page.
mail-reminder-change = Choisissez-en un nouveau dès maintenant, depuis n'importe quel appareil, avec votre mot de passe actuel :
# Above the link to the registration page; only for people who have not registered a way to prove who they are.
mail-reminder-register = Vous n'avez pas encore configuré de moyen de réinitialiser vous-même votre mot de passe si vous l'oubliez un jour. Cela ne prend qu'une minute :
mail-reminder-windows = Sur un ordinateur Windows de votre organisation, vous pouvez aussi appuyer sur Ctrl+Alt+Suppr et choisir « Modifier un mot de passe ».
# $helpdesk is how to reach the helpdesk.
mail-reminder-never-asks = Nous ne vous demandons jamais votre mot de passe par e-mail. Si vous doutez de l'authenticité de ce message, tapez vous-même l'adresse du service des mots de passe, ou contactez { $helpdesk }.
