# Password policy: the rules shown before a new password is typed, the reasons a typed
# password is refused, and the live strength meter on the password forms.
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words.

## The directory's password rules, one line each (the helpdesk's view of a user, and the
## checklist above a new-password box).

# The five character classes of Active Directory's complexity rule, in words a user
# understands; used inside policy-rule-classes and policy-few-classes.
-policy-classes = letras maiúsculas, letras minúsculas, dígitos (0-9), símbolos (como ! # $ % ou um espaço) e letras sem maiúsculas e minúsculas (como chinês ou japonês)

policy-rule-min-length = { $n ->
    [one] Pelo menos { $n } caractere
   *[other] Pelo menos { $n } caracteres
}
# $n is how many classes are needed (3).
policy-rule-classes = Caracteres de pelo menos { $n } destes tipos: { -policy-classes }
policy-rule-names = Não conter seu nome de usuário nem partes do seu nome completo
# $n is how many passwords the directory remembers. It counts the current one, so exactly 1
# means only the current password may not be used again (keep the [1] variant).
policy-rule-history = { $n ->
    [1] Não ser sua senha atual
   *[other] Não ser uma das suas últimas { $n } senhas
}
# $duration is one of policy-days, policy-hours, policy-minutes or policy-seconds,
# such as "1 day" or "36 hours".
policy-rule-min-age = Pode ser alterada no máximo uma vez a cada { $duration }
# $duration as in policy-rule-min-age.
policy-rule-max-age = Precisa ser alterada a cada { $duration }

# Durations, placed into policy-rule-min-age and policy-rule-max-age.
policy-days = { $n ->
    [one] { $n } dia
   *[other] { $n } dias
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

## The checklist above a new-password box. Each line is ticked off live as the password is
## typed.

policy-panel-title = Requisitos da nova senha
# $n is how many classes are needed (3).
policy-panel-classes = Caracteres de { $n } destes tipos: letras maiúsculas, letras minúsculas, dígitos, símbolos
policy-panel-names = Não conter seu nome de usuário nem partes do seu nome
# Shown instead of the rules when they could not be read from the directory.
policy-panel-unknown = Valem as regras de senha da sua organização
policy-panel-common = Não ser uma senha comum ou fácil de adivinhar
# When the organisation screens new passwords against a list of breached passwords.
policy-panel-breached = Não ser uma senha conhecida de vazamentos de dados
# When the organisation sets a minimum strength. $level is one of the meter's words
# (meter-too-weak … meter-strong), such as "Good".
policy-panel-strength = Ser difícil de adivinhar: pelo menos "{ $level }" no medidor de força
# The new password and its confirmation are the same.
policy-panel-match = As duas senhas coincidem
# Below the checklist, when the account has a fine-grained password policy of its own.
policy-source-pso = Estas regras vêm da política de senha da sua conta.
# Below the checklist, when the domain's policy applies (or is assumed).
policy-source-domain = Estas regras vêm da política de senha da sua organização.
# $when is a date and time.
policy-can-change = Você poderá alterar sua senha novamente a partir de { $when }.

## Why a typed password is refused, shown above the form. They never repeat the password.

# $min is the policy's minimum, $actual how many characters were typed.
policy-too-short = { $min ->
    [one] Use pelo menos { $min } caractere (você digitou { $actual }).
   *[other] Use pelo menos { $min } caracteres (você digitou { $actual }).
}
# The sentences policy-has-account-name, policy-has-name-part and policy-few-classes are
# shown together, in that order, for each part that fails.
policy-has-account-name = Não inclua seu nome de usuário.
policy-has-name-part = Não inclua partes do seu nome completo.
# $required is how many classes are needed (3), $present how many the password has.
policy-few-classes = Use caracteres de pelo menos { $required } destes tipos: { -policy-classes } (a sua tem { $present }).
# $when is a date and time, rounded up to the minute.
policy-too-young = Sua senha foi alterada há muito pouco tempo. Você poderá alterá-la novamente a partir de { $when }.
policy-banned = Esta senha é comum demais ou fácil demais de adivinhar. Evite palavras comuns, nomes, estações do ano, anos e sequências do teclado.
policy-breached = Esta senha apareceu em um vazamento de dados, por isso os invasores a testam primeiro. Escolha uma que você nunca tenha usado em nenhum lugar.
# Followed by one or more of the strength-warning-… and strength-suggest-… sentences.
policy-too-weak = Esta senha seria fácil demais de adivinhar.

## Why a password is easy to guess, and what would help: shown after policy-too-weak, one
## sentence each.

strength-warning-key-rows = Fileiras retas de teclas são fáceis de adivinhar.
strength-warning-key-patterns = Sequências curtas do teclado são fáceis de adivinhar.
strength-warning-repeats = Repetições como "aaa" são fáceis de adivinhar.
strength-warning-repeated-groups = Repetições como "abcabcabc" são só um pouco mais difíceis de adivinhar do que "abc".
strength-warning-top10 = Esta é uma das dez senhas mais comuns.
strength-warning-top100 = Esta é uma das cem senhas mais comuns.
strength-warning-common = Esta é uma senha muito comum.
strength-warning-similar-to-common = Esta senha é parecida com uma senha muito usada.
strength-warning-sequences = Sequências como "abc" ou "6543" são fáceis de adivinhar.
strength-warning-recent-years = Anos recentes são fáceis de adivinhar.
strength-warning-single-word = Uma palavra sozinha é fácil de adivinhar.
strength-warning-dates = Datas costumam ser fáceis de adivinhar.
strength-warning-names = Nomes e sobrenomes sozinhos são fáceis de adivinhar.
strength-warning-common-names = Nomes e sobrenomes comuns são fáceis de adivinhar.
strength-suggest-few-words = Use algumas palavras e evite frases feitas.
strength-suggest-no-symbols-needed = Não é preciso usar símbolos, dígitos ou letras maiúsculas.
strength-suggest-another-word = Adicione mais uma ou duas palavras. Palavras incomuns são melhores.
strength-suggest-capitals = Letras maiúsculas não ajudam muito.
strength-suggest-all-capitals = Tudo em maiúsculas é quase tão fácil de adivinhar quanto tudo em minúsculas.
strength-suggest-reversed = Palavras escritas de trás para a frente não são muito mais difíceis de adivinhar.
strength-suggest-substitutions = Substituições previsíveis, como "@" no lugar de "a", não ajudam muito.
strength-suggest-longer-pattern = Use uma sequência do teclado mais longa e com mais mudanças de direção.
strength-suggest-avoid-repeats = Evite palavras e caracteres repetidos.
strength-suggest-avoid-sequences = Evite sequências.
strength-suggest-avoid-recent-years = Evite anos recentes.
strength-suggest-avoid-your-years = Evite anos ligados a você.
strength-suggest-avoid-your-dates = Evite datas e anos ligados a você.

## The live checklist and strength meter (read by static/password.js).

# Read out by screen readers after a checklist line, when it becomes met.
meter-done = (concluído)
# Read out by screen readers after a checklist line that was met and no longer is.
meter-not-met = (não atendido)
# Before the strength word, e.g. "Strength: Good".
meter-label = Força:
meter-too-weak = Muito fraca
meter-weak = Fraca
meter-fair = Razoável
meter-good = Boa
meter-strong = Forte
# The button next to a password box that shows what was typed, and hides it again.
meter-show = Mostrar
meter-hide = Ocultar

## Refusals the directory itself reports (after the portal's own checks passed).
policy-refused-banned = Essa senha é comum demais ou fácil de adivinhar. Escolha algo menos previsível, como três ou quatro palavras sem relação entre si.
policy-refused-too-short = Essa senha é curta demais para a política da sua conta. Escolha uma mais longa.
policy-refused-not-complex = Essa senha não é complexa o suficiente: use caracteres de 3 destes tipos: letras maiúsculas, letras minúsculas, dígitos e símbolos, e não use seu nome.
policy-refused-in-history = Você já usou essa senha antes. Escolha uma que não tenha usado recentemente.
policy-refused-too-young = Sua senha foi alterada há muito pouco tempo para ser alterada de novo agora. Use "Redefinir sua senha" ou tente novamente mais tarde.
policy-refused-cannot-change = Sua conta está configurada para que você não possa alterar a senha por conta própria. Entre em contato com { $helpdesk }.
policy-refused-unknown = O diretório recusou essa senha: talvez você a tenha usado recentemente, ou ela foi bloqueada por um filtro de senhas. Escolha uma senha diferente.
