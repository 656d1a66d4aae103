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
console-title = ヘルプデスク
# After each page's title, and at the top of every console page.
console-org-helpdesk = { $org } ヘルプデスク
# The name of the console's navigation, for screen readers.
console-nav-label = ヘルプデスク
console-dashboard = ダッシュボード
console-users = ユーザー
console-audit = 監査ログ
console-health = ライトバックの正常性
console-sign-out = サインアウト
console-sign-in = サインイン
console-none = —
console-yes = はい
console-no = いいえ
console-pager-label = ページ
console-previous = 前へ
console-next = 次へ
console-page-of = { $page } / { $pages } ページ

## Sign-in

console-login-title = ヘルプデスクへのサインイン
console-login-lead = ディレクトリ アカウントでサインインしてください。ヘルプデスク グループのメンバーである必要があり、認証アプリで確認を行います。
console-login-username = ユーザー名
console-login-password = パスワード
console-login-incomplete = ユーザー名とパスワードを入力してください。
console-login-refused = ユーザー名またはパスワードが正しくないか、このアカウントはヘルプデスクのアカウントではありません。
console-no-mailbox-title = 設定を確認するためのメールボックスがありません
console-no-mailbox-message = ヘルプデスクの認証システムを設定するには、ディレクトリに登録されたメールボックスにコードを送信する必要がありますが、お使いのアカウントにはメールボックスがありません。
console-no-mailbox-next = ディレクトリ管理者に、アカウントへのメール アドレスの追加を依頼してください。

console-totp-page-title = ヘルプデスク: 認証システム
console-totp-enrol-title = 認証システムの設定
console-totp-enrol-lead = すべてのヘルプデスク アカウントは、認証アプリを使ってサインインします。パスワードだけでは設定できないため、職場のメールボックスに設定コードを送信しました。このコードをスキャン (またはキーを入力) してから、両方のコードを入力してください。
# Before the secret key of the authenticator being set up.
console-totp-key = キー:
console-totp-title = 認証コード
console-totp-lead = 認証アプリに現在表示されている 6 桁のコードを入力してください。
console-totp-enrol-code = メールに記載された設定コード
console-totp-code = 認証アプリに表示されたコード
console-continue = 続行
console-totp-wrong = コードが正しくありません。アプリに現在表示されているコードを入力してください。

## When a console page is refused

console-refused-title = ヘルプデスクへのサインインが必要です
console-refused-next = ヘルプデスク アカウントでサインインしてください。
console-refused-not-signed-in = このページは、パスワードと認証システムでサインインしたヘルプデスク スタッフ用です。
console-refused-signed-out = サインアウトしています。
console-refused-idle = 一定時間操作がなかったため、サインアウトされました。
console-refused-session-over = コンソールのセッションが上限時間に達しました。続けるにはもう一度サインインしてください。
console-role-lost-not-in-group = お使いのアカウントは、ヘルプデスク グループのメンバーではなくなりました。
console-role-lost-disabled = お使いのアカウントが無効になったため、ヘルプデスクのセッションが終了しました。
console-role-lost-expired = お使いのアカウントの有効期限が切れたため、ヘルプデスクのセッションが終了しました。
console-role-lost-locked = お使いのアカウントがロックアウトされたため、ヘルプデスクのセッションが終了しました。
console-role-lost-password-expired = パスワードの有効期限が切れたか、変更が必要なため、ヘルプデスクのセッションが終了しました。パスワードを変更してから、もう一度サインインしてください。
console-role-lost-unverifiable = 現在ディレクトリでヘルプデスクのロールを確認できなかったため、セッションが終了しました。しばらくしてからもう一度サインインしてください。

## Dashboard

