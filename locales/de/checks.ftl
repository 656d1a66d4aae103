# Die Rückschreibprüfungen auf der Zustandsseite der Konsole (dieselben Prüfungen, die `sspr doctor`
# auf Englisch ausgibt): für jede, was geprüft wurde (-name), was gefunden wurde (-detail) und was zu tun ist (-fix).
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words. Setting names (directory.ca_file, directory.bind_dn, directory.probe_user), attribute
# names (lockoutTime, pwdLastSet, sAMAccountName, distinguishedName, adminCount), DNs
# (CN=AdminSDHolder,CN=System), ports, rights as the delegation wizard names them (Reset Password,
# Write lockoutTime) and product names are directory names: keep them as they are. { $error } is
# the directory's own message, in English.

## Domain controllers: connection and certificate

check-dc-tls-unverified-name = DC { $url }: über TLS erreichbar
check-dc-tls-unverified-detail = das Zertifikat konnte nicht überprüft werden: { $detail }
check-dc-tls-unverified-fix = Setzen Sie directory.ca_file auf die Zertifizierungsstelle (PEM), die das Zertifikat des DC ausgestellt hat, und verwenden Sie in der URL einen Hostnamen, den das SAN des Zertifikats enthält. Die Überprüfung wird nie abgeschaltet.

check-dc-unreachable-name = DC { $url }: über TLS erreichbar
check-dc-unreachable-detail = { $error }
check-dc-unreachable-fix = Prüfen Sie, ob der DC läuft und ob dieser Host ihn über 636 (ldaps) oder 389 (StartTLS) erreicht; prüfen Sie die URL und die Firewalls.

check-cert-missing-name = DC { $url }: Zertifikat
check-cert-missing-detail = kein Zertifikat der Gegenstelle zum Prüfen
check-cert-missing-fix = Prüfen Sie die TLS-Konfiguration.

check-cert-unparsable-name = DC { $url }: Zertifikat
check-cert-unparsable-detail = das Zertifikat konnte nicht gelesen werden
check-cert-unparsable-fix = Prüfen Sie das Zertifikat.

# $subject is the certificate's subject (a DN).
check-cert-expired-name = DC { $url }: Zertifikat
check-cert-expired-detail = { $days ->
    [one] { $subject } ist seit { $days } Tag abgelaufen
   *[other] { $subject } ist seit { $days } Tagen abgelaufen
}
check-cert-expired-fix = Erneuern Sie das DC-Zertifikat.

check-cert-expiring-name = DC { $url }: Zertifikat
check-cert-expiring-detail = { $days ->
    [one] überprüft; { $subject } läuft in { $days } Tag ab
   *[other] überprüft; { $subject } läuft in { $days } Tagen ab
}
check-cert-expiring-fix = Erneuern Sie das DC-Zertifikat, bevor es abläuft, sonst schlägt jeder Rückschreibvorgang fehl.

check-cert-ok-name = DC { $url }: Zertifikat
check-cert-ok-detail = { $days ->
    [one] überprüft; { $subject } läuft in { $days } Tag ab
   *[other] überprüft; { $subject } läuft in { $days } Tagen ab
}

## Domain controllers: the service account's bind

check-bind-ok-name = DC { $url }: Bind des Dienstkontos
check-bind-ok-detail = gebunden als { $bind_dn }

check-bind-refused-name = DC { $url }: Bind des Dienstkontos
check-bind-refused-detail = { $reason ->
    [credentials] falsches Kennwort oder kein solches Konto (prüfen Sie bind_dn und das Kennwort)
    [password-expired] das Kennwort des Dienstkontos ist abgelaufen
    [disabled] das Dienstkonto ist deaktiviert
    [expired] das Dienstkonto ist abgelaufen
    [must-change] das Dienstkonto muss sein Kennwort ändern
    [locked] das Dienstkonto ist gesperrt
   *[refused] der DC hat den Bind abgelehnt
}: { $error }
check-bind-refused-fix = Korrigieren Sie directory.bind_dn bzw. das Bind-Kennwort, und stellen Sie sicher, dass das Konto aktiviert und nicht gesperrt ist und sein Kennwort nicht abläuft.

check-bind-error-name = DC { $url }: Bind des Dienstkontos
check-bind-error-detail = { $error }
check-bind-error-fix = Prüfen Sie die Protokolle des DC.

