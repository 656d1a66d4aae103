# Las comprobaciones de la escritura diferida en la página de estado de la consola (las mismas
# comprobaciones que muestra `sspr doctor`, en inglés): para cada una, qué se comprobó (-name), qué se
# encontró (-detail) y qué hacer (-fix).
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words. Setting names (directory.ca_file, directory.bind_dn, directory.probe_user), attribute
# names (lockoutTime, pwdLastSet, sAMAccountName, distinguishedName, adminCount), DNs
# (CN=AdminSDHolder,CN=System), ports, rights as the delegation wizard names them (Reset Password,
# Write lockoutTime) and product names are directory names: keep them as they are. { $error } is
# the directory's own message, in English.

## Domain controllers: connection and certificate

check-dc-tls-unverified-name = DC { $url }: accesible mediante TLS
check-dc-tls-unverified-detail = no se pudo verificar el certificado: { $detail }
check-dc-tls-unverified-fix = Establezca directory.ca_file en la entidad de certificación (PEM) que emitió el certificado del DC, y use en la URL un nombre de host que figure en el SAN del certificado. La verificación nunca se desactiva.

check-dc-unreachable-name = DC { $url }: accesible mediante TLS
check-dc-unreachable-detail = { $error }
check-dc-unreachable-fix = Compruebe que el DC está en funcionamiento y que este host puede acceder a él en el puerto 636 (ldaps) o 389 (StartTLS); compruebe la URL y los firewalls.

check-cert-missing-name = DC { $url }: certificado
check-cert-missing-detail = no hay certificado del par que examinar
check-cert-missing-fix = Compruebe la configuración de TLS.

check-cert-unparsable-name = DC { $url }: certificado
check-cert-unparsable-detail = no se pudo analizar el certificado
check-cert-unparsable-fix = Compruebe el certificado.

# $subject is the certificate's subject (a DN).
check-cert-expired-name = DC { $url }: certificado
check-cert-expired-detail = { $days ->
    [one] { $subject } expiró hace { $days } día
    [many] { $subject } expiró hace { $days } de días
   *[other] { $subject } expiró hace { $days } días
}
check-cert-expired-fix = Renueve el certificado del DC.

check-cert-expiring-name = DC { $url }: certificado
check-cert-expiring-detail = { $days ->
    [one] verificado; { $subject } expira dentro de { $days } día
    [many] verificado; { $subject } expira dentro de { $days } de días
   *[other] verificado; { $subject } expira dentro de { $days } días
}
check-cert-expiring-fix = Renueve el certificado del DC antes de que expire, o fallarán todas las escrituras diferidas.

check-cert-ok-name = DC { $url }: certificado
check-cert-ok-detail = { $days ->
    [one] verificado; { $subject } expira dentro de { $days } día
    [many] verificado; { $subject } expira dentro de { $days } de días
   *[other] verificado; { $subject } expira dentro de { $days } días
}

## Domain controllers: the service account's bind

check-bind-ok-name = DC { $url }: enlace de la cuenta de servicio
check-bind-ok-detail = enlazada como { $bind_dn }

check-bind-refused-name = DC { $url }: enlace de la cuenta de servicio
check-bind-refused-detail = { $reason ->
    [credentials] contraseña incorrecta o la cuenta no existe (compruebe bind_dn y la contraseña)
    [password-expired] la contraseña de la cuenta de servicio ha expirado
    [disabled] la cuenta de servicio está deshabilitada
    [expired] la cuenta de servicio ha expirado
    [must-change] la cuenta de servicio debe cambiar su contraseña
    [locked] la cuenta de servicio está bloqueada
   *[refused] el DC rechazó el enlace
}: { $error }
check-bind-refused-fix = Corrija directory.bind_dn o la contraseña de enlace, y asegúrese de que la cuenta está habilitada, no está bloqueada y su contraseña no expira.

check-bind-error-name = DC { $url }: enlace de la cuenta de servicio
check-bind-error-detail = { $error }
check-bind-error-fix = Revise los registros del DC.

