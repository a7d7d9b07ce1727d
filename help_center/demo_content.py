"""The help center's demo content: categories and articles, Arabic first with the
English translation of each (the same paragraphs in the same order, paired one by
one). The rule numbers are named placeholders in braces, filled with
`.format(**numbers)` (see pages.demo.rule_numbers): no other braces appear.
"""

HELP_CATEGORIES = [
    {
        "slug": "getting-started",
        "ar": {
            "title": "البداية مع مايكروليبي",
            "intro": (
                "كل ما تحتاجه لتبدأ: إنشاء حسابك وإعداد ملفك الشخصي، وكيف يحمي الضمان أموالك، وكيف "
                "تتواصل مع الآخرين بأمان."
            ),
        },
        "en": {
            "title": "Getting started",
            "intro": (
                "Everything you need to begin: creating your account and profile, how the "
                "guarantee protects your money, and how to talk to others safely."
            ),
        },
        "articles": [
            {
                "slug": "create-your-account-and-profile",
                "related": ["how-the-guarantee-protects-you", "seller-badges", "messaging-safely"],
                "ar": {
                    "title": "إنشاء حسابك وإعداد ملفك الشخصي",
                    "summary": (
                        "خطوات التسجيل وتأكيد بريدك الإلكتروني، وكيف تكتب ملفًا شخصيًا يكسب ثقة "
                        "المشترين والبائعين من أول زيارة."
                    ),
                    "body": (
                        "<h2>حساب واحد للشراء والبيع</h2>"
                        "<p>في مايكروليبي لا تحتاج إلى حسابين منفصلين: الحساب نفسه يتيح لك شراء "
                        "الخدمات وبيعها معًا. يمكنك أن تطلب تصميم شعار لمتجرك اليوم، وأن تعرض "
                        "خدماتك في الترجمة أو البرمجة غدًا، دون أي تسجيل جديد. والتسجيل مجاني "
                        "تمامًا.</p>"
                        "<h2>خطوات التسجيل</h2>"
                        "<ol><li>اضغط على «إنشاء حساب» في أعلى الصفحة.</li>"
                        "<li>اكتب بريدك الإلكتروني، واختر اسم مستخدم وكلمة مرور قوية لا تستعملها "
                        "في مواقع أخرى.</li>"
                        "<li>افتح الرسالة التي نرسلها إلى بريدك واضغط على رابط التأكيد، فلا يمكن "
                        "استخدام الحساب قبل تأكيد البريد.</li>"
                        "<li>سجّل الدخول وابدأ بإكمال ملفك الشخصي.</li></ol>"
                        "<p>إذا نسيت كلمة المرور فاستعمل خيار «نسيت كلمة المرور» في صفحة الدخول، "
                        "وسنرسل إلى بريدك رابطًا تعيّن به كلمة مرور جديدة.</p>"
                        "<h2>ملفك الشخصي واجهتك أمام الآخرين</h2>"
                        "<p>يظهر ملفك الشخصي العام لكل زوار الموقع. يقرؤه المشتري قبل أن يطلب منك "
                        "خدمة، ويقرؤه البائع قبل أن يرسل عرضه على مشروعك. لذلك أكمل هذه الحقول "
                        "بعناية:</p>"
                        "<ul><li><b>الاسم والصورة:</b> استعمل اسمك الحقيقي أو اسمًا مهنيًا واضحًا، "
                        "مع صورة شخصية واضحة أو شعار مرتب.</li>"
                        "<li><b>النبذة:</b> عرّف بنفسك في بضعة أسطر: ماذا تعمل، وما خبرتك، وما "
                        "الذي يميز طريقتك في العمل.</li>"
                        "<li><b>المدينة:</b> طرابلس أو بنغازي أو مصراتة أو سبها أو غيرها، فكثير من "
                        "المشترين يحبون التعامل مع أبناء مدينتهم.</li>"
                        "<li><b>المهارات واللغات:</b> أضف المهارات التي تتقنها فعلًا، واللغات التي "
                        "تعمل بها.</li>"
                        "<li><b>معرض الأعمال:</b> اعرض نماذج من أعمالك السابقة، فالمشتري يصدّق ما "
                        "يراه أكثر مما يقرؤه.</li></ul>"
                        "<h2>ما الذي يظهر في ملفك تلقائيًا؟</h2>"
                        "<p>يعرض الموقع إلى جانب ما تكتبه معلومات يحسبها بنفسه ولا يمكن تعديلها "
                        "يدويًا: تاريخ انضمامك، ومتوسط تقييمك، وعدد طلباتك المكتملة، وسرعة ردك على "
                        "الرسائل، والشارات التي حصلت عليها، وخدماتك المنشورة. لذلك فإن أفضل طريقة "
                        "لتحسين ملفك هي العمل الجيد والرد السريع.</p>"
                        "<h2>نصائح لحماية حسابك</h2>"
                        "<ul><li>لا تشارك كلمة مرورك مع أي شخص، حتى لو ادّعى أنه من فريق الدعم، "
                        "ففريقنا لا يطلبها أبدًا.</li>"
                        "<li>أبقِ بريدك الإلكتروني فعّالًا، فإليه تصل إشعارات الطلبات والمدفوعات "
                        "والرسائل.</li>"
                        "<li>إذا لاحظت نشاطًا غريبًا في حسابك فغيّر كلمة المرور فورًا وتواصل مع "
                        "فريق الدعم.</li></ul>"
                    ),
                },
                "en": {
                    "title": "Creating your account and profile",
                    "summary": (
                        "How to sign up and verify your e-mail address, and how to write a profile "
                        "that earns the trust of buyers and sellers from the first visit."
                    ),
                    "body": (
                        "<h2>One account to buy and sell</h2>"
                        "<p>On MicroLibya you do not need two separate accounts: the same account "
                        "lets you both buy and sell services. You can order a logo for your shop "
                        "today and offer your translation or programming services tomorrow, "
                        "without signing up again. Signing up is completely free.</p>"
                        "<h2>How to sign up</h2>"
                        "<ol><li>Click “Create an account” at the top of the page.</li>"
                        "<li>Type your e-mail address, and choose a username and a strong password "
                        "you do not use on other sites.</li>"
                        "<li>Open the message we send to your e-mail and click the confirmation "
                        "link: the account cannot be used before the address is verified.</li>"
                        "<li>Log in and start completing your profile.</li></ol>"
                        "<p>If you forget your password, use “Forgot your password” on the login "
                        "page and we will e-mail you a link to set a new one.</p>"
                        "<h2>Your profile is how others see you</h2>"
                        "<p>Your public profile is visible to every visitor of the site. Buyers "
                        "read it before ordering a service from you, and sellers read it before "
                        "sending a proposal on your project. So fill in these fields with care:</p>"
                        "<ul><li><b>Name and photo:</b> use your real name or a clear professional "
                        "name, with a clear photo of yourself or a neat logo.</li>"
                        "<li><b>Bio:</b> introduce yourself in a few lines: what you do, your "
                        "experience, and what makes your way of working different.</li>"
                        "<li><b>City:</b> Tripoli, Benghazi, Misrata, Sabha or elsewhere; many "
                        "buyers like working with people from their own city.</li>"
                        "<li><b>Skills and languages:</b> add the skills you truly master and the "
                        "languages you work in.</li>"
                        "<li><b>Portfolio:</b> show samples of your past work, because buyers "
                        "believe what they see more than what they read.</li></ul>"
                        "<h2>What your profile shows by itself</h2>"
                        "<p>Next to what you write, the site shows figures it works out itself and "
                        "that cannot be edited by hand: when you joined, your average rating, your "
                        "number of completed orders, how quickly you answer messages, the badges "
                        "you have earned, and your published services. The best way to improve "
                        "your profile is therefore good work and quick answers.</p>"
                        "<h2>Keeping your account safe</h2>"
                        "<ul><li>Never share your password with anyone, even someone who claims to "
                        "be from the support team: our team never asks for it.</li>"
                        "<li>Keep your e-mail address working, because order, payment and message "
                        "notifications are sent to it.</li>"
                        "<li>If you notice strange activity on your account, change your password "
                        "at once and contact the support team.</li></ul>"
                    ),
                },
            },
            {
                "slug": "how-the-guarantee-protects-you",
                "related": ["how-orders-work", "cancellation-and-refunds", "messaging-safely"],
                "ar": {
                    "title": "كيف يحميك ضمان مايكروليبي",
                    "summary": (
                        "أموالك لا تصل إلى البائع إلا بعد أن تستلم العمل وتقبله. تعرّف على الضمان، "
                        "ومتى يعود إليك المبلغ، وكيف تُحل الخلافات."
                    ),
                    "body": (
                        "<h2>الفكرة ببساطة</h2>"
                        "<p>عندما تدفع ثمن خدمة في مايكروليبي لا يذهب المبلغ إلى البائع مباشرة، بل "
                        "يبقى محجوزًا لدينا في ضمان خاص بطلبك. البائع يعرف أن المال موجود ومحفوظ "
                        "فيبدأ العمل مطمئنًا، وأنت تعرف أن مالك لن يُصرف قبل أن تستلم ما طلبته.</p>"
                        "<h2>متى يُحوَّل المبلغ إلى البائع؟</h2>"
                        "<ul><li>عندما تقبل التسليم بنفسك من صفحة الطلب.</li>"
                        "<li>أو تلقائيًا بعد {auto_days} أيام من التسليم إذا لم تقبله ولم تطلب "
                        "تعديلًا ولم تفتح نزاعًا، لذلك راجع كل تسليم فور وصوله.</li></ul>"
                        "<p>عند التحويل يقتطع الموقع عمولته من نصيب البائع وحده. أما أنت فتدفع "
                        "السعر المعروض على الخدمة فقط، دون أي رسوم إضافية على المشتري.</p>"
                        "<h2>متى يعود إليك المبلغ؟</h2>"
                        "<p>يحق لك إلغاء الطلب واسترداد المبلغ في الحالات الآتية:</p>"
                        "<ul><li>إذا لم يبدأ البائع العمل بعد.</li>"
                        "<li>إذا تجاوز الطلب موعد التسليم.</li>"
                        "<li>إذا لم يرد عليك البائع مدة {no_reply} ساعة.</li></ul>"
                        "<p>وإذا ألغى البائع الطلب قبل التسليم لأي سبب، يعود إليك المبلغ كاملًا "
                        "كذلك.</p>"
                        "<h2>أين يذهب المبلغ المسترد؟</h2>"
                        "<p>يعود المبلغ كاملًا، بما فيه ثمن الإضافات، إلى رصيدك في الموقع، فتستطيع "
                        "استعماله لشراء خدمة أخرى دون انتظار أي تحويل مصرفي. ويبقى هذا الرصيد "
                        "مخصصًا للشراء داخل الموقع.</p>"
                        "<h2>وإذا اختلفت مع البائع؟</h2>"
                        "<p>إذا لم يكن العمل مطابقًا لما اتفقتما عليه ولم تصلا إلى حل بالحوار، "
                        "فافتح نزاعًا من صفحة الطلب واشرح المشكلة. يراجع فريق الدعم المحادثة "
                        "والتسليمات ثم يقرر أحد ثلاثة حلول:</p>"
                        "<ol><li>تحويل المبلغ إلى البائع إذا كان العمل مطابقًا للاتفاق.</li>"
                        "<li>إعادة المبلغ كاملًا إلى رصيدك إذا لم يُنفَّذ العمل كما اتُّفق.</li>"
                        "<li>تقسيم المبلغ بينكما بنسبة عادلة إذا نُفّذ جزء من العمل.</li></ol>"
                        "<h2>ما الذي لا يشمله الضمان؟</h2>"
                        "<p>الضمان يحمي ما يجري داخل الموقع فقط. إذا اتفقت مع بائع على الدفع أو "
                        "التسليم خارج مايكروليبي فلن نستطيع حمايتك ولا استرجاع مالك، ولن نجد ما "
                        "نحكم به عند الخلاف. ابقَ داخل الموقع، فهو أسهل لك وأكثر أمانًا.</p>"
                    ),
                },
                "en": {
                    "title": "How the MicroLibya guarantee protects you",
                    "summary": (
                        "Your money reaches the seller only after you receive the work and accept "
                        "it. Learn how the guarantee works, when your money comes back and how "
                        "disagreements are settled."
                    ),
                    "body": (
                        "<h2>The idea in a few words</h2>"
                        "<p>When you pay for a service on MicroLibya, the money does not go "
                        "straight to the seller: we hold it in an escrow of your order. The seller "
                        "knows the money is there and safe, so they start working with peace of "
                        "mind, and you know your money will not be spent before you receive what "
                        "you ordered.</p>"
                        "<h2>When is the seller paid?</h2>"
                        "<ul><li>When you accept the delivery yourself on the order page.</li>"
                        "<li>Or automatically {auto_days} days after the delivery if you have not "
                        "accepted it, asked for changes or opened a dispute, so check every "
                        "delivery as soon as it arrives.</li></ul>"
                        "<p>When the money is released, the site takes its commission from the "
                        "seller's share only. You pay the price shown on the service and nothing "
                        "more: there are no extra fees for buyers.</p>"
                        "<h2>When does your money come back?</h2>"
                        "<p>You may cancel the order and get your money back in these cases:</p>"
                        "<ul><li>The seller has not started working yet.</li>"
                        "<li>The order is past its delivery deadline.</li>"
                        "<li>The seller has not replied to you for {no_reply} hours.</li></ul>"
                        "<p>And if the seller cancels the order before delivering, for any reason, "
                        "the whole amount comes back to you too.</p>"
                        "<h2>Where does a refund go?</h2>"
                        "<p>The whole amount, extras included, returns to your balance on the "
                        "site, so you can use it to buy another service without waiting for any "
                        "bank transfer. This balance is kept for purchases on the site.</p>"
                        "<h2>What if you disagree with the seller?</h2>"
                        "<p>If the work is not what you agreed on and talking it through has not "
                        "solved it, open a dispute from the order page and explain the problem. "
                        "The support team reads the conversation and the deliveries, then decides "
                        "one of three outcomes:</p>"
                        "<ol><li>Release the money to the seller, when the work matches the "
                        "agreement.</li>"
                        "<li>Refund the whole amount to your balance, when the work was not done "
                        "as agreed.</li>"
                        "<li>Split the amount between you fairly, when part of the work was "
                        "done.</li></ol>"
                        "<h2>What the guarantee does not cover</h2>"
                        "<p>The guarantee protects only what happens on the site. If you agree "
                        "with a seller to pay or deliver outside MicroLibya, we cannot protect you "
                        "or get your money back, and we will have nothing to judge by if you "
                        "disagree. Stay on the site: it is easier for you and much safer.</p>"
                    ),
                },
            },
            {
                "slug": "messaging-safely",
                "related": ["how-the-guarantee-protects-you", "how-to-buy-a-service"],
                "ar": {
                    "title": "التواصل الآمن عبر الرسائل",
                    "summary": (
                        "كيف تراسل البائعين والمشترين داخل الموقع، ولماذا ننبهك عند مشاركة رقم "
                        "هاتف أو بريد إلكتروني، وكيف تتجنب الاحتيال."
                    ),
                    "body": (
                        "<h2>أين تجري المحادثات؟</h2>"
                        "<p>تجمع المحادثة في مايكروليبي بين شخصين دائمًا، وتبدأ من أحد ثلاثة "
                        "أماكن:</p>"
                        "<ul><li><b>صفحة الخدمة:</b> لتسأل البائع قبل الشراء عن التفاصيل، أو "
                        "لتتأكد أنه فهم ما تحتاجه.</li>"
                        "<li><b>صفحة الطلب:</b> بعد الشراء، وفيها تجري كل المراسلات المتعلقة "
                        "بالعمل وتسليماته.</li>"
                        "<li><b>العرض على مشروع:</b> ليتحاور صاحب المشروع مع البائع الذي أرسل "
                        "العرض قبل أن يختاره.</li></ul>"
                        "<p>يمكنك إرفاق الملفات بالرسائل، ويظهر عدد الرسائل غير المقروءة في أعلى "
                        "الصفحة، وتصلك الإشعارات في الموقع وعلى بريدك الإلكتروني. ولمنع الرسائل "
                        "المزعجة يحدد الموقع عدد المحادثات الجديدة التي يبدؤها المستخدم في الساعة، "
                        "أما الردود فلا حد لها.</p>"
                        "<h2>لماذا ننبهك عند مشاركة رقم هاتف أو بريد؟</h2>"
                        "<p>إذا كتبت رقم هاتف أو عنوان بريد إلكتروني في رسالة، يظهر لك تنبيه لطيف "
                        "يذكّرك بأن التعامل خارج المنصة يُسقط الضمان. نحن لا نمنعك من الكتابة، "
                        "لكننا نريدك أن تعرف العاقبة: إذا دفعت خارج الموقع فلن نستطيع استرجاع "
                        "مالك، وإذا سلّمت عملًا خارج الموقع فلن يُحتسب في طلبك ولن تستطيع إثباته "
                        "عند النزاع.</p>"
                        "<h2>قواعد ذهبية للمراسلة</h2>"
                        "<ol><li>اكتب طلبك بوضوح من أول رسالة: ماذا تريد، ومتى، وبأي شكل.</li>"
                        "<li>احفظ كل الاتفاقات في محادثة الطلب، فهي المرجع الذي يعود إليه فريق "
                        "الدعم عند أي خلاف.</li>"
                        "<li>أرسل الملفات عبر المرفقات أو التسليم الرسمي، لا عبر روابط خارجية "
                        "مجهولة.</li>"
                        "<li>رد على رسائل الطرف الآخر في أقرب وقت، فالمشتري يحق له إلغاء الطلب إذا "
                        "لم يرد عليه البائع مدة {no_reply} ساعة.</li>"
                        "<li>التزم بالاحترام والأسلوب المهني حتى عند الخلاف.</li></ol>"
                        "<h2>علامات تدعو إلى الحذر</h2>"
                        "<ul><li>شخص يطلب منك تحويل المال إليه مباشرة أو عبر تطبيق خارجي مقابل "
                        "«خصم».</li>"
                        "<li>رسالة تطلب كلمة مرورك أو رمزًا وصلك على بريدك.</li>"
                        "<li>ملفات أو روابط مختصرة غريبة من شخص لا تعرفه.</li></ul>"
                        "<p>إذا وصلتك رسالة من هذا النوع فلا تتجاوب معها، وأبلغ فريق الدعم ليتخذ "
                        "الإجراء المناسب مع الحساب المخالف.</p>"
                    ),
                },
                "en": {
                    "title": "Messaging safely",
                    "summary": (
                        "How to message sellers and buyers on the site, why we warn you when you "
                        "share a phone number or an e-mail address, and how to avoid fraud."
                    ),
                    "body": (
                        "<h2>Where do conversations happen?</h2>"
                        "<p>A conversation on MicroLibya is always between two people, and it "
                        "starts from one of three places:</p>"
                        "<ul><li><b>A service page:</b> to ask the seller about details before "
                        "buying, or to make sure they understood what you need.</li>"
                        "<li><b>An order page:</b> after buying, where all the messages about the "
                        "work and its deliveries take place.</li>"
                        "<li><b>A proposal on a project:</b> so the project's owner can talk with "
                        "the seller who sent the proposal before choosing them.</li></ul>"
                        "<p>You can attach files to messages, the number of unread messages shows "
                        "at the top of the page, and notifications reach you on the site and by "
                        "e-mail. To stop spam, the site limits how many new conversations one user "
                        "may start in an hour; replies are not limited.</p>"
                        "<h2>Why do we warn you about phone numbers and e-mail addresses?</h2>"
                        "<p>If you write a phone number or an e-mail address in a message, a "
                        "gentle warning reminds you that dealing outside the platform removes the "
                        "guarantee. We do not stop you from writing it, but we want you to know "
                        "what it means: if you pay outside the site we cannot get your money back, "
                        "and if you deliver work outside the site it will not count in your order "
                        "and you will not be able to prove it in a dispute.</p>"
                        "<h2>Golden rules for messaging</h2>"
                        "<ol><li>Describe your request clearly from the first message: what you "
                        "want, when, and in which format.</li>"
                        "<li>Keep every agreement in the order's conversation: it is what the "
                        "support team reads when there is a disagreement.</li>"
                        "<li>Send files as attachments or in the official delivery, not through "
                        "unknown outside links.</li>"
                        "<li>Answer the other side as soon as you can: a buyer may cancel the "
                        "order when the seller has not replied for {no_reply} hours.</li>"
                        "<li>Stay respectful and professional, even when you disagree.</li></ol>"
                        "<h2>Signs to be careful about</h2>"
                        "<ul><li>Someone asks you to send money to them directly, or through an "
                        "outside app, in exchange for a “discount”.</li>"
                        "<li>A message asks for your password or a code you received by "
                        "e-mail.</li>"
                        "<li>Strange files or shortened links from someone you do not "
                        "know.</li></ul>"
                        "<p>If you receive a message like this, do not respond to it, and tell the "
                        "support team so they can take the right action against the account.</p>"
                    ),
                },
            },
        ],
    },
    {
        "slug": "buying",
        "ar": {
            "title": "الشراء وإدارة الطلبات",
            "intro": (
                "كيف تجد الخدمة المناسبة وتشتريها، وتتابع طلبك من الدفع حتى الاستلام، ومتى يحق لك "
                "الإلغاء، وكيف تنشر مشروعًا وتقيّم البائعين."
            ),
        },
        "en": {
            "title": "Buying and orders",
            "intro": (
                "How to find the right service and buy it, follow your order from payment to "
                "delivery, when you may cancel, how to post a project and how to review sellers."
            ),
        },
        "articles": [
            {
                "slug": "how-to-buy-a-service",
                "related": ["how-orders-work", "payment-methods", "how-the-guarantee-protects-you"],
                "ar": {
                    "title": "كيف تشتري خدمة خطوة بخطوة",
                    "summary": (
                        "من البحث عن الخدمة المناسبة وقراءة التقييمات، إلى السلة والدفع وكتابة "
                        "تعليماتك للبائع."
                    ),
                    "body": (
                        "<h2>ابحث عن الخدمة المناسبة</h2>"
                        "<p>اكتب ما تحتاجه في مربع البحث بكلماتك العادية. البحث يفهم العربية "
                        "جيدًا: إذا كتبت «مصمم شعارات» ظهرت لك أيضًا خدمات عنوانها «تصميم شعار»، "
                        "وإذا كتبت «مترجم» ظهرت خدمات «ترجمة». ويمكنك بدلًا من ذلك أن تتصفح "
                        "التصنيفات الرئيسية ثم الفرعية.</p>"
                        "<p>بعد ظهور النتائج استعمل أدوات التصفية والترتيب لتصل إلى ما يناسبك "
                        "بسرعة:</p>"
                        "<ul><li><b>التصفية:</b> حسب السعر، ومدة التسليم، والتقييم.</li>"
                        "<li><b>الترتيب:</b> حسب الأكثر صلة، أو الأكثر مبيعًا، أو الأعلى تقييمًا، "
                        "أو الأحدث، أو السعر.</li></ul>"
                        "<h2>اقرأ قبل أن تشتري</h2>"
                        "<p>افتح صفحة الخدمة واقرأ وصفها كاملًا، خاصة ما تتضمنه الخدمة، ومدة "
                        "التسليم، وما يحتاجه البائع منك ليبدأ. ثم:</p>"
                        "<ul><li>اقرأ تقييمات المشترين السابقين وردود البائع عليها.</li>"
                        "<li>زر ملف البائع لترى أعماله السابقة وعدد طلباته المكتملة وسرعة رده "
                        "والشارات التي يحملها.</li>"
                        "<li>إذا كان لديك سؤال فراسل البائع من صفحة الخدمة قبل الشراء.</li></ul>"
                        "<h2>أضف الخدمة إلى السلة</h2>"
                        "<p>اختر الإضافات التي تحتاجها، مثل ملفات المصدر أو صفحة إضافية أو نسخة "
                        "بمقاس آخر. لكل إضافة سعرها والأيام الإضافية التي تحتاجها، ويظهر أثرها في "
                        "السعر والمدة قبل أن تدفع. حدد الكمية ثم أضف الخدمة إلى السلة. يمكنك جمع "
                        "خدمات من بائعين مختلفين في سلة واحدة ودفعها مرة واحدة.</p>"
                        "<h2>ادفع بالطريقة التي تناسبك</h2>"
                        "<p>السعر الذي تراه هو ما تدفعه بالضبط، فلا نضيف إليه أي رسوم أو عمولة. "
                        "اختر إحدى طرق الدفع المفعّلة في الموقع:</p>"
                        "<ul><li>رصيدك في الموقع، إذا كان يكفي لتغطية المبلغ.</li>"
                        "<li>التحويل المصرفي أو الإيداع النقدي، ويؤكده فريق الدعم بعد وصوله.</li>"
                        "<li>البطاقة المصرفية عبر بوابة الدفع الإلكتروني.</li></ul>"
                        "<h2>بعد الدفع</h2>"
                        "<p>تتحول كل خدمة في السلة إلى طلب مستقل له صفحته الخاصة، ويُحفظ مبلغ كل "
                        "طلب في الضمان، ويصل إشعار إلى البائع في الموقع وعلى بريده. اكتب في صفحة "
                        "الطلب تعليماتك والمعلومات التي طلبها البائع، وأرفق ما يلزم من ملفات. كلما "
                        "كانت تعليماتك أوضح جاءت النتيجة أقرب إلى ما تريد، وبدأ البائع العمل "
                        "أسرع.</p>"
                    ),
                },
                "en": {
                    "title": "How to buy a service, step by step",
                    "summary": (
                        "From finding the right service and reading its reviews, to the cart, the "
                        "payment and writing your instructions for the seller."
                    ),
                    "body": (
                        "<h2>Find the right service</h2>"
                        "<p>Type what you need in the search box in your own words. The search "
                        "understands Arabic well: if you type “مصمم شعارات” (logo designer) you "
                        "also get services titled “تصميم شعار” (logo design), and “مترجم” "
                        "(translator) also finds “ترجمة” (translation) services. You can also "
                        "browse the main categories and then their subcategories.</p>"
                        "<p>Once the results show, use the filters and sorting to reach what suits "
                        "you quickly:</p>"
                        "<ul><li><b>Filters:</b> by price, delivery time and rating.</li>"
                        "<li><b>Sorting:</b> by relevance, best-selling, top rated, newest or "
                        "price.</li></ul>"
                        "<h2>Read before you buy</h2>"
                        "<p>Open the service page and read the whole description, especially what "
                        "the service includes, the delivery time and what the seller needs from "
                        "you to start. Then:</p>"
                        "<ul><li>Read the reviews of earlier buyers and the seller's replies to "
                        "them.</li>"
                        "<li>Visit the seller's profile to see their past work, their number of "
                        "completed orders, how quickly they answer and the badges they hold.</li>"
                        "<li>If you have a question, message the seller from the service page "
                        "before buying.</li></ul>"
                        "<h2>Add the service to your cart</h2>"
                        "<p>Choose the extras you need, such as source files, an extra page or a "
                        "version in another size. Each extra has its own price and the extra days "
                        "it needs, and you see its effect on the price and the delivery time "
                        "before you pay. Choose the quantity, then add the service to your cart. "
                        "You can gather services from different sellers in one cart and pay for "
                        "them at once.</p>"
                        "<h2>Pay the way that suits you</h2>"
                        "<p>The price you see is exactly what you pay: we add no fee or commission "
                        "to it. Choose one of the payment methods active on the site:</p>"
                        "<ul><li>Your balance on the site, when it covers the amount.</li>"
                        "<li>A bank transfer or cash deposit, confirmed by the support team once "
                        "it arrives.</li>"
                        "<li>A bank card through the online payment gateway.</li></ul>"
                        "<h2>After paying</h2>"
                        "<p>Each service in the cart becomes a separate order with its own page, "
                        "the amount of each order is held in escrow, and the seller is notified on "
                        "the site and by e-mail. On the order page, write your instructions and "
                        "the information the seller asked for, and attach any files needed. The "
                        "clearer your instructions, the closer the result will be to what you "
                        "want, and the sooner the seller can start.</p>"
                    ),
                },
            },
            {
                "slug": "how-orders-work",
                "related": [
                    "cancellation-and-refunds",
                    "how-the-guarantee-protects-you",
                    "manage-your-orders-as-a-seller",
                ],
                "ar": {
                    "title": "كيف تعمل الطلبات: من الدفع حتى الاكتمال",
                    "summary": (
                        "شرح مراحل الطلب: بانتظار الدفع، وجديد، وقيد التنفيذ، وتم التسليم، ومكتمل، "
                        "إضافة إلى طلب التعديل والإلغاء والنزاع."
                    ),
                    "body": (
                        "<h2>صفحة الطلب</h2>"
                        "<p>لكل طلب صفحة خاصة يراها المشتري والبائع، وفيها تعليمات المشتري، "
                        "ومحادثة واحدة تجمع الطرفين مع مرفقاتها، وكل التسليمات برسائلها وملفاتها، "
                        "وسجل زمني بكل ما حدث في الطلب. ولا تظهر فيها إلا الأزرار المسموح بها في "
                        "المرحلة الحالية، فلا تقلق من الضغط على شيء غير متاح.</p>"
                        "<h2>مراحل الطلب</h2>"
                        "<ul><li><b>بانتظار الدفع:</b> أُنشئ الطلب ولم يُؤكَّد الدفع بعد، كما في "
                        "التحويل المصرفي قبل أن يؤكده فريق الدعم. وإذا لم يُدفع خلال {bank_hours} "
                        "ساعة يُلغى تلقائيًا.</li>"
                        "<li><b>جديد:</b> تم الدفع وحُفظ المبلغ في الضمان، ووصل إشعار إلى "
                        "البائع.</li>"
                        "<li><b>قيد التنفيذ:</b> ضغط البائع على «بدء العمل» وبدأ التنفيذ.</li>"
                        "<li><b>تم التسليم:</b> أرسل البائع العمل مع رسالة وملفات، وينتظر رد "
                        "المشتري.</li>"
                        "<li><b>مكتمل:</b> قبل المشتري التسليم، أو مرت {auto_days} أيام على "
                        "التسليم دون رد، فحُوِّل المبلغ إلى البائع بعد خصم العمولة من "
                        "نصيبه.</li></ul>"
                        "<h2>طلب التعديل</h2>"
                        "<p>إذا كان التسليم يحتاج إلى تغييرات فاضغط على «طلب تعديلات» واشرح بدقة "
                        "ما تريد تغييره. يعود الطلب إلى البائع ليعمل على التعديل ثم يسلّم من جديد. "
                        "اطلب التعديل في حدود ما اتفقتما عليه في وصف الخدمة، فالتعديل ليس بابًا "
                        "لإضافة أعمال جديدة.</p>"
                        "<h2>الإلغاء</h2>"
                        "<ul><li>يستطيع المشتري إلغاء الطلب ما دام جديدًا لم يبدأ البائع العمل "
                        "فيه.</li>"
                        "<li>بعد بدء العمل يستطيع المشتري الإلغاء إذا تجاوز الطلب موعد تسليمه، أو "
                        "إذا لم يرد عليه البائع مدة {no_reply} ساعة.</li>"
                        "<li>يستطيع البائع إلغاء الطلب في أي وقت قبل التسليم.</li></ul>"
                        "<p>في كل هذه الحالات يعود المبلغ كاملًا إلى رصيد المشتري في الموقع.</p>"
                        "<h2>النزاع</h2>"
                        "<p>إذا اختلف الطرفان ولم يصلا إلى حل، يستطيع أي منهما فتح نزاع ما دام "
                        "الطلب قيد التنفيذ، أو بانتظار التعديل، أو مسلَّمًا لم يُقبل بعد. يتوقف "
                        "الطلب عندها، ويراجع فريق الدعم المحادثة والتسليمات، ثم يقرر تحويل المبلغ "
                        "إلى البائع، أو إعادته إلى المشتري، أو تقسيمه بينهما، ويكتب للطرفين سبب "
                        "قراره.</p>"
                        "<h2>بعد الاكتمال</h2>"
                        "<p>يستطيع الطرفان تقييم بعضهما خلال {review_days} يومًا من اكتمال الطلب. "
                        "أما أرباح البائع فتصبح قابلة للسحب بعد فترة تعليق مدتها {clearance} "
                        "أيام.</p>"
                    ),
                },
                "en": {
                    "title": "How orders work: from payment to completion",
                    "summary": (
                        "The stages of an order explained: awaiting payment, new, in progress, "
                        "delivered and completed, plus revisions, cancellation and disputes."
                    ),
                    "body": (
                        "<h2>The order page</h2>"
                        "<p>Every order has its own page, seen by the buyer and the seller. It "
                        "holds the buyer's instructions, one conversation between the two sides "
                        "with its attachments, every delivery with its message and files, and a "
                        "timeline of everything that happened in the order. It only shows the "
                        "buttons allowed at the current stage, so do not worry about pressing "
                        "something that is not available.</p>"
                        "<h2>The stages of an order</h2>"
                        "<ul><li><b>Awaiting payment:</b> the order was created but its payment is "
                        "not confirmed yet, as with a bank transfer before the support team "
                        "confirms it. If it is not paid within {bank_hours} hours, it is cancelled "
                        "automatically.</li>"
                        "<li><b>New:</b> the payment is done, the money is held in escrow and the "
                        "seller has been notified.</li>"
                        "<li><b>In progress:</b> the seller clicked “Start working” and the work "
                        "has begun.</li>"
                        "<li><b>Delivered:</b> the seller sent the work with a message and files, "
                        "and is waiting for the buyer's answer.</li>"
                        "<li><b>Completed:</b> the buyer accepted the delivery, or {auto_days} "
                        "days passed after the delivery without an answer, so the money was "
                        "released to the seller after the commission was taken from their "
                        "share.</li></ul>"
                        "<h2>Asking for changes</h2>"
                        "<p>If the delivery needs changes, click “Ask for changes” and explain "
                        "exactly what you want changed. The order goes back to the seller, who "
                        "works on the changes and delivers again. Ask for changes within what you "
                        "agreed on in the service description: a revision is not a way to add new "
                        "work.</p>"
                        "<h2>Cancellation</h2>"
                        "<ul><li>The buyer may cancel the order while it is new and the seller has "
                        "not started working on it.</li>"
                        "<li>Once the work has started, the buyer may cancel when the order is "
                        "past its delivery deadline, or when the seller has not replied for "
                        "{no_reply} hours.</li>"
                        "<li>The seller may cancel the order at any time before "
                        "delivering.</li></ul>"
                        "<p>In all these cases the whole amount returns to the buyer's balance on "
                        "the site.</p>"
                        "<h2>Disputes</h2>"
                        "<p>If the two sides disagree and cannot find a solution, either of them "
                        "may open a dispute while the order is in progress, waiting for changes, "
                        "or delivered and not yet accepted. The order then pauses, and the support "
                        "team reads the conversation and the deliveries, then decides to release "
                        "the money to the seller, refund it to the buyer, or split it between "
                        "them, and writes both sides the reason for the decision.</p>"
                        "<h2>After completion</h2>"
                        "<p>Both sides can review each other within {review_days} days of the "
                        "order's completion. The seller's earnings become withdrawable after a "
                        "clearance period of {clearance} days.</p>"
                    ),
                },
            },
            {
                "slug": "cancellation-and-refunds",
                "related": ["how-orders-work", "how-the-guarantee-protects-you", "payment-methods"],
                "ar": {
                    "title": "إلغاء الطلب واسترداد المبلغ",
                    "summary": (
                        "متى يحق للمشتري أو البائع إلغاء الطلب، وأين يذهب المبلغ المسترد، وماذا "
                        "تفعل إذا لم يكن الإلغاء متاحًا."
                    ),
                    "body": (
                        "<h2>متى يستطيع المشتري الإلغاء؟</h2>"
                        "<p>يظهر زر «إلغاء الطلب» في صفحة الطلب عندما يكون الإلغاء مسموحًا، وذلك "
                        "في ثلاث حالات:</p>"
                        "<ol><li><b>قبل أن يبدأ البائع العمل:</b> ما دام الطلب في مرحلة «جديد» "
                        "تستطيع إلغاءه دون أن تذكر سببًا.</li>"
                        "<li><b>بعد تجاوز موعد التسليم:</b> إذا مرّ الموعد المحدد ولم يصلك "
                        "التسليم.</li>"
                        "<li><b>عند انقطاع البائع:</b> إذا لم يرد البائع على رسائلك مدة {no_reply} "
                        "ساعة.</li></ol>"
                        "<p>أما إذا بدأ البائع العمل وكان ما زال في موعده ويرد على رسائلك، فلا "
                        "يمكنك الإلغاء من طرف واحد. تحاور معه أولًا، فإن لم تصلا إلى حل فافتح "
                        "نزاعًا ليفصل فيه فريق الدعم.</p>"
                        "<h2>متى يستطيع البائع الإلغاء؟</h2>"
                        "<p>يستطيع البائع إلغاء الطلب في أي وقت قبل التسليم، مثلًا إذا اكتشف أن "
                        "المطلوب خارج نطاق خدمته، أو أنه لن يستطيع إنجازه في الموعد. الإلغاء "
                        "الصادق المبكر أفضل بكثير من تسليم متأخر أو ناقص، لكن الإلغاءات المتكررة "
                        "تترك انطباعًا سيئًا لدى المشترين.</p>"
                        "<h2>أين يذهب المبلغ المسترد؟</h2>"
                        "<p>عند إلغاء أي طلب يعود المبلغ كاملًا إلى رصيد المشتري في الموقع، بما في "
                        "ذلك ثمن الإضافات، ودون أي خصم. تستطيع استعمال هذا الرصيد مباشرة لشراء "
                        "خدمة أخرى، إذ يظهر الدفع من الرصيد بين طرق الدفع كلما كان رصيدك يغطي "
                        "المبلغ. ويبقى الرصيد المسترد مخصصًا للشراء داخل الموقع، فلا يُسحب إلى "
                        "حساب مصرفي.</p>"
                        "<h2>وإذا انتهى الطلب بنزاع؟</h2>"
                        "<p>عند النزاع يقرر فريق الدعم بعد مراجعة المحادثة والتسليمات: إما إعادة "
                        "المبلغ كاملًا إلى المشتري، أو تحويله إلى البائع، أو تقسيمه بينهما. وما "
                        "يُعاد إلى المشتري يذهب إلى رصيده في الموقع كذلك.</p>"
                        "<h2>الطلبات غير المدفوعة</h2>"
                        "<p>إذا اخترت الدفع بالتحويل المصرفي أو الإيداع النقدي ولم يكتمل الدفع "
                        "خلال {bank_hours} ساعة، يُلغى الطلب تلقائيًا. لذلك أرسل رقم الإيصال أو "
                        "صورته فور التحويل، حتى يتمكن فريق الدعم من تأكيده في الوقت المناسب.</p>"
                        "<h2>نصائح لتجنب الإلغاء من الأساس</h2>"
                        "<ul><li>اقرأ وصف الخدمة وما يحتاجه البائع منك قبل الشراء.</li>"
                        "<li>أرسل تعليماتك وملفاتك فور الدفع.</li>"
                        "<li>اسأل البائع قبل الشراء إن كان يستطيع تنفيذ طلبك في المدة "
                        "المحددة.</li></ul>"
                    ),
                },
                "en": {
                    "title": "Cancelling an order and getting a refund",
                    "summary": (
                        "When the buyer or the seller may cancel an order, where the refunded "
                        "money goes, and what to do when cancelling is not available."
                    ),
                    "body": (
                        "<h2>When can the buyer cancel?</h2>"
                        "<p>The “Cancel the order” button shows on the order page when cancelling "
                        "is allowed, which is in three cases:</p>"
                        "<ol><li><b>Before the seller starts working:</b> while the order is “New” "
                        "you may cancel it without giving a reason.</li>"
                        "<li><b>After the delivery deadline:</b> when the deadline has passed and "
                        "no delivery has reached you.</li>"
                        "<li><b>When the seller goes silent:</b> when the seller has not answered "
                        "your messages for {no_reply} hours.</li></ol>"
                        "<p>If the seller has started working, is still within the deadline and "
                        "answers your messages, you cannot cancel on your own. Talk with them "
                        "first, and if you cannot find a solution, open a dispute for the support "
                        "team to decide.</p>"
                        "<h2>When can the seller cancel?</h2>"
                        "<p>The seller may cancel the order at any time before delivering, for "
                        "example on finding that the request is outside the scope of their "
                        "service, or that they cannot finish it on time. An early, honest "
                        "cancellation is much better than a late or incomplete delivery, but "
                        "frequent cancellations leave buyers with a poor impression.</p>"
                        "<h2>Where does the refund go?</h2>"
                        "<p>When any order is cancelled, the whole amount returns to the buyer's "
                        "balance on the site, extras included and with nothing taken off. You can "
                        "use this balance straight away to buy another service: paying from your "
                        "balance shows among the payment methods whenever your balance covers the "
                        "amount. Refunded money is kept for purchases on the site: it is not "
                        "withdrawn to a bank account.</p>"
                        "<h2>What if the order ends in a dispute?</h2>"
                        "<p>In a dispute, the support team decides after reading the conversation "
                        "and the deliveries: refund the whole amount to the buyer, release it to "
                        "the seller, or split it between them. Whatever goes back to the buyer "
                        "also goes to their balance on the site.</p>"
                        "<h2>Unpaid orders</h2>"
                        "<p>If you chose to pay by bank transfer or cash deposit and the payment "
                        "is not completed within {bank_hours} hours, the order is cancelled "
                        "automatically. So send the receipt number or a photo of it as soon as you "
                        "transfer, so the support team can confirm it in time.</p>"
                        "<h2>Tips to avoid cancelling in the first place</h2>"
                        "<ul><li>Read the service description and what the seller needs from you "
                        "before buying.</li>"
                        "<li>Send your instructions and files right after paying.</li>"
                        "<li>Ask the seller before buying whether they can finish your request in "
                        "the stated time.</li></ul>"
                    ),
                },
            },
            {
                "slug": "how-projects-and-proposals-work",
                "related": ["how-orders-work", "messaging-safely", "add-an-outstanding-service"],
                "ar": {
                    "title": "كيف تعمل المشاريع المفتوحة والعروض",
                    "summary": (
                        "انشر مشروعك واستقبل عروض البائعين واختر الأنسب، أو قدّم عروضك على "
                        "المشاريع المفتوحة إن كنت بائعًا."
                    ),
                    "body": (
                        "<h2>متى تنشر مشروعًا؟</h2>"
                        "<p>إذا لم تجد خدمة جاهزة تناسب ما تحتاجه بالضبط، فانشر مشروعًا مفتوحًا "
                        "ودع البائعين يتقدمون إليك بعروضهم. المشاريع مناسبة للأعمال الخاصة، مثل "
                        "موقع لمتجرك، أو ترجمة ملف كبير، أو مجموعة تصاميم لحملة إعلانية كاملة.</p>"
                        "<h2>نشر المشروع</h2>"
                        "<p>املأ نموذج المشروع بهذه المعلومات:</p>"
                        "<ul><li>عنوان واضح ووصف مفصل لما تريد.</li>"
                        "<li>التصنيف والمهارات المطلوبة.</li>"
                        "<li>الميزانية من حد أدنى إلى حد أعلى، على ألا تقل عن {min_price} دينار "
                        "ليبي.</li>"
                        "<li>المدة المتوقعة للتنفيذ.</li>"
                        "<li>مرفقات تساعد البائعين على الفهم، مثل نماذج أو ملفات نصية.</li></ul>"
                        "<p>يراجع فريق الدعم كل مشروع قبل نشره، كما يراجع الخدمات. تستطيع تعديل "
                        "المشروع ما دام لم يُنشر بعد، وبعد الموافقة يبقى مفتوحًا للعروض مدة "
                        "{project_days} يومًا، فإذا لم تقبل أي عرض خلالها ينتهي تلقائيًا. ويمكنك "
                        "أيضًا إغلاقه بنفسك متى شئت.</p>"
                        "<h2>تقديم العروض للبائعين</h2>"
                        "<p>تصفح المشاريع المفتوحة وقدّم عرضك على ما يناسب مهاراتك. لكل بائع عرض "
                        "واحد فقط على المشروع الواحد، يتضمن السعر والمدة ورسالة تعريفية تشرح فيها "
                        "كيف ستنفذ العمل. تستطيع تعديل عرضك أو سحبه ما دام المشروع مفتوحًا. ولكل "
                        "بائع حد شهري قدره {proposals_month} عرضًا، وتُحتسب ضمنه العروض التي "
                        "سحبتها، فاختر المشاريع التي تناسبك بعناية واكتب لكل مشروع عرضًا خاصًا "
                        "به.</p>"
                        "<h2>اختيار العرض لصاحب المشروع</h2>"
                        "<p>قارن العروض، واقرأ ملفات البائعين وتقييماتهم، وراسل من تريد منهم قبل "
                        "القرار. يمكنك وضع العروض المميزة في قائمة مختصرة، ورفض ما لا يناسبك. "
                        "عندما تقبل عرضًا تدفع قيمته بإحدى طرق الدفع المتاحة، فيتحول المشروع إلى "
                        "طلب.</p>"
                        "<h2>بعد القبول</h2>"
                        "<p>يسير الطلب الناتج عن المشروع تمامًا كطلبات الخدمات: المبلغ محفوظ في "
                        "الضمان، ثم تسليم، ثم قبول أو طلب تعديل، ثم تقييم متبادل. وتنطبق عليه "
                        "قواعد الإلغاء والنزاع نفسها، وتُقتطع العمولة من نصيب البائع فقط.</p>"
                    ),
                },
                "en": {
                    "title": "How open projects and proposals work",
                    "summary": (
                        "Post your project, receive proposals from sellers and choose the best "
                        "one, or, as a seller, send your proposals on open projects."
                    ),
                    "body": (
                        "<h2>When should you post a project?</h2>"
                        "<p>If you cannot find a ready-made service that fits exactly what you "
                        "need, post an open project and let sellers come to you with their "
                        "proposals. Projects suit custom work, such as a website for your shop, "
                        "the translation of a large file, or a set of designs for a whole "
                        "advertising campaign.</p>"
                        "<h2>Posting a project</h2>"
                        "<p>Fill in the project form with this information:</p>"
                        "<ul><li>A clear title and a detailed description of what you want.</li>"
                        "<li>The category and the skills needed.</li>"
                        "<li>The budget, from a minimum to a maximum, no lower than {min_price} "
                        "LYD.</li>"
                        "<li>The expected duration of the work.</li>"
                        "<li>Attachments that help sellers understand, such as samples or text "
                        "files.</li></ul>"
                        "<p>The support team reviews every project before it is published, just as "
                        "it reviews services. You can edit the project as long as it is not "
                        "published yet; once approved, it stays open for proposals for "
                        "{project_days} days, and if you accept none in that time it ends by "
                        "itself. You can also close it yourself whenever you like.</p>"
                        "<h2>Sending proposals, for sellers</h2>"
                        "<p>Browse the open projects and send your proposal on those that match "
                        "your skills. Each seller sends only one proposal per project, with a "
                        "price, a duration and a cover letter explaining how you will do the work. "
                        "You can edit or withdraw your proposal while the project is open. Each "
                        "seller also has a monthly limit of {proposals_month} proposals, and "
                        "withdrawn proposals count towards it, so choose the projects that suit "
                        "you with care and write a proposal made for each one.</p>"
                        "<h2>Choosing a proposal, for the project's owner</h2>"
                        "<p>Compare the proposals, read the sellers' profiles and reviews, and "
                        "message any of them before deciding. You can put the best proposals on a "
                        "shortlist and decline those that do not suit you. When you accept a "
                        "proposal you pay its amount with one of the available payment methods, "
                        "and the project becomes an order.</p>"
                        "<h2>After accepting</h2>"
                        "<p>The order that comes from a project runs exactly like a service order: "
                        "the money is held in escrow, then comes the delivery, then acceptance or "
                        "a request for changes, then reviews on both sides. The same cancellation "
                        "and dispute rules apply, and the commission is taken from the seller's "
                        "share only.</p>"
                    ),
                },
            },
            {
                "slug": "reviews-and-ratings",
                "related": ["seller-badges", "how-orders-work"],
                "ar": {
                    "title": "التقييمات والمراجعات",
                    "summary": (
                        "كيف يقيّم المشتري والبائع بعضهما بعد اكتمال الطلب، ومتى يُغلق باب "
                        "التقييم، وكيف يرد البائع على ما يُكتب عنه."
                    ),
                    "body": (
                        "<h2>من يقيّم من؟</h2>"
                        "<p>بعد اكتمال الطلب يستطيع كل طرف أن يقيّم الآخر مرة واحدة: المشتري يقيّم "
                        "البائع على الخدمة التي قدمها، والبائع يقيّم المشتري على تعاونه. يتكون "
                        "التقييم من عدد من النجوم بين نجمة واحدة وخمس نجوم، مع نص قصير يصف "
                        "التجربة.</p>"
                        "<h2>مدة التقييم</h2>"
                        "<p>يبقى باب التقييم مفتوحًا {review_days} يومًا من اكتمال الطلب ثم يُغلق. "
                        "وبما أن التقييم يُكتب مرة واحدة، فخذ وقتك في كتابته، ولكن لا تؤجله "
                        "كثيرًا: إذا أعجبك العمل فتقييمك أجمل شكر تقدمه للبائع.</p>"
                        "<h2>كيف تكتب تقييمًا مفيدًا؟</h2>"
                        "<ul><li>صف بإيجاز ما طلبته وما استلمته.</li>"
                        "<li>اذكر ما أعجبك: الجودة، أو الالتزام بالموعد، أو سرعة الرد، أو التعاون "
                        "في التعديلات.</li>"
                        "<li>إن كانت لديك ملاحظة فاكتبها بهدوء وإنصاف ودون إساءة.</li>"
                        "<li>قيّم العمل نفسه، لا أمورًا خارجة عن إرادة البائع.</li>"
                        "<li>لا تضع في التقييم أرقام هواتف أو روابط أو بيانات شخصية.</li></ul>"
                        "<h2>لا تعديل بعد النشر</h2>"
                        "<p>يُنشر التقييم كما كتبته، ولا يمكن تعديله ولا كتابة تقييم ثانٍ للطلب "
                        "نفسه، وكذلك رد البائع. لذلك راجع النص وعدد النجوم جيدًا قبل الضغط على زر "
                        "الإرسال.</p>"
                        "<h2>رد البائع على التقييم</h2>"
                        "<p>يستطيع البائع أن يرد على كل تقييم مرة واحدة فقط، ويظهر رده أسفل "
                        "التقييم. لذلك اكتب ردك بتأنٍّ: اشكر المشتري على التقييم الإيجابي، وإذا "
                        "كان التقييم سلبيًا فوضّح موقفك باحترام، لأن المشترين القادمين يقرؤون ردك "
                        "وأسلوبك بقدر ما يقرؤون التقييم نفسه.</p>"
                        "<h2>كيف تؤثر التقييمات؟</h2>"
                        "<p>يظهر متوسط تقييم البائع وعدد تقييماته في ملفه وعلى بطاقات خدماته، "
                        "ويستعملهما المشترون في ترتيب نتائج البحث حسب الأعلى تقييمًا، كما يدخلان "
                        "في شروط شارة «الأعلى تقييمًا». وتقييم البائع للمشتري يساعد البائعين "
                        "الآخرين على معرفة المشترين الجادين والمتعاونين.</p>"
                        "<h2>التقييمات المخالفة</h2>"
                        "<p>يحق لفريق الدعم إخفاء التقييمات المسيئة أو المخالفة للقواعد، مثل التي "
                        "تحتوي على شتائم أو بيانات تواصل شخصية أو محاولة ابتزاز. أما التقييم "
                        "السلبي الصادق المكتوب باحترام فهو حق للمشتري ولا يُحذف لمجرد أنه سلبي.</p>"
                    ),
                },
                "en": {
                    "title": "Reviews and ratings",
                    "summary": (
                        "How buyers and sellers review each other after an order completes, when "
                        "reviewing closes, and how sellers reply to what is written about them."
                    ),
                    "body": (
                        "<h2>Who reviews whom?</h2>"
                        "<p>Once an order completes, each side can review the other once: the "
                        "buyer reviews the seller on the service they provided, and the seller "
                        "reviews the buyer on how well they worked together. A review is a number "
                        "of stars, from one to five, with a short text describing the "
                        "experience.</p>"
                        "<h2>How long you have</h2>"
                        "<p>Reviewing stays open for {review_days} days after the order completes, "
                        "then it closes. Since a review is written only once, take your time "
                        "writing it, but do not put it off too long: if you liked the work, your "
                        "review is the nicest thanks you can give the seller.</p>"
                        "<h2>How to write a useful review</h2>"
                        "<ul><li>Describe briefly what you ordered and what you received.</li>"
                        "<li>Mention what you liked: the quality, keeping to the deadline, quick "
                        "answers, or help with changes.</li>"
                        "<li>If you have a criticism, write it calmly and fairly, without "
                        "insults.</li>"
                        "<li>Rate the work itself, not things the seller could not control.</li>"
                        "<li>Do not put phone numbers, links or personal details in a "
                        "review.</li></ul>"
                        "<h2>No editing after publishing</h2>"
                        "<p>A review is published as you wrote it: it cannot be edited, and no "
                        "second review can be written for the same order; the same goes for the "
                        "seller's reply. So check the text and the number of stars carefully "
                        "before you click the send button.</p>"
                        "<h2>The seller's reply</h2>"
                        "<p>A seller can reply to each review only once, and the reply shows under "
                        "the review. So write your reply with care: thank the buyer for a positive "
                        "review, and if the review is negative, explain your side respectfully, "
                        "because future buyers read your reply and your tone as closely as the "
                        "review itself.</p>"
                        "<h2>Why reviews matter</h2>"
                        "<p>A seller's average rating and number of reviews show on their profile "
                        "and on their service cards, buyers use them to sort search results by top "
                        "rated, and they are part of the conditions of the “Top rated” badge. A "
                        "seller's review of a buyer helps other sellers recognise serious, "
                        "cooperative buyers.</p>"
                        "<h2>Reviews that break the rules</h2>"
                        "<p>The support team may hide reviews that are abusive or break the rules, "
                        "such as those with insults, personal contact details or attempts at "
                        "blackmail. An honest negative review written respectfully, however, is "
                        "the buyer's right and is not removed just because it is negative.</p>"
                    ),
                },
            },
        ],
    },
    {
        "slug": "selling",
        "ar": {
            "title": "البيع على مايكروليبي",
            "intro": (
                "حوّل مهارتك إلى دخل: أضف خدماتك، ونفّذ الطلبات باحتراف، وابنِ سمعة تجلب لك مزيدًا "
                "من المشترين."
            ),
        },
        "en": {
            "title": "Selling on MicroLibya",
            "intro": (
                "Turn your skill into income: add your services, handle orders professionally, and "
                "build a reputation that brings you more buyers."
            ),
        },
        "articles": [
            {
                "slug": "add-an-outstanding-service",
                "related": [
                    "manage-your-orders-as-a-seller",
                    "commission-and-earnings",
                    "seller-badges",
                ],
                "ar": {
                    "title": "كيف تضيف خدمة مميزة",
                    "summary": (
                        "دليل عملي لكتابة عنوان جذاب ووصف واضح، واختيار السعر والصور والإضافات "
                        "ومدة التسليم والوسوم، واجتياز مراجعة فريق الدعم."
                    ),
                    "body": (
                        "<h2>قبل أن تبدأ</h2>"
                        "<p>الخدمة في مايكروليبي منتج محدد بسعر واضح: «سأصمم لك شعارًا احترافيًا "
                        "مع ثلاثة مقترحات» أفضل بكثير من «أعمال تصميم متنوعة». فكّر في شيء واحد "
                        "تتقنه ويحتاجه الناس، ثم اعرضه بطريقة يفهمها المشتري من النظرة الأولى.</p>"
                        "<h2>العنوان</h2>"
                        "<ul><li>ابدأ بما سيحصل عليه المشتري، مثل «سأترجم لك مستندًا من الإنجليزية "
                        "إلى العربية».</li>"
                        "<li>استعمل الكلمات التي يبحث بها الناس فعلًا، مثل «تصميم شعار» أو «ترجمة» "
                        "أو «تفريغ صوتي».</li>"
                        "<li>تجنب المبالغة والرموز والكلمات المكررة وعلامات التعجب "
                        "الكثيرة.</li></ul>"
                        "<h2>التصنيف</h2>"
                        "<p>اختر التصنيف الرئيسي ثم الفرعي الأدق لخدمتك. المشترون يتصفحون "
                        "التصنيفات، والتصنيف الخاطئ يخفي خدمتك عنهم، وهو من أكثر أسباب الرفض في "
                        "المراجعة.</p>"
                        "<h2>الوصف وما تحتاجه من المشتري</h2>"
                        "<p>اشرح في الوصف ما تتضمنه الخدمة بالتحديد: عدد المقترحات أو الصفحات أو "
                        "الكلمات، وصيغ الملفات التي ستسلّمها، وعدد مرات التعديل. ثم املأ حقل «ما "
                        "أحتاجه من المشتري» بدقة، مثل النص المطلوب ترجمته، أو اسم المشروع وألوانه "
                        "المفضلة. هذا يوفر عليك وعلى المشتري رسائل كثيرة، ويجعلك تبدأ العمل "
                        "بسرعة.</p>"
                        "<h2>السعر</h2>"
                        "<p>أقل سعر لخدمة هو {min_price} دينار ليبي، ولكل تصنيف حد أعلى تحدده "
                        "إدارة الموقع. السعر الذي تكتبه هو ما يدفعه المشتري بالضبط، ويقتطع الموقع "
                        "عمولة قدرها {commission}% من أرباحك عند اكتمال الطلب. ابدأ بسعر معقول "
                        "يجذب أول المشترين، ثم ارفعه مع تراكم التقييمات الجيدة.</p>"
                        "<h2>الإضافات</h2>"
                        "<p>الإضافات خيارات يضيفها المشتري إلى طلبه إن احتاجها، ولكل إضافة سعرها "
                        "وعدد الأيام الإضافية التي تحتاجها. من أمثلتها ملفات المصدر، أو صفحة "
                        "إضافية في الترجمة، أو نسخة بمقاس آخر. الإضافات الذكية ترفع قيمة الطلب دون "
                        "أن تعقّد الخدمة الأساسية.</p>"
                        "<h2>مدة التسليم</h2>"
                        "<p>حدد عدد الأيام التي تحتاجها فعلًا، مع هامش بسيط للطوارئ. التأخر عن "
                        "الموعد يعطي المشتري حق الإلغاء، ويخفض نسبة تسليمك في الموعد التي تدخل في "
                        "شروط الشارات.</p>"
                        "<h2>الصور والوسوم</h2>"
                        "<ul><li>ارفع صورًا واضحة من أعمالك الحقيقية، فالصورة الأولى هي ما يراه "
                        "المشتري في نتائج البحث.</li>"
                        "<li>لا تستعمل صورًا من أعمال غيرك، فذلك سبب مباشر للرفض وقد يؤدي إلى "
                        "إيقاف الحساب.</li>"
                        "<li>أضف وسومًا قصيرة تصف خدمتك بكلمات مختلفة، مثل «شعار» و«هوية بصرية» "
                        "و«مصمم جرافيك».</li></ul>"
                        "<h2>مراجعة فريق الدعم</h2>"
                        "<p>تمر كل خدمة جديدة، وكل تعديل على خدمة منشورة، بمراجعة فريق الدعم قبل "
                        "أن يظهر للمشترين. عند الموافقة تُنشر الخدمة، وإذا عدّلت خدمة منشورة تبقى "
                        "نسختها القديمة ظاهرة حتى يُقبل التعديل. وإذا رُفضت تصلك الأسباب بالبريد "
                        "وفي الموقع، فتصحح ما يلزم وتعيد الإرسال. ويمكنك إيقاف خدمتك مؤقتًا ثم "
                        "إعادة تفعيلها متى شئت، كما يحق لفريق الدعم إيقاف الخدمات المخالفة.</p>"
                    ),
                },
                "en": {
                    "title": "How to add an outstanding service",
                    "summary": (
                        "A practical guide to writing an attractive title and a clear description, "
                        "choosing the price, images, extras, delivery time and tags, and passing "
                        "the support team's review."
                    ),
                    "body": (
                        "<h2>Before you start</h2>"
                        "<p>A service on MicroLibya is a defined product with a clear price: “I "
                        "will design a professional logo for you with three concepts” is much "
                        "better than “all kinds of design work”. Think of one thing you do well "
                        "that people need, then present it in a way buyers understand at first "
                        "glance.</p>"
                        "<h2>The title</h2>"
                        "<ul><li>Start with what the buyer will get, such as “I will translate "
                        "your document from English into Arabic”.</li>"
                        "<li>Use the words people actually search for, such as “logo design”, "
                        "“translation” or “audio transcription”.</li>"
                        "<li>Avoid exaggeration, symbols, repeated words and strings of "
                        "exclamation marks.</li></ul>"
                        "<h2>The category</h2>"
                        "<p>Choose the main category, then the subcategory that fits your service "
                        "best. Buyers browse the categories, and a wrong category hides your "
                        "service from them; it is also one of the most common reasons for "
                        "rejection at review.</p>"
                        "<h2>The description and what you need from the buyer</h2>"
                        "<p>In the description, explain exactly what the service includes: the "
                        "number of concepts, pages or words, the file formats you will deliver, "
                        "and how many revisions are included. Then fill in “What I need from the "
                        "buyer” precisely, such as the text to translate, or the project's name "
                        "and favourite colours. This saves you and the buyer many messages and "
                        "lets you start working quickly.</p>"
                        "<h2>The price</h2>"
                        "<p>The lowest price of a service is {min_price} LYD, and each category "
                        "has a maximum set by the site's administration. The price you write is "
                        "exactly what the buyer pays, and the site takes a commission of "
                        "{commission}% from your earnings when the order completes. Start with a "
                        "reasonable price that attracts your first buyers, then raise it as good "
                        "reviews add up.</p>"
                        "<h2>Extras</h2>"
                        "<p>Extras are options the buyer adds to the order if needed, each with "
                        "its own price and the number of extra days it needs. Examples are source "
                        "files, an extra page of translation, or a version in another size. Smart "
                        "extras raise the value of an order without complicating the main "
                        "service.</p>"
                        "<h2>Delivery time</h2>"
                        "<p>Set the number of days you really need, with a small margin for the "
                        "unexpected. Missing the deadline gives the buyer the right to cancel, and "
                        "lowers your on-time delivery rate, which is part of the conditions of the "
                        "badges.</p>"
                        "<h2>Images and tags</h2>"
                        "<ul><li>Upload clear images of your real work: the first image is what "
                        "buyers see in the search results.</li>"
                        "<li>Do not use images of other people's work: it is a direct reason for "
                        "rejection and may get the account suspended.</li>"
                        "<li>Add short tags that describe your service in different words, such as "
                        "“logo”, “brand identity” and “graphic designer”.</li></ul>"
                        "<h2>The support team's review</h2>"
                        "<p>Every new service, and every edit of a published one, is reviewed by "
                        "the support team before buyers see it. Once approved, the service is "
                        "published; when you edit a published service, its old version stays live "
                        "until the edit is approved. If it is rejected, you get the reasons by "
                        "e-mail and on the site, fix what is needed and send it again. You can "
                        "pause your service and resume it whenever you like, and the support team "
                        "may suspend services that break the rules.</p>"
                    ),
                },
            },
            {
                "slug": "manage-your-orders-as-a-seller",
                "related": ["how-orders-work", "reviews-and-ratings", "withdraw-your-earnings"],
                "ar": {
                    "title": "إدارة طلباتك كبائع باحتراف",
                    "summary": (
                        "من إشعار الطلب الجديد إلى التسليم والتعديلات: خطوات عملية لتسلّم في "
                        "الموعد وتكسب تقييمات ممتازة."
                    ),
                    "body": (
                        "<h2>عندما يصلك طلب جديد</h2>"
                        "<p>يصلك إشعار في الموقع وعلى بريدك فور دفع المشتري، ويكون المبلغ محفوظًا "
                        "في الضمان، فلا داعي للقلق بشأن حقك. افتح صفحة الطلب واقرأ تعليمات المشتري "
                        "وملفاته. إذا كان شيء غير واضح فاسأل قبل أن تبدأ، ثم اضغط على «بدء العمل» "
                        "لينتقل الطلب إلى مرحلة «قيد التنفيذ».</p>"
                        "<h2>تذكّر قواعد الإلغاء</h2>"
                        "<ul><li>قبل أن تبدأ العمل يستطيع المشتري إلغاء الطلب في أي وقت، فلا تؤجل "
                        "البدء.</li>"
                        "<li>إذا تجاوزت موعد التسليم، أو لم ترد على المشتري مدة {no_reply} ساعة، "
                        "يحق له الإلغاء واسترداد المبلغ.</li>"
                        "<li>تستطيع أنت إلغاء الطلب قبل التسليم إذا تبين لك أنك لا تستطيع تنفيذه، "
                        "ويعود المبلغ إلى المشتري.</li></ul>"
                        "<h2>التسليم</h2>"
                        "<p>عند الانتهاء اضغط على «تسليم العمل»، واكتب رسالة تشرح ما أنجزته، وأرفق "
                        "الملفات النهائية. ولتسليم ناجح:</p>"
                        "<ol><li>راجع العمل مقابل وصف الخدمة وتعليمات المشتري قبل الإرسال.</li>"
                        "<li>سمِّ الملفات بأسماء واضحة، وأرسلها بالصيغ المتفق عليها.</li>"
                        "<li>اشرح للمشتري كيف يستعمل الملفات إذا كان ذلك يحتاج إلى شرح.</li></ol>"
                        "<h2>طلبات التعديل</h2>"
                        "<p>إذا طلب المشتري تعديلات يعود الطلب إليك. نفّذ التعديلات المعقولة التي "
                        "تدخل في نطاق الخدمة وسلّم من جديد. وإذا طلب شيئًا جديدًا خارج الاتفاق، "
                        "فاشرح ذلك بلطف، واقترح عليه إضافة مناسبة أو طلب خدمة أخرى.</p>"
                        "<h2>بعد التسليم</h2>"
                        "<p>إذا قبل المشتري التسليم يكتمل الطلب، وإذا لم يرد يكتمل تلقائيًا بعد "
                        "{auto_days} أيام. تُحسب أرباحك بعد خصم عمولة قدرها {commission}% من "
                        "نصيبك، وتصبح قابلة للسحب بعد {clearance} أيام من الاكتمال. وتستطيع بعدها "
                        "تقييم المشتري، كما يقيّمك هو.</p>"
                        "<h2>عند الخلاف</h2>"
                        "<p>حاول دائمًا الوصول إلى حل بالحوار. إذا تعذر ذلك فيمكنك أنت أيضًا فتح "
                        "نزاع، فيقرر فريق الدعم بعد مراجعة المحادثة والتسليمات. لهذا اجعل كل "
                        "اتفاقاتك مكتوبة في محادثة الطلب، وسلّم دائمًا عبر زر التسليم.</p>"
                        "<h2>عادات البائع الناجح</h2>"
                        "<ul><li>رد على الرسائل بسرعة، فسرعة ردك تظهر في ملفك.</li>"
                        "<li>سلّم في الموعد أو قبله، فالتسليم في الموعد من شروط شارة «الأعلى "
                        "تقييمًا».</li>"
                        "<li>لا تطلب التواصل أو الدفع خارج الموقع، فذلك مخالف للشروط ويعرّض حسابك "
                        "للإيقاف.</li></ul>"
                    ),
                },
                "en": {
                    "title": "Managing your orders as a seller",
                    "summary": (
                        "From the new-order notification to delivery and revisions: practical "
                        "steps to deliver on time and earn excellent reviews."
                    ),
                    "body": (
                        "<h2>When a new order arrives</h2>"
                        "<p>You are notified on the site and by e-mail as soon as the buyer pays, "
                        "and the money is already held in escrow, so there is no need to worry "
                        "about getting paid. Open the order page and read the buyer's instructions "
                        "and files. If anything is unclear, ask before you start, then click "
                        "“Start working” so the order moves to “In progress”.</p>"
                        "<h2>Remember the cancellation rules</h2>"
                        "<ul><li>Before you start working, the buyer may cancel the order at any "
                        "time, so do not put off starting.</li>"
                        "<li>If you miss the delivery deadline, or do not answer the buyer for "
                        "{no_reply} hours, they may cancel and get their money back.</li>"
                        "<li>You may cancel the order before delivering if you find you cannot do "
                        "it, and the money returns to the buyer.</li></ul>"
                        "<h2>Delivering</h2>"
                        "<p>When you have finished, click “Deliver the work”, write a message "
                        "explaining what you did, and attach the final files. For a successful "
                        "delivery:</p>"
                        "<ol><li>Check the work against the service description and the buyer's "
                        "instructions before sending it.</li>"
                        "<li>Give the files clear names and send them in the agreed formats.</li>"
                        "<li>Explain to the buyer how to use the files when that needs "
                        "explaining.</li></ol>"
                        "<h2>Requests for changes</h2>"
                        "<p>When the buyer asks for changes, the order comes back to you. Make the "
                        "reasonable changes that are within the scope of the service and deliver "
                        "again. If they ask for something new that was not agreed, explain that "
                        "kindly and suggest a suitable extra or another order.</p>"
                        "<h2>After delivering</h2>"
                        "<p>If the buyer accepts the delivery, the order completes; if they do not "
                        "answer, it completes by itself after {auto_days} days. Your earnings are "
                        "worked out after a commission of {commission}% is taken from your share, "
                        "and they become withdrawable {clearance} days after completion. You can "
                        "then review the buyer, as they review you.</p>"
                        "<h2>When you disagree</h2>"
                        "<p>Always try to find a solution by talking. If that fails, you can open "
                        "a dispute too, and the support team decides after reading the "
                        "conversation and the deliveries. That is why every agreement should be "
                        "written in the order's conversation, and every delivery sent with the "
                        "delivery button.</p>"
                        "<h2>Habits of successful sellers</h2>"
                        "<ul><li>Answer messages quickly: your response time shows on your "
                        "profile.</li>"
                        "<li>Deliver on time or early: on-time delivery is one of the conditions "
                        "of the “Top rated” badge.</li>"
                        "<li>Never ask to talk or be paid outside the site: it breaks the rules "
                        "and puts your account at risk of suspension.</li></ul>"
                    ),
                },
            },
            {
                "slug": "seller-badges",
                "related": ["reviews-and-ratings", "create-your-account-and-profile"],
                "ar": {
                    "title": "شارات البائعين: بائع مؤسس، وهوية موثقة، والأعلى تقييمًا",
                    "summary": (
                        "ماذا تعني الشارات التي تظهر على ملفات البائعين وبطاقات خدماتهم، وكيف يحصل "
                        "البائع على كل منها."
                    ),
                    "body": (
                        "<h2>لماذا الشارات؟</h2>"
                        "<p>الشارة علامة صغيرة تظهر على ملف البائع وعلى بطاقات خدماته، وتساعد "
                        "المشتري على اتخاذ قراره بسرعة وثقة. والشارات لا تُشترى ولا تُطلب "
                        "بالمجاملة، بل تُكتسب بالعمل الجيد أو بالتحقق الرسمي، ولكل شارة وصف قصير "
                        "يشرح معناها للمشتري.</p>"
                        "<h2>بائع مؤسس</h2>"
                        "<p>تُمنح هذه الشارة لمن انضموا إلى مايكروليبي في بداياته، خلال فترة "
                        "تحددها إدارة الموقع. هؤلاء البائعون وثقوا بالمنصة منذ انطلاقها وساهموا في "
                        "بنائها، والشارة تقدير دائم لهم. وقد تعلن الإدارة أحيانًا عروضًا عامة "
                        "تخفّض العمولة لفترة محددة، ومنها عروض خاصة بالبائعين المؤسسين.</p>"
                        "<h2>هوية موثقة</h2>"
                        "<p>تعني هذه الشارة أن فريق الدعم اطلع على وثيقة هوية رسمية للبائع وتأكد "
                        "منها. للحصول عليها تواصل مع فريق الدعم واتبع التعليمات التي يرسلها إليك "
                        "لإثبات هويتك. لا نعرض وثيقتك على أي مستخدم، فالشارة وحدها هي ما يظهر "
                        "للمشترين، ويستطيع فريق الدعم سحبها إذا تبين أن البيانات غير صحيحة.</p>"
                        "<h2>الأعلى تقييمًا</h2>"
                        "<p>تظهر هذه الشارة تلقائيًا للبائعين الذين يجمعون بين أربعة شروط:</p>"
                        "<ul><li>متوسط تقييم مرتفع.</li>"
                        "<li>عدد كافٍ من التقييمات.</li>"
                        "<li>عدد كافٍ من الطلبات المكتملة.</li>"
                        "<li>نسبة عالية من التسليم في الموعد.</li></ul>"
                        "<p>تحدد إدارة الموقع الحد الدقيق لكل شرط، ويحسب الموقع أرقامك تلقائيًا، "
                        "فتظهر الشارة عند استيفاء الشروط كلها، وتختفي إذا انخفض أداؤك عنها.</p>"
                        "<h2>كيف ترفع فرصك؟</h2>"
                        "<ol><li>أكمل ملفك الشخصي وأضف معرض أعمال حقيقيًا.</li>"
                        "<li>اقبل الطلبات التي تستطيع تنفيذها جيدًا فقط، وألغِ مبكرًا إن لزم "
                        "الأمر.</li>"
                        "<li>سلّم في الموعد دائمًا، فكل تأخير يخفض نسبة تسليمك في الموعد.</li>"
                        "<li>ذكّر المشترين بلطف بالتقييم بعد اكتمال الطلب، دون إلحاح ودون أي "
                        "مقابل.</li></ol>"
                        "<h2>ماذا يرى المشتري؟</h2>"
                        "<p>يرى المشتري شاراتك بجانب اسمك في ملفك وعلى بطاقات خدماتك، مرتبة من "
                        "الأقوى إلى الأخف، مع وصف قصير لكل منها. تذكّر أن الشارة تفتح لك الباب، "
                        "لكن جودة عملك وحسن تعاملك هما ما يجعل المشتري يعود إليك.</p>"
                    ),
                },
                "en": {
                    "title": "Seller badges: founding seller, verified identity and top rated",
                    "summary": (
                        "What the badges on sellers' profiles and service cards mean, and how a "
                        "seller earns each of them."
                    ),
                    "body": (
                        "<h2>Why badges?</h2>"
                        "<p>A badge is a small mark shown on a seller's profile and service cards, "
                        "and it helps buyers decide quickly and with confidence. Badges cannot be "
                        "bought or asked for as a favour: they are earned through good work or an "
                        "official check, and each one has a short description that explains it to "
                        "buyers.</p>"
                        "<h2>Founding seller</h2>"
                        "<p>This badge goes to those who joined MicroLibya in its early days, "
                        "within a period set by the site's administration. These sellers trusted "
                        "the platform from its launch and helped build it, and the badge is a "
                        "lasting thank-you. The administration may at times announce site-wide "
                        "offers that lower the commission for a limited period, including offers "
                        "for founding sellers.</p>"
                        "<h2>Verified identity</h2>"
                        "<p>This badge means the support team has seen and checked an official "
                        "identity document of the seller. To get it, contact the support team and "
                        "follow the instructions they send you to prove your identity. We do not "
                        "show your document to any user: only the badge is shown to buyers, and "
                        "the support team may withdraw it if the details turn out to be wrong.</p>"
                        "<h2>Top rated</h2>"
                        "<p>This badge appears automatically for sellers who meet four conditions "
                        "together:</p>"
                        "<ul><li>A high average rating.</li>"
                        "<li>Enough reviews.</li>"
                        "<li>Enough completed orders.</li>"
                        "<li>A high share of on-time deliveries.</li></ul>"
                        "<p>The site's administration sets the exact threshold of each condition, "
                        "and the site works out your figures automatically: the badge appears when "
                        "you meet all the conditions and disappears if your performance drops "
                        "below them.</p>"
                        "<h2>How to improve your chances</h2>"
                        "<ol><li>Complete your profile and add a real portfolio.</li>"
                        "<li>Take only orders you can do well, and cancel early if you must.</li>"
                        "<li>Always deliver on time: every late delivery lowers your on-time "
                        "rate.</li>"
                        "<li>Kindly remind buyers to leave a review after the order completes, "
                        "without insisting and without offering anything in return.</li></ol>"
                        "<h2>What do buyers see?</h2>"
                        "<p>Buyers see your badges next to your name on your profile and on your "
                        "service cards, strongest first, each with a short description. Remember "
                        "that a badge opens the door, but the quality of your work and the way you "
                        "treat people are what bring buyers back.</p>"
                    ),
                },
            },
        ],
    },
    {
        "slug": "payments-and-earnings",
        "ar": {
            "title": "المدفوعات والأرباح",
            "intro": (
                "طرق الدفع المتاحة، وكيف تُحسب العمولة، ومتى تصبح أرباحك قابلة للسحب، وكيف تسحبها "
                "إلى حسابك المصرفي في ليبيا."
            ),
        },
        "en": {
            "title": "Payments and earnings",
            "intro": (
                "The payment methods available, how the commission is worked out, when your "
                "earnings become withdrawable, and how to withdraw them to your bank account in "
                "Libya."
            ),
        },
        "articles": [
            {
                "slug": "payment-methods",
                "related": [
                    "how-to-buy-a-service",
                    "cancellation-and-refunds",
                    "how-the-guarantee-protects-you",
                ],
                "ar": {
                    "title": "طرق الدفع: الرصيد والتحويل المصرفي والبطاقة",
                    "summary": (
                        "تعرّف على طرق الدفع المتاحة في مايكروليبي وكيف تدفع بكل منها، ومتى يُلغى "
                        "الطلب غير المدفوع."
                    ),
                    "body": (
                        "<h2>السعر الذي تراه هو ما تدفعه</h2>"
                        "<p>قبل الحديث عن طرق الدفع: المبلغ الذي تدفعه هو مجموع أسعار الخدمات "
                        "والإضافات في سلتك فقط، بلا رسوم خدمة ولا عمولة على المشتري. العمولة "
                        "يدفعها البائع من أرباحه، ولا تظهر في فاتورتك أبدًا.</p>"
                        "<h2>الدفع من رصيدك</h2>"
                        "<p>إذا كان في رصيدك مبلغ كافٍ، من استرداد سابق أو من أرباحك إن كنت "
                        "بائعًا، فيمكنك الدفع منه فورًا. يُدفع الطلب في الحال ويصل الإشعار إلى "
                        "البائع مباشرة. ولا تظهر هذه الطريقة إلا عندما يغطي رصيدك المبلغ "
                        "كاملًا.</p>"
                        "<h2>التحويل المصرفي أو الإيداع النقدي</h2>"
                        "<p>هذه هي الطريقة الأكثر استعمالًا في ليبيا، وتتم هكذا:</p>"
                        "<ol><li>اختر «تحويل مصرفي أو إيداع نقدي» عند الدفع، فتظهر لك بيانات "
                        "الحساب المصرفي للموقع والمبلغ المطلوب بالضبط.</li>"
                        "<li>حوّل المبلغ من حسابك أو أودعه نقدًا في المصرف.</li>"
                        "<li>عد إلى صفحة الدفع واكتب رقم الإيصال، أو ارفع صورة الإيصال أو نسخة منه "
                        "بصيغة PDF.</li>"
                        "<li>يراجع فريق الدعم الدفعة ويؤكدها، فتنتقل طلباتك إلى مرحلة «جديد» "
                        "ويُبلَّغ البائعون.</li></ol>"
                        "<p>يبقى الطلب «بانتظار الدفع» حتى التأكيد. وإذا لم تكتمل الدفعة خلال "
                        "{bank_hours} ساعة يُلغى الطلب تلقائيًا، فأرسل إثبات الدفع في أقرب وقت، "
                        "وحوّل المبلغ المطلوب بالضبط دون زيادة أو نقصان.</p>"
                        "<h2>البطاقة المصرفية</h2>"
                        "<p>يمكنك الدفع ببطاقتك عبر بوابة الدفع الإلكتروني المفعّلة في الموقع. "
                        "تُدخل بيانات البطاقة في نموذج الدفع الآمن التابع للبوابة، فلا يصل رقم "
                        "بطاقتك إلى مايكروليبي أصلًا. وقد تخصم البوابة المبلغ من بطاقتك بعملة "
                        "أجنبية، كالدولار أو اليورو، بسعر صرف يحدده الموقع، لكن طلبك يُسجَّل "
                        "دائمًا بالدينار الليبي. وعند نجاح الدفع يُحفظ المبلغ في الضمان فورًا "
                        "ويُبلَّغ البائع.</p>"
                        "<h2>طرق أخرى</h2>"
                        "<p>قد تفعّل إدارة الموقع بوابات دفع أخرى، فتظهر لك في صفحة الدفع إلى جانب "
                        "الطرق المعتادة، وتنطبق عليها قواعد الضمان نفسها.</p>"
                        "<h2>الإيصالات</h2>"
                        "<p>تحصل على إيصال لكل دفعة، وتجده في حسابك لترجع إليه متى شئت.</p>"
                        "<h2>نصيحة أمان</h2>"
                        "<p>لا تحوّل المال مباشرة إلى حساب أي بائع، حتى لو عرض عليك خصمًا. ادفع "
                        "دائمًا عبر صفحة الدفع في الموقع ليبقى مالك في الضمان.</p>"
                    ),
                },
                "en": {
                    "title": "Payment methods: balance, bank transfer and card",
                    "summary": (
                        "The payment methods available on MicroLibya, how to pay with each of "
                        "them, and when an unpaid order is cancelled."
                    ),
                    "body": (
                        "<h2>The price you see is what you pay</h2>"
                        "<p>Before talking about payment methods: what you pay is only the total "
                        "of the services and extras in your cart, with no service fee and no "
                        "commission for buyers. The commission is paid by the seller out of their "
                        "earnings, and it never appears on your bill.</p>"
                        "<h2>Paying from your balance</h2>"
                        "<p>If your balance holds enough, from an earlier refund or from your "
                        "earnings if you also sell, you can pay from it at once. The order is paid "
                        "straight away and the seller is notified immediately. This method only "
                        "shows when your balance covers the whole amount.</p>"
                        "<h2>Bank transfer or cash deposit</h2>"
                        "<p>This is the most used method in Libya, and it works like this:</p>"
                        "<ol><li>Choose “Bank transfer or cash deposit” at checkout: the site's "
                        "bank account details and the exact amount to pay are shown.</li>"
                        "<li>Transfer the amount from your account, or deposit it in cash at the "
                        "bank.</li>"
                        "<li>Go back to the payment page and type the receipt number, or upload a "
                        "photo of the receipt or a PDF copy.</li>"
                        "<li>The support team checks the payment and confirms it: your orders move "
                        "to “New” and the sellers are notified.</li></ol>"
                        "<p>The order stays “Awaiting payment” until it is confirmed. If the "
                        "payment is not completed within {bank_hours} hours the order is cancelled "
                        "automatically, so send the proof of payment as soon as you can, and "
                        "transfer exactly the amount asked for, no more and no less.</p>"
                        "<h2>Bank card</h2>"
                        "<p>You can pay with your card through the online payment gateway active "
                        "on the site. You type your card details into the gateway's secure payment "
                        "form, so your card number never even reaches MicroLibya. The gateway may "
                        "charge your card in a foreign currency, such as US dollars or euros, at "
                        "an exchange rate set by the site, but your order is always recorded in "
                        "Libyan dinars. When the payment succeeds, the money is held in escrow at "
                        "once and the seller is notified.</p>"
                        "<h2>Other methods</h2>"
                        "<p>The site's administration may switch on other payment gateways: they "
                        "then show on the payment page next to the usual methods, and the same "
                        "guarantee rules apply to them.</p>"
                        "<h2>Receipts</h2>"
                        "<p>You get a receipt for every payment, kept in your account for whenever "
                        "you need it.</p>"
                        "<h2>A safety tip</h2>"
                        "<p>Never send money directly to a seller's account, even when they offer "
                        "you a discount. Always pay through the site's payment page so your money "
                        "stays in escrow.</p>"
                    ),
                },
            },
            {
                "slug": "commission-and-earnings",
                "related": ["withdraw-your-earnings", "add-an-outstanding-service"],
                "ar": {
                    "title": "العمولة وأرباحك: كيف تُحسب ومتى تُتاح",
                    "summary": (
                        "كيف تُحسب عمولة الموقع من نصيب البائع فقط، وما فترة التعليق، وكيف تتابع "
                        "أرباحك وكشف عمولاتك."
                    ),
                    "body": (
                        "<h2>العمولة على البائع فقط</h2>"
                        "<p>يقتطع مايكروليبي عمولة قدرها {commission}% من قيمة كل طلب مكتمل، "
                        "وتُخصم من نصيب البائع وحده. المشتري لا يدفع أي عمولة، والسعر الذي يراه "
                        "على الخدمة هو ما يدفعه. والعمولة نسبة واحدة لجميع البائعين لا يُتفاوض "
                        "عليها لكل بائع على حدة، لكن الإدارة قد تعلن أحيانًا عروضًا عامة تخفضها "
                        "لفترة محددة.</p>"
                        "<h2>كيف تُحسب؟</h2>"
                        "<p>تُحسب العمولة على كامل قيمة الطلب، أي سعر الخدمة مضروبًا في الكمية مع "
                        "الإضافات التي اختارها المشتري. فإذا كانت قيمة الطلب 80 دينارًا ليبيًا، "
                        "دفع المشتري 80 دينارًا بالضبط، وخُصمت منها نسبة {commission}% عمولةً، "
                        "وكان الباقي كله أرباحك من هذا الطلب.</p>"
                        "<h2>فترة التعليق</h2>"
                        "<p>عندما يكتمل الطلب لا تصبح أرباحه قابلة للسحب فورًا، بل بعد فترة تعليق "
                        "مدتها {clearance} أيام من اكتماله. تحمي هذه الفترة المعاملات في الموقع من "
                        "الاحتيال، وبعد انتهائها تنتقل الأرباح تلقائيًا إلى رصيدك وتصبح متاحة "
                        "للسحب.</p>"
                        "<h2>أين أرى أرباحي؟</h2>"
                        "<p>في صفحة أرباحك ترى:</p>"
                        "<ul><li>الأرباح المعلّقة التي لم تنتهِ فترة تعليقها بعد.</li>"
                        "<li>الرصيد المتاح للسحب.</li>"
                        "<li>طلبات السحب التي أرسلتها وحالة كل منها.</li>"
                        "<li>كشفًا بالعمولات المقتطعة من طلباتك.</li></ul>"
                        "<h2>ماذا يحدث عند الإلغاء أو النزاع؟</h2>"
                        "<p>إذا أُلغي الطلب عاد المبلغ كاملًا إلى المشتري، ولا تُحتسب عليه أي "
                        "عمولة. وإذا انتهى نزاع بتقسيم المبلغ بينك وبين المشتري، فلا تُحسب العمولة "
                        "إلا على الجزء الذي يصلك. وإذا قرر فريق الدعم تحويل المبلغ كاملًا إليك، "
                        "عومل الطلب كأنه مكتمل.</p>"
                        "<h2>ماذا أفعل بأرباحي؟</h2>"
                        "<p>بعد انتهاء فترة التعليق تستطيع أن تسحب أرباحك إلى حسابك المصرفي متى "
                        "بلغت الحد الأدنى للسحب، وهو {min_withdrawal} دينار ليبي، أو أن تستعملها "
                        "مباشرة في شراء خدمات من بائعين آخرين. وتذكّر أن ما تنفقه من أرباحك في "
                        "الشراء ينقص من المبلغ القابل للسحب.</p>"
                    ),
                },
                "en": {
                    "title": (
                        "Commission and your earnings: how they are worked out and when they are "
                        "available"
                    ),
                    "summary": (
                        "How the site's commission is taken from the seller's share only, what the "
                        "clearance period is, and how to follow your earnings and your commission "
                        "statement."
                    ),
                    "body": (
                        "<h2>The commission is paid by the seller only</h2>"
                        "<p>MicroLibya takes a commission of {commission}% of the value of every "
                        "completed order, deducted from the seller's share alone. The buyer pays "
                        "no commission: the price they see on the service is what they pay. The "
                        "commission is the same rate for every seller and is never negotiated "
                        "seller by seller, but the administration may at times announce site-wide "
                        "offers that lower it for a limited period.</p>"
                        "<h2>How is it worked out?</h2>"
                        "<p>The commission is worked out on the whole value of the order, that is "
                        "the service's price times the quantity, plus the extras the buyer chose. "
                        "So if an order is worth 80 LYD, the buyer pays exactly 80 LYD, "
                        "{commission}% of it is deducted as commission, and all the rest is your "
                        "earnings from that order.</p>"
                        "<h2>The clearance period</h2>"
                        "<p>When an order completes, its earnings do not become withdrawable at "
                        "once, but after a clearance period of {clearance} days from completion. "
                        "This period protects the site's transactions from fraud; once it is over, "
                        "the earnings move to your balance by themselves and become available to "
                        "withdraw.</p>"
                        "<h2>Where do I see my earnings?</h2>"
                        "<p>On your earnings page you see:</p>"
                        "<ul><li>Pending earnings whose clearance period is not over yet.</li>"
                        "<li>The balance available to withdraw.</li>"
                        "<li>The withdrawal requests you sent and the status of each.</li>"
                        "<li>A statement of the commissions taken from your orders.</li></ul>"
                        "<h2>What happens when an order is cancelled or disputed?</h2>"
                        "<p>If the order is cancelled, the whole amount returns to the buyer and "
                        "no commission is charged on it. If a dispute ends with the amount split "
                        "between you and the buyer, the commission is charged only on the part "
                        "that reaches you. If the support team decides to release the whole amount "
                        "to you, the order is treated as completed.</p>"
                        "<h2>What can I do with my earnings?</h2>"
                        "<p>Once the clearance period is over, you can withdraw your earnings to "
                        "your bank account whenever they reach the minimum withdrawal of "
                        "{min_withdrawal} LYD, or use them straight away to buy services from "
                        "other sellers. Remember that what you spend from your earnings on "
                        "purchases reduces the amount you can withdraw.</p>"
                    ),
                },
            },
            {
                "slug": "withdraw-your-earnings",
                "related": ["commission-and-earnings", "manage-your-orders-as-a-seller"],
                "ar": {
                    "title": "كيف تسحب أرباحك إلى حسابك المصرفي",
                    "summary": (
                        "خطوات سحب أرباحك إلى حساب مصرفي ليبي برقم الآيبان، والحد الأدنى للسحب، "
                        "وما يحدث لطلبك بعد إرساله."
                    ),
                    "body": (
                        "<h2>ما الذي يمكنك سحبه؟</h2>"
                        "<p>يمكنك سحب أرباحك من البيع بعد انتهاء فترة التعليق، ومدتها {clearance} "
                        "أيام من اكتمال كل طلب. أما المبالغ المستردة من طلبات ملغاة فتبقى في رصيدك "
                        "لتستعملها في الشراء، ولا يمكن سحبها. وإذا أنفقت جزءًا من أرباحك في شراء "
                        "خدمات فإن المبلغ القابل للسحب ينقص بقدره.</p>"
                        "<h2>الحد الأدنى للسحب</h2>"
                        "<p>أقل مبلغ يمكن سحبه في الطلب الواحد هو {min_withdrawal} دينار ليبي. إذا "
                        "كانت أرباحك المتاحة أقل من ذلك فانتظر حتى تكتمل طلبات أخرى وتنتهي فترة "
                        "تعليقها.</p>"
                        "<h2>جهّز بيانات حسابك المصرفي</h2>"
                        "<p>ستحتاج إلى:</p>"
                        "<ul><li>اسم المصرف الذي تتعامل معه.</li>"
                        "<li>اسم صاحب الحساب كما هو مسجل لدى المصرف تمامًا.</li>"
                        "<li>رقم الحساب المصرفي الدولي «الآيبان»، ويبدأ بالحرفين LY يليهما 23 "
                        "رقمًا، وتجده في كشف حسابك أو في تطبيق مصرفك.</li></ul>"
                        "<p>يتحقق الموقع من رقم الآيبان فور كتابته، فيتأكد أنه يبدأ بالحرفين LY، "
                        "وأن طوله صحيح، وأن أرقام التحقق فيه سليمة، ويخبرك بالخطأ تحديدًا إن وُجد. "
                        "ولا تقلق من المسافات أو الأرقام العربية، فالموقع يقرؤها بشكل صحيح.</p>"
                        "<h2>خطوات طلب السحب</h2>"
                        "<ol><li>افتح صفحة أرباحك وتأكد من الرصيد المتاح للسحب.</li>"
                        "<li>اضغط على زر طلب السحب، واكتب المبلغ الذي تريد سحبه.</li>"
                        "<li>اختر طريقة السحب «حساب مصرفي ليبي»، أو أي طريقة أخرى يفعّلها الموقع، "
                        "واملأ بياناتها.</li>"
                        "<li>راجع البيانات جيدًا ثم أرسل الطلب.</li></ol>"
                        "<p>يُحجز المبلغ من رصيدك فور إرسال الطلب حتى تتم معالجته. وتستطيع إلغاء "
                        "الطلب واسترجاع المبلغ إلى رصيدك ما دام فريق الدعم لم يوافق عليه بعد.</p>"
                        "<h2>ماذا يحدث بعد الطلب؟</h2>"
                        "<ul><li>يراجع فريق الدعم طلبك ويتحقق من بياناته.</li>"
                        "<li>بعد الموافقة يُرسَل المبلغ إلى حسابك بتحويل مصرفي.</li>"
                        "<li>عند إتمام التحويل يُعلَّم الطلب «مدفوعًا» مع الرقم المرجعي للتحويل، "
                        "ويصلك إشعار بذلك.</li>"
                        "<li>إذا رُفض الطلب، لخطأ في البيانات مثلًا، يعود المبلغ كاملًا إلى رصيدك "
                        "مع سبب الرفض، فتصحح البيانات وتطلب من جديد.</li></ul>"
                        "<h2>نصائح لسحب سلس</h2>"
                        "<ul><li>تأكد أن اسم صاحب الحساب مطابق لما لدى المصرف، فاختلافه من أكثر "
                        "أسباب الرفض.</li>"
                        "<li>عدد طلبات السحب التي تنتظر المعالجة في الوقت نفسه محدود، فاجمع أرباحك "
                        "في طلب واحد بدل عدة طلبات صغيرة.</li>"
                        "<li>احتفظ بالرقم المرجعي للتحويل لتراجع به مصرفك عند الحاجة.</li></ul>"
                    ),
                },
                "en": {
                    "title": "How to withdraw your earnings to your bank account",
                    "summary": (
                        "The steps to withdraw your earnings to a Libyan bank account with its "
                        "IBAN, the minimum withdrawal, and what happens to your request after you "
                        "send it."
                    ),
                    "body": (
                        "<h2>What can you withdraw?</h2>"
                        "<p>You can withdraw your earnings from sales once the clearance period is "
                        "over, which is {clearance} days after each order completes. Money "
                        "refunded from cancelled orders stays in your balance for purchases and "
                        "cannot be withdrawn. And if you spend part of your earnings on services, "
                        "the amount you can withdraw goes down by the same amount.</p>"
                        "<h2>The minimum withdrawal</h2>"
                        "<p>The smallest amount you can withdraw in one request is "
                        "{min_withdrawal} LYD. If your available earnings are below that, wait "
                        "until more orders complete and their clearance period is over.</p>"
                        "<h2>Get your bank details ready</h2>"
                        "<p>You will need:</p>"
                        "<ul><li>The name of your bank.</li>"
                        "<li>The account holder's name, exactly as the bank has it.</li>"
                        "<li>The account's international number, the IBAN, which starts with the "
                        "letters LY followed by 23 digits; you find it on your bank statement or "
                        "in your bank's app.</li></ul>"
                        "<p>The site checks the IBAN as soon as you type it: that it starts with "
                        "LY, that its length is right and that its check digits are correct, and "
                        "it tells you exactly what is wrong if anything is. Do not worry about "
                        "spaces or Arabic digits: the site reads them correctly.</p>"
                        "<h2>How to request a withdrawal</h2>"
                        "<ol><li>Open your earnings page and check the balance available to "
                        "withdraw.</li>"
                        "<li>Click the button to request a withdrawal, and type the amount you "
                        "want to withdraw.</li>"
                        "<li>Choose “Libyan bank account” as the method, or any other method the "
                        "site has switched on, and fill in its details.</li>"
                        "<li>Check the details carefully, then send the request.</li></ol>"
                        "<p>The amount is set aside from your balance as soon as you send the "
                        "request, until it is processed. You can cancel the request and get the "
                        "amount back in your balance as long as the support team has not approved "
                        "it yet.</p>"
                        "<h2>What happens after the request?</h2>"
                        "<ul><li>The support team reviews your request and checks its details.</li>"
                        "<li>Once approved, the amount is sent to your account by bank "
                        "transfer.</li>"
                        "<li>When the transfer is done, the request is marked “Paid” with the "
                        "transfer's reference number, and you are notified.</li>"
                        "<li>If the request is rejected, because of wrong details for example, the "
                        "whole amount returns to your balance with the reason, so you can correct "
                        "the details and ask again.</li></ul>"
                        "<h2>Tips for a smooth withdrawal</h2>"
                        "<ul><li>Make sure the account holder's name matches what the bank has: a "
                        "mismatch is one of the most common reasons for rejection.</li>"
                        "<li>Only a limited number of withdrawal requests can wait at the same "
                        "time, so gather your earnings into one request instead of several small "
                        "ones.</li>"
                        "<li>Keep the transfer's reference number to check with your bank if "
                        "needed.</li></ul>"
                    ),
                },
            },
        ],
    },
]
