"""The demo home page, Arabic first with its English translation (same blocks, same order:
the English strings are paired with the Arabic ones one by one)."""


def _steps(heading, steps):
    return {"heading": heading, "steps": [{"title": t, "text": x} for t, x in steps]}


HOME_BODY = {
    "ar": [
        (
            "hero",
            {
                "title": "خدمات مصغّرة بأيدٍ ليبية، تبدأ من {min_price} دينارات",
                "subtitle": "اطلب تصميم شعار أو ترجمة أو برمجة من مستقلين ليبيين. نحتفظ "
                "بأموالك في أمان حتى تستلم العمل وتقبله.",
                "search_placeholder": "عن أي خدمة تبحث؟",
            },
        ),
        ("featured_categories", {"heading": "تصفّح التصنيفات", "categories": []}),
        (
            "featured_services",
            {"heading": "الخدمات الأعلى تقييمًا", "source": "top_rated", "services": [], "count": 8},
        ),
        (
            "steps",
            _steps(
                "كيف تشتري على مايكروليبي؟",
                [
                    (
                        "اختر خدمة",
                        "ابحث بالكلمات أو تصفح التصنيفات، واقرأ التقييمات وملف البائع قبل الشراء.",
                    ),
                    (
                        "ادفع بأمان",
                        "تدفع السعر المعروض فقط، ويبقى المبلغ محجوزًا لدينا حتى تستلم العمل.",
                    ),
                    (
                        "استلم واقبل",
                        "عندما تقبل التسليم يُحوَّل المبلغ إلى البائع، وإن لم يُنفَّذ الطلب يعود "
                        "المبلغ إلى رصيدك.",
                    ),
                ],
            ),
        ),
        (
            "steps",
            _steps(
                "كيف تبيع على مايكروليبي؟",
                [
                    (
                        "أضف خدمتك",
                        "اكتب عنوانًا واضحًا ووصفًا وسعرًا من {min_price} دينارات، وأضف صورًا "
                        "من أعمالك.",
                    ),
                    (
                        "نفّذ الطلب",
                        "يصلك إشعار بكل طلب جديد، فتتواصل مع المشتري وتسلّم العمل من صفحة الطلب.",
                    ),
                    (
                        "اسحب أرباحك",
                        "تُحتسب عمولة {commission}% من أرباحك فقط، وتسحب الباقي إلى حسابك "
                        "المصرفي بعد {clearance} أيام من اكتمال الطلب.",
                    ),
                ],
            ),
        ),
        (
            "testimonials",
            {
                "heading": "ماذا يقول مستخدمونا",
                "testimonials": [
                    {
                        "quote": "احتجت شعارًا لمقهاي قبل الافتتاح بأسبوع، فوجدت مصممة من مصراتة "
                        "سلّمتني ثلاثة نماذج في يومين، ولم أدفع إلا بعد أن رضيت بالنتيجة.",
                        "name": "سالم",
                        "role": "صاحب مقهى في بنغازي",
                    },
                    {
                        "quote": "أبيع خدمات الترجمة منذ أشهر، والأرباح تصلني إلى حسابي في المصرف "
                        "دون تعقيد. أجمل ما في الموقع أن المشتري مطمئن فيطلب بسهولة.",
                        "name": "هدى",
                        "role": "مترجمة مستقلة في طرابلس",
                    },
                    {
                        "quote": "نشرت مشروع متجر إلكتروني صغير فوصلتني عروض كثيرة في يوم واحد، "
                        "واخترت المبرمج بعد أن قرأت تقييماته وتحدثت معه.",
                        "name": "عبد الله",
                        "role": "تاجر ملابس في سبها",
                    },
                ],
            },
        ),
        (
            "call_to_action",
            {
                "title": "لديك مهارة؟ ابدأ البيع اليوم",
                "text": "أنشئ حسابًا مجانيًا واعرض خدماتك للمشترين في كل ليبيا. حساب واحد "
                "للشراء والبيع معًا.",
                "button_text": "أنشئ حسابك",
                "button_link": "/accounts/signup/",
            },
        ),
    ],
    "en": [
        (
            "hero",
            {
                "title": "Small digital services by Libyan hands, from {min_price} dinars",
                "subtitle": "Order a logo, a translation or some code from Libyan freelancers. "
                "We hold your money safely until you receive the work and accept it.",
                "search_placeholder": "What service are you looking for?",
            },
        ),
        ("featured_categories", {"heading": "Browse the categories", "categories": []}),
        (
            "featured_services",
            {"heading": "Best rated services", "source": "top_rated", "services": [], "count": 8},
        ),
        (
            "steps",
            _steps(
                "How do you buy on MicroLibya?",
                [
                    (
                        "Choose a service",
                        "Search by words or browse the categories; read the reviews and the "
                        "seller's profile before you buy.",
                    ),
                    (
                        "Pay safely",
                        "You pay the listed price only, and we hold it until you receive the work.",
                    ),
                    (
                        "Receive and accept",
                        "When you accept the delivery the seller is paid; if the order is not "
                        "done, the money returns to your balance.",
                    ),
                ],
            ),
        ),
        (
            "steps",
            _steps(
                "How do you sell on MicroLibya?",
                [
                    (
                        "Add your service",
                        "Write a clear title, a description and a price from {min_price} dinars, "
                        "and add pictures of your work.",
                    ),
                    (
                        "Do the order",
                        "You are told of every new order; talk to the buyer and deliver from the "
                        "order's page.",
                    ),
                    (
                        "Withdraw your earnings",
                        "A {commission}% commission comes out of your earnings only; withdraw the "
                        "rest to your bank account {clearance} days after the order completes.",
                    ),
                ],
            ),
        ),
        (
            "testimonials",
            {
                "heading": "What our users say",
                "testimonials": [
                    {
                        "quote": "I needed a logo for my café a week before opening. A designer "
                        "from Misrata sent me three drafts in two days, and I paid only once I "
                        "was happy with the result.",
                        "name": "Salem",
                        "role": "Café owner in Benghazi",
                    },
                    {
                        "quote": "I have sold translation services for months and my earnings "
                        "reach my bank account without fuss. Buyers feel safe, so they order "
                        "easily.",
                        "name": "Huda",
                        "role": "Freelance translator in Tripoli",
                    },
                    {
                        "quote": "I posted a small online shop project and had many proposals in "
                        "a day; I chose the developer after reading his reviews and talking "
                        "with him.",
                        "name": "Abdullah",
                        "role": "Clothes trader in Sabha",
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
    ],
}


def home_body(language: str, numbers: dict) -> list:
    """The blocks in ``language`` with the site's rules filled in."""
    return [(kind, _format(value, numbers)) for kind, value in HOME_BODY[language]]


def _format(value, numbers):
    if isinstance(value, str):
        return value.format(**numbers)
    if isinstance(value, list):
        return [_format(item, numbers) for item in value]
    if isinstance(value, dict):
        return {key: _format(item, numbers) for key, item in value.items()}
    return value
