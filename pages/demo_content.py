"""English wording of the home page created by the first migration (used by setup_demo)."""

ENGLISH_HOME_BODY = [
    (
        "hero",
        {
            "title": "Small digital services by Libyan hands, from 10 dinars",
            "subtitle": "Order a logo, a translation or some code from Libyan freelancers. "
            "We hold your money safely until you receive the work and accept it.",
            "search_placeholder": "What service are you looking for?",
        },
    ),
    (
        "steps",
        {
            "heading": "How does MicroLibya work?",
            "steps": [
                {
                    "title": "Choose a service",
                    "text": "Search by words or browse the categories; read the reviews "
                    "and the seller's profile before you buy.",
                },
                {
                    "title": "Pay safely",
                    "text": "You pay the listed price only, and we hold it until you "
                    "receive the work.",
                },
                {
                    "title": "Receive and accept",
                    "text": "When you accept the delivery the seller is paid; if the order "
                    "is not done, the money returns to your balance.",
                },
            ],
        },
    ),
    (
        "call_to_action",
        {
            "title": "Have a skill? Start selling today",
            "text": "Create a free account and offer your services to buyers all over "
            "Libya. One account both buys and sells.",
            "button_text": "Create your account",
            "button_link": "/en/accounts/signup/",
        },
    ),
]


