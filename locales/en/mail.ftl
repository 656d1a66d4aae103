# Every mail the portal sends: one-time codes, notices that something happened to an account,
# and "self-service could not help" mails. Plain text and HTML parts use the same messages.
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words. Mail is read on phones and in plain-text clients: no markup in these messages.

## Parts every mail shares

# First line of every mail. $name is the person's display name.
mail-greeting = Hello { $name },

## One-time code mails

# Subject. Never contains the code itself: subjects show on locked phone screens.
mail-code-subject = Your { $org } verification code
# Title of the HTML part (shown by some mail clients in the tab or window).
mail-code-title = { $org } verification code
# The line above the code. $purpose says what the code is for; $admin (helpdesk-caller
# only) is the helpdesk admin who asked for the code.
mail-code-intro = { $purpose ->
    [reset] Your { $org } verification code to reset your password is:
    [unlock] Your { $org } verification code to unlock your account is:
    [change-methods] Your { $org } verification code to change your verification methods is:
    [confirm-address] Your { $org } verification code to confirm this address for password reset is:
    [console-authenticator] Your { $org } verification code to set up your authenticator for the helpdesk console is:
   *[helpdesk-caller] Your { $org } verification code to prove who you are to the helpdesk ({ $admin } is asking) is below. Read it to them:
}
mail-code-expiry = { $minutes ->
    [one] Type it on the page where you asked for it. It works once and expires in { $minutes } minute.
   *[other] Type it on the page where you asked for it. It works once and expires in { $minutes } minutes.
}
mail-code-ignore = If you did not ask for this code, you can ignore this email. Nobody can use it without also being at that page, and nothing about your account has changed.

## Notices (and "could not help" mails)

# Subject of a notice. $headline is one of the notice-*-headline messages.
mail-notice-subject = { $org }: { $headline }
# The headline as the first sentence of the mail's body.
mail-notice-headline = { $headline }.
# $when is a date and time in the reader's layout (format-datetime).
mail-notice-when = When: { $when }
# $address is the IP address the request came from.
mail-notice-from = From: { $address }
# Shown as the address when it is not known.
mail-notice-from-unknown = unknown
mail-notice-was-you = If this was you, there is nothing more to do.
# $helpdesk is how to reach the helpdesk (a name, phone number or address).
mail-notice-not-you = If this wasn't you, contact { $helpdesk } straight away: someone may have access to your account.
# Last line; $url is the portal's address (a link in the HTML part).
mail-notice-footer = { $org } password service: { $url }

## "Self-service could not help" mails: someone asked to reset or unlock this account, and
## self-service cannot do it. Sent to the account's own mailbox, never shown on the page.

mail-cannot-help-headline = Self-service password reset could not help
mail-cannot-help-not-enabled = Self-service password reset is not enabled for your account. Contact { $helpdesk } to reset your password or unlock your account.
mail-cannot-help-disabled = Your account is disabled, so its password cannot be reset here. Contact { $helpdesk }.
mail-cannot-help-privileged = Your account is a privileged one (an administrator or helpdesk account), and self-service does not reset or unlock those. Contact { $helpdesk }, or a directory administrator.
# $purpose is what the person asked to do; $needed how many methods must be registered;
# $url the registration page.
mail-cannot-help-too-few-methods = { $purpose ->
    [reset] You asked to reset your password but you have not registered enough verification methods ({ $needed } needed). While you still know your password, register at { $url }. If you are locked out now, contact { $helpdesk }.
    [unlock] You asked to unlock your account but you have not registered enough verification methods ({ $needed } needed). While you still know your password, register at { $url }. If you are locked out now, contact { $helpdesk }.
   *[other] You asked to change your verification methods but you have not registered enough verification methods ({ $needed } needed). While you still know your password, register at { $url }. If you are locked out now, contact { $helpdesk }.
}

## Notices: each has a headline (also the subject, after the organisation's name) and a
## detail sentence.

notice-reset-headline = Your password was reset
notice-reset-detail = Your password was reset through self-service password reset, after verification with your registered methods.

notice-unlock-headline = Your account was unlocked
notice-unlock-detail = Your account was unlocked through self-service, after verification with your registered methods. Your password did not change.

notice-changed-headline = Your password was changed
notice-changed-detail = Your password was changed on the password service.
# Sent when the service restarted while changing the password: the change went through.
notice-changed-unconfirmed-detail = Your password was changed on the password service, although the page that said so may not have reached you.

notice-methods-headline = Your password reset methods changed
notice-methods-added-email = Your self-service password reset registration changed: registered an alternate email address.
notice-methods-added-authenticator = Your self-service password reset registration changed: registered an authenticator app.
notice-methods-removed-email = Your self-service password reset registration changed: removed email code.
notice-methods-removed-authenticator = Your self-service password reset registration changed: removed authenticator app.
notice-methods-added-passkey = Your self-service password reset registration changed: registered a passkey.
notice-methods-removed-passkey = Your self-service password reset registration changed: removed a passkey.

