# La consola de soporte técnico (/admin): inicio de sesión, el panel y sus gráficos, la búsqueda de usuarios, la
# página de usuario con su diagnóstico y sus acciones, el registro de auditoría y el estado de la escritura diferida.
#
# Traductores: mantengan cada id de mensaje y cada { $placeholder } tal como están; cambien solo
# las palabras. El texto entre `comillas invertidas`, los nombres de atributos (adminCount, accountExpires, lockoutTime,
# pwdLastSet), los nombres de configuración (sspr.enabled_for) y las rutas (/register, /change) son comandos,
# nombres del directorio y direcciones: manténganlos tal como están. Los nombres de actividades y los motivos de estado
# (ResetSelfService, OnPremisesPolicyViolation…) son códigos del registro de auditoría: no se traducen.

## Marco de cada página de la consola

# El título predeterminado de una página de la consola.
console-title = Soporte técnico
# Después del título de cada página y en la parte superior de cada página de la consola.
console-org-helpdesk = Soporte técnico de { $org }
# El nombre de la navegación de la consola, para lectores de pantalla.
console-nav-label = Soporte técnico
console-dashboard = Panel
console-users = Usuarios
console-audit = Registro de auditoría
console-health = Estado de la escritura diferida
console-sign-out = Cerrar sesión
console-sign-in = Iniciar sesión
console-none = —
console-yes = sí
console-no = no
console-pager-label = Páginas
console-previous = Anterior
console-next = Siguiente
console-page-of = Página { $page } de { $pages }

## Inicio de sesión

console-login-title = Inicio de sesión del soporte técnico
console-login-lead = Inicie sesión con su cuenta del directorio. Debe pertenecer al grupo de soporte técnico y confirmará con su aplicación de autenticación.
console-login-username = Nombre de usuario
console-login-password = Contraseña
console-login-incomplete = Escriba su nombre de usuario y su contraseña.
console-login-refused = El nombre de usuario o la contraseña no son correctos, o esta cuenta no es una cuenta de soporte técnico.
console-no-mailbox-title = No hay ningún buzón para confirmar la configuración
console-no-mailbox-message = Para configurar su autenticador de soporte técnico se necesita un código enviado a su buzón del directorio, y su cuenta no tiene ninguno.
console-no-mailbox-next = Pida a un administrador del directorio que agregue una dirección de correo a su cuenta.

console-totp-page-title = Soporte técnico: autenticador
console-totp-enrol-title = Configure su autenticador
console-totp-enrol-lead = Todas las cuentas de soporte técnico inician sesión con una aplicación de autenticación. Hemos enviado un código de configuración a su buzón del trabajo: la contraseña por sí sola no basta para configurarla. Escanee este código (o escriba la clave) y, después, escriba ambos códigos.
# Antes de la clave secreta del autenticador que se está configurando.
console-totp-key = Clave:
console-totp-title = Código del autenticador
console-totp-lead = Escriba el código de 6 dígitos que muestra ahora su aplicación de autenticación.
console-totp-enrol-code = Código de configuración de su correo electrónico
console-totp-code = Código de su aplicación de autenticación
console-continue = Continuar
console-totp-wrong = Ese código no es correcto. Escriba el código que muestra ahora la aplicación.

## Cuando se rechaza una página de la consola

console-refused-title = Es necesario iniciar sesión en el soporte técnico
console-refused-next = Inicie sesión con su cuenta de soporte técnico.
console-refused-not-signed-in = Esta página es para el personal de soporte técnico que ha iniciado sesión con su contraseña y su autenticador.
console-refused-signed-out = Ha cerrado la sesión.
console-refused-idle = Se ha cerrado su sesión tras un período de inactividad.
console-refused-session-over = Su sesión de consola ha alcanzado su duración máxima. Inicie sesión de nuevo para continuar.
console-role-lost-not-in-group = Su cuenta ya no es miembro del grupo de soporte técnico.
console-role-lost-disabled = Su cuenta se ha deshabilitado, por lo que ha finalizado su sesión de soporte técnico.
console-role-lost-expired = Su cuenta ha expirado, por lo que ha finalizado su sesión de soporte técnico.
console-role-lost-locked = Su cuenta está bloqueada, por lo que ha finalizado su sesión de soporte técnico.
console-role-lost-password-expired = Su contraseña ha expirado o debe cambiarse, por lo que ha finalizado su sesión de soporte técnico. Cámbiela y vuelva a iniciar sesión.
console-role-lost-unverifiable = El directorio no ha podido confirmar su rol de soporte técnico en este momento, por lo que ha finalizado su sesión. Vuelva a iniciar sesión en unos instantes.