check-bind-timeout-name = DC { $url }: enlace de la cuenta de servicio
check-bind-timeout-detail = no hubo respuesta a tiempo
check-bind-timeout-fix = El DC está sobrecargado o un firewall descarta el tráfico después del protocolo de enlace.

## Domain controllers: the password policy hints control

# $oid is the control's object identifier (1.2.840.113556.1.4.2239).
check-hints-ok-name = DC { $url }: control de indicaciones de directiva
check-hints-ok-detail = compatible ({ $oid }): los restablecimientos por autoservicio aplican el historial y la vigencia mínima

check-hints-unsupported-name = DC { $url }: control de indicaciones de directiva
check-hints-unsupported-detail = este DC no lo admite: los restablecimientos por autoservicio no pueden aplicar el historial ni la vigencia mínima de la contraseña (los cambios sí)
check-hints-unsupported-fix = Use para la escritura diferida DC con Windows Server 2012 R2 o posterior si los restablecimientos deben respetar el historial; Samba no admite este control.

check-hints-unreadable-name = DC { $url }: control de indicaciones de directiva
check-hints-unreadable-detail = no se puede leer rootDSE: { $error }
check-hints-unreadable-fix = Compruebe el DC.

## Password policies

# $complexity is `on` or `off`; $min_age_hours is in hours (h).
check-policy-ok-name = directiva de contraseñas del dominio legible
check-policy-ok-detail = longitud mínima { $min_length }, complejidad { $complexity ->
    [on] activada
   *[off] desactivada
}, historial { $history }, vigencia mínima { $min_age_hours } h, bloqueo tras { $lockout }

check-policy-min-age-name = directiva de contraseñas del dominio legible
check-policy-min-age-detail = longitud mínima { $min_length }, complejidad { $complexity ->
    [on] activada
   *[off] desactivada
}, historial { $history }, vigencia mínima { $min_age_hours } h, bloqueo tras { $lockout }: los usuarios no pueden cambiar su contraseña dos veces dentro de la vigencia mínima
check-policy-min-age-fix = Considere una vigencia mínima de la contraseña de 0 (o de 1 día como máximo); los usuarios que la cambian y luego la olvidan deben restablecerla, y un restablecimiento por el soporte técnico siempre es posible.

check-policy-unreadable-name = directiva de contraseñas del dominio legible
check-policy-unreadable-detail = { $error }
check-policy-unreadable-fix = Los usuarios autenticados normalmente pueden leer la raíz del dominio; compruebe la cuenta de servicio.

# $container is the DN of the Password Settings Container.
check-pso-unreadable-name = directivas de contraseñas específicas (PSO) legibles
check-pso-unreadable-detail = { $total ->
    [one] { $unreadable } de { $total } PSO tiene configuración ilegible
    [many] { $unreadable } de { $total } PSO tienen configuración ilegible
   *[other] { $unreadable } de { $total } PSO tienen configuración ilegible
}
check-pso-unreadable-fix = Conceda a la cuenta de servicio permiso de lectura sobre { $container }.

check-pso-ok-name = directivas de contraseñas específicas (PSO) legibles
check-pso-ok-detail = { $count ->
    [one] { $count } PSO encontrado
    [many] { $count } de PSO encontrados
   *[other] { $count } PSO encontrados
}

check-pso-container-unreadable-name = directivas de contraseñas específicas (PSO) legibles
check-pso-container-unreadable-detail = no se puede leer el Password Settings Container ({ $error }); a los usuarios sujetos a un PSO se les mostraría la directiva del dominio
check-pso-container-unreadable-fix = Conceda a la cuenta de servicio permiso de lectura (RP, LC) sobre { $container }.

## The service account's rights on users

check-rights-own-entry-name = permisos de la cuenta de servicio sobre los usuarios
check-rights-own-entry-detail = no se puede leer la entrada de la propia cuenta de servicio: { $error }
check-rights-own-entry-fix = Compruebe directory.bind_dn.

