# The self-service pages: reset a forgotten password, unlock an account, and register the
# methods (an email address, an authenticator app) that prove who someone is.
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words. { $helpdesk } is how to reach the helpdesk, as the operator wrote it (a phone
# number, an address or a web page).

## Reset, unlock: the steps

# The last step of the progress indicator (after "Identify" and "Verify").
reset-step-last = كلمة المرور الجديدة
unlock-step-last = إلغاء التأمين
# The last step when a signed-in person proves a method before changing their methods.
register-step-last = تغيير الطرق

reset-title = إعادة تعيين كلمة المرور
reset-lead = هل نسيت كلمة المرور؟ أثبت هويتك واختر كلمة مرور جديدة.
unlock-title = إلغاء تأمين حسابك
unlock-lead = هل تم تأمين حسابك بعد محاولات كثيرة جدًا؟ أثبت هويتك وسنلغي تأمين حسابك. تبقى كلمة المرور كما هي.
# Shown to a signed-in person who must prove one of their methods before changing them.
register-prove-title = أثبت هويتك
register-prove-lead = أثبت إحدى طرقك المسجّلة لتتمكن من تغييرها.

recover-username-label = اسم المستخدم أو عنوان البريد الإلكتروني
recover-username-hint = على سبيل المثال jsmith أو jsmith@example.com أو EXAMPLE\jsmith
recover-continue = متابعة
# The link on the "Your session has ended" page.
recover-start-again = البدء من جديد

unlock-not-offered-title = إلغاء التأمين غير متاح هنا
unlock-not-offered-message = لا تلغي خدمة كلمات المرور هذه تأمين الحسابات.
unlock-not-offered-next = أعد تعيين كلمة المرور بدلاً من ذلك (فذلك يلغي تأمين الحساب أيضًا)، أو تواصل مع { $helpdesk }.
# The button on the "Unlocking is not offered here" page.
unlock-not-offered-link = إعادة تعيين كلمة المرور

## Verify: the code step

verify-title = أثبت هويتك
# The title after one method was proved, when a second one is needed.
verify-title-second = تحقق إضافي واحد
verify-first-passed = تم اجتياز التحقق الأول.
verify-email-lead = إذا كان بإمكان هذا الحساب استخدام الخدمة الذاتية، فقد أرسلنا رمزًا إلى عنوان البريد الإلكتروني المسجّل له. قد يستغرق وصوله دقيقة.
verify-totp-lead = افتح تطبيق المصادقة الذي سجّلته واكتب الرمز المكوّن من 6 أرقام الذي يعرضه الآن.
verify-email-label = الرمز من البريد الإلكتروني
verify-totp-label = الرمز من تطبيقك
verify-submit = تحقق
verify-resend = إرسال رمز جديد
verify-use-email = استخدام رمز مرسل بالبريد الإلكتروني بدلاً من ذلك
verify-use-totp = استخدام تطبيق المصادقة بدلاً من ذلك
verify-no-method = ليس لديك بريد إلكتروني ولا تطبيق؟ ربما لم تسجّل في الخدمة الذاتية: تواصل مع { $helpdesk }.
verify-wrong = { $left ->
    [zero] هذا الرمز غير صحيح. لم تتبقَّ لديك أي محاولات.
    [one] هذا الرمز غير صحيح. تتبقى لديك محاولة واحدة.
    [two] هذا الرمز غير صحيح. تتبقى لديك محاولتان.
    [few] هذا الرمز غير صحيح. تتبقى لديك { $left } محاولات.
    [many] هذا الرمز غير صحيح. تتبقى لديك { $left } محاولة.
   *[other] هذا الرمز غير صحيح. تتبقى لديك { $left } محاولة.
}
verify-expired = انتهت صلاحية هذا الرمز. أرسل رمزًا جديدًا واستخدمه خلال 10 دقائق.
verify-replayed = تم استخدام هذا الرمز من قبل. انتظر حتى يعرض تطبيقك الرمز التالي، ثم أدخله.
verify-resent = إذا كان لهذا الحساب عنوان بريد إلكتروني مسجّل، فإن رمزًا جديدًا في طريقه إليه. لا يعمل إلا أحدث رمز.

## Reset: the new password

reset-password-title = اختر كلمة مرور جديدة
reset-password-lead = لقد أثبتّ هويتك. اختر كلمة مرور لم تستخدمها من قبل.
reset-new-password = كلمة المرور الجديدة
reset-confirm-password = اكتبها مرة أخرى
# Followed by a word the page's script fills in (weak, fair, strong...).
reset-strength = القوة:
reset-set-password = تعيين كلمة المرور الجديدة
reset-mismatch = كلمتا المرور غير متطابقتين. اكتب كلمة المرور نفسها في المربعين.

## Reset, unlock: the result

reset-done-title = تمت إعادة تعيين كلمة المرور
reset-done-message = كلمة المرور الجديدة تعمل الآن، وتم إلغاء تأمين حسابك إذا كان مؤمَّنًا.
reset-done-next = سجّل الدخول باستخدام كلمة المرور الجديدة. لقد أرسلنا إليك رسالة بريد إلكتروني بشأن هذا التغيير.
unlock-done-title = تم إلغاء تأمين حسابك
unlock-done-message = يمكنك تسجيل الدخول مرة أخرى باستخدام كلمة المرور الحالية.
unlock-done-next = إذا كنت لا تتذكر كلمة المرور، فأعد تعيينها بدلاً من ذلك.
register-verified-title = تم التحقق
register-verified-message = لقد أثبتّ إحدى طرقك.
register-verified-next = يمكنك الآن تغيير طرقك.
recover-disabled-title = هذا الحساب معطَّل
recover-disabled-message = لا يمكن هنا إعادة تعيين كلمة مرور حساب معطَّل أو إلغاء تأمينه.
recover-disabled-next = تواصل مع { $helpdesk }.
recover-refused-title = لا يمكننا تنفيذ ذلك هنا
recover-refused-message = لا يمكن تغيير هذا الحساب من خلال الخدمة الذاتية.
recover-refused-next = تواصل مع { $helpdesk }؛ يمكنهم مساعدتك على الفور.

## Register: signing in

register-signin-title = إعداد الخدمة الذاتية
register-signin-lead = سجّل الدخول باستخدام كلمة المرور الحالية لتسجيل عنوان بريد إلكتروني أو تطبيق مصادقة. ستستخدمهما لإثبات هويتك إذا نسيت كلمة المرور يومًا ما.
register-username-label = اسم المستخدم أو عنوان البريد الإلكتروني
register-password-label = كلمة المرور
register-signin = تسجيل الدخول
# The link back to the sign-in page when a registration visit has to start over.
register-sign-in-again = تسجيل الدخول مرة أخرى
register-unavailable-title = التسجيل غير متاح
register-unavailable-privileged = إعادة تعيين كلمة المرور بالخدمة الذاتية غير متاحة للحسابات ذات الامتيازات (المسؤولون وموظفو مكتب المساعدة).
register-unavailable-not-enabled = إعادة تعيين كلمة المرور بالخدمة الذاتية غير ممكّنة لحسابك.
register-unavailable-next = تواصل مع { $helpdesk } للحصول على مساعدة بشأن كلمة المرور.

## Register: the methods page

# The names of the verification methods.
method-email = رمز البريد الإلكتروني
method-totp = تطبيق المصادقة

register-title = طرق التحقق الخاصة بك
# { $name } is the signed-in person's name; { $required } how many methods a reset needs
# (the [1] variant is for exactly one, the other for any other number).
register-lead = { $required ->
    [1] تم تسجيل الدخول باسم { $name }. تكفي طريقة واحدة لإعادة تعيين كلمة المرور، لكن طريقتين أفضل.
   *[other] تم تسجيل الدخول باسم { $name }. تحتاج إلى طريقتين لإعادة تعيين كلمة المرور.
}
register-none = ليست لديك أي طرق بعد: أضف طريقة الآن لتتمكن من مساعدة نفسك لاحقًا.
# { $date } is the day the method was registered.
register-added = تمت الإضافة في { $date }
register-remove = إزالة
register-locked = لإضافة طريقة أو استبدالها أو إزالتها، أثبت أولاً طريقة لديك بالفعل. لا تكفي كلمة المرور وحدها لتغييرها.
register-prove = التحقق من هويتك
register-change-email = تغيير عنوان بريدك الإلكتروني
register-add-email = إضافة عنوان بريد إلكتروني
register-email-hint = استخدم عنوانًا شخصيًا يمكنك قراءته عندما يتعذّر عليك تسجيل الدخول إلى العمل، وليس صندوق بريد العمل.
register-email-label = عنوان البريد الإلكتروني
register-send-code = إرسال رمز تأكيد
register-replace-totp = استبدال تطبيق المصادقة
register-add-totp = إضافة تطبيق مصادقة
register-totp-hint = تعمل تطبيقات مثل Microsoft Authenticator وGoogle Authenticator و1Password وغيرها.
register-set-up-totp = إعداد تطبيق مصادقة
register-sign-out = تسجيل الخروج

# One-line notices at the top of the methods page, after a step.
register-notice-stepped-up = تم التحقق. يمكنك الآن تغيير طرقك.
register-notice-email = تم تسجيل عنوان بريدك الإلكتروني.
register-notice-totp = تم تسجيل تطبيق المصادقة.
register-notice-removed-email = تمت إزالة رمز البريد الإلكتروني.
register-notice-removed-totp = تمت إزالة تطبيق المصادقة.

## Register: confirming an email address

register-email-title = تأكيد عنوان بريدك الإلكتروني
# { $address } is the address, partly hidden (al***@ex***.com).
register-email-lead = لقد أرسلنا رمزًا إلى { $address }. اكتبه هنا للإنهاء.
register-code-from-email = الرمز من البريد الإلكتروني
register-confirm = تأكيد
register-back = رجوع
register-email-wrong = هذا الرمز غير صحيح، أو انتهت صلاحيته. تحقق من أحدث رسالة بريد إلكتروني، أو ارجع وأرسل رمزًا جديدًا.

## Register: setting up an authenticator app

register-totp-title = إعداد تطبيق المصادقة
register-totp-lead = في تطبيقك، أضف حسابًا وامسح هذا الرمز ضوئيًا. لا يمكنك المسح؟ اكتب المفتاح أدناه بدلاً من ذلك.
# Followed by the secret key, for typing into the app by hand.
register-totp-key = المفتاح:
register-totp-code-label = الرمز المكوّن من 6 أرقام الذي يعرضه تطبيقك
register-totp-wrong = هذا الرمز غير صحيح. تحقق من ساعة التطبيق، واكتب الرمز الذي يعرضه الآن.

## Passkeys

method-passkey = مفتاح المرور
verify-use-passkey = استخدام مفتاح مرور بدلاً من ذلك
verify-passkey-lead = استخدم مفتاح مرور سجّلته لهذا الحساب: على هذا الجهاز، أو على هاتفك، أو على مفتاح أمان.
verify-passkey-start = استخدام مفتاح مرور
verify-passkey-title = استخدم مفتاح المرور الخاص بك
verify-passkey-go = المتابعة باستخدام مفتاح المرور
verify-passkey-wrong = { $left ->
    [zero] لم يُثبت مفتاح المرور هذا هويتك. لم تتبقَّ لديك أي محاولات.
    [one] لم يُثبت مفتاح المرور هذا هويتك. تتبقى لديك محاولة واحدة.
    [two] لم يُثبت مفتاح المرور هذا هويتك. تتبقى لديك محاولتان.
    [few] لم يُثبت مفتاح المرور هذا هويتك. تتبقى لديك { $left } محاولات.
    [many] لم يُثبت مفتاح المرور هذا هويتك. تتبقى لديك { $left } محاولة.
   *[other] لم يُثبت مفتاح المرور هذا هويتك. تتبقى لديك { $left } محاولة.
}
verify-passkey-expired = انتهت صلاحية طلب مفتاح المرور هذا. اختر "استخدام مفتاح مرور" للبدء من جديد.
verify-passkey-replayed = تم استخدام استجابة مفتاح المرور هذه من قبل. اختر "استخدام مفتاح مرور" للبدء من جديد.
passkey-back-to-methods = استخدام طريقة أخرى
passkey-failed = لم يقدّم المستعرض أي مفتاح مرور: تم إلغاء الطلب أو انتهت مهلته، أو لا يوجد على هذا الجهاز مفتاح مرور لهذا الموقع. حاول مرة أخرى، أو استخدم طريقة أخرى.
passkey-unsupported = لا يمكن لهذا المستعرض استخدام مفاتيح المرور. استخدم طريقة أخرى، أو مستعرضًا آخر.
passkey-needs-script = تحتاج مفاتيح المرور إلى JavaScript، لكنه متوقف في هذا المستعرض. استخدم طريقة أخرى، أو شغّل JavaScript.
passkey-none = لم يقدّم المستعرض أي مفتاح مرور. حاول مرة أخرى، أو استخدم طريقة أخرى.
passkey-bad = تعذّرت قراءة استجابة المستعرض. حاول مرة أخرى.
register-passkeys = مفاتيح المرور الخاصة بك
register-passkey-used = آخر استخدام في { $date }
register-passkey-never-used = لم يُستخدم بعد
register-add-passkey = إضافة مفتاح مرور
register-passkey-hint = يُثبت مفتاح المرور هويتك باستخدام قفل شاشة جهازك (بصمة الإصبع أو الوجه أو رمز PIN). لا حاجة إلى كتابة أي شيء، ولا يمكن لموقع مزيّف استخدامه.
register-passkey-name-label = اسم لمفتاح المرور هذا، مثل "كمبيوتر العمل المحمول"
register-passkey-add = إضافة مفتاح مرور
register-passkey-name-empty = أعطِ مفتاح المرور اسمًا، لتتمكن من التمييز بين مفاتيح المرور لاحقًا.
register-passkey-name-bad = استخدم اسمًا لا يزيد على 64 حرفًا.
register-passkey-too-many = { $n ->
    [zero] لديك { $n } مفتاح مرور، وهو الحد الأقصى المسموح به لحساب واحد. أزل أحدها أولاً.
    [one] لديك مفتاح مرور واحد، وهو الحد الأقصى المسموح به لحساب واحد. أزله أولاً.
    [two] لديك مفتاحا مرور، وهو الحد الأقصى المسموح به لحساب واحد. أزل أحدهما أولاً.
    [few] لديك { $n } مفاتيح مرور، وهو الحد الأقصى المسموح به لحساب واحد. أزل أحدها أولاً.
    [many] لديك { $n } مفتاح مرور، وهو الحد الأقصى المسموح به لحساب واحد. أزل أحدها أولاً.
   *[other] لديك { $n } مفتاح مرور، وهو الحد الأقصى المسموح به لحساب واحد. أزل أحدها أولاً.
}
register-passkey-title = إنشاء مفتاح المرور
register-passkey-lead = سيطلب منك المستعرض إنشاء مفتاح مرور باسم "{ $name }" وتأكيد ذلك باستخدام قفل الشاشة.
register-passkey-go = إنشاء مفتاح المرور
register-passkey-failed = لم يتم تسجيل مفتاح المرور: لم تتطابق استجابة المستعرض مع هذا الطلب. حاول إضافته مرة أخرى.
register-passkey-already = مفتاح المرور هذا مسجّل بالفعل.
register-notice-passkey = تم تسجيل مفتاح المرور الخاص بك.
register-notice-removed-passkey = تمت إزالة مفتاح المرور.
