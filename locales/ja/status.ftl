# Status reasons, as the helpdesk console explains them: what happened (`-explain`) and what
# an administrator can do about it (`-fix`). The reason names themselves (the part after
# `status-`) are codes from Microsoft Entra's audit log: they are not translated.
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words. Text in `backticks` and setting names such as directory.write_queue_timeout are
# commands and configuration keys: keep them as they are.

status-Success-explain = 操作が完了しました。
status-Success-fix = 対応は不要です。

status-OnPremisesPolicyViolation-TooShort-explain = Active Directory がパスワードを拒否しました: 最小文字数より短くなっています。
status-OnPremisesPolicyViolation-NotComplex-explain = Active Directory がパスワードを拒否しました: 複雑さの要件を満たしていません。
status-OnPremisesPolicyViolation-InHistory-explain = Active Directory がパスワードを拒否しました: ユーザーが最近使用したパスワードの 1 つです。
status-OnPremisesPolicyViolation-TooYoung-explain = Active Directory が変更を拒否しました: 前回の変更からパスワードの最小有効期間が経過していません。
status-OnPremisesPolicyViolation-CannotChange-explain = Active Directory が変更を拒否しました: このアカウントは、ユーザーがパスワードを変更できない設定になっています。
status-OnPremisesPolicyViolation-Unknown-explain = Active Directory がポリシーに基づいてパスワードを拒否しました (履歴またはパスワード フィルターのいずれか。Windows はどちらかを示しません)。
# The fix for a password refused under the policy (too short, not complex, in history, unknown).
status-OnPremisesPolicyViolation-fix = ユーザーが、ページに表示されているポリシーを満たすパスワードを選びます。
status-OnPremisesPolicyViolation-TooYoung-fix = パスワードの最小有効期間が経過するまで待つか、ヘルプデスクにパスワードをリセットしてもらいます。
# "User cannot change password" is the name of the setting in Active Directory Users and Computers.
status-OnPremisesPolicyViolation-CannotChange-fix = アカウントの [ユーザーはパスワードを変更できない] をオフにするか、ヘルプデスクにリセットしてもらいます。

status-PasswordBanned-explain = このパスワードは、ポータルの禁止パスワード リストに含まれています。
status-PasswordBanned-fix = ユーザーが、あまり使われていないパスワードを選びます。
status-PasswordBreached-explain = このパスワードは、データ侵害で流出したことが知られているパスワードのリスト (policy.breached_passwords_file) に含まれています。
status-PasswordBreached-fix = ユーザーが、ほかのどこでも使用したことのないパスワードを選びます。
status-PasswordTooWeak-explain = このパスワードは、ポータルで許可されている最小強度 (policy.min_strength) よりも推測されやすいものです。
status-PasswordTooWeak-fix = ユーザーが、互いに関係のない 3 ～ 4 個の単語など、より長いパスワードを選びます。

status-InvalidCurrentPassword-explain = 入力された現在のパスワードが間違っていました。
status-InvalidCurrentPassword-fix = ユーザーがもう一度試すか、現在のパスワードを忘れた場合はリセットを使用します。

status-OnPremisesConnectivityError-explain = どのドメイン コントローラーにも接続できなかったか、時間内に応答がありませんでした。
status-OnPremisesConnectivityError-fix = ドメイン コントローラーが稼働していて、636/389 で接続できることを確認し、`sspr doctor` を実行してください。

status-OnPremisesAdminActionRequired-explain = 管理者しか解決できない理由 (アクセス許可、保護されたアカウント、TLS の信頼) で、ディレクトリが操作を拒否しました。
# "Reset Password" is the name of the permission in Active Directory; lockoutTime and pwdLastSet are attribute names.
status-OnPremisesAdminActionRequired-fix = `sspr doctor` を実行し、サービス アカウントに [パスワードのリセット] と lockoutTime/pwdLastSet への書き込みのアクセス許可を付与するか、保護されたアカウントは手動で対応してください。

status-UserNotEnabledForSSPR-explain = このユーザーは、セルフサービス パスワード リセットの対象外です。
status-UserNotEnabledForSSPR-fix = ユーザーをセルフサービス グループに追加するか、sspr.enabled_for を変更してください。

status-UserNotProperlyConfigured-explain = ユーザーが十分な数の確認方法を登録していません。
status-UserNotProperlyConfigured-fix = ユーザーが /register で方法を登録するか、ヘルプデスクが支援します。

status-WritebackNotEnabled-explain = この操作はポータルの構成で無効になっています。
status-WritebackNotEnabled-fix = この操作を提供する場合は、構成で有効にしてください。

status-AccountDisabled-explain = このアカウントは Active Directory で無効になっています。
status-AccountDisabled-fix = 必要であれば、管理者が Active Directory でアカウントを有効にします。

status-VerificationFailed-explain = 確認コードが間違っているか、有効期限が切れていました。
status-VerificationFailed-fix = ユーザーが新しいコードを要求して、もう一度試します。

status-TooManyAttempts-explain = 試行回数が多すぎるため、ユーザーが一時的にブロックされています。
status-TooManyAttempts-fix = ブロックが解除されるまで待ってください。繰り返し発生する場合は調査してください。

status-UserNotFound-explain = ユーザーが入力した内容に一致するディレクトリ アカウントがありませんでした。
status-UserNotFound-fix = 綴りを確認してください。ユーザーはユーザー名、UPN、メール アドレスのいずれかを使用できます。

status-DirectoryBusy-explain = ドメイン コントローラーは応答しましたが、飽和状態でした。要求は directory.write_queue_timeout まで順番を待った後、拒否されました。何も変更されていません。
status-DirectoryBusy-fix = ユーザーが少し待ってからもう一度試します。頻繁に発生する場合は、directory.write_queue_timeout を大きくするか、directory.urls にドメイン コントローラーを追加してください。

status-WritebackInterrupted-explain = パスワードの書き込み中にポータルが停止しました (クラッシュまたは強制終了)。その後アカウントを再度読み取ったところ、ディレクトリには適用されていませんでした。
status-WritebackInterrupted-fix = ユーザーがもう一度試します。何も変更されていません。ポータルが停止した原因を調べてください (サービスのログ)。

# adminCount=1 is an attribute and its value; keep it as it is.
status-ProtectedAccount-explain = このアカウントは特権アカウントです (adminCount=1、保護されたグループまたはヘルプデスク グループのメンバー、またはサービス アカウント)。sspr がリセットやロック解除を行うことはありません。
status-ProtectedAccount-fix = ディレクトリ管理者が本人と対面で確認した後、独自のツール (Active Directory ユーザーとコンピューター、PowerShell) でリセットまたはロック解除します。