## Panel

# El titular del estado de la escritura diferida. $status es un código: active, degraded o down.
console-writeback-status = { $status ->
    [active] Escritura diferida: activa
    [degraded] Escritura diferida: degradada
   *[down] Escritura diferida: inactiva
}
console-details = Detalles
console-activity-caption = Restablecimientos, cambios, desbloqueos y escrituras diferidas con error por día.
console-reasons-caption = Por qué fallaron las escrituras diferidas.
# Las cifras de recordatorios de expiración de contraseña del panel, durante los mismos 30 días que los gráficos.
console-reminders-title = Recordatorios de expiración de contraseña, últimos 30 días
console-reminders-sent = { $n ->
    [one] { $n } recordatorio enviado.
   *[other] { $n } recordatorios enviados.
}
# $n personas cambiaron (o restablecieron) su contraseña después de un recordatorio; se enviaron $sent recordatorios.
console-reminders-changed = { $n ->
    [one] { $n } persona cambió su contraseña después de un recordatorio.
   *[other] { $n } personas cambiaron su contraseña después de un recordatorio.
}

## Usuarios

console-users-heading = Buscar un usuario
console-users-search-label = Nombre, nombre de cuenta, UPN o correo
console-search = Buscar
console-search-too-short = { $n ->
    [one] Escriba al menos { $n } carácter.
   *[other] Escriba al menos { $n } caracteres.
}
console-search-unavailable = El directorio no ha respondido. Vuelva a intentarlo en unos instantes.
console-users-too-many = Más de { $max } coincidencias: se muestran las primeras { $max }; afine la búsqueda.
console-users-matches = { $n ->
    [one] { $n } coincidencia.
   *[other] { $n } coincidencias.
}
console-col-account = Cuenta
console-col-name = Nombre
console-col-mail = Correo
console-col-state = Estado
# Distintivos de una cuenta en los resultados de la búsqueda.
console-flag-disabled = Deshabilitada
console-flag-locked = Bloqueada
console-flag-must-change = Debe cambiarla
console-flag-protected = Protegida
console-flag-ok = Correcta

## La página de usuario

console-no-such-user-title = El usuario no existe
console-no-such-user-message = Ninguna cuenta tiene este identificador (puede que se haya eliminado).
console-no-such-user-next = Vuelva a buscar.

console-account = Cuenta
# El nombre de cuenta y, entre paréntesis, el nombre principal de usuario.
console-account-value = { $sam } ({ $upn })
console-fact-name = Nombre
console-fact-mail = Correo
console-fact-locked = Bloqueada
console-fact-locked-yes = sí, desde el { $since }; se desbloquea sola el { $until }
console-fact-bad-count = Número de contraseñas incorrectas
console-fact-disabled = Deshabilitada
console-fact-password = Contraseña
console-password-must-change = debe cambiarse en el siguiente inicio de sesión
console-password-expired = expirada
console-password-never-expires = no expira nunca
console-password-expires = expira el { $when }
console-fact-password-last-set = Último cambio de contraseña
console-fact-protected = Protegida (adminCount)
console-fact-privileged = Con privilegios
# Por qué una cuenta tiene privilegios. $kind: protected (adminCount=1), service (la cuenta con la que
# sspr se enlaza), helpdesk (en el grupo de soporte técnico) o group (en el grupo protegido $group).
console-fact-privileged-yes = { $kind ->
    [protected] sí: una cuenta protegida (adminCount=1); no se puede restablecer ni desbloquear aquí
    [service] sí: la propia cuenta de servicio del portal; no se puede restablecer ni desbloquear aquí
    [helpdesk] sí: un miembro del grupo de soporte técnico; no se puede restablecer ni desbloquear aquí
   *[group] sí: un miembro del grupo protegido { $group }; no se puede restablecer ni desbloquear aquí
}
console-policy-pso = Directiva específica { $dn }
console-policy-domain = Directiva del dominio
console-policy-unreadable = La cuenta de servicio no puede leerla.

