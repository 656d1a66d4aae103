# The page where a user who knows their password (or whose password expired) chooses a new one.
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words.

change-title = パスワードの変更
change-expired = パスワードの有効期限が切れているか、サインインする前に変更する必要があります。ここで新しいパスワードを選んでください。
# $link is a link to the reset page; its words are change-lead-link.
change-lead = 現在のパスワードが必要です。忘れた場合は { $link }。
change-lead-link = 代わりにリセットしてください
change-username = ユーザー名またはメール アドレス
change-current-password = 現在のパスワード
change-new-password = 新しいパスワード
change-confirm-password = 新しいパスワードをもう一度入力
change-submit = パスワードを変更
change-mismatch = 2 つの新しいパスワードが一致しません。両方のボックスに同じパスワードを入力してください。

change-done-title = パスワードが変更されました
change-done-message = 新しいパスワードを今すぐ使用できます。
change-done-next = 新しいパスワードでサインインしてください。この変更についてのお知らせをメールでお送りしました。

# The account may not change its own password through the portal.
change-refused-title = このパスワードはここでは変更できません
change-refused-message = このアカウントはセルフサービスで変更できません。
change-refused-next = { $helpdesk } にお問い合わせください。
