# Status reasons, as the helpdesk console explains them: what happened (`-explain`) and what
# an administrator can do about it (`-fix`). The reason names themselves (the part after
# `status-`) are codes from Microsoft Entra's audit log: they are not translated.
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words. Text in `backticks` and setting names such as directory.write_queue_timeout are
# commands and configuration keys: keep them as they are.

status-Success-explain = اكتملت العملية.
status-Success-fix = لا يلزم أي إجراء.

status-OnPremisesPolicyViolation-TooShort-explain = رفض Active Directory كلمة المرور: إنها أقصر من الحد الأدنى للطول.
status-OnPremisesPolicyViolation-NotComplex-explain = رفض Active Directory كلمة المرور: إنها لا تفي بمتطلبات التعقيد.
status-OnPremisesPolicyViolation-InHistory-explain = رفض Active Directory كلمة المرور: إنها إحدى كلمات المرور الأخيرة للمستخدم.
status-OnPremisesPolicyViolation-TooYoung-explain = رفض Active Directory التغيير: لم ينقضِ الحد الأدنى لعمر كلمة المرور منذ آخر تغيير.
status-OnPremisesPolicyViolation-CannotChange-explain = رفض Active Directory التغيير: تم إعداد الحساب بحيث لا يمكن للمستخدم تغيير كلمة المرور.
status-OnPremisesPolicyViolation-Unknown-explain = رفض Active Directory كلمة المرور بموجب نهجه (محفوظات كلمات المرور أو عامل تصفية لكلمات المرور؛ لا يحدد Windows أيهما).
# The fix for a password refused under the policy (too short, not complex, in history, unknown).
status-OnPremisesPolicyViolation-fix = يختار المستخدم كلمة مرور تفي بالنهج المعروض في الصفحة.
status-OnPremisesPolicyViolation-TooYoung-fix = انتظر حتى ينقضي الحد الأدنى لعمر كلمة المرور، أو اطلب من مكتب المساعدة إعادة تعيين كلمة المرور.
# "User cannot change password" is the name of the setting in Active Directory Users and Computers.
status-OnPremisesPolicyViolation-CannotChange-fix = ألغِ تحديد "User cannot change password" في الحساب، أو اطلب من مكتب المساعدة إعادة تعيين كلمة المرور.

status-PasswordBanned-explain = كلمة المرور موجودة في قائمة كلمات المرور المحظورة في المدخل.
status-PasswordBanned-fix = يختار المستخدم كلمة مرور أقل شيوعًا.
status-PasswordBreached-explain = كلمة المرور موجودة في قائمة كلمات المرور المعروفة من اختراقات البيانات (policy.breached_passwords_file).
status-PasswordBreached-fix = يختار المستخدم كلمة مرور لم يستخدمها في أي مكان آخر من قبل.
status-PasswordTooWeak-explain = كلمة المرور أسهل في التخمين مما يسمح به الحد الأدنى للقوة في المدخل (policy.min_strength).
status-PasswordTooWeak-fix = يختار المستخدم كلمة مرور أطول، مثل ثلاث أو أربع كلمات لا علاقة بينها.

status-InvalidCurrentPassword-explain = كلمة المرور الحالية التي تم إدخالها خاطئة.
status-InvalidCurrentPassword-fix = يعيد المستخدم المحاولة، أو يستخدم إعادة التعيين إذا نسي كلمة المرور الحالية.

status-OnPremisesConnectivityError-explain = تعذّر الوصول إلى أي وحدة تحكم بالمجال، أو لم تستجب في الوقت المحدد.
status-OnPremisesConnectivityError-fix = تحقق من أن وحدات التحكم بالمجال تعمل ويمكن الوصول إليها على المنفذ 636/389؛ وشغّل `sspr doctor`.

status-OnPremisesAdminActionRequired-explain = رفض الدليل العملية لسبب لا يمكن إصلاحه إلا بواسطة مسؤول (الأذونات، أو حساب محمي، أو ثقة TLS).
# "Reset Password" is the name of the permission in Active Directory; lockoutTime and pwdLastSet are attribute names.
status-OnPremisesAdminActionRequired-fix = شغّل `sspr doctor`: امنح حساب الخدمة إذن Reset Password وإذن الكتابة على lockoutTime/pwdLastSet، أو تعامل مع الحسابات المحمية يدويًا.

status-UserNotEnabledForSSPR-explain = المستخدم ليس ضمن نطاق الخدمة الذاتية لإعادة تعيين كلمة المرور.
status-UserNotEnabledForSSPR-fix = أضف المستخدم إلى مجموعة الخدمة الذاتية، أو غيّر sspr.enabled_for.

status-UserNotProperlyConfigured-explain = لم يسجّل المستخدم عددًا كافيًا من طرق التحقق.
status-UserNotProperlyConfigured-fix = يسجّل المستخدم طرقه على /register، أو يساعده مكتب المساعدة.

status-WritebackNotEnabled-explain = هذه العملية معطّلة في تكوين المدخل.
status-WritebackNotEnabled-fix = مكّن العملية في التكوين إذا كان يجب توفيرها.

status-AccountDisabled-explain = الحساب معطَّل في Active Directory.
status-AccountDisabled-fix = يمكّن أحد المسؤولين الحساب في Active Directory، إذا كان ينبغي تمكينه.

status-VerificationFailed-explain = رمز التحقق خاطئ أو منتهي الصلاحية.
status-VerificationFailed-fix = يطلب المستخدم رمزًا جديدًا ويحاول مرة أخرى.

status-TooManyAttempts-explain = محاولات كثيرة جدًا؛ تم حظر المستخدم مؤقتًا.
status-TooManyAttempts-fix = انتظر حتى ينتهي الحظر؛ وابحث في الأمر إذا تكرر.

status-UserNotFound-explain = لا يوجد حساب في الدليل يطابق ما كتبه المستخدم.
status-UserNotFound-fix = تحقق من الإملاء؛ يمكن للمستخدم استخدام اسم المستخدم أو UPN أو البريد الإلكتروني.

status-DirectoryBusy-explain = استجابت وحدة التحكم بالمجال لكنها كانت مشبعة: انتظر الطلب دوره حتى مهلة directory.write_queue_timeout ثم تم رفضه. لم يتم تغيير أي شيء.
status-DirectoryBusy-fix = يحاول المستخدم مرة أخرى بعد لحظات. إذا تكرر ذلك كثيرًا، فزِد قيمة directory.write_queue_timeout، أو أضف وحدات تحكم بالمجال إلى directory.urls.

status-WritebackInterrupted-explain = توقف المدخل (بسبب عطل أو إنهاء قسري) أثناء كتابة كلمة المرور؛ وأظهرت إعادة قراءة الحساب بعد ذلك أن الدليل لم يطبّقها.
status-WritebackInterrupted-fix = يحاول المستخدم مرة أخرى؛ لم يتم تغيير أي شيء. ابحث عن سبب توقف المدخل (سجلات الخدمة).

# adminCount=1 is an attribute and its value; keep it as it is.
status-ProtectedAccount-explain = الحساب ذو امتيازات (adminCount=1، أو عضو في مجموعة محمية أو في مجموعة مكتب المساعدة، أو حساب الخدمة): لا يعيد sspr أبدًا تعيين كلمة مروره ولا يلغي تأمينه.
status-ProtectedAccount-fix = يعيد مسؤول الدليل تعيين كلمة المرور أو يلغي التأمين باستخدام أدواته الخاصة (Active Directory Users and Computers أو PowerShell)، بعد التحقق من هوية الشخص حضوريًا.
