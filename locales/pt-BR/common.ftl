# Words every page shares: the frame around each page, the language switcher, dates.
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words. `format-*` messages are strftime patterns (https://docs.rs/chrono/latest/chrono/format/strftime/).

# The language's name in itself, shown in the language switcher.
language-name = Português (Brasil)
language-switcher = Idioma

format-datetime = %d/%m/%Y, %H:%M %Z
format-date = %d/%m/%Y

service-name = Serviço de senhas
service-home = Página inicial do serviço de senhas
skip-to-content = Pular para o conteúdo
need-help = Precisa de ajuda? Entre em contato com { $helpdesk }.

steps-label = Progresso
step-identify = Identificar
step-verify = Verificar

home-title = O que você precisa fazer?
home-lead = Recupere o acesso à sua conta de { $org } em um minuto, sem esperar pelo suporte técnico.
home-reset = Redefinir minha senha
home-reset-hint = Esqueci a senha
home-unlock = Desbloquear minha conta
home-unlock-hint = Sei minha senha, mas minha conta está bloqueada
home-change = Alterar minha senha
home-change-hint = Sei a senha, ou ela expirou
home-register = Configurar o autoatendimento
home-register-hint = Registre um email ou um aplicativo autenticador antes de precisar deles

back-to-start = Voltar ao início
go-to-start = Ir para o início

not-found-title = Página não encontrada
not-found-message = Não há nenhuma página neste endereço.
not-found-next = Comece de novo pela primeira página do serviço de senhas.

blocked-title = Muitas tentativas
blocked-message = Para sua segurança, o autoatendimento fica pausado por um tempo depois de muitas tentativas.
blocked-next = Tente novamente depois de { $when }. Se precisar de acesso antes disso, entre em contato com o suporte técnico.

busy-title = Muito movimento agora
busy-message = Muitas pessoas estão alterando a senha neste momento, e não foi possível processar a sua a tempo. Nada foi alterado.
busy-next = { $seconds ->
    [one] Tente novamente em { $seconds } segundo.
   *[other] Tente novamente em { $seconds } segundos.
}

unavailable-title = Tente novamente em alguns minutos
unavailable-message = Não conseguimos acessar o diretório agora. Nada foi alterado.
unavailable-next = Tente novamente em alguns minutos. Se continuar acontecendo, entre em contato com o suporte técnico.

session-ended-title = Sua sessão terminou
session-ended-message = Para sua segurança, esta etapa só funciona por pouco tempo depois da anterior, e no mesmo navegador.
session-ended-next = Comece de novo: leva só um minuto.

not-right = O nome de usuário ou a senha está incorreto, ou a conta está bloqueada ou desabilitada. Esqueceu a senha? Redefina-a. Conta bloqueada? Desbloqueie-a primeiro.

bad-form = Esta solicitação não é um formulário que reconhecemos. Volte, recarregue a página e tente novamente.
form-expired-title = Este formulário expirou
form-expired-message = Para sua segurança, os formulários só funcionam por um tempo e apenas na janela do navegador em que foram abertos. Volte, recarregue a página e tente novamente.
form-too-large = Este formulário era grande demais.
form-too-slow = Este formulário demorou demais para chegar. Volte, recarregue a página e tente novamente.
too-slow = Isso está demorando mais do que deveria. Se você estava alterando ou redefinindo a senha ou desbloqueando a conta, talvez tenha funcionado mesmo assim: tente entrar antes de tentar de novo.
internal-error = Algo deu errado do nosso lado. Tente novamente.

input-username-empty = Insira seu nome de usuário ou endereço de email.
input-username-bad = Isso não parece um nome de usuário. Use apenas letras, números e os caracteres . - _ @ \
input-password-bad = As senhas podem ter no máximo 256 caracteres, sem caracteres de controle.
input-email-empty = Insira um endereço de email.
input-email-bad = Insira um endereço de email como nome@example.com.
input-code-empty = Insira o código.
input-code-bad = Os códigos contêm apenas dígitos.
input-current-password-empty = Insira sua senha atual.
input-new-password-empty = Insira uma nova senha.
input-password-empty = Insira sua senha.

# After a password change or reset, following "Sign in with your new password…". $minutes is
# how long the organisation's domain controllers keep accepting the old password over older
# Windows connections (60 unless the organisation changed it).
done-old-password = { $minutes ->
    [one] Em algumas conexões do Windows, como unidades de rede mapeadas, sua senha anterior pode continuar funcionando por até { $minutes } minuto. Isso é normal: de agora em diante, use a nova senha em todos os lugares.
   *[other] Em algumas conexões do Windows, como unidades de rede mapeadas, sua senha anterior pode continuar funcionando por até { $minutes } minutos. Isso é normal: de agora em diante, use a nova senha em todos os lugares.
}