# To the account's own mailbox, when someone keeps typing wrong passwords for it.
notice-guessing-headline = Someone is trying to guess your password
notice-guessing-detail = The password service stopped checking passwords for your account for a while, after repeated wrong passwords, so that your account does not get locked out. If this was not you, tell your helpdesk. If you have forgotten your password, reset it with your registered methods.

notice-authenticator-blocked-headline = Your authenticator was blocked
# $n wrong codes in a row; $helpdesk is how to reach the helpdesk.
notice-authenticator-blocked-detail = { $n ->
    [one] After { $n } wrong authenticator code in a row, your authenticator app no longer works for password reset or unlock. Use a code sent by email instead (that unblocks the app too), or contact { $helpdesk }. If you did not try this code, someone else did: tell { $helpdesk }.
   *[other] After { $n } wrong authenticator codes in a row, your authenticator app no longer works for password reset or unlock. Use a code sent by email instead (that unblocks the app too), or contact { $helpdesk }. If you did not try these codes, someone else did: tell { $helpdesk }.
}
# To a helpdesk admin, about the authenticator of their helpdesk console account.
notice-console-authenticator-blocked-detail = { $n ->
    [one] After { $n } wrong authenticator code in a row, your helpdesk console authenticator is blocked. Another helpdesk admin can unblock it from your user page. If you did not try this code, someone else did.
   *[other] After { $n } wrong authenticator codes in a row, your helpdesk console authenticator is blocked. Another helpdesk admin can unblock it from your user page. If you did not try these codes, someone else did.
}

## What a helpdesk admin did. $admin is the admin's display name.

notice-helpdesk-reset-headline = Your password was reset by the helpdesk
notice-helpdesk-reset-detail = { $admin } reset your password.
notice-helpdesk-reset-must-change-detail = { $admin } reset your password; you will be asked to choose a new one when you sign in.
notice-helpdesk-unlock-headline = Your account was unlocked by the helpdesk
notice-helpdesk-unlock-detail = { $admin } unlocked your account. Your password did not change.
notice-helpdesk-cleared-headline = Your password reset methods were cleared
notice-helpdesk-cleared-detail = { $admin } cleared your registered verification methods. Register again at the password service.
notice-helpdesk-unblocked-headline = Your authenticator was unblocked
notice-helpdesk-unblocked-detail = { $admin } unblocked your authenticator: it works again.
# A helpdesk notice's detail followed by the admin's note on how they verified the caller
# ($note, in the admin's own words).
notice-with-note = { $detail } ({ $note })

## To the other helpdesk admins.

# $admin is the account name of the admin who enrolled.
notice-admin-enrolled-headline = { $admin } enrolled a helpdesk authenticator
# $name is that admin's display name.
notice-admin-enrolled-detail = { $name } set up the authenticator that guards their helpdesk console account.
# $admin is the account name of the admin who added a passkey.
notice-admin-passkey-headline = { $admin } added a passkey for helpdesk sign-in
# $name is that admin's display name.
notice-admin-passkey-detail = { $name } added a passkey that can sign in to their helpdesk console account instead of the authenticator app.
# $admin is the account name of the admin who acted.
notice-privileged-headline = A privileged account was changed by { $admin }
# $admin is the display name of the admin who acted, $account the privileged account's name,
# $action what they did. The part after the colon repeats, in lower case, the headline the
# account's owner got.
notice-privileged-detail = { $action ->
    [reset] { $admin } acted on { $account }, which is a helpdesk or directory admin account: your password was reset by the helpdesk
    [unlock] { $admin } acted on { $account }, which is a helpdesk or directory admin account: your account was unlocked by the helpdesk
    [cleared] { $admin } acted on { $account }, which is a helpdesk or directory admin account: your password reset methods were cleared
   *[unblocked] { $admin } acted on { $account }, which is a helpdesk or directory admin account: your authenticator was unblocked
}

## Password-expiry reminders: mailed a set number of days before the account's password
## expires (the days come from the configuration, typically 14, 7, 3 and 1).

# Subject. $days is the whole number of days left (0: less than a day).
mail-reminder-subject = { $days ->
    [0] { $org }: your password expires within a day
    [one] { $org }: your password expires tomorrow
   *[other] { $org }: your password expires in { $days } days
}
mail-reminder-headline = { $days ->
    [0] Your password expires within a day.
    [one] Your password expires in 1 day.
   *[other] Your password expires in { $days } days.
}
# $when is the date and time it expires, in the reader's layout.
mail-reminder-detail = It stops working on { $when }. After that you can no longer sign in with it until it is reset.
# Above the link to the change page.
mail-reminder-change = Choose a new one now, from any device, with your current password:
# Above the link to the registration page; only for people who have not registered a way to prove who they are.
mail-reminder-register = You have not set up a way to reset your password yourself if you ever forget it. It takes a minute:
mail-reminder-windows = On a Windows computer of your organisation you can also press Ctrl+Alt+Del and choose "Change a password".
# $helpdesk is how to reach the helpdesk.
mail-reminder-never-asks = We never ask for your password by email. If you are unsure this message is real, type the address of the password service yourself, or contact { $helpdesk }.
