# Todos los correos que envía el portal: códigos de un solo uso, avisos de que le ha pasado algo a una
# cuenta y correos de "el autoservicio no ha podido ayudar". Las partes de texto sin formato y HTML usan los mismos mensajes.
#
# Traductores: mantengan cada id de mensaje y cada { $placeholder } tal como están; cambien solo
# las palabras. El correo se lee en teléfonos y en clientes de texto sin formato: nada de marcado en estos mensajes.

## Partes que comparten todos los correos

# Primera línea de cada correo. $name es el nombre para mostrar de la persona.
mail-greeting = Hola, { $name }:

## Correos con código de un solo uso

# Asunto. Nunca contiene el código: los asuntos se ven en las pantallas de bloqueo de los teléfonos.
mail-code-subject = Su código de verificación de { $org }
# Título de la parte HTML (algunos clientes de correo lo muestran en la pestaña o la ventana).
mail-code-title = Código de verificación de { $org }
# La línea encima del código. $purpose indica para qué es el código; $admin (solo helpdesk-caller)
# es el administrador del soporte técnico que ha pedido el código.
mail-code-intro = { $purpose ->
    [reset] Su código de verificación de { $org } para restablecer su contraseña es:
    [unlock] Su código de verificación de { $org } para desbloquear su cuenta es:
    [change-methods] Su código de verificación de { $org } para cambiar sus métodos de verificación es:
    [confirm-address] Su código de verificación de { $org } para confirmar esta dirección para el restablecimiento de contraseña es:
    [console-authenticator] Su código de verificación de { $org } para configurar su autenticador para la consola de soporte técnico es:
   *[helpdesk-caller] Su código de verificación de { $org } para demostrar su identidad al soporte técnico (lo solicita { $admin }) es el siguiente; léaselo en voz alta:
}
mail-code-expiry = { $minutes ->
    [one] Escríbalo en la página donde lo solicitó. Funciona una sola vez y expira en { $minutes } minuto.
   *[other] Escríbalo en la página donde lo solicitó. Funciona una sola vez y expira en { $minutes } minutos.
}
mail-code-ignore = Si no ha solicitado este código, puede ignorar este correo. Nadie puede usarlo sin estar también en esa página, y no ha cambiado nada en su cuenta.

## Avisos (y correos de "no ha podido ayudar")

# Asunto de un aviso. $headline es uno de los mensajes notice-*-headline.
mail-notice-subject = { $org }: { $headline }
# El titular como primera frase del cuerpo del correo.
mail-notice-headline = { $headline }.
# $when es una fecha y hora en el formato del lector (format-datetime).
mail-notice-when = Cuándo: { $when }
# $address es la dirección IP desde la que llegó la solicitud.
mail-notice-from = Desde: { $address }
# Se muestra como dirección cuando no se conoce.
mail-notice-from-unknown = desconocida
mail-notice-was-you = Si ha sido usted, no tiene que hacer nada más.
# $helpdesk es la forma de contactar con el soporte técnico (un nombre, un número de teléfono o una dirección).
mail-notice-not-you = Si no ha sido usted, póngase en contacto con { $helpdesk } de inmediato: es posible que alguien tenga acceso a su cuenta.
# Última línea; $url es la dirección del portal (un vínculo en la parte HTML).
mail-notice-footer = Servicio de contraseñas de { $org }: { $url }

## Correos de "el autoservicio no ha podido ayudar": alguien ha pedido restablecer o desbloquear esta
## cuenta y el autoservicio no puede hacerlo. Se envían al buzón de la propia cuenta, nunca se muestran en la página.

mail-cannot-help-headline = El autoservicio de restablecimiento de contraseña no ha podido ayudarle
mail-cannot-help-not-enabled = El autoservicio de restablecimiento de contraseña no está habilitado para su cuenta. Póngase en contacto con { $helpdesk } para restablecer su contraseña o desbloquear su cuenta.
mail-cannot-help-disabled = Su cuenta está deshabilitada, por lo que su contraseña no se puede restablecer aquí. Póngase en contacto con { $helpdesk }.
mail-cannot-help-privileged = Su cuenta es una cuenta con privilegios (una cuenta de administrador o de soporte técnico), y el autoservicio no las restablece ni las desbloquea. Póngase en contacto con { $helpdesk } o con un administrador del directorio.
# $purpose es lo que la persona pidió hacer; $needed, cuántos métodos deben estar registrados;
# $url, la página de registro.
mail-cannot-help-too-few-methods = { $purpose ->
    [reset] Ha pedido restablecer su contraseña, pero no ha registrado suficientes métodos de verificación (se necesitan { $needed }). Mientras aún recuerde su contraseña, regístrelos en { $url }. Si ahora no puede acceder, póngase en contacto con { $helpdesk }.
    [unlock] Ha pedido desbloquear su cuenta, pero no ha registrado suficientes métodos de verificación (se necesitan { $needed }). Mientras aún recuerde su contraseña, regístrelos en { $url }. Si ahora no puede acceder, póngase en contacto con { $helpdesk }.
   *[other] Ha pedido cambiar sus métodos de verificación, pero no ha registrado suficientes métodos de verificación (se necesitan { $needed }). Mientras aún recuerde su contraseña, regístrelos en { $url }. Si ahora no puede acceder, póngase en contacto con { $helpdesk }.
}

