# Every mail the portal sends: one-time codes, notices that something happened to an account,
# and "self-service could not help" mails. Plain text and HTML parts use the same messages.
#
# Translators: keep every message id and every { $placeholder } as they are; change only
# the words. Mail is read on phones and in plain-text clients: no markup in these messages.

## Parts every mail shares

# First line of every mail. $name is the person's display name.
mail-greeting = مرحبًا { $name }،

## One-time code mails

# Subject. Never contains the code itself: subjects show on locked phone screens.
mail-code-subject = رمز التحقق الخاص بك في { $org }
# Title of the HTML part (shown by some mail clients in the tab or window).
mail-code-title = رمز التحقق في { $org }
# The line above the code. $purpose says what the code is for; $admin (helpdesk-caller
# only) is the helpdesk admin who asked for the code.
mail-code-intro = { $purpose ->
    [reset] رمز التحقق الخاص بك في { $org } لإعادة تعيين كلمة المرور هو:
    [unlock] رمز التحقق الخاص بك في { $org } لإلغاء تأمين حسابك هو:
    [change-methods] رمز التحقق الخاص بك في { $org } لتغيير طرق التحقق هو:
    [confirm-address] رمز التحقق الخاص بك في { $org } لتأكيد هذا العنوان لإعادة تعيين كلمة المرور هو:
    [console-authenticator] رمز التحقق الخاص بك في { $org } لإعداد تطبيق المصادقة لوحدة تحكم مكتب المساعدة هو:
   *[helpdesk-caller] رمز التحقق الخاص بك في { $org } لإثبات هويتك لمكتب المساعدة ({ $admin } هو من يطلبه)؛ اقرأه عليهم، وهو:
}
mail-code-expiry = { $minutes ->
    [one] اكتبه في الصفحة التي طلبته منها. يعمل مرة واحدة فقط وتنتهي صلاحيته خلال دقيقة واحدة.
    [two] اكتبه في الصفحة التي طلبته منها. يعمل مرة واحدة فقط وتنتهي صلاحيته خلال دقيقتين.
    [few] اكتبه في الصفحة التي طلبته منها. يعمل مرة واحدة فقط وتنتهي صلاحيته خلال { $minutes } دقائق.
    [many] اكتبه في الصفحة التي طلبته منها. يعمل مرة واحدة فقط وتنتهي صلاحيته خلال { $minutes } دقيقة.
   *[other] اكتبه في الصفحة التي طلبته منها. يعمل مرة واحدة فقط وتنتهي صلاحيته خلال { $minutes } دقيقة.
}
mail-code-ignore = إذا لم تطلب هذا الرمز، فيمكنك تجاهل هذه الرسالة. لا يمكن لأحد استخدامه دون أن يكون في تلك الصفحة أيضًا، ولم يتغير أي شيء في حسابك.

## Notices (and "could not help" mails)

# Subject of a notice. $headline is one of the notice-*-headline messages.
mail-notice-subject = { $org }: { $headline }
# The headline as the first sentence of the mail's body.
mail-notice-headline = { $headline }.
# $when is a date and time in the reader's layout (format-datetime).
mail-notice-when = الوقت: { $when }
# $address is the IP address the request came from.
mail-notice-from = المصدر: { $address }
# Shown as the address when it is not known.
mail-notice-from-unknown = غير معروف
mail-notice-was-you = إذا كنت أنت من قام بذلك، فلا حاجة إلى فعل أي شيء آخر.
# $helpdesk is how to reach the helpdesk (a name, phone number or address).
mail-notice-not-you = إذا لم تكن أنت من قام بذلك، فتواصل مع { $helpdesk } على الفور: ربما تمكّن شخص ما من الوصول إلى حسابك.
# Last line; $url is the portal's address (a link in the HTML part).
mail-notice-footer = خدمة كلمات المرور في { $org }: { $url }

## "Self-service could not help" mails: someone asked to reset or unlock this account, and
## self-service cannot do it. Sent to the account's own mailbox, never shown on the page.

