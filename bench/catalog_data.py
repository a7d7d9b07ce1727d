"""Fill the database with a large, realistic catalog for the catalog benchmarks.

Creates the demo category tree, ~2,000 sellers with profiles and N public services with Arabic
titles and descriptions made from phrase fragments (the demo services' own sentences and tags
included), then their search entries, processed exactly like search/index.py:update_service,
and on PostgreSQL the weighted tsvector of PostgresBackend.store (one UPDATE per batch). Ends
with VACUUM (FULL, ANALYZE) of the tables it filled, so repeated runs measure the same layout.

Two options add what the landing-page benchmark (bench/landing.py) needs; without them the
data is exactly what it was before they existed (they draw from random streams of their own):
--audience-tags gives every service one to three audience tags as sellers write them ("للمطاعم",
and the same joined to the subcategory's subject, "شعار للمطاعم"), and --reviews FRACTION gives
that share of the services one to three completed orders with a buyer's review (bulk-created:
one placeholder payment per buyer, no escrow or ledger postings behind them).

Everything it makes is marked: sellers are "bench_seller_NNNN" (@bench.invalid), buyers
"bench_buyer_NNNN" and services have the external id "bench-NNNNNN", so --reset removes exactly
that (and the buyers' payments, orders and reviews) and nothing else.

Usage (run `manage.py migrate` against the same database first):
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench \\
        .venv/bin/python bench/catalog_data.py --services 100000 [--sellers 2000] [--reset] \\
        [--audience-tags] [--reviews 0.2]
"""

import argparse
import json
import os
import random
import re
import sys
import time
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")

import warnings  # noqa: E402

import django  # noqa: E402

warnings.filterwarnings("ignore", message="No directory at")

django.setup()

from django.contrib.auth.hashers import make_password  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.db.models import F, OuterRef, Subquery  # noqa: E402
from django.utils import timezone  # noqa: E402
from django.utils.html import strip_tags  # noqa: E402
from django.utils.text import slugify  # noqa: E402
from taggit.models import Tag  # noqa: E402
from tqdm import tqdm  # noqa: E402

from marketplace.accounts.cities import LIBYAN_CITIES  # noqa: E402
from marketplace.accounts.models import Profile, User  # noqa: E402
from marketplace.catalog import demo, text  # noqa: E402
from marketplace.catalog.models import (  # noqa: E402
    Category,
    Service,
    ServiceSearchEntry,
    TaggedService,
)
from marketplace.catalog.search.backends import FTS_TABLE  # noqa: E402
from marketplace.orders.models import Order, OrderState, Review  # noqa: E402
from marketplace.payments.models import Payment, PaymentStatus  # noqa: E402

FILLED_TABLES = [
    "catalog_service",
    "catalog_servicesearchentry",
    "catalog_taggedservice",
    "accounts_user",
    "accounts_profile",
]
REVIEW_TABLES = ["orders_order", "orders_review", "payments_payment"]
SELLER_PREFIX = "bench_seller_"
BUYER_PREFIX = "bench_buyer_"
SERVICE_PREFIX = "bench-"

