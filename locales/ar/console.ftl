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
console-title = مكتب المساعدة
# After each page's title, and at the top of every console page.
console-org-helpdesk = مكتب المساعدة في { $org }
# The name of the console's navigation, for screen readers.
console-nav-label = مكتب المساعدة
console-dashboard = لوحة المعلومات
console-users = المستخدمون
console-audit = سجل التدقيق
console-health = سلامة الكتابة المرتدة
console-sign-out = تسجيل الخروج
console-sign-in = تسجيل الدخول
console-none = —
console-yes = نعم
console-no = لا
console-pager-label = الصفحات
console-previous = السابق
console-next = التالي
console-page-of = الصفحة { $page } من { $pages }

## Sign-in

console-login-title = تسجيل الدخول إلى مكتب المساعدة
console-login-lead = سجّل الدخول باستخدام حسابك في الدليل. يجب أن تكون عضوًا في مجموعة مكتب المساعدة، وستؤكد هويتك باستخدام تطبيق المصادقة.
console-login-username = اسم المستخدم
console-login-password = كلمة المرور
console-login-incomplete = أدخل اسم المستخدم وكلمة المرور.
console-login-refused = اسم المستخدم أو كلمة المرور غير صحيحة، أو هذا الحساب ليس حسابًا لمكتب المساعدة.
console-no-mailbox-title = لا يوجد صندوق بريد لتأكيد الإعداد
console-no-mailbox-message = يتطلب إعداد تطبيق المصادقة لمكتب المساعدة رمزًا يُرسَل إلى صندوق بريدك في الدليل، وليس لحسابك صندوق بريد.
console-no-mailbox-next = اطلب من أحد مسؤولي الدليل إضافة عنوان بريد إلى حسابك.

console-totp-page-title = مكتب المساعدة: تطبيق المصادقة
console-totp-enrol-title = إعداد تطبيق المصادقة
console-totp-enrol-lead = يسجّل كل حساب في مكتب المساعدة الدخول باستخدام تطبيق مصادقة. لقد أرسلنا رمز إعداد إلى صندوق بريد العمل الخاص بك: لا تكفي كلمة المرور وحدها لإعداد التطبيق. امسح هذا الرمز ضوئيًا (أو اكتب المفتاح)، ثم أدخل الرمزين كليهما.
# Before the secret key of the authenticator being set up.
console-totp-key = المفتاح:
console-totp-title = رمز المصادقة
console-totp-lead = اكتب الرمز المكوّن من 6 أرقام الذي يعرضه تطبيق المصادقة الآن.
console-totp-enrol-code = رمز الإعداد من بريدك الإلكتروني
console-totp-code = الرمز من تطبيق المصادقة
console-continue = متابعة
console-totp-wrong = هذا الرمز غير صحيح. اكتب الرمز الذي يعرضه تطبيقك الآن.

## When a console page is refused

console-refused-title = يلزم تسجيل الدخول إلى مكتب المساعدة
console-refused-next = سجّل الدخول باستخدام حساب مكتب المساعدة.
console-refused-not-signed-in = هذه الصفحة مخصصة لموظفي مكتب المساعدة الذين سجّلوا الدخول بكلمة المرور وتطبيق المصادقة.
console-refused-signed-out = لقد سجّلت الخروج.
console-refused-idle = تم تسجيل خروجك بعد فترة من عدم النشاط.
console-refused-session-over = بلغت جلسة وحدة التحكم مدتها القصوى. سجّل الدخول مرة أخرى للمتابعة.
console-role-lost-not-in-group = لم يعد حسابك عضوًا في مجموعة مكتب المساعدة.
console-role-lost-disabled = تم تعطيل حسابك، لذا انتهت جلستك في مكتب المساعدة.
console-role-lost-expired = انتهت صلاحية حسابك، لذا انتهت جلستك في مكتب المساعدة.
console-role-lost-locked = تم تأمين حسابك، لذا انتهت جلستك في مكتب المساعدة.
console-role-lost-password-expired = انتهت صلاحية كلمة مرورك أو يجب تغييرها، لذا انتهت جلستك في مكتب المساعدة. غيّرها، ثم سجّل الدخول مرة أخرى.
console-role-lost-unverifiable = تعذّر على الدليل تأكيد دورك في مكتب المساعدة الآن، لذا انتهت جلستك. سجّل الدخول مرة أخرى بعد قليل.

## Dashboard

