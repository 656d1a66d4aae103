# Die Helpdesk-Konsole (/admin): Anmeldung, das Dashboard mit seinen Diagrammen, Benutzersuche, die
# Benutzerseite mit Diagnose und Aktionen, das Überwachungsprotokoll und der Zustand des Rückschreibens.
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words. Text in `backticks`, attribute names (adminCount, accountExpires, lockoutTime,
# pwdLastSet), setting names (sspr.enabled_for) and paths (/register, /change) are commands,
# directory names and addresses: keep them as they are. Activity names and status reasons
# (ResetSelfService, OnPremisesPolicyViolation…) are codes from the audit log: not translated.

## Frame of every console page

# The default title of a console page.
console-title = Helpdesk
# After each page's title, and at the top of every console page.
console-org-helpdesk = Helpdesk von { $org }
# The name of the console's navigation, for screen readers.
console-nav-label = Helpdesk
console-dashboard = Dashboard
console-users = Benutzer
console-audit = Überwachungsprotokoll
console-health = Zustand des Rückschreibens
console-sign-out = Abmelden
console-sign-in = Anmelden
console-none = —
console-yes = ja
console-no = nein
console-pager-label = Seiten
console-previous = Zurück
console-next = Weiter
console-page-of = Seite { $page } von { $pages }

## Sign-in

console-login-title = Helpdesk-Anmeldung
console-login-lead = Melden Sie sich mit Ihrem Verzeichniskonto an. Sie müssen Mitglied der Helpdesk-Gruppe sein und bestätigen die Anmeldung mit Ihrer Authenticator-App.
console-login-username = Benutzername
console-login-password = Kennwort
console-login-incomplete = Geben Sie Ihren Benutzernamen und Ihr Kennwort ein.
console-login-refused = Benutzername oder Kennwort ist falsch, oder dieses Konto ist kein Helpdesk-Konto.
console-no-mailbox-title = Kein Postfach zum Bestätigen der Einrichtung
console-no-mailbox-message = Zum Einrichten Ihres Helpdesk-Authenticators wird ein Code an Ihr Verzeichnispostfach gesendet, aber Ihr Konto hat keines.
console-no-mailbox-next = Bitten Sie einen Verzeichnisadministrator, Ihrem Konto eine E-Mail-Adresse hinzuzufügen.

console-totp-page-title = Helpdesk: Authenticator
console-totp-enrol-title = Authenticator einrichten
console-totp-enrol-lead = Jedes Helpdesk-Konto meldet sich mit einer Authenticator-App an. Wir haben einen Einrichtungscode an Ihr Arbeitspostfach gesendet: Ein Kennwort allein genügt nicht, um eine App einzurichten. Scannen Sie diesen Code (oder geben Sie den Schlüssel ein), und geben Sie dann beide Codes ein.
# Before the secret key of the authenticator being set up.
console-totp-key = Schlüssel:
console-totp-title = Authenticator-Code
console-totp-lead = Geben Sie den 6-stelligen Code ein, den Ihre Authenticator-App gerade anzeigt.
console-totp-enrol-code = Einrichtungscode aus Ihrer E-Mail
console-totp-code = Code aus Ihrer Authenticator-App
console-continue = Weiter
console-totp-wrong = Dieser Code ist falsch. Geben Sie den Code ein, den Ihre App gerade anzeigt.

## When a console page is refused

console-refused-title = Helpdesk-Anmeldung erforderlich
console-refused-next = Melden Sie sich mit Ihrem Helpdesk-Konto an.
console-refused-not-signed-in = Diese Seite ist für Helpdesk-Mitarbeiter, die sich mit Kennwort und Authenticator angemeldet haben.
console-refused-signed-out = Sie sind abgemeldet.
console-refused-idle = Sie wurden nach einer Zeit der Inaktivität abgemeldet.
console-refused-session-over = Ihre Konsolensitzung hat ihre Höchstdauer erreicht. Melden Sie sich erneut an, um fortzufahren.
console-role-lost-not-in-group = Ihr Konto ist nicht mehr Mitglied der Helpdesk-Gruppe.
console-role-lost-disabled = Ihr Konto wurde deaktiviert, daher wurde Ihre Helpdesk-Sitzung beendet.
console-role-lost-expired = Ihr Konto ist abgelaufen, daher wurde Ihre Helpdesk-Sitzung beendet.
console-role-lost-locked = Ihr Konto ist gesperrt, daher wurde Ihre Helpdesk-Sitzung beendet.
console-role-lost-password-expired = Ihr Kennwort ist abgelaufen oder muss geändert werden, daher wurde Ihre Helpdesk-Sitzung beendet. Ändern Sie es, und melden Sie sich dann erneut an.
console-role-lost-unverifiable = Das Verzeichnis konnte Ihre Helpdesk-Rolle gerade nicht bestätigen, daher wurde Ihre Sitzung beendet. Melden Sie sich gleich erneut an.

## Dashboard

# The headline of writeback health. $status is a code: active, degraded or down.
console-writeback-status = { $status ->
    [active] Rückschreiben: aktiv
    [degraded] Rückschreiben: eingeschränkt
   *[down] Rückschreiben: ausgefallen
}
console-details = Details
console-activity-caption = Zurücksetzungen, Änderungen, Entsperrungen und fehlgeschlagene Rückschreibvorgänge pro Tag.
console-reasons-caption = Warum Rückschreibvorgänge fehlgeschlagen sind.
# The dashboard's password-expiry reminder figures, over the same 30 days as the charts.
console-reminders-title = Erinnerungen an den Kennwortablauf, letzte 30 Tage
console-reminders-sent = { $n ->
    [one] { $n } Erinnerung gesendet.
   *[other] { $n } Erinnerungen gesendet.
}
# $n people changed (or reset) their password after a reminder; $sent reminders were sent.
console-reminders-changed = { $n ->
    [one] { $n } Person hat nach einer Erinnerung ihr Kennwort geändert.
   *[other] { $n } Personen haben nach einer Erinnerung ihr Kennwort geändert.
}

## Users

console-users-heading = Benutzer suchen
console-users-search-label = Name, Kontoname, UPN oder E-Mail
console-search = Suchen
console-search-too-short = { $n ->
    [one] Geben Sie mindestens { $n } Zeichen ein.
   *[other] Geben Sie mindestens { $n } Zeichen ein.
}
console-search-unavailable = Das Verzeichnis hat nicht geantwortet. Versuchen Sie es gleich noch einmal.
console-users-too-many = Mehr als { $max } Treffer: Die ersten { $max } werden angezeigt; verfeinern Sie die Suche.
console-users-matches = { $n ->
    [one] { $n } Treffer.
   *[other] { $n } Treffer.
}
console-col-account = Konto
console-col-name = Name
console-col-mail = E-Mail
console-col-state = Status
# Badges of an account in the search results.
console-flag-disabled = Deaktiviert
console-flag-locked = Gesperrt
console-flag-must-change = Änderung erforderlich
console-flag-protected = Geschützt
console-flag-ok = OK

## The user page

console-no-such-user-title = Benutzer nicht gefunden
console-no-such-user-message = Kein Konto hat diese Kennung (es wurde möglicherweise gelöscht).
console-no-such-user-next = Suchen Sie erneut.

console-account = Konto
# The account name, then the user principal name in brackets.
console-account-value = { $sam } ({ $upn })
console-fact-name = Name
console-fact-mail = E-Mail
console-fact-locked = Gesperrt
console-fact-locked-yes = ja, seit { $since }; wird am { $until } automatisch entsperrt
console-fact-bad-count = Anzahl falscher Kennwörter
console-fact-disabled = Deaktiviert
console-fact-password = Kennwort
console-password-must-change = muss bei der nächsten Anmeldung geändert werden
console-password-expired = abgelaufen
console-password-never-expires = läuft nie ab
console-password-expires = läuft am { $when } ab
console-fact-password-last-set = Kennwort zuletzt festgelegt
console-fact-protected = Geschützt (adminCount)
console-fact-privileged = Privilegiert
# Why an account is privileged. $kind: protected (adminCount=1), service (the account sspr
# binds as), helpdesk (in the helpdesk group) or group (in the protected group $group).
console-fact-privileged-yes = { $kind ->
    [protected] ja: ein geschütztes Konto (adminCount=1); es kann hier weder zurückgesetzt noch entsperrt werden
    [service] ja: das eigene Dienstkonto des Portals; es kann hier weder zurückgesetzt noch entsperrt werden
    [helpdesk] ja: ein Mitglied der Helpdesk-Gruppe; es kann hier weder zurückgesetzt noch entsperrt werden
   *[group] ja: ein Mitglied der geschützten Gruppe { $group }; es kann hier weder zurückgesetzt noch entsperrt werden
}
console-policy-pso = Differenzierte Richtlinie { $dn }
console-policy-domain = Domänenrichtlinie
console-policy-unreadable = Für das Dienstkonto nicht lesbar.

console-diagnosis = Diagnose
console-diagnosis-none = Nichts hindert diesen Benutzer daran, sein Kennwort selbst zurückzusetzen oder sein Konto selbst zu entsperren.

console-verify-caller = Anrufer überprüfen
console-verified = Überprüft
console-verified-recently = { $minutes ->
    [one] Sie haben diesen Anrufer in der letzten Minute überprüft.
   *[other] Sie haben diesen Anrufer in den letzten { $minutes } Minuten überprüft.
}
console-verify-lead = Prüfen Sie vor einer Aktion, ob der Anrufer der ist, für den er sich ausgibt: Senden Sie ihm einen Code an seine registrierte E-Mail-Adresse, oder fragen Sie nach seinem Authenticator-Code, und geben Sie ein, was er Ihnen vorliest.
console-email-code = Code per E-Mail senden
console-code-from = Code aus
console-code-from-email = seiner E-Mail
console-code-from-totp = seiner Authenticator-App
console-caller-code = Vom Anrufer vorgelesener Code
console-check = Prüfen
console-verify-no-methods = Keine registrierten Methoden: Überprüfen Sie den Anrufer auf andere Weise (persönlich, Rückruf an eine bekannte Nummer), und geben Sie bei der Aktion den Grund an.
console-caller-code-sent = Ein Code ist an die registrierte E-Mail-Adresse des Benutzers unterwegs. Bitten Sie den Anrufer, ihn Ihnen vorzulesen.
console-caller-no-email = Dieser Benutzer hat keine registrierte E-Mail-Adresse. Fragen Sie nach seinem Authenticator-Code, oder überprüfen Sie ihn auf andere Weise.
console-caller-verified = { $minutes ->
    [one] Anrufer überprüft. Sie können in der nächsten Minute Aktionen für dieses Konto ausführen.
   *[other] Anrufer überprüft. Sie können in den nächsten { $minutes } Minuten Aktionen für dieses Konto ausführen.
}
console-caller-wrong = Dieser Code ist falsch. Der Anrufer ist möglicherweise nicht der, für den er sich ausgibt.
console-back-to-user = Zurück zum Benutzer

console-actions = Aktionen
# $kind as for console-fact-privileged-yes.
console-privileged-notice = { $kind ->
    [protected] Dies ist ein geschütztes Konto (adminCount=1). sspr setzt privilegierte Konten weder zurück noch entsperrt es sie: Das übernimmt ein Verzeichnisadministrator mit eigenen Tools, nachdem er die Person überprüft hat.
    [service] Dies ist das eigene Dienstkonto des Portals. sspr setzt privilegierte Konten weder zurück noch entsperrt es sie: Das übernimmt ein Verzeichnisadministrator mit eigenen Tools, nachdem er die Person überprüft hat.
    [helpdesk] Dies ist ein Mitglied der Helpdesk-Gruppe. sspr setzt privilegierte Konten weder zurück noch entsperrt es sie: Das übernimmt ein Verzeichnisadministrator mit eigenen Tools, nachdem er die Person überprüft hat.
   *[group] Dies ist ein Mitglied der geschützten Gruppe { $group }. sspr setzt privilegierte Konten weder zurück noch entsperrt es sie: Das übernimmt ein Verzeichnisadministrator mit eigenen Tools, nachdem er die Person überprüft hat.
}
console-unlock = Entsperren
console-unlock-hint = Hebt die Sperre auf; das Kennwort bleibt gleich.
console-unlock-button = Entsperren…
console-reset = Kennwort zurücksetzen
console-new-password = Neues Kennwort
console-mode-generate = Generieren (wird einmal angezeigt)
console-mode-typed = Selbst eingeben
console-typed-password = Eingegebenes Kennwort
console-typed-password-empty = Geben Sie das neue Kennwort ein, oder lassen Sie eines generieren.
console-must-change = Bei der nächsten Anmeldung ändern
console-also-unlock = Auch entsperren
console-reset-button = Zurücksetzen…
console-unblock = Authenticator freigeben
console-unblock-hint = Blockiert nach zu vielen falschen Codes in Folge.
console-unblock-button = Freigeben…
console-clear = Registrierte Methoden löschen
console-clear-hint = Bei verlorenem Telefon oder alter Adresse; der Benutzer registriert sich erneut.
console-clear-button = Löschen…

console-password-policy = Kennwortrichtlinie
console-registered-methods = Registrierte Methoden
console-nothing = Keine.
console-method-since = seit { $when }
console-recent-activity = Letzte Aktivitäten
console-col-time = Zeit
console-col-activity = Aktivität
console-col-result = Ergebnis
console-col-by = Ausgeführt von
console-col-detail = Details
console-full-history = Vollständiger Verlauf

## Confirming an action, and its result

console-confirm-password = Das neue Kennwort (erneut eingeben)
console-confirm-unverified = Sie haben diesen Anrufer nicht mit einem Code überprüft. Wenn Sie ihn auf andere Weise überprüft haben, geben Sie an, wie: Das wird im Überwachungsprotokoll festgehalten.
console-confirm-how = Wie Sie den Anrufer überprüft haben
console-confirm-yes = Ja, ausführen
console-cancel = Abbrechen

console-reset-confirm-title = Kennwort zurücksetzen?
# $must_change and $unlock are yes or no: what the helpdesk chose with the reset.
console-reset-confirm = { $must_change ->
    [yes] { $unlock ->
        [yes] Das Kennwort von { $name } ({ $sam }) zurücksetzen, mit Änderungspflicht bei der nächsten Anmeldung, und das Konto entsperren.
       *[no] Das Kennwort von { $name } ({ $sam }) zurücksetzen, mit Änderungspflicht bei der nächsten Anmeldung.
    }
   *[no] { $unlock ->
        [yes] Das Kennwort von { $name } ({ $sam }) zurücksetzen und das Konto entsperren.
       *[no] Das Kennwort von { $name } ({ $sam }) zurücksetzen.
    }
}
console-reset-done-title = Kennwort zurückgesetzt
console-reset-done = { $must_change ->
    [yes] Das Kennwort von { $sam } wurde zurückgesetzt; es muss bei der nächsten Anmeldung geändert werden. Der Benutzer wurde per E-Mail benachrichtigt.
   *[no] Das Kennwort von { $sam } wurde zurückgesetzt. Der Benutzer wurde per E-Mail benachrichtigt.
}
console-reset-failed = Das Zurücksetzen wurde nicht ausgeführt
console-secret-once = Neues Kennwort (wird einmal angezeigt; lesen Sie es dem Benutzer vor, schreiben Sie es nicht auf):
console-back-to = Zurück zu { $sam }

console-unlock-confirm-title = Konto entsperren?
console-unlock-confirm = Das Konto von { $name } ({ $sam }) entsperren. Das Kennwort bleibt gleich.
console-unlock-done-title = Konto entsperrt
console-unlock-done = { $sam } kann sich wieder anmelden. Der Benutzer wurde per E-Mail benachrichtigt.
console-unlock-failed = Das Entsperren wurde nicht ausgeführt

console-clear-confirm-title = Registrierte Methoden löschen?
console-clear-confirm = Alle registrierten Überprüfungsmethoden von { $sam } entfernen. Der Benutzer muss sich erneut registrieren.
console-clear-done-title = Methoden gelöscht
console-clear-done = { $n ->
    [one] { $n } Methode entfernt; { $sam } wurde per E-Mail benachrichtigt.
   *[other] { $n } Methoden entfernt; { $sam } wurde per E-Mail benachrichtigt.
}

console-unblock-confirm-title = Authenticator freigeben?
console-unblock-confirm = Den Authenticator von { $sam } freigeben: Seine Codes zählen wieder, und der Zähler für falsche Codes beginnt wieder bei null.
console-unblock-done-title = Authenticator freigegeben
console-unblock-done = Der Authenticator von { $sam } funktioniert wieder; der Benutzer wurde per E-Mail benachrichtigt.

# Why a writeback failed: what happened, then what to do (both status-* messages).
console-explain-fix = { $explain } { $fix }

## Audit log

console-verify-chain = Hashkette überprüfen
console-chain-intact = Hashkette intakt
console-chain-verified = { $rows ->
    [one] { $rows } Zeile mit dem Schlüssel überprüft.
   *[other] { $rows } Zeilen mit dem Schlüssel überprüft.
}
# Rows written before the audit log was chained with a key.
console-chain-legacy-covered = { $legacy ->
    [one] { $legacy } davon stammt aus der Zeit vor der schlüsselgesicherten Kette und ist durch die nachfolgenden schlüsselgesicherten Zeilen abgedeckt.
   *[other] { $legacy } davon stammen aus der Zeit vor der schlüsselgesicherten Kette und sind durch die nachfolgenden schlüsselgesicherten Zeilen abgedeckt.
}
console-chain-legacy-uncovered = { $legacy ->
    [one] { $legacy } davon stammt aus der Zeit vor der schlüsselgesicherten Kette, und noch keine schlüsselgesicherte Zeile deckt sie ab.
   *[other] { $legacy } davon stammen aus der Zeit vor der schlüsselgesicherten Kette, und noch keine schlüsselgesicherte Zeile deckt sie ab.
}
console-chain-broken = Hashkette unterbrochen
console-filter-user = Benutzer
console-filter-activity = Aktivität
console-any = Alle
console-filter-status = Status
# The two values of an audit row's status.
console-status-success = Erfolg
console-status-failure = Fehler
console-filter-reason = Statusgrund
console-filter-from = Von
console-filter-to = Bis
console-filter = Filtern
console-audit-rows = { $n ->
    [one] { $n } Zeile.
   *[other] { $n } Zeilen.
}
console-export = Diese Ansicht exportieren:
console-export-csv = CSV
console-export-jsonl = JSON-Zeilen
console-col-status = Status
console-col-reason = Grund
console-col-user = Benutzer
console-col-client = Client

## Writeback health

console-health-last-check = Letzte Prüfung
console-never = nie
console-health-last-success = Letzter erfolgreicher Rückschreibvorgang
console-none-yet = noch keiner
console-health-failures = Fehler in 24 Stunden
console-health-failures-value = { $attempts ->
    [one] { $failed } von { $attempts } Rückschreibvorgang wegen Verbindung oder Berechtigungen fehlgeschlagen
   *[other] { $failed } von { $attempts } Rückschreibvorgängen wegen Verbindung oder Berechtigungen fehlgeschlagen
}
console-health-run = Prüfungen jetzt ausführen

health-not-run = Der Heartbeat ist noch nicht gelaufen.
health-no-domain-controller = Beim letzten Heartbeat hat kein Domänencontroller das Dienstkonto akzeptiert.
health-checks-failed = { $n ->
    [one] { $n } Prüfung ist beim letzten Heartbeat fehlgeschlagen.
   *[other] { $n } Prüfungen sind beim letzten Heartbeat fehlgeschlagen.
}
health-failure-rate = { $attempts ->
    [one] { $failed } von { $attempts } Rückschreibvorgang ist in 24 Stunden wegen Verbindung oder Berechtigungen fehlgeschlagen.
   *[other] { $failed } von { $attempts } Rückschreibvorgängen sind in 24 Stunden wegen Verbindung oder Berechtigungen fehlgeschlagen.
}
health-all-passed = Beim letzten Heartbeat waren alle Prüfungen erfolgreich.

## Diagnosis findings on the user page: a title, the facts, and what to do

finding-privileged-title = Privilegiertes Konto
# $kind as for console-fact-privileged-yes. The fix is status-ProtectedAccount-fix.
finding-privileged-detail = { $kind ->
    [protected] Dies ist ein geschütztes Konto (adminCount=1). sspr setzt privilegierte Konten niemals zurück und entsperrt sie niemals, weder per Self-Service noch hier.
    [service] Dies ist das eigene Dienstkonto des Portals. sspr setzt privilegierte Konten niemals zurück und entsperrt sie niemals, weder per Self-Service noch hier.
    [helpdesk] Dies ist ein Mitglied der Helpdesk-Gruppe. sspr setzt privilegierte Konten niemals zurück und entsperrt sie niemals, weder per Self-Service noch hier.
   *[group] Dies ist ein Mitglied der geschützten Gruppe { $group }. sspr setzt privilegierte Konten niemals zurück und entsperrt sie niemals, weder per Self-Service noch hier.
}

finding-not-in-scope-title = Nicht im Self-Service-Bereich
# $scope is group (self-service is for the members of $group) or none (switched off).
finding-not-in-scope-detail = { $scope ->
    [group] Der Self-Service ist für Mitglieder von { $group } aktiviert; dieser Benutzer ist keines (weder direkt noch über Verschachtelung).
   *[none] Der Self-Service ist ausgeschaltet (sspr.enabled_for = "none").
}
finding-not-in-scope-fix = Fügen Sie den Benutzer der Self-Service-Gruppe hinzu, oder setzen Sie das Kennwort hier für ihn zurück bzw. entsperren Sie das Konto hier.

finding-directory-unreachable-title = Verzeichnis nicht erreichbar
# $error is what the directory said, in English.
finding-directory-unreachable-detail = { $error }
finding-directory-unreachable-fix = Prüfen Sie die Domänencontroller (Seite „Zustand des Rückschreibens“).

finding-not-registered-title = Nicht registriert
finding-not-registered-detail = { $required ->
    [one] { $registered } von { $required } erforderlichen Überprüfungsmethode registriert.
   *[other] { $registered } von { $required } erforderlichen Überprüfungsmethoden registriert.
}
finding-not-registered-fix = Der Benutzer registriert sich unter /register, solange er sein Kennwort noch kennt; heute setzen Sie es hier für ihn zurück, nachdem Sie den Anrufer auf andere Weise überprüft haben.

finding-disabled-title = Konto deaktiviert
finding-disabled-detail = Das Konto ist in Active Directory deaktiviert: Niemand kann sich damit anmelden.
finding-disabled-fix = Aktivieren Sie es in Active Directory, wenn es verwendet werden soll (keine Helpdesk-Aktion hier).

finding-expired-title = Konto abgelaufen
finding-expired-detail = accountExpires liegt in der Vergangenheit.
finding-expired-fix = Verlängern Sie das Ablaufdatum des Kontos in Active Directory.

finding-missing-rights-title = Dem Dienstkonto fehlen Rechte für diesen Benutzer
# $rights is a list of directory permission and attribute names.
finding-missing-rights-detail = Fehlt für dieses Konto: { $rights }.
finding-missing-rights-fix = Delegieren Sie dem Dienstkonto „Kennwort zurücksetzen“ (Reset Password) und Schreibzugriff auf lockoutTime/pwdLastSet in der OU dieses Benutzers (führen Sie `sspr doctor` aus).

finding-rights-unchecked-title = Rechte konnten nicht geprüft werden
finding-rights-unchecked-detail = { $error }
finding-rights-unchecked-fix = Führen Sie `sspr doctor` aus.

finding-too-young-title = Minimales Kennwortalter nicht erreicht
# $policy is fine-grained (a fine-grained password policy applies to the user) or domain.
finding-too-young-detail = { $policy ->
    [fine-grained] Das Kennwort wurde vor Kurzem geändert; gemäß der differenzierten Richtlinie kann der Benutzer es erst ab { $when } wieder ändern.
   *[domain] Das Kennwort wurde vor Kurzem geändert; gemäß der Domänenrichtlinie kann der Benutzer es erst ab { $when } wieder ändern.
}
finding-too-young-fix = Ein Zurücksetzen (per Self-Service oder hier) funktioniert weiterhin; ein Ändern erst ab diesem Zeitpunkt.

finding-cannot-change-title = Benutzer kann Kennwort nicht ändern
finding-cannot-change-detail = Das Konto ist so eingestellt, dass der Benutzer sein Kennwort nicht ändern kann.
finding-cannot-change-fix = Zurücksetzen funktioniert weiterhin; deaktivieren Sie die Einstellung in Active Directory, wenn auch Änderungen möglich sein sollen.

finding-locked-title = Gesperrt
finding-locked-detail = Gesperrt seit { $since }.
finding-locked-fix = Der Benutzer kann das Konto mit seinen Methoden entsperren, oder Sie entsperren es hier.

finding-must-change-title = Kennwort muss geändert werden
finding-must-change-detail = Das Kennwort ist abgelaufen oder muss bei der nächsten Anmeldung geändert werden.
finding-must-change-fix = Der Benutzer kann es unter /change mit seinem aktuellen Kennwort ändern oder sich an { $helpdesk } wenden.

finding-app-blocked-title = Authenticator-App blockiert
finding-console-blocked-title = Konsolen-Authenticator blockiert
finding-blocked-detail = { $failures } falsche Codes in Folge (Obergrenze: { $cap }): Der Authenticator gilt nicht mehr als Nachweis, bis er freigegeben wird.
finding-app-blocked-fix = Der Benutzer stellt den Zugriff mit einem Code per E-Mail wieder her (dadurch wird er freigegeben), oder Sie geben ihn hier frei, nachdem Sie den Anrufer überprüft haben.
finding-console-blocked-fix = Geben Sie ihn hier frei, nachdem Sie den Administrator auf andere Weise überprüft haben; wenn er diese Codes nicht eingegeben hat, hat es jemand anderes getan.

## Charts on the dashboard

chart-activity-title = Rückschreibvorgänge pro Tag, letzte 30 Tage
chart-resets = Zurücksetzungen
chart-changes = Änderungen
chart-unlocks = Entsperrungen
chart-failures = Fehler
chart-reasons-title = Fehler nach Statusgrund, letzte 30 Tage
chart-no-activity = Keine Aktivität in diesem Zeitraum
chart-no-failures = Keine Fehler in diesem Zeitraum
chart-no-failures-desc = Keine Fehler in diesem Zeitraum.
# Hover title of one bar segment: the day, the series (Resets…) and its count.
chart-segment = { $label } { $series }: { $value }
# Hover title of one row: a status reason and its count.
chart-row = { $label }: { $value }
# One item of a chart's summary for screen readers: a name and its count.
chart-item = { $label } { $value }
# Between the items of a chart's summary.
chart-list-separator = {", "}
# A chart's summary for screen readers. $unit is days (one bar per day) or periods.
chart-totals = { $unit ->
    [days] { $n ->
        [one] Summen über { $n } Tag: { $items }.
       *[other] Summen über { $n } Tage: { $items }.
    }
   *[periods] { $n ->
        [one] Summen über { $n } Zeitraum: { $items }.
       *[other] Summen über { $n } Zeiträume: { $items }.
    }
}
chart-totals-none = { $unit ->
    [days] { $n ->
        [one] Summen über { $n } Tag: keine Daten.
       *[other] Summen über { $n } Tage: keine Daten.
    }
   *[periods] { $n ->
        [one] Summen über { $n } Zeitraum: keine Daten.
       *[other] Summen über { $n } Zeiträume: keine Daten.
    }
}
chart-top = Am häufigsten: { $items }.
chart-top-more = Am häufigsten: { $items } und { $more } weitere.

## Passkeys: the helpdesk user page, and signing in to the console with one

console-user-passkeys = Passkeys
console-passkey-added-on = hinzugefügt am { $date }
console-passkey-last-used = zuletzt verwendet am { $date }
console-passkey-never-used = noch nicht verwendet
console-passkey-use = Stattdessen mit einem Passkey anmelden
console-passkey-title = Mit Ihrem Passkey anmelden
console-passkey-lead = Ihr Browser fragt nach dem Passkey, den Sie für die Helpdesk-Konsole hinzugefügt haben.
console-passkey-go = Mit Passkey fortfahren
console-passkey-back = Ihre Authenticator-App verwenden
console-passkey-wrong = Mit diesem Passkey wurden Sie nicht angemeldet. Versuchen Sie es erneut, oder verwenden Sie Ihre Authenticator-App.
console-passkeys-nav = Ihre Passkeys
console-passkeys-title = Passkeys für die Konsolenanmeldung
console-passkeys-lead = Ein Passkey kann bei der Anmeldung an der Konsole Ihren Authenticator-Code ersetzen. Zum Hinzufügen ist ein Code nötig, den wir an Ihr Verzeichnispostfach senden, und die anderen Helpdesk-Administratoren werden benachrichtigt.
console-passkeys-none = Sie haben keinen Passkey für die Konsolenanmeldung.
console-passkey-name-label = Ein Name für diesen Passkey, zum Beispiel „Büro-Laptop“
console-passkey-add = Passkey hinzufügen
console-passkey-create-title = Konsolen-Passkey erstellen
console-passkey-create-lead = Wir haben einen Code an Ihr Verzeichnispostfach gesendet. Geben Sie ihn hier ein, und erstellen Sie dann den Passkey „{ $name }“, wenn Ihr Browser Sie dazu auffordert.
console-passkey-code-label = Code aus der E-Mail
console-passkey-create-go = Passkey erstellen
console-passkey-added = Passkey für die Konsolenanmeldung hinzugefügt.
console-passkey-removed = Passkey entfernt.
console-passkey-not-added = Der Passkey wurde nicht hinzugefügt: Der per E-Mail gesendete Code war falsch, oder die Antwort Ihres Browsers passte nicht zu dieser Anfrage. Beginnen Sie von vorn.
console-passkey-name-bad = Geben Sie dem Passkey einen Namen mit höchstens 64 Zeichen.
console-passkey-no-mailbox = Ihr Konto hat kein Verzeichnispostfach für den Code, daher kann hier kein Passkey hinzugefügt werden. Wenden Sie sich an einen Verzeichnisadministrator.
