# Las páginas de autoservicio: restablecer una contraseña olvidada, desbloquear una cuenta y registrar
# los métodos (una dirección de correo electrónico, una aplicación de autenticación) que demuestran quién es alguien.
#
# Traductores: mantengan cada id de mensaje y cada { $placeholder } tal como están; cambien solo
# las palabras. { $helpdesk } es la forma de contactar con el soporte técnico, tal como la escribió
# el operador (un número de teléfono, una dirección o una página web).

## Restablecer, desbloquear: los pasos

# El último paso del indicador de progreso (después de "Identificación" y "Verificación").
reset-step-last = Nueva contraseña
unlock-step-last = Desbloqueo
# El último paso cuando una persona con sesión iniciada demuestra un método antes de cambiar sus métodos.
register-step-last = Cambiar métodos

reset-title = Restablezca su contraseña
reset-lead = ¿Ha olvidado su contraseña? Demuestre que es usted y elija una nueva.
unlock-title = Desbloquee su cuenta
unlock-lead = ¿Su cuenta se ha bloqueado tras demasiados intentos? Demuestre que es usted y la desbloquearemos. Su contraseña no cambia.
# Se muestra a una persona con sesión iniciada que debe demostrar uno de sus métodos antes de cambiarlos.
register-prove-title = Demuestre que es usted
register-prove-lead = Demuestre uno de sus métodos registrados para poder cambiarlos.

recover-username-label = Nombre de usuario o dirección de correo electrónico
recover-username-hint = Por ejemplo, jsmith, jsmith@example.com o EXAMPLE\jsmith
recover-continue = Continuar
# El vínculo en la página "Su sesión ha finalizado".
recover-start-again = Volver a empezar

unlock-not-offered-title = El desbloqueo no está disponible aquí
unlock-not-offered-message = Este servicio de contraseñas no desbloquea cuentas.
unlock-not-offered-next = Restablezca su contraseña (eso también desbloquea la cuenta) o póngase en contacto con { $helpdesk }.
# El botón en la página "El desbloqueo no está disponible aquí".
unlock-not-offered-link = Restablecer su contraseña

## Verificación: el paso del código

verify-title = Demuestre que es usted
# El título después de demostrar un método, cuando se necesita un segundo.
verify-title-second = Una comprobación más
verify-first-passed = Primera comprobación superada.
verify-email-lead = Si esta cuenta puede usar el autoservicio, hemos enviado un código a su dirección de correo electrónico registrada. Puede tardar un minuto en llegar.
verify-totp-lead = Abra la aplicación de autenticación que registró y escriba el código de 6 dígitos que muestra ahora.
verify-email-label = Código del correo electrónico
verify-totp-label = Código de la aplicación
verify-submit = Verificar
verify-resend = Enviar un código nuevo
verify-use-email = Usar un código enviado por correo electrónico
verify-use-totp = Usar la aplicación de autenticación
verify-no-method = ¿No tiene correo electrónico ni aplicación? Es posible que no se haya registrado en el autoservicio: póngase en contacto con { $helpdesk }.
verify-wrong = { $left ->
    [one] Ese código no es correcto. Le queda { $left } intento.
   *[other] Ese código no es correcto. Le quedan { $left } intentos.
}
verify-expired = Ese código ha expirado. Solicite uno nuevo y úselo en un plazo de 10 minutos.
verify-replayed = Ese código ya se ha usado. Espere a que la aplicación muestre el siguiente código y escríbalo.
verify-resent = Si esta cuenta tiene una dirección de correo electrónico registrada, hay un código nuevo en camino. Solo funciona el código más reciente.

## Restablecer: la nueva contraseña

reset-password-title = Elija una contraseña nueva
reset-password-lead = Ha demostrado que es usted. Elija una contraseña que no haya usado antes.
reset-new-password = Nueva contraseña
reset-confirm-password = Vuelva a escribirla
# Seguido de una palabra que rellena el script de la página (débil, aceptable, segura...).
reset-strength = Seguridad:
reset-set-password = Establecer la nueva contraseña
reset-mismatch = Las dos contraseñas no coinciden. Escriba la misma contraseña en ambos cuadros.

## Restablecer, desbloquear: el resultado