# Title openings per subcategory: several word forms of the same idea (تصميم/مصمم, شعار/شعارات,
# ترجمة/مترجم, برمجة/مبرمج ...) so that searches hit the stemming the way real listings do.
HEADS = {
    "logo-design": [
        "تصميم شعار احترافي",
        "تصميم شعارات مميزة",
        "مصمم شعارات محترف يصمم شعارك",
        "شعار عصري وبسيط",
        "تصميم لوجو أنيق",
        "شعار نصي بالخط العربي",
        "إعادة تصميم شعارك القديم",
    ],
    "brand-identity": [
        "هوية بصرية متكاملة",
        "تصميم هوية تجارية وشعار",
        "دليل الهوية البصرية",
        "تصميم الهوية والتغليف",
        "مصممة هويات بصرية",
    ],
    "social-media-design": [
        "تصميم منشورات سوشيال ميديا",
        "تصميم بوستات إنستغرام",
        "تصميم ستوري وإعلانات",
        "قوالب منشورات قابلة للتعديل",
        "تصميم غلاف فيسبوك",
    ],
    "print-design": [
        "تصميم بطاقة أعمال",
        "تصميم مطويات وبروشورات",
        "تصميم قائمة طعام",
        "تصميم ملصقات وعبوات",
        "تصميم مطبوعات دعائية",
    ],
    "ui-ux-design": [
        "تصميم واجهات تطبيق جوال",
        "تصميم واجهة موقع على فيجما",
        "تصميم تجربة المستخدم",
        "مصمم واجهات مستخدم",
        "تصميم صفحة هبوط",
    ],
    "article-writing": [
        "كتابة مقالات حصرية",
        "كتابة مقال متوافق مع السيو",
        "كاتب محتوى لمدونتك",
        "كتابة محتوى تسويقي",
        "كتابة وصف منتجات",
    ],
    "translation": [
        "ترجمة احترافية من الإنجليزية إلى العربية",
        "ترجمة من العربية إلى الإنجليزية",
        "مترجم معتمد للوثائق الرسمية",
        "ترجمة المستندات والعقود",
        "الترجمة الفرنسية والإيطالية",
        "ترجمة مواقع وتطبيقات",
    ],
    "proofreading": [
        "تدقيق لغوي ونحوي",
        "مراجعة لغوية وإملائية",
        "مدقق لغوي للرسائل الجامعية",
        "تصحيح الأخطاء الإملائية",
    ],
    "cv-writing": [
        "كتابة سيرة ذاتية احترافية",
        "كتابة السير الذاتية بالإنجليزية",
        "تصميم سيرة ذاتية",
        "كتابة رسالة تعريفية وسيرة ذاتية",
    ],
    "wordpress-development": [
        "إنشاء موقع ووردبريس",
        "تصميم متجر ووكومرس",
        "تطوير قالب ووردبريس",
        "تسريع موقع ووردبريس",
        "مبرمج ووردبريس",
    ],
    "mobile-apps": [
        "برمجة تطبيق أندرويد وآيفون",
        "تطوير تطبيق جوال بفلاتر",
        "مبرمج تطبيقات محترف",
        "برمجة تطبيق متجر",
        "تطبيق توصيل طلبات",
    ],
    "web-development": [
        "برمجة موقع مخصص",
        "تطوير موقع بلارافيل",
        "مبرمج جانغو وبايثون",
        "برمجة لوحة تحكم وتقارير",
        "تحويل تصميم فيجما إلى كود",
    ],
    "bug-fixing": [
        "إصلاح أخطاء موقعك",
        "حل مشاكل ووردبريس",
        "دعم فني لموقعك",
        "إصلاح أخطاء بايثون وجافاسكربت",
        "نقل موقعك إلى استضافة جديدة",
    ],
    "social-media-management": [
        "إدارة حسابات التواصل الاجتماعي",
        "إدارة صفحة فيسبوك وإنستغرام",
        "خطة محتوى شهرية",
        "مدير صفحات محترف",
    ],
    "paid-ads": [
        "إدارة إعلانات فيسبوك الممولة",
        "حملة إعلانات جوجل",
        "إعلانات ممولة على إنستغرام وتيك توك",
        "تحليل الحملات الإعلانية",
    ],
    "seo": [
        "تحسين محركات البحث",
        "سيو احترافي لتصدر نتائج جوجل",
        "بحث الكلمات المفتاحية",
        "تدقيق سيو تقني",
        "بناء روابط خلفية",
    ],
    "email-marketing": [
        "تسويق عبر البريد الإلكتروني",
        "إعداد نشرة بريدية",
        "كتابة رسائل بريدية تسويقية",
        "حملة بريدية",
    ],
    "video-editing": [
        "مونتاج فيديو احترافي",
        "مونتاج فيديوهات يوتيوب",
        "تحرير الفيديو وتصحيح الألوان",
        "مونتاج ريلز وتيك توك",
        "مونتير فيديو محترف",
    ],
    "motion-graphics": [
        "فيديو موشن جرافيك",
        "موشن جرافيك يشرح فكرتك",
        "إنفوجرافيك متحرك",
        "رسوم متحركة ثنائية الأبعاد",
    ],
    "short-promo-videos": [
        "فيديو إعلاني قصير",
        "فيديو ريلز إعلاني",
        "إعلان فيديو لمنتجك",
        "فيديو ترويجي",
    ],
    "video-intros": [
        "مقدمة فيديو احترافية",
        "إنترو يوتيوب",
        "تحريك شعار",
        "مقدمة وخاتمة لقناتك",
    ],
    "voice-over": [
        "تعليق صوتي احترافي",
        "تعليق صوتي بالفصحى",
        "تعليق صوتي باللهجة الليبية",
        "معلق صوتي لإعلانك",
        "تعليق صوتي نسائي",
    ],
    "audio-editing": [
        "هندسة صوت ومكساج",
        "تنقية الصوت من الضجيج",
        "معالجة التسجيلات الصوتية",
        "تقطيع وتحرير الصوت",
    ],
    "podcast-production": [
        "إنتاج بودكاست",
        "مونتاج حلقات البودكاست",
        "تقديم صوتي للبودكاست",
        "إطلاق بودكاستك الأول",
    ],
    "business-plans": [
        "دراسة جدوى اقتصادية",
        "كتابة خطة عمل",
        "خطة عمل احترافية",
        "دراسة سوق لمشروعك",
    ],
    "data-entry": [
        "إدخال بيانات دقيق",
        "تفريغ ملفات PDF إلى إكسل",
        "إدخال بيانات على جداول جوجل",
        "كتابة على الحاسوب",
    ],
    "virtual-assistant": [
        "مساعد افتراضي",
        "مساعدة افتراضية لإدارة بريدك",
        "تنظيم المواعيد والملفات",
        "بحث وجمع معلومات",
    ],
    "accounting": [
        "خدمات محاسبية",
        "تنظيم الحسابات على إكسل",
        "إعداد القوائم المالية",
        "محاسب لمحلك التجاري",
    ],
    "language-lessons": [
        "دروس لغة إنجليزية",
        "دروس محادثة إنجليزية",
        "تعليم العربية لغير الناطقين",
        "التحضير لاختبار آيلتس",
        "دروس لغة فرنسية",
    ],
    "student-tutoring": [
        "دروس خصوصية في الرياضيات",
        "دروس تقوية للطلاب",
        "مدرس خصوصي للشهادة الثانوية",
        "تأسيس الطلاب في القراءة",
    ],
    "coding-training": [
        "تعليم برمجة بايثون",
        "دورة برمجة للمبتدئين",
        "تدريب على تطوير المواقع",
        "مدرب برمجة",
    ],
    "architectural-design": [
        "تصميم معماري لمنزلك",
        "تصميم مخطط منزل",
        "تصميم واجهات الفلل",
        "مهندس معماري",
    ],
    "interior-design": [
        "تصميم داخلي",
        "تصميم ديكور",
        "تصميم مطابخ",
        "تصميم داخلي ثلاثي الأبعاد",
    ],
    "autocad-drafting": [
        "رسم أوتوكاد",
        "تحويل المخططات إلى أوتوكاد",
        "رسم مخططات هندسية",
        "رسام أوتوكاد",
    ],
    "structural-design": [
        "تصميم إنشائي",
        "حساب حديد التسليح",
        "تصميم إنشائي للمباني السكنية",
        "مهندس إنشائي",
    ],
}
AUDIENCES = [
    "لشركتك",
    "لمتجرك الإلكتروني",
    "لمطعمك",
    "لمشروعك الناشئ",
    "لعيادتك",
    "لمدرستك",
    "لقناتك على يوتيوب",
    "لصفحتك",
    "لمحلك التجاري",
    "لمشروعك الصغير",
    "للطلاب",
    "للمبتدئين",
    "",
    "",
]
QUALIFIERS = [
    "باحترافية عالية",
    "بسعر مناسب",
    "خلال 24 ساعة",
    "مع تعديلات غير محدودة",
    "بجودة عالية",
    "بأسلوب عصري",
    "بسرعة وإتقان",
    "مع ضمان الرضا",
    "باللغتين العربية والإنجليزية",
    "في ليبيا",
    "بأفضل الأسعار",
    "مع ملفات المصدر",
    "خلال يومين",
    "",
]
OPENINGS = [
    "أقدم لك خدمة {head} {audience} بخبرة تزيد على {years} سنوات.",
    "هل تبحث عن {head}؟ أنفذ لك العمل {qualifier} وأتابع معك حتى التسليم.",
    "خدمة {head} مصممة لأصحاب المشاريع في طرابلس وبنغازي ومصراتة وكل المدن الليبية.",
    "أعمل في مجال {category} منذ {years} سنوات، ونفذت أكثر من {orders} طلبًا بتقييمات ممتازة.",
]
GENERIC = [
    "أبدأ بفهم احتياجك بدقة ثم أرسل لك مسودة أولى للمراجعة.",
    "التواصل مستمر عبر الرسائل طوال مدة التنفيذ، وأرد خلال ساعات قليلة.",
    "تستلم الملفات النهائية بصيغ جاهزة للاستخدام مباشرة.",
    "يمكن طلب تعديلات إضافية حتى تصل إلى النتيجة التي ترضيك.",
    "الأسعار مناسبة للمشاريع الصغيرة والمتوسطة، مع خصم للطلبات المتكررة.",
    "ألتزم بموعد التسليم المتفق عليه، ويمكن التسليم المستعجل عند الطلب.",
    "اطلع على نماذج من أعمالي السابقة في معرض الصور.",
    "كل عمل أنفذه أصلي ومن الصفر، دون قوالب جاهزة منسوخة.",
    "أحرص على سرية معلوماتك وملفاتك ولا أشاركها مع أي طرف.",
    "بعد التسليم أقدم دعمًا مجانيًا لمدة أسبوع للإجابة عن أسئلتك.",
]
REQUIREMENTS = [
    "أرسل لي وصفًا مختصرًا لمشروعك وما تريده بالتحديد.",
    "أرفق أي ملفات أو أمثلة أعجبتك، واذكر الموعد المناسب لك.",
    "اكتب لي اسم النشاط ومجاله والجمهور الذي تستهدفه.",
    "أرسل النصوص أو الملفات المطلوب العمل عليها بأعلى جودة متوفرة.",
]
EXTRA_TAGS = ["احترافي", "سريع", "ليبيا", "جودة عالية", "سعر مناسب", "تسليم سريع"]
FIRST_NAMES = [
    "أحمد",
    "محمد",
    "علي",
    "عمر",
    "خالد",
    "سالم",
    "مريم",
    "فاطمة",
    "عائشة",
    "خديجة",
    "سارة",
    "هدى",
    "يوسف",
    "إبراهيم",
    "مصطفى",
    "عبدالله",
    "نور",
    "ريم",
    "أسماء",
    "طارق",
    "حمزة",
    "معاذ",
    "آمنة",
    "زينب",
    "أنس",
    "هند",
    "صالح",
    "منى",
]
LAST_NAMES = [
    "الورفلي",
    "المصراتي",
    "الزاوي",
    "البرعصي",
    "الترهوني",
    "الفيتوري",
    "الشريف",
    "المغربي",
    "الككلي",
    "السنوسي",
    "العبيدي",
    "الزنتاني",
    "الغرياني",
    "التاجوري",
    "الجهاني",
    "الطرابلسي",
    "الدرسي",
    "المقريف",
    "الفرجاني",
    "البوسيفي",
]
BIOS = [
    "مستقل أقدم خدماتي لأصحاب المشاريع الليبية منذ سنوات.",
    "أحب العمل المتقن والتسليم في الموعد.",
    "خريج جامعي أعمل عن بعد وأتعاون مع شركات داخل ليبيا وخارجها.",
    "",
]
# --audience-tags: whom a service is for, as sellers tag it. Each subcategory favours its own
# audiences (Zipf-like weights in an order of its own), and sellers write the audience alone
# ("للمطاعم") or after the subcategory's subject ("شعار للمطاعم").
AUDIENCE_TAGS = [
    "للشركات",
    "للمطاعم",
    "للمتاجر الإلكترونية",
    "للطلاب",
    "للعيادات",
    "للمدارس",
    "للمقاهي",
    "للفنادق",
    "للصيدليات",
    "للمحلات التجارية",
    "للمشاريع الناشئة",
    "للمشاريع الصغيرة",
    "للجمعيات الخيرية",
    "لصالونات التجميل",
    "للمكاتب العقارية",
    "لشركات السياحة",
    "لمراكز التدريب",
    "للمصانع",
    "لشركات الشحن",
    "للمحامين",
    "للأطباء",
    "للمهندسين",
    "لصناع المحتوى",
    "لقنوات يوتيوب",
    "للمؤثرين",
    "للمدونات",
    "للجامعات",
    "للمستشفيات",
    "لشركات المقاولات",
    "لمعارض السيارات",
    "لمحلات الملابس",
    "لمحلات الحلويات",
    "للمخابز",
    "للنوادي الرياضية",
    "لرياض الأطفال",
    "للمكتبات",
    "للمطابع",
    "للمناسبات",
    "للأعراس",
    "للمنظمات",
    "للجهات الحكومية",
    "للمزارع",
    "لشركات النفط",
    "لشركات الاتصالات",
    "للمصارف",
    "لشركات التأمين",
    "للمستقلين",
    "للباحثين",
    "للأطفال",
    "للمبتدئين",
    "للصفحات التجارية",
    "لمحلات الهواتف",
    "لمكاتب المحاسبة",
    "لمراكز اللغات",
    "للمعارض",
    "لشركات التقنية",
    "للمطورين",
    "للمتاجر على إنستغرام",
    "لمحلات العطور",
    "لمحلات الأثاث",
]
# A title's audience (AUDIENCES) and the tag its seller gives it.
TITLE_AUDIENCES = {
    "لشركتك": "للشركات",
    "لمتجرك الإلكتروني": "للمتاجر الإلكترونية",
    "لمطعمك": "للمطاعم",
    "لمشروعك الناشئ": "للمشاريع الناشئة",
    "لعيادتك": "للعيادات",
    "لمدرستك": "للمدارس",
    "لقناتك على يوتيوب": "لقنوات يوتيوب",
    "لصفحتك": "للصفحات التجارية",
    "لمحلك التجاري": "للمحلات التجارية",
    "لمشروعك الصغير": "للمشاريع الصغيرة",
    "للطلاب": "للطلاب",
    "للمبتدئين": "للمبتدئين",
}
# What a subcategory's services are, in a word or two, to put before an audience.
SUBJECTS = {
    "logo-design": "شعار",
    "brand-identity": "هوية بصرية",
    "social-media-design": "تصاميم سوشيال ميديا",
    "print-design": "مطبوعات",
    "ui-ux-design": "واجهات مستخدم",
    "article-writing": "مقالات",
    "translation": "ترجمة",
    "proofreading": "تدقيق لغوي",
    "cv-writing": "سيرة ذاتية",
    "wordpress-development": "موقع ووردبريس",
    "mobile-apps": "تطبيق جوال",
    "web-development": "موقع إلكتروني",
    "bug-fixing": "دعم فني",
    "social-media-management": "إدارة حسابات",
    "paid-ads": "إعلانات ممولة",
    "seo": "سيو",
    "email-marketing": "حملات بريدية",
    "video-editing": "مونتاج فيديو",
    "motion-graphics": "موشن جرافيك",
    "short-promo-videos": "فيديو إعلاني",
    "video-intros": "مقدمة فيديو",
    "voice-over": "تعليق صوتي",
    "audio-editing": "هندسة صوت",
    "podcast-production": "بودكاست",
    "business-plans": "دراسة جدوى",
    "data-entry": "إدخال بيانات",
    "virtual-assistant": "مساعد افتراضي",
    "accounting": "محاسبة",
    "language-lessons": "دروس لغة",
    "student-tutoring": "دروس خصوصية",
    "coding-training": "دورة برمجة",
    "architectural-design": "تصميم معماري",
    "interior-design": "تصميم داخلي",
    "autocad-drafting": "رسم أوتوكاد",
    "structural-design": "تصميم إنشائي",
}
# --reviews: what buyers write after an order, and how many stars.
REVIEW_TEXTS = [
    "عمل ممتاز وسريع، أنصح بالتعامل معه.",
    "البائع متعاون جدًا ونفذ كل التعديلات المطلوبة.",
    "النتيجة أفضل مما توقعت، شكرًا على الاحترافية.",
    "تسليم في الموعد وجودة عالية، سأكرر الطلب.",
    "فهم المطلوب من أول رسالة، تجربة رائعة.",
    "جيد بشكل عام، تأخر التسليم يومًا لكن العمل متقن.",
    "خدمة ممتازة بسعر مناسب.",
    "تواصل سريع وعمل نظيف، أنصح به بشدة.",
    "العمل جيد لكنه احتاج أكثر من تعديل.",
    "رائع كالعادة، هذا طلبي الثالث ولن يكون الأخير.",
    "التزام واحترافية، والملفات وصلت بكل الصيغ المطلوبة.",
    "مقبول، كنت أتوقع اهتمامًا أكبر بالتفاصيل.",
]
REVIEW_RATINGS = [5, 5, 5, 5, 4, 4, 4, 3, 2]
BUYERS = 500
_FRAGMENT = re.compile(r"<(?:p|li)>(.*?)</(?:p|li)>", re.S)


