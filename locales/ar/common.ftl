# Words every page shares: the frame around each page, the language switcher, dates.
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words. `format-*` messages are strftime patterns (https://docs.rs/chrono/latest/chrono/format/strftime/).

# The language's name in itself, shown in the language switcher.
language-name = العربية
language-switcher = اللغة

format-datetime = %d/%m/%Y %H:%M %Z
format-date = %d/%m/%Y

service-name = خدمة كلمات المرور
service-home = الصفحة الرئيسية لخدمة كلمات المرور
skip-to-content = الانتقال إلى المحتوى
need-help = هل تحتاج إلى مساعدة؟ تواصل مع { $helpdesk }.

steps-label = التقدم
step-identify = تحديد الهوية
step-verify = التحقق

home-title = ماذا تريد أن تفعل؟
home-lead = استعد الوصول إلى حسابك في { $org } خلال دقيقة، دون انتظار مكتب المساعدة.
home-reset = إعادة تعيين كلمة المرور
home-reset-hint = نسيت كلمة المرور
home-unlock = إلغاء تأمين حسابي
home-unlock-hint = أعرف كلمة المرور، لكن تم تأمين حسابي
home-change = تغيير كلمة المرور
home-change-hint = أعرفها، أو انتهت صلاحيتها
home-register = إعداد الخدمة الذاتية
home-register-hint = سجّل بريدًا إلكترونيًا أو تطبيق مصادقة قبل أن تحتاج إليهما

back-to-start = العودة إلى البداية
go-to-start = الانتقال إلى البداية

not-found-title = الصفحة غير موجودة
not-found-message = لا توجد صفحة على هذا العنوان.
not-found-next = ابدأ من جديد من الصفحة الأولى لخدمة كلمات المرور.

blocked-title = محاولات كثيرة جدًا
blocked-message = لحمايتك، تتوقف الخدمة الذاتية مؤقتًا لبعض الوقت بعد محاولات كثيرة جدًا.
blocked-next = حاول مرة أخرى بعد { $when }. إذا كنت تحتاج إلى الوصول قبل ذلك، فتواصل مع مكتب المساعدة.

busy-title = ضغط كبير في الوقت الحالي
busy-message = يغيّر كثير من الأشخاص كلمات مرورهم في هذه اللحظة، ولم نتمكن من معالجة طلبك في الوقت المحدد. لم يتم تغيير أي شيء.
busy-next = { $seconds ->
    [one] يُرجى المحاولة مرة أخرى بعد ثانية واحدة.
    [two] يُرجى المحاولة مرة أخرى بعد ثانيتين.
    [few] يُرجى المحاولة مرة أخرى بعد { $seconds } ثوانٍ.
    [many] يُرجى المحاولة مرة أخرى بعد { $seconds } ثانية.
   *[other] يُرجى المحاولة مرة أخرى بعد { $seconds } ثانية.
}

unavailable-title = يُرجى المحاولة مرة أخرى بعد بضع دقائق
unavailable-message = تعذّر علينا الوصول إلى الدليل الآن. لم يتم تغيير أي شيء.
unavailable-next = حاول مرة أخرى بعد بضع دقائق. إذا تكررت المشكلة، فتواصل مع مكتب المساعدة.

session-ended-title = انتهت جلستك
session-ended-message = لحمايتك، لا تعمل هذه الخطوة إلا لفترة قصيرة بعد الخطوة السابقة، وفي المستعرض نفسه.
session-ended-next = ابدأ من جديد: لن يستغرق الأمر سوى دقيقة.

not-right = اسم المستخدم أو كلمة المرور غير صحيحة، أو الحساب مؤمَّن أو معطَّل. هل نسيت كلمة المرور؟ أعد تعيينها. هل تم تأمين حسابك؟ ألغِ تأمينه أولاً.

bad-form = لم يكن هذا الطلب نموذجًا نفهمه. ارجع، وأعد تحميل الصفحة، ثم حاول مرة أخرى.
form-expired-title = انتهت صلاحية هذا النموذج
form-expired-message = لحمايتك، لا تعمل النماذج إلا لفترة محدودة، وفي نافذة المستعرض التي فتحتها فقط. ارجع، وأعد تحميل الصفحة، ثم حاول مرة أخرى.
form-too-large = هذا النموذج كبير جدًا.
form-too-slow = استغرق وصول هذا النموذج وقتًا طويلاً جدًا. ارجع، وأعد تحميل الصفحة، ثم حاول مرة أخرى.
too-slow = يستغرق هذا وقتًا أطول من المعتاد. إذا كنت تغيّر كلمة المرور أو تعيد تعيينها أو تلغي تأمين الحساب، فربما نجحت العملية على أي حال: جرّب تسجيل الدخول قبل المحاولة مرة أخرى.
internal-error = حدث خطأ من جانبنا. يُرجى المحاولة مرة أخرى.

input-username-empty = أدخل اسم المستخدم أو عنوان البريد الإلكتروني.
input-username-bad = لا يبدو هذا اسم مستخدم. استخدم الأحرف والأرقام و . - _ @ \ فقط.
input-password-bad = يمكن أن تتكون كلمة المرور من 256 حرفًا كحد أقصى، بدون أحرف تحكم.
input-email-empty = أدخل عنوان بريد إلكتروني.
input-email-bad = أدخل عنوان بريد إلكتروني مثل name@example.com.
input-code-empty = أدخل الرمز.
input-code-bad = تتكون الرموز من أرقام فقط.
input-current-password-empty = أدخل كلمة المرور الحالية.
input-new-password-empty = أدخل كلمة مرور جديدة.
input-password-empty = أدخل كلمة المرور.

# After a password change or reset, following "Sign in with your new password…". $minutes is
# how long the organisation's domain controllers keep accepting the old password over older
# Windows connections (60 unless the organisation changed it).
done-old-password = { $minutes ->
    [zero] في بعض اتصالات Windows، مثل محركات أقراص الشبكة المعيّنة، قد تظل كلمة المرور السابقة تعمل لمدة تصل إلى { $minutes } دقيقة. هذا أمر متوقع: استخدم كلمة المرور الجديدة في كل مكان من الآن فصاعدًا.
    [one] في بعض اتصالات Windows، مثل محركات أقراص الشبكة المعيّنة، قد تظل كلمة المرور السابقة تعمل لمدة تصل إلى دقيقة واحدة. هذا أمر متوقع: استخدم كلمة المرور الجديدة في كل مكان من الآن فصاعدًا.
    [two] في بعض اتصالات Windows، مثل محركات أقراص الشبكة المعيّنة، قد تظل كلمة المرور السابقة تعمل لمدة تصل إلى دقيقتين. هذا أمر متوقع: استخدم كلمة المرور الجديدة في كل مكان من الآن فصاعدًا.
    [few] في بعض اتصالات Windows، مثل محركات أقراص الشبكة المعيّنة، قد تظل كلمة المرور السابقة تعمل لمدة تصل إلى { $minutes } دقائق. هذا أمر متوقع: استخدم كلمة المرور الجديدة في كل مكان من الآن فصاعدًا.
    [many] في بعض اتصالات Windows، مثل محركات أقراص الشبكة المعيّنة، قد تظل كلمة المرور السابقة تعمل لمدة تصل إلى { $minutes } دقيقة. هذا أمر متوقع: استخدم كلمة المرور الجديدة في كل مكان من الآن فصاعدًا.
   *[other] في بعض اتصالات Windows، مثل محركات أقراص الشبكة المعيّنة، قد تظل كلمة المرور السابقة تعمل لمدة تصل إلى { $minutes } دقيقة. هذا أمر متوقع: استخدم كلمة المرور الجديدة في كل مكان من الآن فصاعدًا.
}