## Avisos: cada uno tiene un titular (también el asunto, después del nombre de la organización) y una
## frase de detalle.

notice-reset-headline = Se ha restablecido su contraseña
notice-reset-detail = Su contraseña se ha restablecido mediante el autoservicio de restablecimiento de contraseña, tras la verificación con sus métodos registrados.

notice-unlock-headline = Se ha desbloqueado su cuenta
notice-unlock-detail = Su cuenta se ha desbloqueado mediante el autoservicio, tras la verificación con sus métodos registrados. Su contraseña no ha cambiado.

notice-changed-headline = Se ha cambiado su contraseña
notice-changed-detail = Su contraseña se ha cambiado en el servicio de contraseñas.
# Se envía cuando el servicio se reinició mientras cambiaba la contraseña: el cambio se aplicó.
notice-changed-unconfirmed-detail = Su contraseña se ha cambiado en el servicio de contraseñas, aunque es posible que no le llegara la página que lo confirmaba.

notice-methods-headline = Han cambiado sus métodos de restablecimiento de contraseña
notice-methods-added-email = Ha cambiado su registro en el autoservicio de restablecimiento de contraseña: se ha registrado una dirección de correo electrónico alternativa.
notice-methods-added-authenticator = Ha cambiado su registro en el autoservicio de restablecimiento de contraseña: se ha registrado una aplicación de autenticación.
notice-methods-removed-email = Ha cambiado su registro en el autoservicio de restablecimiento de contraseña: se ha quitado el código por correo electrónico.
notice-methods-removed-authenticator = Ha cambiado su registro en el autoservicio de restablecimiento de contraseña: se ha quitado la aplicación de autenticación.
notice-methods-added-passkey = Ha cambiado su registro en el autoservicio de restablecimiento de contraseña: se ha registrado una llave de acceso.
notice-methods-removed-passkey = Ha cambiado su registro en el autoservicio de restablecimiento de contraseña: se ha quitado una llave de acceso.

# Al buzón de la propia cuenta, cuando alguien sigue escribiendo contraseñas incorrectas para ella.
notice-guessing-headline = Alguien intenta adivinar su contraseña
notice-guessing-detail = El servicio de contraseñas ha dejado de comprobar contraseñas para su cuenta durante un tiempo, tras varias contraseñas incorrectas, para que su cuenta no se bloquee. Si no ha sido usted, informe al soporte técnico. Si ha olvidado su contraseña, restablézcala con sus métodos registrados.

notice-authenticator-blocked-headline = Se ha bloqueado su autenticador
# $n códigos incorrectos seguidos; $helpdesk es la forma de contactar con el soporte técnico.
notice-authenticator-blocked-detail = { $n ->
    [one] Tras { $n } código incorrecto seguido del autenticador, su aplicación de autenticación ya no funciona para restablecer la contraseña ni desbloquear la cuenta. Use un código enviado por correo electrónico (eso también desbloquea la aplicación) o póngase en contacto con { $helpdesk }. Si no ha probado usted este código, lo ha hecho otra persona: informe a { $helpdesk }.
   *[other] Tras { $n } códigos incorrectos seguidos del autenticador, su aplicación de autenticación ya no funciona para restablecer la contraseña ni desbloquear la cuenta. Use un código enviado por correo electrónico (eso también desbloquea la aplicación) o póngase en contacto con { $helpdesk }. Si no ha probado usted estos códigos, lo ha hecho otra persona: informe a { $helpdesk }.
}
# A un administrador del soporte técnico, sobre el autenticador de su cuenta de la consola de soporte técnico.
notice-console-authenticator-blocked-detail = { $n ->
    [one] Tras { $n } código incorrecto seguido del autenticador, se ha bloqueado el autenticador de su consola de soporte técnico. Otro administrador del soporte técnico puede desbloquearlo desde su página de usuario. Si no ha probado usted este código, lo ha hecho otra persona.
   *[other] Tras { $n } códigos incorrectos seguidos del autenticador, se ha bloqueado el autenticador de su consola de soporte técnico. Otro administrador del soporte técnico puede desbloquearlo desde su página de usuario. Si no ha probado usted estos códigos, lo ha hecho otra persona.
}

## Lo que ha hecho un administrador del soporte técnico. $admin es el nombre para mostrar del administrador.