# The headline of writeback health. $status is a code: active, degraded or down.
console-writeback-status = { $status ->
    [active] ライトバック: アクティブ
    [degraded] ライトバック: 低下
   *[down] ライトバック: 停止
}
console-details = 詳細
console-activity-caption = 1 日あたりのリセット、変更、ロック解除、失敗したライトバックの数。
console-reasons-caption = ライトバックが失敗した理由。
# The dashboard's password-expiry reminder figures, over the same 30 days as the charts.
console-reminders-title = パスワード有効期限のリマインダー (過去 30 日間)
console-reminders-sent = { $n } 件のリマインダーを送信しました。
# $n people changed (or reset) their password after a reminder; $sent reminders were sent.
console-reminders-changed = { $n } 人がリマインダーを受けてパスワードを変更しました。

## Users

console-users-heading = ユーザーの検索
console-users-search-label = 名前、アカウント名、UPN、メール
console-search = 検索
console-search-too-short = { $n } 文字以上入力してください。
console-search-unavailable = ディレクトリから応答がありませんでした。しばらくしてからもう一度お試しください。
console-users-too-many = 一致が { $max } 件を超えています。最初の { $max } 件を表示しています。検索条件を絞り込んでください。
console-users-matches = { $n } 件一致しました。
console-col-account = アカウント
console-col-name = 名前
console-col-mail = メール
console-col-state = 状態
# Badges of an account in the search results.
console-flag-disabled = 無効
console-flag-locked = ロック中
console-flag-must-change = 変更が必要
console-flag-protected = 保護
console-flag-ok = OK

## The user page

console-no-such-user-title = ユーザーが見つかりません
console-no-such-user-message = この識別子のアカウントはありません (削除された可能性があります)。
console-no-such-user-next = もう一度検索してください。

console-account = アカウント
# The account name, then the user principal name in brackets.
console-account-value = { $sam } ({ $upn })
console-fact-name = 名前
console-fact-mail = メール
console-fact-locked = ロック
console-fact-locked-yes = はい、{ $since } から。{ $until } に自動的に解除されます
console-fact-bad-count = パスワードの誤入力回数
console-fact-disabled = 無効
console-fact-password = パスワード
console-password-must-change = 次回ログオン時に変更が必要
console-password-expired = 有効期限切れ
console-password-never-expires = 無期限
console-password-expires = { $when } に有効期限切れ
console-fact-password-last-set = パスワードの最終設定日時
console-fact-protected = 保護 (adminCount)
console-fact-privileged = 特権
# Why an account is privileged. $kind: protected (adminCount=1), service (the account sspr
# binds as), helpdesk (in the helpdesk group) or group (in the protected group $group).
console-fact-privileged-yes = { $kind ->
    [protected] はい: 保護されたアカウント (adminCount=1) です。ここではリセットやロック解除はできません
    [service] はい: ポータル自体のサービス アカウントです。ここではリセットやロック解除はできません
    [helpdesk] はい: ヘルプデスク グループのメンバーです。ここではリセットやロック解除はできません
   *[group] はい: 保護されたグループ { $group } のメンバーです。ここではリセットやロック解除はできません
}
console-policy-pso = 細かい設定が可能なポリシー { $dn }
console-policy-domain = ドメイン ポリシー
console-policy-unreadable = サービス アカウントでは読み取れません。

console-diagnosis = 診断
console-diagnosis-none = このユーザーが自分でリセットやロック解除を行うのを妨げるものはありません。

console-verify-caller = 電話の相手の確認
console-verified = 確認済み
console-verified-recently = この電話の相手は、過去 { $minutes } 分以内に確認済みです。
console-verify-lead = 操作の前に、電話の相手が本人であることを確認してください。登録済みのメール アドレスにコードを送信するか、認証アプリのコードを尋ね、読み上げられたコードを入力します。
console-email-code = コードをメールで送信
console-code-from = コードの送信元
console-code-from-email = 本人のメール
console-code-from-totp = 本人の認証アプリ
console-caller-code = 相手が読み上げたコード
console-check = 確認
console-verify-no-methods = 登録済みの方法がありません。別の方法 (対面、既知の番号へのかけ直し) で相手を確認し、操作時にその理由を入力してください。
console-caller-code-sent = ユーザーの登録済みメール アドレスにコードを送信しました。相手にコードを読み上げてもらってください。
console-caller-no-email = このユーザーには登録済みのメール アドレスがありません。認証アプリのコードを尋ねるか、別の方法で確認してください。
console-caller-verified = 相手を確認しました。今から { $minutes } 分間、このアカウントを操作できます。
console-caller-wrong = コードが正しくありません。相手が本人ではない可能性があります。
console-back-to-user = ユーザーに戻る

