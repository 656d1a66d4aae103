# La console du support technique (/admin) : connexion, tableau de bord et graphiques, recherche d'utilisateurs,
# page utilisateur avec diagnostic et actions, journal d'audit et état de la réécriture.
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words. Text in `backticks`, attribute names (adminCount, accountExpires, lockoutTime,
# pwdLastSet), setting names (sspr.enabled_for) and paths (/register, /change) are commands,
# directory names and addresses: keep them as they are. Activity names and status reasons
# (ResetSelfService, OnPremisesPolicyViolation…) are codes from the audit log: not translated.

## Frame of every console page

# The default title of a console page.
console-title = Support technique
# After each page's title, and at the top of every console page.
console-org-helpdesk = Support technique { $org }
# The name of the console's navigation, for screen readers.
console-nav-label = Support technique
console-dashboard = Tableau de bord
console-users = Utilisateurs
console-audit = Journal d'audit
console-health = État de la réécriture
console-sign-out = Se déconnecter
console-sign-in = Se connecter
console-none = —
console-yes = oui
console-no = non
console-pager-label = Pages
console-previous = Précédent
console-next = Suivant
console-page-of = Page { $page } sur { $pages }

## Sign-in

console-login-title = Connexion au support technique
console-login-lead = Connectez-vous avec votre compte de l'annuaire. Vous devez faire partie du groupe du support technique, et vous confirmerez avec votre application d'authentification.
console-login-username = Nom d'utilisateur
console-login-password = Mot de passe
console-login-incomplete = Entrez votre nom d'utilisateur et votre mot de passe.
console-login-refused = Le nom d'utilisateur ou le mot de passe est incorrect, ou ce compte n'est pas un compte du support technique.
console-no-mailbox-title = Aucune boîte aux lettres pour confirmer la configuration
console-no-mailbox-message = La configuration de votre authentificateur du support technique nécessite un code envoyé à votre boîte aux lettres de l'annuaire, et votre compte n'en a pas.
console-no-mailbox-next = Demandez à un administrateur de l'annuaire d'ajouter une adresse e-mail à votre compte.

console-totp-page-title = Support technique : authentificateur
console-totp-enrol-title = Configurer votre authentificateur
console-totp-enrol-lead = Chaque compte du support technique se connecte avec une application d'authentification. Nous avons envoyé un code de configuration à votre boîte aux lettres professionnelle : un mot de passe seul ne suffit pas pour en configurer une. Scannez ce code (ou tapez la clé), puis entrez les deux codes.
# Before the secret key of the authenticator being set up.
console-totp-key = Clé :
console-totp-title = Code d'authentification
console-totp-lead = Tapez le code à 6 chiffres que votre application d'authentification affiche maintenant.
console-totp-enrol-code = Code de configuration reçu par e-mail
console-totp-code = Code de votre application d'authentification
console-continue = Continuer
console-totp-wrong = Ce code est incorrect. Tapez le code que votre application affiche maintenant.

## When a console page is refused

console-refused-title = Connexion au support technique requise
console-refused-next = Connectez-vous avec votre compte du support technique.
console-refused-not-signed-in = Cette page est réservée au personnel du support technique connecté avec son mot de passe et son authentificateur.
console-refused-signed-out = Vous êtes déconnecté.
console-refused-idle = Vous avez été déconnecté après une période d'inactivité.
console-refused-session-over = Votre session de console a atteint sa durée maximale. Reconnectez-vous pour continuer.
console-role-lost-not-in-group = Votre compte n'est plus membre du groupe du support technique.
console-role-lost-disabled = Votre compte a été désactivé : votre session du support technique a donc pris fin.
console-role-lost-expired = Votre compte a expiré : votre session du support technique a donc pris fin.
console-role-lost-locked = Votre compte est verrouillé : votre session du support technique a donc pris fin.
console-role-lost-password-expired = Votre mot de passe a expiré ou doit être changé : votre session du support technique a donc pris fin. Changez-le, puis reconnectez-vous.
console-role-lost-unverifiable = L'annuaire n'a pas pu confirmer votre rôle au support technique pour le moment : votre session a donc pris fin. Reconnectez-vous dans un instant.

## Dashboard

# The headline of writeback health. $status is a code: active, degraded or down.
console-writeback-status = { $status ->
    [active] Réécriture : active
    [degraded] Réécriture : dégradée
   *[down] Réécriture : hors service
}
console-details = Détails
console-activity-caption = Réinitialisations, changements, déverrouillages et réécritures en échec par jour.
console-reasons-caption = Pourquoi les réécritures ont échoué.
# The dashboard's password-expiry reminder figures, over the same 30 days as the charts.
console-reminders-title = Rappels d'expiration de mot de passe, 30 derniers jours
console-reminders-sent = { $n ->
    [one] { $n } rappel envoyé.
   *[other] { $n } rappels envoyés.
}
# $n people changed (or reset) their password after a reminder; $sent reminders were sent.
console-reminders-changed = { $n ->
    [one] { $n } personne a changé son mot de passe après un rappel.
   *[other] { $n } personnes ont changé leur mot de passe après un rappel.
}

## Users

console-users-heading = Rechercher un utilisateur
console-users-search-label = Nom, nom de compte, UPN ou e-mail
console-search = Rechercher
console-search-too-short = { $n ->
    [one] Tapez au moins { $n } caractère.
   *[other] Tapez au moins { $n } caractères.
}
console-search-unavailable = L'annuaire n'a pas répondu. Réessayez dans un instant.
console-users-too-many = Plus de { $max } résultats : affichage des { $max } premiers ; affinez la recherche.
console-users-matches = { $n ->
    [one] { $n } résultat.
   *[other] { $n } résultats.
}
console-col-account = Compte
console-col-name = Nom
console-col-mail = E-mail
console-col-state = État
# Badges of an account in the search results.
console-flag-disabled = Désactivé
console-flag-locked = Verrouillé
console-flag-must-change = Changement requis
console-flag-protected = Protégé
console-flag-ok = OK

## The user page

console-no-such-user-title = Utilisateur introuvable
console-no-such-user-message = Aucun compte ne porte cet identifiant (il a peut-être été supprimé).
console-no-such-user-next = Relancez la recherche.

console-account = Compte
# The account name, then the user principal name in brackets.
console-account-value = { $sam } ({ $upn })
console-fact-name = Nom
console-fact-mail = E-mail
console-fact-locked = Verrouillé
console-fact-locked-yes = oui, depuis le { $since } ; déverrouillage automatique le { $until }
console-fact-bad-count = Nombre de mots de passe incorrects
console-fact-disabled = Désactivé
console-fact-password = Mot de passe
console-password-must-change = doit être changé à la prochaine connexion
console-password-expired = expiré
console-password-never-expires = n'expire jamais
console-password-expires = expire le { $when }
console-fact-password-last-set = Dernière définition du mot de passe
console-fact-protected = Protégé (adminCount)
console-fact-privileged = Privilégié
# Why an account is privileged. $kind: protected (adminCount=1), service (the account sspr
# binds as), helpdesk (in the helpdesk group) or group (in the protected group $group).
console-fact-privileged-yes = { $kind ->
    [protected] oui : un compte protégé (adminCount=1) ; il ne peut être ni réinitialisé ni déverrouillé ici
    [service] oui : le compte de service du portail lui-même ; il ne peut être ni réinitialisé ni déverrouillé ici
    [helpdesk] oui : un membre du groupe du support technique ; il ne peut être ni réinitialisé ni déverrouillé ici
   *[group] oui : un membre du groupe protégé { $group } ; il ne peut être ni réinitialisé ni déverrouillé ici
}
console-policy-pso = Stratégie affinée { $dn }
console-policy-domain = Stratégie du domaine
console-policy-unreadable = Illisible pour le compte de service.

console-diagnosis = Diagnostic
console-diagnosis-none = Rien n'empêche cet utilisateur de réinitialiser son mot de passe ou de déverrouiller son compte lui-même.

console-verify-caller = Vérifier l'appelant
console-verified = Vérifié
console-verified-recently = { $minutes ->
    [one] Vous avez vérifié cet appelant au cours de la dernière minute.
   *[other] Vous avez vérifié cet appelant au cours des { $minutes } dernières minutes.
}
console-verify-lead = Avant d'agir, vérifiez que l'appelant est bien celui qu'il prétend être : envoyez-lui un code à son adresse e-mail enregistrée, ou demandez-lui son code d'authentification, et tapez ce qu'il vous lit.
console-email-code = Lui envoyer un code par e-mail
console-code-from = Code provenant de
console-code-from-email = son e-mail
console-code-from-totp = son application d'authentification
console-caller-code = Code lu par l'appelant
console-check = Vérifier
console-verify-no-methods = Aucune méthode enregistrée : vérifiez l'appelant autrement (en personne, rappel à un numéro connu), et indiquez la raison lorsque vous agissez.
console-caller-code-sent = Un code est en route vers l'adresse e-mail enregistrée de l'utilisateur. Demandez à l'appelant de vous le lire.
console-caller-no-email = Cet utilisateur n'a pas d'adresse e-mail enregistrée. Demandez-lui son code d'authentification, ou vérifiez son identité autrement.
console-caller-verified = { $minutes ->
    [one] Appelant vérifié. Vous pouvez agir sur ce compte pendant la prochaine minute.
   *[other] Appelant vérifié. Vous pouvez agir sur ce compte pendant les { $minutes } prochaines minutes.
}
console-caller-wrong = Ce code est incorrect. L'appelant n'est peut-être pas celui qu'il prétend être.
console-back-to-user = Retour à l'utilisateur

console-actions = Actions
# $kind as for console-fact-privileged-yes.
console-privileged-notice = { $kind ->
    [protected] Ceci est un compte protégé (adminCount=1). sspr ne réinitialise ni ne déverrouille les comptes privilégiés : c'est le rôle d'un administrateur de l'annuaire, avec ses propres outils, après avoir vérifié l'identité de la personne.
    [service] Ceci est le compte de service du portail lui-même. sspr ne réinitialise ni ne déverrouille les comptes privilégiés : c'est le rôle d'un administrateur de l'annuaire, avec ses propres outils, après avoir vérifié l'identité de la personne.
    [helpdesk] Ceci est un membre du groupe du support technique. sspr ne réinitialise ni ne déverrouille les comptes privilégiés : c'est le rôle d'un administrateur de l'annuaire, avec ses propres outils, après avoir vérifié l'identité de la personne.
   *[group] Ceci est un membre du groupe protégé { $group }. sspr ne réinitialise ni ne déverrouille les comptes privilégiés : c'est le rôle d'un administrateur de l'annuaire, avec ses propres outils, après avoir vérifié l'identité de la personne.
}
console-unlock = Déverrouiller
console-unlock-hint = Lève le verrouillage ; le mot de passe reste le même.
console-unlock-button = Déverrouiller…
console-reset = Réinitialiser le mot de passe
console-new-password = Nouveau mot de passe
console-mode-generate = En générer un (affiché une seule fois)
console-mode-typed = En saisir un
console-typed-password = Mot de passe saisi
console-typed-password-empty = Tapez le nouveau mot de passe, ou choisissez d'en générer un.
console-must-change = Changement obligatoire à la prochaine connexion
console-also-unlock = Déverrouiller aussi
console-reset-button = Réinitialiser…
console-unblock = Débloquer l'authentificateur
console-unblock-hint = Bloqué après trop de codes incorrects d'affilée.
console-unblock-button = Débloquer…
console-clear = Effacer les méthodes enregistrées
console-clear-hint = En cas de téléphone perdu ou d'ancienne adresse ; l'utilisateur s'inscrit de nouveau.
console-clear-button = Effacer…

console-password-policy = Stratégie de mot de passe
console-registered-methods = Méthodes enregistrées
console-nothing = Aucune.
console-method-since = depuis le { $when }
console-recent-activity = Activité récente
console-col-time = Heure
console-col-activity = Activité
console-col-result = Résultat
console-col-by = Par
console-col-detail = Détail
console-full-history = Historique complet

## Confirming an action, and its result

console-confirm-password = Le nouveau mot de passe (tapez-le de nouveau)
console-confirm-unverified = Vous n'avez pas vérifié cet appelant avec un code. Si vous l'avez vérifié autrement, indiquez comment : cela sera inscrit dans le journal d'audit.
console-confirm-how = Comment vous avez vérifié l'appelant
console-confirm-yes = Oui, continuer
console-cancel = Annuler

console-reset-confirm-title = Réinitialiser le mot de passe ?
# $must_change and $unlock are yes or no: what the helpdesk chose with the reset.
console-reset-confirm = { $must_change ->
    [yes] { $unlock ->
        [yes] Réinitialiser le mot de passe de { $name } ({ $sam }), qui devra le changer à la prochaine connexion, et déverrouiller le compte.
       *[no] Réinitialiser le mot de passe de { $name } ({ $sam }), qui devra le changer à la prochaine connexion.
    }
   *[no] { $unlock ->
        [yes] Réinitialiser le mot de passe de { $name } ({ $sam }) et déverrouiller le compte.
       *[no] Réinitialiser le mot de passe de { $name } ({ $sam }).
    }
}
console-reset-done-title = Mot de passe réinitialisé
console-reset-done = { $must_change ->
    [yes] Le mot de passe de { $sam } a été réinitialisé ; il devra être changé à la prochaine connexion. L'utilisateur a été prévenu par e-mail.
   *[no] Le mot de passe de { $sam } a été réinitialisé. L'utilisateur a été prévenu par e-mail.
}
console-reset-failed = La réinitialisation n'a pas eu lieu
console-secret-once = Nouveau mot de passe (affiché une seule fois ; lisez-le à l'utilisateur, ne le notez pas) :
console-back-to = Retour à { $sam }

console-unlock-confirm-title = Déverrouiller le compte ?
console-unlock-confirm = Déverrouiller le compte de { $name } ({ $sam }). Le mot de passe ne change pas.
console-unlock-done-title = Compte déverrouillé
console-unlock-done = { $sam } peut de nouveau se connecter. L'utilisateur a été prévenu par e-mail.
console-unlock-failed = Le déverrouillage n'a pas eu lieu

console-clear-confirm-title = Effacer les méthodes enregistrées ?
console-clear-confirm = Supprimer toutes les méthodes de vérification enregistrées de { $sam }. L'utilisateur devra s'inscrire de nouveau.
console-clear-done-title = Méthodes effacées
console-clear-done = { $n ->
    [one] { $n } méthode supprimée ; { $sam } a été prévenu par e-mail.
   *[other] { $n } méthodes supprimées ; { $sam } a été prévenu par e-mail.
}

console-unblock-confirm-title = Débloquer l'authentificateur ?
console-unblock-confirm = Débloquer l'authentificateur de { $sam } : ses codes comptent de nouveau, et son compteur de codes incorrects repart de zéro.
console-unblock-done-title = Authentificateur débloqué
console-unblock-done = L'authentificateur de { $sam } fonctionne de nouveau ; l'utilisateur a été prévenu par e-mail.

# Why a writeback failed: what happened, then what to do (both status-* messages).
console-explain-fix = { $explain } { $fix }

## Audit log

console-verify-chain = Vérifier la chaîne de hachage
console-chain-intact = Chaîne de hachage intacte
console-chain-verified = { $rows ->
    [one] { $rows } ligne vérifiée avec la clé.
   *[other] { $rows } lignes vérifiées avec la clé.
}
# Rows written before the audit log was chained with a key.
console-chain-legacy-covered = { $legacy ->
    [one] { $legacy } d'entre elles date d'avant la chaîne à clé et est couverte par les lignes à clé qui la suivent.
   *[other] { $legacy } d'entre elles datent d'avant la chaîne à clé et sont couvertes par les lignes à clé qui les suivent.
}
console-chain-legacy-uncovered = { $legacy ->
    [one] { $legacy } d'entre elles date d'avant la chaîne à clé, et aucune ligne à clé ne la couvre encore.
   *[other] { $legacy } d'entre elles datent d'avant la chaîne à clé, et aucune ligne à clé ne les couvre encore.
}
console-chain-broken = Chaîne de hachage rompue
console-filter-user = Utilisateur
console-filter-activity = Activité
console-any = Tous
console-filter-status = État
# The two values of an audit row's status.
console-status-success = réussite
console-status-failure = échec
console-filter-reason = Raison de l'état
console-filter-from = Du
console-filter-to = Au
console-filter = Filtrer
console-audit-rows = { $n ->
    [one] { $n } ligne.
   *[other] { $n } lignes.
}
console-export = Exporter cette vue :
console-export-csv = CSV
console-export-jsonl = Lignes JSON
console-col-status = État
console-col-reason = Raison
console-col-user = Utilisateur
console-col-client = Client

## Writeback health

console-health-last-check = Dernière vérification
console-never = jamais
console-health-last-success = Dernière réécriture réussie
console-none-yet = aucune pour l'instant
console-health-failures = Échecs sur 24 heures
console-health-failures-value = { $attempts ->
    [one] { $failed } réécriture sur { $attempts } en échec pour cause de connectivité ou de droits
   *[other] { $failed } réécritures sur { $attempts } en échec pour cause de connectivité ou de droits
}
console-health-run = Lancer les vérifications maintenant

health-not-run = La pulsation ne s'est pas encore exécutée.
health-no-domain-controller = Aucun contrôleur de domaine n'a accepté le compte de service lors de la dernière pulsation.
health-checks-failed = { $n ->
    [one] { $n } vérification a échoué lors de la dernière pulsation.
   *[other] { $n } vérifications ont échoué lors de la dernière pulsation.
}
health-failure-rate = { $attempts ->
    [one] { $failed } réécriture sur { $attempts } a échoué en 24 heures pour cause de connectivité ou de droits.
   *[other] { $failed } réécritures sur { $attempts } ont échoué en 24 heures pour cause de connectivité ou de droits.
}
health-all-passed = Toutes les vérifications ont réussi lors de la dernière pulsation.

## Diagnosis findings on the user page: a title, the facts, and what to do

finding-privileged-title = Compte privilégié
# $kind as for console-fact-privileged-yes. The fix is status-ProtectedAccount-fix.
finding-privileged-detail = { $kind ->
    [protected] Ceci est un compte protégé (adminCount=1). sspr ne réinitialise ni ne déverrouille jamais les comptes privilégiés, ni en libre-service ni ici.
    [service] Ceci est le compte de service du portail lui-même. sspr ne réinitialise ni ne déverrouille jamais les comptes privilégiés, ni en libre-service ni ici.
    [helpdesk] Ceci est un membre du groupe du support technique. sspr ne réinitialise ni ne déverrouille jamais les comptes privilégiés, ni en libre-service ni ici.
   *[group] Ceci est un membre du groupe protégé { $group }. sspr ne réinitialise ni ne déverrouille jamais les comptes privilégiés, ni en libre-service ni ici.
}

finding-not-in-scope-title = Hors du périmètre du libre-service
# $scope is group (self-service is for the members of $group) or none (switched off).
finding-not-in-scope-detail = { $scope ->
    [group] Le libre-service est activé pour les membres de { $group } ; cet utilisateur n'en fait pas partie (ni directement ni par imbrication).
   *[none] Le libre-service est désactivé (sspr.enabled_for = "none").
}
finding-not-in-scope-fix = Ajoutez l'utilisateur au groupe du libre-service, ou réinitialisez ou déverrouillez pour lui ici.

finding-directory-unreachable-title = Annuaire injoignable
# $error is what the directory said, in English.
finding-directory-unreachable-detail = { $error }
finding-directory-unreachable-fix = Vérifiez les contrôleurs de domaine (page État de la réécriture).

finding-not-registered-title = Non inscrit
finding-not-registered-detail = { $required ->
    [one] { $registered } méthode de vérification enregistrée sur { $required } requise.
   *[other] { $registered } méthodes de vérification enregistrées sur { $required } requises.
}
finding-not-registered-fix = L'utilisateur s'inscrit sur /register tant qu'il connaît encore son mot de passe ; aujourd'hui, réinitialisez-le pour lui ici après avoir vérifié l'appelant autrement.

finding-disabled-title = Compte désactivé
finding-disabled-detail = Le compte est désactivé dans Active Directory : personne ne peut se connecter avec.
finding-disabled-fix = Activez-le dans Active Directory s'il doit être utilisé (ce n'est pas une action du support technique ici).

finding-expired-title = Compte expiré
finding-expired-detail = accountExpires est dans le passé.
finding-expired-fix = Prolongez l'expiration du compte dans Active Directory.

finding-missing-rights-title = Le compte de service n'a pas les droits nécessaires sur cet utilisateur
# $rights is a list of directory permission and attribute names.
finding-missing-rights-detail = Manquant sur ce compte : { $rights }.
finding-missing-rights-fix = Déléguez au compte de service « Réinitialiser le mot de passe » (Reset Password) et l'écriture de lockoutTime/pwdLastSet sur l'UO de cet utilisateur (exécutez `sspr doctor`).

finding-rights-unchecked-title = Impossible de vérifier les droits
finding-rights-unchecked-detail = { $error }
finding-rights-unchecked-fix = Exécutez `sspr doctor`.

finding-too-young-title = Durée minimale du mot de passe non atteinte
# $policy is fine-grained (a fine-grained password policy applies to the user) or domain.
finding-too-young-detail = { $policy ->
    [fine-grained] Le mot de passe a été changé récemment ; selon sa stratégie affinée, l'utilisateur ne peut pas le changer de nouveau avant le { $when }.
   *[domain] Le mot de passe a été changé récemment ; selon la stratégie du domaine, l'utilisateur ne peut pas le changer de nouveau avant le { $when }.
}
finding-too-young-fix = Une réinitialisation (en libre-service ou ici) fonctionne toujours ; un changement, pas avant cette date.

finding-cannot-change-title = L'utilisateur ne peut pas changer le mot de passe
finding-cannot-change-detail = Le compte est configuré de sorte que l'utilisateur ne peut pas changer son mot de passe.
finding-cannot-change-fix = Les réinitialisations fonctionnent toujours ; désactivez le paramètre dans Active Directory si les changements doivent aussi fonctionner.

finding-locked-title = Verrouillé
finding-locked-detail = Verrouillé depuis le { $since }.
finding-locked-fix = L'utilisateur peut déverrouiller son compte avec ses méthodes, ou vous pouvez le déverrouiller ici.

finding-must-change-title = Le mot de passe doit être changé
finding-must-change-detail = Le mot de passe a expiré ou doit être changé à la prochaine connexion.
finding-must-change-fix = L'utilisateur peut le changer sur /change avec son mot de passe actuel, ou contacter { $helpdesk }.

finding-app-blocked-title = Application d'authentification bloquée
finding-console-blocked-title = Authentificateur de la console bloqué
finding-blocked-detail = { $failures } codes incorrects d'affilée (la limite est de { $cap }) : l'authentificateur ne compte plus comme preuve tant qu'il n'est pas débloqué.
finding-app-blocked-fix = L'utilisateur récupère l'accès avec un code envoyé par e-mail (ce qui le débloque), ou débloquez-le ici après avoir vérifié l'appelant.
finding-console-blocked-fix = Débloquez-le ici après avoir vérifié l'administrateur autrement ; s'il n'a pas essayé ces codes, quelqu'un d'autre l'a fait.

## Charts on the dashboard

chart-activity-title = Réécritures par jour, 30 derniers jours
chart-resets = Réinitialisations
chart-changes = Changements
chart-unlocks = Déverrouillages
chart-failures = Échecs
chart-reasons-title = Échecs par raison d'état, 30 derniers jours
chart-no-activity = Aucune activité sur cette période
chart-no-failures = Aucun échec sur cette période
chart-no-failures-desc = Aucun échec sur cette période.
# Hover title of one bar segment: the day, the series (Resets…) and its count.
chart-segment = { $label } { $series } : { $value }
# Hover title of one row: a status reason and its count.
chart-row = { $label } : { $value }
# One item of a chart's summary for screen readers: a name and its count.
chart-item = { $label } { $value }
# Between the items of a chart's summary.
chart-list-separator = {", "}
# A chart's summary for screen readers. $unit is days (one bar per day) or periods.
chart-totals = { $unit ->
    [days] { $n ->
        [one] Totaux sur { $n } jour : { $items }.
       *[other] Totaux sur { $n } jours : { $items }.
    }
   *[periods] { $n ->
        [one] Totaux sur { $n } période : { $items }.
       *[other] Totaux sur { $n } périodes : { $items }.
    }
}
chart-totals-none = { $unit ->
    [days] { $n ->
        [one] Totaux sur { $n } jour : aucune donnée.
       *[other] Totaux sur { $n } jours : aucune donnée.
    }
   *[periods] { $n ->
        [one] Totaux sur { $n } période : aucune donnée.
       *[other] Totaux sur { $n } périodes : aucune donnée.
    }
}
chart-top = Les plus fréquents : { $items }.
chart-top-more = Les plus fréquents : { $items }, et { $more } autres.

## Passkeys: the helpdesk user page, and signing in to the console with one

console-user-passkeys = Clés d'accès
console-passkey-added-on = ajoutée le { $date }
console-passkey-last-used = dernière utilisation le { $date }
console-passkey-never-used = pas encore utilisée
console-passkey-use = Se connecter plutôt avec une clé d'accès
console-passkey-title = Connectez-vous avec votre clé d'accès
console-passkey-lead = Votre navigateur va vous demander la clé d'accès que vous avez ajoutée pour la console du support technique.
console-passkey-go = Continuer avec la clé d'accès
console-passkey-back = Utiliser votre application d'authentification
console-passkey-wrong = Cette clé d'accès ne vous a pas connecté. Réessayez, ou utilisez votre application d'authentification.
console-passkeys-nav = Vos clés d'accès
console-passkeys-title = Clés d'accès pour la connexion à la console
console-passkeys-lead = Une clé d'accès peut remplacer votre code d'authentification quand vous vous connectez à la console. Pour en ajouter une, il faut un code que nous envoyons à votre boîte aux lettres de l'annuaire, et les autres administrateurs du support technique en sont informés.
console-passkeys-none = Vous n'avez aucune clé d'accès pour la connexion à la console.
console-passkey-name-label = Un nom pour cette clé d'accès, par exemple « Portable du bureau »
console-passkey-add = Ajouter une clé d'accès
console-passkey-create-title = Créer votre clé d'accès pour la console
console-passkey-create-lead = Nous avons envoyé un code à votre boîte aux lettres de l'annuaire. Tapez-le ici, puis créez la clé d'accès « { $name } » quand votre navigateur vous le demande.
console-passkey-code-label = Code reçu par e-mail
console-passkey-create-go = Créer la clé d'accès
console-passkey-added = Clé d'accès ajoutée pour la connexion à la console.
console-passkey-removed = Clé d'accès supprimée.
console-passkey-not-added = La clé d'accès n'a pas été ajoutée : le code reçu par e-mail était incorrect, ou la réponse de votre navigateur ne correspondait pas à cette demande. Recommencez.
console-passkey-name-bad = Donnez à la clé d'accès un nom de 64 caractères au maximum.
console-passkey-no-mailbox = Votre compte n'a pas de boîte aux lettres dans l'annuaire pour recevoir le code : impossible d'ajouter une clé d'accès ici. Adressez-vous à un administrateur de l'annuaire.