# The headline of writeback health. $status is a code: active, degraded or down.
console-writeback-status = { $status ->
    [active] الكتابة المرتدة: نشطة
    [degraded] الكتابة المرتدة: متدهورة
   *[down] الكتابة المرتدة: متوقفة
}
console-details = التفاصيل
console-activity-caption = عمليات إعادة التعيين والتغيير وإلغاء التأمين والكتابة المرتدة الفاشلة يوميًا.
console-reasons-caption = أسباب فشل الكتابة المرتدة.
# The dashboard's password-expiry reminder figures, over the same 30 days as the charts.
console-reminders-title = تذكيرات انتهاء صلاحية كلمات المرور، آخر 30 يومًا
console-reminders-sent = { $n ->
    [zero] لم يُرسَل أي تذكير.
    [one] أُرسل تذكير واحد.
    [two] أُرسل تذكيران.
    [few] أُرسلت { $n } تذكيرات.
    [many] أُرسل { $n } تذكيرًا.
   *[other] أُرسل { $n } تذكير.
}
# $n people changed (or reset) their password after a reminder; $sent reminders were sent.
console-reminders-changed = { $n ->
    [zero] لم يغيّر أي شخص كلمة مروره بعد تذكير.
    [one] غيّر شخص واحد كلمة مروره بعد تذكير.
    [two] غيّر شخصان كلمتي مرورهما بعد تذكير.
    [few] غيّر { $n } أشخاص كلمات مرورهم بعد تذكير.
    [many] غيّر { $n } شخصًا كلمات مرورهم بعد تذكير.
   *[other] غيّر { $n } شخص كلمات مرورهم بعد تذكير.
}

## Users

console-users-heading = البحث عن مستخدم
console-users-search-label = الاسم أو اسم الحساب أو UPN أو البريد
console-search = بحث
console-search-too-short = { $n ->
    [one] اكتب حرفًا واحدًا على الأقل.
    [two] اكتب حرفين على الأقل.
    [few] اكتب { $n } أحرف على الأقل.
    [many] اكتب { $n } حرفًا على الأقل.
   *[other] اكتب { $n } حرف على الأقل.
}
console-search-unavailable = لم يستجب الدليل. حاول مرة أخرى بعد قليل.
console-users-too-many = عدد النتائج المطابقة أكثر من { $max }: يتم عرض أول { $max } فقط؛ ضيّق نطاق البحث.
console-users-matches = { $n ->
    [zero] لا توجد نتائج مطابقة.
    [one] نتيجة مطابقة واحدة.
    [two] نتيجتان مطابقتان.
    [few] { $n } نتائج مطابقة.
    [many] { $n } نتيجة مطابقة.
   *[other] { $n } نتيجة مطابقة.
}
console-col-account = الحساب
console-col-name = الاسم
console-col-mail = البريد
console-col-state = الحالة
# Badges of an account in the search results.
console-flag-disabled = معطَّل
console-flag-locked = مؤمَّن
console-flag-must-change = يجب التغيير
console-flag-protected = محمي
console-flag-ok = سليم

## The user page

console-no-such-user-title = المستخدم غير موجود
console-no-such-user-message = لا يوجد حساب بهذا المعرّف (ربما تم حذفه).
console-no-such-user-next = ابحث مرة أخرى.

console-account = الحساب
# The account name, then the user principal name in brackets.
console-account-value = { $sam } ({ $upn })
console-fact-name = الاسم
console-fact-mail = البريد
console-fact-locked = مؤمَّن
console-fact-locked-yes = نعم، منذ { $since }؛ يُلغى التأمين تلقائيًا في { $until }
console-fact-bad-count = عدد كلمات المرور الخاطئة
console-fact-disabled = معطَّل
console-fact-password = كلمة المرور
console-password-must-change = يجب تغييرها عند تسجيل الدخول التالي
console-password-expired = منتهية الصلاحية
console-password-never-expires = لا تنتهي صلاحيتها أبدًا
console-password-expires = تنتهي صلاحيتها في { $when }
console-fact-password-last-set = آخر تعيين لكلمة المرور
console-fact-protected = محمي (adminCount)
console-fact-privileged = ذو امتيازات
# Why an account is privileged. $kind: protected (adminCount=1), service (the account sspr
# binds as), helpdesk (in the helpdesk group) or group (in the protected group $group).
console-fact-privileged-yes = { $kind ->
    [protected] نعم: حساب محمي (adminCount=1)؛ لا يمكن إعادة تعيين كلمة مروره أو إلغاء تأمينه هنا
    [service] نعم: حساب الخدمة الخاص بالمدخل نفسه؛ لا يمكن إعادة تعيين كلمة مروره أو إلغاء تأمينه هنا
    [helpdesk] نعم: عضو في مجموعة مكتب المساعدة؛ لا يمكن إعادة تعيين كلمة مروره أو إلغاء تأمينه هنا
   *[group] نعم: عضو في المجموعة المحمية { $group }؛ لا يمكن إعادة تعيين كلمة مروره أو إلغاء تأمينه هنا
}
console-policy-pso = نهج كلمات مرور دقيق { $dn }
console-policy-domain = نهج المجال
console-policy-unreadable = لا يمكن لحساب الخدمة قراءته.

