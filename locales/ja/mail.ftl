# Every mail the portal sends: one-time codes, notices that something happened to an account,
# and "self-service could not help" mails. Plain text and HTML parts use the same messages.
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words. Mail is read on phones and in plain-text clients: no markup in these messages.

## Parts every mail shares

# First line of every mail. $name is the person's display name.
mail-greeting = { $name } 様

## One-time code mails

# Subject. Never contains the code itself: subjects show on locked phone screens.
mail-code-subject = { $org } の確認コード
# Title of the HTML part (shown by some mail clients in the tab or window).
mail-code-title = { $org } の確認コード
# The line above the code. $purpose says what the code is for; $admin (helpdesk-caller
# only) is the helpdesk admin who asked for the code.
mail-code-intro = { $purpose ->
    [reset] パスワードをリセットするための { $org } の確認コードは次のとおりです:
    [unlock] アカウントのロックを解除するための { $org } の確認コードは次のとおりです:
    [change-methods] 確認方法を変更するための { $org } の確認コードは次のとおりです:
    [confirm-address] パスワード リセット用にこのアドレスを確認するための { $org } の確認コードは次のとおりです:
    [console-authenticator] ヘルプデスク コンソールの認証システムを設定するための { $org } の確認コードは次のとおりです:
   *[helpdesk-caller] ヘルプデスクに本人であることを証明するための { $org } の確認コードです ({ $admin } からの依頼)。担当者に読み上げてください:
}
mail-code-expiry = コードを要求したページに入力してください。コードは 1 回だけ使用でき、{ $minutes } 分後に有効期限が切れます。
mail-code-ignore = このコードを要求していない場合は、このメールを無視してかまいません。そのページを開いていなければ誰もこのコードを使用できません。また、アカウントには何も変更が加えられていません。

## Notices (and "could not help" mails)

# Subject of a notice. $headline is one of the notice-*-headline messages.
mail-notice-subject = { $org }: { $headline }
# The headline as the first sentence of the mail's body.
mail-notice-headline = { $headline }。
# $when is a date and time in the reader's layout (format-datetime).
mail-notice-when = 日時: { $when }
# $address is the IP address the request came from.
mail-notice-from = 送信元: { $address }
# Shown as the address when it is not known.
mail-notice-from-unknown = 不明
mail-notice-was-you = ご自身による操作であれば、これ以上の対応は不要です。
# $helpdesk is how to reach the helpdesk (a name, phone number or address).
mail-notice-not-you = ご自身による操作でない場合は、すぐに { $helpdesk } にお問い合わせください。第三者がアカウントにアクセスしている可能性があります。
# Last line; $url is the portal's address (a link in the HTML part).
mail-notice-footer = { $org } パスワード サービス: { $url }

## "Self-service could not help" mails: someone asked to reset or unlock this account, and
## self-service cannot do it. Sent to the account's own mailbox, never shown on the page.

mail-cannot-help-headline = セルフサービス パスワード リセットで対応できませんでした
mail-cannot-help-not-enabled = お使いのアカウントでは、セルフサービス パスワード リセットが有効になっていません。パスワードのリセットやアカウントのロック解除については、{ $helpdesk } にお問い合わせください。
mail-cannot-help-disabled = お使いのアカウントは無効になっているため、ここではパスワードをリセットできません。{ $helpdesk } にお問い合わせください。
mail-cannot-help-privileged = お使いのアカウントは特権アカウント (管理者またはヘルプデスクのアカウント) のため、セルフサービスではリセットやロック解除を行えません。{ $helpdesk } またはディレクトリ管理者にお問い合わせください。
# $purpose is what the person asked to do; $needed how many methods must be registered;
# $url the registration page.
mail-cannot-help-too-few-methods = { $purpose ->
    [reset] パスワードのリセットが要求されましたが、登録されている確認方法が足りません (必要な数: { $needed })。パスワードがわかるうちに、{ $url } で登録してください。現在ロックアウトされている場合は、{ $helpdesk } にお問い合わせください。
    [unlock] アカウントのロック解除が要求されましたが、登録されている確認方法が足りません (必要な数: { $needed })。パスワードがわかるうちに、{ $url } で登録してください。現在ロックアウトされている場合は、{ $helpdesk } にお問い合わせください。
   *[other] 確認方法の変更が要求されましたが、登録されている確認方法が足りません (必要な数: { $needed })。パスワードがわかるうちに、{ $url } で登録してください。現在ロックアウトされている場合は、{ $helpdesk } にお問い合わせください。
}

