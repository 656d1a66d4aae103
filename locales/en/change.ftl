# The page where a user who knows their password (or whose password expired) chooses a new one.
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words.

change-title = Change your password
change-expired = Your password has expired or must be changed before you can sign in. Choose a new one here.
# $link is a link to the reset page; its words are change-lead-link.
change-lead = You need your current password. Forgotten it? { $link }.
change-lead-link = Reset it instead
change-username = User name or email address
change-current-password = Current password
change-new-password = New password
change-confirm-password = Type the new password again
change-submit = Change password
change-mismatch = The two new passwords don't match. Type the same password in both boxes.

change-done-title = Your password has been changed
change-done-message = Your new password works now.
change-done-next = Sign in with your new password. We've emailed you a note of this change.

# The account may not change its own password through the portal.
change-refused-title = We can't change this password here
change-refused-message = This account can't be changed through self-service.
change-refused-next = Contact { $helpdesk }.