console-actions = 操作
# $kind as for console-fact-privileged-yes.
console-privileged-notice = { $kind ->
    [protected] これは保護されたアカウント (adminCount=1) です。sspr は特権アカウントのリセットやロック解除を行いません。ディレクトリ管理者が本人を確認した後、独自のツールで行います。
    [service] これはポータル自体のサービス アカウントです。sspr は特権アカウントのリセットやロック解除を行いません。ディレクトリ管理者が本人を確認した後、独自のツールで行います。
    [helpdesk] これはヘルプデスク グループのメンバーです。sspr は特権アカウントのリセットやロック解除を行いません。ディレクトリ管理者が本人を確認した後、独自のツールで行います。
   *[group] これは保護されたグループ { $group } のメンバーです。sspr は特権アカウントのリセットやロック解除を行いません。ディレクトリ管理者が本人を確認した後、独自のツールで行います。
}
console-unlock = ロック解除
console-unlock-hint = ロックアウトを解除します。パスワードはそのままです。
console-unlock-button = ロック解除…
console-reset = パスワードのリセット
console-new-password = 新しいパスワード
console-mode-generate = 自動生成する (1 回だけ表示)
console-mode-typed = 入力する
console-typed-password = 入力したパスワード
console-typed-password-empty = 新しいパスワードを入力するか、自動生成を選んでください。
console-must-change = 次回ログオン時に変更が必要
console-also-unlock = ロックも解除する
console-reset-button = リセット…
console-unblock = 認証システムのブロックを解除
console-unblock-hint = 誤ったコードが続けて入力されたため、ブロックされています。
console-unblock-button = ブロック解除…
console-clear = 登録済みの方法を消去
console-clear-hint = 電話を紛失した場合や古いアドレスの場合に使用します。ユーザーは再登録します。
console-clear-button = 消去…

console-password-policy = パスワード ポリシー
console-registered-methods = 登録済みの方法
console-nothing = なし。
console-method-since = { $when } から
console-recent-activity = 最近のアクティビティ
console-col-time = 日時
console-col-activity = アクティビティ
console-col-result = 結果
console-col-by = 実行者
console-col-detail = 詳細
console-full-history = すべての履歴

## Confirming an action, and its result

console-confirm-password = 新しいパスワード (もう一度入力)
console-confirm-unverified = この相手をコードで確認していません。別の方法で確認した場合は、その方法を入力してください。監査ログに記録されます。
console-confirm-how = 相手を確認した方法
console-confirm-yes = はい、実行します
console-cancel = キャンセル

console-reset-confirm-title = パスワードをリセットしますか?
# $must_change and $unlock are yes or no: what the helpdesk chose with the reset.
console-reset-confirm = { $must_change ->
    [yes] { $unlock ->
        [yes] { $name } ({ $sam }) のパスワードをリセットし (次回ログオン時に変更が必要)、アカウントのロックを解除します。
       *[no] { $name } ({ $sam }) のパスワードをリセットします (次回ログオン時に変更が必要)。
    }
   *[no] { $unlock ->
        [yes] { $name } ({ $sam }) のパスワードをリセットし、アカウントのロックを解除します。
       *[no] { $name } ({ $sam }) のパスワードをリセットします。
    }
}
console-reset-done-title = パスワードのリセット完了
console-reset-done = { $must_change ->
    [yes] { $sam } のパスワードをリセットしました。次回ログオン時に変更が必要です。ユーザーにメールで通知しました。
   *[no] { $sam } のパスワードをリセットしました。ユーザーにメールで通知しました。
}
console-reset-failed = リセットは実行されませんでした
console-secret-once = 新しいパスワード (1 回だけ表示されます。ユーザーに読み上げ、書き留めないでください):
console-back-to = { $sam } に戻る

