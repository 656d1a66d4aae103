# Motivos de estado, tal como los explica la consola de soporte técnico: qué pasó (`-explain`) y qué
# puede hacer un administrador al respecto (`-fix`). Los nombres de los motivos (la parte después de
# `status-`) son códigos del registro de auditoría de Microsoft Entra: no se traducen.
#
# Traductores: mantengan cada id de mensaje y cada { $placeholder } tal como están; cambien solo
# las palabras. El texto entre `comillas invertidas` y los nombres de configuración como directory.write_queue_timeout son
# comandos y claves de configuración: manténganlos tal como están.

status-Success-explain = La operación se ha completado.
status-Success-fix = No hay nada que hacer.

status-OnPremisesPolicyViolation-TooShort-explain = Active Directory ha rechazado la contraseña: es más corta que la longitud mínima.
status-OnPremisesPolicyViolation-NotComplex-explain = Active Directory ha rechazado la contraseña: no cumple los requisitos de complejidad.
status-OnPremisesPolicyViolation-InHistory-explain = Active Directory ha rechazado la contraseña: es una de las contraseñas recientes del usuario.
status-OnPremisesPolicyViolation-TooYoung-explain = Active Directory ha rechazado el cambio: no ha transcurrido la vigencia mínima de la contraseña desde el último cambio.
status-OnPremisesPolicyViolation-CannotChange-explain = Active Directory ha rechazado el cambio: la cuenta está configurada para que el usuario no pueda cambiar la contraseña.
status-OnPremisesPolicyViolation-Unknown-explain = Active Directory ha rechazado la contraseña según su directiva (historial o un filtro de contraseñas; Windows no indica cuál).
# La solución para una contraseña rechazada según la directiva (demasiado corta, poco compleja, en el historial, desconocido).
status-OnPremisesPolicyViolation-fix = El usuario elige una contraseña que cumpla la directiva que se muestra en la página.
status-OnPremisesPolicyViolation-TooYoung-fix = Espere a que transcurra la vigencia mínima de la contraseña, o pida al soporte técnico que restablezca la contraseña.
# "El usuario no puede cambiar la contraseña" es el nombre de la opción en Usuarios y equipos de Active Directory.
status-OnPremisesPolicyViolation-CannotChange-fix = Desactive "El usuario no puede cambiar la contraseña" en la cuenta, o pida al soporte técnico que la restablezca.

status-PasswordBanned-explain = La contraseña está en la lista de contraseñas prohibidas del portal.
status-PasswordBanned-fix = El usuario elige una contraseña menos común.
status-PasswordBreached-explain = La contraseña está en la lista de contraseñas conocidas por filtraciones de datos (policy.breached_passwords_file).
status-PasswordBreached-fix = El usuario elige una contraseña que no haya usado nunca en ningún otro sitio.
status-PasswordTooWeak-explain = La contraseña es más fácil de adivinar de lo que permite la seguridad mínima del portal (policy.min_strength).
status-PasswordTooWeak-fix = El usuario elige una contraseña más larga, como tres o cuatro palabras sin relación entre sí.

status-InvalidCurrentPassword-explain = La contraseña actual indicada era incorrecta.
status-InvalidCurrentPassword-fix = El usuario vuelve a intentarlo, o usa el restablecimiento si ha olvidado la contraseña actual.

status-OnPremisesConnectivityError-explain = No se ha podido conectar con ningún controlador de dominio, o no respondió a tiempo.
status-OnPremisesConnectivityError-fix = Compruebe que los controladores de dominio están en funcionamiento y accesibles en 636/389; ejecute `sspr doctor`.

status-OnPremisesAdminActionRequired-explain = El directorio ha rechazado la operación por un motivo que solo un administrador puede corregir (permisos, cuenta protegida o confianza TLS).
# "Restablecer contraseña" es el nombre del permiso en Active Directory; lockoutTime y pwdLastSet son nombres de atributos.
status-OnPremisesAdminActionRequired-fix = Ejecute `sspr doctor`: conceda a la cuenta de servicio "Restablecer contraseña" y escritura sobre lockoutTime/pwdLastSet, o gestione a mano las cuentas protegidas.

status-UserNotEnabledForSSPR-explain = El usuario no está en el ámbito del autoservicio de restablecimiento de contraseña.
status-UserNotEnabledForSSPR-fix = Agregue el usuario al grupo de autoservicio, o cambie sspr.enabled_for.

status-UserNotProperlyConfigured-explain = El usuario no ha registrado suficientes métodos de verificación.
status-UserNotProperlyConfigured-fix = El usuario registra sus métodos en /register, o el soporte técnico le ayuda.

status-WritebackNotEnabled-explain = Esta operación está deshabilitada en la configuración del portal.
status-WritebackNotEnabled-fix = Habilite la operación en la configuración si debe ofrecerse.

status-AccountDisabled-explain = La cuenta está deshabilitada en Active Directory.
status-AccountDisabled-fix = Un administrador habilita la cuenta en Active Directory, si procede.

status-VerificationFailed-explain = Un código de verificación era incorrecto o había expirado.
status-VerificationFailed-fix = El usuario solicita un código nuevo y vuelve a intentarlo.

status-TooManyAttempts-explain = Demasiados intentos; el usuario está bloqueado temporalmente.
status-TooManyAttempts-fix = Espere a que expire el bloqueo; investigue si se repite.

status-UserNotFound-explain = Ninguna cuenta del directorio coincide con lo que escribió el usuario.
status-UserNotFound-fix = Compruebe la ortografía; el usuario puede usar su nombre de usuario, UPN o correo electrónico.

status-DirectoryBusy-explain = El controlador de dominio respondió pero estaba saturado: la solicitud esperó su turno hasta directory.write_queue_timeout y se rechazó. No se ha cambiado nada.
status-DirectoryBusy-fix = El usuario vuelve a intentarlo en unos instantes. Si ocurre a menudo, aumente directory.write_queue_timeout o agregue controladores de dominio a directory.urls.

status-WritebackInterrupted-explain = El portal se detuvo (un bloqueo o una terminación forzada) mientras se escribía la contraseña; al volver a leer la cuenta después, se vio que el directorio no la había aplicado.
status-WritebackInterrupted-fix = El usuario vuelve a intentarlo; no se ha cambiado nada. Averigüe por qué se detuvo el portal (registros del servicio).

# adminCount=1 es un atributo y su valor; manténgalo tal como está.
status-ProtectedAccount-explain = La cuenta tiene privilegios (adminCount=1, es miembro de un grupo protegido o del grupo de soporte técnico, o es la cuenta de servicio): sspr nunca la restablece ni la desbloquea.
status-ProtectedAccount-fix = Un administrador del directorio la restablece o desbloquea con sus propias herramientas (Usuarios y equipos de Active Directory, PowerShell), después de verificar a la persona en persona.
