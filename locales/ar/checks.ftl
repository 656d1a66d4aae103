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

check-dc-tls-unverified-name = وحدة التحكم بالمجال { $url }: يمكن الوصول إليها عبر TLS
check-dc-tls-unverified-detail = تعذّر التحقق من الشهادة: { $detail }
check-dc-tls-unverified-fix = اضبط directory.ca_file على المرجع المصدق (CA) بتنسيق PEM الذي أصدر شهادة وحدة التحكم بالمجال، واستخدم في عنوان URL اسم مضيف مدرجًا في SAN الخاص بالشهادة. لا يتم إيقاف التحقق أبدًا.

check-dc-unreachable-name = وحدة التحكم بالمجال { $url }: يمكن الوصول إليها عبر TLS
check-dc-unreachable-detail = { $error }
check-dc-unreachable-fix = تحقق من أن وحدة التحكم بالمجال تعمل وأن هذا المضيف يمكنه الوصول إليها على المنفذ 636 (ldaps) أو 389 (StartTLS)؛ وتحقق من عنوان URL وجدران الحماية.

check-cert-missing-name = وحدة التحكم بالمجال { $url }: الشهادة
check-cert-missing-detail = لا توجد شهادة من الطرف الآخر لفحصها
check-cert-missing-fix = تحقق من إعداد TLS.

check-cert-unparsable-name = وحدة التحكم بالمجال { $url }: الشهادة
check-cert-unparsable-detail = تعذّر تحليل الشهادة
check-cert-unparsable-fix = تحقق من الشهادة.

# $subject is the certificate's subject (a DN).
check-cert-expired-name = وحدة التحكم بالمجال { $url }: الشهادة
check-cert-expired-detail = { $days ->
    [zero] انتهت صلاحية { $subject } منذ أقل من يوم
    [one] انتهت صلاحية { $subject } منذ يوم واحد
    [two] انتهت صلاحية { $subject } منذ يومين
    [few] انتهت صلاحية { $subject } منذ { $days } أيام
    [many] انتهت صلاحية { $subject } منذ { $days } يومًا
   *[other] انتهت صلاحية { $subject } منذ { $days } يوم
}
check-cert-expired-fix = جدّد شهادة وحدة التحكم بالمجال.

check-cert-expiring-name = وحدة التحكم بالمجال { $url }: الشهادة
check-cert-expiring-detail = { $days ->
    [zero] تم التحقق؛ تنتهي صلاحية { $subject } خلال أقل من يوم
    [one] تم التحقق؛ تنتهي صلاحية { $subject } خلال يوم واحد
    [two] تم التحقق؛ تنتهي صلاحية { $subject } خلال يومين
    [few] تم التحقق؛ تنتهي صلاحية { $subject } خلال { $days } أيام
    [many] تم التحقق؛ تنتهي صلاحية { $subject } خلال { $days } يومًا
   *[other] تم التحقق؛ تنتهي صلاحية { $subject } خلال { $days } يوم
}
check-cert-expiring-fix = جدّد شهادة وحدة التحكم بالمجال قبل انتهاء صلاحيتها، وإلا فستفشل كل عمليات الكتابة المرتدة.

check-cert-ok-name = وحدة التحكم بالمجال { $url }: الشهادة
check-cert-ok-detail = { $days ->
    [zero] تم التحقق؛ تنتهي صلاحية { $subject } خلال أقل من يوم
    [one] تم التحقق؛ تنتهي صلاحية { $subject } خلال يوم واحد
    [two] تم التحقق؛ تنتهي صلاحية { $subject } خلال يومين
    [few] تم التحقق؛ تنتهي صلاحية { $subject } خلال { $days } أيام
    [many] تم التحقق؛ تنتهي صلاحية { $subject } خلال { $days } يومًا
   *[other] تم التحقق؛ تنتهي صلاحية { $subject } خلال { $days } يوم
}

## Domain controllers: the service account's bind

check-bind-ok-name = وحدة التحكم بالمجال { $url }: ربط حساب الخدمة
check-bind-ok-detail = تم الربط باسم { $bind_dn }