console-diagnosis = Diagnóstico
console-diagnosis-none = Nada impide que este usuario restablezca su contraseña o desbloquee su cuenta por sí mismo.

console-verify-caller = Verificar a quien llama
console-verified = Verificado
console-verified-recently = { $minutes ->
    [one] Ha verificado a esta persona en el último minuto.
   *[other] Ha verificado a esta persona en los últimos { $minutes } minutos.
}
console-verify-lead = Antes de actuar, compruebe que quien llama es quien dice ser: envíele un código a su correo electrónico registrado, o pídale el código de su autenticador, y escriba lo que le lea.
console-email-code = Enviarle un código por correo electrónico
console-code-from = Código de
console-code-from-email = su correo electrónico
console-code-from-totp = su aplicación de autenticación
console-caller-code = Código que lee quien llama
console-check = Comprobar
console-verify-no-methods = No hay métodos registrados: verifique a quien llama de otra forma (en persona, devolviendo la llamada a un número conocido) e indique el motivo al actuar.
console-caller-code-sent = Hay un código en camino a la dirección de correo electrónico registrada del usuario. Pida a quien llama que se lo lea.
console-caller-no-email = Este usuario no tiene ninguna dirección de correo electrónico registrada. Pídale el código de su autenticador o verifíquelo de otra forma.
console-caller-verified = { $minutes ->
    [one] Persona verificada. Puede actuar sobre esta cuenta durante el próximo minuto.
   *[other] Persona verificada. Puede actuar sobre esta cuenta durante los próximos { $minutes } minutos.
}
console-caller-wrong = Ese código no es correcto. Puede que quien llama no sea quien dice ser.
console-back-to-user = Volver al usuario

console-actions = Acciones
# $kind como en console-fact-privileged-yes.
console-privileged-notice = { $kind ->
    [protected] Esta es una cuenta protegida (adminCount=1). sspr no restablece ni desbloquea cuentas con privilegios: lo hace un administrador del directorio, con sus propias herramientas, después de verificar a la persona.
    [service] Esta es la propia cuenta de servicio del portal. sspr no restablece ni desbloquea cuentas con privilegios: lo hace un administrador del directorio, con sus propias herramientas, después de verificar a la persona.
    [helpdesk] Es un miembro del grupo de soporte técnico. sspr no restablece ni desbloquea cuentas con privilegios: lo hace un administrador del directorio, con sus propias herramientas, después de verificar a la persona.
   *[group] Es un miembro del grupo protegido { $group }. sspr no restablece ni desbloquea cuentas con privilegios: lo hace un administrador del directorio, con sus propias herramientas, después de verificar a la persona.
}
console-unlock = Desbloquear
console-unlock-hint = Quita el bloqueo; la contraseña no cambia.
console-unlock-button = Desbloquear…
console-reset = Restablecer contraseña
console-new-password = Nueva contraseña
console-mode-generate = Generar una (se muestra una sola vez)
console-mode-typed = Escribir una
console-typed-password = Contraseña escrita
console-typed-password-empty = Escriba la nueva contraseña o elija generar una.
console-must-change = Debe cambiarla en el siguiente inicio de sesión
console-also-unlock = Desbloquear también
console-reset-button = Restablecer…
console-unblock = Desbloquear el autenticador
console-unblock-hint = Bloqueado tras demasiados códigos incorrectos seguidos.
console-unblock-button = Desbloquear…
console-clear = Borrar métodos registrados
console-clear-hint = Para un teléfono perdido o una dirección antigua; el usuario vuelve a registrarse.
console-clear-button = Borrar…