mail-cannot-help-headline = تعذّر على الخدمة الذاتية لإعادة تعيين كلمة المرور مساعدتك
mail-cannot-help-not-enabled = إعادة تعيين كلمة المرور بالخدمة الذاتية غير ممكّنة لحسابك. تواصل مع { $helpdesk } لإعادة تعيين كلمة المرور أو إلغاء تأمين حسابك.
mail-cannot-help-disabled = حسابك معطَّل، لذا لا يمكن إعادة تعيين كلمة مروره هنا. تواصل مع { $helpdesk }.
mail-cannot-help-privileged = حسابك من الحسابات ذات الامتيازات (حساب مسؤول أو حساب مكتب مساعدة)، والخدمة الذاتية لا تعيد تعيين كلمات مرور هذه الحسابات ولا تلغي تأمينها. تواصل مع { $helpdesk } أو مع أحد مسؤولي الدليل.
# $purpose is what the person asked to do; $needed how many methods must be registered;
# $url the registration page.
mail-cannot-help-too-few-methods = { $purpose ->
    [reset] لقد طلبت إعادة تعيين كلمة المرور، لكنك لم تسجّل عددًا كافيًا من طرق التحقق (العدد المطلوب: { $needed }). ما دمت لا تزال تعرف كلمة المرور، سجّل على { $url }. إذا تعذّر عليك الوصول إلى حسابك الآن، فتواصل مع { $helpdesk }.
    [unlock] لقد طلبت إلغاء تأمين حسابك، لكنك لم تسجّل عددًا كافيًا من طرق التحقق (العدد المطلوب: { $needed }). ما دمت لا تزال تعرف كلمة المرور، سجّل على { $url }. إذا تعذّر عليك الوصول إلى حسابك الآن، فتواصل مع { $helpdesk }.
   *[other] لقد طلبت تغيير طرق التحقق، لكنك لم تسجّل عددًا كافيًا من طرق التحقق (العدد المطلوب: { $needed }). ما دمت لا تزال تعرف كلمة المرور، سجّل على { $url }. إذا تعذّر عليك الوصول إلى حسابك الآن، فتواصل مع { $helpdesk }.
}

## Notices: each has a headline (also the subject, after the organisation's name) and a
## detail sentence.

notice-reset-headline = تمت إعادة تعيين كلمة مرورك
notice-reset-detail = تمت إعادة تعيين كلمة مرورك من خلال الخدمة الذاتية لإعادة تعيين كلمة المرور، بعد التحقق باستخدام طرقك المسجّلة.

notice-unlock-headline = تم إلغاء تأمين حسابك
notice-unlock-detail = تم إلغاء تأمين حسابك من خلال الخدمة الذاتية، بعد التحقق باستخدام طرقك المسجّلة. لم تتغير كلمة المرور.

notice-changed-headline = تم تغيير كلمة مرورك
notice-changed-detail = تم تغيير كلمة مرورك في خدمة كلمات المرور.
# Sent when the service restarted while changing the password: the change went through.
notice-changed-unconfirmed-detail = تم تغيير كلمة مرورك في خدمة كلمات المرور، رغم أن الصفحة التي تؤكد ذلك ربما لم تصل إليك.

notice-methods-headline = تغيّرت طرق إعادة تعيين كلمة المرور الخاصة بك
notice-methods-added-email = تغيّر تسجيلك في الخدمة الذاتية لإعادة تعيين كلمة المرور: تم تسجيل عنوان بريد إلكتروني بديل.
notice-methods-added-authenticator = تغيّر تسجيلك في الخدمة الذاتية لإعادة تعيين كلمة المرور: تم تسجيل تطبيق مصادقة.
notice-methods-removed-email = تغيّر تسجيلك في الخدمة الذاتية لإعادة تعيين كلمة المرور: تمت إزالة رمز البريد الإلكتروني.
notice-methods-removed-authenticator = تغيّر تسجيلك في الخدمة الذاتية لإعادة تعيين كلمة المرور: تمت إزالة تطبيق المصادقة.
notice-methods-added-passkey = تغيّر تسجيلك في الخدمة الذاتية لإعادة تعيين كلمة المرور: تم تسجيل مفتاح مرور.
notice-methods-removed-passkey = تغيّر تسجيلك في الخدمة الذاتية لإعادة تعيين كلمة المرور: تمت إزالة مفتاح مرور.

# To the account's own mailbox, when someone keeps typing wrong passwords for it.
notice-guessing-headline = شخص ما يحاول تخمين كلمة مرورك
notice-guessing-detail = أوقفت خدمة كلمات المرور التحقق من كلمات المرور لحسابك لبعض الوقت بعد إدخال كلمات مرور خاطئة بشكل متكرر، حتى لا يتم تأمين حسابك. إذا لم تكن أنت من قام بذلك، فأبلغ مكتب المساعدة. إذا نسيت كلمة المرور، فأعد تعيينها باستخدام طرقك المسجّلة.

