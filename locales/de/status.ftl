# Statusgründe, wie die Helpdesk-Konsole sie erklärt: was passiert ist (`-explain`) und was
# ein Administrator dagegen tun kann (`-fix`). The reason names themselves (the part after
# `status-`) are codes from Microsoft Entra's audit log: they are not translated.
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words. Text in `backticks` and setting names such as directory.write_queue_timeout are
# commands and configuration keys: keep them as they are.

status-Success-explain = Der Vorgang wurde abgeschlossen.
status-Success-fix = Nichts zu tun.

status-OnPremisesPolicyViolation-TooShort-explain = Active Directory hat das Kennwort abgelehnt: Es ist kürzer als die Mindestlänge.
status-OnPremisesPolicyViolation-NotComplex-explain = Active Directory hat das Kennwort abgelehnt: Es erfüllt die Komplexitätsanforderungen nicht.
status-OnPremisesPolicyViolation-InHistory-explain = Active Directory hat das Kennwort abgelehnt: Es ist eines der letzten Kennwörter des Benutzers.
status-OnPremisesPolicyViolation-TooYoung-explain = Active Directory hat die Änderung abgelehnt: Das minimale Kennwortalter ist seit der letzten Änderung noch nicht abgelaufen.
status-OnPremisesPolicyViolation-CannotChange-explain = Active Directory hat die Änderung abgelehnt: Das Konto ist so eingestellt, dass der Benutzer das Kennwort nicht ändern kann.
status-OnPremisesPolicyViolation-Unknown-explain = Active Directory hat das Kennwort gemäß seiner Richtlinie abgelehnt (Kennwortchronik oder ein Kennwortfilter; Windows gibt nicht an, welches von beiden).
# The fix for a password refused under the policy (too short, not complex, in history, unknown).
status-OnPremisesPolicyViolation-fix = Der Benutzer wählt ein Kennwort, das die auf der Seite angezeigte Richtlinie erfüllt.
status-OnPremisesPolicyViolation-TooYoung-fix = Warten Sie, bis das minimale Kennwortalter abgelaufen ist, oder lassen Sie das Kennwort vom Helpdesk zurücksetzen.
# "User cannot change password" is the name of the setting in Active Directory Users and Computers.
status-OnPremisesPolicyViolation-CannotChange-fix = Deaktivieren Sie am Konto „Benutzer kann Kennwort nicht ändern“ (User cannot change password), oder lassen Sie das Kennwort vom Helpdesk zurücksetzen.

status-PasswordBanned-explain = Das Kennwort steht auf der Liste gesperrter Kennwörter des Portals.
status-PasswordBanned-fix = Der Benutzer wählt ein weniger gängiges Kennwort.
status-PasswordBreached-explain = Das Kennwort steht in der Liste der aus Datenlecks bekannten Kennwörter (policy.breached_passwords_file).
status-PasswordBreached-fix = Der Benutzer wählt ein Kennwort, das er noch nirgendwo anders verwendet hat.
status-PasswordTooWeak-explain = Das Kennwort ist leichter zu erraten, als es die Mindeststärke des Portals zulässt (policy.min_strength).
status-PasswordTooWeak-fix = Der Benutzer wählt ein längeres Kennwort, z. B. drei oder vier Wörter, die nichts miteinander zu tun haben.

status-InvalidCurrentPassword-explain = Das angegebene aktuelle Kennwort war falsch.
status-InvalidCurrentPassword-fix = Der Benutzer versucht es erneut oder setzt das Kennwort zurück, wenn er das aktuelle vergessen hat.

status-OnPremisesConnectivityError-explain = Kein Domänencontroller war erreichbar, oder er hat nicht rechtzeitig geantwortet.
status-OnPremisesConnectivityError-fix = Prüfen Sie, ob die Domänencontroller laufen und über 636/389 erreichbar sind; führen Sie `sspr doctor` aus.