console-password-policy = Directiva de contraseñas
console-registered-methods = Métodos registrados
console-nothing = Ninguno.
console-method-since = desde el { $when }
console-recent-activity = Actividad reciente
console-col-time = Hora
console-col-activity = Actividad
console-col-result = Resultado
console-col-by = Por
console-col-detail = Detalle
console-full-history = Historial completo

## Confirmar una acción y su resultado

console-confirm-password = La nueva contraseña (escríbala de nuevo)
console-confirm-unverified = No ha verificado a esta persona con un código. Si la ha verificado de otra forma, indique cómo: se guarda en el registro de auditoría.
console-confirm-how = Cómo ha verificado a quien llama
console-confirm-yes = Sí, hacerlo
console-cancel = Cancelar

console-reset-confirm-title = ¿Restablecer la contraseña?
# $must_change y $unlock son yes o no: lo que eligió el soporte técnico con el restablecimiento.
console-reset-confirm = { $must_change ->
    [yes] { $unlock ->
        [yes] Restablecer la contraseña de { $name } ({ $sam }), que deberá cambiarla en el siguiente inicio de sesión, y desbloquear la cuenta.
       *[no] Restablecer la contraseña de { $name } ({ $sam }), que deberá cambiarla en el siguiente inicio de sesión.
    }
   *[no] { $unlock ->
        [yes] Restablecer la contraseña de { $name } ({ $sam }) y desbloquear la cuenta.
       *[no] Restablecer la contraseña de { $name } ({ $sam }).
    }
}
console-reset-done-title = Contraseña restablecida
console-reset-done = { $must_change ->
    [yes] Se ha restablecido la contraseña de { $sam }; deberá cambiarla en el siguiente inicio de sesión. Se le ha enviado un correo electrónico.
   *[no] Se ha restablecido la contraseña de { $sam }. Se le ha enviado un correo electrónico.
}
console-reset-failed = No se ha realizado el restablecimiento
console-secret-once = Nueva contraseña (se muestra una sola vez; léasela al usuario, no la anote):
console-back-to = Volver a { $sam }

console-unlock-confirm-title = ¿Desbloquear la cuenta?
console-unlock-confirm = Desbloquear la cuenta de { $name } ({ $sam }). La contraseña no cambia.
console-unlock-done-title = Cuenta desbloqueada
console-unlock-done = { $sam } puede volver a iniciar sesión. Se le ha enviado un correo electrónico.
console-unlock-failed = No se ha realizado el desbloqueo

console-clear-confirm-title = ¿Borrar los métodos registrados?
console-clear-confirm = Quitar todos los métodos de verificación registrados de { $sam }. Tendrá que volver a registrarse.
console-clear-done-title = Métodos borrados
console-clear-done = { $n ->
    [one] Se ha quitado { $n } método; se ha enviado un correo electrónico a { $sam }.
   *[other] Se han quitado { $n } métodos; se ha enviado un correo electrónico a { $sam }.
}

console-unblock-confirm-title = ¿Desbloquear el autenticador?
console-unblock-confirm = Desbloquear el autenticador de { $sam }: sus códigos vuelven a contar y su recuento de códigos incorrectos vuelve a cero.
console-unblock-done-title = Autenticador desbloqueado
console-unblock-done = El autenticador de { $sam } vuelve a funcionar; se le ha enviado un correo electrónico.

# Por qué falló una escritura diferida: lo que pasó y qué hacer (ambos mensajes status-*).
console-explain-fix = { $explain } { $fix }

## Registro de auditoría

