# Words every page shares: the frame around each page, the language switcher, dates.
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words. `format-*` messages are strftime patterns (https://docs.rs/chrono/latest/chrono/format/strftime/).

# The language's name in itself, shown in the language switcher.
language-name = Svenska
language-switcher = Språk

format-datetime = %Y-%m-%d %H:%M %Z
format-date = %Y-%m-%d

service-name = Lösenordstjänst
service-home = Lösenordstjänstens startsida
skip-to-content = Hoppa till innehållet
need-help = Behöver du hjälp? Kontakta { $helpdesk }.

steps-label = Förlopp
step-identify = Identifiera
step-verify = Verifiera

home-title = Vad behöver du göra?
home-lead = Kom tillbaka in på ditt konto hos { $org } på en minut, utan att vänta på helpdesk.
home-reset = Återställ mitt lösenord
home-reset-hint = Jag har glömt det
home-unlock = Lås upp mitt konto
home-unlock-hint = Jag kan mitt lösenord men är utelåst
home-change = Ändra mitt lösenord
home-change-hint = Jag kan det, eller så har det upphört att gälla
home-register = Konfigurera självbetjäning
home-register-hint = Registrera en e-postadress eller en autentiseringsapp innan du behöver dem

back-to-start = Tillbaka till början
go-to-start = Gå till början

not-found-title = Sidan hittades inte
not-found-message = Det finns ingen sida på den här adressen.
not-found-next = Börja om från lösenordstjänstens första sida.

blocked-title = För många försök
blocked-message = För din säkerhet pausas självbetjäningen en stund efter för många försök.
blocked-next = Försök igen efter { $when }. Om du behöver åtkomst tidigare kontaktar du din helpdesk.

busy-title = Mycket hög belastning just nu
busy-message = Många ändrar lösenord just nu, och ditt kunde inte hanteras i tid. Ingenting har ändrats.
busy-next = { $seconds ->
    [one] Försök igen om { $seconds } sekund.
   *[other] Försök igen om { $seconds } sekunder.
}

unavailable-title = Försök igen om några minuter
unavailable-message = Vi kunde inte nå katalogen just nu. Ingenting har ändrats.
unavailable-next = Försök igen om några minuter. Om det fortsätter kontaktar du din helpdesk.

session-ended-title = Din session har avslutats
session-ended-message = För din säkerhet fungerar det här steget bara en kort stund efter det föregående, och i samma webbläsare.
session-ended-next = Börja om: det tar bara en minut.

not-right = Användarnamnet eller lösenordet är fel, eller så är kontot låst eller inaktiverat. Har du glömt lösenordet? Återställ det. Är du utelåst? Lås upp kontot först.

bad-form = Begäran var inte ett formulär som vi känner igen. Gå tillbaka, läs in sidan igen och försök på nytt.
form-expired-title = Formuläret har upphört att gälla
form-expired-message = För din säkerhet fungerar formulär bara en stund och bara i det webbläsarfönster som öppnade dem. Gå tillbaka, läs in sidan igen och försök på nytt.
form-too-large = Formuläret var för stort.
form-too-slow = Det tog för lång tid för formuläret att komma fram. Gå tillbaka, läs in sidan igen och försök på nytt.
too-slow = Det här tar längre tid än det borde. Om du ändrade, återställde eller låste upp kan det ändå ha fungerat: försök logga in innan du försöker igen.
internal-error = Något gick fel hos oss. Försök igen.

input-username-empty = Ange ditt användarnamn eller din e-postadress.
input-username-bad = Det ser inte ut som ett användarnamn. Använd bara bokstäver, siffror och tecknen . - _ @ \
input-password-bad = Lösenord får vara högst 256 tecken långa, utan kontrolltecken.
input-email-empty = Ange en e-postadress.
input-email-bad = Ange en e-postadress som namn@example.com.
input-code-empty = Ange koden.
input-code-bad = Koder består bara av siffror.
input-current-password-empty = Ange ditt nuvarande lösenord.
input-new-password-empty = Ange ett nytt lösenord.
input-password-empty = Ange ditt lösenord.

# After a password change or reset, following "Sign in with your new password…". $minutes is
# how long the organisation's domain controllers keep accepting the old password over older
# Windows connections (60 unless the organisation changed it).
done-old-password = { $minutes ->
    [one] Vid vissa Windows-anslutningar, till exempel mappade nätverksenheter, kan ditt tidigare lösenord fortsätta att fungera i upp till { $minutes } minut. Det är normalt: använd ditt nya lösenord överallt från och med nu.
   *[other] Vid vissa Windows-anslutningar, till exempel mappade nätverksenheter, kan ditt tidigare lösenord fortsätta att fungera i upp till { $minutes } minuter. Det är normalt: använd ditt nya lösenord överallt från och med nu.
}
