# Words every page shares: the frame around each page, the language switcher, dates.
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words. `format-*` messages are strftime patterns (https://docs.rs/chrono/latest/chrono/format/strftime/).

# The language's name in itself, shown in the language switcher.
language-name = English
language-switcher = Language

format-datetime = %-d %b %Y, %H:%M %Z
format-date = %-d %b %Y

service-name = Password service
service-home = Password service home
skip-to-content = Skip to content
need-help = Need help? Contact { $helpdesk }.

steps-label = Progress
step-identify = Identify
step-verify = Verify

home-title = What do you need to do?
home-lead = Get back into your { $org } account in a minute, without waiting for the helpdesk.
home-reset = Reset my password
home-reset-hint = I forgot it
home-unlock = Unlock my account
home-unlock-hint = I know my password but I'm locked out
home-change = Change my password
home-change-hint = I know it, or it has expired
home-register = Set up self-service
home-register-hint = Register an email or authenticator app before you need them

back-to-start = Back to the start
go-to-start = Go to the start

not-found-title = Page not found
not-found-message = There is no page at this address.
not-found-next = Start again from the password service's first page.

blocked-title = Too many attempts
blocked-message = For your security, self-service is paused for a while after too many attempts.
blocked-next = Try again after { $when }. If you need access sooner, contact your helpdesk.

busy-title = Very busy right now
busy-message = Many people are changing passwords at this moment, and yours could not be handled in time. Nothing was changed.
busy-next = { $seconds ->
    [one] Please try again in { $seconds } second.
   *[other] Please try again in { $seconds } seconds.
}

unavailable-title = Please try again in a few minutes
unavailable-message = We could not reach the directory just now. Nothing was changed.
unavailable-next = Try again in a few minutes. If it keeps happening, contact your helpdesk.

session-ended-title = Your session has ended
session-ended-message = For your security, this step only works for a short while after the previous one, in the same browser.
session-ended-next = Start again: it only takes a minute.

not-right = The user name or password is not right, or the account is locked or disabled. Forgotten your password? Reset it. Locked out? Unlock it first.

bad-form = This request was not a form we understand. Go back, reload the page and try again.
form-expired-title = This form has expired
form-expired-message = For your security, forms only work for a while and only in the browser window that opened them. Go back, reload the page and try again.
form-too-large = This form was too large.
form-too-slow = This form took too long to arrive. Go back, reload the page and try again.
too-slow = This is taking longer than it should. If you were changing, resetting or unlocking, it may have worked anyway: try signing in before trying again.
internal-error = Something went wrong on our side. Please try again.

input-username-empty = Enter your user name or email address.
input-username-bad = That doesn't look like a user name. Use letters, numbers and . - _ @ \ only.
input-password-bad = Passwords can be at most 256 characters, without control characters.
input-email-empty = Enter an email address.
input-email-bad = Enter an email address like name@example.com.
input-code-empty = Enter the code.
input-code-bad = Codes are made of digits only.
input-current-password-empty = Enter your current password.
input-new-password-empty = Enter a new password.
input-password-empty = Enter your password.

# After a password change or reset, following "Sign in with your new password…". $minutes is
# how long the organisation's domain controllers keep accepting the old password over older
# Windows connections (60 unless the organisation changed it).
done-old-password = { $minutes ->
    [one] On some Windows connections, such as mapped network drives, your previous password may keep working for up to { $minutes } minute. That is expected: use the new one everywhere from now on.
   *[other] On some Windows connections, such as mapped network drives, your previous password may keep working for up to { $minutes } minutes. That is expected: use the new one everywhere from now on.
}