console-verify-chain = Verificar la cadena de hash
console-chain-intact = Cadena de hash intacta
console-chain-verified = { $rows ->
    [one] { $rows } fila verificada con la clave.
   *[other] { $rows } filas verificadas con la clave.
}
# Filas escritas antes de que el registro de auditoría se encadenara con una clave.
console-chain-legacy-covered = { $legacy ->
    [one] { $legacy } de ellas es anterior a la cadena con clave y está cubierta por las filas con clave posteriores.
   *[other] { $legacy } de ellas son anteriores a la cadena con clave y están cubiertas por las filas con clave posteriores.
}
console-chain-legacy-uncovered = { $legacy ->
    [one] { $legacy } de ellas es anterior a la cadena con clave, y todavía no la cubre ninguna fila con clave.
   *[other] { $legacy } de ellas son anteriores a la cadena con clave, y todavía no las cubre ninguna fila con clave.
}
console-chain-broken = Cadena de hash rota
console-filter-user = Usuario
console-filter-activity = Actividad
console-any = Cualquiera
console-filter-status = Estado
# Los dos valores del estado de una fila de auditoría.
console-status-success = correcto
console-status-failure = error
console-filter-reason = Motivo del estado
console-filter-from = Desde
console-filter-to = Hasta
console-filter = Filtrar
console-audit-rows = { $n ->
    [one] { $n } fila.
   *[other] { $n } filas.
}
console-export = Exportar esta vista:
console-export-csv = CSV
console-export-jsonl = Líneas JSON
console-col-status = Estado
console-col-reason = Motivo
console-col-user = Usuario
console-col-client = Cliente

## Estado de la escritura diferida

console-health-last-check = Última comprobación
console-never = nunca
console-health-last-success = Última escritura diferida correcta
console-none-yet = ninguna todavía
console-health-failures = Errores en 24 horas
console-health-failures-value = { $attempts ->
    [one] { $failed } de { $attempts } escritura diferida falló por conectividad o permisos
   *[other] { $failed } de { $attempts } escrituras diferidas fallaron por conectividad o permisos
}
console-health-run = Ejecutar las comprobaciones ahora

health-not-run = La comprobación periódica aún no se ha ejecutado.
health-no-domain-controller = Ningún controlador de dominio aceptó la cuenta de servicio en la última comprobación periódica.
health-checks-failed = { $n ->
    [one] { $n } comprobación falló en la última comprobación periódica.
   *[other] { $n } comprobaciones fallaron en la última comprobación periódica.
}
health-failure-rate = { $attempts ->
    [one] { $failed } de { $attempts } escritura diferida falló en 24 horas por conectividad o permisos.
   *[other] { $failed } de { $attempts } escrituras diferidas fallaron en 24 horas por conectividad o permisos.
}
health-all-passed = Todas las comprobaciones se superaron en la última comprobación periódica.

## Resultados del diagnóstico en la página de usuario: un título, los hechos y qué hacer

finding-privileged-title = Cuenta con privilegios
# $kind como en console-fact-privileged-yes. La solución es status-ProtectedAccount-fix.
finding-privileged-detail = { $kind ->
    [protected] Esta es una cuenta protegida (adminCount=1). sspr nunca restablece ni desbloquea cuentas con privilegios, ni por autoservicio ni aquí.
    [service] Esta es la propia cuenta de servicio del portal. sspr nunca restablece ni desbloquea cuentas con privilegios, ni por autoservicio ni aquí.
    [helpdesk] Es un miembro del grupo de soporte técnico. sspr nunca restablece ni desbloquea cuentas con privilegios, ni por autoservicio ni aquí.
   *[group] Es un miembro del grupo protegido { $group }. sspr nunca restablece ni desbloquea cuentas con privilegios, ni por autoservicio ni aquí.
}

finding-not-in-scope-title = Fuera del ámbito del autoservicio
# $scope es group (el autoservicio es para los miembros de $group) o none (desactivado).
finding-not-in-scope-detail = { $scope ->
    [group] El autoservicio está habilitado para los miembros de { $group }; este usuario no lo es (ni directamente ni por anidamiento).
   *[none] El autoservicio está desactivado (sspr.enabled_for = "none").
}
finding-not-in-scope-fix = Agregue el usuario al grupo de autoservicio, o restablezca o desbloquee por él aquí.

