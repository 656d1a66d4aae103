# Die Self-Service-Seiten: ein vergessenes Kennwort zurücksetzen, ein Konto entsperren und die
# Methoden registrieren (eine E-Mail-Adresse, eine Authenticator-App), mit denen jemand seine Identität nachweist.
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words. { $helpdesk } is how to reach the helpdesk, as the operator wrote it (a phone
# number, an address or a web page).

## Reset, unlock: the steps

# The last step of the progress indicator (after "Identify" and "Verify").
reset-step-last = Neues Kennwort
unlock-step-last = Entsperren
# The last step when a signed-in person proves a method before changing their methods.
register-step-last = Methoden ändern

reset-title = Kennwort zurücksetzen
reset-lead = Kennwort vergessen? Bestätigen Sie Ihre Identität, und wählen Sie ein neues.
unlock-title = Konto entsperren
unlock-lead = Nach zu vielen Versuchen gesperrt? Bestätigen Sie Ihre Identität, und wir entsperren Ihr Konto. Ihr Kennwort bleibt gleich.
# Shown to a signed-in person who must prove one of their methods before changing them.
register-prove-title = Bestätigen Sie Ihre Identität
register-prove-lead = Bestätigen Sie eine Ihrer registrierten Methoden, um Ihre Methoden zu ändern.

recover-username-label = Benutzername oder E-Mail-Adresse
recover-username-hint = Zum Beispiel jsmith, jsmith@example.com oder EXAMPLE\jsmith
recover-continue = Weiter
# The link on the "Your session has ended" page.
recover-start-again = Erneut beginnen

unlock-not-offered-title = Entsperren wird hier nicht angeboten
unlock-not-offered-message = Dieser Kennwortdienst entsperrt keine Konten.
unlock-not-offered-next = Setzen Sie stattdessen Ihr Kennwort zurück (damit wird das Konto auch entsperrt), oder wenden Sie sich an { $helpdesk }.
# The button on the "Unlocking is not offered here" page.
unlock-not-offered-link = Kennwort zurücksetzen

## Verify: the code step

verify-title = Bestätigen Sie Ihre Identität
# The title after one method was proved, when a second one is needed.
verify-title-second = Noch eine Überprüfung
verify-first-passed = Erste Überprüfung bestanden.
verify-email-lead = Wenn dieses Konto den Self-Service nutzen kann, haben wir einen Code an die registrierte E-Mail-Adresse gesendet. Es kann eine Minute dauern, bis er ankommt.
verify-totp-lead = Öffnen Sie die registrierte Authenticator-App, und geben Sie den 6-stelligen Code ein, der gerade angezeigt wird.
verify-email-label = Code aus der E-Mail
verify-totp-label = Code aus Ihrer App
verify-submit = Bestätigen
verify-resend = Neuen Code senden
verify-use-email = Stattdessen einen Code per E-Mail verwenden
verify-use-totp = Stattdessen Ihre Authenticator-App verwenden
verify-no-method = Keine E-Mail und keine App? Vielleicht haben Sie sich nicht für den Self-Service registriert: Wenden Sie sich an { $helpdesk }.
verify-wrong = { $left ->
    [one] Dieser Code ist falsch. Sie haben noch { $left } Versuch.
   *[other] Dieser Code ist falsch. Sie haben noch { $left } Versuche.
}
verify-expired = Dieser Code ist abgelaufen. Fordern Sie einen neuen an, und verwenden Sie ihn innerhalb von 10 Minuten.
verify-replayed = Dieser Code wurde bereits verwendet. Warten Sie, bis Ihre App den nächsten Code anzeigt, und geben Sie diesen ein.
verify-resent = Wenn für dieses Konto eine E-Mail-Adresse registriert ist, ist ein neuer Code unterwegs. Nur der neueste Code funktioniert.

## Reset: the new password

reset-password-title = Neues Kennwort wählen
reset-password-lead = Ihre Identität ist bestätigt. Wählen Sie ein Kennwort, das Sie noch nie verwendet haben.
reset-new-password = Neues Kennwort
reset-confirm-password = Erneut eingeben
# Followed by a word the page's script fills in (weak, fair, strong...).
reset-strength = Stärke:
reset-set-password = Neues Kennwort festlegen
reset-mismatch = Die beiden Kennwörter stimmen nicht überein. Geben Sie in beide Felder dasselbe Kennwort ein.

## Reset, unlock: the result

reset-done-title = Ihr Kennwort wurde zurückgesetzt
reset-done-message = Ihr neues Kennwort gilt ab sofort, und Ihr Konto ist entsperrt, falls es gesperrt war.
reset-done-next = Melden Sie sich mit Ihrem neuen Kennwort an. Wir haben Ihnen eine E-Mail zu dieser Änderung gesendet.
unlock-done-title = Ihr Konto ist entsperrt
unlock-done-message = Sie können sich wieder mit Ihrem aktuellen Kennwort anmelden.
unlock-done-next = Wenn Sie Ihr Kennwort nicht mehr wissen, setzen Sie es stattdessen zurück.
register-verified-title = Bestätigt
register-verified-message = Sie haben eine Ihrer Methoden bestätigt.
register-verified-next = Sie können Ihre Methoden jetzt ändern.
recover-disabled-title = Dieses Konto ist deaktiviert
recover-disabled-message = Ein deaktiviertes Konto kann hier nicht zurückgesetzt oder entsperrt werden.
recover-disabled-next = Wenden Sie sich an { $helpdesk }.
recover-refused-title = Das ist hier nicht möglich
recover-refused-message = Dieses Konto kann nicht über den Self-Service geändert werden.
recover-refused-next = Wenden Sie sich an { $helpdesk }; dort kann Ihnen sofort geholfen werden.

## Register: signing in

register-signin-title = Self-Service einrichten
register-signin-lead = Melden Sie sich mit Ihrem aktuellen Kennwort an, um eine E-Mail-Adresse oder eine Authenticator-App zu registrieren. Damit bestätigen Sie Ihre Identität, falls Sie Ihr Kennwort einmal vergessen.
register-username-label = Benutzername oder E-Mail-Adresse
register-password-label = Kennwort
register-signin = Anmelden
# The link back to the sign-in page when a registration visit has to start over.
register-sign-in-again = Erneut anmelden
register-unavailable-title = Registrierung nicht verfügbar
register-unavailable-privileged = Die Self-Service-Kennwortzurücksetzung ist für privilegierte Konten (Administratoren und Helpdesk-Mitarbeiter) nicht verfügbar.
register-unavailable-not-enabled = Die Self-Service-Kennwortzurücksetzung ist für Ihr Konto nicht aktiviert.
register-unavailable-next = Wenden Sie sich an { $helpdesk }, wenn Sie Hilfe mit Ihrem Kennwort benötigen.

## Register: the methods page

# The names of the verification methods.
method-email = E-Mail-Code
method-totp = Authenticator-App

register-title = Ihre Überprüfungsmethoden
# { $name } is the signed-in person's name; { $required } how many methods a reset needs
# (the [1] variant is for exactly one, the other for any other number).
register-lead = { $required ->
    [1] Angemeldet als { $name }. Eine Methode genügt, um Ihr Kennwort zurückzusetzen; zwei sind besser.
   *[other] Angemeldet als { $name }. Sie benötigen zwei Methoden, um Ihr Kennwort zurückzusetzen.
}
register-none = Sie haben noch keine Methoden: Fügen Sie jetzt eine hinzu, damit Sie sich später selbst helfen können.
# { $date } is the day the method was registered.
register-added = Hinzugefügt am { $date }
register-remove = Entfernen
register-locked = Um eine Methode hinzuzufügen, zu ersetzen oder zu entfernen, bestätigen Sie zuerst eine vorhandene. Ein Kennwort allein genügt dafür nicht.
register-prove = Identität bestätigen
register-change-email = E-Mail-Adresse ändern
register-add-email = E-Mail-Adresse hinzufügen
register-email-hint = Verwenden Sie eine private Adresse, die Sie lesen können, wenn Sie sich nicht bei der Arbeit anmelden können – nicht Ihr Arbeitspostfach.
register-email-label = E-Mail-Adresse
register-send-code = Bestätigungscode senden
register-replace-totp = Authenticator-App ersetzen
register-add-totp = Authenticator-App hinzufügen
register-totp-hint = Microsoft Authenticator, Google Authenticator, 1Password und andere Apps funktionieren.
register-set-up-totp = Authenticator-App einrichten
register-sign-out = Abmelden

# One-line notices at the top of the methods page, after a step.
register-notice-stepped-up = Bestätigt. Sie können Ihre Methoden jetzt ändern.
register-notice-email = Ihre E-Mail-Adresse ist registriert.
register-notice-totp = Ihre Authenticator-App ist registriert.
register-notice-removed-email = E-Mail-Code entfernt.
register-notice-removed-totp = Authenticator-App entfernt.

## Register: confirming an email address

register-email-title = E-Mail-Adresse bestätigen
# { $address } is the address, partly hidden (al***@ex***.com).
register-email-lead = Wir haben einen Code an { $address } gesendet. Geben Sie ihn hier ein, um den Vorgang abzuschließen.
register-code-from-email = Code aus der E-Mail
register-confirm = Bestätigen
register-back = Zurück
register-email-wrong = Dieser Code ist falsch oder abgelaufen. Prüfen Sie die neueste E-Mail, oder gehen Sie zurück, und fordern Sie einen neuen Code an.

## Register: setting up an authenticator app

register-totp-title = Authenticator-App einrichten
register-totp-lead = Fügen Sie in Ihrer App ein Konto hinzu, und scannen Sie diesen Code. Scannen nicht möglich? Geben Sie stattdessen den Schlüssel unten ein.
# Followed by the secret key, for typing into the app by hand.
register-totp-key = Schlüssel:
register-totp-code-label = Der 6-stellige Code, den Ihre App anzeigt
register-totp-wrong = Dieser Code ist falsch. Prüfen Sie die Uhrzeit der App, und geben Sie den Code ein, der gerade angezeigt wird.

## Passkeys

method-passkey = Passkey
verify-use-passkey = Stattdessen einen Passkey verwenden
verify-passkey-lead = Verwenden Sie einen Passkey, den Sie für dieses Konto registriert haben: auf diesem Gerät, auf Ihrem Smartphone oder auf einem Sicherheitsschlüssel.
verify-passkey-start = Passkey verwenden
verify-passkey-title = Ihren Passkey verwenden
verify-passkey-go = Mit Passkey fortfahren
verify-passkey-wrong = { $left ->
    [one] Dieser Passkey hat Ihre Identität nicht bestätigt. Sie haben noch { $left } Versuch.
   *[other] Dieser Passkey hat Ihre Identität nicht bestätigt. Sie haben noch { $left } Versuche.
}
verify-passkey-expired = Diese Passkey-Anfrage ist abgelaufen. Wählen Sie „Passkey verwenden“, um neu zu beginnen.
verify-passkey-replayed = Diese Passkey-Antwort wurde bereits verwendet. Wählen Sie „Passkey verwenden“, um neu zu beginnen.
passkey-back-to-methods = Andere Methode verwenden
passkey-failed = Ihr Browser hat keinen Passkey geliefert: Die Anfrage wurde abgebrochen oder hat zu lange gedauert, oder auf diesem Gerät gibt es keinen Passkey für diese Website. Versuchen Sie es erneut, oder verwenden Sie eine andere Methode.
passkey-unsupported = Dieser Browser kann keine Passkeys verwenden. Verwenden Sie eine andere Methode oder einen anderen Browser.
passkey-needs-script = Passkeys benötigen JavaScript, das in diesem Browser deaktiviert ist. Verwenden Sie eine andere Methode, oder aktivieren Sie JavaScript.
passkey-none = Ihr Browser hat keinen Passkey geliefert. Versuchen Sie es erneut, oder verwenden Sie eine andere Methode.
passkey-bad = Die Antwort Ihres Browsers konnte nicht gelesen werden. Versuchen Sie es erneut.
register-passkeys = Ihre Passkeys
register-passkey-used = zuletzt verwendet am { $date }
register-passkey-never-used = noch nicht verwendet
register-add-passkey = Passkey hinzufügen
register-passkey-hint = Ein Passkey bestätigt Ihre Identität mit der Bildschirmsperre Ihres Geräts (Fingerabdruck, Gesicht oder PIN). Sie müssen nichts eingeben, und eine gefälschte Website kann ihn nicht verwenden.
register-passkey-name-label = Ein Name für diesen Passkey, zum Beispiel „Arbeits-Laptop“
register-passkey-add = Passkey hinzufügen
register-passkey-name-empty = Geben Sie dem Passkey einen Namen, damit Sie Ihre Passkeys später unterscheiden können.
register-passkey-name-bad = Verwenden Sie einen Namen mit höchstens 64 Zeichen.
register-passkey-too-many = { $n ->
    [one] Sie haben { $n } Passkey, das Maximum für ein Konto. Entfernen Sie ihn zuerst.
   *[other] Sie haben { $n } Passkeys, das Maximum für ein Konto. Entfernen Sie zuerst einen davon.
}
register-passkey-title = Passkey erstellen
register-passkey-lead = Ihr Browser fordert Sie auf, einen Passkey namens „{ $name }“ zu erstellen und mit Ihrer Bildschirmsperre zu bestätigen.
register-passkey-go = Passkey erstellen
register-passkey-failed = Der Passkey wurde nicht registriert: Die Antwort Ihres Browsers passte nicht zu dieser Anfrage. Versuchen Sie erneut, ihn hinzuzufügen.
register-passkey-already = Dieser Passkey ist bereits registriert.
register-notice-passkey = Ihr Passkey ist registriert.
register-notice-removed-passkey = Passkey entfernt.