check-rights-probe-search-name = permisos de la cuenta de servicio sobre los usuarios
check-rights-probe-search-detail = { $error }
check-rights-probe-search-fix = Compruebe el DC.

check-rights-no-probe-name = permisos de la cuenta de servicio sobre los usuarios
check-rights-no-probe-detail = no se encontró ningún usuario con el que probar los permisos
check-rights-no-probe-fix = Establezca directory.probe_user en el sAMAccountName de un usuario típico (no administrador).

# $probe is the DN of the user the rights were probed on.
check-rights-ok-name = permisos de la cuenta de servicio sobre los usuarios (prueba: { $probe })
check-rights-ok-detail = Reset Password, escritura de lockoutTime, escritura de pwdLastSet: concedidos

check-rights-not-writable-name = permisos de la cuenta de servicio sobre los usuarios (prueba: { $probe })
check-rights-not-writable-detail = la ACL concede los permisos, pero el DC no indica lockoutTime/pwdLastSet como modificables
check-rights-not-writable-fix = Busque entradas de denegación o una restricción a nivel de esquema en la UO.

# $missing lists rights as the delegation wizard names them (Reset Password, Write lockoutTime…).
check-rights-missing-name = permisos de la cuenta de servicio sobre los usuarios (prueba: { $probe })
check-rights-missing-detail = faltan: { $missing }
check-rights-missing-fix = Delegue en { $bind_dn } sobre la UO de los usuarios (Asistente para delegación de control: "Reset user passwords and force password change at next logon", más Write lockoutTime), con herencia a los objetos User descendientes.

check-rights-acl-unreadable-name = permisos de la cuenta de servicio sobre los usuarios (prueba: { $probe })
check-rights-acl-unreadable-detail = { $error }
check-rights-acl-unreadable-fix = Los usuarios autenticados normalmente pueden leer las ACL de los usuarios; compruebe si hay permisos reforzados.

## Protected accounts

check-protected-unreadable-name = cuentas protegidas (adminCount=1)
check-protected-unreadable-detail = { $error }
check-protected-unreadable-fix = Compruebe el DC.

check-protected-ok-name = cuentas protegidas (adminCount=1)
check-protected-ok-detail = { $count ->
    [one] { $count } cuenta protegida, administrable
    [many] { $count } de cuentas protegidas, todas administrables
   *[other] { $count } cuentas protegidas, todas administrables
}

# $accounts lists sAMAccountNames.
check-protected-unmanaged-name = cuentas protegidas (adminCount=1)
check-protected-unmanaged-detail = { $count ->
    [one] { $count } cuenta protegida que la cuenta de servicio no puede restablecer ni desbloquear: { $accounts }
    [many] { $count } de cuentas protegidas que la cuenta de servicio no puede restablecer ni desbloquear: { $accounts }
   *[other] { $count } cuentas protegidas que la cuenta de servicio no puede restablecer ni desbloquear: { $accounts }
}
check-protected-unmanaged-fix = Estas cuentas reciben su ACL de AdminSDHolder e ignoran las delegaciones: manténgalas fuera del ámbito del autoservicio (sus usuarios ven "póngase en contacto con su administrador"), o delegue sobre CN=AdminSDHolder,CN=System si la directiva lo permite.

## Configured groups

# $key is a setting name (sspr.helpdesk_group_dn…), $dn the group's DN as configured.
check-group-ok-name = { $key } existe
check-group-ok-detail = { $dn }

check-group-missing-name = { $key } existe
check-group-missing-detail = { $dn } no es un grupo que la cuenta de servicio pueda ver
check-group-missing-fix = Corrija { $key } (copie el DN del atributo distinguishedName del grupo).

check-group-error-name = { $key } existe
check-group-error-detail = { $error }
check-group-error-fix = Compruebe el DC.

## When nothing else can run

check-directory-unusable-name = directorio utilizable
check-directory-unusable-detail = ningún DC aceptó la cuenta de servicio a través de una conexión verificada
check-directory-unusable-fix = Corrija primero los errores anteriores.
