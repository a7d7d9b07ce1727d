"""The FAQ page's demo content: topics and questions, Arabic first with the English
translation of each (the same paragraphs in the same order). A question's slug is
its answer's anchor. The rule numbers are named placeholders in braces, filled with
`.format(**numbers)` (see pages.demo.rule_numbers).
"""

FAQ_TOPICS = [
    {
        "ar": {
            "title": "عن مايكروليبي",
        },
        "en": {
            "title": "About MicroLibya",
        },
        "questions": [
            {
                "slug": "what-is-microlibya",
                "ar": {
                    "question": "ما هو مايكروليبي؟",
                    "answer": (
                        "<p>مايكروليبي سوق ليبي للخدمات الرقمية المصغرة، يعرض فيه المستقلون خدمات "
                        "محددة بأسعار واضحة تبدأ من {min_price} دينار ليبي، مثل تصميم الشعارات "
                        "والترجمة والبرمجة والكتابة والتسويق.</p>"
                        "<p>يشتري المشتري الخدمة ويدفع ثمنها، ونحتفظ بالمبلغ في الضمان حتى يستلم "
                        "العمل ويقبله. ويمكنه أيضًا نشر مشروع مفتوح ليتلقى عروض البائعين ويختار "
                        "أنسبها.</p>"
                    ),
                },
                "en": {
                    "question": "What is MicroLibya?",
                    "answer": (
                        "<p>MicroLibya is a Libyan marketplace for small digital services, where "
                        "freelancers offer defined services at clear prices starting from "
                        "{min_price} LYD, such as logo design, translation, programming, writing "
                        "and marketing.</p>"
                        "<p>The buyer buys the service and pays for it, and we hold the money in "
                        "escrow until they receive the work and accept it. Buyers can also post an "
                        "open project to receive proposals from sellers and choose the best "
                        "one.</p>"
                    ),
                },
            },
            {
                "slug": "is-signing-up-free",
                "ar": {
                    "question": "هل التسجيل مجاني؟ وهل أحتاج إلى حسابين للشراء والبيع؟",
                    "answer": (
                        "<p>التسجيل مجاني تمامًا، ويكفيك حساب واحد للشراء والبيع معًا. سجّل ببريدك "
                        "الإلكتروني، ثم أكّده من الرسالة التي نرسلها إليك، وأكمل ملفك الشخصي.</p>"
                    ),
                },
                "en": {
                    "question": "Is signing up free? Do I need two accounts to buy and sell?",
                    "answer": (
                        "<p>Signing up is completely free, and one account is enough to both buy "
                        "and sell. Sign up with your e-mail address, confirm it from the message "
                        "we send you, and complete your profile.</p>"
                    ),
                },
            },
            {
                "slug": "who-can-sell",
                "ar": {
                    "question": "من يستطيع البيع على مايكروليبي؟",
                    "answer": (
                        "<p>كل من يملك مهارة رقمية يستطيع البيع، سواء كان طالبًا أو موظفًا يبحث عن "
                        "دخل إضافي أو مستقلًا متفرغًا. أضف خدمتك بعنوان ووصف وسعر ومدة تسليم وصور، "
                        "ثم يراجعها فريق الدعم قبل نشرها.</p>"
                    ),
                },
                "en": {
                    "question": "Who can sell on MicroLibya?",
                    "answer": (
                        "<p>Anyone with a digital skill can sell, whether a student, an employee "
                        "looking for extra income or a full-time freelancer. Add your service with "
                        "a title, a description, a price, a delivery time and images, and the "
                        "support team reviews it before it is published.</p>"
                    ),
                },
            },
            {
                "slug": "which-currency",
                "ar": {
                    "question": "بأي عملة تُعرض الأسعار؟",
                    "answer": (
                        "<p>كل الأسعار والمدفوعات والأرباح بالدينار الليبي. وقد ترى بعض المبالغ "
                        "بثلاث خانات عشرية، لأن الدينار الواحد يساوي ألف درهم.</p>"
                    ),
                },
                "en": {
                    "question": "Which currency are prices in?",
                    "answer": (
                        "<p>All prices, payments and earnings are in Libyan dinars. You may see "
                        "some amounts with three decimal places, because one dinar is worth a "
                        "thousand dirhams.</p>"
                    ),
                },
            },
        ],
    },
    {
        "ar": {
            "title": "الشراء والطلبات",
        },
        "en": {
            "title": "Buying and orders",
        },
        "questions": [
            {
                "slug": "do-buyers-pay-fees",
                "ar": {
                    "question": "هل يدفع المشتري رسومًا أو عمولة فوق سعر الخدمة؟",
                    "answer": (
                        "<p>لا. السعر الذي تراه على الخدمة هو ما تدفعه بالضبط، مع ثمن الإضافات "
                        "التي تختارها إن وُجدت. عمولة الموقع تُقتطع من نصيب البائع فقط، ولا تُؤخذ "
                        "من المشتري أبدًا.</p>"
                    ),
                },
                "en": {
                    "question": "Do buyers pay any fee or commission on top of the price?",
                    "answer": (
                        "<p>No. The price you see on the service is exactly what you pay, plus the "
                        "extras you choose, if any. The site's commission is taken from the "
                        "seller's share only, never from the buyer.</p>"
                    ),
                },
            },
            {
                "slug": "how-do-i-buy",
                "ar": {
                    "question": "كيف أشتري خدمة؟",
                    "answer": (
                        "<p>ابحث عن الخدمة أو تصفح التصنيفات، واقرأ الوصف والتقييمات وملف البائع، "
                        "ثم اختر الإضافات التي تحتاجها وأضف الخدمة إلى السلة وادفع. بعد الدفع يصبح "
                        "لكل خدمة طلب مستقل، فاكتب فيه تعليماتك للبائع وأرفق ملفاتك.</p>"
                    ),
                },
                "en": {
                    "question": "How do I buy a service?",
                    "answer": (
                        "<p>Search for the service or browse the categories, read the description, "
                        "the reviews and the seller's profile, then choose the extras you need, "
                        "add the service to your cart and pay. After paying, each service becomes "
                        "a separate order: write your instructions for the seller there and attach "
                        "your files.</p>"
                    ),
                },
            },
            {
                "slug": "what-if-i-do-not-answer-a-delivery",
                "ar": {
                    "question": "ماذا يحدث إذا لم أرد على التسليم؟",
                    "answer": (
                        "<p>إذا لم تقبل التسليم ولم تطلب تعديلات ولم تفتح نزاعًا خلال {auto_days} "
                        "أيام من التسليم، يكتمل الطلب تلقائيًا ويُحوَّل المبلغ إلى البائع. لذلك "
                        "راجع كل تسليم فور وصوله.</p>"
                    ),
                },
                "en": {
                    "question": "What happens if I do not answer a delivery?",
                    "answer": (
                        "<p>If you do not accept the delivery, ask for changes or open a dispute "
                        "within {auto_days} days of the delivery, the order completes "
                        "automatically and the money is released to the seller. So check every "
                        "delivery as soon as it arrives.</p>"
                    ),
                },
            },
            {
                "slug": "can-i-ask-for-changes",
                "ar": {
                    "question": "هل أستطيع طلب تعديلات على العمل المسلَّم؟",
                    "answer": (
                        "<p>نعم. اضغط على «طلب تعديلات» في صفحة الطلب واشرح ما تريد تغييره، فيعود "
                        "الطلب إلى البائع ليعدّل ويسلّم من جديد. اطلب التعديلات في حدود ما يتضمنه "
                        "وصف الخدمة.</p>"
                    ),
                },
                "en": {
                    "question": "Can I ask for changes to the delivered work?",
                    "answer": (
                        "<p>Yes. Click “Ask for changes” on the order page and explain what you "
                        "want changed: the order goes back to the seller, who makes the changes "
                        "and delivers again. Keep your requests within what the service "
                        "description includes.</p>"
                    ),
                },
            },
            {
                "slug": "when-can-i-cancel",
                "ar": {
                    "question": "متى أستطيع إلغاء طلبي؟",
                    "answer": (
                        "<p>تستطيع إلغاء الطلب واسترداد المبلغ في هذه الحالات:</p>"
                        "<ul><li>إذا لم يبدأ البائع العمل بعد.</li>"
                        "<li>إذا تجاوز الطلب موعد التسليم.</li>"
                        "<li>إذا لم يرد عليك البائع مدة {no_reply} ساعة.</li></ul>"
                        "<p>ويستطيع البائع أيضًا إلغاء الطلب في أي وقت قبل التسليم. وفي غير هذه "
                        "الحالات تستطيع فتح نزاع ليقرر فيه فريق الدعم.</p>"
                    ),
                },
                "en": {
                    "question": "When can I cancel my order?",
                    "answer": (
                        "<p>You can cancel the order and get your money back in these cases:</p>"
                        "<ul><li>The seller has not started working yet.</li>"
                        "<li>The order is past its delivery deadline.</li>"
                        "<li>The seller has not replied to you for {no_reply} hours.</li></ul>"
                        "<p>The seller may also cancel the order at any time before delivering. In "
                        "other cases, you can open a dispute for the support team to decide.</p>"
                    ),
                },
            },
        ],
    },
    {
        "ar": {
            "title": "الدفع والضمان",
        },
        "en": {
            "title": "Payments and the guarantee",
        },
        "questions": [
            {
                "slug": "how-does-the-guarantee-work",
                "ar": {
                    "question": "كيف يحمي الضمان أموالي؟",
                    "answer": (
                        "<p>عندما تدفع لا يصل المبلغ إلى البائع مباشرة، بل نحتفظ به في ضمان خاص "
                        "بطلبك. لا يُحوَّل إلى البائع إلا عندما تقبل التسليم، أو بعد {auto_days} "
                        "أيام من التسليم دون رد منك. وإذا أُلغي الطلب عاد المبلغ كاملًا إلى "
                        "رصيدك.</p>"
                    ),
                },
                "en": {
                    "question": "How does the guarantee protect my money?",
                    "answer": (
                        "<p>When you pay, the money does not reach the seller straight away: we "
                        "hold it in an escrow of your order. It is released to the seller only "
                        "when you accept the delivery, or {auto_days} days after the delivery "
                        "without an answer from you. If the order is cancelled, the whole amount "
                        "returns to your balance.</p>"
                    ),
                },
            },
            {
                "slug": "payment-methods",
                "ar": {
                    "question": "ما طرق الدفع المتاحة؟",
                    "answer": (
                        "<p>تتوفر الطرق التي تفعّلها إدارة الموقع، وهي عادةً:</p>"
                        "<ul><li>الدفع من رصيدك في الموقع.</li>"
                        "<li>التحويل المصرفي أو الإيداع النقدي، ويؤكده فريق الدعم.</li>"
                        "<li>البطاقة المصرفية عبر بوابة الدفع الإلكتروني.</li></ul>"
                    ),
                },
                "en": {
                    "question": "Which payment methods are available?",
                    "answer": (
                        "<p>The methods the site's administration has switched on are available, "
                        "usually:</p>"
                        "<ul><li>Paying from your balance on the site.</li>"
                        "<li>A bank transfer or cash deposit, confirmed by the support team.</li>"
                        "<li>A bank card through the online payment gateway.</li></ul>"
                    ),
                },
            },
            {
                "slug": "bank-transfer-confirmation",
                "ar": {
                    "question": "دفعت بتحويل مصرفي، متى يبدأ طلبي؟",
                    "answer": (
                        "<p>بعد التحويل أو الإيداع اكتب رقم الإيصال أو ارفع صورته في صفحة الدفع. "
                        "يراجع فريق الدعم الدفعة ويؤكدها، فينتقل طلبك من «بانتظار الدفع» إلى "
                        "«جديد» ويُبلَّغ البائع.</p>"
                        "<p>إذا لم تكتمل الدفعة خلال {bank_hours} ساعة يُلغى الطلب تلقائيًا، فلا "
                        "تتأخر في إرسال الإيصال.</p>"
                    ),
                },
                "en": {
                    "question": "I paid by bank transfer. When does my order start?",
                    "answer": (
                        "<p>After the transfer or deposit, type the receipt number or upload a "
                        "photo of it on the payment page. The support team checks the payment and "
                        "confirms it: your order moves from “Awaiting payment” to “New” and the "
                        "seller is notified.</p>"
                        "<p>If the payment is not completed within {bank_hours} hours, the order "
                        "is cancelled automatically, so do not wait to send the receipt.</p>"
                    ),
                },
            },
            {
                "slug": "where-do-refunds-go",
                "ar": {
                    "question": "أين يذهب المبلغ عند استرداده؟ وهل أستطيع سحبه؟",
                    "answer": (
                        "<p>يعود المبلغ المسترد كاملًا إلى رصيدك في الموقع، وتستطيع استعماله فورًا "
                        "لشراء خدمة أخرى. هذا الرصيد مخصص للشراء داخل الموقع ولا يُسحب إلى حساب "
                        "مصرفي، أما السحب فهو لأرباح البائعين من طلباتهم المكتملة.</p>"
                    ),
                },
                "en": {
                    "question": "Where does refunded money go, and can I withdraw it?",
                    "answer": (
                        "<p>Refunded money returns in full to your balance on the site, and you "
                        "can use it at once to buy another service. This balance is kept for "
                        "purchases on the site and is not withdrawn to a bank account: withdrawals "
                        "are for sellers' earnings from their completed orders.</p>"
                    ),
                },
            },
            {
                "slug": "how-are-disputes-resolved",
                "ar": {
                    "question": "كيف تُحل النزاعات بين المشتري والبائع؟",
                    "answer": (
                        "<p>يستطيع المشتري أو البائع فتح نزاع من صفحة الطلب ما دام العمل قيد "
                        "التنفيذ أو بانتظار التعديل أو مسلَّمًا لم يُقبل بعد. يراجع فريق الدعم "
                        "المحادثة والتسليمات، ثم يقرر أحد ثلاثة حلول: تحويل المبلغ إلى البائع، أو "
                        "إعادته إلى المشتري، أو تقسيمه بينهما، مع شرح سبب القرار للطرفين.</p>"
                    ),
                },
                "en": {
                    "question": "How are disputes between buyers and sellers settled?",
                    "answer": (
                        "<p>The buyer or the seller can open a dispute from the order page while "
                        "the work is in progress, waiting for changes, or delivered and not yet "
                        "accepted. The support team reads the conversation and the deliveries, "
                        "then decides one of three outcomes: release the money to the seller, "
                        "refund it to the buyer, or split it between them, explaining the reason "
                        "for the decision to both sides.</p>"
                    ),
                },
            },
            {
                "slug": "paying-outside-the-site",
                "ar": {
                    "question": "هل أستطيع الدفع للبائع مباشرة خارج الموقع؟",
                    "answer": (
                        "<p>لا ننصح بذلك أبدًا. التعامل أو الدفع خارج مايكروليبي يُسقط الضمان، فلا "
                        "نستطيع حمايتك ولا استرجاع مالك إن حدثت مشكلة. ولهذا يظهر تنبيه عندما "
                        "تتضمن رسالة ما رقم هاتف أو بريدًا إلكترونيًا، ويُمنع البائعون من طلب "
                        "الدفع خارج الموقع.</p>"
                    ),
                },
                "en": {
                    "question": "Can I pay the seller directly, outside the site?",
                    "answer": (
                        "<p>We strongly advise against it. Dealing or paying outside MicroLibya "
                        "removes the guarantee, so we cannot protect you or get your money back if "
                        "something goes wrong. That is why a warning shows when a message contains "
                        "a phone number or an e-mail address, and why sellers may not ask to be "
                        "paid outside the site.</p>"
                    ),
                },
            },
        ],
    },
    {
        "ar": {
            "title": "البيع والأرباح",
        },
        "en": {
            "title": "Selling and earnings",
        },
        "questions": [
            {
                "slug": "minimum-service-price",
                "ar": {
                    "question": "ما أقل سعر يمكن أن أضعه لخدمتي؟",
                    "answer": (
                        "<p>أقل سعر لخدمة هو {min_price} دينار ليبي، ولكل تصنيف حد أعلى تحدده "
                        "إدارة الموقع. ويمكنك إضافة إضافات اختيارية، لكل منها سعرها ومدتها "
                        "الإضافية.</p>"
                    ),
                },
                "en": {
                    "question": "What is the lowest price I can set for my service?",
                    "answer": (
                        "<p>The lowest price of a service is {min_price} LYD, and each category "
                        "has a maximum set by the site's administration. You can also add optional "
                        "extras, each with its own price and extra days.</p>"
                    ),
                },
            },
            {
                "slug": "how-much-is-the-commission",
                "ar": {
                    "question": "كم عمولة الموقع، ومن يدفعها؟",
                    "answer": (
                        "<p>العمولة {commission}% من قيمة كل طلب مكتمل، ويدفعها البائع وحده من "
                        "أرباحه، ولا يدفع المشتري أي عمولة. وهي نسبة واحدة لكل البائعين، وقد تعلن "
                        "الإدارة أحيانًا عروضًا عامة تخفضها لفترة محددة.</p>"
                    ),
                },
                "en": {
                    "question": "How much is the site's commission, and who pays it?",
                    "answer": (
                        "<p>The commission is {commission}% of every completed order, paid by the "
                        "seller alone out of their earnings; the buyer pays no commission. It is "
                        "the same rate for every seller, and the administration may at times "
                        "announce site-wide offers that lower it for a limited period.</p>"
                    ),
                },
            },
            {
                "slug": "why-is-my-service-reviewed",
                "ar": {
                    "question": "لماذا تُراجَع خدمتي قبل نشرها؟",
                    "answer": (
                        "<p>يراجع فريق الدعم كل خدمة جديدة وكل تعديل على خدمة منشورة، ليحافظ على "
                        "جودة السوق ويحمي المشترين. أثناء مراجعة التعديل تبقى النسخة القديمة من "
                        "خدمتك ظاهرة. وإذا رُفضت الخدمة تصلك الأسباب بالبريد وفي الموقع، فتصححها "
                        "وتعيد إرسالها.</p>"
                    ),
                },
                "en": {
                    "question": "Why is my service reviewed before it is published?",
                    "answer": (
                        "<p>The support team reviews every new service and every edit of a "
                        "published one, to keep the marketplace's quality high and protect buyers. "
                        "While an edit is being reviewed, the old version of your service stays "
                        "live. If the service is rejected, you get the reasons by e-mail and on "
                        "the site, so you can fix it and send it again.</p>"
                    ),
                },
            },
            {
                "slug": "when-can-i-withdraw",
                "ar": {
                    "question": "متى أستطيع سحب أرباحي؟",
                    "answer": (
                        "<p>تصبح أرباح كل طلب قابلة للسحب بعد فترة تعليق مدتها {clearance} أيام من "
                        "اكتماله، وذلك متى بلغ رصيدك المتاح الحد الأدنى للسحب، وهو "
                        "{min_withdrawal} دينار ليبي.</p>"
                    ),
                },
                "en": {
                    "question": "When can I withdraw my earnings?",
                    "answer": (
                        "<p>The earnings of each order become withdrawable after a clearance "
                        "period of {clearance} days from its completion, as soon as your available "
                        "balance reaches the minimum withdrawal of {min_withdrawal} LYD.</p>"
                    ),
                },
            },
            {
                "slug": "how-do-withdrawals-work",
                "ar": {
                    "question": "كيف تصل أرباحي إلى حسابي المصرفي؟",
                    "answer": (
                        "<p>اطلب السحب من صفحة أرباحك، واختر حسابًا مصرفيًا ليبيًا، واكتب اسم "
                        "المصرف واسم صاحب الحساب ورقم الآيبان الذي يبدأ بالحرفين LY. يتحقق الموقع "
                        "من صحة الرقم فورًا.</p>"
                        "<p>يراجع فريق الدعم الطلب ثم يرسل المبلغ، ويعلّمه «مدفوعًا» مع الرقم "
                        "المرجعي للتحويل. وإذا رُفض الطلب عاد المبلغ كاملًا إلى رصيدك مع سبب "
                        "الرفض.</p>"
                    ),
                },
                "en": {
                    "question": "How do my earnings reach my bank account?",
                    "answer": (
                        "<p>Request a withdrawal from your earnings page, choose a Libyan bank "
                        "account, and type the bank's name, the account holder's name and the "
                        "IBAN, which starts with LY. The site checks the number straight away.</p>"
                        "<p>The support team reviews the request, then sends the money and marks "
                        "it “Paid” with the transfer's reference number. If the request is "
                        "rejected, the whole amount returns to your balance with the reason.</p>"
                    ),
                },
            },
        ],
    },
    {
        "ar": {
            "title": "المشاريع والتقييمات والحساب",
        },
        "en": {
            "title": "Projects, reviews and your account",
        },
        "questions": [
            {
                "slug": "how-long-do-projects-stay-open",
                "ar": {
                    "question": "كم يبقى المشروع المفتوح متاحًا للعروض؟",
                    "answer": (
                        "<p>بعد أن يوافق فريق الدعم على المشروع، يبقى مفتوحًا للعروض مدة "
                        "{project_days} يومًا. إذا لم يقبل صاحبه أي عرض خلالها ينتهي تلقائيًا، "
                        "ويستطيع صاحبه إغلاقه قبل ذلك متى شاء.</p>"
                    ),
                },
                "en": {
                    "question": "How long does an open project take proposals?",
                    "answer": (
                        "<p>Once the support team approves the project, it stays open for "
                        "proposals for {project_days} days. If its owner accepts no proposal in "
                        "that time it ends by itself, and the owner can close it earlier whenever "
                        "they like.</p>"
                    ),
                },
            },
            {
                "slug": "how-many-proposals",
                "ar": {
                    "question": "كم عرضًا أستطيع أن أرسل على المشاريع؟",
                    "answer": (
                        "<p>ترسل عرضًا واحدًا على كل مشروع، وتستطيع تعديله أو سحبه ما دام المشروع "
                        "مفتوحًا. ولكل بائع حد شهري قدره {proposals_month} عرضًا، تُحتسب ضمنه "
                        "العروض المسحوبة.</p>"
                    ),
                },
                "en": {
                    "question": "How many proposals can I send on projects?",
                    "answer": (
                        "<p>You send one proposal per project, and you can edit or withdraw it "
                        "while the project is open. Each seller also has a monthly limit of "
                        "{proposals_month} proposals, which includes withdrawn ones.</p>"
                    ),
                },
            },
            {
                "slug": "how-do-reviews-work",
                "ar": {
                    "question": "متى أستطيع تقييم الطرف الآخر؟ وهل يرد البائع على التقييم؟",
                    "answer": (
                        "<p>بعد اكتمال الطلب يقيّم كل من المشتري والبائع الآخر مرة واحدة، من نجمة "
                        "إلى خمس نجوم مع نص قصير، خلال {review_days} يومًا من الاكتمال. ويستطيع "
                        "البائع الرد على التقييم الذي يصله مرة واحدة فقط.</p>"
                    ),
                },
                "en": {
                    "question": "When can I review the other side, and can the seller reply?",
                    "answer": (
                        "<p>Once the order completes, the buyer and the seller each review the "
                        "other once, from one to five stars with a short text, within "
                        "{review_days} days of completion. The seller can reply to the review they "
                        "receive only once.</p>"
                    ),
                },
            },
            {
                "slug": "what-do-badges-mean",
                "ar": {
                    "question": "ماذا تعني الشارات على ملفات البائعين؟",
                    "answer": (
                        "<ul><li><b>بائع مؤسس:</b> انضم إلى الموقع في بداياته.</li>"
                        "<li><b>هوية موثقة:</b> تحقق فريق الدعم من وثيقة هويته الرسمية.</li>"
                        "<li><b>الأعلى تقييمًا:</b> يجمع بين تقييم مرتفع وعدد كافٍ من التقييمات "
                        "والطلبات المكتملة والتسليم في الموعد.</li></ul>"
                    ),
                },
                "en": {
                    "question": "What do the badges on sellers' profiles mean?",
                    "answer": (
                        "<ul><li><b>Founding seller:</b> joined the site in its early days.</li>"
                        "<li><b>Verified identity:</b> the support team checked their official "
                        "identity document.</li>"
                        "<li><b>Top rated:</b> combines a high rating with enough reviews, "
                        "completed orders and on-time deliveries.</li></ul>"
                    ),
                },
            },
            {
                "slug": "delete-my-account",
                "ar": {
                    "question": "كيف أعدّل بياناتي أو أحذف حسابي؟",
                    "answer": (
                        "<p>تستطيع تعديل ملفك الشخصي في أي وقت من صفحة حسابك. ولحذف الحساب تواصل "
                        "مع فريق الدعم، ويُفضَّل أن تنهي طلباتك المفتوحة وتسحب أرباحك المتاحة قبل "
                        "ذلك.</p>"
                    ),
                },
                "en": {
                    "question": "How do I edit my details or delete my account?",
                    "answer": (
                        "<p>You can edit your profile at any time from your account page. To "
                        "delete your account, contact the support team; it is best to finish your "
                        "open orders and withdraw your available earnings first.</p>"
                    ),
                },
            },
        ],
    },
]
