# Palabras que comparten todas las páginas: el marco de cada página, el selector de idioma, las fechas.
#
# Traductores: mantengan cada id de mensaje y cada { $placeholder } tal como están; cambien solo
# las palabras. Los mensajes `format-*` son patrones strftime (https://docs.rs/chrono/latest/chrono/format/strftime/).

# El nombre del idioma en el propio idioma, mostrado en el selector de idioma.
language-name = Español
language-switcher = Idioma

format-datetime = %d/%m/%Y, %H:%M %Z
format-date = %d/%m/%Y

service-name = Servicio de contraseñas
service-home = Inicio del servicio de contraseñas
skip-to-content = Ir al contenido
need-help = ¿Necesita ayuda? Póngase en contacto con { $helpdesk }.

steps-label = Progreso
step-identify = Identificación
step-verify = Verificación

home-title = ¿Qué necesita hacer?
home-lead = Recupere el acceso a su cuenta de { $org } en un minuto, sin esperar al soporte técnico.
home-reset = Restablecer mi contraseña
home-reset-hint = La he olvidado
home-unlock = Desbloquear mi cuenta
home-unlock-hint = Sé mi contraseña, pero mi cuenta está bloqueada
home-change = Cambiar mi contraseña
home-change-hint = La sé, o ha expirado
home-register = Configurar el autoservicio
home-register-hint = Registre un correo electrónico o una aplicación de autenticación antes de necesitarlos

back-to-start = Volver al inicio
go-to-start = Ir al inicio

not-found-title = Página no encontrada
not-found-message = No hay ninguna página en esta dirección.
not-found-next = Vuelva a empezar desde la primera página del servicio de contraseñas.

blocked-title = Demasiados intentos
blocked-message = Por su seguridad, el autoservicio se pausa durante un tiempo después de demasiados intentos.
blocked-next = Vuelva a intentarlo después de { $when }. Si necesita acceder antes, póngase en contacto con el soporte técnico.

busy-title = Mucha actividad en este momento
busy-message = Muchas personas están cambiando su contraseña en este momento y no se pudo procesar la suya a tiempo. No se ha cambiado nada.
busy-next = { $seconds ->
    [one] Vuelva a intentarlo dentro de { $seconds } segundo.
   *[other] Vuelva a intentarlo dentro de { $seconds } segundos.
}

unavailable-title = Vuelva a intentarlo dentro de unos minutos
unavailable-message = No hemos podido conectar con el directorio en este momento. No se ha cambiado nada.
unavailable-next = Vuelva a intentarlo dentro de unos minutos. Si sigue ocurriendo, póngase en contacto con el soporte técnico.

session-ended-title = Su sesión ha finalizado
session-ended-message = Por su seguridad, este paso solo funciona durante poco tiempo después del anterior y en el mismo explorador.
session-ended-next = Vuelva a empezar: solo se tarda un minuto.

not-right = El nombre de usuario o la contraseña no son correctos, o la cuenta está bloqueada o deshabilitada. ¿Ha olvidado su contraseña? Restablézcala. ¿Tiene la cuenta bloqueada? Desbloquéela primero.

bad-form = Esta solicitud no es un formulario que podamos entender. Vuelva atrás, recargue la página e inténtelo de nuevo.
form-expired-title = Este formulario ha expirado
form-expired-message = Por su seguridad, los formularios solo funcionan durante un tiempo y solo en la ventana del explorador que los abrió. Vuelva atrás, recargue la página e inténtelo de nuevo.
form-too-large = Este formulario era demasiado grande.
form-too-slow = Este formulario tardó demasiado en llegar. Vuelva atrás, recargue la página e inténtelo de nuevo.
too-slow = Esto está tardando más de lo normal. Si estaba cambiando, restableciendo o desbloqueando, es posible que haya funcionado de todos modos: intente iniciar sesión antes de volver a intentarlo.
internal-error = Algo ha salido mal por nuestra parte. Vuelva a intentarlo.

input-username-empty = Escriba su nombre de usuario o dirección de correo electrónico.
input-username-bad = Eso no parece un nombre de usuario. Use solo letras, números y estos caracteres: . - _ @ \
input-password-bad = Las contraseñas pueden tener como máximo 256 caracteres, sin caracteres de control.
input-email-empty = Escriba una dirección de correo electrónico.
input-email-bad = Escriba una dirección de correo electrónico como nombre@example.com.
input-code-empty = Escriba el código.
input-code-bad = Los códigos solo contienen dígitos.
input-current-password-empty = Escriba su contraseña actual.
input-new-password-empty = Escriba una contraseña nueva.
input-password-empty = Escriba su contraseña.

# Tras un cambio o restablecimiento de contraseña, a continuación de "Inicie sesión con su nueva contraseña…".
# $minutes es el tiempo durante el que los controladores de dominio de la organización siguen aceptando la
# contraseña anterior en conexiones de Windows más antiguas (60, salvo que la organización lo haya cambiado).
done-old-password = { $minutes ->
    [one] En algunas conexiones de Windows, como las unidades de red asignadas, es posible que su contraseña anterior siga funcionando durante un máximo de { $minutes } minuto. Es normal: a partir de ahora, use la nueva en todas partes.
   *[other] En algunas conexiones de Windows, como las unidades de red asignadas, es posible que su contraseña anterior siga funcionando durante un máximo de { $minutes } minutos. Es normal: a partir de ahora, use la nueva en todas partes.
}
