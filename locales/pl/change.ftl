# Strona, na której użytkownik znający swoje hasło (lub którego hasło wygasło) wybiera nowe.
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words.

change-title = Zmień hasło
change-expired = Twoje hasło wygasło lub trzeba je zmienić, zanim będzie można się zalogować. Wybierz tutaj nowe.
# $link is a link to the reset page; its words are change-lead-link.
change-lead = Potrzebujesz bieżącego hasła. Nie pamiętasz go? { $link }.
change-lead-link = Zresetuj je
change-username = Nazwa użytkownika lub adres e-mail
change-current-password = Bieżące hasło
change-new-password = Nowe hasło
change-confirm-password = Wpisz ponownie nowe hasło
change-submit = Zmień hasło
change-mismatch = Nowe hasła nie są zgodne. Wpisz to samo hasło w obu polach.

change-done-title = Twoje hasło zostało zmienione
change-done-message = Nowe hasło już działa.
change-done-next = Zaloguj się przy użyciu nowego hasła. Wysłaliśmy Ci e-mail z informacją o tej zmianie.

# The account may not change its own password through the portal.
change-refused-title = Nie możemy tutaj zmienić tego hasła
change-refused-message = Tego konta nie można zmienić za pomocą samoobsługi.
change-refused-next = Skontaktuj się z pomocą techniczną: { $helpdesk }.