notice-authenticator-blocked-headline = تم حظر تطبيق المصادقة
# $n wrong codes in a row; $helpdesk is how to reach the helpdesk.
notice-authenticator-blocked-detail = { $n ->
    [one] بعد إدخال رمز مصادقة خاطئ، لم يعد تطبيق المصادقة يعمل لإعادة تعيين كلمة المرور أو إلغاء التأمين. استخدم رمزًا مرسلاً بالبريد الإلكتروني بدلاً من ذلك (فذلك يلغي حظر التطبيق أيضًا)، أو تواصل مع { $helpdesk }. إذا لم تجرّب هذا الرمز بنفسك، فقد جرّبه شخص آخر: أبلغ { $helpdesk }.
    [two] بعد إدخال رمزَي مصادقة خاطئين متتاليين، لم يعد تطبيق المصادقة يعمل لإعادة تعيين كلمة المرور أو إلغاء التأمين. استخدم رمزًا مرسلاً بالبريد الإلكتروني بدلاً من ذلك (فذلك يلغي حظر التطبيق أيضًا)، أو تواصل مع { $helpdesk }. إذا لم تجرّب هذين الرمزين بنفسك، فقد جرّبهما شخص آخر: أبلغ { $helpdesk }.
   *[other] بعد إدخال رموز مصادقة خاطئة متتالية عددها { $n }، لم يعد تطبيق المصادقة يعمل لإعادة تعيين كلمة المرور أو إلغاء التأمين. استخدم رمزًا مرسلاً بالبريد الإلكتروني بدلاً من ذلك (فذلك يلغي حظر التطبيق أيضًا)، أو تواصل مع { $helpdesk }. إذا لم تجرّب هذه الرموز بنفسك، فقد جرّبها شخص آخر: أبلغ { $helpdesk }.
}
# To a helpdesk admin, about the authenticator of their helpdesk console account.
notice-console-authenticator-blocked-detail = { $n ->
    [one] بعد إدخال رمز مصادقة خاطئ، تم حظر تطبيق المصادقة الخاص بك لوحدة تحكم مكتب المساعدة. يمكن لمسؤول آخر في مكتب المساعدة إلغاء حظره من صفحة المستخدم الخاصة بك. إذا لم تجرّب هذا الرمز بنفسك، فقد جرّبه شخص آخر.
    [two] بعد إدخال رمزَي مصادقة خاطئين متتاليين، تم حظر تطبيق المصادقة الخاص بك لوحدة تحكم مكتب المساعدة. يمكن لمسؤول آخر في مكتب المساعدة إلغاء حظره من صفحة المستخدم الخاصة بك. إذا لم تجرّب هذين الرمزين بنفسك، فقد جرّبهما شخص آخر.
   *[other] بعد إدخال رموز مصادقة خاطئة متتالية عددها { $n }، تم حظر تطبيق المصادقة الخاص بك لوحدة تحكم مكتب المساعدة. يمكن لمسؤول آخر في مكتب المساعدة إلغاء حظره من صفحة المستخدم الخاصة بك. إذا لم تجرّب هذه الرموز بنفسك، فقد جرّبها شخص آخر.
}

## What a helpdesk admin did. $admin is the admin's display name.

notice-helpdesk-reset-headline = أعاد مكتب المساعدة تعيين كلمة مرورك
notice-helpdesk-reset-detail = أعاد { $admin } تعيين كلمة مرورك.
notice-helpdesk-reset-must-change-detail = أعاد { $admin } تعيين كلمة مرورك؛ وستُطلب منك كلمة مرور جديدة عند تسجيل الدخول.
notice-helpdesk-unlock-headline = ألغى مكتب المساعدة تأمين حسابك
notice-helpdesk-unlock-detail = ألغى { $admin } تأمين حسابك. لم تتغير كلمة المرور.
notice-helpdesk-cleared-headline = تم مسح طرق إعادة تعيين كلمة المرور الخاصة بك
notice-helpdesk-cleared-detail = مسح { $admin } طرق التحقق المسجّلة لديك. سجّل مرة أخرى في خدمة كلمات المرور.
notice-helpdesk-unblocked-headline = تم إلغاء حظر تطبيق المصادقة
notice-helpdesk-unblocked-detail = ألغى { $admin } حظر تطبيق المصادقة: أصبح يعمل مرة أخرى.
# A helpdesk notice's detail followed by the admin's note on how they verified the caller
# ($note, in the admin's own words).
notice-with-note = { $detail } ({ $note })

## To the other helpdesk admins.

