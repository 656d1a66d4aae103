# The self-service pages: reset a forgotten password, unlock an account, and register the
# methods (an email address, an authenticator app) that prove who someone is.
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words. { $helpdesk } is how to reach the helpdesk, as the operator wrote it (a phone
# number, an address or a web page).

## Reset, unlock: the steps

# The last step of the progress indicator (after "Identify" and "Verify").
reset-step-last = New password
unlock-step-last = Unlock
# The last step when a signed-in person proves a method before changing their methods.
register-step-last = Change methods

reset-title = Reset your password
reset-lead = Forgot your password? Prove it's you and choose a new one.
unlock-title = Unlock your account
unlock-lead = Locked out after too many tries? Prove it's you and we'll unlock your account. Your password stays the same.
# Shown to a signed-in person who must prove one of their methods before changing them.
register-prove-title = Prove it's you
register-prove-lead = Prove one of your registered methods to change them.

recover-username-label = User name or email address
recover-username-hint = For example jsmith, jsmith@example.com or EXAMPLE\jsmith
recover-continue = Continue
# The link on the "Your session has ended" page.
recover-start-again = Start again

unlock-not-offered-title = Unlocking is not offered here
unlock-not-offered-message = This password service does not unlock accounts.
unlock-not-offered-next = Reset your password instead (that also unlocks the account), or contact { $helpdesk }.
# The button on the "Unlocking is not offered here" page.
unlock-not-offered-link = Reset your password

## Verify: the code step

verify-title = Prove it's you
# The title after one method was proved, when a second one is needed.
verify-title-second = One more check
verify-first-passed = First check passed.
verify-email-lead = If this account can use self-service, we've sent a code to its registered email address. It can take a minute to arrive.
verify-totp-lead = Open the authenticator app you registered and type the 6-digit code it shows now.
verify-email-label = Code from the email
verify-totp-label = Code from your app
verify-submit = Verify
verify-resend = Send a new code
verify-use-email = Use a code sent by email instead
verify-use-totp = Use your authenticator app instead
verify-no-method = No email and no app? You may not have registered for self-service: contact { $helpdesk }.
verify-wrong = { $left ->
    [one] That code is not right. You have { $left } try left.
   *[other] That code is not right. You have { $left } tries left.
}
verify-expired = That code has expired. Send a new one and use it within 10 minutes.
verify-replayed = That code was already used. Wait for your app to show the next code, then enter it.
verify-resent = If this account has a registered email address, a new code is on its way. Only the newest code works.

## Reset: the new password

reset-password-title = Choose a new password
reset-password-lead = You've proved it's you. Choose a password you haven't used before.
reset-new-password = New password
reset-confirm-password = Type it again
# Followed by a word the page's script fills in (weak, fair, strong...).
reset-strength = Strength:
reset-set-password = Set new password
reset-mismatch = The two passwords don't match. Type the same password in both boxes.

## Reset, unlock: the result

reset-done-title = Your password has been reset
reset-done-message = Your new password works now, and your account is unlocked if it was locked.
reset-done-next = Sign in with your new password. We've emailed you a note of this change.
unlock-done-title = Your account is unlocked
unlock-done-message = You can sign in again with your current password.
unlock-done-next = If you don't remember your password, reset it instead.
register-verified-title = Verified
register-verified-message = You proved one of your methods.
register-verified-next = You can change your methods now.
recover-disabled-title = This account is disabled
recover-disabled-message = A disabled account cannot be reset or unlocked here.
recover-disabled-next = Contact { $helpdesk }.
recover-refused-title = We can't do this here
recover-refused-message = This account can't be changed through self-service.
recover-refused-next = Contact { $helpdesk }; they can help you straight away.

## Register: signing in

register-signin-title = Set up self-service
register-signin-lead = Sign in with your current password to register an email address or an authenticator app. You'll use them to prove it's you if you ever forget your password.
register-username-label = User name or email address
register-password-label = Password
register-signin = Sign in
# The link back to the sign-in page when a registration visit has to start over.
register-sign-in-again = Sign in again
register-unavailable-title = Registration is not available
register-unavailable-privileged = Self-service password reset is not available for privileged accounts (administrators and helpdesk staff).
register-unavailable-not-enabled = Self-service password reset is not enabled for your account.
register-unavailable-next = Contact { $helpdesk } for help with your password.

## Register: the methods page

# The names of the verification methods.
method-email = Email code
method-totp = Authenticator app

register-title = Your verification methods
# { $name } is the signed-in person's name; { $required } how many methods a reset needs
# (the [1] variant is for exactly one, the other for any other number).
register-lead = { $required ->
    [1] Signed in as { $name }. One method is enough to reset your password; two are better.
   *[other] Signed in as { $name }. You need two methods to reset your password.
}
register-none = You have no methods yet: add one now so you can help yourself later.
# { $date } is the day the method was registered.
register-added = Added { $date }
register-remove = Remove
register-locked = To add, replace or remove a method, first prove one you already have. A password alone is not enough to change them.
register-prove = Verify it's you
register-change-email = Change your email address
register-add-email = Add an email address
register-email-hint = Use a personal address you can read when you can't sign in to work, not your work mailbox.
register-email-label = Email address
register-send-code = Send a confirmation code
register-replace-totp = Replace your authenticator app
register-add-totp = Add an authenticator app
register-totp-hint = Microsoft Authenticator, Google Authenticator, 1Password and others work.
register-set-up-totp = Set up an authenticator app
register-sign-out = Sign out

# One-line notices at the top of the methods page, after a step.
register-notice-stepped-up = Verified. You can change your methods now.
register-notice-email = Your email address is registered.
register-notice-totp = Your authenticator app is registered.
register-notice-removed-email = Email code removed.
register-notice-removed-totp = Authenticator app removed.

## Register: confirming an email address

register-email-title = Confirm your email address
# { $address } is the address, partly hidden (al***@ex***.com).
register-email-lead = We've sent a code to { $address }. Type it here to finish.
register-code-from-email = Code from the email
register-confirm = Confirm
register-back = Back
register-email-wrong = That code is not right, or it has expired. Check the newest email, or go back and send a new code.

## Register: setting up an authenticator app

register-totp-title = Set up your authenticator app
register-totp-lead = In your app, add an account and scan this code. Can't scan? Type the key below instead.
# Followed by the secret key, for typing into the app by hand.
register-totp-key = Key:
register-totp-code-label = The 6-digit code your app shows
register-totp-wrong = That code is not right. Check the app's clock, and type the code it shows now.

## Passkeys

method-passkey = Passkey
verify-use-passkey = Use a passkey instead
verify-passkey-lead = Use a passkey you registered for this account: on this device, on your phone, or on a security key.
verify-passkey-start = Use a passkey
verify-passkey-title = Use your passkey
verify-passkey-go = Continue with passkey
verify-passkey-wrong = { $left ->
    [one] That passkey did not prove it's you. You have 1 try left.
   *[other] That passkey did not prove it's you. You have { $left } tries left.
}
verify-passkey-expired = That passkey request has expired. Choose "Use a passkey" to start again.
verify-passkey-replayed = That passkey answer was used already. Choose "Use a passkey" to start again.
passkey-back-to-methods = Use another method
passkey-failed = Your browser gave no passkey: the request was cancelled or timed out, or this device has no passkey for this site. Try again, or use another method.
passkey-unsupported = This browser cannot use passkeys. Use another method, or another browser.
passkey-needs-script = Passkeys need JavaScript, which is off in this browser. Use another method, or turn JavaScript on.
passkey-none = Your browser gave no passkey. Try again, or use another method.
passkey-bad = Your browser's answer could not be read. Try again.
register-passkeys = Your passkeys
register-passkey-used = last used { $date }
register-passkey-never-used = not used yet
register-add-passkey = Add a passkey
register-passkey-hint = A passkey proves it's you with your device's screen lock (fingerprint, face or PIN). There is nothing to type, and a fake site cannot use it.
register-passkey-name-label = A name for this passkey, such as "Work laptop"
register-passkey-add = Add a passkey
register-passkey-name-empty = Give the passkey a name, so you can tell your passkeys apart later.
register-passkey-name-bad = Use a name of at most 64 characters.
register-passkey-too-many = { $n ->
    [one] You have 1 passkey, the most one account may have. Remove it first.
   *[other] You have { $n } passkeys, the most one account may have. Remove one first.
}
register-passkey-title = Create your passkey
register-passkey-lead = Your browser will ask you to create a passkey named "{ $name }" and to confirm with your screen lock.
register-passkey-go = Create passkey
register-passkey-failed = The passkey was not registered: your browser's answer did not match this request. Try adding it again.
register-passkey-already = That passkey is registered already.
register-notice-passkey = Your passkey is registered.
register-notice-removed-passkey = Passkey removed.