console-unlock-confirm-title = アカウントのロックを解除しますか?
console-unlock-confirm = { $name } ({ $sam }) のアカウントのロックを解除します。パスワードは変更されません。
console-unlock-done-title = アカウントのロック解除完了
console-unlock-done = { $sam } は再びサインインできます。ユーザーにメールで通知しました。
console-unlock-failed = ロック解除は実行されませんでした

console-clear-confirm-title = 登録済みの方法を消去しますか?
console-clear-confirm = { $sam } の登録済みの確認方法をすべて削除します。ユーザーは再登録する必要があります。
console-clear-done-title = 方法の消去完了
console-clear-done = { $n } 個の方法を削除しました。{ $sam } にメールで通知しました。

console-unblock-confirm-title = 認証システムのブロックを解除しますか?
console-unblock-confirm = { $sam } の認証システムのブロックを解除します。そのコードが再び有効になり、誤ったコードの回数は 0 に戻ります。
console-unblock-done-title = 認証システムのブロック解除完了
console-unblock-done = { $sam } の認証システムは再び使用できます。ユーザーにメールで通知しました。

# Why a writeback failed: what happened, then what to do (both status-* messages).
console-explain-fix = { $explain }{ $fix }

## Audit log

console-verify-chain = ハッシュ チェーンを検証
console-chain-intact = ハッシュ チェーンは正常です
console-chain-verified = { $rows } 行をキーで検証しました。
# Rows written before the audit log was chained with a key.
console-chain-legacy-covered = そのうち { $legacy } 行はキー付きチェーン導入前のもので、その後のキー付きの行によって保護されています。
console-chain-legacy-uncovered = そのうち { $legacy } 行はキー付きチェーン導入前のもので、まだキー付きの行によって保護されていません。
console-chain-broken = ハッシュ チェーンが壊れています
console-filter-user = ユーザー
console-filter-activity = アクティビティ
console-any = すべて
console-filter-status = 状態
# The two values of an audit row's status.
console-status-success = 成功
console-status-failure = 失敗
console-filter-reason = 状態の理由
console-filter-from = 開始
console-filter-to = 終了
console-filter = フィルター
console-audit-rows = { $n } 行。
console-export = このビューをエクスポート:
console-export-csv = CSV
console-export-jsonl = JSON Lines
console-col-status = 状態
console-col-reason = 理由
console-col-user = ユーザー
console-col-client = クライアント

## Writeback health

console-health-last-check = 最終チェック
console-never = なし
console-health-last-success = 最後に成功したライトバック
console-none-yet = まだありません
console-health-failures = 24 時間以内の失敗
console-health-failures-value = { $attempts } 件中 { $failed } 件のライトバックが接続または権限の問題で失敗しました
console-health-run = 今すぐチェックを実行

health-not-run = ハートビートはまだ実行されていません。
health-no-domain-controller = 前回のハートビートで、サービス アカウントを受け付けたドメイン コントローラーはありませんでした。
health-checks-failed = 前回のハートビートで { $n } 件のチェックが失敗しました。
health-failure-rate = 24 時間以内に、{ $attempts } 件中 { $failed } 件のライトバックが接続または権限の問題で失敗しました。
health-all-passed = 前回のハートビートですべてのチェックに合格しました。

## Diagnosis findings on the user page: a title, the facts, and what to do

finding-privileged-title = 特権アカウント
# $kind as for console-fact-privileged-yes. The fix is status-ProtectedAccount-fix.
finding-privileged-detail = { $kind ->
    [protected] これは保護されたアカウント (adminCount=1) です。sspr は、セルフサービスでもここでも、特権アカウントのリセットやロック解除を行いません。
    [service] これはポータル自体のサービス アカウントです。sspr は、セルフサービスでもここでも、特権アカウントのリセットやロック解除を行いません。
    [helpdesk] これはヘルプデスク グループのメンバーです。sspr は、セルフサービスでもここでも、特権アカウントのリセットやロック解除を行いません。
   *[group] これは保護されたグループ { $group } のメンバーです。sspr は、セルフサービスでもここでも、特権アカウントのリセットやロック解除を行いません。
}