console-diagnosis = التشخيص
console-diagnosis-none = لا يوجد ما يمنع هذا المستخدم من إعادة تعيين كلمة المرور أو إلغاء التأمين بنفسه.

console-verify-caller = التحقق من المتصل
console-verified = تم التحقق
console-verified-recently = { $minutes ->
    [one] لقد تحققت من هذا المتصل خلال الدقيقة الماضية.
    [two] لقد تحققت من هذا المتصل خلال الدقيقتين الماضيتين.
    [few] لقد تحققت من هذا المتصل خلال آخر { $minutes } دقائق.
    [many] لقد تحققت من هذا المتصل خلال آخر { $minutes } دقيقة.
   *[other] لقد تحققت من هذا المتصل خلال آخر { $minutes } دقيقة.
}
console-verify-lead = قبل اتخاذ أي إجراء، تأكد من أن المتصل هو من يقول إنه هو: أرسل رمزًا إلى بريده الإلكتروني المسجّل، أو اطلب منه رمز تطبيق المصادقة، واكتب ما يقرأه عليك.
console-email-code = إرسال رمز إليه بالبريد الإلكتروني
console-code-from = مصدر الرمز
console-code-from-email = بريده الإلكتروني
console-code-from-totp = تطبيق المصادقة الخاص به
console-caller-code = الرمز الذي يقرأه المتصل
console-check = تحقق
console-verify-no-methods = لا توجد طرق مسجّلة: تحقق من المتصل بطريقة أخرى (شخصيًا، أو بمعاودة الاتصال برقم معروف)، واذكر السبب عند اتخاذ الإجراء.
console-caller-code-sent = رمز في طريقه إلى عنوان البريد الإلكتروني المسجّل للمستخدم. اطلب من المتصل قراءته عليك.
console-caller-no-email = ليس لدى هذا المستخدم عنوان بريد إلكتروني مسجّل. اطلب منه رمز تطبيق المصادقة، أو تحقق منه بطريقة أخرى.
console-caller-verified = { $minutes ->
    [one] تم التحقق من المتصل. يمكنك اتخاذ إجراءات على هذا الحساب خلال الدقيقة التالية.
    [two] تم التحقق من المتصل. يمكنك اتخاذ إجراءات على هذا الحساب خلال الدقيقتين التاليتين.
    [few] تم التحقق من المتصل. يمكنك اتخاذ إجراءات على هذا الحساب خلال { $minutes } دقائق من الآن.
    [many] تم التحقق من المتصل. يمكنك اتخاذ إجراءات على هذا الحساب خلال { $minutes } دقيقة من الآن.
   *[other] تم التحقق من المتصل. يمكنك اتخاذ إجراءات على هذا الحساب خلال { $minutes } دقيقة من الآن.
}
console-caller-wrong = هذا الرمز غير صحيح. ربما لا يكون المتصل هو من يقول إنه هو.
console-back-to-user = العودة إلى المستخدم

console-actions = الإجراءات
# $kind as for console-fact-privileged-yes.
console-privileged-notice = { $kind ->
    [protected] هذا حساب محمي (adminCount=1). لا يعيد sspr تعيين كلمات مرور الحسابات ذات الامتيازات ولا يلغي تأمينها: يتولى ذلك مسؤول الدليل بأدواته الخاصة، بعد التحقق من هوية الشخص.
    [service] هذا حساب الخدمة الخاص بالمدخل نفسه. لا يعيد sspr تعيين كلمات مرور الحسابات ذات الامتيازات ولا يلغي تأمينها: يتولى ذلك مسؤول الدليل بأدواته الخاصة، بعد التحقق من هوية الشخص.
    [helpdesk] هذا عضو في مجموعة مكتب المساعدة. لا يعيد sspr تعيين كلمات مرور الحسابات ذات الامتيازات ولا يلغي تأمينها: يتولى ذلك مسؤول الدليل بأدواته الخاصة، بعد التحقق من هوية الشخص.
   *[group] هذا عضو في المجموعة المحمية { $group }. لا يعيد sspr تعيين كلمات مرور الحسابات ذات الامتيازات ولا يلغي تأمينها: يتولى ذلك مسؤول الدليل بأدواته الخاصة، بعد التحقق من هوية الشخص.
}
console-unlock = إلغاء التأمين
console-unlock-hint = يزيل التأمين؛ وتبقى كلمة المرور كما هي.
console-unlock-button = إلغاء التأمين…
console-reset = إعادة تعيين كلمة المرور
console-new-password = كلمة المرور الجديدة
console-mode-generate = إنشاء كلمة مرور (تُعرض مرة واحدة)
console-mode-typed = كتابة كلمة مرور
console-typed-password = كلمة المرور المكتوبة
console-typed-password-empty = اكتب كلمة المرور الجديدة، أو اختر إنشاء كلمة مرور.
console-must-change = يجب التغيير عند تسجيل الدخول التالي
console-also-unlock = إلغاء التأمين أيضًا
console-reset-button = إعادة التعيين…
console-unblock = إلغاء حظر تطبيق المصادقة
console-unblock-hint = تم حظره بعد إدخال رموز خاطئة كثيرة متتالية.
console-unblock-button = إلغاء الحظر…
console-clear = مسح الطرق المسجّلة
console-clear-hint = في حال فقدان الهاتف أو تغيّر العنوان؛ سيسجّل المستخدم من جديد.
console-clear-button = مسح…