reset-done-title = Se ha restablecido su contraseña
reset-done-message = Su nueva contraseña ya funciona y su cuenta está desbloqueada si estaba bloqueada.
reset-done-next = Inicie sesión con su nueva contraseña. Le hemos enviado un correo electrónico sobre este cambio.
unlock-done-title = Su cuenta está desbloqueada
unlock-done-message = Puede volver a iniciar sesión con su contraseña actual.
unlock-done-next = Si no recuerda su contraseña, restablézcala.
register-verified-title = Verificado
register-verified-message = Ha demostrado uno de sus métodos.
register-verified-next = Ahora puede cambiar sus métodos.
recover-disabled-title = Esta cuenta está deshabilitada
recover-disabled-message = Una cuenta deshabilitada no se puede restablecer ni desbloquear aquí.
recover-disabled-next = Póngase en contacto con { $helpdesk }.
recover-refused-title = No podemos hacerlo aquí
recover-refused-message = Esta cuenta no se puede cambiar mediante el autoservicio.
recover-refused-next = Póngase en contacto con { $helpdesk }; pueden ayudarle enseguida.

## Registro: inicio de sesión

register-signin-title = Configurar el autoservicio
register-signin-lead = Inicie sesión con su contraseña actual para registrar una dirección de correo electrónico o una aplicación de autenticación. Los usará para demostrar que es usted si alguna vez olvida su contraseña.
register-username-label = Nombre de usuario o dirección de correo electrónico
register-password-label = Contraseña
register-signin = Iniciar sesión
# El vínculo de vuelta a la página de inicio de sesión cuando una visita de registro tiene que empezar de nuevo.
register-sign-in-again = Volver a iniciar sesión
register-unavailable-title = El registro no está disponible
register-unavailable-privileged = El autoservicio de restablecimiento de contraseña no está disponible para cuentas con privilegios (administradores y personal de soporte técnico).
register-unavailable-not-enabled = El autoservicio de restablecimiento de contraseña no está habilitado para su cuenta.
register-unavailable-next = Póngase en contacto con { $helpdesk } para obtener ayuda con su contraseña.

## Registro: la página de métodos

# Los nombres de los métodos de verificación.
method-email = Código por correo electrónico
method-totp = Aplicación de autenticación

register-title = Sus métodos de verificación
# { $name } es el nombre de la persona con sesión iniciada; { $required }, cuántos métodos necesita un
# restablecimiento (la variante [1] es para exactamente uno; la otra, para cualquier otro número).
register-lead = { $required ->
    [1] Sesión iniciada como { $name }. Un método basta para restablecer su contraseña; dos son mejor.
   *[other] Sesión iniciada como { $name }. Necesita dos métodos para restablecer su contraseña.
}
register-none = Aún no tiene ningún método: agregue uno ahora para poder resolverlo usted mismo más adelante.
# { $date } es el día en que se registró el método.
register-added = Agregado el { $date }
register-remove = Quitar
register-locked = Para agregar, reemplazar o quitar un método, primero demuestre uno que ya tenga. La contraseña por sí sola no basta para cambiarlos.
register-prove = Verificar que es usted
register-change-email = Cambiar su dirección de correo electrónico
register-add-email = Agregar una dirección de correo electrónico
register-email-hint = Use una dirección personal que pueda leer cuando no pueda iniciar sesión en el trabajo, no su buzón del trabajo.
register-email-label = Dirección de correo electrónico
register-send-code = Enviar un código de confirmación
register-replace-totp = Reemplazar su aplicación de autenticación
register-add-totp = Agregar una aplicación de autenticación
register-totp-hint = Funcionan Microsoft Authenticator, Google Authenticator, 1Password y otras.
register-set-up-totp = Configurar una aplicación de autenticación
register-sign-out = Cerrar sesión

# Avisos de una línea en la parte superior de la página de métodos, después de un paso.
register-notice-stepped-up = Verificado. Ahora puede cambiar sus métodos.
register-notice-email = Su dirección de correo electrónico está registrada.
register-notice-totp = Su aplicación de autenticación está registrada.
register-notice-removed-email = Se ha quitado el código por correo electrónico.
register-notice-removed-totp = Se ha quitado la aplicación de autenticación.

## Registro: confirmar una dirección de correo electrónico