check-bind-refused-name = وحدة التحكم بالمجال { $url }: ربط حساب الخدمة
check-bind-refused-detail = { $reason ->
    [credentials] كلمة مرور خاطئة أو لا يوجد حساب بهذا الاسم (تحقق من bind_dn وكلمة المرور)
    [password-expired] انتهت صلاحية كلمة مرور حساب الخدمة
    [disabled] حساب الخدمة معطَّل
    [expired] انتهت صلاحية حساب الخدمة
    [must-change] يجب على حساب الخدمة تغيير كلمة مروره
    [locked] حساب الخدمة مؤمَّن
   *[refused] رفضت وحدة التحكم بالمجال الربط
}: { $error }
check-bind-refused-fix = صحّح directory.bind_dn / كلمة مرور الربط، وتأكد من أن الحساب ممكَّن وغير مؤمَّن وأن كلمة مروره لا تنتهي صلاحيتها.

check-bind-error-name = وحدة التحكم بالمجال { $url }: ربط حساب الخدمة
check-bind-error-detail = { $error }
check-bind-error-fix = تحقق من سجلات وحدة التحكم بالمجال.

check-bind-timeout-name = وحدة التحكم بالمجال { $url }: ربط حساب الخدمة
check-bind-timeout-detail = لم يصل أي رد في الوقت المحدد
check-bind-timeout-fix = وحدة التحكم بالمجال محمّلة فوق طاقتها، أو أن جدار حماية يُسقط حركة المرور بعد المصافحة.

## Domain controllers: the password policy hints control

# $oid is the control's object identifier (1.2.840.113556.1.4.2239).
check-hints-ok-name = وحدة التحكم بالمجال { $url }: عنصر تحكم تلميحات النهج
check-hints-ok-detail = مدعوم ({ $oid }): تفرض عمليات إعادة التعيين بالخدمة الذاتية محفوظات كلمات المرور والحد الأدنى لعمر كلمة المرور

check-hints-unsupported-name = وحدة التحكم بالمجال { $url }: عنصر تحكم تلميحات النهج
check-hints-unsupported-detail = غير مدعوم من وحدة التحكم بالمجال هذه: لا يمكن لعمليات إعادة التعيين بالخدمة الذاتية فرض محفوظات كلمات المرور أو الحد الأدنى لعمر كلمة المرور (أما عمليات التغيير فلا تزال تفرضهما)
check-hints-unsupported-fix = استخدم للكتابة المرتدة وحدات تحكم بالمجال تعمل بنظام Windows Server 2012 R2 أو أحدث إذا كان يجب أن تحترم عمليات إعادة التعيين محفوظات كلمات المرور؛ لا يدعم Samba عنصر التحكم هذا.

check-hints-unreadable-name = وحدة التحكم بالمجال { $url }: عنصر تحكم تلميحات النهج
check-hints-unreadable-detail = تتعذّر قراءة rootDSE: { $error }
check-hints-unreadable-fix = تحقق من وحدة التحكم بالمجال.

## Password policies

# $complexity is `on` or `off`; $min_age_hours is in hours (h).
check-policy-ok-name = نهج كلمات المرور للمجال قابل للقراءة
check-policy-ok-detail = الحد الأدنى للطول { $min_length }، التعقيد { $complexity ->
    [on] مفعّل
   *[off] غير مفعّل
}، المحفوظات { $history }، الحد الأدنى للعمر بالساعات { $min_age_hours }، التأمين بعد { $lockout }

check-policy-min-age-name = نهج كلمات المرور للمجال قابل للقراءة
check-policy-min-age-detail = الحد الأدنى للطول { $min_length }، التعقيد { $complexity ->
    [on] مفعّل
   *[off] غير مفعّل
}، المحفوظات { $history }، الحد الأدنى للعمر بالساعات { $min_age_hours }، التأمين بعد { $lockout }: لا يمكن للمستخدمين تغيير كلمة المرور مرتين خلال الحد الأدنى للعمر
check-policy-min-age-fix = فكّر في تعيين الحد الأدنى لعمر كلمة المرور إلى 0 (أو يوم واحد على الأكثر)؛ فالمستخدمون الذين يغيّرونها ثم ينسونها يجب أن يستخدموا إعادة التعيين، وإعادة التعيين من مكتب المساعدة ممكنة دائمًا.

