# Password policy: the rules shown before a new password is typed, the reasons a typed
# password is refused, and the live strength meter on the password forms.
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words.

## The directory's password rules, one line each (the helpdesk's view of a user, and the
## checklist above a new-password box).

# The five character classes of Active Directory's complexity rule, in words a user
# understands; used inside policy-rule-classes and policy-few-classes.
-policy-classes = 英大文字、英小文字、数字 (0 ～ 9)、記号 (! # $ % やスペースなど)、大文字と小文字の区別がない文字 (漢字やひらがななど)

policy-rule-min-length = { $n } 文字以上
# $n is how many classes are needed (3).
policy-rule-classes = 次のうち { $n } 種類以上の文字: { -policy-classes }
policy-rule-names = ユーザー名やフル ネームの一部を含まない
# $n is how many passwords the directory remembers. It counts the current one, so exactly 1
# means only the current password may not be used again (keep the [1] variant).
policy-rule-history = { $n ->
    [1] 現在のパスワードではない
   *[other] 過去 { $n } 回分のパスワードのいずれでもない
}
# $duration is one of policy-days, policy-hours, policy-minutes or policy-seconds,
# such as "1 day" or "36 hours".
policy-rule-min-age = 変更できるのは { $duration } に 1 回まで
# $duration as in policy-rule-min-age.
policy-rule-max-age = { $duration } ごとに変更が必要

# Durations, placed into policy-rule-min-age and policy-rule-max-age.
policy-days = { $n } 日
policy-hours = { $n } 時間
policy-minutes = { $n } 分
policy-seconds = { $n } 秒

## The checklist above a new-password box. Each line is ticked off live as the password is
## typed.

policy-panel-title = 新しいパスワードの条件
# $n is how many classes are needed (3).
policy-panel-classes = 英大文字、英小文字、数字、記号のうち { $n } 種類の文字
policy-panel-names = ユーザー名や名前の一部を含まない
# Shown instead of the rules when they could not be read from the directory.
policy-panel-unknown = 組織のパスワード規則が適用されます
policy-panel-common = よく使われるパスワードや推測されやすいパスワードではない
# When the organisation screens new passwords against a list of breached passwords.
policy-panel-breached = データ侵害で流出したことが知られているパスワードではない
# When the organisation sets a minimum strength. $level is one of the meter's words
# (meter-too-weak … meter-strong), such as "Good".
policy-panel-strength = 推測されにくい: 強度メーターで「{ $level }」以上
# The new password and its confirmation are the same.
policy-panel-match = 2 つの入力が一致している
# Below the checklist, when the account has a fine-grained password policy of its own.
policy-source-pso = これらはお使いのアカウントのパスワード ポリシーによるものです。
# Below the checklist, when the domain's policy applies (or is assumed).
policy-source-domain = これらは組織のパスワード ポリシーによるものです。
# $when is a date and time.
policy-can-change = { $when } 以降にパスワードを再び変更できます。

## Why a typed password is refused, shown above the form. They never repeat the password.

# $min is the policy's minimum, $actual how many characters were typed.
policy-too-short = { $min } 文字以上にしてください (入力された文字数: { $actual })。
# The sentences policy-has-account-name, policy-has-name-part and policy-few-classes are
# shown together, in that order, for each part that fails.
policy-has-account-name = ユーザー名を含めないでください。
policy-has-name-part = フル ネームの一部を含めないでください。
# $required is how many classes are needed (3), $present how many the password has.
policy-few-classes = 次のうち { $required } 種類以上の文字を使用してください: { -policy-classes } (現在は { $present } 種類)。
# $when is a date and time, rounded up to the minute.
policy-too-young = パスワードは最近変更されたばかりです。{ $when } 以降に再び変更できます。
policy-banned = このパスワードはよく使われているか、推測されやすいため使用できません。一般的な単語、名前、季節、年、キーボードの並びは避けてください。
policy-breached = このパスワードはデータ侵害で流出したことがあるため、攻撃者が真っ先に試します。これまでどこでも使用したことのないパスワードを選んでください。
# Followed by one or more of the strength-warning-… and strength-suggest-… sentences.
policy-too-weak = このパスワードは簡単に推測されるおそれがあります。

## Why a password is easy to guess, and what would help: shown after policy-too-weak, one
## sentence each.

strength-warning-key-rows = キーボードの横一列の並びは推測されやすいです。
strength-warning-key-patterns = 短いキーボードの並びは推測されやすいです。
strength-warning-repeats = 「aaa」のような繰り返しは推測されやすいです。
strength-warning-repeated-groups = 「abcabcabc」のような繰り返しは、「abc」よりわずかに推測しにくい程度です。
strength-warning-top10 = これは、よく使われるパスワードの上位 10 位以内に入っています。
strength-warning-top100 = これは、よく使われるパスワードの上位 100 位以内に入っています。
strength-warning-common = これは非常によく使われているパスワードです。
strength-warning-similar-to-common = これはよく使われているパスワードに似ています。
strength-warning-sequences = 「abc」や「6543」のような連続した文字は推測されやすいです。
strength-warning-recent-years = 最近の年は推測されやすいです。
strength-warning-single-word = 単語 1 つだけでは推測されやすいです。
strength-warning-dates = 日付は推測されやすいことがよくあります。
strength-warning-names = 名前や名字だけでは推測されやすいです。
strength-warning-common-names = よくある名前や名字は推測されやすいです。
strength-suggest-few-words = 複数の単語を使い、よく知られたフレーズは避けてください。
strength-suggest-no-symbols-needed = 記号、数字、大文字を使う必要はありません。
strength-suggest-another-word = 単語をあと 1 つか 2 つ追加してください。あまり使われない単語のほうが効果的です。
strength-suggest-capitals = 大文字を使ってもあまり効果はありません。
strength-suggest-all-capitals = すべて大文字にしても、すべて小文字の場合とほとんど変わらず推測されやすいです。
strength-suggest-reversed = 単語を逆から綴っても、推測されにくさはあまり変わりません。
strength-suggest-substitutions = 「a」の代わりに「@」を使うような予測しやすい置き換えは、あまり効果がありません。
strength-suggest-longer-pattern = より長く、曲がる箇所の多いキーボードの並びを使ってください。
strength-suggest-avoid-repeats = 単語や文字の繰り返しは避けてください。
strength-suggest-avoid-sequences = 連続した文字は避けてください。
strength-suggest-avoid-recent-years = 最近の年は避けてください。
strength-suggest-avoid-your-years = ご自身に関係のある年は避けてください。
strength-suggest-avoid-your-dates = ご自身に関係のある日付や年は避けてください。

## The live checklist and strength meter (read by static/password.js).

# Read out by screen readers after a checklist line, when it becomes met.
meter-done = (完了)
# Read out by screen readers after a checklist line that was met and no longer is.
meter-not-met = (未達成)
# Before the strength word, e.g. "Strength: Good".
meter-label = 強度:
meter-too-weak = 弱すぎる
meter-weak = 弱い
meter-fair = 普通
meter-good = 良い
meter-strong = 強い
# The button next to a password box that shows what was typed, and hides it again.
meter-show = 表示
meter-hide = 非表示

## Refusals the directory itself reports (after the portal's own checks passed).
policy-refused-banned = このパスワードはよく使われているか、推測されやすいものです。互いに関係のない 3 ～ 4 個の単語など、予測されにくいものを選んでください。
policy-refused-too-short = このパスワードは、アカウントのポリシーに対して短すぎます。もっと長いパスワードを選んでください。
policy-refused-not-complex = このパスワードは複雑さが足りません。英大文字、英小文字、数字、記号のうち 3 種類の文字を使用し、名前を含めないでください。
policy-refused-in-history = このパスワードは以前に使用されています。最近使用していないパスワードを選んでください。
policy-refused-too-young = パスワードは最近変更されたばかりのため、まだ変更できません。代わりに [パスワードのリセット] を使用するか、後でもう一度お試しください。
policy-refused-cannot-change = お使いのアカウントは、自分でパスワードを変更できない設定になっています。{ $helpdesk } にお問い合わせください。
policy-refused-unknown = ディレクトリがこのパスワードを拒否しました。最近使用したパスワードか、パスワード フィルターでブロックされた可能性があります。別のパスワードを選んでください。