status-OnPremisesAdminActionRequired-explain = Das Verzeichnis hat den Vorgang aus einem Grund abgelehnt, den nur ein Administrator beheben kann (Berechtigungen, geschütztes Konto oder TLS-Vertrauensstellung).
# "Reset Password" is the name of the permission in Active Directory; lockoutTime and pwdLastSet are attribute names.
status-OnPremisesAdminActionRequired-fix = Führen Sie `sspr doctor` aus: Erteilen Sie dem Dienstkonto „Kennwort zurücksetzen“ (Reset Password) und Schreibzugriff auf lockoutTime/pwdLastSet, oder bearbeiten Sie geschützte Konten manuell.

status-UserNotEnabledForSSPR-explain = Der Benutzer gehört nicht zum Bereich der Self-Service-Kennwortzurücksetzung.
status-UserNotEnabledForSSPR-fix = Fügen Sie den Benutzer der Self-Service-Gruppe hinzu, oder ändern Sie sspr.enabled_for.

status-UserNotProperlyConfigured-explain = Der Benutzer hat nicht genügend Überprüfungsmethoden registriert.
status-UserNotProperlyConfigured-fix = Der Benutzer registriert Methoden unter /register, oder der Helpdesk hilft ihm dabei.

status-WritebackNotEnabled-explain = Dieser Vorgang ist in der Portalkonfiguration deaktiviert.
status-WritebackNotEnabled-fix = Aktivieren Sie den Vorgang in der Konfiguration, wenn er angeboten werden soll.

status-AccountDisabled-explain = Das Konto ist in Active Directory deaktiviert.
status-AccountDisabled-fix = Ein Administrator aktiviert das Konto in Active Directory, falls es aktiv sein soll.

status-VerificationFailed-explain = Ein Bestätigungscode war falsch oder abgelaufen.
status-VerificationFailed-fix = Der Benutzer fordert einen neuen Code an und versucht es erneut.

status-TooManyAttempts-explain = Zu viele Versuche; der Benutzer ist vorübergehend blockiert.
status-TooManyAttempts-fix = Warten Sie, bis die Sperre abläuft; untersuchen Sie die Ursache, wenn es wieder vorkommt.

status-UserNotFound-explain = Zu der Eingabe des Benutzers wurde kein Verzeichniskonto gefunden.
status-UserNotFound-fix = Prüfen Sie die Schreibweise; der Benutzer kann seinen Benutzernamen, UPN oder seine E-Mail-Adresse verwenden.

status-DirectoryBusy-explain = Der Domänencontroller hat geantwortet, war aber ausgelastet: Die Anfrage hat bis zu directory.write_queue_timeout gewartet und wurde dann abgewiesen. Es wurde nichts geändert.
status-DirectoryBusy-fix = Der Benutzer versucht es gleich noch einmal. Wenn das häufig vorkommt, erhöhen Sie directory.write_queue_timeout, oder fügen Sie directory.urls weitere Domänencontroller hinzu.

status-WritebackInterrupted-explain = Das Portal wurde beendet (Absturz oder Kill), während das Kennwort geschrieben wurde; beim erneuten Lesen des Kontos zeigte sich, dass das Verzeichnis es nicht übernommen hat.
status-WritebackInterrupted-fix = Der Benutzer versucht es erneut; es wurde nichts geändert. Prüfen Sie, warum das Portal beendet wurde (Dienstprotokolle).

# adminCount=1 is an attribute and its value; keep it as it is.
status-ProtectedAccount-explain = Das Konto ist privilegiert (adminCount=1, Mitglied einer geschützten Gruppe oder der Helpdesk-Gruppe, oder das Dienstkonto): sspr setzt es niemals zurück und entsperrt es niemals.
status-ProtectedAccount-fix = Ein Verzeichnisadministrator setzt es mit eigenen Tools zurück oder entsperrt es (Active Directory-Benutzer und -Computer, PowerShell), nachdem er die Person persönlich überprüft hat.