finding-directory-unreachable-title = Directorio inaccesible
# $error es lo que dijo el directorio, en inglés.
finding-directory-unreachable-detail = { $error }
finding-directory-unreachable-fix = Compruebe los controladores de dominio (página Estado).

finding-not-registered-title = No registrado
finding-not-registered-detail = { $required ->
    [one] { $registered } de { $required } método de verificación necesario registrado.
   *[other] { $registered } de { $required } métodos de verificación necesarios registrados.
}
finding-not-registered-fix = El usuario se registra en /register mientras aún recuerde su contraseña; hoy, restablézcala por él aquí después de verificar a quien llama de otra forma.

finding-disabled-title = Cuenta deshabilitada
finding-disabled-detail = La cuenta está deshabilitada en Active Directory: no se puede iniciar sesión con ella.
finding-disabled-fix = Habilítela en Active Directory si debe estar en uso (no es una acción del soporte técnico desde aquí).

finding-expired-title = Cuenta expirada
finding-expired-detail = accountExpires está en el pasado.
finding-expired-fix = Amplíe la fecha de expiración de la cuenta en Active Directory.

finding-missing-rights-title = La cuenta de servicio no tiene permisos sobre este usuario
# $rights es una lista de nombres de permisos y atributos del directorio.
finding-missing-rights-detail = Faltan en esta cuenta: { $rights }.
finding-missing-rights-fix = Delegue en la cuenta de servicio "Restablecer contraseña" y la escritura de lockoutTime/pwdLastSet sobre la UO de este usuario (ejecute `sspr doctor`).

finding-rights-unchecked-title = No se han podido comprobar los permisos
finding-rights-unchecked-detail = { $error }
finding-rights-unchecked-fix = Ejecute `sspr doctor`.

finding-too-young-title = No se ha alcanzado la vigencia mínima de la contraseña
# $policy es fine-grained (al usuario se le aplica una directiva de contraseñas específica) o domain.
finding-too-young-detail = { $policy ->
    [fine-grained] La contraseña se cambió recientemente; según su directiva específica, el usuario no puede volver a cambiarla antes del { $when }.
   *[domain] La contraseña se cambió recientemente; según la directiva del dominio, el usuario no puede volver a cambiarla antes del { $when }.
}
finding-too-young-fix = Un restablecimiento (por autoservicio o aquí) sigue funcionando; un cambio no funciona hasta entonces.

finding-cannot-change-title = El usuario no puede cambiar la contraseña
finding-cannot-change-detail = La cuenta está configurada para que el usuario no pueda cambiar su contraseña.
finding-cannot-change-fix = Los restablecimientos siguen funcionando; quite la opción en Active Directory si los cambios deben funcionar.

finding-locked-title = Bloqueada
finding-locked-detail = Bloqueada desde el { $since }.
finding-locked-fix = El usuario puede desbloquearla con sus métodos, o desbloquéela aquí.

finding-must-change-title = Debe cambiarse la contraseña
finding-must-change-detail = La contraseña ha expirado o debe cambiarse en el siguiente inicio de sesión.
finding-must-change-fix = El usuario puede cambiarla en /change con su contraseña actual, o ponerse en contacto con { $helpdesk }.

finding-app-blocked-title = Aplicación de autenticación bloqueada
finding-console-blocked-title = Autenticador de la consola bloqueado
finding-blocked-detail = { $failures } códigos incorrectos seguidos (el límite es { $cap }): el autenticador ya no sirve como prueba hasta que se desbloquee.
finding-app-blocked-fix = El usuario puede recuperarse con un código enviado por correo electrónico (que lo desbloquea), o desbloquéelo aquí una vez que haya verificado a quien llama.
finding-console-blocked-fix = Desbloquéelo aquí una vez que haya verificado al administrador de otra forma; si no probó esos códigos, lo hizo otra persona.

## Gráficos del panel