check-policy-unreadable-name = نهج كلمات المرور للمجال قابل للقراءة
check-policy-unreadable-detail = { $error }
check-policy-unreadable-fix = يمكن للمستخدمين المصادق عليهم عادةً قراءة جذر المجال؛ تحقق من حساب الخدمة.

# $container is the DN of the Password Settings Container.
check-pso-unreadable-name = نُهج كلمات المرور الدقيقة (PSO) قابلة للقراءة
check-pso-unreadable-detail = { $total ->
    [one] تتعذّر قراءة إعدادات { $unreadable } من أصل كائن PSO واحد
    [two] تتعذّر قراءة إعدادات { $unreadable } من أصل كائنَي PSO
    [few] تتعذّر قراءة إعدادات { $unreadable } من أصل { $total } كائنات PSO
    [many] تتعذّر قراءة إعدادات { $unreadable } من أصل { $total } كائنًا من نوع PSO
   *[other] تتعذّر قراءة إعدادات { $unreadable } من أصل { $total } كائن PSO
}
check-pso-unreadable-fix = امنح حساب الخدمة إذن القراءة على { $container }.

check-pso-ok-name = نُهج كلمات المرور الدقيقة (PSO) قابلة للقراءة
check-pso-ok-detail = { $count ->
    [zero] لم يتم العثور على أي كائن PSO
    [one] تم العثور على كائن PSO واحد
    [two] تم العثور على كائنَي PSO
    [few] تم العثور على { $count } كائنات PSO
    [many] تم العثور على { $count } كائنًا من نوع PSO
   *[other] تم العثور على { $count } كائن PSO
}

check-pso-container-unreadable-name = نُهج كلمات المرور الدقيقة (PSO) قابلة للقراءة
check-pso-container-unreadable-detail = تتعذّر قراءة Password Settings Container ({ $error })؛ وسيُعرض نهج المجال على المستخدمين الخاضعين لكائن PSO
check-pso-container-unreadable-fix = امنح حساب الخدمة إذن القراءة (RP، LC) على { $container }.

## The service account's rights on users

check-rights-own-entry-name = أذونات حساب الخدمة على المستخدمين
check-rights-own-entry-detail = تتعذّر قراءة إدخال حساب الخدمة نفسه: { $error }
check-rights-own-entry-fix = تحقق من directory.bind_dn.

check-rights-probe-search-name = أذونات حساب الخدمة على المستخدمين
check-rights-probe-search-detail = { $error }
check-rights-probe-search-fix = تحقق من وحدة التحكم بالمجال.

check-rights-no-probe-name = أذونات حساب الخدمة على المستخدمين
check-rights-no-probe-detail = لم يتم العثور على مستخدم لاختبار الأذونات عليه
check-rights-no-probe-fix = اضبط directory.probe_user على sAMAccountName لمستخدم نموذجي (ليس مسؤولًا).

# $probe is the DN of the user the rights were probed on.
check-rights-ok-name = أذونات حساب الخدمة على المستخدمين (تم الاختبار على: { $probe })
check-rights-ok-detail = Reset Password، وكتابة lockoutTime، وكتابة pwdLastSet: ممنوحة

check-rights-not-writable-name = أذونات حساب الخدمة على المستخدمين (تم الاختبار على: { $probe })
check-rights-not-writable-detail = تمنح قائمة ACL الأذونات، لكن وحدة التحكم بالمجال لا تُدرج lockoutTime/pwdLastSet كسمتين قابلتين للكتابة
check-rights-not-writable-fix = ابحث عن إدخالات رفض أو عن قيد على مستوى المخطط على الوحدة التنظيمية (OU).