console-password-policy = نهج كلمات المرور
console-registered-methods = الطرق المسجّلة
console-nothing = لا شيء.
console-method-since = منذ { $when }
console-recent-activity = النشاط الأخير
console-col-time = الوقت
console-col-activity = النشاط
console-col-result = النتيجة
console-col-by = بواسطة
console-col-detail = التفاصيل
console-full-history = السجل الكامل

## Confirming an action, and its result

console-confirm-password = كلمة المرور الجديدة (اكتبها مرة أخرى)
console-confirm-unverified = لم تتحقق من هذا المتصل برمز. إذا تحققت منه بطريقة أخرى، فاذكر كيف: سيُسجَّل ذلك في سجل التدقيق.
console-confirm-how = كيف تحققت من المتصل
console-confirm-yes = نعم، نفّذ
console-cancel = إلغاء

console-reset-confirm-title = إعادة تعيين كلمة المرور؟
# $must_change and $unlock are yes or no: what the helpdesk chose with the reset.
console-reset-confirm = { $must_change ->
    [yes] { $unlock ->
        [yes] إعادة تعيين كلمة مرور { $name } ({ $sam }) مع وجوب تغييرها عند تسجيل الدخول التالي، وإلغاء تأمين الحساب.
       *[no] إعادة تعيين كلمة مرور { $name } ({ $sam }) مع وجوب تغييرها عند تسجيل الدخول التالي.
    }
   *[no] { $unlock ->
        [yes] إعادة تعيين كلمة مرور { $name } ({ $sam })، وإلغاء تأمين الحساب.
       *[no] إعادة تعيين كلمة مرور { $name } ({ $sam }).
    }
}
console-reset-done-title = تمت إعادة تعيين كلمة المرور
console-reset-done = { $must_change ->
    [yes] تمت إعادة تعيين كلمة مرور { $sam }؛ ويجب تغييرها عند تسجيل الدخول التالي. تم إرسال بريد إلكتروني إلى المستخدم.
   *[no] تمت إعادة تعيين كلمة مرور { $sam }. تم إرسال بريد إلكتروني إلى المستخدم.
}
console-reset-failed = لم تتم إعادة التعيين
console-secret-once = كلمة المرور الجديدة (تُعرض مرة واحدة؛ اقرأها على المستخدم، ولا تدوّنها):
console-back-to = العودة إلى { $sam }

console-unlock-confirm-title = إلغاء تأمين الحساب؟
console-unlock-confirm = إلغاء تأمين حساب { $name } ({ $sam }). لا تتغير كلمة المرور.
console-unlock-done-title = تم إلغاء تأمين الحساب
console-unlock-done = يمكن للمستخدم { $sam } تسجيل الدخول مرة أخرى. تم إرسال بريد إلكتروني إليه.
console-unlock-failed = لم يتم إلغاء التأمين

console-clear-confirm-title = مسح الطرق المسجّلة؟
console-clear-confirm = إزالة جميع طرق التحقق المسجّلة للمستخدم { $sam }. سيحتاج إلى التسجيل مرة أخرى.
console-clear-done-title = تم مسح الطرق
console-clear-done = { $n ->
    [zero] لم تتم إزالة أي طريقة؛ تم إرسال بريد إلكتروني إلى { $sam }.
    [one] تمت إزالة طريقة واحدة؛ تم إرسال بريد إلكتروني إلى { $sam }.
    [two] تمت إزالة طريقتين؛ تم إرسال بريد إلكتروني إلى { $sam }.
    [few] تمت إزالة { $n } طرق؛ تم إرسال بريد إلكتروني إلى { $sam }.
    [many] تمت إزالة { $n } طريقة؛ تم إرسال بريد إلكتروني إلى { $sam }.
   *[other] تمت إزالة { $n } طريقة؛ تم إرسال بريد إلكتروني إلى { $sam }.
}

