# Les vérifications de la réécriture sur la page d'état de la console (les mêmes vérifications que
# `sspr doctor` affiche, en anglais) : pour chacune, ce qui a été vérifié (-name), ce qui a été constaté
# (-detail) et ce qu'il faut faire (-fix).
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words. Setting names (directory.ca_file, directory.bind_dn, directory.probe_user), attribute
# names (lockoutTime, pwdLastSet, sAMAccountName, distinguishedName, adminCount), DNs
# (CN=AdminSDHolder,CN=System), ports, rights as the delegation wizard names them (Reset Password,
# Write lockoutTime) and product names are directory names: keep them as they are. { $error } is
# the directory's own message, in English.

## Domain controllers: connection and certificate

check-dc-tls-unverified-name = DC { $url } : joignable en TLS
check-dc-tls-unverified-detail = le certificat n'a pas pu être vérifié : { $detail }
check-dc-tls-unverified-fix = Définissez directory.ca_file sur l'autorité de certification (PEM) qui a émis le certificat du DC, et utilisez dans l'URL un nom d'hôte figurant dans le SAN du certificat. La vérification n'est jamais désactivée.

check-dc-unreachable-name = DC { $url } : joignable en TLS
check-dc-unreachable-detail = { $error }
check-dc-unreachable-fix = Vérifiez que le DC est en service et que cet hôte peut le joindre sur le port 636 (ldaps) ou 389 (StartTLS) ; vérifiez l'URL et les pare-feu.

check-cert-missing-name = DC { $url } : certificat
check-cert-missing-detail = aucun certificat du pair à examiner
check-cert-missing-fix = Vérifiez la configuration TLS.

check-cert-unparsable-name = DC { $url } : certificat
check-cert-unparsable-detail = le certificat n'a pas pu être analysé
check-cert-unparsable-fix = Vérifiez le certificat.

# $subject is the certificate's subject (a DN).
check-cert-expired-name = DC { $url } : certificat
check-cert-expired-detail = { $days ->
    [one] { $subject } a expiré il y a { $days } jour
    [many] { $subject } a expiré il y a { $days } de jours
   *[other] { $subject } a expiré il y a { $days } jours
}
check-cert-expired-fix = Renouvelez le certificat du DC.

check-cert-expiring-name = DC { $url } : certificat
check-cert-expiring-detail = { $days ->
    [one] vérifié ; { $subject } expire dans { $days } jour
    [many] vérifié ; { $subject } expire dans { $days } de jours
   *[other] vérifié ; { $subject } expire dans { $days } jours
}
check-cert-expiring-fix = Renouvelez le certificat du DC avant son expiration, sinon toutes les réécritures échoueront.

check-cert-ok-name = DC { $url } : certificat
check-cert-ok-detail = { $days ->
    [one] vérifié ; { $subject } expire dans { $days } jour
    [many] vérifié ; { $subject } expire dans { $days } de jours
   *[other] vérifié ; { $subject } expire dans { $days } jours
}

## Domain controllers: the service account's bind

check-bind-ok-name = DC { $url } : liaison du compte de service
check-bind-ok-detail = lié en tant que { $bind_dn }

check-bind-refused-name = DC { $url } : liaison du compte de service
check-bind-refused-detail = { $reason ->
    [credentials] mot de passe incorrect ou compte inexistant (vérifiez bind_dn et le mot de passe)
    [password-expired] le mot de passe du compte de service a expiré
    [disabled] le compte de service est désactivé
    [expired] le compte de service a expiré
    [must-change] le compte de service doit changer son mot de passe
    [locked] le compte de service est verrouillé
   *[refused] le DC a refusé la liaison
} : { $error }
check-bind-refused-fix = Corrigez directory.bind_dn ou le mot de passe de liaison, et assurez-vous que le compte est activé, qu'il n'est pas verrouillé et que son mot de passe n'expire pas.

check-bind-error-name = DC { $url } : liaison du compte de service
check-bind-error-detail = { $error }
check-bind-error-fix = Consultez les journaux du DC.