# $admin is the account name of the admin who enrolled.
notice-admin-enrolled-headline = سجّل { $admin } تطبيق مصادقة لمكتب المساعدة
# $name is that admin's display name.
notice-admin-enrolled-detail = أعدّ { $name } تطبيق المصادقة الذي يحمي حسابه في وحدة تحكم مكتب المساعدة.
# $admin is the account name of the admin who added a passkey.
notice-admin-passkey-headline = أضاف { $admin } مفتاح مرور لتسجيل الدخول إلى مكتب المساعدة
# $name is that admin's display name.
notice-admin-passkey-detail = أضاف { $name } مفتاح مرور يمكن استخدامه لتسجيل الدخول إلى حسابه في وحدة تحكم مكتب المساعدة بدلاً من تطبيق المصادقة.
# $admin is the account name of the admin who acted.
notice-privileged-headline = غيّر { $admin } حسابًا ذا امتيازات
# $admin is the display name of the admin who acted, $account the privileged account's name,
# $action what they did. The part after the colon repeats, in lower case, the headline the
# account's owner got.
notice-privileged-detail = { $action ->
    [reset] اتخذ { $admin } إجراءً على { $account }، وهو حساب لمكتب المساعدة أو لمسؤول الدليل: أعاد مكتب المساعدة تعيين كلمة مرورك
    [unlock] اتخذ { $admin } إجراءً على { $account }، وهو حساب لمكتب المساعدة أو لمسؤول الدليل: ألغى مكتب المساعدة تأمين حسابك
    [cleared] اتخذ { $admin } إجراءً على { $account }، وهو حساب لمكتب المساعدة أو لمسؤول الدليل: تم مسح طرق إعادة تعيين كلمة المرور الخاصة بك
   *[unblocked] اتخذ { $admin } إجراءً على { $account }، وهو حساب لمكتب المساعدة أو لمسؤول الدليل: تم إلغاء حظر تطبيق المصادقة
}

## Password-expiry reminders: mailed a set number of days before the account's password
## expires (the days come from the configuration, typically 14, 7, 3 and 1).

# Subject. $days is the whole number of days left (0: less than a day).
mail-reminder-subject = { $days ->
    [0] { $org }: تنتهي صلاحية كلمة مرورك خلال أقل من يوم
    [zero] { $org }: تنتهي صلاحية كلمة مرورك خلال أقل من يوم
    [one] { $org }: تنتهي صلاحية كلمة مرورك غدًا
    [two] { $org }: تنتهي صلاحية كلمة مرورك خلال يومين
    [few] { $org }: تنتهي صلاحية كلمة مرورك خلال { $days } أيام
    [many] { $org }: تنتهي صلاحية كلمة مرورك خلال { $days } يومًا
   *[other] { $org }: تنتهي صلاحية كلمة مرورك خلال { $days } يوم
}
mail-reminder-headline = { $days ->
    [0] تنتهي صلاحية كلمة مرورك خلال أقل من يوم.
    [zero] تنتهي صلاحية كلمة مرورك خلال أقل من يوم.
    [one] تنتهي صلاحية كلمة مرورك خلال يوم واحد.
    [two] تنتهي صلاحية كلمة مرورك خلال يومين.
    [few] تنتهي صلاحية كلمة مرورك خلال { $days } أيام.
    [many] تنتهي صلاحية كلمة مرورك خلال { $days } يومًا.
   *[other] تنتهي صلاحية كلمة مرورك خلال { $days } يوم.
}
# $when is the date and time it expires, in the reader's layout.
mail-reminder-detail = ستتوقف عن العمل في { $when }. بعد ذلك لن تتمكن من تسجيل الدخول بها إلى أن تتم إعادة تعيينها.
# Above the link to the change page.
mail-reminder-change = اختر كلمة مرور جديدة الآن، من أي جهاز، باستخدام كلمة مرورك الحالية:
# Above the link to the registration page; only for people who have not registered a way to prove who they are.
mail-reminder-register = لم تُعِدّ بعد طريقة لإعادة تعيين كلمة مرورك بنفسك إذا نسيتها يومًا. لن يستغرق ذلك سوى دقيقة:
mail-reminder-windows = على أي كمبيوتر يعمل بنظام Windows في مؤسستك، يمكنك أيضًا الضغط على Ctrl+Alt+Del واختيار "تغيير كلمة مرور".
# $helpdesk is how to reach the helpdesk.
mail-reminder-never-asks = لا نطلب منك كلمة مرورك عبر البريد الإلكتروني أبدًا. إذا لم تكن متأكدًا من أن هذه الرسالة حقيقية، فاكتب عنوان خدمة كلمات المرور بنفسك، أو تواصل مع { $helpdesk }.