console-unblock-confirm-title = إلغاء حظر تطبيق المصادقة؟
console-unblock-confirm = إلغاء حظر تطبيق المصادقة للمستخدم { $sam }: تُحتسب رموزه مرة أخرى، ويبدأ عدد الرموز الخاطئة من الصفر.
console-unblock-done-title = تم إلغاء حظر تطبيق المصادقة
console-unblock-done = أصبح تطبيق المصادقة للمستخدم { $sam } يعمل مرة أخرى؛ تم إرسال بريد إلكتروني إليه.

# Why a writeback failed: what happened, then what to do (both status-* messages).
console-explain-fix = { $explain } { $fix }

## Audit log

console-verify-chain = التحقق من سلسلة التجزئة
console-chain-intact = سلسلة التجزئة سليمة
console-chain-verified = { $rows ->
    [one] تم التحقق من صف واحد باستخدام المفتاح.
    [two] تم التحقق من صفين باستخدام المفتاح.
    [few] تم التحقق من { $rows } صفوف باستخدام المفتاح.
    [many] تم التحقق من { $rows } صفًا باستخدام المفتاح.
   *[other] تم التحقق من { $rows } صف باستخدام المفتاح.
}
# Rows written before the audit log was chained with a key.
console-chain-legacy-covered = { $legacy ->
    [one] صف واحد منها يعود إلى ما قبل السلسلة ذات المفتاح، وتغطيه الصفوف ذات المفتاح التي تليه.
    [two] صفان منها يعودان إلى ما قبل السلسلة ذات المفتاح، وتغطيهما الصفوف ذات المفتاح التي تليهما.
    [few] { $legacy } صفوف منها تعود إلى ما قبل السلسلة ذات المفتاح، وتغطيها الصفوف ذات المفتاح التي تليها.
    [many] { $legacy } صفًا منها تعود إلى ما قبل السلسلة ذات المفتاح، وتغطيها الصفوف ذات المفتاح التي تليها.
   *[other] { $legacy } صف منها تعود إلى ما قبل السلسلة ذات المفتاح، وتغطيها الصفوف ذات المفتاح التي تليها.
}
console-chain-legacy-uncovered = { $legacy ->
    [one] صف واحد منها يعود إلى ما قبل السلسلة ذات المفتاح، ولا يغطيه أي صف ذي مفتاح حتى الآن.
    [two] صفان منها يعودان إلى ما قبل السلسلة ذات المفتاح، ولا يغطيهما أي صف ذي مفتاح حتى الآن.
    [few] { $legacy } صفوف منها تعود إلى ما قبل السلسلة ذات المفتاح، ولا يغطيها أي صف ذي مفتاح حتى الآن.
    [many] { $legacy } صفًا منها تعود إلى ما قبل السلسلة ذات المفتاح، ولا يغطيها أي صف ذي مفتاح حتى الآن.
   *[other] { $legacy } صف منها تعود إلى ما قبل السلسلة ذات المفتاح، ولا يغطيها أي صف ذي مفتاح حتى الآن.
}
console-chain-broken = سلسلة التجزئة مكسورة
console-filter-user = المستخدم
console-filter-activity = النشاط
console-any = الكل
console-filter-status = الحالة
# The two values of an audit row's status.
console-status-success = نجاح
console-status-failure = فشل
console-filter-reason = سبب الحالة
console-filter-from = من
console-filter-to = إلى
console-filter = تصفية
console-audit-rows = { $n ->
    [zero] لا توجد صفوف.
    [one] صف واحد.
    [two] صفان.
    [few] { $n } صفوف.
    [many] { $n } صفًا.
   *[other] { $n } صف.
}
console-export = تصدير هذا العرض:
console-export-csv = CSV
console-export-jsonl = أسطر JSON
console-col-status = الحالة
console-col-reason = السبب
console-col-user = المستخدم
console-col-client = العميل

## Writeback health

console-health-last-check = آخر فحص
console-never = أبدًا
console-health-last-success = آخر كتابة مرتدة ناجحة
console-none-yet = لا يوجد بعد
console-health-failures = حالات الفشل خلال 24 ساعة
console-health-failures-value = { $attempts ->
    [one] فشلت { $failed } من أصل عملية كتابة مرتدة واحدة بسبب الاتصال أو الأذونات
    [two] فشلت { $failed } من أصل عمليتَي كتابة مرتدة بسبب الاتصال أو الأذونات
    [few] فشلت { $failed } من أصل { $attempts } عمليات كتابة مرتدة بسبب الاتصال أو الأذونات
    [many] فشلت { $failed } من أصل { $attempts } عملية كتابة مرتدة بسبب الاتصال أو الأذونات
   *[other] فشلت { $failed } من أصل { $attempts } عملية كتابة مرتدة بسبب الاتصال أو الأذونات
}
console-health-run = تشغيل الفحوصات الآن

