# The self-service pages: reset a forgotten password, unlock an account, and register the
# methods (an email address, an authenticator app) that prove who someone is.
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words. { $helpdesk } is how to reach the helpdesk, as the operator wrote it (a phone
# number, an address or a web page).

## Reset, unlock: the steps

# The last step of the progress indicator (after "Identify" and "Verify").
reset-step-last = 新しいパスワード
unlock-step-last = ロック解除
# The last step when a signed-in person proves a method before changing their methods.
register-step-last = 方法の変更

reset-title = パスワードのリセット
reset-lead = パスワードを忘れた場合は、本人確認を行って新しいパスワードを選んでください。
unlock-title = アカウントのロック解除
unlock-lead = 何度も失敗してロックアウトされた場合は、本人確認を行うとアカウントのロックが解除されます。パスワードは変わりません。
# Shown to a signed-in person who must prove one of their methods before changing them.
register-prove-title = 本人確認
register-prove-lead = 方法を変更するには、登録済みの方法のいずれかで本人確認を行ってください。

recover-username-label = ユーザー名またはメール アドレス
recover-username-hint = 例: jsmith、jsmith@example.com、EXAMPLE\jsmith
recover-continue = 続行
# The link on the "Your session has ended" page.
recover-start-again = 最初からやり直す

unlock-not-offered-title = ここではロック解除を利用できません
unlock-not-offered-message = このパスワード サービスでは、アカウントのロックを解除できません。
unlock-not-offered-next = 代わりにパスワードをリセットするか (アカウントのロックも解除されます)、{ $helpdesk } にお問い合わせください。
# The button on the "Unlocking is not offered here" page.
unlock-not-offered-link = パスワードをリセットする

## Verify: the code step

verify-title = 本人確認
# The title after one method was proved, when a second one is needed.
verify-title-second = もう 1 つの確認
verify-first-passed = 1 つ目の確認が完了しました。
verify-email-lead = このアカウントでセルフサービスを利用できる場合は、登録済みのメール アドレスにコードを送信しました。届くまでに 1 分ほどかかることがあります。
verify-totp-lead = 登録した認証アプリを開き、現在表示されている 6 桁のコードを入力してください。
verify-email-label = メールに記載されたコード
verify-totp-label = アプリに表示されたコード
verify-submit = 確認
verify-resend = 新しいコードを送信
verify-use-email = 代わりにメールで送信されたコードを使用する
verify-use-totp = 代わりに認証アプリを使用する
verify-no-method = メールもアプリもない場合は、セルフサービスに登録していない可能性があります。{ $helpdesk } にお問い合わせください。
verify-wrong = コードが正しくありません。あと { $left } 回試すことができます。
verify-expired = このコードは有効期限が切れています。新しいコードを送信し、10 分以内に使用してください。
verify-replayed = このコードは既に使用されています。アプリに次のコードが表示されるまで待ってから入力してください。
verify-resent = このアカウントに登録済みのメール アドレスがある場合は、新しいコードを送信しました。使用できるのは最新のコードのみです。

## Reset: the new password

reset-password-title = 新しいパスワードの選択
reset-password-lead = 本人確認が完了しました。以前に使用したことのないパスワードを選んでください。
reset-new-password = 新しいパスワード
reset-confirm-password = もう一度入力
# Followed by a word the page's script fills in (weak, fair, strong...).
reset-strength = 強度:
reset-set-password = 新しいパスワードを設定
reset-mismatch = 2 つのパスワードが一致しません。両方のボックスに同じパスワードを入力してください。

## Reset, unlock: the result

reset-done-title = パスワードがリセットされました
reset-done-message = 新しいパスワードを今すぐ使用できます。アカウントがロックされていた場合は、ロックも解除されています。
reset-done-next = 新しいパスワードでサインインしてください。この変更についてのお知らせをメールでお送りしました。
unlock-done-title = アカウントのロックが解除されました
unlock-done-message = 現在のパスワードで再びサインインできます。
unlock-done-next = パスワードを覚えていない場合は、代わりにリセットしてください。
register-verified-title = 確認済み
register-verified-message = 登録済みの方法のいずれかで本人確認が完了しました。
register-verified-next = 方法を変更できるようになりました。
recover-disabled-title = このアカウントは無効です
recover-disabled-message = 無効になっているアカウントは、ここでリセットやロック解除を行うことはできません。
recover-disabled-next = { $helpdesk } にお問い合わせください。
recover-refused-title = ここでは実行できません
recover-refused-message = このアカウントはセルフサービスで変更できません。
recover-refused-next = { $helpdesk } にお問い合わせください。すぐに対応してもらえます。

## Register: signing in

register-signin-title = セルフサービスの設定
register-signin-lead = 現在のパスワードでサインインして、メール アドレスまたは認証アプリを登録してください。パスワードを忘れたときに、これらを使って本人確認を行います。
register-username-label = ユーザー名またはメール アドレス
register-password-label = パスワード
register-signin = サインイン
# The link back to the sign-in page when a registration visit has to start over.
register-sign-in-again = もう一度サインイン
register-unavailable-title = 登録を利用できません
register-unavailable-privileged = セルフサービス パスワード リセットは、特権アカウント (管理者とヘルプデスク スタッフ) では利用できません。
register-unavailable-not-enabled = お使いのアカウントでは、セルフサービス パスワード リセットが有効になっていません。
register-unavailable-next = パスワードについては { $helpdesk } にお問い合わせください。

## Register: the methods page

# The names of the verification methods.
method-email = メール コード
method-totp = 認証アプリ

register-title = 確認方法
# { $name } is the signed-in person's name; { $required } how many methods a reset needs
# (the [1] variant is for exactly one, the other for any other number).
register-lead = { $required ->
    [1] { $name } としてサインインしています。パスワードのリセットには 1 つの方法で十分ですが、2 つあるとより安心です。
   *[other] { $name } としてサインインしています。パスワードをリセットするには 2 つの方法が必要です。
}
register-none = まだ方法が登録されていません。後で自分で対処できるように、今すぐ追加してください。
# { $date } is the day the method was registered.
register-added = { $date } に追加
register-remove = 削除
register-locked = 方法を追加、置き換え、削除するには、まず登録済みの方法で本人確認を行ってください。パスワードだけでは変更できません。
register-prove = 本人確認を行う
register-change-email = メール アドレスを変更する
register-add-email = メール アドレスを追加する
register-email-hint = 職場のメールボックスではなく、職場にサインインできないときにも読める個人のアドレスを使用してください。
register-email-label = メール アドレス
register-send-code = 確認コードを送信
register-replace-totp = 認証アプリを置き換える
register-add-totp = 認証アプリを追加する
register-totp-hint = Microsoft Authenticator、Google Authenticator、1Password などが使用できます。
register-set-up-totp = 認証アプリを設定する
register-sign-out = サインアウト

# One-line notices at the top of the methods page, after a step.
register-notice-stepped-up = 確認が完了しました。方法を変更できるようになりました。
register-notice-email = メール アドレスが登録されました。
register-notice-totp = 認証アプリが登録されました。
register-notice-removed-email = メール コードを削除しました。
register-notice-removed-totp = 認証アプリを削除しました。

## Register: confirming an email address

register-email-title = メール アドレスの確認
# { $address } is the address, partly hidden (al***@ex***.com).
register-email-lead = { $address } にコードを送信しました。ここに入力して完了してください。
register-code-from-email = メールに記載されたコード
register-confirm = 確認
register-back = 戻る
register-email-wrong = コードが正しくないか、有効期限が切れています。最新のメールを確認するか、前に戻って新しいコードを送信してください。

## Register: setting up an authenticator app

register-totp-title = 認証アプリの設定
register-totp-lead = アプリでアカウントを追加し、このコードをスキャンしてください。スキャンできない場合は、代わりに下のキーを入力してください。
# Followed by the secret key, for typing into the app by hand.
register-totp-key = キー:
register-totp-code-label = アプリに表示される 6 桁のコード
register-totp-wrong = コードが正しくありません。アプリの時刻を確認し、現在表示されているコードを入力してください。

## Passkeys

method-passkey = パスキー
verify-use-passkey = 代わりにパスキーを使用する
verify-passkey-lead = このアカウント用に登録したパスキーを使用してください。このデバイス、スマートフォン、またはセキュリティ キーのパスキーを使用できます。
verify-passkey-start = パスキーを使用
verify-passkey-title = パスキーの使用
verify-passkey-go = パスキーで続行
verify-passkey-wrong = このパスキーでは本人確認ができませんでした。あと { $left } 回試すことができます。
verify-passkey-expired = このパスキーの要求は有効期限が切れています。「パスキーを使用」を選んで、最初からやり直してください。
verify-passkey-replayed = このパスキーの応答は既に使用されています。「パスキーを使用」を選んで、最初からやり直してください。
passkey-back-to-methods = 別の方法を使用する
passkey-failed = ブラウザーからパスキーが提供されませんでした。要求がキャンセルされたかタイムアウトしたか、このデバイスにこのサイト用のパスキーがありません。もう一度試すか、別の方法を使用してください。
passkey-unsupported = このブラウザーではパスキーを使用できません。別の方法か、別のブラウザーを使用してください。
passkey-needs-script = パスキーには JavaScript が必要ですが、このブラウザーでは無効になっています。別の方法を使用するか、JavaScript を有効にしてください。
passkey-none = ブラウザーからパスキーが提供されませんでした。もう一度試すか、別の方法を使用してください。
passkey-bad = ブラウザーからの応答を読み取れませんでした。もう一度お試しください。
register-passkeys = 登録済みのパスキー
register-passkey-used = 最終使用日: { $date }
register-passkey-never-used = 未使用
register-add-passkey = パスキーを追加する
register-passkey-hint = パスキーは、デバイスの画面ロック (指紋、顔、PIN) を使って本人確認を行います。何も入力する必要がなく、偽のサイトでは使用できません。
register-passkey-name-label = このパスキーの名前 (例: 「仕事用ノート PC」)
register-passkey-add = パスキーを追加
register-passkey-name-empty = 後でパスキーを区別できるように、パスキーに名前を付けてください。
register-passkey-name-bad = 名前は 64 文字以内にしてください。
register-passkey-too-many = パスキーが { $n } 個登録されており、1 つのアカウントで登録できる上限に達しています。先にいずれかを削除してください。
register-passkey-title = パスキーの作成
register-passkey-lead = 「{ $name }」という名前のパスキーを作成し、画面ロックで確認するよう、ブラウザーから求められます。
register-passkey-go = パスキーを作成
register-passkey-failed = パスキーは登録されませんでした。ブラウザーからの応答がこの要求と一致しませんでした。もう一度追加してください。
register-passkey-already = このパスキーは既に登録されています。
register-notice-passkey = パスキーが登録されました。
register-notice-removed-passkey = パスキーを削除しました。
