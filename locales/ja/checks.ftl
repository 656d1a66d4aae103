# The writeback checks on the console's health page (the same checks `sspr doctor` prints, in
# English): for each, what was checked (-name), what was found (-detail) and what to do (-fix).
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words. Setting names (directory.ca_file, directory.bind_dn, directory.probe_user), attribute
# names (lockoutTime, pwdLastSet, sAMAccountName, distinguishedName, adminCount), DNs
# (CN=AdminSDHolder,CN=System), ports, rights as the delegation wizard names them (Reset Password,
# Write lockoutTime) and product names are directory names: keep them as they are. { $error } is
# the directory's own message, in English.


## Domain controllers: connection and certificate

check-dc-tls-unverified-name = DC { $url }: TLS で接続可能
check-dc-tls-unverified-detail = 証明書を検証できませんでした: { $detail }
check-dc-tls-unverified-fix = DC の証明書を発行した CA (PEM) を directory.ca_file に設定し、URL には証明書の SAN に記載されているホスト名を使用してください。検証が無効になることはありません。

check-dc-unreachable-name = DC { $url }: TLS で接続可能
check-dc-unreachable-detail = { $error }
check-dc-unreachable-fix = DC が稼働していて、このホストから 636 (ldaps) または 389 (StartTLS) で接続できることを確認してください。URL とファイアウォールも確認してください。

check-cert-missing-name = DC { $url }: 証明書
check-cert-missing-detail = 検査するピア証明書がありません
check-cert-missing-fix = TLS の設定を確認してください。

check-cert-unparsable-name = DC { $url }: 証明書
check-cert-unparsable-detail = 証明書を解析できませんでした
check-cert-unparsable-fix = 証明書を確認してください。

# $subject is the certificate's subject (a DN).
check-cert-expired-name = DC { $url }: 証明書
check-cert-expired-detail = { $subject } の有効期限は { $days } 日前に切れました
check-cert-expired-fix = DC の証明書を更新してください。

check-cert-expiring-name = DC { $url }: 証明書
check-cert-expiring-detail = 検証済み。{ $subject } の有効期限まであと { $days } 日です
check-cert-expiring-fix = 有効期限が切れる前に DC の証明書を更新してください。切れると、すべてのライトバックが失敗します。

check-cert-ok-name = DC { $url }: 証明書
check-cert-ok-detail = 検証済み。{ $subject } の有効期限まであと { $days } 日です

## Domain controllers: the service account's bind

check-bind-ok-name = DC { $url }: サービス アカウントのバインド
check-bind-ok-detail = { $bind_dn } としてバインドしました

check-bind-refused-name = DC { $url }: サービス アカウントのバインド
check-bind-refused-detail = { $reason ->
    [credentials] パスワードが正しくないか、アカウントが存在しません (bind_dn とパスワードを確認してください)
    [password-expired] サービス アカウントのパスワードの有効期限が切れています
    [disabled] サービス アカウントが無効になっています
    [expired] サービス アカウントの有効期限が切れています
    [must-change] サービス アカウントはパスワードを変更する必要があります
    [locked] サービス アカウントがロックアウトされています
   *[refused] DC がバインドを拒否しました
}: { $error }
check-bind-refused-fix = directory.bind_dn / バインド パスワードを修正し、アカウントが有効で、ロックアウトされておらず、パスワードが無期限であることを確認してください。

check-bind-error-name = DC { $url }: サービス アカウントのバインド
check-bind-error-detail = { $error }
check-bind-error-fix = DC のログを確認してください。

check-bind-timeout-name = DC { $url }: サービス アカウントのバインド
check-bind-timeout-detail = 時間内に応答がありませんでした
check-bind-timeout-fix = DC が過負荷になっているか、ハンドシェイクの後にファイアウォールがトラフィックを破棄しています。

## Domain controllers: the password policy hints control

# $oid is the control's object identifier (1.2.840.113556.1.4.2239).
check-hints-ok-name = DC { $url }: ポリシー ヒント コントロール
check-hints-ok-detail = サポートされています ({ $oid })。セルフサービスのリセットでも、パスワードの履歴と最小有効期間が適用されます

check-hints-unsupported-name = DC { $url }: ポリシー ヒント コントロール
check-hints-unsupported-detail = この DC ではサポートされていません。セルフサービスのリセットでは、パスワードの履歴と最小有効期間を適用できません (変更では引き続き適用されます)
check-hints-unsupported-fix = リセットでも履歴を守る必要がある場合は、ライトバックに Windows Server 2012 R2 以降の DC を使用してください。Samba はこのコントロールをサポートしていません。

check-hints-unreadable-name = DC { $url }: ポリシー ヒント コントロール
check-hints-unreadable-detail = rootDSE を読み取れません: { $error }
check-hints-unreadable-fix = DC を確認してください。

## Password policies

# $complexity is `on` or `off`; $min_age_hours is in hours (h).
check-policy-ok-name = ドメインのパスワード ポリシーを読み取り可能
check-policy-ok-detail = 最小文字数 { $min_length }、複雑さ { $complexity ->
    [on] オン
   *[off] オフ
}、履歴 { $history }、最小有効期間 { $min_age_hours } 時間、ロックアウトまでの回数 { $lockout }