health-not-run = لم يتم تشغيل الفحص الدوري بعد.
health-no-domain-controller = لم تقبل أي وحدة تحكم بالمجال حساب الخدمة في آخر فحص دوري.
health-checks-failed = { $n ->
    [one] فشل فحص واحد في آخر فحص دوري.
    [two] فشل فحصان في آخر فحص دوري.
    [few] فشلت { $n } فحوصات في آخر فحص دوري.
    [many] فشل { $n } فحصًا في آخر فحص دوري.
   *[other] فشل { $n } فحص في آخر فحص دوري.
}
health-failure-rate = { $attempts ->
    [one] فشلت { $failed } من أصل عملية كتابة مرتدة واحدة خلال 24 ساعة بسبب الاتصال أو الأذونات.
    [two] فشلت { $failed } من أصل عمليتَي كتابة مرتدة خلال 24 ساعة بسبب الاتصال أو الأذونات.
    [few] فشلت { $failed } من أصل { $attempts } عمليات كتابة مرتدة خلال 24 ساعة بسبب الاتصال أو الأذونات.
    [many] فشلت { $failed } من أصل { $attempts } عملية كتابة مرتدة خلال 24 ساعة بسبب الاتصال أو الأذونات.
   *[other] فشلت { $failed } من أصل { $attempts } عملية كتابة مرتدة خلال 24 ساعة بسبب الاتصال أو الأذونات.
}
health-all-passed = نجحت جميع الفحوصات في آخر فحص دوري.

## Diagnosis findings on the user page: a title, the facts, and what to do

finding-privileged-title = حساب ذو امتيازات
# $kind as for console-fact-privileged-yes. The fix is status-ProtectedAccount-fix.
finding-privileged-detail = { $kind ->
    [protected] هذا حساب محمي (adminCount=1). لا يعيد sspr أبدًا تعيين كلمات مرور الحسابات ذات الامتيازات ولا يلغي تأمينها، لا عبر الخدمة الذاتية ولا من هنا.
    [service] هذا حساب الخدمة الخاص بالمدخل نفسه. لا يعيد sspr أبدًا تعيين كلمات مرور الحسابات ذات الامتيازات ولا يلغي تأمينها، لا عبر الخدمة الذاتية ولا من هنا.
    [helpdesk] هذا عضو في مجموعة مكتب المساعدة. لا يعيد sspr أبدًا تعيين كلمات مرور الحسابات ذات الامتيازات ولا يلغي تأمينها، لا عبر الخدمة الذاتية ولا من هنا.
   *[group] هذا عضو في المجموعة المحمية { $group }. لا يعيد sspr أبدًا تعيين كلمات مرور الحسابات ذات الامتيازات ولا يلغي تأمينها، لا عبر الخدمة الذاتية ولا من هنا.
}

finding-not-in-scope-title = خارج نطاق الخدمة الذاتية
# $scope is group (self-service is for the members of $group) or none (switched off).
finding-not-in-scope-detail = { $scope ->
    [group] الخدمة الذاتية ممكّنة لأعضاء { $group }؛ وهذا المستخدم ليس عضوًا فيها (لا مباشرة ولا من خلال المجموعات المتداخلة).
   *[none] الخدمة الذاتية متوقفة (sspr.enabled_for = "none").
}
finding-not-in-scope-fix = أضف المستخدم إلى مجموعة الخدمة الذاتية، أو أعد تعيين كلمة المرور أو ألغِ التأمين نيابة عنه من هنا.

finding-directory-unreachable-title = تعذّر الوصول إلى الدليل
# $error is what the directory said, in English.
finding-directory-unreachable-detail = { $error }
finding-directory-unreachable-fix = تحقق من وحدات التحكم بالمجال (صفحة سلامة الكتابة المرتدة).

finding-not-registered-title = غير مسجّل
finding-not-registered-detail = { $required ->
    [one] تم تسجيل { $registered } من أصل طريقة تحقق مطلوبة واحدة.
    [two] تم تسجيل { $registered } من أصل طريقتَي تحقق مطلوبتين.
    [few] تم تسجيل { $registered } من أصل { $required } طرق تحقق مطلوبة.
    [many] تم تسجيل { $registered } من أصل { $required } طريقة تحقق مطلوبة.
   *[other] تم تسجيل { $registered } من أصل { $required } طريقة تحقق مطلوبة.
}
finding-not-registered-fix = يسجّل المستخدم على /register ما دام يعرف كلمة المرور؛ أما الآن، فأعد تعيين كلمة المرور نيابة عنه من هنا بعد التحقق من المتصل بطريقة أخرى.

finding-disabled-title = الحساب معطَّل
finding-disabled-detail = الحساب معطَّل في Active Directory: لا يمكن تسجيل الدخول به إطلاقًا.
finding-disabled-fix = مكّنه في Active Directory إذا كان يجب أن يكون قيد الاستخدام (هذا ليس من إجراءات مكتب المساعدة هنا).

