# The page where a user who knows their password (or whose password expired) chooses a new one.
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words.

change-title = تغيير كلمة المرور
change-expired = انتهت صلاحية كلمة المرور أو يجب تغييرها قبل أن تتمكن من تسجيل الدخول. اختر كلمة مرور جديدة هنا.
# $link is a link to the reset page; its words are change-lead-link.
change-lead = تحتاج إلى كلمة المرور الحالية. هل نسيتها؟ { $link }.
change-lead-link = أعد تعيينها بدلاً من ذلك
change-username = اسم المستخدم أو عنوان البريد الإلكتروني
change-current-password = كلمة المرور الحالية
change-new-password = كلمة المرور الجديدة
change-confirm-password = اكتب كلمة المرور الجديدة مرة أخرى
change-submit = تغيير كلمة المرور
change-mismatch = كلمتا المرور الجديدتان غير متطابقتين. اكتب كلمة المرور نفسها في المربعين.

change-done-title = تم تغيير كلمة المرور
change-done-message = كلمة المرور الجديدة تعمل الآن.
change-done-next = سجّل الدخول باستخدام كلمة المرور الجديدة. لقد أرسلنا إليك رسالة بريد إلكتروني بشأن هذا التغيير.

# The account may not change its own password through the portal.
change-refused-title = لا يمكننا تغيير كلمة المرور هذه هنا
change-refused-message = لا يمكن تغيير هذا الحساب من خلال الخدمة الذاتية.
change-refused-next = تواصل مع { $helpdesk }.