check-policy-min-age-name = ドメインのパスワード ポリシーを読み取り可能
check-policy-min-age-detail = 最小文字数 { $min_length }、複雑さ { $complexity ->
    [on] オン
   *[off] オフ
}、履歴 { $history }、最小有効期間 { $min_age_hours } 時間、ロックアウトまでの回数 { $lockout }: ユーザーは最小有効期間内にパスワードを 2 回変更できません
check-policy-min-age-fix = パスワードの最小有効期間を 0 (または最大 1 日) にすることを検討してください。変更した直後にパスワードを忘れたユーザーはリセットを使う必要があり、ヘルプデスクによるリセットは常に可能です。

check-policy-unreadable-name = ドメインのパスワード ポリシーを読み取り可能
check-policy-unreadable-detail = { $error }
check-policy-unreadable-fix = 認証済みユーザーは通常、ドメインのルートを読み取れます。サービス アカウントを確認してください。

# $container is the DN of the Password Settings Container.
check-pso-unreadable-name = 細かい設定が可能なパスワード ポリシー (PSO) を読み取り可能
check-pso-unreadable-detail = { $total } 件の PSO のうち { $unreadable } 件の設定を読み取れません
check-pso-unreadable-fix = { $container } の読み取り権限をサービス アカウントに付与してください。

check-pso-ok-name = 細かい設定が可能なパスワード ポリシー (PSO) を読み取り可能
check-pso-ok-detail = { $count } 件の PSO が見つかりました

check-pso-container-unreadable-name = 細かい設定が可能なパスワード ポリシー (PSO) を読み取り可能
check-pso-container-unreadable-detail = Password Settings Container を読み取れません ({ $error })。PSO が適用されるユーザーにはドメイン ポリシーが表示されます
check-pso-container-unreadable-fix = { $container } の読み取り権限 (RP、LC) をサービス アカウントに付与してください。

## The service account's rights on users

check-rights-own-entry-name = ユーザーに対するサービス アカウントの権限
check-rights-own-entry-detail = サービス アカウント自身のエントリを読み取れません: { $error }
check-rights-own-entry-fix = directory.bind_dn を確認してください。

check-rights-probe-search-name = ユーザーに対するサービス アカウントの権限
check-rights-probe-search-detail = { $error }
check-rights-probe-search-fix = DC を確認してください。

check-rights-no-probe-name = ユーザーに対するサービス アカウントの権限
check-rights-no-probe-detail = 権限を調べる対象のユーザーが見つかりません
check-rights-no-probe-fix = directory.probe_user に、一般的な (管理者ではない) ユーザーの sAMAccountName を設定してください。

# $probe is the DN of the user the rights were probed on.
check-rights-ok-name = ユーザーに対するサービス アカウントの権限 (調査対象: { $probe })
check-rights-ok-detail = Reset Password、lockoutTime への書き込み、pwdLastSet への書き込み: 付与済み

check-rights-not-writable-name = ユーザーに対するサービス アカウントの権限 (調査対象: { $probe })
check-rights-not-writable-detail = ACL では権限が付与されていますが、DC は lockoutTime/pwdLastSet を書き込み可能として示していません
check-rights-not-writable-fix = OU に拒否エントリやスキーマ レベルの制限がないか確認してください。

# $missing lists rights as the delegation wizard names them (Reset Password, Write lockoutTime…).
check-rights-missing-name = ユーザーに対するサービス アカウントの権限 (調査対象: { $probe })
check-rights-missing-detail = 不足: { $missing }
check-rights-missing-fix = ユーザーの OU で { $bind_dn } に委任し (Delegation of Control ウィザード: "Reset user passwords and force password change at next logon" と Write lockoutTime)、子孫の User オブジェクトに継承させてください。

check-rights-acl-unreadable-name = ユーザーに対するサービス アカウントの権限 (調査対象: { $probe })
check-rights-acl-unreadable-detail = { $error }
check-rights-acl-unreadable-fix = 認証済みユーザーは通常、ユーザーの ACL を読み取れます。強化されたアクセス許可がないか確認してください。

## Protected accounts

check-protected-unreadable-name = 保護されたアカウント (adminCount=1)
check-protected-unreadable-detail = { $error }
check-protected-unreadable-fix = DC を確認してください。

check-protected-ok-name = 保護されたアカウント (adminCount=1)
check-protected-ok-detail = 保護されたアカウント { $count } 件、すべて管理可能

# $accounts lists sAMAccountNames.
check-protected-unmanaged-name = 保護されたアカウント (adminCount=1)
check-protected-unmanaged-detail = サービス アカウントがリセットもロック解除もできない保護されたアカウント { $count } 件: { $accounts }
check-protected-unmanaged-fix = これらのアカウントは ACL を AdminSDHolder から取得し、委任を無視します。セルフサービスの対象外にする (ユーザーには「管理者に問い合わせてください」と表示されます) か、ポリシーで許可されている場合は CN=AdminSDHolder,CN=System で委任してください。

## Configured groups

# $key is a setting name (sspr.helpdesk_group_dn…), $dn the group's DN as configured.
check-group-ok-name = { $key } が存在する
check-group-ok-detail = { $dn }

check-group-missing-name = { $key } が存在する
check-group-missing-detail = { $dn } は、サービス アカウントから参照できるグループではありません
check-group-missing-fix = { $key } を修正してください (グループの distinguishedName 属性から DN をコピーします)。

check-group-error-name = { $key } が存在する
check-group-error-detail = { $error }
check-group-error-fix = DC を確認してください。

## When nothing else can run

check-directory-unusable-name = ディレクトリを使用可能
check-directory-unusable-detail = 検証済みの接続でサービス アカウントを受け付けた DC はありません
check-directory-unusable-fix = まず上記のエラーを修正してください。