finding-expired-title = انتهت صلاحية الحساب
finding-expired-detail = تاريخ accountExpires في الماضي.
finding-expired-fix = مدّد تاريخ انتهاء صلاحية الحساب في Active Directory.

finding-missing-rights-title = يفتقر حساب الخدمة إلى أذونات على هذا المستخدم
# $rights is a list of directory permission and attribute names.
finding-missing-rights-detail = الأذونات المفقودة على هذا الحساب: { $rights }.
finding-missing-rights-fix = فوّض إذن Reset Password وإذن كتابة lockoutTime/pwdLastSet لحساب الخدمة على الوحدة التنظيمية (OU) لهذا المستخدم (شغّل `sspr doctor`).

finding-rights-unchecked-title = تعذّر التحقق من الأذونات
finding-rights-unchecked-detail = { $error }
finding-rights-unchecked-fix = شغّل `sspr doctor`.

finding-too-young-title = لم يتم بلوغ الحد الأدنى لعمر كلمة المرور
# $policy is fine-grained (a fine-grained password policy applies to the user) or domain.
finding-too-young-detail = { $policy ->
    [fine-grained] تم تغيير كلمة المرور مؤخرًا؛ وبموجب نهج كلمات المرور الدقيق الخاص بالمستخدم، لا يمكنه تغييرها مرة أخرى قبل { $when }.
   *[domain] تم تغيير كلمة المرور مؤخرًا؛ وبموجب نهج المجال، لا يمكن للمستخدم تغييرها مرة أخرى قبل { $when }.
}
finding-too-young-fix = لا تزال إعادة التعيين (بالخدمة الذاتية أو من هنا) ممكنة؛ أما التغيير فغير ممكن حتى ذلك الحين.

finding-cannot-change-title = لا يمكن للمستخدم تغيير كلمة المرور
finding-cannot-change-detail = تم إعداد الحساب بحيث لا يمكن للمستخدم تغيير كلمة مروره.
finding-cannot-change-fix = لا تزال إعادة التعيين ممكنة؛ امسح هذا الإعداد في Active Directory إذا كان يجب السماح بالتغيير.

finding-locked-title = الحساب مؤمَّن
finding-locked-detail = مؤمَّن منذ { $since }.
finding-locked-fix = يمكن للمستخدم إلغاء التأمين باستخدام طرقه، أو يمكنك إلغاء التأمين من هنا.

finding-must-change-title = يجب تغيير كلمة المرور
finding-must-change-detail = انتهت صلاحية كلمة المرور أو يجب تغييرها عند تسجيل الدخول التالي.
finding-must-change-fix = يمكن للمستخدم تغييرها على /change باستخدام كلمة المرور الحالية، أو التواصل مع { $helpdesk }.

finding-app-blocked-title = تطبيق المصادقة محظور
finding-console-blocked-title = تطبيق المصادقة لوحدة التحكم محظور
finding-blocked-detail = عدد الرموز الخاطئة المتتالية: { $failures } (الحد الأقصى: { $cap }): لم يعد تطبيق المصادقة يُعتدّ به كإثبات إلى أن يتم إلغاء حظره.
finding-app-blocked-fix = يستعيد المستخدم الوصول برمز مرسل بالبريد الإلكتروني (وهذا يلغي الحظر)، أو ألغِ الحظر من هنا بعد التحقق من المتصل.
finding-console-blocked-fix = ألغِ الحظر من هنا بعد التحقق من هوية المسؤول بطريقة أخرى؛ إذا لم يجرّب هو تلك الرموز، فقد جرّبها شخص آخر.

## Charts on the dashboard