check-bind-timeout-name = DC { $url } : liaison du compte de service
check-bind-timeout-detail = pas de réponse dans le délai imparti
check-bind-timeout-fix = Le DC est surchargé, ou un pare-feu bloque le trafic après la négociation.

## Domain controllers: the password policy hints control

# $oid is the control's object identifier (1.2.840.113556.1.4.2239).
check-hints-ok-name = DC { $url } : contrôle des indications de stratégie
check-hints-ok-detail = pris en charge ({ $oid }) : les réinitialisations en libre-service appliquent l'historique et la durée minimale

check-hints-unsupported-name = DC { $url } : contrôle des indications de stratégie
check-hints-unsupported-detail = non pris en charge par ce DC : les réinitialisations en libre-service ne peuvent pas appliquer l'historique ni la durée minimale du mot de passe (les changements, si)
check-hints-unsupported-fix = Utilisez pour la réécriture des DC sous Windows Server 2012 R2 ou version ultérieure si les réinitialisations doivent respecter l'historique ; Samba ne prend pas en charge ce contrôle.

check-hints-unreadable-name = DC { $url } : contrôle des indications de stratégie
check-hints-unreadable-detail = rootDSE illisible : { $error }
check-hints-unreadable-fix = Vérifiez le DC.

## Password policies

# $complexity is `on` or `off`; $min_age_hours is in hours (h).
check-policy-ok-name = stratégie de mot de passe du domaine lisible
check-policy-ok-detail = longueur min. { $min_length }, complexité { $complexity ->
    [on] activée
   *[off] désactivée
}, historique { $history }, durée min. { $min_age_hours } h, verrouillage après { $lockout }

