"""The demo guarantee, terms and privacy pages (Arabic, with their English translation), loaded by
setup_demo through pages.demo."""


def editorial_pages(numbers: dict) -> list[dict]:
    """Guarantee, terms and privacy, in Arabic and English, quoting the site's own rules
    (``numbers``: pages.demo.rule_numbers)."""
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
                    "<p>تدفع السعر المعروض على الخدمة فقط، دون أي رسوم على المشتري، أما "
                    "عمولة الموقع فتُقتطع من نصيب البائع وحده.</p>"
                    "<h2>متى يعود إليك المبلغ؟</h2>"
                    "<ul><li>إذا ألغيت الطلب قبل أن يبدأ البائع العمل.</li>"
                    "<li>إذا تجاوز الطلب موعد تسليمه.</li>"
                    "<li>إذا لم يرد عليك البائع خلال {no_reply} ساعة.</li>"
                    "<li>إذا ألغى البائع الطلب قبل التسليم.</li></ul>"
                    "<p>يعود المبلغ كاملًا إلى رصيدك في الموقع، وتستطيع استعماله في طلب آخر.</p>"
                    "<h2>إذا اختلفت مع البائع</h2>"
                    "<p>إذا لم يكن العمل مطابقًا لما اتفقتما عليه ولم تصلا إلى حل بالحوار، "
                    "يستطيع أي منكما فتح نزاع من صفحة الطلب قبل قبول التسليم. يراجع فريق "
                    "الدعم المحادثة والتسليمات، ثم يقرر تحويل المبلغ إلى البائع، أو إعادته "
                    "إلى رصيدك، أو تقسيمه بينكما.</p>"
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
                    "<p>You pay only the price shown on the service, with no fee for buyers: "
                    "the site's commission is taken from the seller's share alone.</p>"
                    "<h2>When your money comes back</h2>"
                    "<ul><li>You cancel before the seller has started.</li>"
                    "<li>The order is past its delivery date.</li>"
                    "<li>The seller has not replied to you for {no_reply} hours.</li>"
                    "<li>The seller cancels before delivering.</li></ul>"
                    "<p>The whole amount returns to your balance on the site, ready for "
                    "another order.</p>"
                    "<h2>If you disagree with the seller</h2>"
                    "<p>If the work is not what you agreed on and talking has not solved it, "
                    "either of you can open a dispute from the order page before the delivery "
                    "is accepted. The support team reads the conversation and the deliveries, "
                    "then decides to release the money to the seller, refund it to your "
                    "balance, or split it between you.</p>"
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
                    "<h2>الخدمات والمشاريع</h2>"
                    "<p>يراجع فريق الدعم كل خدمة جديدة وكل تعديل على خدمة منشورة قبل ظهوره، "
                    "وكذلك كل مشروع مفتوح. يبقى المشروع مفتوحًا للعروض {project_days} يومًا، "
                    "ويرسل كل بائع عرضًا واحدًا على المشروع الواحد، بحد أقصى {proposals_month} "
                    "عرضًا في الشهر.</p>"
                    "<h2>الأسعار والعمولة</h2>"
                    "<p>أقل سعر لخدمة هو {min_price} دينار ليبي. السعر المعروض هو ما يدفعه "
                    "المشتري، ولا يُضاف إليه شيء. يقتطع مايكروليبي عمولة قدرها {commission}% "
                    "من أرباح البائع فقط، ولا تُؤخذ من المشتري أبدًا.</p>"
                    "<h2>الدفع والضمان</h2>"
                    "<p>يدفع المشتري من رصيده، أو بتحويل مصرفي أو إيداع نقدي يؤكده فريق "
                    "الدعم، أو ببطاقة عبر بوابة الدفع الإلكتروني. يُلغى الطلب إذا لم يكتمل "
                    "دفعه بالتحويل المصرفي خلال {bank_hours} ساعة. ويبقى المبلغ المدفوع في "
                    "الضمان حتى يكتمل الطلب أو يُلغى.</p>"
                    "<h2>الطلبات والإلغاء</h2>"
                    "<p>يكتمل الطلب عندما يقبل المشتري التسليم، أو تلقائيًا بعد {auto_days} "
                    "أيام من التسليم دون رد. للمشتري أن يلغي الطلب ويسترد المبلغ إلى رصيده "
                    "إذا لم يبدأ البائع، أو تأخر التسليم، أو لم يرد البائع خلال {no_reply} "
                    "ساعة. وللبائع أن يلغي قبل التسليم ويعود المبلغ إلى المشتري.</p>"
                    "<h2>النزاعات</h2>"
                    "<p>يستطيع المشتري أو البائع فتح نزاع قبل قبول التسليم. يراجع فريق الدعم "
                    "المحادثة والتسليمات، ثم يقرر تحويل المبلغ إلى البائع، أو إعادته إلى رصيد "
                    "المشتري، أو تقسيمه بينهما.</p>"
                    "<h2>الأرباح والسحب</h2>"
                    "<p>تصبح أرباح البائع قابلة للسحب بعد {clearance} أيام من اكتمال الطلب، "
                    "وتُسحب إلى حساب مصرفي ليبي برقم آيبان صحيح، أو بطريقة أخرى يفعّلها الموقع، "
                    "بحد أدنى قدره {min_withdrawal} دينار ليبي. يعلّم فريق الدعم كل طلب سحب "
                    "مدفوعًا مع الرقم المرجعي للتحويل، أو يرفضه فيعود المبلغ إلى رصيد البائع. "
                    "أما المبالغ المستردة إلى رصيد المشتري فمخصصة للشراء داخل الموقع ولا "
                    "تُسحب.</p>"
                    "<h2>التقييمات</h2>"
                    "<p>بعد اكتمال الطلب يقيّم كل طرف الآخر مرة واحدة، من نجمة إلى خمس نجوم "
                    "مع نص، خلال {review_days} يومًا، ويرد البائع على التقييم مرة واحدة. ويحق "
                    "لفريق الدعم إخفاء التقييمات المسيئة أو المخالفة.</p>"
                    "<h2>التعامل خارج الموقع</h2>"
                    "<p>التواصل أو الدفع خارج مايكروليبي يُسقط الضمان، ويُمنع طلبه أو "
                    "الترويج له في الخدمات والمشاريع والرسائل.</p>"
                    "<h2>المحتوى الممنوع</h2>"
                    "<p>يُمنع المحتوى المخالف للقانون الليبي، والاحتيال، ونسبة أعمال الآخرين "
                    "إلى نفسك، ويحق لفريق الدعم إيقاف الخدمات والحسابات المخالفة.</p>"
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
                    "<h2>Services and projects</h2>"
                    "<p>The support team reviews every new service and every edit of a "
                    "published one before it shows, and every open project too. A project "
                    "stays open for proposals for {project_days} days, and each seller sends "
                    "one proposal per project, up to {proposals_month} proposals a month.</p>"
                    "<h2>Prices and commission</h2>"
                    "<p>The lowest price of a service is {min_price} LYD. The listed price "
                    "is what the buyer pays: nothing is ever added to it. MicroLibya takes "
                    "a commission of {commission}% from the seller's earnings only, never "
                    "from the buyer.</p>"
                    "<h2>Payment and escrow</h2>"
                    "<p>The buyer pays from their balance, by a bank transfer or cash deposit "
                    "confirmed by the support team, or by card through the online payment "
                    "gateway. An order is cancelled if its bank-transfer payment is not "
                    "completed within {bank_hours} hours. The money paid stays in escrow "
                    "until the order completes or is cancelled.</p>"
                    "<h2>Orders and cancellation</h2>"
                    "<p>An order completes when the buyer accepts the delivery, or by itself "
                    "{auto_days} days after the delivery without an answer. The buyer may "
                    "cancel and be refunded to their balance when the seller has not "
                    "started, the order is late, or the seller has not replied for "
                    "{no_reply} hours. The seller may cancel before delivering, and the "
                    "buyer is refunded.</p>"
                    "<h2>Disputes</h2>"
                    "<p>The buyer or the seller may open a dispute before the delivery is "
                    "accepted. The support team reads the conversation and the deliveries, "
                    "then decides to release the money to the seller, refund it to the "
                    "buyer's balance, or split it between them.</p>"
                    "<h2>Earnings and withdrawals</h2>"
                    "<p>A seller's earnings can be withdrawn {clearance} days after the "
                    "order completes, to a Libyan bank account with a valid IBAN or by another "
                    "method the site switches on, with a minimum of {min_withdrawal} LYD. The "
                    "support team marks each withdrawal paid with the transfer's reference, "
                    "or rejects it and the money returns to the seller's balance. Money "
                    "refunded to a buyer's balance is kept for purchases on the site and "
                    "cannot be withdrawn.</p>"
                    "<h2>Reviews</h2>"
                    "<p>Once an order completes, each side reviews the other once, from one "
                    "to five stars with a text, within {review_days} days, and the seller may "
                    "reply to a review once. The support team may hide abusive reviews or "
                    "reviews that break the rules.</p>"
                    "<h2>Dealing outside the site</h2>"
                    "<p>Talking or paying outside MicroLibya loses the guarantee, and asking "
                    "for it or promoting it in services, projects and messages is not "
                    "allowed.</p>"
                    "<h2>What is not allowed</h2>"
                    "<p>Content against Libyan law, fraud, and passing off other people's "
                    "work as your own are not allowed; support staff may suspend such "
                    "services and accounts.</p>"
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
                    "ومحادثاتك ومدفوعاتك داخل الموقع، وإيصالات التحويل المصرفي التي ترفعها، "
                    "وبيانات حسابك المصرفي عندما تطلب سحب أرباحك.</p>"
                    "<h2>لماذا نجمعه</h2>"
                    "<p>لتشغيل حسابك وطلباتك، وحماية أموالك في الضمان، وتحويل أرباحك إلى "
                    "حسابك، وإرسال الإشعارات التي تهمك، ومنع الاحتيال.</p>"
                    "<h2>الرسائل</h2>"
                    "<p>يتحقق الموقع آليًا من وجود رقم هاتف أو بريد إلكتروني في الرسائل، "
                    "ليعرض تنبيهًا بأن التعامل خارج الموقع يُسقط الضمان. ويطّلع فريق الدعم "
                    "على محادثة الطلب وتسليماته عند النزاع.</p>"
                    "<h2>ما لا نفعله</h2>"
                    "<p>لا نبيع بياناتك، ولا نعرض بريدك الإلكتروني على المستخدمين الآخرين، "
                    "ولا يصل إلينا رقم بطاقتك المصرفية، فبوابة الدفع هي التي تعالجه.</p>"
                    "<h2>حقوقك</h2>"
                    "<p>يمكنك تعديل ملفك الشخصي في أي وقت، وطلب حذف حسابك من فريق الدعم.</p>"
                ),
            },
            "en": {
                "title": "Privacy policy",
                "intro": "What data we keep, why, and how we protect it.",
                "body": (
                    "<h2>What we keep</h2>"
                    "<p>Your e-mail address, username and what you add to your profile, "
                    "your orders, conversations and payments on the site, the bank-transfer "
                    "receipts you upload, and your bank account details when you ask to "
                    "withdraw your earnings.</p>"
                    "<h2>Why</h2>"
                    "<p>To run your account and orders, protect your money in escrow, pay "
                    "your earnings into your account, send you the notifications you care "
                    "about, and prevent fraud.</p>"
                    "<h2>Messages</h2>"
                    "<p>The site automatically checks messages for phone numbers and e-mail "
                    "addresses, to show a warning that dealing outside the site loses the "
                    "guarantee. The support team reads an order's conversation and "
                    "deliveries when it is disputed.</p>"
                    "<h2>What we never do</h2>"
                    "<p>We do not sell your data, we do not show your e-mail address to "
                    "other users, and your card number never reaches us: the payment "
                    "gateway handles it.</p>"
                    "<h2>Your rights</h2>"
                    "<p>You can edit your profile at any time, and ask support to delete "
                    "your account.</p>"
                ),
            },
        },
    ]
