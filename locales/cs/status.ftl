# Důvody stavu, jak je vysvětluje konzole helpdesku: co se stalo (`-explain`) a co s tím může
# udělat správce (`-fix`). The reason names themselves (the part after
# `status-`) are codes from Microsoft Entra's audit log: they are not translated.
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words. Text in `backticks` and setting names such as directory.write_queue_timeout are
# commands and configuration keys: keep them as they are.

status-Success-explain = Operace byla dokončena.
status-Success-fix = Není potřeba nic dělat.

status-OnPremisesPolicyViolation-TooShort-explain = Active Directory heslo odmítla: je kratší než minimální délka.
status-OnPremisesPolicyViolation-NotComplex-explain = Active Directory heslo odmítla: nesplňuje požadavky na složitost.
status-OnPremisesPolicyViolation-InHistory-explain = Active Directory heslo odmítla: je to jedno z nedávných hesel uživatele.
status-OnPremisesPolicyViolation-TooYoung-explain = Active Directory změnu odmítla: od poslední změny ještě neuplynulo minimální stáří hesla.
status-OnPremisesPolicyViolation-CannotChange-explain = Active Directory změnu odmítla: účet je nastavený tak, že uživatel nemůže heslo změnit.
status-OnPremisesPolicyViolation-Unknown-explain = Active Directory heslo odmítla podle svých zásad (historie nebo filtr hesel; Windows neuvádí, který z nich).
# The fix for a password refused under the policy (too short, not complex, in history, unknown).
status-OnPremisesPolicyViolation-fix = Uživatel zvolí heslo, které splňuje zásady zobrazené na stránce.
status-OnPremisesPolicyViolation-TooYoung-fix = Počkejte, až uplyne minimální stáří hesla, nebo nechte heslo resetovat technickou podporou.
# "User cannot change password" is the name of the setting in Active Directory Users and Computers.
status-OnPremisesPolicyViolation-CannotChange-fix = U účtu zrušte zaškrtnutí „Uživatel nemůže změnit heslo“ (User cannot change password), nebo nechte heslo resetovat technickou podporou.

status-PasswordBanned-explain = Heslo je na seznamu zakázaných hesel portálu.
status-PasswordBanned-fix = Uživatel zvolí méně běžné heslo.
status-PasswordBreached-explain = Heslo je na seznamu hesel známých z úniků dat (policy.breached_passwords_file).
status-PasswordBreached-fix = Uživatel zvolí heslo, které ještě nikde jinde nepoužil.
status-PasswordTooWeak-explain = Heslo je snadněji uhodnutelné, než dovoluje minimální síla hesla nastavená v portálu (policy.min_strength).
status-PasswordTooWeak-fix = Uživatel zvolí delší heslo, například tři nebo čtyři nesouvisející slova.

status-InvalidCurrentPassword-explain = Zadané aktuální heslo nebylo správné.
status-InvalidCurrentPassword-fix = Uživatel to zkusí znovu, nebo použije resetování, pokud aktuální heslo zapomněl.

status-OnPremisesConnectivityError-explain = Nepodařilo se spojit s žádným řadičem domény, nebo neodpověděl včas.
status-OnPremisesConnectivityError-fix = Zkontrolujte, že řadiče domény běží a jsou dostupné na portech 636/389; spusťte `sspr doctor`.

status-OnPremisesAdminActionRequired-explain = Adresář operaci odmítl z důvodu, který může vyřešit jen správce (oprávnění, chráněný účet nebo důvěryhodnost TLS).
# "Reset Password" is the name of the permission in Active Directory; lockoutTime and pwdLastSet are attribute names.
status-OnPremisesAdminActionRequired-fix = Spusťte `sspr doctor`: udělte účtu služby oprávnění Reset Password a zápis do lockoutTime/pwdLastSet, nebo chráněné účty řešte ručně.

status-UserNotEnabledForSSPR-explain = Uživatel nespadá do rozsahu samoobslužného resetování hesla.
status-UserNotEnabledForSSPR-fix = Přidejte uživatele do skupiny pro samoobsluhu, nebo změňte sspr.enabled_for.

status-UserNotProperlyConfigured-explain = Uživatel nemá zaregistrovaný dostatek ověřovacích metod.
status-UserNotProperlyConfigured-fix = Uživatel si metody zaregistruje na /register, nebo mu pomůže technická podpora.

status-WritebackNotEnabled-explain = Tato operace je v konfiguraci portálu zakázaná.
status-WritebackNotEnabled-fix = Pokud má být operace dostupná, povolte ji v konfiguraci.

status-AccountDisabled-explain = Účet je v Active Directory zakázaný.
status-AccountDisabled-fix = Správce účet v Active Directory povolí, pokud to tak má být.

status-VerificationFailed-explain = Ověřovací kód byl nesprávný nebo mu vypršela platnost.
status-VerificationFailed-fix = Uživatel si vyžádá nový kód a zkusí to znovu.

status-TooManyAttempts-explain = Příliš mnoho pokusů; uživatel je dočasně zablokovaný.
status-TooManyAttempts-fix = Počkejte, až blokování vyprší; pokud se to opakuje, prošetřete to.

status-UserNotFound-explain = Tomu, co uživatel zadal, neodpovídá žádný účet v adresáři.
status-UserNotFound-fix = Zkontrolujte pravopis; uživatel může použít své uživatelské jméno, UPN nebo e-mail.

status-DirectoryBusy-explain = Řadič domény odpověděl, ale byl přetížený: požadavek čekal ve frontě až do vypršení directory.write_queue_timeout a byl odmítnut. Nic se nezměnilo.
status-DirectoryBusy-fix = Uživatel to za chvíli zkusí znovu. Pokud se to stává často, zvyšte directory.write_queue_timeout nebo přidejte řadiče domény do directory.urls.

status-WritebackInterrupted-explain = Portál se zastavil (pád nebo ukončení procesu) během zápisu hesla; opětovné načtení účtu ukázalo, že adresář změnu nepoužil.
status-WritebackInterrupted-fix = Uživatel to zkusí znovu; nic se nezměnilo. Zjistěte, proč se portál zastavil (protokoly služby).

# adminCount=1 is an attribute and its value; keep it as it is.
status-ProtectedAccount-explain = Účet je privilegovaný (adminCount=1, člen chráněné skupiny nebo skupiny helpdesku, nebo účet služby): sspr ho nikdy neresetuje ani neodemyká.
status-ProtectedAccount-fix = Správce adresáře ho resetuje nebo odemkne vlastními nástroji (Uživatelé a počítače služby Active Directory, PowerShell) po osobním ověření totožnosti dané osoby.