finding-not-in-scope-title = セルフサービスの対象外
# $scope is group (self-service is for the members of $group) or none (switched off).
finding-not-in-scope-detail = { $scope ->
    [group] セルフサービスは { $group } のメンバーに対して有効ですが、このユーザーは (直接にも入れ子のグループ経由でも) メンバーではありません。
   *[none] セルフサービスはオフになっています (sspr.enabled_for = "none")。
}
finding-not-in-scope-fix = ユーザーをセルフサービス グループに追加するか、ここでユーザーの代わりにリセットまたはロック解除を行ってください。

finding-directory-unreachable-title = ディレクトリに接続できません
# $error is what the directory said, in English.
finding-directory-unreachable-detail = { $error }
finding-directory-unreachable-fix = ドメイン コントローラーを確認してください ([ライトバックの正常性] ページ)。

finding-not-registered-title = 未登録
finding-not-registered-detail = 必要な確認方法 { $required } 個のうち、{ $registered } 個が登録されています。
finding-not-registered-fix = パスワードがわかるうちに、ユーザーが /register で登録します。今回は、別の方法で相手を確認した後、ここでユーザーの代わりにリセットしてください。

finding-disabled-title = アカウントが無効
finding-disabled-detail = このアカウントは Active Directory で無効になっています。このアカウントではサインインできません。
finding-disabled-fix = 使用する必要がある場合は、Active Directory で有効にしてください (ここで行うヘルプデスクの操作ではありません)。

finding-expired-title = アカウントの有効期限切れ
finding-expired-detail = accountExpires が過去の日時になっています。
finding-expired-fix = Active Directory でアカウントの有効期限を延長してください。

finding-missing-rights-title = サービス アカウントにこのユーザーに対する権限がありません
# $rights is a list of directory permission and attribute names.
finding-missing-rights-detail = このアカウントで不足している権限: { $rights }。
finding-missing-rights-fix = このユーザーの OU で、サービス アカウントに [パスワードのリセット] と lockoutTime/pwdLastSet への書き込みを委任してください (`sspr doctor` を実行)。

finding-rights-unchecked-title = 権限を確認できませんでした
finding-rights-unchecked-detail = { $error }
finding-rights-unchecked-fix = `sspr doctor` を実行してください。

finding-too-young-title = パスワードの最小有効期間に達していません
# $policy is fine-grained (a fine-grained password policy applies to the user) or domain.
finding-too-young-detail = { $policy ->
    [fine-grained] パスワードは最近変更されました。細かい設定が可能なポリシーにより、ユーザーは { $when } まで再び変更できません。
   *[domain] パスワードは最近変更されました。ドメイン ポリシーにより、ユーザーは { $when } まで再び変更できません。
}
finding-too-young-fix = リセット (セルフサービスまたはここ) は引き続き可能です。変更はそれまでできません。

finding-cannot-change-title = ユーザーはパスワードを変更できない
finding-cannot-change-detail = このアカウントは、ユーザーがパスワードを変更できない設定になっています。
finding-cannot-change-fix = リセットは引き続き可能です。変更も許可する場合は、Active Directory でこの設定をオフにしてください。

finding-locked-title = ロックアウト
finding-locked-detail = { $since } からロックされています。
finding-locked-fix = ユーザーが登録済みの方法でロックを解除するか、ここでロックを解除してください。

finding-must-change-title = パスワードの変更が必要
finding-must-change-detail = パスワードの有効期限が切れているか、次回ログオン時に変更が必要です。
finding-must-change-fix = ユーザーは現在のパスワードを使って /change で変更するか、{ $helpdesk } に問い合わせることができます。