register-email-title = Confirme su dirección de correo electrónico
# { $address } es la dirección, parcialmente oculta (al***@ex***.com).
register-email-lead = Hemos enviado un código a { $address }. Escríbalo aquí para terminar.
register-code-from-email = Código del correo electrónico
register-confirm = Confirmar
register-back = Atrás
register-email-wrong = Ese código no es correcto o ha expirado. Revise el correo electrónico más reciente, o vuelva atrás y envíe un código nuevo.

## Registro: configurar una aplicación de autenticación

register-totp-title = Configure su aplicación de autenticación
register-totp-lead = En la aplicación, agregue una cuenta y escanee este código. ¿No puede escanearlo? Escriba la clave de abajo.
# Seguido de la clave secreta, para escribirla a mano en la aplicación.
register-totp-key = Clave:
register-totp-code-label = El código de 6 dígitos que muestra la aplicación
register-totp-wrong = Ese código no es correcto. Compruebe la hora de la aplicación y escriba el código que muestra ahora.

## Llaves de acceso

method-passkey = Llave de acceso
verify-use-passkey = Usar una llave de acceso en su lugar
verify-passkey-lead = Use una llave de acceso que haya registrado para esta cuenta: en este dispositivo, en su teléfono o en una llave de seguridad.
verify-passkey-start = Usar una llave de acceso
verify-passkey-title = Use su llave de acceso
verify-passkey-go = Continuar con la llave de acceso
verify-passkey-wrong = { $left ->
    [one] Esa llave de acceso no ha demostrado que es usted. Le queda { $left } intento.
   *[other] Esa llave de acceso no ha demostrado que es usted. Le quedan { $left } intentos.
}
verify-passkey-expired = Esa solicitud de llave de acceso ha expirado. Elija "Usar una llave de acceso" para empezar de nuevo.
verify-passkey-replayed = Esa respuesta de llave de acceso ya se ha usado. Elija "Usar una llave de acceso" para empezar de nuevo.
passkey-back-to-methods = Usar otro método
passkey-failed = El explorador no ha proporcionado ninguna llave de acceso: la solicitud se ha cancelado o ha agotado el tiempo de espera, o este dispositivo no tiene ninguna llave de acceso para este sitio. Inténtelo de nuevo o use otro método.
passkey-unsupported = Este explorador no puede usar llaves de acceso. Use otro método u otro explorador.
passkey-needs-script = Las llaves de acceso necesitan JavaScript, que está desactivado en este explorador. Use otro método o active JavaScript.
passkey-none = El explorador no ha proporcionado ninguna llave de acceso. Inténtelo de nuevo o use otro método.
passkey-bad = No se ha podido leer la respuesta del explorador. Inténtelo de nuevo.
register-passkeys = Sus llaves de acceso
register-passkey-used = último uso el { $date }
register-passkey-never-used = aún no se ha usado
register-add-passkey = Agregar una llave de acceso
register-passkey-hint = Una llave de acceso demuestra que es usted con el bloqueo de pantalla del dispositivo (huella digital, cara o PIN). No hay que escribir nada y un sitio falso no puede usarla.
register-passkey-name-label = Un nombre para esta llave de acceso, como "Portátil del trabajo"
register-passkey-add = Agregar una llave de acceso
register-passkey-name-empty = Dé un nombre a la llave de acceso para poder distinguir sus llaves de acceso más adelante.
register-passkey-name-bad = Use un nombre de 64 caracteres como máximo.
register-passkey-too-many = { $n ->
    [one] Tiene { $n } llave de acceso, el máximo que puede tener una cuenta. Quítela primero.
   *[other] Tiene { $n } llaves de acceso, el máximo que puede tener una cuenta. Quite una primero.
}
register-passkey-title = Cree su llave de acceso
register-passkey-lead = El explorador le pedirá que cree una llave de acceso llamada "{ $name }" y que confirme con el bloqueo de pantalla.
register-passkey-go = Crear la llave de acceso
register-passkey-failed = No se ha registrado la llave de acceso: la respuesta del explorador no coincidía con esta solicitud. Intente agregarla de nuevo.
register-passkey-already = Esa llave de acceso ya está registrada.
register-notice-passkey = Su llave de acceso está registrada.
register-notice-removed-passkey = Se ha quitado la llave de acceso.
