# Words every page shares: the frame around each page, the language switcher, dates.
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words. `format-*` messages are strftime patterns (https://docs.rs/chrono/latest/chrono/format/strftime/).

# The language's name in itself, shown in the language switcher.
language-name = Nederlands
language-switcher = Taal

format-datetime = %d-%m-%Y %H:%M %Z
format-date = %d-%m-%Y

service-name = Wachtwoordservice
service-home = Startpagina van de wachtwoordservice
skip-to-content = Naar de inhoud
need-help = Hulp nodig? Neem contact op met { $helpdesk }.

steps-label = Voortgang
step-identify = Identificeren
step-verify = Verifiëren

home-title = Wat wil je doen?
home-lead = Krijg binnen een minuut weer toegang tot je account van { $org }, zonder op de helpdesk te wachten.
home-reset = Mijn wachtwoord opnieuw instellen
home-reset-hint = Ik ben het vergeten
home-unlock = Mijn account ontgrendelen
home-unlock-hint = Ik weet mijn wachtwoord, maar ik ben buitengesloten
home-change = Mijn wachtwoord wijzigen
home-change-hint = Ik weet het, of het is verlopen
home-register = Selfservice instellen
home-register-hint = Registreer een e-mailadres of authenticator-app voordat je ze nodig hebt

back-to-start = Terug naar het begin
go-to-start = Naar het begin

not-found-title = Pagina niet gevonden
not-found-message = Er is geen pagina op dit adres.
not-found-next = Begin opnieuw op de eerste pagina van de wachtwoordservice.

blocked-title = Te veel pogingen
blocked-message = Voor je veiligheid wordt selfservice na te veel pogingen een tijdje gepauzeerd.
blocked-next = Probeer het opnieuw na { $when }. Heb je eerder toegang nodig? Neem dan contact op met je helpdesk.

busy-title = Het is nu erg druk
busy-message = Er wijzigen nu veel mensen tegelijk hun wachtwoord, en dat van jou kon niet op tijd worden verwerkt. Er is niets gewijzigd.
busy-next = { $seconds ->
    [one] Probeer het over { $seconds } seconde opnieuw.
   *[other] Probeer het over { $seconds } seconden opnieuw.
}

unavailable-title = Probeer het over een paar minuten opnieuw
unavailable-message = We konden de directory zojuist niet bereiken. Er is niets gewijzigd.
unavailable-next = Probeer het over een paar minuten opnieuw. Blijft dit gebeuren? Neem dan contact op met je helpdesk.

session-ended-title = Je sessie is beëindigd
session-ended-message = Voor je veiligheid werkt deze stap maar korte tijd na de vorige, en alleen in dezelfde browser.
session-ended-next = Begin opnieuw: het duurt maar een minuut.

not-right = De gebruikersnaam of het wachtwoord klopt niet, of het account is vergrendeld of uitgeschakeld. Wachtwoord vergeten? Stel het opnieuw in. Buitengesloten? Ontgrendel dan eerst je account.

bad-form = Dit verzoek is geen formulier dat we begrijpen. Ga terug, laad de pagina opnieuw en probeer het nog eens.
form-expired-title = Dit formulier is verlopen
form-expired-message = Voor je veiligheid werken formulieren maar een tijdje, en alleen in het browservenster waarin ze zijn geopend. Ga terug, laad de pagina opnieuw en probeer het nog eens.
form-too-large = Dit formulier was te groot.
form-too-slow = Het duurde te lang voordat dit formulier binnenkwam. Ga terug, laad de pagina opnieuw en probeer het nog eens.
too-slow = Dit duurt langer dan normaal. Was je een wachtwoord aan het wijzigen of opnieuw aan het instellen, of een account aan het ontgrendelen? Dan is het misschien toch gelukt: probeer je eerst aan te melden voordat je het opnieuw probeert.
internal-error = Er is aan onze kant iets misgegaan. Probeer het opnieuw.

input-username-empty = Voer je gebruikersnaam of e-mailadres in.
input-username-bad = Dat lijkt geen gebruikersnaam. Gebruik alleen letters, cijfers en de tekens . - _ @ \
input-password-bad = Wachtwoorden mogen maximaal 256 tekens lang zijn, zonder besturingstekens.
input-email-empty = Voer een e-mailadres in.
input-email-bad = Voer een e-mailadres in zoals naam@example.com.
input-code-empty = Voer de code in.
input-code-bad = Codes bestaan alleen uit cijfers.
input-current-password-empty = Voer je huidige wachtwoord in.
input-new-password-empty = Voer een nieuw wachtwoord in.
input-password-empty = Voer je wachtwoord in.

# After a password change or reset, following "Sign in with your new password…". $minutes is
# how long the organisation's domain controllers keep accepting the old password over older
# Windows connections (60 unless the organisation changed it).
done-old-password = { $minutes ->
    [one] Bij sommige Windows-verbindingen, zoals toegewezen netwerkstations, kan je vorige wachtwoord nog maximaal { $minutes } minuut blijven werken. Dat is normaal: gebruik vanaf nu overal je nieuwe wachtwoord.
   *[other] Bij sommige Windows-verbindingen, zoals toegewezen netwerkstations, kan je vorige wachtwoord nog maximaal { $minutes } minuten blijven werken. Dat is normaal: gebruik vanaf nu overal je nieuwe wachtwoord.
}