finding-app-blocked-title = 認証アプリがブロックされています
finding-console-blocked-title = コンソールの認証システムがブロックされています
finding-blocked-detail = 誤ったコードが { $failures } 回続きました (上限は { $cap } 回)。ブロックが解除されるまで、この認証システムは本人確認に使用できません。
finding-app-blocked-fix = ユーザーがメールで送信されたコードで回復する (ブロックも解除されます) か、相手を確認した後にここでブロックを解除してください。
finding-console-blocked-fix = 別の方法で管理者本人を確認した後、ここでブロックを解除してください。本人がそのコードを試していない場合は、第三者が試しています。

## Charts on the dashboard

chart-activity-title = 1 日あたりのライトバック (過去 30 日間)
chart-resets = リセット
chart-changes = 変更
chart-unlocks = ロック解除
chart-failures = 失敗
chart-reasons-title = 状態の理由別の失敗 (過去 30 日間)
chart-no-activity = この期間のアクティビティはありません
chart-no-failures = この期間の失敗はありません
chart-no-failures-desc = この期間の失敗はありません。
# Hover title of one bar segment: the day, the series (Resets…) and its count.
chart-segment = { $label } { $series }: { $value }
# Hover title of one row: a status reason and its count.
chart-row = { $label }: { $value }
# One item of a chart's summary for screen readers: a name and its count.
chart-item = { $label } { $value }
# Between the items of a chart's summary.
chart-list-separator = {"、"}
# A chart's summary for screen readers. $unit is days (one bar per day) or periods.
chart-totals = { $unit ->
    [days] { $n } 日間の合計: { $items }。
   *[periods] { $n } 期間の合計: { $items }。
}
chart-totals-none = { $unit ->
    [days] { $n } 日間の合計: データなし。
   *[periods] { $n } 期間の合計: データなし。
}
chart-top = 上位: { $items }。
chart-top-more = 上位: { $items }、ほか { $more } 件。

## Passkeys: the helpdesk user page, and signing in to the console with one

console-user-passkeys = パスキー
console-passkey-added-on = { $date } に追加
console-passkey-last-used = 最終使用日: { $date }
console-passkey-never-used = 未使用
console-passkey-use = 代わりにパスキーでサインインする
console-passkey-title = パスキーでサインイン
console-passkey-lead = ヘルプデスク コンソール用に追加したパスキーを使用するよう、ブラウザーから求められます。
console-passkey-go = パスキーで続行
console-passkey-back = 認証アプリを使用する
console-passkey-wrong = このパスキーではサインインできませんでした。もう一度試すか、認証アプリを使用してください。
console-passkeys-nav = 自分のパスキー
console-passkeys-title = コンソールへのサインイン用パスキー
console-passkeys-lead = コンソールにサインインするときは、認証コードの代わりにパスキーを使用できます。パスキーを追加するには、ディレクトリに登録されたメールボックスに送信するコードが必要です。また、他のヘルプデスク管理者にも通知されます。
console-passkeys-none = コンソールへのサインインに使用できるパスキーがありません。
console-passkey-name-label = このパスキーの名前 (例: 「デスクのノート PC」)
console-passkey-add = パスキーを追加
console-passkey-create-title = コンソール用パスキーの作成
console-passkey-create-lead = ディレクトリに登録されたメールボックスにコードを送信しました。ここにコードを入力し、ブラウザーから求められたら、パスキー「{ $name }」を作成してください。
console-passkey-code-label = メールに記載されたコード
console-passkey-create-go = パスキーを作成
console-passkey-added = コンソールへのサインイン用パスキーを追加しました。
console-passkey-removed = パスキーを削除しました。
console-passkey-not-added = パスキーは追加されませんでした。メールで送信されたコードが正しくないか、ブラウザーからの応答がこの要求と一致しませんでした。最初からやり直してください。
console-passkey-name-bad = パスキーの名前は 64 文字以内にしてください。
console-passkey-no-mailbox = お使いのアカウントには、コードを受け取るためのディレクトリのメールボックスがないため、ここではパスキーを追加できません。ディレクトリ管理者に依頼してください。