check-bind-timeout-name = DC { $url }: Bind des Dienstkontos
check-bind-timeout-detail = keine Antwort innerhalb der Frist
check-bind-timeout-fix = Der DC ist überlastet, oder eine Firewall verwirft den Datenverkehr nach dem Handshake.

## Domain controllers: the password policy hints control

# $oid is the control's object identifier (1.2.840.113556.1.4.2239).
check-hints-ok-name = DC { $url }: Steuerelement für Richtlinienhinweise
check-hints-ok-detail = unterstützt ({ $oid }): Self-Service-Zurücksetzungen setzen Kennwortchronik und minimales Kennwortalter durch

check-hints-unsupported-name = DC { $url }: Steuerelement für Richtlinienhinweise
check-hints-unsupported-detail = von diesem DC nicht unterstützt: Self-Service-Zurücksetzungen können Kennwortchronik und minimales Kennwortalter nicht durchsetzen (Änderungen weiterhin schon)
check-hints-unsupported-fix = Verwenden Sie für das Rückschreiben DCs mit Windows Server 2012 R2 oder höher, wenn Zurücksetzungen die Kennwortchronik beachten müssen; Samba unterstützt das Steuerelement nicht.

check-hints-unreadable-name = DC { $url }: Steuerelement für Richtlinienhinweise
check-hints-unreadable-detail = rootDSE nicht lesbar: { $error }
check-hints-unreadable-fix = Prüfen Sie den DC.

## Password policies

# $complexity is `on` or `off`; $min_age_hours is in hours (h).
check-policy-ok-name = Kennwortrichtlinie der Domäne lesbar
check-policy-ok-detail = Mindestlänge { $min_length }, Komplexität { $complexity ->
    [on] ein
   *[off] aus
}, Chronik { $history }, Mindestalter { $min_age_hours } h, Sperre nach { $lockout }

check-policy-min-age-name = Kennwortrichtlinie der Domäne lesbar
check-policy-min-age-detail = Mindestlänge { $min_length }, Komplexität { $complexity ->
    [on] ein
   *[off] aus
}, Chronik { $history }, Mindestalter { $min_age_hours } h, Sperre nach { $lockout }: Benutzer können ihr Kennwort innerhalb des Mindestalters nicht zweimal ändern
check-policy-min-age-fix = Erwägen Sie ein minimales Kennwortalter von 0 (oder höchstens 1 Tag); Benutzer, die ihr Kennwort ändern und es dann vergessen, müssen es zurücksetzen, und ein Zurücksetzen durch den Helpdesk ist immer möglich.

check-policy-unreadable-name = Kennwortrichtlinie der Domäne lesbar
check-policy-unreadable-detail = { $error }
check-policy-unreadable-fix = Authentifizierte Benutzer können den Domänenstamm normalerweise lesen; prüfen Sie das Dienstkonto.

# $container is the DN of the Password Settings Container.
check-pso-unreadable-name = differenzierte Kennwortrichtlinien (PSOs) lesbar
check-pso-unreadable-detail = { $total ->
    [one] { $unreadable } von { $total } PSO hat nicht lesbare Einstellungen
   *[other] { $unreadable } von { $total } PSOs haben nicht lesbare Einstellungen
}
check-pso-unreadable-fix = Erteilen Sie dem Dienstkonto Leserechte für { $container }.

check-pso-ok-name = differenzierte Kennwortrichtlinien (PSOs) lesbar
check-pso-ok-detail = { $count ->
    [one] { $count } PSO gefunden
   *[other] { $count } PSOs gefunden
}

check-pso-container-unreadable-name = differenzierte Kennwortrichtlinien (PSOs) lesbar
check-pso-container-unreadable-detail = der Password Settings Container ist nicht lesbar ({ $error }); Benutzern unter einem PSO würde die Domänenrichtlinie angezeigt
check-pso-container-unreadable-fix = Erteilen Sie dem Dienstkonto Leserechte (RP, LC) für { $container }.

## The service account's rights on users

check-rights-own-entry-name = Rechte des Dienstkontos für Benutzer
check-rights-own-entry-detail = der eigene Eintrag des Dienstkontos ist nicht lesbar: { $error }
check-rights-own-entry-fix = Prüfen Sie directory.bind_dn.