def demo_material():
    """Sentences and tags of the demo services, per subcategory (parent name, name)."""
    sentences, tags = {}, {}
    for line in demo.SERVICES_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        data = json.loads(line)
        key = tuple(data["category"])
        for fragment in _FRAGMENT.findall(data["description"]):
            plain = strip_tags(fragment).strip()
            if plain:
                sentences.setdefault(key, []).append(plain)
        tags.setdefault(key, []).extend(data.get("tags", []))
    return sentences, tags


def clip(title: str, limit: int = 80) -> str:
    title = " ".join(title.split())
    if len(title) <= limit:
        return title
    return title[:limit].rsplit(" ", 1)[0]


class Catalog:
    """What a generated service is made of, per subcategory."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        sentences, tags = demo_material()
        self.subcategories = list(
            Category.objects.filter(parent__isnull=False).select_related("parent")
        )
        missing = [c.slug for c in self.subcategories if c.slug not in HEADS]
        if missing:
            raise SystemExit(f"No title fragments for subcategories: {', '.join(missing)}")
        # Some subcategories are busier than others: Zipf-like weights in a random order, so
        # the largest holds ~14% of the services and the smallest ~1.2%.
        ranks = list(range(1, len(self.subcategories) + 1))
        rng.shuffle(ranks)
        self.weights = [rank**-0.7 for rank in ranks]
        self.sentences = {}
        self.tags = {}
        for category in self.subcategories:
            key = (category.parent.name_ar, category.name_ar)
            self.sentences[category.pk] = sentences.get(key, [])
            self.tags[category.pk] = list(dict.fromkeys(tags.get(key, []))) + EXTRA_TAGS

    def pick_category(self) -> Category:
        return self.rng.choices(self.subcategories, self.weights)[0]

    def service(self, category: Category) -> dict:
        rng = self.rng
        head = rng.choice(HEADS[category.slug])
        audience, qualifier = rng.choice(AUDIENCES), rng.choice(QUALIFIERS)
        title = clip(f"{head} {audience} {qualifier}")
        opening = rng.choice(OPENINGS).format(
            head=head,
            audience=audience,
            qualifier=qualifier or "بعناية",
            category=category.name_ar,
            years=rng.randint(2, 12),
            orders=rng.choice([20, 50, 100, 200, 500]),
        )
        own = self.sentences[category.pk]
        picked = rng.sample(own, min(len(own), rng.randint(2, 4)))
        generic = rng.sample(GENERIC, rng.randint(1, 3))
        items = "".join(f"<li>{s}</li>" for s in picked[1:] + generic[1:])
        description = f"<p>{' '.join(opening.split())}</p>"
        description += f"<p>{picked[0]}</p>" if picked else ""
        description += f"<ul>{items}</ul>" if items else ""
        description += f"<p>{generic[0]}</p>"
        cap = category.effective_price_cap
        high = min(800, int(cap)) if cap is not None else 800
        price = Decimal(max(10, round(rng.triangular(10, high, min(high, 60)) / 5) * 5))
        tags = rng.sample(self.tags[category.pk], rng.choice([0, 1, 2, 2, 3]))
        return {
            "title": title,
            "description": description,
            "requirements": rng.choice(REQUIREMENTS),
            "price": price,
            "delivery_days": rng.choice([1, 2, 2, 3, 3, 3, 4, 5, 5, 7, 7, 10, 14, 21, 30]),
            "tags": tags,
        }


class AudienceTags:
    """--audience-tags: one to three audiences per service (the title's own first), each
    written alone, after the subcategory's subject, or both. A random stream of its own, so the
    rest of the data is the same with or without it."""

    def __init__(self, catalog: Catalog, seed: int):
        self.rng = random.Random(f"audience-tags-{seed}")
        missing = [c.slug for c in catalog.subcategories if c.slug not in SUBJECTS]
        if missing:
            raise SystemExit(f"No audience subject for subcategories: {', '.join(missing)}")
        self.weights = {}
        for category in catalog.subcategories:
            ranks = list(range(1, len(AUDIENCE_TAGS) + 1))
            self.rng.shuffle(ranks)
            self.weights[category.pk] = [rank**-0.5 for rank in ranks]
        self.subjects = {category.pk: SUBJECTS[category.slug] for category in catalog.subcategories}

    def names(self) -> set[str]:
        subjects = set(self.subjects.values())
        return {*AUDIENCE_TAGS, *(f"{s} {a}" for s in subjects for a in AUDIENCE_TAGS)}

    def tags(self, category: Category, title: str) -> list[str]:
        rng = self.rng
        audiences = [tag for phrase, tag in TITLE_AUDIENCES.items() if phrase in title]
        wanted = rng.choice([1, 1, 2, 2, 3])
        while len(audiences) < wanted:
            audience = rng.choices(AUDIENCE_TAGS, self.weights[category.pk])[0]
            if audience not in audiences:
                audiences.append(audience)
        names = []
        for audience in audiences:
            form = rng.random()
            if form < 0.75:
                names.append(f"{self.subjects[category.pk]} {audience}")
            if form >= 0.5:
                names.append(audience)
        return names


def reputation(rng: random.Random) -> dict:
    if rng.random() < 0.35:
        return {"rating_average": Decimal("0"), "rating_count": 0, "orders_completed": 0}
    orders = min(2000, int(rng.paretovariate(1.1) * 3))
    count = max(1, int(orders * rng.uniform(0.3, 0.9)))
    average = min(5.0, max(1.0, rng.gauss(4.6, 0.35)))
    return {
        "rating_average": Decimal(f"{average:.2f}"),
        "rating_count": count,
        "orders_completed": max(orders, count),
    }


def reset():
    """Remove what an earlier run made, in SQL (the ORM's cascade collector takes minutes on
    100,000 rows). The generator fills only these tables; should anything else point at a bench
    service or seller, the foreign keys make the whole reset fail and roll back."""
    start = time.perf_counter()
    services = "SELECT id FROM catalog_service WHERE external_id LIKE %s"
    sellers = "SELECT id FROM accounts_user WHERE username LIKE %s ESCAPE '\\'"
    service_like, seller_like = SERVICE_PREFIX + "%", SELLER_PREFIX.replace("_", "\\_") + "%"
    # --reviews: the bench buyers, their payment, orders and reviews (none without it).
    buyers, buyer_like = sellers, BUYER_PREFIX.replace("_", "\\_") + "%"
    orders = f"SELECT id FROM orders_order WHERE buyer_id IN ({buyers})"
    statements = [
        ("orders_review", "order_id", orders, buyer_like),
        ("orders_order", "buyer_id", buyers, buyer_like),
        ("payments_payment", "buyer_id", buyers, buyer_like),
        ("accounts_profile", "user_id", buyers, buyer_like),
        ("accounts_user", "id", buyers, buyer_like),
        ("catalog_servicesearchentry", "service_id", services, service_like),
        ("catalog_taggedservice", "content_object_id", services, service_like),
        ("catalog_service", "id", services, service_like),
        ("accounts_profile", "user_id", sellers, seller_like),
        ("accounts_user", "id", sellers, seller_like),
    ]
    if connection.vendor == "sqlite":
        statements.insert(0, (FTS_TABLE, "rowid", services, service_like))
    with transaction.atomic(), connection.cursor() as cursor:
        for table, column, select, pattern in statements:
            cursor.execute(f"DELETE FROM {table} WHERE {column} IN ({select})", [pattern])
    print(f"reset: removed earlier bench data in {time.perf_counter() - start:.1f} s")


def create_sellers(count: int, rng: random.Random) -> list[int]:
    password = make_password(None)  # unusable, and hashed once rather than 2,000 times
    users = [
        User(
            username=f"{SELLER_PREFIX}{i:04d}",
            email=f"{SELLER_PREFIX}{i:04d}@bench.invalid",
            password=password,
            language="ar",
        )
        for i in range(1, count + 1)
    ]
    users = User.objects.bulk_create(users, batch_size=1000)
    cities = [code for code, _label in LIBYAN_CITIES]
    Profile.objects.bulk_create(
        [
            Profile(
                user=user,
                display_name=f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
                city=rng.choice(cities),
                bio=rng.choice(BIOS),
                languages=rng.choice([["ar"], ["ar", "en"], ["ar", "en", "fr"]]),
            )
            for user in users
        ],
        batch_size=1000,
    )
    return [user.pk for user in users]


def seller_pools(catalog: Catalog, seller_ids: list[int], rng: random.Random) -> dict:
    """Each seller works in one or two subcategories; some sellers list far more than others."""
    pools = {category.pk: ([], []) for category in catalog.subcategories}
    for seller_id in seller_ids:
        activity = rng.lognormvariate(0, 1)
        for _ in range(rng.choice([1, 1, 2])):
            ids, weights = pools[catalog.pick_category().pk]
            ids.append(seller_id)
            weights.append(activity)
    for category_pk, (ids, _weights) in pools.items():
        if not ids:  # a subcategory no seller picked still gets a few
            pools[category_pk] = (rng.sample(seller_ids, 5), [1.0] * 5)
    return pools


def tag_ids(catalog: Catalog, extra: set[str] = frozenset()) -> dict[str, int]:
    names = {name for names in catalog.tags.values() for name in names} | extra
    existing = {tag.name: tag.pk for tag in Tag.objects.filter(name__in=names)}
    for name in sorted(names - set(existing)):
        slug = slugify(name, allow_unicode=True)[:100] or "tag"
        tag, _created = Tag.objects.get_or_create(name=name, defaults={"slug": slug})
        existing[name] = tag.pk
    return existing


def search_entry(service: Service, category: Category, tags: list[str]) -> ServiceSearchEntry:
    """The same fields as search/index.py:update_service."""
    parent = category.parent
    keywords = " ".join([*tags, category.name_ar, category.name_en, parent.name_ar, parent.name_en])
    return ServiceSearchEntry(
        service_id=service.pk,
        title_terms=text.index_terms(service.title),
        keyword_terms=text.index_terms(keywords),
        body_terms=text.index_terms(strip_tags(service.description)),
        phrase=text.normalize(" ".join(text.words(" ".join([service.title, *tags])))),
    )


_TITLE = "setweight(to_tsvector('simple', coalesce(title_terms, '')), 'A')"
_KEYWORDS = "setweight(to_tsvector('simple', coalesce(keyword_terms, '')), 'B')"
_BODY = "setweight(to_tsvector('simple', coalesce(body_terms, '')), 'D')"
VECTOR_SQL = (
    f"UPDATE catalog_servicesearchentry SET vector = {_TITLE} || {_KEYWORDS} || {_BODY}, "
    f"rank_vector = {_TITLE} || {_KEYWORDS} WHERE service_id = ANY(%s)"
)


def store_vectors(entries: list[ServiceSearchEntry]) -> None:
    """PostgresBackend.store for a whole batch, or the FTS5 rows of SqliteBackend.store."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(VECTOR_SQL, [[entry.pk for entry in entries]])
        else:
            cursor.executemany(
                f"INSERT INTO {FTS_TABLE} (rowid, title, keywords, body) VALUES (%s, %s, %s, %s)",
                [(e.pk, e.title_terms, e.keyword_terms, e.body_terms) for e in entries],
            )


def create_services(
    args, catalog: Catalog, pools: dict, tags: dict, rng: random.Random, audiences=None
):
    now = timezone.now()
    year = 365 * 24 * 3600
    timings = dict.fromkeys(("build", "services", "tags", "entries", "vectors"), 0.0)
    number = 0
    with tqdm(total=args.services, unit="service", smoothing=0.1) as progress:
        while number < args.services:
            size = min(args.batch, args.services - number)
            start = time.perf_counter()
            rows = []
            for _ in range(size):
                number += 1
                category = catalog.pick_category()
                spec = catalog.service(category)
                if audiences:
                    extra = audiences.tags(category, spec["title"])
                    spec["tags"] = list(dict.fromkeys(spec["tags"] + extra))
                ids, weights = pools[category.pk]
                published = now - timedelta(seconds=rng.randrange(year))
                service = Service(
                    seller_id=rng.choices(ids, weights)[0],
                    category=category,
                    title=spec["title"],
                    slug=slugify(spec["title"], allow_unicode=True)[:100] or "service",
                    description=spec["description"],
                    requirements=spec["requirements"],
                    price=spec["price"],
                    delivery_days=spec["delivery_days"],
                    moderation_status="approved",
                    external_id=f"{SERVICE_PREFIX}{number:06d}",
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=published,
                    last_published_at=published + timedelta(days=rng.choice([0, 0, 0, 3, 30])),
                    **reputation(rng),
                )
                rows.append((service, category, spec["tags"]))
            timings["build"] += time.perf_counter() - start
            with transaction.atomic():
                start = time.perf_counter()
                Service.objects.bulk_create([service for service, _c, _t in rows])
                timings["services"] += time.perf_counter() - start

                start = time.perf_counter()
                TaggedService.objects.bulk_create(
                    [
                        TaggedService(content_object_id=service.pk, tag_id=tags[name])
                        for service, _category, names in rows
                        for name in names
                    ]
                )
                timings["tags"] += time.perf_counter() - start

                start = time.perf_counter()
                entries = [search_entry(*row) for row in rows]
                ServiceSearchEntry.objects.bulk_create(entries)
                timings["entries"] += time.perf_counter() - start

                start = time.perf_counter()
                store_vectors(entries)
                timings["vectors"] += time.perf_counter() - start
            progress.update(size)
    return timings


def create_reviews(fraction: float, seed: int) -> int:
    """--reviews: BUYERS buyers (a profile and one paid payment each), and for that share of
    the bench services one to three completed orders, each with the buyer's review, dated
    between the service's publication and now. Bulk-created: no escrow, ledger postings or
    events, and the services' ratings stay the random figures of reputation()."""
    rng = random.Random(f"reviews-{seed}")
    password = make_password(None)
    buyers = User.objects.bulk_create(
        User(
            username=f"{BUYER_PREFIX}{i:04d}",
            email=f"{BUYER_PREFIX}{i:04d}@bench.invalid",
            password=password,
            language="ar",
        )
        for i in range(1, BUYERS + 1)
    )
    Profile.objects.bulk_create(
        Profile(user=buyer, display_name=f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}")
        for buyer in buyers
    )
    payments = Payment.objects.bulk_create(
        Payment(buyer=buyer, gateway="wallet", amount=Decimal(1000), status=PaymentStatus.SUCCEEDED)
        for buyer in buyers
    )
    now = timezone.now()
    services = (
        Service.objects.filter(external_id__startswith=SERVICE_PREFIX)
        .order_by("external_id")
        .values_list("pk", "seller_id", "title", "price", "delivery_days", "first_published_at")
    )
    pending = []
    made = 0

    def flush():
        orders = Order.objects.bulk_create(order for order, _review in pending)
        for order, review in zip(orders, (review for _order, review in pending), strict=True):
            review.order = order
        Review.objects.bulk_create(review for _order, review in pending)
        pending.clear()

    for pk, seller_id, title, price, days, published in services.iterator(5000):
        if rng.random() >= fraction:
            continue
        for _ in range(rng.choice([1, 1, 2, 3])):
            index = rng.randrange(BUYERS)
            closed = published + (now - published) * rng.random()
            order = Order(
                buyer=buyers[index],
                payment=payments[index],
                seller_id=seller_id,
                service_id=pk,
                state=OrderState.COMPLETED,
                title=title[:80],
                unit_price=price,
                total=price,
                delivery_days=days,
                closed_at=closed,
            )
            review = Review(
                author=buyers[index],
                subject_id=seller_id,
                by_buyer=True,
                service_id=pk,
                rating=rng.choice(REVIEW_RATINGS),
                text=rng.choice(REVIEW_TEXTS),
            )
            pending.append((order, review))
            made += 1
        if len(pending) >= 5000:
            flush()
    if pending:
        flush()
    # created_at is auto_now_add (bulk_create sets it to now): date each order and review
    # by its closing.
    bench_orders = Order.objects.filter(buyer__username__startswith=BUYER_PREFIX)
    bench_orders.update(created_at=F("closed_at"))
    closed_at = Order.objects.filter(pk=OuterRef("order_id")).values("closed_at")
    Review.objects.filter(order__in=bench_orders).update(created_at=Subquery(closed_at))
    return made


def vacuum(tables: list[str]):
    """Compact the tables the generator filled (the batch UPDATE of the vectors and a --reset
    leave one dead row per live one, and autovacuum may be off) and refresh the statistics,
    so that the figures do not depend on how many times the generator ran."""
    with connection.cursor() as cursor:
        if connection.vendor != "postgresql":
            cursor.execute("VACUUM")
            cursor.execute("ANALYZE")
            return
        for table in tables:
            cursor.execute(f"VACUUM (FULL, ANALYZE) {table}")
        cursor.execute("ANALYZE")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--services", type=int, default=100_000)
    parser.add_argument("--sellers", type=int, default=2_000)
    parser.add_argument("--batch", type=int, default=2_000, help="rows per bulk insert")
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--reset", action="store_true", help="remove earlier bench data first")
    parser.add_argument(
        "--audience-tags",
        action="store_true",
        help="add 1-3 audience tags per service (for bench/landing.py: subcategory x tag pages)",
    )
    parser.add_argument(
        "--reviews",
        type=float,
        default=0.0,
        metavar="FRACTION",
        help="give this share of the services 1-3 completed orders with a buyer's review",
    )
    args = parser.parse_args()
    rng = random.Random(args.seed)
    settings_db = connection.settings_dict
    print(f"database: {connection.vendor} {settings_db['NAME']} on {settings_db['HOST'] or '-'}")
    total_start = time.perf_counter()

    if args.reset:
        reset()
    elif (
        Service.objects.filter(external_id__startswith=SERVICE_PREFIX).exists()
        or User.objects.filter(username__startswith=SELLER_PREFIX).exists()
        or User.objects.filter(username__startswith=BUYER_PREFIX).exists()
    ):
        raise SystemExit("Bench data is already there: run again with --reset to replace it.")

    start = time.perf_counter()
    categories = demo.load_category_tree()
    catalog = Catalog(rng)
    audiences = AudienceTags(catalog, args.seed) if args.audience_tags else None
    tags = tag_ids(catalog, audiences.names() if audiences else frozenset())
    subcategories = len(catalog.subcategories)
    print(f"categories: {categories} ({subcategories} subcategories), tags: {len(tags)}")

    with transaction.atomic():
        seller_ids = create_sellers(args.sellers, rng)
    pools = seller_pools(catalog, seller_ids, rng)
    print(f"sellers: {len(seller_ids)} in {time.perf_counter() - start:.1f} s")

    start = time.perf_counter()
    timings = create_services(args, catalog, pools, tags, rng, audiences)
    print(f"services: {args.services} in {time.perf_counter() - start:.1f} s")
    for name, seconds in timings.items():
        print(f"  {name:<10}{seconds:>8.1f} s")

    tables = FILLED_TABLES
    if args.reviews:
        start = time.perf_counter()
        with transaction.atomic():
            made = create_reviews(args.reviews, args.seed)
        seconds = time.perf_counter() - start
        print(f"reviews: {made} completed orders with a review in {seconds:.1f} s")
        tables = FILLED_TABLES + REVIEW_TABLES

    start = time.perf_counter()
    vacuum(tables)
    print(f"VACUUM and ANALYZE in {time.perf_counter() - start:.1f} s")

    public = Service.objects.public().count()
    print(
        f"now {Service.objects.count()} services ({public} public), "
        f"{ServiceSearchEntry.objects.count()} search entries, {User.objects.count()} users"
    )
    if args.audience_tags or args.reviews:
        bench_tags = TaggedService.objects.filter(
            content_object__external_id__startswith=SERVICE_PREFIX
        )
        print(
            f"bench tags: {bench_tags.count()} on services, "
            f"{bench_tags.values('tag_id').distinct().count()} distinct; "
            f"buyer reviews: {Review.objects.filter(by_buyer=True).count()}"
        )
    print(f"total {time.perf_counter() - total_start:.1f} s")


if __name__ == "__main__":
    main()
