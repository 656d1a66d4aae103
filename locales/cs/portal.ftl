# Stránky samoobsluhy: resetování zapomenutého hesla, odemknutí účtu a registrace metod
# (e-mailová adresa, ověřovací aplikace), kterými člověk prokazuje svou totožnost.
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words. { $helpdesk } is how to reach the helpdesk, as the operator wrote it (a phone
# number, an address or a web page).

## Reset, unlock: the steps

# The last step of the progress indicator (after "Identify" and "Verify").
reset-step-last = Nové heslo
unlock-step-last = Odemknutí
# The last step when a signed-in person proves a method before changing their methods.
register-step-last = Změna metod

reset-title = Resetujte si heslo
reset-lead = Zapomněli jste heslo? Ověřte, že jste to vy, a zvolte si nové.
unlock-title = Odemkněte si účet
unlock-lead = Účet se vám po příliš mnoha pokusech uzamkl? Ověřte, že jste to vy, a my ho odemkneme. Heslo zůstane stejné.
# Shown to a signed-in person who must prove one of their methods before changing them.
register-prove-title = Ověřte, že jste to vy
register-prove-lead = Pokud chcete své registrované metody změnit, ověřte jednu z nich.

recover-username-label = Uživatelské jméno nebo e-mailová adresa
recover-username-hint = Například jnovak, jnovak@example.com nebo EXAMPLE\jnovak
recover-continue = Pokračovat
# The link on the "Your session has ended" page.
recover-start-again = Začít znovu

unlock-not-offered-title = Odemknutí účtu tady není k dispozici
unlock-not-offered-message = Tato služba hesel účty neodemyká.
unlock-not-offered-next = Místo toho si resetujte heslo (tím se účet také odemkne), nebo se obraťte na technickou podporu ({ $helpdesk }).
# The button on the "Unlocking is not offered here" page.
unlock-not-offered-link = Resetovat heslo

## Verify: the code step

verify-title = Ověřte, že jste to vy
# The title after one method was proved, when a second one is needed.
verify-title-second = Ještě jedno ověření
verify-first-passed = První ověření proběhlo úspěšně.
verify-email-lead = Pokud tento účet může používat samoobsluhu, poslali jsme kód na jeho registrovanou e-mailovou adresu. Doručení může trvat minutu.
verify-totp-lead = Otevřete ověřovací aplikaci, kterou jste si zaregistrovali, a zadejte šestimístný kód, který právě zobrazuje.
verify-email-label = Kód z e-mailu
verify-totp-label = Kód z aplikace
verify-submit = Ověřit
verify-resend = Poslat nový kód
verify-use-email = Použít místo toho kód zaslaný e-mailem
verify-use-totp = Použít místo toho ověřovací aplikaci
verify-no-method = Nemáte e-mail ani aplikaci? Možná nejste k samoobsluze zaregistrovaní: obraťte se na technickou podporu ({ $helpdesk }).
verify-wrong = { $left ->
    [one] Tento kód není správný. Zbývá vám { $left } pokus.
    [few] Tento kód není správný. Zbývají vám { $left } pokusy.
    [many] Tento kód není správný. Zbývá vám { $left } pokusu.
   *[other] Tento kód není správný. Zbývá vám { $left } pokusů.
}
verify-expired = Platnost tohoto kódu vypršela. Nechte si poslat nový a použijte ho do 10 minut.
verify-replayed = Tento kód už byl použit. Počkejte, až aplikace zobrazí další kód, a zadejte ho.
verify-resent = Pokud má tento účet registrovanou e-mailovou adresu, nový kód je na cestě. Funguje jen nejnovější kód.

## Reset: the new password

reset-password-title = Zvolte si nové heslo
reset-password-lead = Ověřili jste, že jste to vy. Zvolte si heslo, které jste dosud nepoužili.
reset-new-password = Nové heslo
reset-confirm-password = Zadejte ho znovu
# Followed by a word the page's script fills in (weak, fair, strong...).
reset-strength = Síla:
reset-set-password = Nastavit nové heslo
reset-mismatch = Hesla se neshodují. Zadejte do obou polí stejné heslo.

## Reset, unlock: the result

reset-done-title = Vaše heslo bylo resetováno
reset-done-message = Nové heslo už funguje a váš účet je odemčený, pokud byl uzamčený.
reset-done-next = Přihlaste se novým heslem. Poslali jsme vám e-mail s informací o této změně.
unlock-done-title = Váš účet je odemčený
unlock-done-message = Můžete se znovu přihlásit svým aktuálním heslem.
unlock-done-next = Pokud si heslo nepamatujete, resetujte ho.
register-verified-title = Ověřeno
register-verified-message = Ověřili jste jednu ze svých metod.
register-verified-next = Teď můžete své metody změnit.
recover-disabled-title = Tento účet je zakázaný
recover-disabled-message = Zakázaný účet tady nelze resetovat ani odemknout.
recover-disabled-next = Obraťte se na technickou podporu: { $helpdesk }.
recover-refused-title = Tady to udělat nemůžeme
recover-refused-message = Tento účet nelze změnit pomocí samoobsluhy.
recover-refused-next = Obraťte se na technickou podporu ({ $helpdesk }), pomůže vám hned.

## Register: signing in

register-signin-title = Nastavit samoobsluhu
register-signin-lead = Přihlaste se aktuálním heslem a zaregistrujte si e-mailovou adresu nebo ověřovací aplikaci. Pokud heslo někdy zapomenete, prokážete jimi svou totožnost.
register-username-label = Uživatelské jméno nebo e-mailová adresa
register-password-label = Heslo
register-signin = Přihlásit se
# The link back to the sign-in page when a registration visit has to start over.
register-sign-in-again = Přihlásit se znovu
register-unavailable-title = Registrace není k dispozici
register-unavailable-privileged = Samoobslužné resetování hesla není k dispozici pro privilegované účty (správce a pracovníky technické podpory).
register-unavailable-not-enabled = Samoobslužné resetování hesla není pro váš účet povolené.
register-unavailable-next = S heslem vám pomůže technická podpora: { $helpdesk }.

## Register: the methods page

# The names of the verification methods.
method-email = Kód e-mailem
method-totp = Ověřovací aplikace

register-title = Vaše ověřovací metody
# { $name } is the signed-in person's name; { $required } how many methods a reset needs
# (the [1] variant is for exactly one, the other for any other number).
register-lead = { $required ->
    [1] Přihlášený uživatel: { $name }. K resetování hesla stačí jedna metoda; dvě jsou lepší.
   *[other] Přihlášený uživatel: { $name }. K resetování hesla potřebujete dvě metody.
}
register-none = Zatím nemáte žádné metody: přidejte si jednu hned, abyste si později mohli pomoct sami.
# { $date } is the day the method was registered.
register-added = Přidáno { $date }
register-remove = Odebrat
register-locked = Pokud chcete metodu přidat, nahradit nebo odebrat, nejdřív ověřte některou, kterou už máte. Samotné heslo ke změně nestačí.
register-prove = Ověřit, že jste to vy
register-change-email = Změnit e-mailovou adresu
register-add-email = Přidat e-mailovou adresu
register-email-hint = Použijte osobní adresu, kterou si přečtete, i když se nemůžete přihlásit do práce, ne pracovní poštovní schránku.
register-email-label = E-mailová adresa
register-send-code = Poslat potvrzovací kód
register-replace-totp = Nahradit ověřovací aplikaci
register-add-totp = Přidat ověřovací aplikaci
register-totp-hint = Funguje Microsoft Authenticator, Google Authenticator, 1Password a další.
register-set-up-totp = Nastavit ověřovací aplikaci
register-sign-out = Odhlásit se

# One-line notices at the top of the methods page, after a step.
register-notice-stepped-up = Ověřeno. Teď můžete své metody změnit.
register-notice-email = Vaše e-mailová adresa je zaregistrovaná.
register-notice-totp = Vaše ověřovací aplikace je zaregistrovaná.
register-notice-removed-email = Kód e-mailem byl odebrán.
register-notice-removed-totp = Ověřovací aplikace byla odebrána.

## Register: confirming an email address

register-email-title = Potvrďte svou e-mailovou adresu
# { $address } is the address, partly hidden (al***@ex***.com).
register-email-lead = Poslali jsme kód na adresu { $address }. Dokončete to tak, že ho zadáte sem.
register-code-from-email = Kód z e-mailu
register-confirm = Potvrdit
register-back = Zpět
register-email-wrong = Tento kód není správný nebo vypršela jeho platnost. Zkontrolujte nejnovější e-mail, nebo se vraťte a nechte si poslat nový kód.

## Register: setting up an authenticator app

register-totp-title = Nastavte si ověřovací aplikaci
register-totp-lead = V aplikaci přidejte účet a naskenujte tento kód. Nemůžete ho naskenovat? Zadejte místo toho klíč níže.
# Followed by the secret key, for typing into the app by hand.
register-totp-key = Klíč:
register-totp-code-label = Šestimístný kód, který zobrazuje aplikace
register-totp-wrong = Tento kód není správný. Zkontrolujte hodiny v zařízení s aplikací a zadejte kód, který aplikace právě zobrazuje.

## Passkeys

method-passkey = Přístupový klíč
verify-use-passkey = Použít místo toho přístupový klíč
verify-passkey-lead = Použijte přístupový klíč, který jste pro tento účet zaregistrovali: v tomto zařízení, v telefonu nebo na bezpečnostním klíči.
verify-passkey-start = Použít přístupový klíč
verify-passkey-title = Použijte svůj přístupový klíč
verify-passkey-go = Pokračovat s přístupovým klíčem
verify-passkey-wrong = { $left ->
    [one] Tento přístupový klíč neověřil, že jste to vy. Zbývá vám { $left } pokus.
    [few] Tento přístupový klíč neověřil, že jste to vy. Zbývají vám { $left } pokusy.
    [many] Tento přístupový klíč neověřil, že jste to vy. Zbývá vám { $left } pokusu.
   *[other] Tento přístupový klíč neověřil, že jste to vy. Zbývá vám { $left } pokusů.
}
verify-passkey-expired = Platnost tohoto požadavku na přístupový klíč vypršela. Začněte znovu volbou „Použít přístupový klíč“.
verify-passkey-replayed = Tato odpověď přístupového klíče už byla použita. Začněte znovu volbou „Použít přístupový klíč“.
passkey-back-to-methods = Použít jinou metodu
passkey-failed = Prohlížeč neposkytl žádný přístupový klíč: požadavek byl zrušen nebo vypršel jeho časový limit, nebo toto zařízení nemá pro tento web žádný přístupový klíč. Zkuste to znovu, nebo použijte jinou metodu.
passkey-unsupported = Tento prohlížeč nemůže používat přístupové klíče. Použijte jinou metodu nebo jiný prohlížeč.
passkey-needs-script = Přístupové klíče vyžadují JavaScript, který je v tomto prohlížeči vypnutý. Použijte jinou metodu, nebo JavaScript zapněte.
passkey-none = Prohlížeč neposkytl žádný přístupový klíč. Zkuste to znovu, nebo použijte jinou metodu.
passkey-bad = Odpověď prohlížeče se nepodařilo přečíst. Zkuste to znovu.
register-passkeys = Vaše přístupové klíče
register-passkey-used = naposledy použit { $date }
register-passkey-never-used = zatím nepoužit
register-add-passkey = Přidat přístupový klíč
register-passkey-hint = Přístupový klíč ověří, že jste to vy, pomocí zámku obrazovky vašeho zařízení (otisku prstu, obličeje nebo kódu PIN). Nic nemusíte psát a falešný web ho nemůže použít.
register-passkey-name-label = Název tohoto přístupového klíče, například „Pracovní notebook“
register-passkey-add = Přidat přístupový klíč
register-passkey-name-empty = Pojmenujte přístupový klíč, abyste později své přístupové klíče od sebe rozeznali.
register-passkey-name-bad = Použijte název o nejvýše 64 znacích.
register-passkey-too-many = { $n ->
    [one] Máte { $n } přístupový klíč, což je nejvíc, kolik může jeden účet mít. Nejdřív ho odeberte.
    [few] Máte { $n } přístupové klíče, což je nejvíc, kolik může jeden účet mít. Nejdřív jeden odeberte.
    [many] Máte { $n } přístupového klíče, což je nejvíc, kolik může jeden účet mít. Nejdřív jeden odeberte.
   *[other] Máte { $n } přístupových klíčů, což je nejvíc, kolik může jeden účet mít. Nejdřív jeden odeberte.
}
register-passkey-title = Vytvořte si přístupový klíč
register-passkey-lead = Prohlížeč vás požádá, abyste vytvořili přístupový klíč s názvem „{ $name }“ a potvrdili to zámkem obrazovky.
register-passkey-go = Vytvořit přístupový klíč
register-passkey-failed = Přístupový klíč nebyl zaregistrován: odpověď prohlížeče neodpovídala tomuto požadavku. Zkuste ho přidat znovu.
register-passkey-already = Tento přístupový klíč už je zaregistrovaný.
register-notice-passkey = Váš přístupový klíč je zaregistrovaný.
register-notice-removed-passkey = Přístupový klíč byl odebrán.