def editorial_pages(rules) -> list[dict]:
    """Guarantee, terms and privacy, in Arabic and English, quoting the site's own rules."""
    numbers = {
        "min_price": f"{rules.minimum_service_price.normalize():f}",
        "commission": f"{rules.commission_percent.normalize():f}",
        "auto_days": rules.auto_complete_days,
        "no_reply": rules.no_reply_cancel_hours,
        "clearance": rules.clearance_days,
    }
    return [
        {
            "slug": "guarantee",
            "ar": {
                "title": "ضمان مايكروليبي",
                "intro": "أموالك محفوظة لدينا حتى تستلم العمل وتقبله.",
                "body": (
                    "<h2>كيف يحميك الضمان؟</h2>"
                    "<p>عندما تدفع ثمن خدمة لا يصل المبلغ إلى البائع مباشرة، بل نحتفظ به "
                    "في حساب ضمان خاص بطلبك. يُحوَّل المبلغ إلى البائع فقط عندما تقبل "
                    "التسليم، أو بعد {auto_days} أيام من التسليم إن لم ترد.</p>"
                    "<h2>متى يعود إليك المبلغ؟</h2>"
                    "<ul><li>إذا ألغيت الطلب قبل أن يبدأ البائع العمل.</li>"
                    "<li>إذا تجاوز الطلب موعد تسليمه.</li>"
                    "<li>إذا لم يرد عليك البائع خلال {no_reply} ساعة.</li>"
                    "<li>إذا ألغى البائع الطلب قبل التسليم.</li></ul>"
                    "<p>يعود المبلغ كاملًا إلى رصيدك في الموقع، وتستطيع استعماله في طلب آخر.</p>"
                    "<h2>الضمان يشمل ما يجري داخل الموقع فقط</h2>"
                    "<p>التعامل أو الدفع خارج مايكروليبي يُسقط الضمان، فأبقِ محادثاتك ومدفوعاتك "
                    "داخل الموقع.</p>"
                ).format(**numbers),
            },
            "en": {
                "title": "The MicroLibya guarantee",
                "intro": "We hold your money until you receive the work and accept it.",
                "body": (
                    "<h2>How the guarantee protects you</h2>"
                    "<p>When you pay for a service the money does not go to the seller "
                    "straight away: we hold it in an escrow account of your order. The "
                    "seller is paid only when you accept the delivery, or {auto_days} days "
                    "after the delivery if you do not answer.</p>"
                    "<h2>When your money comes back</h2>"
                    "<ul><li>You cancel before the seller has started.</li>"
                    "<li>The order is past its delivery date.</li>"
                    "<li>The seller has not replied to you for {no_reply} hours.</li>"
                    "<li>The seller cancels before delivering.</li></ul>"
                    "<p>The whole amount returns to your balance on the site, ready for "
                    "another order.</p>"
                    "<h2>Only what happens on the site is guaranteed</h2>"
                    "<p>Dealing or paying outside MicroLibya loses the guarantee, so keep "
                    "your conversations and payments here.</p>"
                ).format(**numbers),
            },
        },
        {
            "slug": "terms",
            "ar": {
                "title": "شروط الاستخدام",
                "intro": "القواعد التي يتفق عليها البائعون والمشترون ومايكروليبي.",
                "body": (
                    "<h2>الحساب</h2>"
                    "<p>حساب واحد يتيح لك الشراء والبيع معًا. أنت مسؤول عن صحة بياناتك وعن "
                    "سرية كلمة مرورك، ويجب تأكيد بريدك الإلكتروني قبل الاستخدام.</p>"
                    "<h2>الأسعار والعمولة</h2>"
                    "<p>أقل سعر لخدمة هو {min_price} دينار ليبي. السعر المعروض هو ما يدفعه "
                    "المشتري، ولا يُضاف إليه شيء. يقتطع مايكروليبي عمولة قدرها {commission}% "
                    "من أرباح البائع فقط، ولا تُؤخذ من المشتري أبدًا.</p>"
                    "<h2>الطلبات والإلغاء</h2>"
                    "<p>يكتمل الطلب عندما يقبل المشتري التسليم، أو تلقائيًا بعد {auto_days} "
                    "أيام من التسليم دون رد. للمشتري أن يلغي الطلب ويسترد المبلغ إلى رصيده "
                    "إذا لم يبدأ البائع، أو تأخر التسليم، أو لم يرد البائع خلال {no_reply} "
                    "ساعة. وللبائع أن يلغي قبل التسليم ويعود المبلغ إلى المشتري.</p>"
                    "<h2>الأرباح</h2>"
                    "<p>تصبح أرباح البائع قابلة للسحب بعد {clearance} أيام من اكتمال الطلب.</p>"
                    "<h2>المحتوى الممنوع</h2>"
                    "<p>تُراجَع كل خدمة قبل نشرها. يُمنع المحتوى المخالف للقانون الليبي "
                    "والاحتيال وطلب التواصل أو الدفع خارج الموقع، ويحق لفريق الدعم إيقاف "
                    "الخدمات والحسابات المخالفة.</p>"
                ).format(**numbers),
            },
            "en": {
                "title": "Terms of use",
                "intro": "The rules sellers, buyers and MicroLibya agree on.",
                "body": (
                    "<h2>Your account</h2>"
                    "<p>One account both buys and sells. You are responsible for your "
                    "details being true and for keeping your password secret; your e-mail "
                    "address must be verified before use.</p>"
                    "<h2>Prices and commission</h2>"
                    "<p>The lowest price of a service is {min_price} LYD. The listed price "
                    "is what the buyer pays: nothing is ever added to it. MicroLibya takes "
                    "a commission of {commission}% from the seller's earnings only, never "
                    "from the buyer.</p>"
                    "<h2>Orders and cancellation</h2>"
                    "<p>An order completes when the buyer accepts the delivery, or by itself "
                    "{auto_days} days after the delivery without an answer. The buyer may "
                    "cancel and be refunded to their balance when the seller has not "
                    "started, the order is late, or the seller has not replied for "
                    "{no_reply} hours. The seller may cancel before delivering, and the "
                    "buyer is refunded.</p>"
                    "<h2>Earnings</h2>"
                    "<p>A seller's earnings can be withdrawn {clearance} days after the "
                    "order completes.</p>"
                    "<h2>What is not allowed</h2>"
                    "<p>Every service is reviewed before it is published. Content against "
                    "Libyan law, fraud and asking to deal or pay outside the site are not "
                    "allowed; support staff may suspend such services and accounts.</p>"
                ).format(**numbers),
            },
        },
        {
            "slug": "privacy",
            "ar": {
                "title": "سياسة الخصوصية",
                "intro": "ما نجمعه من بيانات، ولماذا، وكيف نحميه.",
                "body": (
                    "<h2>ما نجمعه</h2>"
                    "<p>بريدك الإلكتروني واسم المستخدم وما تضيفه إلى ملفك الشخصي، وطلباتك "
                    "ومحادثاتك ومدفوعاتك داخل الموقع.</p>"
                    "<h2>لماذا نجمعه</h2>"
                    "<p>لتشغيل حسابك وطلباتك، وحماية أموالك في الضمان، وإرسال الإشعارات التي "
                    "تهمك، ومنع الاحتيال.</p>"
                    "<h2>ما لا نفعله</h2>"
                    "<p>لا نبيع بياناتك، ولا نعرض بريدك الإلكتروني على المستخدمين الآخرين.</p>"
                    "<h2>حقوقك</h2>"
                    "<p>يمكنك تعديل ملفك الشخصي في أي وقت، وطلب حذف حسابك من فريق الدعم.</p>"
                ),
            },
            "en": {
                "title": "Privacy policy",
                "intro": "What data we keep, why, and how we protect it.",
                "body": (
                    "<h2>What we keep</h2>"
                    "<p>Your e-mail address, username and what you add to your profile, and "
                    "your orders, conversations and payments on the site.</p>"
                    "<h2>Why</h2>"
                    "<p>To run your account and orders, protect your money in escrow, send "
                    "you the notifications you care about, and prevent fraud.</p>"
                    "<h2>What we never do</h2>"
                    "<p>We do not sell your data, and we do not show your e-mail address to "
                    "other users.</p>"
                    "<h2>Your rights</h2>"
                    "<p>You can edit your profile at any time, and ask support to delete "
                    "your account.</p>"
                ),
            },
        },
    ]