chart-activity-title = عمليات الكتابة المرتدة يوميًا، آخر 30 يومًا
chart-resets = عمليات إعادة التعيين
chart-changes = عمليات التغيير
chart-unlocks = عمليات إلغاء التأمين
chart-failures = حالات الفشل
chart-reasons-title = حالات الفشل حسب سبب الحالة، آخر 30 يومًا
chart-no-activity = لا يوجد نشاط في هذه الفترة
chart-no-failures = لا توجد حالات فشل في هذه الفترة
chart-no-failures-desc = لا توجد حالات فشل في هذه الفترة.
# Hover title of one bar segment: the day, the series (Resets…) and its count.
chart-segment = { $label } { $series }: { $value }
# Hover title of one row: a status reason and its count.
chart-row = { $label }: { $value }
# One item of a chart's summary for screen readers: a name and its count.
chart-item = { $label } { $value }
# Between the items of a chart's summary.
chart-list-separator = {"، "}
# A chart's summary for screen readers. $unit is days (one bar per day) or periods.
chart-totals = { $unit ->
    [days] { $n ->
        [one] الإجماليات خلال يوم واحد: { $items }.
        [two] الإجماليات خلال يومين: { $items }.
        [few] الإجماليات خلال { $n } أيام: { $items }.
        [many] الإجماليات خلال { $n } يومًا: { $items }.
       *[other] الإجماليات خلال { $n } يوم: { $items }.
    }
   *[periods] { $n ->
        [one] الإجماليات خلال فترة واحدة: { $items }.
        [two] الإجماليات خلال فترتين: { $items }.
        [few] الإجماليات خلال { $n } فترات: { $items }.
        [many] الإجماليات خلال { $n } فترة: { $items }.
       *[other] الإجماليات خلال { $n } فترة: { $items }.
    }
}
chart-totals-none = { $unit ->
    [days] { $n ->
        [one] الإجماليات خلال يوم واحد: لا توجد بيانات.
        [two] الإجماليات خلال يومين: لا توجد بيانات.
        [few] الإجماليات خلال { $n } أيام: لا توجد بيانات.
        [many] الإجماليات خلال { $n } يومًا: لا توجد بيانات.
       *[other] الإجماليات خلال { $n } يوم: لا توجد بيانات.
    }
   *[periods] { $n ->
        [one] الإجماليات خلال فترة واحدة: لا توجد بيانات.
        [two] الإجماليات خلال فترتين: لا توجد بيانات.
        [few] الإجماليات خلال { $n } فترات: لا توجد بيانات.
        [many] الإجماليات خلال { $n } فترة: لا توجد بيانات.
       *[other] الإجماليات خلال { $n } فترة: لا توجد بيانات.
    }
}
chart-top = الأعلى: { $items }.
chart-top-more = الأعلى: { $items }، بالإضافة إلى عناصر أخرى عددها { $more }.

## Passkeys: the helpdesk user page, and signing in to the console with one

console-user-passkeys = مفاتيح المرور
console-passkey-added-on = تمت الإضافة في { $date }
console-passkey-last-used = آخر استخدام في { $date }
console-passkey-never-used = لم يُستخدم بعد
console-passkey-use = تسجيل الدخول باستخدام مفتاح مرور بدلاً من ذلك
console-passkey-title = سجّل الدخول باستخدام مفتاح المرور
console-passkey-lead = سيطلب منك المستعرض مفتاح المرور الذي أضفته لوحدة تحكم مكتب المساعدة.
console-passkey-go = المتابعة باستخدام مفتاح المرور
console-passkey-back = استخدام تطبيق المصادقة
console-passkey-wrong = لم يتم تسجيل دخولك باستخدام مفتاح المرور هذا. حاول مرة أخرى، أو استخدم تطبيق المصادقة.
console-passkeys-nav = مفاتيح المرور الخاصة بك
console-passkeys-title = مفاتيح المرور لتسجيل الدخول إلى وحدة التحكم
console-passkeys-lead = يمكن أن يحل مفتاح المرور محل رمز المصادقة عند تسجيل الدخول إلى وحدة التحكم. تتطلب إضافته رمزًا نرسله إلى صندوق بريدك في الدليل، ويتم إعلام مسؤولي مكتب المساعدة الآخرين.
console-passkeys-none = ليس لديك مفتاح مرور لتسجيل الدخول إلى وحدة التحكم.
console-passkey-name-label = اسم لمفتاح المرور هذا، مثل "الكمبيوتر المحمول في المكتب"
console-passkey-add = إضافة مفتاح مرور
console-passkey-create-title = إنشاء مفتاح المرور لوحدة التحكم
console-passkey-create-lead = لقد أرسلنا رمزًا إلى صندوق بريدك في الدليل. اكتبه هنا، ثم أنشئ مفتاح المرور "{ $name }" عندما يطلب منك المستعرض ذلك.
console-passkey-code-label = الرمز من البريد الإلكتروني
console-passkey-create-go = إنشاء مفتاح المرور
console-passkey-added = تمت إضافة مفتاح المرور لتسجيل الدخول إلى وحدة التحكم.
console-passkey-removed = تمت إزالة مفتاح المرور.
console-passkey-not-added = لم تتم إضافة مفتاح المرور: الرمز المرسل بالبريد الإلكتروني غير صحيح، أو لم تتطابق استجابة المستعرض مع هذا الطلب. ابدأ من جديد.
console-passkey-name-bad = أعطِ مفتاح المرور اسمًا لا يزيد على 64 حرفًا.
console-passkey-no-mailbox = ليس لحسابك صندوق بريد في الدليل لاستلام الرمز، لذا لا يمكن إضافة مفتاح مرور هنا. اطلب المساعدة من أحد مسؤولي الدليل.
