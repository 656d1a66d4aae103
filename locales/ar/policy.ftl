# Password policy: the rules shown before a new password is typed, the reasons a typed
# password is refused, and the live strength meter on the password forms.
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words.

## The directory's password rules, one line each (the helpdesk's view of a user, and the
## checklist above a new-password box).

# The five character classes of Active Directory's complexity rule, in words a user
# understands; used inside policy-rule-classes and policy-few-classes.
-policy-classes = الأحرف الكبيرة، والأحرف الصغيرة، والأرقام (0-9)، والرموز (مثل ! # $ % أو المسافة)، والأحرف التي ليس لها حالة كبيرة أو صغيرة (مثل الأحرف العربية أو الصينية أو اليابانية)

policy-rule-min-length = { $n ->
    [one] حرف واحد على الأقل
    [two] حرفان على الأقل
    [few] { $n } أحرف على الأقل
    [many] { $n } حرفًا على الأقل
   *[other] { $n } حرف على الأقل
}
# $n is how many classes are needed (3).
policy-rule-classes = أحرف من { $n } فئات على الأقل من بين: { -policy-classes }
policy-rule-names = ألا تحتوي على اسم المستخدم أو أجزاء من اسمك الكامل
# $n is how many passwords the directory remembers. It counts the current one, so exactly 1
# means only the current password may not be used again (keep the [1] variant).
policy-rule-history = { $n ->
    [1] ألا تكون كلمة المرور الحالية
    [two] ألا تكون إحدى آخر كلمتي مرور استخدمتهما
    [few] ألا تكون إحدى آخر { $n } كلمات مرور استخدمتها
   *[other] ألا تكون إحدى آخر { $n } كلمة مرور استخدمتها
}
# $duration is one of policy-days, policy-hours, policy-minutes or policy-seconds,
# such as "1 day" or "36 hours".
policy-rule-min-age = يمكن تغييرها مرة واحدة على الأكثر كل { $duration }
# $duration as in policy-rule-min-age.
policy-rule-max-age = يجب تغييرها كل { $duration }

# Durations, placed into policy-rule-min-age and policy-rule-max-age.
policy-days = { $n ->
    [one] يوم
    [two] يومين
    [few] { $n } أيام
    [many] { $n } يومًا
   *[other] { $n } يوم
}
policy-hours = { $n ->
    [one] ساعة
    [two] ساعتين
    [few] { $n } ساعات
    [many] { $n } ساعة
   *[other] { $n } ساعة
}
policy-minutes = { $n ->
    [one] دقيقة
    [two] دقيقتين
    [few] { $n } دقائق
    [many] { $n } دقيقة
   *[other] { $n } دقيقة
}
policy-seconds = { $n ->
    [one] ثانية
    [two] ثانيتين
    [few] { $n } ثوانٍ
    [many] { $n } ثانية
   *[other] { $n } ثانية
}

## The checklist above a new-password box. Each line is ticked off live as the password is
## typed.

policy-panel-title = متطلبات كلمة المرور الجديدة
# $n is how many classes are needed (3).
policy-panel-classes = أحرف من { $n } فئات من بين: الأحرف الكبيرة، والأحرف الصغيرة، والأرقام، والرموز
policy-panel-names = ألا تحتوي على اسم المستخدم أو أجزاء من اسمك
# Shown instead of the rules when they could not be read from the directory.
policy-panel-unknown = تنطبق قواعد كلمات المرور الخاصة بمؤسستك
policy-panel-common = ألا تكون كلمة مرور شائعة أو سهلة التخمين
# When the organisation screens new passwords against a list of breached passwords.
policy-panel-breached = ألا تكون كلمة مرور معروفة من اختراق للبيانات
# When the organisation sets a minimum strength. $level is one of the meter's words
# (meter-too-weak … meter-strong), such as "Good".
policy-panel-strength = أن تكون صعبة التخمين: "{ $level }" على الأقل في مقياس القوة
# The new password and its confirmation are the same.
policy-panel-match = الإدخالان متطابقان
# Below the checklist, when the account has a fine-grained password policy of its own.
policy-source-pso = هذه القواعد مأخوذة من نهج كلمات المرور الخاص بحسابك.
# Below the checklist, when the domain's policy applies (or is assumed).
policy-source-domain = هذه القواعد مأخوذة من نهج كلمات المرور الخاص بمؤسستك.
# $when is a date and time.
policy-can-change = يمكنك تغيير كلمة المرور مرة أخرى اعتبارًا من { $when }.

## Why a typed password is refused, shown above the form. They never repeat the password.

# $min is the policy's minimum, $actual how many characters were typed.
policy-too-short = { $min ->
    [one] استخدم حرفًا واحدًا على الأقل (عدد الأحرف التي كتبتها: { $actual }).
    [two] استخدم حرفين على الأقل (عدد الأحرف التي كتبتها: { $actual }).
    [few] استخدم { $min } أحرف على الأقل (عدد الأحرف التي كتبتها: { $actual }).
    [many] استخدم { $min } حرفًا على الأقل (عدد الأحرف التي كتبتها: { $actual }).
   *[other] استخدم { $min } حرف على الأقل (عدد الأحرف التي كتبتها: { $actual }).
}
# The sentences policy-has-account-name, policy-has-name-part and policy-few-classes are
# shown together, in that order, for each part that fails.
policy-has-account-name = لا تضمّن اسم المستخدم.
policy-has-name-part = لا تضمّن أجزاء من اسمك الكامل.
# $required is how many classes are needed (3), $present how many the password has.
policy-few-classes = استخدم أحرفًا من { $required } فئات على الأقل من بين: { -policy-classes } (عدد الفئات في كلمة مرورك: { $present }).
# $when is a date and time, rounded up to the minute.
policy-too-young = تم تغيير كلمة المرور منذ وقت قريب جدًا. يمكنك تغييرها مرة أخرى اعتبارًا من { $when }.
policy-banned = كلمة المرور هذه شائعة جدًا أو سهلة التخمين جدًا. تجنّب الكلمات الشائعة والأسماء والفصول والسنوات وأنماط لوحة المفاتيح.
policy-breached = ظهرت كلمة المرور هذه في اختراق للبيانات، لذا يجرّبها المهاجمون أولاً. اختر كلمة مرور لم تستخدمها في أي مكان من قبل.
# Followed by one or more of the strength-warning-… and strength-suggest-… sentences.
policy-too-weak = كلمة المرور هذه سهلة التخمين أكثر من اللازم.

## Why a password is easy to guess, and what would help: shown after policy-too-weak, one
## sentence each.

strength-warning-key-rows = الصفوف المستقيمة من المفاتيح سهلة التخمين.
strength-warning-key-patterns = أنماط لوحة المفاتيح القصيرة سهلة التخمين.
strength-warning-repeats = التكرارات مثل "aaa" سهلة التخمين.
strength-warning-repeated-groups = التكرارات مثل "abcabcabc" أصعب في التخمين من "abc" بقدر ضئيل فقط.
strength-warning-top10 = هذه واحدة من أكثر عشر كلمات مرور شيوعًا.
strength-warning-top100 = هذه واحدة من أكثر مئة كلمة مرور شيوعًا.
strength-warning-common = هذه كلمة مرور شائعة جدًا.
strength-warning-similar-to-common = هذه تشبه كلمة مرور شائعة الاستخدام.
strength-warning-sequences = التسلسلات مثل "abc" أو "6543" سهلة التخمين.
strength-warning-recent-years = السنوات الأخيرة سهلة التخمين.
strength-warning-single-word = الكلمة الواحدة بمفردها سهلة التخمين.
strength-warning-dates = التواريخ غالبًا ما تكون سهلة التخمين.
strength-warning-names = الأسماء الأولى وأسماء العائلة بمفردها سهلة التخمين.
strength-warning-common-names = الأسماء الأولى وأسماء العائلة الشائعة سهلة التخمين.
strength-suggest-few-words = استخدم بضع كلمات، وتجنّب العبارات الشائعة.
strength-suggest-no-symbols-needed = لا حاجة إلى الرموز أو الأرقام أو الأحرف الكبيرة.
strength-suggest-another-word = أضف كلمة أو كلمتين أخريين. الكلمات غير الشائعة أفضل.
strength-suggest-capitals = الأحرف الكبيرة لا تفيد كثيرًا.
strength-suggest-all-capitals = كتابة الأحرف كلها كبيرة سهلة التخمين تقريبًا مثل كتابتها كلها صغيرة.
strength-suggest-reversed = الكلمات المكتوبة بالعكس ليست أصعب في التخمين بكثير.
strength-suggest-substitutions = الاستبدالات المتوقعة، مثل "@" بدلاً من "a"، لا تفيد كثيرًا.
strength-suggest-longer-pattern = استخدم نمطًا أطول على لوحة المفاتيح مع تغييرات أكثر في الاتجاه.
strength-suggest-avoid-repeats = تجنّب تكرار الكلمات والأحرف.
strength-suggest-avoid-sequences = تجنّب التسلسلات.
strength-suggest-avoid-recent-years = تجنّب السنوات الأخيرة.
strength-suggest-avoid-your-years = تجنّب السنوات المرتبطة بك.
strength-suggest-avoid-your-dates = تجنّب التواريخ والسنوات المرتبطة بك.

## The live checklist and strength meter (read by static/password.js).

# Read out by screen readers after a checklist line, when it becomes met.
meter-done = (تم)
# Read out by screen readers after a checklist line that was met and no longer is.
meter-not-met = (غير مستوفى)
# Before the strength word, e.g. "Strength: Good".
meter-label = القوة:
meter-too-weak = ضعيفة جدًا
meter-weak = ضعيفة
meter-fair = مقبولة
meter-good = جيدة
meter-strong = قوية
# The button next to a password box that shows what was typed, and hides it again.
meter-show = إظهار
meter-hide = إخفاء

## Refusals the directory itself reports (after the portal's own checks passed).
policy-refused-banned = كلمة المرور هذه شائعة جدًا أو سهلة التخمين. اختر كلمة مرور يصعب توقعها، مثل ثلاث أو أربع كلمات لا علاقة بينها.
policy-refused-too-short = كلمة المرور هذه قصيرة جدًا بالنسبة إلى نهج حسابك. اختر كلمة مرور أطول.
policy-refused-not-complex = كلمة المرور هذه ليست معقدة بما يكفي: استخدم أحرفًا من 3 فئات من بين الأحرف الكبيرة والأحرف الصغيرة والأرقام والرموز، ولا تستخدم اسمك.
policy-refused-in-history = لقد استخدمت كلمة المرور هذه من قبل. اختر كلمة مرور لم تستخدمها مؤخرًا.
policy-refused-too-young = تم تغيير كلمة المرور منذ وقت قريب جدًا، ولا يمكن تغييرها مرة أخرى الآن. استخدم "إعادة تعيين كلمة المرور" بدلاً من ذلك، أو حاول مرة أخرى لاحقًا.
policy-refused-cannot-change = تم إعداد حسابك بحيث لا يمكنك تغيير كلمة مروره بنفسك. تواصل مع { $helpdesk }.
policy-refused-unknown = رفض الدليل كلمة المرور هذه: ربما تكون إحدى كلمات المرور التي استخدمتها مؤخرًا، أو حظرها عامل تصفية لكلمات المرور. اختر كلمة مرور مختلفة.
