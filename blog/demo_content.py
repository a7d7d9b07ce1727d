"""The blog's demo content: categories and posts, Arabic first with the English
translation of each (the same paragraphs in the same order). The rule numbers are named
placeholders in braces, filled with `.format(**numbers)` (see pages.demo.rule_numbers).
"""

BLOG_CATEGORIES = [
    {
        "slug": "freelancing-tips",
        "ar": "نصائح للمستقلين",
        "en": "Freelancing tips",
    },
    {
        "slug": "small-business",
        "ar": "للمشاريع الصغيرة",
        "en": "For small businesses",
    },
    {
        "slug": "working-online",
        "ar": "العمل عبر الإنترنت بأمان",
        "en": "Working safely online",
    },
]

BLOG_POSTS = [
    {
        "slug": "price-your-first-service-in-libya",
        "date": "2026-09-15",
        "category": "freelancing-tips",
        "tags": {
            "ar": ["التسعير", "البيع", "المستقلون"],
            "en": ["pricing", "selling", "freelancers"],
        },
        "ar": {
            "title": "كيف تسعّر خدمتك الأولى في ليبيا دون أن تظلم نفسك",
            "intro": (
                "السعر المنخفض جدًا يُتعبك، والمرتفع جدًا يُبعد المشترين. إليك طريقة عملية لتحديد "
                "سعر خدمتك الأولى بثقة، ثم رفعه مع الوقت."
            ),
            "body": (
                "<h2>لماذا يحتار المستقل الجديد في التسعير؟</h2>"
                "<p>عندما تضيف خدمتك الأولى على مايكروليبي تواجه سؤالًا صعبًا: كم أطلب؟ إذا خفّضت "
                "السعر كثيرًا عملت ساعات طويلة مقابل مبلغ لا يستحق التعب، وإذا رفعته كثيرًا لم "
                "يغامر أحد بالشراء من بائع بلا تقييمات. والحل ليس في التخمين، بل في حساب بسيط ثم "
                "تجربة مدروسة.</p>"
                "<h2>الخطوة الأولى: احسب وقتك الحقيقي</h2>"
                "<p>اكتب كل ما تتطلبه الخدمة من البداية إلى النهاية: قراءة تعليمات المشتري، "
                "والتنفيذ، والمراجعة، والتعديلات المتوقعة، والرسائل. كثير من المستقلين يحسبون وقت "
                "التنفيذ فقط وينسون الباقي، فيكتشفون أن تصميم شعار «في ساعتين» يأخذ في الواقع "
                "يومًا كاملًا مع التعديلات.</p>"
                "<p>بعد ذلك حدد قيمة ساعة عملك. فكّر في مستوى خبرتك، وفي ما يمكن أن تكسبه من عمل "
                "آخر في الوقت نفسه، ثم اضرب عدد الساعات في هذه القيمة. هذا هو الرقم الذي تريد أن "
                "يصلك صافيًا.</p>"
                "<h2>الخطوة الثانية: أدخل العمولة في حسابك</h2>"
                "<p>يدفع المشتري السعر المعروض فقط، ويقتطع الموقع عمولة قدرها {commission}% من "
                "نصيبك أنت عند اكتمال الطلب. لذلك لا تضع صافي ما تريده سعرًا للخدمة، بل اقسم هذا "
                "الصافي على الباقي بعد العمولة. ولتبسيط الحساب افترض أن العمولة ربع المبلغ، وأنك "
                "تريد أن يصلك 60 دينارًا: اقسم 60 على ثلاثة أرباع لتحصل على سعر قدره 80 دينارًا. "
                "طبّق الطريقة نفسها على النسبة الفعلية.</p>"
                "<h2>الخطوة الثالثة: انظر إلى السوق</h2>"
                "<p>ابحث في مايكروليبي عن خدمات مشابهة لخدمتك، ولاحظ:</p>"
                "<ul><li>نطاق الأسعار الشائع، من الأرخص إلى الأغلى.</li>"
                "<li>ما يقدمه أصحاب الأسعار المرتفعة ولا يقدمه غيرهم.</li>"
                "<li>عدد التقييمات التي يملكها كل بائع.</li></ul>"
                "<p>لا تقلّد أرخص سعر، ولا تضع نفسك فوق أصحاب الخبرة من أول يوم. ضع سعرك في "
                "المنطقة المعقولة، وتذكّر أن أقل سعر مسموح به للخدمة هو {min_price} دينار ليبي.</p>"
                "<h2>الخطوة الرابعة: اجعل الإضافات تعمل لصالحك</h2>"
                "<p>بدلًا من رفع سعر الخدمة الأساسية، اجعلها بسيطة وبسعر جذاب، ثم أضف إضافات "
                "اختيارية لكل ما يتجاوزها: ملفات المصدر، أو تسليم صفحات إضافية، أو نسخة بمقاس آخر. "
                "لكل إضافة سعرها ومدتها الإضافية، وبهذا يدفع كل مشتري مقابل ما يحتاجه فعلًا، "
                "ويرتفع متوسط قيمة طلباتك دون أن تُخيف المشترين بسعر كبير.</p>"
                "<h2>الخطوة الخامسة: ارفع السعر في الوقت المناسب</h2>"
                "<p>السعر الأول ليس قرارًا دائمًا. بعد أن تجمع عددًا من التقييمات الجيدة وتصبح "
                "طلباتك منتظمة، ارفع السعر تدريجيًا. ومن العلامات التي تخبرك أن الوقت قد حان:</p>"
                "<ol><li>تصلك طلبات أكثر مما تستطيع تنفيذه في الموعد.</li>"
                "<li>يمدح المشترون الجودة في تقييماتهم باستمرار.</li>"
                "<li>صرت تنجز الخدمة أسرع وأفضل مما كنت في البداية.</li></ol>"
                "<h2>أخطاء شائعة في التسعير</h2>"
                "<ul><li>تقديم «كل شيء» بسعر واحد منخفض، ثم الشعور بالظلم عند كل تعديل.</li>"
                "<li>تغيير السعر كل يوم، فهذا يربك المشترين، وكل تعديل على الخدمة يمر بالمراجعة "
                "قبل أن يظهر.</li>"
                "<li>نسيان أن التأخير يعطي المشتري حق الإلغاء، فلا تقبل عملًا رخيصًا لا تجد له "
                "وقتًا.</li></ul>"
                "<h2>الخلاصة</h2>"
                "<p>احسب وقتك، وأدخل العمولة في الحساب، وانظر إلى السوق، واستعمل الإضافات بذكاء، "
                "ثم ارفع سعرك مع كل خطوة تتقدمها. السعر العادل هو الذي يجعلك تعمل بحماس، ويجعل "
                "المشتري يشعر أنه حصل على أكثر مما دفع.</p>"
            ),
        },
        "en": {
            "title": "How to price your first service in Libya without selling yourself short",
            "intro": (
                "Too low a price wears you out; too high a price drives buyers away. Here is a "
                "practical way to set the price of your first service with confidence, then raise "
                "it over time."
            ),
            "body": (
                "<h2>Why is pricing so hard for new freelancers?</h2>"
                "<p>When you add your first service on MicroLibya you face a hard question: how "
                "much should I ask? Price it too low and you work long hours for an amount not "
                "worth the effort; price it too high and nobody takes the risk of buying from a "
                "seller with no reviews. The answer is not guesswork, but a simple calculation "
                "followed by a careful test.</p>"
                "<h2>Step one: work out your real time</h2>"
                "<p>Write down everything the service takes from start to finish: reading the "
                "buyer's instructions, doing the work, checking it, the changes you expect, and "
                "the messages. Many freelancers count only the time spent doing the work and "
                "forget the rest, then find that a logo designed “in two hours” really takes a "
                "whole day with the changes.</p>"
                "<p>Then decide what an hour of your work is worth. Think about your level of "
                "experience and what you could earn from other work in the same time, then "
                "multiply the hours by that value. This is the amount you want to receive, net.</p>"
                "<h2>Step two: include the commission in your sums</h2>"
                "<p>The buyer pays only the listed price, and the site takes a commission of "
                "{commission}% from your share when the order completes. So do not list the net "
                "amount you want as the service's price: divide that net amount by what is left "
                "after the commission. To keep the sums simple, suppose the commission were a "
                "quarter of the amount and you wanted to receive 60 dinars: divide 60 by three "
                "quarters to get a price of 80 dinars. Apply the same method to the real rate.</p>"
                "<h2>Step three: look at the market</h2>"
                "<p>Search MicroLibya for services like yours, and notice:</p>"
                "<ul><li>The usual price range, from the cheapest to the most expensive.</li>"
                "<li>What the sellers with higher prices offer that others do not.</li>"
                "<li>How many reviews each seller has.</li></ul>"
                "<p>Do not copy the cheapest price, and do not put yourself above experienced "
                "sellers on day one. Set your price in the reasonable middle, and remember that "
                "the lowest price allowed for a service is {min_price} LYD.</p>"
                "<h2>Step four: make extras work for you</h2>"
                "<p>Instead of raising the price of the main service, keep it simple and "
                "attractively priced, then add optional extras for everything beyond it: source "
                "files, extra pages, or a version in another size. Each extra has its own price "
                "and extra days, so every buyer pays for what they really need, and the average "
                "value of your orders rises without scaring buyers off with a big price.</p>"
                "<h2>Step five: raise your price at the right time</h2>"
                "<p>Your first price is not a permanent decision. Once you have a number of good "
                "reviews and your orders are steady, raise the price step by step. Signs that the "
                "time has come include:</p>"
                "<ol><li>You get more orders than you can deliver on time.</li>"
                "<li>Buyers keep praising the quality in their reviews.</li>"
                "<li>You now finish the service faster and better than you did at first.</li></ol>"
                "<h2>Common pricing mistakes</h2>"
                "<ul><li>Offering “everything” for one low price, then feeling cheated at every "
                "revision.</li>"
                "<li>Changing the price every day: it confuses buyers, and every edit of a service "
                "goes through review before it shows.</li>"
                "<li>Forgetting that a late delivery gives the buyer the right to cancel, so do "
                "not take cheap work you have no time for.</li></ul>"
                "<h2>In short</h2>"
                "<p>Work out your time, include the commission in your sums, look at the market, "
                "use extras wisely, then raise your price with every step forward. A fair price is "
                "one that keeps you working with enthusiasm and leaves the buyer feeling they got "
                "more than they paid for.</p>"
            ),
        },
    },
    {
        "slug": "write-a-service-description-that-sells",
        "date": "2026-10-06",
        "category": "freelancing-tips",
        "tags": {
            "ar": ["كتابة الوصف", "البيع", "التسويق"],
            "en": ["service descriptions", "selling", "marketing"],
        },
        "ar": {
            "title": "كيف تكتب وصف خدمة يقنع المشتري من القراءة الأولى",
            "intro": (
                "المشتري لا يراك ولا يعرفك، وكل ما لديه هو صفحة خدمتك. تعلّم كيف تكتب عنوانًا "
                "ووصفًا يجيبان عن أسئلته قبل أن يسألها."
            ),
            "body": (
                "<h2>الوصف هو بائعك الصامت</h2>"
                "<p>في السوق التقليدية يسمع الزبون صوتك ويرى بضاعتك ويسألك مباشرة. أما على "
                "الإنترنت فصفحة الخدمة هي كل ما يراه المشتري. إذا كانت واضحة ومرتبة ومقنعة اشترى، "
                "وإذا كانت غامضة انتقل إلى الخدمة التالية في ثوانٍ. والخبر السار أن كتابة وصف جيد "
                "مهارة يمكن تعلمها في يوم واحد.</p>"
                "<h2>ابدأ بالمشتري لا بنفسك</h2>"
                "<p>أكثر الأوصاف الضعيفة تبدأ هكذا: «أنا مصمم محترف لدي خبرة سنوات...». المشتري لا "
                "يبحث عن سيرتك الذاتية أولًا، بل عن حل لمشكلته. ابدأ بما سيحصل عليه: «شعار واضح "
                "يعبّر عن متجرك ويظهر جيدًا على لافتة المحل وعلى صفحتك في مواقع التواصل». بعد ذلك "
                "اذكر خبرتك بجملة أو جملتين تدعم هذا الوعد.</p>"
                "<h2>العنوان: وعد واحد واضح</h2>"
                "<ul><li>اجعل العنوان يبدأ بالفعل والنتيجة، مثل «سأصمم لك» أو «سأترجم لك» أو "
                "«سأكتب لك».</li>"
                "<li>استعمل الكلمات التي يكتبها الناس في البحث، فالبحث في الموقع يفهم صيغ الكلمة "
                "المختلفة، لكنه لا يخمّن ما لم تكتبه أصلًا.</li>"
                "<li>ابتعد عن المبالغة مثل «أفضل مصمم في ليبيا»، فهي لا تقنع أحدًا.</li></ul>"
                "<h2>الوصف: أجب عن الأسئلة قبل أن تُطرح</h2>"
                "<p>رتب وصفك بحيث يجد المشتري فيه إجابات أسئلته المعتادة:</p>"
                "<ol><li>ماذا تتضمن الخدمة بالتحديد، وما الذي لا تتضمنه؟</li>"
                "<li>ماذا سأستلم، وبأي صيغة ملفات؟</li>"
                "<li>كم مرة أستطيع طلب التعديل؟</li>"
                "<li>ماذا تحتاج مني لتبدأ؟</li></ol>"
                "<p>الجواب عن السؤال الأخير له حقل خاص في نموذج الخدمة، هو «ما أحتاجه من المشتري». "
                "املأه بدقة، فهو يوفر عليكما رسائل كثيرة، ويجعل المشتري يشعر أنك منظم وتعرف ما "
                "تفعل.</p>"
                "<h2>اكتب بلغة بسيطة ومرتبة</h2>"
                "<ul><li>جمل قصيرة وفقرات قصيرة، فكثير من المشترين يقرؤون من الهاتف.</li>"
                "<li>قوائم نقطية لما تتضمنه الخدمة بدل فقرة طويلة.</li>"
                "<li>لغة عربية سليمة وواضحة، وابتعد عن المصطلحات التقنية إلا إذا كان جمهورك "
                "تقنيًا.</li>"
                "<li>راجع الإملاء قبل الإرسال، فالأخطاء الكثيرة توحي بقلة الاهتمام.</li></ul>"
                "<h2>الصور تكمل الكلام</h2>"
                "<p>الصورة الأولى تظهر في نتائج البحث، وهي غالبًا ما يقرر بسببه المشتري أن يفتح "
                "خدمتك أو يتجاوزها. استعمل صورًا حقيقية من أعمالك، بخلفية نظيفة وجودة جيدة. ولا "
                "تستعمل أعمال غيرك أبدًا، فذلك سبب للرفض في مراجعة فريق الدعم وقد يعرض حسابك "
                "للإيقاف.</p>"
                "<h2>الوسوم والإضافات</h2>"
                "<p>أضف وسومًا تصف خدمتك بكلمات مختلفة، مثل «شعار» و«هوية بصرية» و«تصميم جرافيك»، "
                "لتظهر في عمليات بحث أكثر. واذكر الإضافات في الوصف باختصار حتى يعرف المشتري أن "
                "بإمكانه الحصول على المزيد إن احتاج.</p>"
                "<h2>أمثلة سريعة: قبل وبعد</h2>"
                "<ul><li><b>قبل:</b> «أترجم أي شيء بسعر رخيص». <b>بعد:</b> «سأترجم لك مستندًا "
                "تجاريًا من الإنجليزية إلى العربية بلغة سليمة، حتى خمسمئة كلمة، مع تعديل مجاني "
                "واحد».</li>"
                "<li><b>قبل:</b> «تصميمات احترافية». <b>بعد:</b> «سأصمم لك ثلاثة منشورات لمواقع "
                "التواصل بألوان متجرك، بمقاسات جاهزة للنشر».</li></ul>"
                "<p>لاحظ أن النسخة الثانية تحدد الخدمة والكمية والنتيجة، فيعرف المشتري ما سيحصل "
                "عليه قبل أن يراسلك، ويشعر أنه يتعامل مع بائع يعرف ما يقدمه بالضبط.</p>"
                "<h2>قبل أن تضغط «إرسال»</h2>"
                "<p>اقرأ الصفحة كأنك مشترٍ لا يعرفك: هل فهمت ما ستحصل عليه؟ هل تعرف كم ستنتظر وكم "
                "ستدفع؟ هل تثق بهذا البائع؟ إذا كانت الإجابة نعم فأرسل خدمتك للمراجعة. وإذا رفضها "
                "فريق الدعم ستصلك الأسباب بالتفصيل، فصححها وأعد الإرسال دون إحباط، فكل بائع ناجح "
                "مرّ بهذه المرحلة.</p>"
            ),
        },
        "en": {
            "title": "How to write a service description that convinces buyers on first read",
            "intro": (
                "Buyers cannot see or meet you: all they have is your service page. Learn to write "
                "a title and a description that answer their questions before they ask them."
            ),
            "body": (
                "<h2>The description is your silent salesperson</h2>"
                "<p>In a traditional market, customers hear your voice, see your goods and ask you "
                "questions directly. Online, the service page is all the buyer sees. If it is "
                "clear, tidy and convincing, they buy; if it is vague, they move on to the next "
                "service in seconds. The good news is that writing a good description is a skill "
                "you can learn in a single day.</p>"
                "<h2>Start with the buyer, not yourself</h2>"
                "<p>Most weak descriptions start like this: “I am a professional designer with "
                "years of experience...”. Buyers are not looking for your CV first, but for a "
                "solution to their problem. Start with what they will get: “a clear logo that says "
                "what your shop is about and looks good on the shop sign and on your social media "
                "page”. Then mention your experience in a sentence or two that backs up that "
                "promise.</p>"
                "<h2>The title: one clear promise</h2>"
                "<ul><li>Start the title with the action and the result, such as “I will design”, "
                "“I will translate” or “I will write”.</li>"
                "<li>Use the words people type when they search: the site's search understands "
                "different forms of a word, but it cannot guess what you never wrote.</li>"
                "<li>Avoid exaggeration like “the best designer in Libya”: it convinces "
                "nobody.</li></ul>"
                "<h2>The description: answer questions before they are asked</h2>"
                "<p>Arrange your description so the buyer finds the answers to their usual "
                "questions:</p>"
                "<ol><li>What exactly does the service include, and what does it not include?</li>"
                "<li>What will I receive, and in which file formats?</li>"
                "<li>How many times can I ask for changes?</li>"
                "<li>What do you need from me to start?</li></ol>"
                "<p>The answer to the last question has its own field in the service form, “What I "
                "need from the buyer”. Fill it in precisely: it saves you both many messages, and "
                "it shows the buyer that you are organised and know what you are doing.</p>"
                "<h2>Write simply and tidily</h2>"
                "<ul><li>Short sentences and short paragraphs: many buyers read on their "
                "phones.</li>"
                "<li>Bullet lists for what the service includes, instead of one long "
                "paragraph.</li>"
                "<li>Correct, clear language, and no technical jargon unless your audience is "
                "technical.</li>"
                "<li>Check the spelling before sending: many mistakes suggest a lack of "
                "care.</li></ul>"
                "<h2>Images complete the words</h2>"
                "<p>The first image shows in the search results, and it is often what decides "
                "whether a buyer opens your service or skips it. Use real images of your work, "
                "with a clean background and good quality. Never use other people's work: it is a "
                "reason for rejection at the support team's review and may get your account "
                "suspended.</p>"
                "<h2>Tags and extras</h2>"
                "<p>Add tags that describe your service in different words, such as “logo”, “brand "
                "identity” and “graphic design”, so it shows up in more searches. And mention the "
                "extras briefly in the description, so buyers know they can get more if they need "
                "it.</p>"
                "<h2>Quick examples: before and after</h2>"
                "<ul><li><b>Before:</b> “I translate anything, cheap”. <b>After:</b> “I will "
                "translate your business document from English into Arabic in correct language, up "
                "to five hundred words, with one free revision”.</li>"
                "<li><b>Before:</b> “Professional designs”. <b>After:</b> “I will design three "
                "social media posts in your shop's colours, in sizes ready to publish”.</li></ul>"
                "<p>Notice that the second version defines the service, the quantity and the "
                "result, so the buyer knows what they will get before messaging you, and feels "
                "they are dealing with a seller who knows exactly what they offer.</p>"
                "<h2>Before you click “Send”</h2>"
                "<p>Read the page as a buyer who does not know you: did you understand what you "
                "will get? Do you know how long you will wait and how much you will pay? Do you "
                "trust this seller? If the answer is yes, send your service for review. If the "
                "support team rejects it, you will get the reasons in detail: fix them and send it "
                "again without losing heart, because every successful seller has been through this "
                "stage.</p>"
            ),
        },
    },
    {
        "slug": "logo-and-brand-on-a-budget",
        "date": "2026-10-22",
        "category": "small-business",
        "tags": {
            "ar": ["تصميم", "شعار", "هوية بصرية", "المشاريع الصغيرة"],
            "en": ["design", "logo", "branding", "small business"],
        },
        "ar": {
            "title": "شعار وهوية بصرية لمشروعك الصغير بميزانية محدودة",
            "intro": (
                "لست بحاجة إلى وكالة كبيرة لتبدو محترفًا. دليل عملي لأصحاب المحلات والمشاريع "
                "الصغيرة في ليبيا للحصول على شعار وهوية بصرية متقنة بتكلفة معقولة."
            ),
            "body": (
                "<h2>لماذا يحتاج مشروعك الصغير إلى هوية؟</h2>"
                "<p>سواء كنت تملك محل ملابس في طرابلس، أو مطبخًا منزليًا في بنغازي يبيع عبر مواقع "
                "التواصل، أو ورشة صيانة في مصراتة، فإن زبونك يحكم عليك من النظرة الأولى. الشعار "
                "الواضح والألوان الثابتة يجعلان مشروعك يبدو جادًا وموثوقًا، ويساعدان الناس على "
                "تذكرك وتمييزك عن المنافسين. والجميل أن هذا لم يعد يتطلب ميزانية كبيرة.</p>"
                "<h2>ابدأ بما تحتاجه فعلًا</h2>"
                "<p>الهوية البصرية الكاملة قد تشمل عشرات العناصر، لكن المشروع الصغير يحتاج في "
                "البداية إلى القليل:</p>"
                "<ul><li>شعار بنسخة ملونة ونسخة بلون واحد.</li>"
                "<li>لونان أو ثلاثة ألوان أساسية ثابتة.</li>"
                "<li>خط واحد أو خطان للكتابة.</li>"
                "<li>تصميم لصورة الملف الشخصي وغلاف صفحتك على مواقع التواصل.</li></ul>"
                "<p>أما المطبوعات واللافتات وأغلفة المنتجات فيمكن أن تأتي لاحقًا، حين يكبر المشروع "
                "وتتضح احتياجاته.</p>"
                "<h2>جهّز موجزًا قبل أن تطلب</h2>"
                "<p>أكثر ما يرفع تكلفة التصميم ويضيع الوقت هو غموض الطلب. قبل أن تشتري خدمة تصميم "
                "شعار، اكتب موجزًا قصيرًا يجيب عن هذه الأسئلة:</p>"
                "<ol><li>ما اسم المشروع، وهل له شعار لفظي أو عبارة ترافقه؟</li>"
                "<li>ماذا تبيع، ومن هم زبائنك؟</li>"
                "<li>ما الإحساس الذي تريد أن يتركه الشعار: فخامة، أو بساطة، أو مرح، أو أصالة؟</li>"
                "<li>هل هناك ألوان تفضلها أو ترفضها؟</li>"
                "<li>أين سيظهر الشعار غالبًا: على لافتة، أو أكياس، أو شاشة الهاتف؟</li></ol>"
                "<p>أرفق بالموجز أمثلة لشعارات أعجبتك، ولو من مجالات أخرى، فالصورة تشرح أكثر من "
                "الكلام.</p>"
                "<h2>اختر المصمم المناسب على مايكروليبي</h2>"
                "<p>ابحث عن «تصميم شعار» أو «مصمم شعارات»، ثم صفّ النتائج حسب السعر والتقييم ومدة "
                "التسليم. وقبل الشراء:</p>"
                "<ul><li>انظر إلى معرض أعمال المصمم، وتأكد أن أسلوبه يناسب ذوقك.</li>"
                "<li>اقرأ تقييمات المشترين السابقين، خاصة ما يتعلق بالتعاون في التعديلات.</li>"
                "<li>تأكد من عدد المقترحات وعدد مرات التعديل في وصف الخدمة.</li>"
                "<li>راسل المصمم إذا كان لديك سؤال قبل أن تدفع.</li></ul>"
                "<p>تذكّر أن السعر المعروض هو ما تدفعه بالضبط، دون أي رسوم إضافية على المشتري، وأن "
                "مالك يبقى في الضمان حتى تستلم الشعار وتقبله.</p>"
                "<h2>اطلب الملفات الصحيحة</h2>"
                "<p>كثير من أصحاب المشاريع يستلمون الشعار صورة واحدة، ثم يكتشفون أنها لا تصلح "
                "للطباعة على لافتة كبيرة. اطلب الملفات المفتوحة أو ملفات المصدر، وغالبًا ما تجدها "
                "إضافة في الخدمة بسعرها الخاص. واطلب نسخة بخلفية شفافة، ونسخة مناسبة للطباعة، "
                "ونسخة لمواقع التواصل.</p>"
                "<h2>استعمل التعديلات بحكمة</h2>"
                "<p>عندما يصلك التسليم راجعه بهدوء، واجمع كل ملاحظاتك في طلب تعديل واحد واضح بدل "
                "رسائل متفرقة. قل ما لا يعجبك ولماذا، فعبارة «غيّر اللون إلى الأخضر الداكن ليتناسب "
                "مع لافتة المحل» أفضل كثيرًا من «لم يعجبني». وعندما ترضى عن النتيجة اقبل التسليم "
                "واكتب تقييمًا منصفًا يساعد غيرك.</p>"
                "<h2>حافظ على هويتك بعد الاستلام</h2>"
                "<p>الهوية تُبنى بالتكرار. استعمل الشعار والألوان نفسها في كل مكان: اللافتة، "
                "والأكياس، وصفحاتك، وبطاقات العمل. وعندما تحتاج لاحقًا إلى تصميم منشورات أو قائمة "
                "طعام أو أغلفة منتجات، أعطِ المصمم الجديد ملفات هويتك ليبني عليها. بهذه الطريقة "
                "يبدو مشروعك الصغير كأنه علامة تجارية كبيرة، بميزانية في متناولك.</p>"
            ),
        },
        "en": {
            "title": "A logo and brand identity for your small business on a limited budget",
            "intro": (
                "You do not need a big agency to look professional. A practical guide for shop "
                "owners and small businesses in Libya to get a well-made logo and brand identity "
                "at a reasonable cost."
            ),
            "body": (
                "<h2>Why does your small business need an identity?</h2>"
                "<p>Whether you own a clothes shop in Tripoli, a home kitchen in Benghazi selling "
                "through social media, or a repair workshop in Misrata, your customers judge you "
                "at first glance. A clear logo and consistent colours make your business look "
                "serious and trustworthy, and help people remember you and tell you apart from "
                "competitors. The nice part is that this no longer takes a big budget.</p>"
                "<h2>Start with what you really need</h2>"
                "<p>A full brand identity can include dozens of elements, but a small business "
                "needs only a few at first:</p>"
                "<ul><li>A logo in a colour version and a single-colour version.</li>"
                "<li>Two or three consistent main colours.</li>"
                "<li>One or two typefaces for text.</li>"
                "<li>A design for your profile picture and page cover on social media.</li></ul>"
                "<p>Printed material, signs and product packaging can come later, when the "
                "business grows and its needs become clear.</p>"
                "<h2>Prepare a brief before you order</h2>"
                "<p>What most raises the cost of design and wastes time is a vague request. Before "
                "you buy a logo design service, write a short brief that answers these "
                "questions:</p>"
                "<ol><li>What is the business's name, and does it come with a slogan or "
                "tagline?</li>"
                "<li>What do you sell, and who are your customers?</li>"
                "<li>What feeling should the logo leave: luxury, simplicity, fun or heritage?</li>"
                "<li>Are there colours you prefer or dislike?</li>"
                "<li>Where will the logo mostly appear: on a sign, on bags, or on a phone "
                "screen?</li></ol>"
                "<p>Attach to the brief examples of logos you liked, even from other fields: a "
                "picture explains more than words.</p>"
                "<h2>Choose the right designer on MicroLibya</h2>"
                "<p>Search for “logo design” or “logo designer”, then filter the results by price, "
                "rating and delivery time. Before buying:</p>"
                "<ul><li>Look at the designer's portfolio, and make sure their style suits your "
                "taste.</li>"
                "<li>Read earlier buyers' reviews, especially about how they handled changes.</li>"
                "<li>Check the number of concepts and revisions in the service description.</li>"
                "<li>Message the designer if you have a question before you pay.</li></ul>"
                "<p>Remember that the listed price is exactly what you pay, with no extra fees for "
                "buyers, and that your money stays in escrow until you receive the logo and accept "
                "it.</p>"
                "<h2>Ask for the right files</h2>"
                "<p>Many business owners receive their logo as a single image, then find it cannot "
                "be printed on a large sign. Ask for the editable or source files, which you will "
                "often find as an extra in the service at its own price. Also ask for a version "
                "with a transparent background, a version fit for printing, and a version for "
                "social media.</p>"
                "<h2>Use revisions wisely</h2>"
                "<p>When the delivery arrives, review it calmly, and gather all your notes into "
                "one clear request for changes instead of scattered messages. Say what you do not "
                "like and why: “change the colour to dark green to match the shop sign” is much "
                "better than “I did not like it”. When you are happy with the result, accept the "
                "delivery and write a fair review that helps others.</p>"
                "<h2>Keep your identity consistent after delivery</h2>"
                "<p>An identity is built through repetition. Use the same logo and colours "
                "everywhere: the sign, the bags, your pages and your business cards. And when you "
                "later need designs for posts, a menu or product packaging, give the new designer "
                "your identity files to build on. That way your small business looks like a big "
                "brand, on a budget within your reach.</p>"
            ),
        },
    },
    {
        "slug": "working-safely-online-as-a-freelancer-in-libya",
        "date": "2026-11-10",
        "category": "working-online",
        "tags": {
            "ar": ["الأمان", "المستقلون", "المدفوعات"],
            "en": ["safety", "freelancers", "payments"],
        },
        "ar": {
            "title": "العمل بأمان عبر الإنترنت: دليل المستقل الليبي",
            "intro": (
                "العمل الحر عبر الإنترنت فرصة حقيقية، لكنه يحتاج إلى حذر. تعرّف على أشهر أساليب "
                "الاحتيال، وكيف تحمي حسابك ومالك وعملك."
            ),
            "body": (
                "<h2>فرصة حقيقية تحتاج إلى وعي</h2>"
                "<p>يتيح العمل الحر عبر الإنترنت لكثير من الشباب في ليبيا دخلًا من مهاراتهم في "
                "التصميم والترجمة والبرمجة والكتابة، دون الحاجة إلى مكتب أو رأس مال. لكن كل مكان "
                "فيه مال يجذب المحتالين أيضًا. والخبر الجيد أن أغلب المشكلات يمكن تجنبها بعادات "
                "بسيطة، إذا عرفت أين تكمن الأخطار.</p>"
                "<h2>القاعدة الأولى: أبقِ التعامل داخل المنصة</h2>"
                "<p>أخطر ما يمكن أن يفعله المستقل هو قبول العمل أو الدفع خارج المنصة. قد يبدو "
                "العرض مغريًا: «لنتواصل على الهاتف ونتفق مباشرة ونوفر العمولة». لكنك بذلك تتخلى عن "
                "كل الحماية:</p>"
                "<ul><li>لا يوجد ضمان يحفظ المبلغ حتى تسليم العمل.</li>"
                "<li>لا يوجد سجل رسمي للاتفاق يُرجع إليه عند الخلاف.</li>"
                "<li>لا يستطيع فريق الدعم التدخل في ما جرى خارج الموقع.</li></ul>"
                "<p>في مايكروليبي يظهر تنبيه لطيف عندما تحتوي رسالة ما على رقم هاتف أو بريد "
                "إلكتروني، لأن التعامل خارج المنصة يُسقط الضمان. والعمولة التي يقتطعها الموقع، "
                "وقدرها {commission}% من نصيبك، هي في الحقيقة ثمن هذه الحماية، ولا يدفع المشتري "
                "شيئًا فوق السعر المعروض.</p>"
                "<h2>أساليب احتيال شائعة</h2>"
                "<ol><li><b>الدفع المسبق المزيف:</b> شخص يرسل صورة إيصال تحويل لم يحدث، ويطلب منك "
                "البدء فورًا. في المنصة لا يصلك الطلب أصلًا إلا بعد أن يُدفع ويُحفظ المبلغ في "
                "الضمان.</li>"
                "<li><b>«عينة مجانية» بلا نهاية:</b> يطلب منك إنجاز جزء كبير من العمل «للتجربة»، "
                "ثم يختفي. قدّم نماذج من أعمالك السابقة في معرضك بدلًا من ذلك.</li>"
                "<li><b>الروابط والملفات الخبيثة:</b> ملف يُطلب منك تشغيله، أو رابط يطلب بيانات "
                "دخولك. لا تفتح ما لا تثق بمصدره، ولا تكتب كلمة مرورك إلا في صفحة دخول الموقع "
                "نفسه.</li>"
                "<li><b>انتحال صفة الدعم:</b> رسالة تدّعي أنها من إدارة الموقع وتطلب كلمة مرورك أو "
                "رمزًا وصلك. فريق الدعم لا يطلب كلمة مرورك أبدًا.</li></ol>"
                "<h2>احمِ حسابك</h2>"
                "<ul><li>استعمل كلمة مرور قوية خاصة بالموقع، ولا تكررها في مواقع أخرى.</li>"
                "<li>أبقِ بريدك الإلكتروني آمنًا، فهو مفتاح استعادة حسابك.</li>"
                "<li>حدّث نظام هاتفك وحاسوبك، واحذر من شبكات الإنترنت العامة عند الدخول إلى "
                "حساباتك.</li></ul>"
                "<h2>احمِ عملك</h2>"
                "<p>اكتب الاتفاق كاملًا في محادثة الطلب: ما المطلوب، وكم مرة يُعدَّل، ومتى يكون "
                "التسليم. سلّم الملفات دائمًا عبر زر التسليم في صفحة الطلب، لا عبر روابط خارجية. "
                "وإذا حدث خلاف لم تستطيعا حله، يستطيع أي منكما فتح نزاع، فيراجع فريق الدعم "
                "المحادثة والتسليمات ويقرر تحويل المبلغ أو إعادته أو تقسيمه.</p>"
                "<h2>احمِ مالك</h2>"
                "<p>تصبح أرباحك قابلة للسحب بعد فترة تعليق مدتها {clearance} أيام من اكتمال الطلب، "
                "وتسحبها إلى حسابك المصرفي الليبي برقم الآيبان متى بلغت {min_withdrawal} دينار "
                "ليبي. تأكد من أن اسم صاحب الحساب مطابق لما لدى المصرف، واحتفظ بالرقم المرجعي لكل "
                "تحويل يصلك.</p>"
                "<h2>الخلاصة</h2>"
                "<p>الأمان في العمل الحر ليس معقدًا: ابقَ داخل المنصة، وشكّك في كل عرض يبدو أجمل "
                "من أن يكون حقيقيًا، واحمِ كلمة مرورك، ووثّق اتفاقاتك. بهذه العادات البسيطة تركز "
                "على ما تحبه، وهو عملك، وتترك للضمان مهمة حماية حقك.</p>"
            ),
        },
        "en": {
            "title": "Working safely online: a guide for Libyan freelancers",
            "intro": (
                "Freelancing online is a real opportunity, but it calls for care. Learn the most "
                "common scams, and how to protect your account, your money and your work."
            ),
            "body": (
                "<h2>A real opportunity that calls for awareness</h2>"
                "<p>Freelancing online gives many young people in Libya an income from their "
                "skills in design, translation, programming and writing, with no need for an "
                "office or capital. But any place where money changes hands also attracts "
                "scammers. The good news is that most problems can be avoided with simple habits, "
                "once you know where the dangers lie.</p>"
                "<h2>Rule one: keep your dealings on the platform</h2>"
                "<p>The most dangerous thing a freelancer can do is accept work or payment outside "
                "the platform. The offer may sound tempting: “let's talk on the phone, agree "
                "directly and save the commission”. But that way you give up all your "
                "protection:</p>"
                "<ul><li>No escrow holds the money until the work is delivered.</li>"
                "<li>No official record of the agreement to go back to if you disagree.</li>"
                "<li>The support team cannot step in over what happened outside the site.</li></ul>"
                "<p>On MicroLibya, a gentle warning shows when a message contains a phone number "
                "or an e-mail address, because dealing outside the platform removes the guarantee. "
                "The commission the site takes, {commission}% of your share, is really the price "
                "of this protection, and the buyer pays nothing on top of the listed price.</p>"
                "<h2>Common scams</h2>"
                "<ol><li><b>Fake advance payment:</b> someone sends a picture of a transfer "
                "receipt for a transfer that never happened, and asks you to start at once. On the "
                "platform, an order does not even reach you until it is paid and the money is held "
                "in escrow.</li>"
                "<li><b>Endless “free samples”:</b> someone asks you to do a large part of the "
                "work “as a test”, then disappears. Show samples of your past work in your "
                "portfolio instead.</li>"
                "<li><b>Malicious links and files:</b> a file you are asked to run, or a link that "
                "asks for your login details. Do not open what you do not trust, and type your "
                "password only on the site's own login page.</li>"
                "<li><b>Fake support staff:</b> a message claiming to come from the site's "
                "administration asks for your password or a code you received. The support team "
                "never asks for your password.</li></ol>"
                "<h2>Protect your account</h2>"
                "<ul><li>Use a strong password just for the site, and do not reuse it "
                "elsewhere.</li>"
                "<li>Keep your e-mail account secure: it is the key to recovering your "
                "account.</li>"
                "<li>Keep your phone and computer updated, and be careful with public internet "
                "networks when logging into your accounts.</li></ul>"
                "<h2>Protect your work</h2>"
                "<p>Write the whole agreement in the order's conversation: what is needed, how "
                "many revisions, and when the delivery is due. Always deliver files with the "
                "delivery button on the order page, not through outside links. And if a "
                "disagreement cannot be solved between you, either of you can open a dispute: the "
                "support team reads the conversation and the deliveries and decides to release, "
                "refund or split the amount.</p>"
                "<h2>Protect your money</h2>"
                "<p>Your earnings become withdrawable after a clearance period of {clearance} days "
                "from the order's completion, and you withdraw them to your Libyan bank account "
                "with its IBAN once they reach {min_withdrawal} LYD. Make sure the account "
                "holder's name matches what the bank has, and keep the reference number of every "
                "transfer you receive.</p>"
                "<h2>In short</h2>"
                "<p>Safety in freelancing is not complicated: stay on the platform, doubt every "
                "offer that sounds too good to be true, protect your password, and keep your "
                "agreements in writing. With these simple habits you can focus on what you love, "
                "your work, and leave protecting what you are owed to the guarantee.</p>"
            ),
        },
    },
]