chart-activity-title = Escrituras diferidas por día, últimos 30 días
chart-resets = Restablecimientos
chart-changes = Cambios
chart-unlocks = Desbloqueos
chart-failures = Errores
chart-reasons-title = Errores por motivo de estado, últimos 30 días
chart-no-activity = No hay actividad en este período
chart-no-failures = No hay errores en este período
chart-no-failures-desc = No hay errores en este período.
# Título emergente de un segmento de barra: el día, la serie (Restablecimientos…) y su recuento.
chart-segment = { $label } { $series }: { $value }
# Título emergente de una fila: un motivo de estado y su recuento.
chart-row = { $label }: { $value }
# Un elemento del resumen de un gráfico para lectores de pantalla: un nombre y su recuento.
chart-item = { $label } { $value }
# Entre los elementos del resumen de un gráfico.
chart-list-separator = {", "}
# El resumen de un gráfico para lectores de pantalla. $unit es days (una barra por día) o periods.
chart-totals = { $unit ->
    [days] { $n ->
        [one] Totales en { $n } día: { $items }.
       *[other] Totales en { $n } días: { $items }.
    }
   *[periods] { $n ->
        [one] Totales en { $n } período: { $items }.
       *[other] Totales en { $n } períodos: { $items }.
    }
}
chart-totals-none = { $unit ->
    [days] { $n ->
        [one] Totales en { $n } día: sin datos.
       *[other] Totales en { $n } días: sin datos.
    }
   *[periods] { $n ->
        [one] Totales en { $n } período: sin datos.
       *[other] Totales en { $n } períodos: sin datos.
    }
}
chart-top = Principales: { $items }.
chart-top-more = Principales: { $items } y { $more } más.

## Llaves de acceso: la página de usuario del soporte técnico e iniciar sesión en la consola con una

console-user-passkeys = Llaves de acceso
console-passkey-added-on = agregada el { $date }
console-passkey-last-used = último uso el { $date }
console-passkey-never-used = aún no se ha usado
console-passkey-use = Iniciar sesión con una llave de acceso en su lugar
console-passkey-title = Inicie sesión con su llave de acceso
console-passkey-lead = El explorador le pedirá la llave de acceso que agregó para la consola de soporte técnico.
console-passkey-go = Continuar con la llave de acceso
console-passkey-back = Usar la aplicación de autenticación
console-passkey-wrong = No se ha podido iniciar sesión con esa llave de acceso. Inténtelo de nuevo o use la aplicación de autenticación.
console-passkeys-nav = Sus llaves de acceso
console-passkeys-title = Llaves de acceso para iniciar sesión en la consola
console-passkeys-lead = Una llave de acceso puede sustituir al código del autenticador cuando inicia sesión en la consola. Para agregar una se necesita un código que enviamos a su buzón del directorio, y se avisa a los demás administradores del soporte técnico.
console-passkeys-none = No tiene ninguna llave de acceso para iniciar sesión en la consola.
console-passkey-name-label = Un nombre para esta llave de acceso, como "Portátil de la oficina"
console-passkey-add = Agregar una llave de acceso
console-passkey-create-title = Cree su llave de acceso de la consola
console-passkey-create-lead = Hemos enviado un código a su buzón del directorio. Escríbalo aquí y, después, cree la llave de acceso "{ $name }" cuando se lo pida el explorador.
console-passkey-code-label = Código del correo electrónico
console-passkey-create-go = Crear la llave de acceso
console-passkey-added = Se ha agregado la llave de acceso para iniciar sesión en la consola.
console-passkey-removed = Se ha quitado la llave de acceso.
console-passkey-not-added = No se ha agregado la llave de acceso: el código enviado por correo electrónico no era correcto o la respuesta del explorador no coincidía con esta solicitud. Empiece de nuevo.
console-passkey-name-bad = Dé a la llave de acceso un nombre de 64 caracteres como máximo.
console-passkey-no-mailbox = Su cuenta no tiene un buzón del directorio para recibir el código, por lo que aquí no se puede agregar una llave de acceso. Pídaselo a un administrador del directorio.
