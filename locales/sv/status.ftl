# Status reasons, as the helpdesk console explains them: what happened (`-explain`) and what
# an administrator can do about it (`-fix`). The reason names themselves (the part after
# `status-`) are codes from Microsoft Entra's audit log: they are not translated.
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words. Text in `backticks` and setting names such as directory.write_queue_timeout are
# commands and configuration keys: keep them as they are.

status-Success-explain = Åtgärden slutfördes.
status-Success-fix = Ingen åtgärd krävs.

status-OnPremisesPolicyViolation-TooShort-explain = Active Directory nekade lösenordet: det är kortare än minimilängden.
status-OnPremisesPolicyViolation-NotComplex-explain = Active Directory nekade lösenordet: det uppfyller inte komplexitetskraven.
status-OnPremisesPolicyViolation-InHistory-explain = Active Directory nekade lösenordet: det är ett av användarens senaste lösenord.
status-OnPremisesPolicyViolation-TooYoung-explain = Active Directory nekade ändringen: den minsta lösenordsåldern har inte passerats sedan den senaste ändringen.
status-OnPremisesPolicyViolation-CannotChange-explain = Active Directory nekade ändringen: kontot är inställt så att användaren inte kan ändra lösenordet.
status-OnPremisesPolicyViolation-Unknown-explain = Active Directory nekade lösenordet enligt sin princip (historik eller ett lösenordsfilter; Windows anger inte vilket).
# The fix for a password refused under the policy (too short, not complex, in history, unknown).
status-OnPremisesPolicyViolation-fix = Användaren väljer ett lösenord som uppfyller principen som visas på sidan.
status-OnPremisesPolicyViolation-TooYoung-fix = Vänta tills den minsta lösenordsåldern har passerats, eller låt helpdesk återställa lösenordet.
# "User cannot change password" is the name of the setting in Active Directory Users and Computers.
status-OnPremisesPolicyViolation-CannotChange-fix = Avmarkera ”Användaren kan inte ändra lösenordet” på kontot, eller låt helpdesk återställa det.

status-PasswordBanned-explain = Lösenordet finns på portalens lista över förbjudna lösenord.
status-PasswordBanned-fix = Användaren väljer ett mindre vanligt lösenord.
status-PasswordBreached-explain = Lösenordet finns i listan över lösenord som är kända från dataintrång (policy.breached_passwords_file).
status-PasswordBreached-fix = Användaren väljer ett lösenord som aldrig har använts någon annanstans.
status-PasswordTooWeak-explain = Lösenordet är lättare att gissa än vad portalens lägsta styrka tillåter (policy.min_strength).
status-PasswordTooWeak-fix = Användaren väljer ett längre lösenord, till exempel tre eller fyra ord som inte hör ihop.

status-InvalidCurrentPassword-explain = Det angivna nuvarande lösenordet var fel.
status-InvalidCurrentPassword-fix = Användaren försöker igen, eller använder återställning om det nuvarande lösenordet är glömt.

status-OnPremisesConnectivityError-explain = Ingen domänkontrollant kunde nås, eller så svarade den inte i tid.
status-OnPremisesConnectivityError-fix = Kontrollera att domänkontrollanterna är igång och nåbara på 636/389; kör `sspr doctor`.

status-OnPremisesAdminActionRequired-explain = Katalogen nekade åtgärden av ett skäl som bara en administratör kan åtgärda (behörigheter, skyddat konto eller TLS-förtroende).
# "Reset Password" is the name of the permission in Active Directory; lockoutTime and pwdLastSet are attribute names.
status-OnPremisesAdminActionRequired-fix = Kör `sspr doctor`: ge tjänstkontot behörigheten Reset Password och skrivbehörighet för lockoutTime/pwdLastSet, eller hantera skyddade konton manuellt.

status-UserNotEnabledForSSPR-explain = Användaren omfattas inte av självbetjäning för återställning av lösenord.
status-UserNotEnabledForSSPR-fix = Lägg till användaren i självbetjäningsgruppen, eller ändra sspr.enabled_for.

status-UserNotProperlyConfigured-explain = Användaren har inte registrerat tillräckligt många verifieringsmetoder.
status-UserNotProperlyConfigured-fix = Användaren registrerar metoder på /register, eller så hjälper helpdesk användaren.

status-WritebackNotEnabled-explain = Den här åtgärden är inaktiverad i portalens konfiguration.
status-WritebackNotEnabled-fix = Aktivera åtgärden i konfigurationen om den ska erbjudas.

status-AccountDisabled-explain = Kontot är inaktiverat i Active Directory.
status-AccountDisabled-fix = En administratör aktiverar kontot i Active Directory, om det ska vara aktivt.

status-VerificationFailed-explain = En verifieringskod var fel eller hade upphört att gälla.
status-VerificationFailed-fix = Användaren begär en ny kod och försöker igen.

status-TooManyAttempts-explain = För många försök; användaren är tillfälligt blockerad.
status-TooManyAttempts-fix = Vänta tills blockeringen upphör; undersök saken om det upprepas.

status-UserNotFound-explain = Inget katalogkonto matchade det som användaren skrev.
status-UserNotFound-fix = Kontrollera stavningen; användaren kan använda sitt användarnamn, UPN eller sin e-postadress.

status-DirectoryBusy-explain = Domänkontrollanten svarade men var överbelastad: begäran väntade på sin tur i upp till directory.write_queue_timeout och avvisades. Ingenting har ändrats.
status-DirectoryBusy-fix = Användaren försöker igen om en stund. Om det händer ofta kan du höja directory.write_queue_timeout eller lägga till domänkontrollanter i directory.urls.

status-WritebackInterrupted-explain = Portalen stoppades (en krasch eller en avslutad process) medan lösenordet skrevs; när kontot lästes igen efteråt visade det sig att katalogen inte hade tillämpat ändringen.
status-WritebackInterrupted-fix = Användaren försöker igen; ingenting har ändrats. Undersök varför portalen stoppades (tjänstens loggar).

# adminCount=1 is an attribute and its value; keep it as it is.
status-ProtectedAccount-explain = Kontot är privilegierat (adminCount=1, medlem i en skyddad grupp eller i helpdeskgruppen, eller tjänstkontot): sspr återställer eller låser aldrig upp det.
status-ProtectedAccount-fix = En katalogadministratör återställer eller låser upp det med sina egna verktyg (Active Directory-användare och -datorer, PowerShell), efter att ha verifierat personen på plats.
