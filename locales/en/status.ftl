# Status reasons, as the helpdesk console explains them: what happened (`-explain`) and what
# an administrator can do about it (`-fix`). The reason names themselves (the part after
# `status-`) are codes from Microsoft Entra's audit log: they are not translated.
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words. Text in `backticks` and setting names such as directory.write_queue_timeout are
# commands and configuration keys: keep them as they are.

status-Success-explain = The operation completed.
status-Success-fix = Nothing to do.

status-OnPremisesPolicyViolation-TooShort-explain = Active Directory refused the password: it is shorter than the minimum length.
status-OnPremisesPolicyViolation-NotComplex-explain = Active Directory refused the password: it does not meet the complexity requirements.
status-OnPremisesPolicyViolation-InHistory-explain = Active Directory refused the password: it is one of the user's recent passwords.
status-OnPremisesPolicyViolation-TooYoung-explain = Active Directory refused the change: the minimum password age has not passed since the last change.
status-OnPremisesPolicyViolation-CannotChange-explain = Active Directory refused the change: the account is set so that the user cannot change the password.
status-OnPremisesPolicyViolation-Unknown-explain = Active Directory refused the password under its policy (history or a password filter; Windows does not say which).
# The fix for a password refused under the policy (too short, not complex, in history, unknown).
status-OnPremisesPolicyViolation-fix = The user chooses a password that meets the policy shown on the page.
status-OnPremisesPolicyViolation-TooYoung-fix = Wait until the minimum password age has passed, or have the helpdesk reset the password.
# "User cannot change password" is the name of the setting in Active Directory Users and Computers.
status-OnPremisesPolicyViolation-CannotChange-fix = Clear "User cannot change password" on the account, or have the helpdesk reset it.

status-PasswordBanned-explain = The password is on the portal's banned-password list.
status-PasswordBanned-fix = The user chooses a less common password.
status-PasswordBreached-explain = The password is in the list of passwords known from data breaches (policy.breached_passwords_file).
status-PasswordBreached-fix = The user chooses a password they have never used anywhere else.
status-PasswordTooWeak-explain = The password is easier to guess than the portal's minimum strength allows (policy.min_strength).
status-PasswordTooWeak-fix = The user chooses a longer password, such as three or four unrelated words.

status-InvalidCurrentPassword-explain = The current password given was wrong.
status-InvalidCurrentPassword-fix = The user retries, or uses reset if the current password is forgotten.

status-OnPremisesConnectivityError-explain = No domain controller could be reached, or it did not answer in time.
status-OnPremisesConnectivityError-fix = Check that the domain controllers are up and reachable on 636/389; run `sspr doctor`.

status-OnPremisesAdminActionRequired-explain = The directory refused the operation for a reason only an administrator can fix (permissions, protected account, or TLS trust).
# "Reset Password" is the name of the permission in Active Directory; lockoutTime and pwdLastSet are attribute names.
status-OnPremisesAdminActionRequired-fix = Run `sspr doctor`: grant the service account Reset Password and write on lockoutTime/pwdLastSet, or handle protected accounts by hand.

status-UserNotEnabledForSSPR-explain = The user is not in the self-service password reset scope.
status-UserNotEnabledForSSPR-fix = Add the user to the self-service group, or change sspr.enabled_for.

status-UserNotProperlyConfigured-explain = The user has not registered enough verification methods.
status-UserNotProperlyConfigured-fix = The user registers methods at /register, or the helpdesk helps them.

status-WritebackNotEnabled-explain = This operation is disabled in the portal configuration.
status-WritebackNotEnabled-fix = Enable the operation in the configuration if it should be offered.

status-AccountDisabled-explain = The account is disabled in Active Directory.
status-AccountDisabled-fix = An administrator enables the account in Active Directory, if it should be.

status-VerificationFailed-explain = A verification code was wrong or expired.
status-VerificationFailed-fix = The user requests a new code and tries again.

status-TooManyAttempts-explain = Too many attempts; the user is temporarily blocked.
status-TooManyAttempts-fix = Wait for the block to expire; investigate if it repeats.

status-UserNotFound-explain = No directory account matched what the user typed.
status-UserNotFound-fix = Check the spelling; the user may use their user name, UPN or email.

status-DirectoryBusy-explain = The domain controller answered but was saturated: the request waited its turn up to directory.write_queue_timeout and was turned away. Nothing was changed.
status-DirectoryBusy-fix = The user tries again in a moment. If it happens often, raise directory.write_queue_timeout, or add domain controllers to directory.urls.

status-WritebackInterrupted-explain = The portal stopped (a crash or a kill) while the password write was in flight; re-reading the account afterwards showed the directory did not apply it.
status-WritebackInterrupted-fix = The user tries again; nothing was changed. Look at why the portal stopped (service logs).

# adminCount=1 is an attribute and its value; keep it as it is.
status-ProtectedAccount-explain = The account is privileged (adminCount=1, a member of a protected group or of the helpdesk group, or the service account): sspr never resets or unlocks it.
status-ProtectedAccount-fix = A directory administrator resets or unlocks it with their own tools (Active Directory Users and Computers, PowerShell), after verifying the person in person.
