# La página en la que un usuario que conoce su contraseña (o cuya contraseña ha expirado) elige una nueva.
#
# Traductores: mantengan cada id de mensaje y cada { $placeholder } tal como están; cambien solo
# las palabras.

change-title = Cambie su contraseña
change-expired = Su contraseña ha expirado o debe cambiarse antes de poder iniciar sesión. Elija una nueva aquí.
# $link es un vínculo a la página de restablecimiento; sus palabras son change-lead-link.
change-lead = Necesita su contraseña actual. ¿La ha olvidado? { $link }.
change-lead-link = Restablézcala
change-username = Nombre de usuario o dirección de correo electrónico
change-current-password = Contraseña actual
change-new-password = Nueva contraseña
change-confirm-password = Vuelva a escribir la nueva contraseña
change-submit = Cambiar contraseña
change-mismatch = Las dos contraseñas nuevas no coinciden. Escriba la misma contraseña en ambos cuadros.

change-done-title = Se ha cambiado su contraseña
change-done-message = Su nueva contraseña ya funciona.
change-done-next = Inicie sesión con su nueva contraseña. Le hemos enviado un correo electrónico sobre este cambio.

# La cuenta no puede cambiar su propia contraseña a través del portal.
change-refused-title = No podemos cambiar esta contraseña aquí
change-refused-message = Esta cuenta no se puede cambiar mediante el autoservicio.
change-refused-next = Póngase en contacto con { $helpdesk }.
