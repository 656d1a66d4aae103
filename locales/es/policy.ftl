# Directiva de contraseñas: las reglas que se muestran antes de escribir una contraseña nueva, los motivos
# por los que se rechaza una contraseña escrita y el medidor de seguridad en directo de los formularios de contraseña.
#
# Traductores: mantengan cada id de mensaje y cada { $placeholder } tal como están; cambien solo
# las palabras.

## Las reglas de contraseña del directorio, una por línea (la vista de un usuario para el soporte técnico
## y la lista de comprobación encima del cuadro de nueva contraseña).

# Las cinco clases de caracteres de la regla de complejidad de Active Directory, con palabras que un
# usuario entiende; se usan dentro de policy-rule-classes y policy-few-classes.
-policy-classes = letras mayúsculas, letras minúsculas, dígitos (0-9), símbolos (como ! # $ % o un espacio) y letras sin mayúsculas ni minúsculas (como las del chino o el japonés)

policy-rule-min-length = { $n ->
    [one] Al menos { $n } carácter
   *[other] Al menos { $n } caracteres
}
# $n es cuántas clases se necesitan (3).
policy-rule-classes = Caracteres de al menos { $n } de estos tipos: { -policy-classes }
policy-rule-names = Que no contenga su nombre de usuario ni partes de su nombre completo
# $n es cuántas contraseñas recuerda el directorio. Cuenta la actual, así que exactamente 1
# significa que solo no se puede volver a usar la contraseña actual (mantenga la variante [1]).
policy-rule-history = { $n ->
    [1] Que no sea su contraseña actual
   *[other] Que no sea ninguna de sus últimas { $n } contraseñas
}
# $duration es uno de policy-days, policy-hours, policy-minutes o policy-seconds,
# como "1 día" o "36 horas".
policy-rule-min-age = Se puede cambiar como máximo una vez cada { $duration }
# $duration como en policy-rule-min-age.
policy-rule-max-age = Se debe cambiar cada { $duration }

# Duraciones, que se insertan en policy-rule-min-age y policy-rule-max-age.
policy-days = { $n ->
    [one] { $n } día
   *[other] { $n } días
}
policy-hours = { $n ->
    [one] { $n } hora
   *[other] { $n } horas
}
policy-minutes = { $n ->
    [one] { $n } minuto
   *[other] { $n } minutos
}
policy-seconds = { $n ->
    [one] { $n } segundo
   *[other] { $n } segundos
}

## La lista de comprobación encima del cuadro de nueva contraseña. Cada línea se marca en directo
## mientras se escribe la contraseña.

policy-panel-title = Su nueva contraseña necesita
# $n es cuántas clases se necesitan (3).
policy-panel-classes = Caracteres de { $n } de estos tipos: mayúsculas, minúsculas, dígitos, símbolos
policy-panel-names = Que no contenga su nombre de usuario ni partes de su nombre
# Se muestra en lugar de las reglas cuando no se han podido leer del directorio.
policy-panel-unknown = Se aplican las reglas de contraseña de su organización
policy-panel-common = Que no sea una contraseña común o fácil de adivinar
# Cuando la organización compara las contraseñas nuevas con una lista de contraseñas filtradas.
policy-panel-breached = Que no sea una contraseña conocida por una filtración de datos
# Cuando la organización exige una seguridad mínima. $level es una de las palabras del medidor
# (meter-too-weak … meter-strong), como "Buena".
policy-panel-strength = Que sea difícil de adivinar: al menos "{ $level }" en el medidor de seguridad
# La nueva contraseña y su confirmación son iguales.
policy-panel-match = Ambas entradas coinciden
# Debajo de la lista, cuando la cuenta tiene su propia directiva de contraseñas específica.
policy-source-pso = Estas reglas proceden de la directiva de contraseñas de su cuenta.
# Debajo de la lista, cuando se aplica (o se supone) la directiva del dominio.
policy-source-domain = Estas reglas proceden de la directiva de contraseñas de su organización.
# $when es una fecha y hora.
policy-can-change = Podrá volver a cambiar su contraseña a partir del { $when }.

## Por qué se rechaza una contraseña escrita; se muestra encima del formulario. Nunca repiten la contraseña.

# $min es el mínimo de la directiva; $actual, cuántos caracteres se escribieron.
policy-too-short = { $min ->
    [one] Use al menos { $min } carácter (ha escrito { $actual }).
   *[other] Use al menos { $min } caracteres (ha escrito { $actual }).
}
# Las frases policy-has-account-name, policy-has-name-part y policy-few-classes se
# muestran juntas, en ese orden, para cada parte que no se cumple.
policy-has-account-name = No incluya su nombre de usuario.
policy-has-name-part = No incluya partes de su nombre completo.
# $required es cuántas clases se necesitan (3); $present, cuántas tiene la contraseña.
policy-few-classes = Use caracteres de al menos { $required } de estos tipos: { -policy-classes } (la suya tiene { $present }).
# $when es una fecha y hora, redondeada al minuto.
policy-too-young = Su contraseña se cambió hace muy poco. Podrá volver a cambiarla a partir del { $when }.
policy-banned = Esta contraseña es demasiado común o fácil de adivinar. Evite palabras comunes, nombres, estaciones, años y secuencias del teclado.
policy-breached = Esta contraseña ha aparecido en una filtración de datos, así que los atacantes la prueban primero. Elija una que no haya usado nunca en ningún sitio.
# Le siguen una o varias de las frases strength-warning-… y strength-suggest-….
policy-too-weak = Esta contraseña sería demasiado fácil de adivinar.

## Por qué una contraseña es fácil de adivinar y qué ayudaría: se muestran después de policy-too-weak,
## una frase cada uno.

strength-warning-key-rows = Las filas de teclas seguidas son fáciles de adivinar.
strength-warning-key-patterns = Las secuencias cortas del teclado son fáciles de adivinar.
strength-warning-repeats = Las repeticiones como "aaa" son fáciles de adivinar.
strength-warning-repeated-groups = Las repeticiones como "abcabcabc" son solo un poco más difíciles de adivinar que "abc".
strength-warning-top10 = Es una de las diez contraseñas más comunes.
strength-warning-top100 = Es una de las cien contraseñas más comunes.
strength-warning-common = Es una contraseña muy común.
strength-warning-similar-to-common = Se parece a una contraseña muy usada.
strength-warning-sequences = Las secuencias como "abc" o "6543" son fáciles de adivinar.
strength-warning-recent-years = Los años recientes son fáciles de adivinar.
strength-warning-single-word = Una sola palabra es fácil de adivinar.
strength-warning-dates = Las fechas suelen ser fáciles de adivinar.
strength-warning-names = Los nombres y apellidos por sí solos son fáciles de adivinar.
strength-warning-common-names = Los nombres y apellidos comunes son fáciles de adivinar.
strength-suggest-few-words = Use varias palabras y evite las frases hechas.
strength-suggest-no-symbols-needed = No hace falta usar símbolos, dígitos ni mayúsculas.
strength-suggest-another-word = Agregue una o dos palabras más. Las palabras poco comunes son mejores.
strength-suggest-capitals = Las mayúsculas no ayudan mucho.
strength-suggest-all-capitals = Todo en mayúsculas es casi tan fácil de adivinar como todo en minúsculas.
strength-suggest-reversed = Las palabras escritas al revés no son mucho más difíciles de adivinar.
strength-suggest-substitutions = Las sustituciones previsibles, como "@" en lugar de "a", no ayudan mucho.
strength-suggest-longer-pattern = Use una secuencia del teclado más larga y con más cambios de dirección.
strength-suggest-avoid-repeats = Evite repetir palabras y caracteres.
strength-suggest-avoid-sequences = Evite las secuencias.
strength-suggest-avoid-recent-years = Evite los años recientes.
strength-suggest-avoid-your-years = Evite los años relacionados con usted.
strength-suggest-avoid-your-dates = Evite las fechas y los años relacionados con usted.

## La lista de comprobación en directo y el medidor de seguridad (los lee static/password.js).

# Lo leen los lectores de pantalla después de una línea de la lista, cuando se cumple.
meter-done = (cumplido)
# Lo leen los lectores de pantalla después de una línea que se cumplía y ya no se cumple.
meter-not-met = (no cumplido)
# Antes de la palabra de seguridad, p. ej. "Seguridad: Buena".
meter-label = Seguridad:
meter-too-weak = Demasiado débil
meter-weak = Débil
meter-fair = Aceptable
meter-good = Buena
meter-strong = Segura
# El botón junto a un cuadro de contraseña que muestra lo escrito y lo vuelve a ocultar.
meter-show = Mostrar
meter-hide = Ocultar

## Rechazos que informa el propio directorio (después de superar las comprobaciones del portal).
policy-refused-banned = Esa contraseña es demasiado común o fácil de adivinar. Elija algo menos predecible, como tres o cuatro palabras sin relación entre sí.
policy-refused-too-short = Esa contraseña es demasiado corta para la directiva de su cuenta. Elija una más larga.
policy-refused-not-complex = Esa contraseña no es lo bastante compleja: use caracteres de 3 de estos tipos (mayúsculas, minúsculas, dígitos y símbolos) y no use su nombre.
policy-refused-in-history = Ya ha usado esa contraseña antes. Elija una que no haya usado recientemente.
policy-refused-too-young = Su contraseña se cambió hace muy poco para poder cambiarla de nuevo todavía. Use "Restablecer su contraseña" o vuelva a intentarlo más tarde.
policy-refused-cannot-change = Su cuenta está configurada para que no pueda cambiar la contraseña usted mismo. Póngase en contacto con { $helpdesk }.
policy-refused-unknown = El directorio ha rechazado esa contraseña: puede que la haya usado recientemente o que la bloquee un filtro de contraseñas. Elija otra contraseña.