check-policy-min-age-name = stratégie de mot de passe du domaine lisible
check-policy-min-age-detail = longueur min. { $min_length }, complexité { $complexity ->
    [on] activée
   *[off] désactivée
}, historique { $history }, durée min. { $min_age_hours } h, verrouillage après { $lockout } : les utilisateurs ne peuvent pas changer leur mot de passe deux fois pendant la durée minimale
check-policy-min-age-fix = Envisagez une durée minimale du mot de passe de 0 (ou d'un jour au plus) ; les utilisateurs qui changent leur mot de passe puis l'oublient doivent passer par la réinitialisation, qu'une réinitialisation par le support technique permet toujours.

check-policy-unreadable-name = stratégie de mot de passe du domaine lisible
check-policy-unreadable-detail = { $error }
check-policy-unreadable-fix = Les utilisateurs authentifiés peuvent normalement lire la racine du domaine ; vérifiez le compte de service.

# $container is the DN of the Password Settings Container.
check-pso-unreadable-name = stratégies de mot de passe affinées (PSO) lisibles
check-pso-unreadable-detail = { $total ->
    [one] { $unreadable } PSO sur { $total } a des paramètres illisibles
    [many] { $unreadable } PSO sur { $total } ont des paramètres illisibles
   *[other] { $unreadable } PSO sur { $total } ont des paramètres illisibles
}
check-pso-unreadable-fix = Accordez au compte de service la lecture sur { $container }.

check-pso-ok-name = stratégies de mot de passe affinées (PSO) lisibles
check-pso-ok-detail = { $count ->
    [one] { $count } PSO trouvé
    [many] { $count } de PSO trouvés
   *[other] { $count } PSO trouvés
}

check-pso-container-unreadable-name = stratégies de mot de passe affinées (PSO) lisibles
check-pso-container-unreadable-detail = le Password Settings Container est illisible ({ $error }) ; les utilisateurs soumis à un PSO verraient la stratégie du domaine
check-pso-container-unreadable-fix = Accordez au compte de service la lecture (RP, LC) sur { $container }.

## The service account's rights on users

check-rights-own-entry-name = droits du compte de service sur les utilisateurs
check-rights-own-entry-detail = l'entrée du compte de service lui-même est illisible : { $error }
check-rights-own-entry-fix = Vérifiez directory.bind_dn.

check-rights-probe-search-name = droits du compte de service sur les utilisateurs
check-rights-probe-search-detail = { $error }
check-rights-probe-search-fix = Vérifiez le DC.

check-rights-no-probe-name = droits du compte de service sur les utilisateurs
check-rights-no-probe-detail = aucun utilisateur trouvé sur lequel tester les droits
check-rights-no-probe-fix = Définissez directory.probe_user sur le sAMAccountName d'un utilisateur type (non administrateur).

# $probe is the DN of the user the rights were probed on.
check-rights-ok-name = droits du compte de service sur les utilisateurs (testés sur : { $probe })
check-rights-ok-detail = Reset Password, écriture de lockoutTime, écriture de pwdLastSet : accordés

check-rights-not-writable-name = droits du compte de service sur les utilisateurs (testés sur : { $probe })
check-rights-not-writable-detail = l'ACL accorde les droits, mais le DC n'indique pas lockoutTime/pwdLastSet comme modifiables
check-rights-not-writable-fix = Recherchez des entrées de refus ou une restriction au niveau du schéma sur l'UO.

# $missing lists rights as the delegation wizard names them (Reset Password, Write lockoutTime…).
check-rights-missing-name = droits du compte de service sur les utilisateurs (testés sur : { $probe })
check-rights-missing-detail = manquants : { $missing }
check-rights-missing-fix = Déléguez à { $bind_dn } sur l'UO des utilisateurs (Assistant Délégation de contrôle : « Reset user passwords and force password change at next logon », plus Write lockoutTime), avec héritage sur les objets User descendants.

check-rights-acl-unreadable-name = droits du compte de service sur les utilisateurs (testés sur : { $probe })
check-rights-acl-unreadable-detail = { $error }
check-rights-acl-unreadable-fix = Les utilisateurs authentifiés peuvent normalement lire les ACL des utilisateurs ; recherchez des autorisations renforcées.

## Protected accounts

check-protected-unreadable-name = comptes protégés (adminCount=1)
check-protected-unreadable-detail = { $error }
check-protected-unreadable-fix = Vérifiez le DC.

check-protected-ok-name = comptes protégés (adminCount=1)
check-protected-ok-detail = { $count ->
    [one] { $count } compte protégé, gérable
    [many] { $count } de comptes protégés, tous gérables
   *[other] { $count } comptes protégés, tous gérables
}

# $accounts lists sAMAccountNames.
check-protected-unmanaged-name = comptes protégés (adminCount=1)
check-protected-unmanaged-detail = { $count ->
    [one] { $count } compte protégé que le compte de service ne peut ni réinitialiser ni déverrouiller : { $accounts }
    [many] { $count } de comptes protégés que le compte de service ne peut ni réinitialiser ni déverrouiller : { $accounts }
   *[other] { $count } comptes protégés que le compte de service ne peut ni réinitialiser ni déverrouiller : { $accounts }
}
check-protected-unmanaged-fix = Ces comptes reçoivent leur ACL d'AdminSDHolder et ignorent les délégations : laissez-les hors du périmètre du libre-service (leurs utilisateurs voient « contactez votre administrateur »), ou déléguez sur CN=AdminSDHolder,CN=System si la stratégie le permet.

## Configured groups

# $key is a setting name (sspr.helpdesk_group_dn…), $dn the group's DN as configured.
check-group-ok-name = { $key } existe
check-group-ok-detail = { $dn }

check-group-missing-name = { $key } existe
check-group-missing-detail = { $dn } n'est pas un groupe visible par le compte de service
check-group-missing-fix = Corrigez { $key } (copiez le DN depuis l'attribut distinguishedName du groupe).

check-group-error-name = { $key } existe
check-group-error-detail = { $error }
check-group-error-fix = Vérifiez le DC.

## When nothing else can run

check-directory-unusable-name = annuaire utilisable
check-directory-unusable-detail = aucun DC n'a accepté le compte de service sur une connexion vérifiée
check-directory-unusable-fix = Corrigez d'abord les échecs ci-dessus.