check-rights-probe-search-name = Rechte des Dienstkontos für Benutzer
check-rights-probe-search-detail = { $error }
check-rights-probe-search-fix = Prüfen Sie den DC.

check-rights-no-probe-name = Rechte des Dienstkontos für Benutzer
check-rights-no-probe-detail = kein Benutzer gefunden, an dem die Rechte geprüft werden können
check-rights-no-probe-fix = Setzen Sie directory.probe_user auf den sAMAccountName eines typischen Benutzers (kein Administrator).

# $probe is the DN of the user the rights were probed on.
check-rights-ok-name = Rechte des Dienstkontos für Benutzer (geprüft an: { $probe })
check-rights-ok-detail = Reset Password, Schreibzugriff auf lockoutTime, Schreibzugriff auf pwdLastSet: erteilt

check-rights-not-writable-name = Rechte des Dienstkontos für Benutzer (geprüft an: { $probe })
check-rights-not-writable-detail = die ACL erteilt die Rechte, aber der DC führt lockoutTime/pwdLastSet nicht als beschreibbar
check-rights-not-writable-fix = Suchen Sie nach Verweigerungseinträgen oder einer Einschränkung auf Schemaebene für die OU.

# $missing lists rights as the delegation wizard names them (Reset Password, Write lockoutTime…).
check-rights-missing-name = Rechte des Dienstkontos für Benutzer (geprüft an: { $probe })
check-rights-missing-detail = fehlt: { $missing }
check-rights-missing-fix = Delegieren Sie an { $bind_dn } für die OU der Benutzer (Assistent zum Zuweisen der Objektverwaltung: „Reset user passwords and force password change at next logon“, dazu Write lockoutTime), vererbt an untergeordnete User-Objekte.

check-rights-acl-unreadable-name = Rechte des Dienstkontos für Benutzer (geprüft an: { $probe })
check-rights-acl-unreadable-detail = { $error }
check-rights-acl-unreadable-fix = Authentifizierte Benutzer können die ACLs von Benutzern normalerweise lesen; prüfen Sie, ob die Berechtigungen gehärtet wurden.

## Protected accounts

check-protected-unreadable-name = geschützte Konten (adminCount=1)
check-protected-unreadable-detail = { $error }
check-protected-unreadable-fix = Prüfen Sie den DC.

check-protected-ok-name = geschützte Konten (adminCount=1)
check-protected-ok-detail = { $count ->
    [one] { $count } geschütztes Konto, verwaltbar
   *[other] { $count } geschützte Konten, alle verwaltbar
}

# $accounts lists sAMAccountNames.
check-protected-unmanaged-name = geschützte Konten (adminCount=1)
check-protected-unmanaged-detail = { $count ->
    [one] { $count } geschütztes Konto, das das Dienstkonto weder zurücksetzen noch entsperren kann: { $accounts }
   *[other] { $count } geschützte Konten, die das Dienstkonto weder zurücksetzen noch entsperren kann: { $accounts }
}
check-protected-unmanaged-fix = Diese Konten erhalten ihre ACL von AdminSDHolder und ignorieren Delegierungen: Halten Sie sie aus dem Self-Service-Bereich heraus (ihre Benutzer sehen „Wenden Sie sich an Ihren Administrator“), oder delegieren Sie auf CN=AdminSDHolder,CN=System, wenn die Richtlinie es erlaubt.

## Configured groups

# $key is a setting name (sspr.helpdesk_group_dn…), $dn the group's DN as configured.
check-group-ok-name = { $key } vorhanden
check-group-ok-detail = { $dn }

check-group-missing-name = { $key } vorhanden
check-group-missing-detail = { $dn } ist keine Gruppe, die das Dienstkonto sehen kann
check-group-missing-fix = Korrigieren Sie { $key } (kopieren Sie den DN aus dem Attribut distinguishedName der Gruppe).

check-group-error-name = { $key } vorhanden
check-group-error-detail = { $error }
check-group-error-fix = Prüfen Sie den DC.

## When nothing else can run

check-directory-unusable-name = Verzeichnis verwendbar
check-directory-unusable-detail = kein DC hat das Dienstkonto über eine überprüfte Verbindung akzeptiert
check-directory-unusable-fix = Beheben Sie zuerst die obigen Fehler.
