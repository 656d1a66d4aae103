# The helpdesk console (/admin): sign-in, the dashboard and its charts, user search, the user
# page with its diagnosis and actions, the audit log and writeback health.
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words. Text in `backticks`, attribute names (adminCount, accountExpires, lockoutTime,
# pwdLastSet), setting names (sspr.enabled_for) and paths (/register, /change) are commands,
# directory names and addresses: keep them as they are. Activity names and status reasons
# (ResetSelfService, OnPremisesPolicyViolation…) are codes from the audit log: not translated.

## Frame of every console page

# The default title of a console page.
console-title = Helpdesk
# After each page's title, and at the top of every console page.
console-org-helpdesk = { $org } helpdesk
# The name of the console's navigation, for screen readers.
console-nav-label = Helpdesk
console-dashboard = Dashboard
console-users = Users
console-audit = Audit log
console-health = Writeback health
console-sign-out = Sign out
console-sign-in = Sign in
console-none = —
console-yes = yes
console-no = no
console-pager-label = Pages
console-previous = Previous
console-next = Next
console-page-of = Page { $page } of { $pages }

## Sign-in

console-login-title = Helpdesk sign-in
console-login-lead = Sign in with your directory account. You need to be in the helpdesk group, and you'll confirm with your authenticator app.
console-login-username = User name
console-login-password = Password
console-login-incomplete = Enter your user name and password.
console-login-refused = The user name or password is not right, or this account is not a helpdesk account.
console-no-mailbox-title = No mailbox to confirm the set-up
console-no-mailbox-message = Setting up your helpdesk authenticator needs a code sent to your directory mailbox, and your account has none.
console-no-mailbox-next = Ask a directory administrator to add a mail address to your account.

console-totp-page-title = Helpdesk: authenticator
console-totp-enrol-title = Set up your authenticator
console-totp-enrol-lead = Every helpdesk account signs in with an authenticator app. We've emailed a set-up code to your work mailbox: a password alone is not enough to set one up. Scan this code (or type the key), then enter both codes.
# Before the secret key of the authenticator being set up.
console-totp-key = Key:
console-totp-title = Authenticator code
console-totp-lead = Type the 6-digit code your authenticator app shows now.
console-totp-enrol-code = Set-up code from your email
console-totp-code = Code from your authenticator app
console-continue = Continue
console-totp-wrong = That code is not right. Type the code your app shows now.

## When a console page is refused

console-refused-title = Helpdesk sign-in needed
console-refused-next = Sign in with your helpdesk account.
console-refused-not-signed-in = This page is for helpdesk staff who have signed in with their password and authenticator.
console-refused-signed-out = You are signed out.
console-refused-idle = You were signed out after a period of inactivity.
# The console session reached admin.max_session (8 hours unless changed), however active.
console-refused-session-over = Your console session reached its time limit. Sign in again to go on.
console-role-lost-not-in-group = Your account is no longer a member of the helpdesk group.
console-role-lost-disabled = Your account has been disabled, so your helpdesk session ended.
console-role-lost-expired = Your account has expired, so your helpdesk session ended.
console-role-lost-locked = Your account is locked out, so your helpdesk session ended.
console-role-lost-password-expired = Your password has expired or must be changed, so your helpdesk session ended. Change it, then sign in again.
console-role-lost-unverifiable = The directory could not confirm your helpdesk role just now, so your session ended. Sign in again in a moment.

## Dashboard

# The headline of writeback health. $status is a code: active, degraded or down.
console-writeback-status = { $status ->
    [active] Writeback: active
    [degraded] Writeback: degraded
   *[down] Writeback: down
}
console-details = Details
console-activity-caption = Resets, changes, unlocks and failed writebacks per day.
console-reasons-caption = Why writebacks failed.
# The dashboard's password-expiry reminder figures, over the same 30 days as the charts.
console-reminders-title = Password expiry reminders, last 30 days
console-reminders-sent = { $n ->
    [one] 1 reminder sent.
   *[other] { $n } reminders sent.
}
# $n people changed (or reset) their password after a reminder; $sent reminders were sent.
console-reminders-changed = { $n ->
    [one] 1 person changed their password after a reminder.
   *[other] { $n } people changed their password after a reminder.
}

## Users

console-users-heading = Find a user
console-users-search-label = Name, account name, UPN or mail
console-search = Search
console-search-too-short = { $n ->
    [one] Type at least { $n } character.
   *[other] Type at least { $n } characters.
}
console-search-unavailable = The directory did not answer. Try again in a moment.
console-users-too-many = More than { $max } matches: showing the first { $max }; refine the search.
console-users-matches = { $n ->
    [one] { $n } match.
   *[other] { $n } matches.
}
console-col-account = Account
console-col-name = Name
console-col-mail = Mail
console-col-state = State
# Badges of an account in the search results.
console-flag-disabled = Disabled
console-flag-locked = Locked
console-flag-must-change = Must change
console-flag-protected = Protected
console-flag-ok = OK

## The user page

console-no-such-user-title = No such user
console-no-such-user-message = No account has this identifier (it may have been deleted).
console-no-such-user-next = Search again.

console-account = Account
# The account name, then the user principal name in brackets.
console-account-value = { $sam } ({ $upn })
console-fact-name = Name
console-fact-mail = Mail
console-fact-locked = Locked
console-fact-locked-yes = yes, since { $since }; unlocks by itself at { $until }
console-fact-bad-count = Bad password count
console-fact-disabled = Disabled
console-fact-password = Password
console-password-must-change = must be changed at next logon
console-password-expired = expired
console-password-never-expires = never expires
console-password-expires = expires { $when }
console-fact-password-last-set = Password last set
console-fact-protected = Protected (adminCount)
console-fact-privileged = Privileged
# Why an account is privileged. $kind: protected (adminCount=1), service (the account sspr
# binds as), helpdesk (in the helpdesk group) or group (in the protected group $group).
console-fact-privileged-yes = { $kind ->
    [protected] yes: a protected account (adminCount=1); it cannot be reset or unlocked here
    [service] yes: the portal's own service account; it cannot be reset or unlocked here
    [helpdesk] yes: a member of the helpdesk group; it cannot be reset or unlocked here
   *[group] yes: a member of the protected group { $group }; it cannot be reset or unlocked here
}
console-policy-pso = Fine-grained policy { $dn }
console-policy-domain = Domain policy
console-policy-unreadable = Not readable by the service account.

console-diagnosis = Diagnosis
console-diagnosis-none = Nothing stops this user from resetting or unlocking by themselves.

console-verify-caller = Verify the caller
console-verified = Verified
console-verified-recently = { $minutes ->
    [one] You verified this caller in the last minute.
   *[other] You verified this caller in the last { $minutes } minutes.
}
console-verify-lead = Before acting, check the caller is who they say: send them a code to their registered email, or ask for their authenticator code, and type what they read to you.
console-email-code = Email them a code
console-code-from = Code from
console-code-from-email = their email
console-code-from-totp = their authenticator app
console-caller-code = Code the caller reads
console-check = Check
console-verify-no-methods = No registered methods: verify the caller another way (in person, a call-back to a known number), and give the reason when you act.
console-caller-code-sent = A code is on its way to the user's registered email address. Ask the caller to read it to you.
console-caller-no-email = This user has no registered email address. Ask for their authenticator code, or verify them another way.
console-caller-verified = { $minutes ->
    [one] Caller verified. You can act on this account for the next minute.
   *[other] Caller verified. You can act on this account for the next { $minutes } minutes.
}
console-caller-wrong = That code is not right. The caller may not be who they say they are.
console-back-to-user = Back to the user

console-actions = Actions
# $kind as for console-fact-privileged-yes.
console-privileged-notice = { $kind ->
    [protected] This is a protected account (adminCount=1). sspr does not reset or unlock privileged accounts: a directory administrator does, with their own tools, after verifying the person.
    [service] This is the portal's own service account. sspr does not reset or unlock privileged accounts: a directory administrator does, with their own tools, after verifying the person.
    [helpdesk] This is a member of the helpdesk group. sspr does not reset or unlock privileged accounts: a directory administrator does, with their own tools, after verifying the person.
   *[group] This is a member of the protected group { $group }. sspr does not reset or unlock privileged accounts: a directory administrator does, with their own tools, after verifying the person.
}
console-unlock = Unlock
console-unlock-hint = Clears the lockout; the password stays.
console-unlock-button = Unlock…
console-reset = Reset password
console-new-password = New password
console-mode-generate = Generate one (shown once)
console-mode-typed = Type one
console-typed-password = Typed password
console-typed-password-empty = Type the new password, or choose to generate one.
console-must-change = Must change at next logon
console-also-unlock = Also unlock
console-reset-button = Reset…
console-unblock = Unblock the authenticator
console-unblock-hint = Blocked after too many wrong codes in a row.
console-unblock-button = Unblock…
console-clear = Clear registered methods
console-clear-hint = For a lost phone or an old address; they register again.
console-clear-button = Clear…

console-password-policy = Password policy
console-registered-methods = Registered methods
console-nothing = None.
console-method-since = since { $when }
console-recent-activity = Recent activity
console-col-time = Time
console-col-activity = Activity
console-col-result = Result
console-col-by = By
console-col-detail = Detail
console-full-history = Full history

## Confirming an action, and its result

console-confirm-password = The new password (type it again)
console-confirm-unverified = You have not verified this caller with a code. If you verified them another way, say how: it goes into the audit log.
console-confirm-how = How you verified the caller
console-confirm-yes = Yes, do it
console-cancel = Cancel

console-reset-confirm-title = Reset password?
# $must_change and $unlock are yes or no: what the helpdesk chose with the reset.
console-reset-confirm = { $must_change ->
    [yes] { $unlock ->
        [yes] Reset the password of { $name } ({ $sam }), who must change it at next logon, and unlock the account.
       *[no] Reset the password of { $name } ({ $sam }), who must change it at next logon.
    }
   *[no] { $unlock ->
        [yes] Reset the password of { $name } ({ $sam }), and unlock the account.
       *[no] Reset the password of { $name } ({ $sam }).
    }
}
console-reset-done-title = Password reset
console-reset-done = { $must_change ->
    [yes] { $sam }'s password was reset; they must change it at next logon. They have been emailed.
   *[no] { $sam }'s password was reset. They have been emailed.
}
console-reset-failed = The reset did not happen
console-secret-once = New password (shown once; read it to the user, don't write it down):
console-back-to = Back to { $sam }

console-unlock-confirm-title = Unlock account?
console-unlock-confirm = Unlock the account of { $name } ({ $sam }). The password does not change.
console-unlock-done-title = Account unlocked
console-unlock-done = { $sam } can sign in again. They have been emailed.
console-unlock-failed = The unlock did not happen

console-clear-confirm-title = Clear registered methods?
console-clear-confirm = Remove every registered verification method of { $sam }. They will need to register again.
console-clear-done-title = Methods cleared
console-clear-done = { $n ->
    [one] { $n } method removed; { $sam } has been emailed.
   *[other] { $n } methods removed; { $sam } has been emailed.
}

console-unblock-confirm-title = Unblock the authenticator?
console-unblock-confirm = Unblock the authenticator of { $sam }: codes from it count again, and its wrong-code count starts from zero.
console-unblock-done-title = Authenticator unblocked
console-unblock-done = { $sam }'s authenticator works again; they have been emailed.

# Why a writeback failed: what happened, then what to do (both status-* messages).
console-explain-fix = { $explain } { $fix }

## Audit log

console-verify-chain = Verify the hash chain
console-chain-intact = Hash chain intact
console-chain-verified = { $rows ->
    [one] { $rows } row verified under the key.
   *[other] { $rows } rows verified under the key.
}
# Rows written before the audit log was chained with a key.
console-chain-legacy-covered = { $legacy ->
    [one] { $legacy } of them is from before the keyed chain and covered by the keyed rows after it.
   *[other] { $legacy } of them are from before the keyed chain and covered by the keyed rows after them.
}
console-chain-legacy-uncovered = { $legacy ->
    [one] { $legacy } of them is from before the keyed chain, and no keyed row covers it yet.
   *[other] { $legacy } of them are from before the keyed chain, and no keyed row covers them yet.
}
console-chain-broken = Hash chain broken
console-filter-user = User
console-filter-activity = Activity
console-any = Any
console-filter-status = Status
# The two values of an audit row's status.
console-status-success = success
console-status-failure = failure
console-filter-reason = Status reason
console-filter-from = From
console-filter-to = To
console-filter = Filter
console-audit-rows = { $n ->
    [one] { $n } row.
   *[other] { $n } rows.
}
console-export = Export this view:
console-export-csv = CSV
console-export-jsonl = JSON lines
console-col-status = Status
console-col-reason = Reason
console-col-user = User
console-col-client = Client

## Writeback health

console-health-last-check = Last check
console-never = never
console-health-last-success = Last successful writeback
console-none-yet = none yet
console-health-failures = Failures in 24 hours
console-health-failures-value = { $attempts ->
    [one] { $failed } of { $attempts } writeback failed for connectivity or rights
   *[other] { $failed } of { $attempts } writebacks failed for connectivity or rights
}
console-health-run = Run the checks now

health-not-run = The heartbeat has not run yet.
health-no-domain-controller = No domain controller accepted the service account at the last heartbeat.
health-checks-failed = { $n ->
    [one] { $n } check failed at the last heartbeat.
   *[other] { $n } checks failed at the last heartbeat.
}
health-failure-rate = { $attempts ->
    [one] { $failed } of { $attempts } writeback failed in 24 hours for connectivity or rights.
   *[other] { $failed } of { $attempts } writebacks failed in 24 hours for connectivity or rights.
}
health-all-passed = Every check passed at the last heartbeat.

## Diagnosis findings on the user page: a title, the facts, and what to do

finding-privileged-title = Privileged account
# $kind as for console-fact-privileged-yes. The fix is status-ProtectedAccount-fix.
finding-privileged-detail = { $kind ->
    [protected] This is a protected account (adminCount=1). sspr never resets or unlocks privileged accounts, by self-service or here.
    [service] This is the portal's own service account. sspr never resets or unlocks privileged accounts, by self-service or here.
    [helpdesk] This is a member of the helpdesk group. sspr never resets or unlocks privileged accounts, by self-service or here.
   *[group] This is a member of the protected group { $group }. sspr never resets or unlocks privileged accounts, by self-service or here.
}

finding-not-in-scope-title = Not in self-service scope
# $scope is group (self-service is for the members of $group) or none (switched off).
finding-not-in-scope-detail = { $scope ->
    [group] Self-service is enabled for members of { $group }; this user is not one (directly or through nesting).
   *[none] Self-service is switched off (sspr.enabled_for = "none").
}
finding-not-in-scope-fix = Add the user to the self-service group, or reset or unlock for them here.

finding-directory-unreachable-title = Directory unreachable
# $error is what the directory said, in English.
finding-directory-unreachable-detail = { $error }
finding-directory-unreachable-fix = Check the domain controllers (Health page).

finding-not-registered-title = Not registered
finding-not-registered-detail = { $required ->
    [one] { $registered } of { $required } required verification method registered.
   *[other] { $registered } of { $required } required verification methods registered.
}
finding-not-registered-fix = The user registers at /register while they still know their password; today, reset for them here after verifying the caller another way.

finding-disabled-title = Account disabled
finding-disabled-detail = The account is disabled in Active Directory: nothing can sign in with it.
finding-disabled-fix = Enable it in Active Directory if it should be in use (not a helpdesk action here).

finding-expired-title = Account expired
finding-expired-detail = accountExpires is in the past.
finding-expired-fix = Extend the account's expiry in Active Directory.

finding-missing-rights-title = Service account lacks rights on this user
# $rights is a list of directory permission and attribute names.
finding-missing-rights-detail = Missing on this account: { $rights }.
finding-missing-rights-fix = Delegate Reset Password and write lockoutTime/pwdLastSet to the service account on this user's OU (run `sspr doctor`).

finding-rights-unchecked-title = Rights could not be checked
finding-rights-unchecked-detail = { $error }
finding-rights-unchecked-fix = Run `sspr doctor`.

finding-too-young-title = Minimum password age not reached
# $policy is fine-grained (a fine-grained password policy applies to the user) or domain.
finding-too-young-detail = { $policy ->
    [fine-grained] The password was changed recently; under their fine-grained policy the user cannot change it again before { $when }.
   *[domain] The password was changed recently; under the domain policy the user cannot change it again before { $when }.
}
finding-too-young-fix = A reset (self-service or here) still works; a change does not until then.

finding-cannot-change-title = User cannot change password
finding-cannot-change-detail = The account is set so that the user cannot change its password.
finding-cannot-change-fix = Resets still work; clear the setting in Active Directory if changes should.

finding-locked-title = Locked out
finding-locked-detail = Locked since { $since }.
finding-locked-fix = The user can unlock with their methods, or unlock here.

finding-must-change-title = Password must be changed
finding-must-change-detail = The password has expired or must be changed at next logon.
finding-must-change-fix = The user can change it at /change with their current password, or contact { $helpdesk }.

finding-app-blocked-title = Authenticator app blocked
finding-console-blocked-title = Console authenticator blocked
finding-blocked-detail = { $failures } wrong codes in a row (the cap is { $cap }): the authenticator no longer counts as proof until it is unblocked.
finding-app-blocked-fix = The user recovers with an emailed code (which unblocks it), or unblock it here once you have verified the caller.
finding-console-blocked-fix = Unblock it here once you have verified the admin another way; if they did not try those codes, someone else did.

## Charts on the dashboard

chart-activity-title = Writebacks per day, last 30 days
chart-resets = Resets
chart-changes = Changes
chart-unlocks = Unlocks
chart-failures = Failures
chart-reasons-title = Failures by status reason, last 30 days
chart-no-activity = No activity in this period
chart-no-failures = No failures in this period
chart-no-failures-desc = No failures in this period.
# Hover title of one bar segment: the day, the series (Resets…) and its count.
chart-segment = { $label } { $series }: { $value }
# Hover title of one row: a status reason and its count.
chart-row = { $label }: { $value }
# One item of a chart's summary for screen readers: a name and its count.
chart-item = { $label } { $value }
# Between the items of a chart's summary.
chart-list-separator = {", "}
# A chart's summary for screen readers. $unit is days (one bar per day) or periods.
chart-totals = { $unit ->
    [days] { $n ->
        [one] Totals over { $n } day: { $items }.
       *[other] Totals over { $n } days: { $items }.
    }
   *[periods] { $n ->
        [one] Totals over { $n } period: { $items }.
       *[other] Totals over { $n } periods: { $items }.
    }
}
chart-totals-none = { $unit ->
    [days] { $n ->
        [one] Totals over { $n } day: no data.
       *[other] Totals over { $n } days: no data.
    }
   *[periods] { $n ->
        [one] Totals over { $n } period: no data.
       *[other] Totals over { $n } periods: no data.
    }
}
chart-top = Top: { $items }.
chart-top-more = Top: { $items }, and { $more } more.

## Passkeys: the helpdesk user page, and signing in to the console with one

console-user-passkeys = Passkeys
console-passkey-added-on = added { $date }
console-passkey-last-used = last used { $date }
console-passkey-never-used = not used yet
console-passkey-use = Sign in with a passkey instead
console-passkey-title = Sign in with your passkey
console-passkey-lead = Your browser will ask for the passkey you added for the helpdesk console.
console-passkey-go = Continue with passkey
console-passkey-back = Use your authenticator app
console-passkey-wrong = That passkey did not sign you in. Try again, or use your authenticator app.
console-passkeys-nav = Your passkeys
console-passkeys-title = Passkeys for console sign-in
console-passkeys-lead = A passkey can stand in for your authenticator code when you sign in to the console. Adding one needs a code we email to your directory mailbox, and the other helpdesk admins are told.
console-passkeys-none = You have no passkey for console sign-in.
console-passkey-name-label = A name for this passkey, such as "Desk laptop"
console-passkey-add = Add a passkey
console-passkey-create-title = Create your console passkey
console-passkey-create-lead = We've emailed a code to your directory mailbox. Type it here, then create the passkey "{ $name }" when your browser asks.
console-passkey-code-label = Code from the email
console-passkey-create-go = Create passkey
console-passkey-added = Passkey added for console sign-in.
console-passkey-removed = Passkey removed.
console-passkey-not-added = The passkey was not added: the emailed code was not right, or your browser's answer did not match this request. Start again.
console-passkey-name-bad = Give the passkey a name of at most 64 characters.
console-passkey-no-mailbox = Your account has no directory mailbox for the code, so a passkey cannot be added here. Ask a directory administrator.