## Notices: each has a headline (also the subject, after the organisation's name) and a
## detail sentence.

notice-reset-headline = パスワードがリセットされました
notice-reset-detail = 登録済みの方法による確認の後、セルフサービス パスワード リセットでパスワードがリセットされました。

notice-unlock-headline = アカウントのロックが解除されました
notice-unlock-detail = 登録済みの方法による確認の後、セルフサービスでアカウントのロックが解除されました。パスワードは変更されていません。

notice-changed-headline = パスワードが変更されました
notice-changed-detail = パスワード サービスでパスワードが変更されました。
# Sent when the service restarted while changing the password: the change went through.
notice-changed-unconfirmed-detail = パスワード サービスでパスワードが変更されました。ただし、完了を伝えるページは表示されなかった可能性があります。

notice-methods-headline = パスワード リセットの方法が変更されました
notice-methods-added-email = セルフサービス パスワード リセットの登録が変更されました: 連絡用メール アドレスが登録されました。
notice-methods-added-authenticator = セルフサービス パスワード リセットの登録が変更されました: 認証アプリが登録されました。
notice-methods-removed-email = セルフサービス パスワード リセットの登録が変更されました: メール コードが削除されました。
notice-methods-removed-authenticator = セルフサービス パスワード リセットの登録が変更されました: 認証アプリが削除されました。
notice-methods-added-passkey = セルフサービス パスワード リセットの登録が変更されました: パスキーが登録されました。
notice-methods-removed-passkey = セルフサービス パスワード リセットの登録が変更されました: パスキーが削除されました。

# To the account's own mailbox, when someone keeps typing wrong passwords for it.
notice-guessing-headline = 誰かがパスワードを推測しようとしています
notice-guessing-detail = 誤ったパスワードが繰り返し入力されたため、アカウントがロックアウトされないように、パスワード サービスはしばらくの間このアカウントのパスワード確認を停止しました。ご自身による操作でない場合は、ヘルプデスクにお知らせください。パスワードを忘れた場合は、登録済みの方法でリセットしてください。

notice-authenticator-blocked-headline = 認証システムがブロックされました
# $n wrong codes in a row; $helpdesk is how to reach the helpdesk.
notice-authenticator-blocked-detail = 認証コードが { $n } 回続けて誤っていたため、認証アプリはパスワードのリセットやロック解除に使用できなくなりました。代わりにメールで送信されたコードを使用するか (アプリのブロックも解除されます)、{ $helpdesk } にお問い合わせください。ご自身がこのコードを試していない場合は、第三者が試しています。{ $helpdesk } にお知らせください。
# To a helpdesk admin, about the authenticator of their helpdesk console account.
notice-console-authenticator-blocked-detail = 認証コードが { $n } 回続けて誤っていたため、ヘルプデスク コンソールの認証システムがブロックされました。他のヘルプデスク管理者が、あなたのユーザー ページからブロックを解除できます。ご自身がこのコードを試していない場合は、第三者が試しています。

## What a helpdesk admin did. $admin is the admin's display name.

