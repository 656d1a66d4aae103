# Raisons d'état, telles que la console du support technique les explique : ce qui s'est passé (`-explain`) et ce
# qu'un administrateur peut faire (`-fix`). The reason names themselves (the part after
# `status-`) are codes from Microsoft Entra's audit log: they are not translated.
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words. Text in `backticks` and setting names such as directory.write_queue_timeout are
# commands and configuration keys: keep them as they are.

status-Success-explain = L'opération a abouti.
status-Success-fix = Rien à faire.

status-OnPremisesPolicyViolation-TooShort-explain = Active Directory a refusé le mot de passe : il est plus court que la longueur minimale.
status-OnPremisesPolicyViolation-NotComplex-explain = Active Directory a refusé le mot de passe : il ne respecte pas les exigences de complexité.
status-OnPremisesPolicyViolation-InHistory-explain = Active Directory a refusé le mot de passe : c'est l'un des mots de passe récents de l'utilisateur.
status-OnPremisesPolicyViolation-TooYoung-explain = Active Directory a refusé le changement : la durée minimale de validité du mot de passe ne s'est pas écoulée depuis le dernier changement.
status-OnPremisesPolicyViolation-CannotChange-explain = Active Directory a refusé le changement : le compte est configuré de sorte que l'utilisateur ne peut pas changer le mot de passe.
status-OnPremisesPolicyViolation-Unknown-explain = Active Directory a refusé le mot de passe en vertu de sa stratégie (historique ou filtre de mots de passe ; Windows ne précise pas lequel).
# The fix for a password refused under the policy (too short, not complex, in history, unknown).
status-OnPremisesPolicyViolation-fix = L'utilisateur choisit un mot de passe conforme à la stratégie affichée sur la page.
status-OnPremisesPolicyViolation-TooYoung-fix = Attendez que la durée minimale de validité du mot de passe soit écoulée, ou faites réinitialiser le mot de passe par le support technique.
# "User cannot change password" is the name of the setting in Active Directory Users and Computers.
status-OnPremisesPolicyViolation-CannotChange-fix = Décochez « L'utilisateur ne peut pas changer de mot de passe » (User cannot change password) sur le compte, ou faites réinitialiser le mot de passe par le support technique.

status-PasswordBanned-explain = Le mot de passe figure sur la liste des mots de passe interdits du portail.
status-PasswordBanned-fix = L'utilisateur choisit un mot de passe moins courant.
status-PasswordBreached-explain = Le mot de passe figure sur la liste des mots de passe connus à la suite de fuites de données (policy.breached_passwords_file).
status-PasswordBreached-fix = L'utilisateur choisit un mot de passe qu'il n'a jamais utilisé ailleurs.
status-PasswordTooWeak-explain = Le mot de passe est plus facile à deviner que ne le permet la robustesse minimale du portail (policy.min_strength).
status-PasswordTooWeak-fix = L'utilisateur choisit un mot de passe plus long, par exemple trois ou quatre mots sans rapport entre eux.

status-InvalidCurrentPassword-explain = Le mot de passe actuel fourni était incorrect.
status-InvalidCurrentPassword-fix = L'utilisateur réessaie, ou utilise la réinitialisation s'il a oublié son mot de passe actuel.

status-OnPremisesConnectivityError-explain = Aucun contrôleur de domaine n'a pu être joint, ou il n'a pas répondu à temps.
status-OnPremisesConnectivityError-fix = Vérifiez que les contrôleurs de domaine sont en service et joignables sur 636/389 ; exécutez `sspr doctor`.

status-OnPremisesAdminActionRequired-explain = L'annuaire a refusé l'opération pour une raison que seul un administrateur peut corriger (autorisations, compte protégé ou approbation TLS).
# "Reset Password" is the name of the permission in Active Directory; lockoutTime and pwdLastSet are attribute names.
status-OnPremisesAdminActionRequired-fix = Exécutez `sspr doctor` : accordez au compte de service l'autorisation « Réinitialiser le mot de passe » (Reset Password) et l'écriture sur lockoutTime/pwdLastSet, ou traitez les comptes protégés manuellement.

status-UserNotEnabledForSSPR-explain = L'utilisateur n'est pas dans le périmètre de la réinitialisation de mot de passe en libre-service.
status-UserNotEnabledForSSPR-fix = Ajoutez l'utilisateur au groupe du libre-service, ou modifiez sspr.enabled_for.

status-UserNotProperlyConfigured-explain = L'utilisateur n'a pas enregistré assez de méthodes de vérification.
status-UserNotProperlyConfigured-fix = L'utilisateur enregistre des méthodes sur /register, ou le support technique l'aide à le faire.

status-WritebackNotEnabled-explain = Cette opération est désactivée dans la configuration du portail.
status-WritebackNotEnabled-fix = Activez l'opération dans la configuration si elle doit être proposée.

status-AccountDisabled-explain = Le compte est désactivé dans Active Directory.
status-AccountDisabled-fix = Un administrateur active le compte dans Active Directory, s'il doit l'être.

status-VerificationFailed-explain = Un code de vérification était incorrect ou expiré.
status-VerificationFailed-fix = L'utilisateur demande un nouveau code et réessaie.

status-TooManyAttempts-explain = Trop de tentatives ; l'utilisateur est temporairement bloqué.
status-TooManyAttempts-fix = Attendez la fin du blocage ; cherchez la cause si cela se reproduit.

status-UserNotFound-explain = Aucun compte de l'annuaire ne correspond à ce que l'utilisateur a tapé.
status-UserNotFound-fix = Vérifiez l'orthographe ; l'utilisateur peut utiliser son nom d'utilisateur, son UPN ou son adresse e-mail.

status-DirectoryBusy-explain = Le contrôleur de domaine a répondu mais était saturé : la demande a attendu son tour jusqu'à directory.write_queue_timeout, puis a été refusée. Rien n'a été modifié.
status-DirectoryBusy-fix = L'utilisateur réessaie dans un instant. Si cela arrive souvent, augmentez directory.write_queue_timeout, ou ajoutez des contrôleurs de domaine à directory.urls.

status-WritebackInterrupted-explain = Le portail s'est arrêté (plantage ou arrêt forcé) pendant l'écriture du mot de passe ; une relecture du compte a montré que l'annuaire ne l'a pas appliquée.
status-WritebackInterrupted-fix = L'utilisateur réessaie ; rien n'a été modifié. Recherchez pourquoi le portail s'est arrêté (journaux du service).

# adminCount=1 is an attribute and its value; keep it as it is.
status-ProtectedAccount-explain = Le compte est privilégié (adminCount=1, membre d'un groupe protégé ou du groupe du support technique, ou compte de service) : sspr ne le réinitialise ni ne le déverrouille jamais.
status-ProtectedAccount-fix = Un administrateur de l'annuaire le réinitialise ou le déverrouille avec ses propres outils (Utilisateurs et ordinateurs Active Directory, PowerShell), après avoir vérifié l'identité de la personne en face à face.