notice-helpdesk-reset-headline = El soporte técnico ha restablecido su contraseña
notice-helpdesk-reset-detail = { $admin } ha restablecido su contraseña.
notice-helpdesk-reset-must-change-detail = { $admin } ha restablecido su contraseña; se le pedirá que elija una nueva cuando inicie sesión.
notice-helpdesk-unlock-headline = El soporte técnico ha desbloqueado su cuenta
notice-helpdesk-unlock-detail = { $admin } ha desbloqueado su cuenta. Su contraseña no ha cambiado.
notice-helpdesk-cleared-headline = Se han borrado sus métodos de restablecimiento de contraseña
notice-helpdesk-cleared-detail = { $admin } ha borrado sus métodos de verificación registrados. Vuelva a registrarse en el servicio de contraseñas.
notice-helpdesk-unblocked-headline = Se ha desbloqueado su autenticador
notice-helpdesk-unblocked-detail = { $admin } ha desbloqueado su autenticador: vuelve a funcionar.
# El detalle de un aviso del soporte técnico seguido de la nota del administrador sobre cómo verificó
# a quien llamaba ($note, con las palabras del propio administrador).
notice-with-note = { $detail } ({ $note })

## A los demás administradores del soporte técnico.

# $admin es el nombre de cuenta del administrador que se inscribió.
notice-admin-enrolled-headline = { $admin } ha inscrito un autenticador de soporte técnico
# $name es el nombre para mostrar de ese administrador.
notice-admin-enrolled-detail = { $name } ha configurado el autenticador que protege su cuenta de la consola de soporte técnico.
# $admin es el nombre de cuenta del administrador que agregó una llave de acceso.
notice-admin-passkey-headline = { $admin } ha agregado una llave de acceso para iniciar sesión en el soporte técnico
# $name es el nombre para mostrar de ese administrador.
notice-admin-passkey-detail = { $name } ha agregado una llave de acceso con la que se puede iniciar sesión en su cuenta de la consola de soporte técnico en lugar de usar la aplicación de autenticación.
# $admin es el nombre de cuenta del administrador que actuó.
notice-privileged-headline = { $admin } ha cambiado una cuenta con privilegios
# $admin es el nombre para mostrar del administrador que actuó; $account, el nombre de la cuenta con
# privilegios; $action, lo que hizo. La parte después de los dos puntos repite, en minúsculas, el
# titular que recibió el propietario de la cuenta.
notice-privileged-detail = { $action ->
    [reset] { $admin } ha actuado sobre { $account }, que es una cuenta de soporte técnico o de administrador del directorio: el soporte técnico ha restablecido su contraseña
    [unlock] { $admin } ha actuado sobre { $account }, que es una cuenta de soporte técnico o de administrador del directorio: el soporte técnico ha desbloqueado su cuenta
    [cleared] { $admin } ha actuado sobre { $account }, que es una cuenta de soporte técnico o de administrador del directorio: se han borrado sus métodos de restablecimiento de contraseña
   *[unblocked] { $admin } ha actuado sobre { $account }, que es una cuenta de soporte técnico o de administrador del directorio: se ha desbloqueado su autenticador
}

## Recordatorios de expiración de contraseña: se envían un número fijo de días antes de que expire la
## contraseña de la cuenta (los días vienen de la configuración; normalmente 14, 7, 3 y 1).

# Asunto. $days es el número entero de días que quedan (0: menos de un día).
mail-reminder-subject = { $days ->
    [0] { $org }: su contraseña expira en menos de un día
    [one] { $org }: su contraseña expira mañana
   *[other] { $org }: su contraseña expira en { $days } días
}
mail-reminder-headline = { $days ->
    [0] Su contraseña expira en menos de un día.
    [one] Su contraseña expira en { $days } día.
   *[other] Su contraseña expira en { $days } días.
}
# $when es la fecha y hora en que expira, en el formato del lector.
mail-reminder-detail = Dejará de funcionar el { $when }. A partir de entonces, no podrá iniciar sesión con ella hasta que se restablezca.
# Encima del vínculo a la página de cambio.
mail-reminder-change = Elija una nueva ahora, desde cualquier dispositivo, con su contraseña actual:
# Encima del vínculo a la página de registro; solo para quienes no han registrado una forma de demostrar quiénes son.
mail-reminder-register = No ha configurado ninguna forma de restablecer usted mismo su contraseña si alguna vez la olvida. Solo se tarda un minuto:
mail-reminder-windows = En un equipo Windows de su organización también puede pulsar Ctrl+Alt+Supr y elegir "Cambiar una contraseña".
# $helpdesk es cómo contactar con el soporte técnico.
mail-reminder-never-asks = Nunca le pediremos su contraseña por correo electrónico. Si no está seguro de que este mensaje sea auténtico, escriba usted mismo la dirección del servicio de contraseñas o póngase en contacto con { $helpdesk }.