notice-helpdesk-reset-headline = ヘルプデスクによってパスワードがリセットされました
notice-helpdesk-reset-detail = { $admin } がパスワードをリセットしました。
notice-helpdesk-reset-must-change-detail = { $admin } がパスワードをリセットしました。サインイン時に新しいパスワードを選ぶよう求められます。
notice-helpdesk-unlock-headline = ヘルプデスクによってアカウントのロックが解除されました
notice-helpdesk-unlock-detail = { $admin } がアカウントのロックを解除しました。パスワードは変更されていません。
notice-helpdesk-cleared-headline = パスワード リセットの方法が消去されました
notice-helpdesk-cleared-detail = { $admin } が登録済みの確認方法を消去しました。パスワード サービスでもう一度登録してください。
notice-helpdesk-unblocked-headline = 認証システムのブロックが解除されました
notice-helpdesk-unblocked-detail = { $admin } が認証システムのブロックを解除しました。再び使用できます。
# A helpdesk notice's detail followed by the admin's note on how they verified the caller
# ($note, in the admin's own words).
notice-with-note = { $detail } ({ $note })

## To the other helpdesk admins.

# $admin is the account name of the admin who enrolled.
notice-admin-enrolled-headline = { $admin } がヘルプデスクの認証システムを登録しました
# $name is that admin's display name.
notice-admin-enrolled-detail = { $name } が、自分のヘルプデスク コンソール アカウントを保護する認証システムを設定しました。
# $admin is the account name of the admin who added a passkey.
notice-admin-passkey-headline = { $admin } がヘルプデスクへのサインイン用パスキーを追加しました
# $name is that admin's display name.
notice-admin-passkey-detail = { $name } が、認証アプリの代わりに自分のヘルプデスク コンソール アカウントへのサインインに使用できるパスキーを追加しました。
# $admin is the account name of the admin who acted.
notice-privileged-headline = 特権アカウントが { $admin } によって変更されました
# $admin is the display name of the admin who acted, $account the privileged account's name,
# $action what they did. The part after the colon repeats, in lower case, the headline the
# account's owner got.
notice-privileged-detail = { $action ->
    [reset] { $admin } が、ヘルプデスクまたはディレクトリ管理者のアカウントである { $account } を操作しました: ヘルプデスクによってパスワードがリセットされました
    [unlock] { $admin } が、ヘルプデスクまたはディレクトリ管理者のアカウントである { $account } を操作しました: ヘルプデスクによってアカウントのロックが解除されました
    [cleared] { $admin } が、ヘルプデスクまたはディレクトリ管理者のアカウントである { $account } を操作しました: パスワード リセットの方法が消去されました
   *[unblocked] { $admin } が、ヘルプデスクまたはディレクトリ管理者のアカウントである { $account } を操作しました: 認証システムのブロックが解除されました
}

## Password-expiry reminders: mailed a set number of days before the account's password
## expires (the days come from the configuration, typically 14, 7, 3 and 1).

# Subject. $days is the whole number of days left (0: less than a day).
mail-reminder-subject = { $days ->
    [0] { $org }: パスワードの有効期限まで 1 日を切りました
   *[other] { $org }: パスワードの有効期限まであと { $days } 日です
}
mail-reminder-headline = { $days ->
    [0] パスワードの有効期限まで 1 日を切りました。
   *[other] パスワードの有効期限まであと { $days } 日です。
}
# $when is the date and time it expires, in the reader's layout.
mail-reminder-detail = { $when } にこのパスワードは使用できなくなります。その後は、リセットされるまでこのパスワードでサインインできません。
# Above the link to the change page.
mail-reminder-change = 現在のパスワードを使って、今すぐ新しいパスワードを設定してください。どのデバイスからでも設定できます:
# Above the link to the registration page; only for people who have not registered a way to prove who they are.
mail-reminder-register = パスワードを忘れたときに自分でリセットする方法が、まだ設定されていません。設定は 1 分で完了します:
mail-reminder-windows = 組織の Windows コンピューターでは、Ctrl+Alt+Del キーを押して「パスワードの変更」を選択することもできます。
# $helpdesk is how to reach the helpdesk.
mail-reminder-never-asks = パスワードをメールでお尋ねすることは決してありません。このメッセージが本物かどうか不安な場合は、パスワード サービスのアドレスをご自身で入力するか、{ $helpdesk } にお問い合わせください。
