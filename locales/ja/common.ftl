# Words every page shares: the frame around each page, the language switcher, dates.
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words. `format-*` messages are strftime patterns (https://docs.rs/chrono/latest/chrono/format/strftime/).

# The language's name in itself, shown in the language switcher.
language-name = 日本語
language-switcher = 言語

format-datetime = %Y年%-m月%-d日 %H:%M %Z
format-date = %Y年%-m月%-d日

service-name = パスワード サービス
service-home = パスワード サービスのホーム
skip-to-content = コンテンツにスキップ
need-help = お困りの場合は { $helpdesk } にお問い合わせください。

steps-label = 進行状況
step-identify = 本人の特定
step-verify = 確認

home-title = 何をしますか?
home-lead = ヘルプデスクを待たずに、{ $org } のアカウントにすぐに戻れます。
home-reset = パスワードをリセットする
home-reset-hint = パスワードを忘れた
home-unlock = アカウントのロックを解除する
home-unlock-hint = パスワードはわかるが、ロックアウトされた
home-change = パスワードを変更する
home-change-hint = パスワードはわかる、または有効期限が切れた
home-register = セルフサービスを設定する
home-register-hint = 必要になる前に、メール アドレスまたは認証アプリを登録します

back-to-start = 最初に戻る
go-to-start = 最初へ移動

not-found-title = ページが見つかりません
not-found-message = このアドレスにはページがありません。
not-found-next = パスワード サービスの最初のページからやり直してください。

blocked-title = 試行回数が多すぎます
blocked-message = セキュリティ保護のため、試行回数が多すぎるとセルフサービスはしばらく停止されます。
blocked-next = { $when } 以降にもう一度お試しください。それより早くアクセスが必要な場合は、ヘルプデスクにお問い合わせください。

busy-title = ただいま混み合っています
busy-message = 現在多くの人がパスワードを変更しているため、時間内に処理できませんでした。何も変更されていません。
busy-next = { $seconds } 秒後にもう一度お試しください。

unavailable-title = 数分後にもう一度お試しください
unavailable-message = 現在ディレクトリに接続できませんでした。何も変更されていません。
unavailable-next = 数分後にもう一度お試しください。繰り返し発生する場合は、ヘルプデスクにお問い合わせください。

session-ended-title = セッションが終了しました
session-ended-message = セキュリティ保護のため、この手順は前の手順の直後に、同じブラウザーでのみ実行できます。
session-ended-next = 最初からやり直してください。1 分ほどで終わります。

not-right = ユーザー名またはパスワードが正しくないか、アカウントがロックされているか無効になっています。パスワードを忘れた場合はリセットしてください。ロックアウトされた場合は、先にロックを解除してください。

bad-form = この要求は認識できるフォームではありませんでした。前のページに戻り、ページを再読み込みしてもう一度お試しください。
form-expired-title = このフォームの有効期限が切れました
form-expired-message = セキュリティ保護のため、フォームは一定時間内に、フォームを開いたブラウザー ウィンドウでのみ使用できます。前のページに戻り、ページを再読み込みしてもう一度お試しください。
form-too-large = このフォームは大きすぎます。
form-too-slow = このフォームの送信に時間がかかりすぎました。前のページに戻り、ページを再読み込みしてもう一度お試しください。
too-slow = 処理に通常より時間がかかっています。変更、リセット、ロック解除を行っていた場合は、完了している可能性があります。もう一度試す前に、サインインしてみてください。
internal-error = こちら側で問題が発生しました。もう一度お試しください。

input-username-empty = ユーザー名またはメール アドレスを入力してください。
input-username-bad = ユーザー名として正しくないようです。使用できるのは英字、数字、. - _ @ \ のみです。
input-password-bad = パスワードは 256 文字以内で、制御文字を含めることはできません。
input-email-empty = メール アドレスを入力してください。
input-email-bad = name@example.com のような形式でメール アドレスを入力してください。
input-code-empty = コードを入力してください。
input-code-bad = コードは数字のみです。
input-current-password-empty = 現在のパスワードを入力してください。
input-new-password-empty = 新しいパスワードを入力してください。
input-password-empty = パスワードを入力してください。

# After a password change or reset, following "Sign in with your new password…". $minutes is
# how long the organisation's domain controllers keep accepting the old password over older
# Windows connections (60 unless the organisation changed it).
done-old-password = { $minutes ->
   *[other] 割り当てられたネットワーク ドライブなど、一部の Windows 接続では、以前のパスワードを最大 { $minutes } 分間引き続き使用できる場合があります。これは想定どおりの動作です。今後はどこでも新しいパスワードを使用してください。
}
