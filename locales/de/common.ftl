# Wörter, die alle Seiten gemeinsam haben: der Rahmen um jede Seite, die Sprachauswahl, Datumsangaben.
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words. `format-*` messages are strftime patterns (https://docs.rs/chrono/latest/chrono/format/strftime/).

# The language's name in itself, shown in the language switcher.
language-name = Deutsch
language-switcher = Sprache

format-datetime = %d.%m.%Y, %H:%M %Z
format-date = %d.%m.%Y

service-name = Kennwortdienst
service-home = Startseite des Kennwortdiensts
skip-to-content = Zum Inhalt springen
need-help = Benötigen Sie Hilfe? Wenden Sie sich an { $helpdesk }.

steps-label = Fortschritt
step-identify = Identifizieren
step-verify = Bestätigen

home-title = Was möchten Sie tun?
home-lead = Erhalten Sie in einer Minute wieder Zugriff auf Ihr { $org }-Konto, ohne auf den Helpdesk zu warten.
home-reset = Kennwort zurücksetzen
home-reset-hint = Ich habe es vergessen
home-unlock = Konto entsperren
home-unlock-hint = Ich kenne mein Kennwort, bin aber gesperrt
home-change = Kennwort ändern
home-change-hint = Ich kenne es, oder es ist abgelaufen
home-register = Self-Service einrichten
home-register-hint = Registrieren Sie eine E-Mail-Adresse oder Authenticator-App, bevor Sie sie brauchen

back-to-start = Zurück zum Anfang
go-to-start = Zum Anfang

not-found-title = Seite nicht gefunden
not-found-message = Unter dieser Adresse gibt es keine Seite.
not-found-next = Beginnen Sie erneut auf der ersten Seite des Kennwortdiensts.

blocked-title = Zu viele Versuche
blocked-message = Zu Ihrer Sicherheit ist der Self-Service nach zu vielen Versuchen eine Weile gesperrt.
blocked-next = Versuchen Sie es nach { $when } erneut. Wenn Sie früher Zugriff benötigen, wenden Sie sich an Ihren Helpdesk.

busy-title = Gerade sehr ausgelastet
busy-message = Im Moment ändern sehr viele Personen ihr Kennwort, und Ihre Anfrage konnte nicht rechtzeitig bearbeitet werden. Es wurde nichts geändert.
busy-next = { $seconds ->
    [one] Bitte versuchen Sie es in { $seconds } Sekunde erneut.
   *[other] Bitte versuchen Sie es in { $seconds } Sekunden erneut.
}

unavailable-title = Bitte versuchen Sie es in ein paar Minuten erneut
unavailable-message = Das Verzeichnis war gerade nicht erreichbar. Es wurde nichts geändert.
unavailable-next = Versuchen Sie es in ein paar Minuten erneut. Wenn das Problem weiterhin auftritt, wenden Sie sich an Ihren Helpdesk.

session-ended-title = Ihre Sitzung ist abgelaufen
session-ended-message = Zu Ihrer Sicherheit funktioniert dieser Schritt nur kurze Zeit nach dem vorherigen und nur im selben Browser.
session-ended-next = Beginnen Sie erneut – es dauert nur eine Minute.

not-right = Benutzername oder Kennwort ist falsch, oder das Konto ist gesperrt oder deaktiviert. Kennwort vergessen? Setzen Sie es zurück. Gesperrt? Entsperren Sie zuerst Ihr Konto.

bad-form = Diese Anfrage war kein Formular, das wir verarbeiten können. Gehen Sie zurück, laden Sie die Seite neu, und versuchen Sie es erneut.
form-expired-title = Dieses Formular ist abgelaufen
form-expired-message = Zu Ihrer Sicherheit funktionieren Formulare nur eine Zeit lang und nur in dem Browserfenster, in dem sie geöffnet wurden. Gehen Sie zurück, laden Sie die Seite neu, und versuchen Sie es erneut.
form-too-large = Dieses Formular war zu groß.
form-too-slow = Dieses Formular kam zu spät an. Gehen Sie zurück, laden Sie die Seite neu, und versuchen Sie es erneut.
too-slow = Das dauert länger als vorgesehen. Wenn Sie gerade Ihr Kennwort ändern, zurücksetzen oder Ihr Konto entsperren wollten, hat es vielleicht trotzdem funktioniert: Versuchen Sie, sich anzumelden, bevor Sie es erneut versuchen.
internal-error = Bei uns ist ein Fehler aufgetreten. Bitte versuchen Sie es erneut.

input-username-empty = Geben Sie Ihren Benutzernamen oder Ihre E-Mail-Adresse ein.
input-username-bad = Das sieht nicht wie ein Benutzername aus. Verwenden Sie nur Buchstaben, Ziffern und . - _ @ \
input-password-bad = Kennwörter dürfen höchstens 256 Zeichen lang sein und keine Steuerzeichen enthalten.
input-email-empty = Geben Sie eine E-Mail-Adresse ein.
input-email-bad = Geben Sie eine E-Mail-Adresse wie name@example.com ein.
input-code-empty = Geben Sie den Code ein.
input-code-bad = Codes bestehen nur aus Ziffern.
input-current-password-empty = Geben Sie Ihr aktuelles Kennwort ein.
input-new-password-empty = Geben Sie ein neues Kennwort ein.
input-password-empty = Geben Sie Ihr Kennwort ein.

# After a password change or reset, following "Sign in with your new password…". $minutes is
# how long the organisation's domain controllers keep accepting the old password over older
# Windows connections (60 unless the organisation changed it).
done-old-password = { $minutes ->
    [one] Bei manchen Windows-Verbindungen, etwa bei verbundenen Netzlaufwerken, kann Ihr bisheriges Kennwort noch bis zu { $minutes } Minute lang funktionieren. Das ist normal: Verwenden Sie ab jetzt überall das neue Kennwort.
   *[other] Bei manchen Windows-Verbindungen, etwa bei verbundenen Netzlaufwerken, kann Ihr bisheriges Kennwort noch bis zu { $minutes } Minuten lang funktionieren. Das ist normal: Verwenden Sie ab jetzt überall das neue Kennwort.
}
