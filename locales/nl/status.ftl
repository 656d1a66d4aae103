# Status reasons, as the helpdesk console explains them: what happened (`-explain`) and what
# an administrator can do about it (`-fix`). The reason names themselves (the part after
# `status-`) are codes from Microsoft Entra's audit log: they are not translated.
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words. Text in `backticks` and setting names such as directory.write_queue_timeout are
# commands and configuration keys: keep them as they are.

status-Success-explain = De bewerking is voltooid.
status-Success-fix = Er hoeft niets te gebeuren.

status-OnPremisesPolicyViolation-TooShort-explain = Active Directory heeft het wachtwoord geweigerd: het is korter dan de minimale lengte.
status-OnPremisesPolicyViolation-NotComplex-explain = Active Directory heeft het wachtwoord geweigerd: het voldoet niet aan de complexiteitsvereisten.
status-OnPremisesPolicyViolation-InHistory-explain = Active Directory heeft het wachtwoord geweigerd: het is een van de recente wachtwoorden van de gebruiker.
status-OnPremisesPolicyViolation-TooYoung-explain = Active Directory heeft de wijziging geweigerd: de minimale wachtwoordleeftijd is sinds de laatste wijziging nog niet verstreken.
status-OnPremisesPolicyViolation-CannotChange-explain = Active Directory heeft de wijziging geweigerd: het account is zo ingesteld dat de gebruiker het wachtwoord niet kan wijzigen.
status-OnPremisesPolicyViolation-Unknown-explain = Active Directory heeft het wachtwoord geweigerd op grond van het beleid (geschiedenis of een wachtwoordfilter; Windows zegt niet welke).
# The fix for a password refused under the policy (too short, not complex, in history, unknown).
status-OnPremisesPolicyViolation-fix = De gebruiker kiest een wachtwoord dat voldoet aan het beleid dat op de pagina staat.
status-OnPremisesPolicyViolation-TooYoung-fix = Wacht tot de minimale wachtwoordleeftijd is verstreken, of laat de helpdesk het wachtwoord opnieuw instellen.
# "User cannot change password" is the name of the setting in Active Directory Users and Computers.
status-OnPremisesPolicyViolation-CannotChange-fix = Schakel "Gebruiker kan wachtwoord niet wijzigen" (User cannot change password) uit voor het account, of laat de helpdesk het wachtwoord opnieuw instellen.

status-PasswordBanned-explain = Het wachtwoord staat op de lijst met verboden wachtwoorden van de portal.
status-PasswordBanned-fix = De gebruiker kiest een minder veelvoorkomend wachtwoord.
status-PasswordBreached-explain = Het wachtwoord staat in de lijst met wachtwoorden die bekend zijn uit datalekken (policy.breached_passwords_file).
status-PasswordBreached-fix = De gebruiker kiest een wachtwoord dat nog nergens anders is gebruikt.
status-PasswordTooWeak-explain = Het wachtwoord is makkelijker te raden dan de minimale sterkte van de portal toestaat (policy.min_strength).
status-PasswordTooWeak-fix = De gebruiker kiest een langer wachtwoord, zoals drie of vier woorden die niets met elkaar te maken hebben.

status-InvalidCurrentPassword-explain = Het opgegeven huidige wachtwoord was onjuist.
status-InvalidCurrentPassword-fix = De gebruiker probeert het opnieuw, of stelt het wachtwoord opnieuw in als het huidige wachtwoord vergeten is.

status-OnPremisesConnectivityError-explain = Er kon geen domeincontroller worden bereikt, of die antwoordde niet op tijd.
status-OnPremisesConnectivityError-fix = Controleer of de domeincontrollers actief en bereikbaar zijn via 636/389; voer `sspr doctor` uit.

status-OnPremisesAdminActionRequired-explain = De directory heeft de bewerking geweigerd om een reden die alleen een beheerder kan oplossen (machtigingen, beveiligd account of TLS-vertrouwen).
# "Reset Password" is the name of the permission in Active Directory; lockoutTime and pwdLastSet are attribute names.
status-OnPremisesAdminActionRequired-fix = Voer `sspr doctor` uit: geef het serviceaccount de machtiging Reset Password en schrijfrechten op lockoutTime/pwdLastSet, of handel beveiligde accounts handmatig af.

status-UserNotEnabledForSSPR-explain = De gebruiker valt niet binnen het bereik van selfservice voor wachtwoordherstel.
status-UserNotEnabledForSSPR-fix = Voeg de gebruiker toe aan de selfservicegroep, of wijzig sspr.enabled_for.

status-UserNotProperlyConfigured-explain = De gebruiker heeft niet genoeg verificatiemethoden geregistreerd.
status-UserNotProperlyConfigured-fix = De gebruiker registreert methoden op /register, of de helpdesk helpt daarbij.

status-WritebackNotEnabled-explain = Deze bewerking is uitgeschakeld in de configuratie van de portal.
status-WritebackNotEnabled-fix = Schakel de bewerking in de configuratie in als die moet worden aangeboden.

status-AccountDisabled-explain = Het account is uitgeschakeld in Active Directory.
status-AccountDisabled-fix = Een beheerder schakelt het account in Active Directory in, als dat de bedoeling is.

status-VerificationFailed-explain = Een verificatiecode was onjuist of verlopen.
status-VerificationFailed-fix = De gebruiker vraagt een nieuwe code aan en probeert het opnieuw.

status-TooManyAttempts-explain = Te veel pogingen; de gebruiker is tijdelijk geblokkeerd.
status-TooManyAttempts-fix = Wacht tot de blokkering verloopt; zoek uit wat er aan de hand is als het zich herhaalt.

status-UserNotFound-explain = Geen enkel directoryaccount kwam overeen met wat de gebruiker heeft getypt.
status-UserNotFound-fix = Controleer de spelling; de gebruiker kan de gebruikersnaam, UPN of het e-mailadres gebruiken.

status-DirectoryBusy-explain = De domeincontroller antwoordde, maar was overbelast: de aanvraag wachtte op zijn beurt tot directory.write_queue_timeout en werd daarna geweigerd. Er is niets gewijzigd.
status-DirectoryBusy-fix = De gebruiker probeert het zo meteen opnieuw. Gebeurt dit vaak, verhoog dan directory.write_queue_timeout of voeg domeincontrollers toe aan directory.urls.

status-WritebackInterrupted-explain = De portal stopte (door een crash of een kill) terwijl het wachtwoord werd weggeschreven; toen het account daarna opnieuw werd gelezen, bleek dat de directory het niet had toegepast.
status-WritebackInterrupted-fix = De gebruiker probeert het opnieuw; er is niets gewijzigd. Zoek uit waarom de portal stopte (servicelogboeken).

# adminCount=1 is an attribute and its value; keep it as it is.
status-ProtectedAccount-explain = Het account is bevoorrecht (adminCount=1, lid van een beveiligde groep of van de helpdeskgroep, of het serviceaccount): sspr stelt het nooit opnieuw in en ontgrendelt het nooit.
status-ProtectedAccount-fix = Een directorybeheerder stelt het opnieuw in of ontgrendelt het met eigen hulpmiddelen (Active Directory - gebruikers en computers, PowerShell), nadat de persoon persoonlijk is geverifieerd.