# $missing lists rights as the delegation wizard names them (Reset Password, Write lockoutTime…).
check-rights-missing-name = أذونات حساب الخدمة على المستخدمين (تم الاختبار على: { $probe })
check-rights-missing-detail = الأذونات المفقودة: { $missing }
check-rights-missing-fix = فوّض الأذونات إلى { $bind_dn } على الوحدة التنظيمية (OU) للمستخدمين (معالج Delegation of Control: "Reset user passwords and force password change at next logon"، بالإضافة إلى Write lockoutTime)، مع توريثها إلى كائنات User الفرعية.

check-rights-acl-unreadable-name = أذونات حساب الخدمة على المستخدمين (تم الاختبار على: { $probe })
check-rights-acl-unreadable-detail = { $error }
check-rights-acl-unreadable-fix = يمكن للمستخدمين المصادق عليهم عادةً قراءة قوائم ACL للمستخدمين؛ ابحث عن أذونات مشدّدة.

## Protected accounts

check-protected-unreadable-name = الحسابات المحمية (adminCount=1)
check-protected-unreadable-detail = { $error }
check-protected-unreadable-fix = تحقق من وحدة التحكم بالمجال.

check-protected-ok-name = الحسابات المحمية (adminCount=1)
check-protected-ok-detail = { $count ->
    [zero] لا توجد حسابات محمية
    [one] حساب محمي واحد، ويمكن إدارته
    [two] حسابان محميان، ويمكن إدارتهما كليهما
    [few] { $count } حسابات محمية، ويمكن إدارتها جميعًا
    [many] { $count } حسابًا محميًا، ويمكن إدارتها جميعًا
   *[other] { $count } حساب محمي، ويمكن إدارتها جميعًا
}

# $accounts lists sAMAccountNames.
check-protected-unmanaged-name = الحسابات المحمية (adminCount=1)
check-protected-unmanaged-detail = { $count ->
    [one] حساب محمي واحد لا يستطيع حساب الخدمة إعادة تعيين كلمة مروره أو إلغاء تأمينه: { $accounts }
    [two] حسابان محميان لا يستطيع حساب الخدمة إعادة تعيين كلمتَي مرورهما أو إلغاء تأمينهما: { $accounts }
    [few] { $count } حسابات محمية لا يستطيع حساب الخدمة إعادة تعيين كلمات مرورها أو إلغاء تأمينها: { $accounts }
    [many] { $count } حسابًا محميًا لا يستطيع حساب الخدمة إعادة تعيين كلمات مرورها أو إلغاء تأمينها: { $accounts }
   *[other] { $count } حساب محمي لا يستطيع حساب الخدمة إعادة تعيين كلمات مرورها أو إلغاء تأمينها: { $accounts }
}
check-protected-unmanaged-fix = تحصل هذه الحسابات على قائمة ACL الخاصة بها من AdminSDHolder وتتجاهل التفويضات: أبقِها خارج نطاق الخدمة الذاتية (سيرى مستخدموها "اتصل بالمسؤول")، أو فوّض على CN=AdminSDHolder,CN=System إذا سمح النهج بذلك.

## Configured groups

# $key is a setting name (sspr.helpdesk_group_dn…), $dn the group's DN as configured.
check-group-ok-name = { $key } موجود
check-group-ok-detail = { $dn }

check-group-missing-name = { $key } موجود
check-group-missing-detail = { $dn } ليس مجموعة يمكن لحساب الخدمة رؤيتها
check-group-missing-fix = صحّح { $key } (انسخ DN من السمة distinguishedName للمجموعة).

check-group-error-name = { $key } موجود
check-group-error-detail = { $error }
check-group-error-fix = تحقق من وحدة التحكم بالمجال.

## When nothing else can run

check-directory-unusable-name = الدليل قابل للاستخدام
check-directory-unusable-detail = لم تقبل أي وحدة تحكم بالمجال حساب الخدمة عبر اتصال تم التحقق منه
check-directory-unusable-fix = أصلح حالات الفشل المذكورة أعلاه أولًا.
