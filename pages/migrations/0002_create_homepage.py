"""Replace Wagtail's placeholder page with our HomePage, in Arabic, as the site root."""

import json
import uuid

from django.db import migrations

HOME_BODY = [
    {
        "type": "hero",
        "id": str(uuid.UUID(int=1)),
        "value": {
            "title": "خدمات مصغّرة بأيدٍ ليبية، تبدأ من 10 دينارات",
            "subtitle": "اطلب تصميم شعار أو ترجمة أو برمجة من مستقلين ليبيين. نحتفظ بأموالك في أمان حتى تستلم العمل وتقبله.",
            "search_placeholder": "عن أي خدمة تبحث؟",
        },
    },
    {
        "type": "steps",
        "id": str(uuid.UUID(int=2)),
        "value": {
            "heading": "كيف يعمل مايكروليبي؟",
            "steps": [
                {"type": "item", "id": str(uuid.UUID(int=3)), "value": {"title": "اختر خدمة", "text": "ابحث بالكلمات أو تصفح التصنيفات، واقرأ التقييمات وملف البائع قبل الشراء."}},
                {"type": "item", "id": str(uuid.UUID(int=4)), "value": {"title": "ادفع بأمان", "text": "تدفع السعر المعروض فقط، ويبقى المبلغ محجوزًا لدينا حتى تستلم العمل."}},
                {"type": "item", "id": str(uuid.UUID(int=5)), "value": {"title": "استلم واقبل", "text": "عندما تقبل التسليم يُحوَّل المبلغ إلى البائع، وإن لم يُنفَّذ الطلب يعود المبلغ إلى رصيدك."}},
            ],
        },
    },
    {
        "type": "call_to_action",
        "id": str(uuid.UUID(int=6)),
        "value": {
            "title": "لديك مهارة؟ ابدأ البيع اليوم",
            "text": "أنشئ حسابًا مجانيًا واعرض خدماتك لآلاف المشترين في ليبيا. حساب واحد للشراء والبيع معًا.",
            "button_text": "أنشئ حسابك",
            "button_link": "/accounts/signup/",
        },
    },
]


def create_homepage(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Locale = apps.get_model("wagtailcore.Locale")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    HomePage = apps.get_model("pages.HomePage")

    arabic, _ = Locale.objects.get_or_create(language_code="ar")
    Locale.objects.get_or_create(language_code="en")
    Page.objects.filter(depth=2, slug="home", content_type__app_label="wagtailcore").delete()

    content_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="pages")
    root = Page.objects.get(depth=1)
    siblings = Page.objects.filter(depth=2, path__startswith=root.path)
    last_path = siblings.order_by("-path").values_list("path", flat=True).first()
    next_step = int(last_path[-4:]) + 1 if last_path else 1
    homepage = HomePage.objects.create(
        title="مايكروليبي",
        draft_title="مايكروليبي",
        seo_title="مايكروليبي: سوق الخدمات المصغرة في ليبيا",
        slug="home",
        content_type=content_type,
        path=f"{root.path}{next_step:04d}",
        depth=2,
        numchild=0,
        url_path="/home/",
        locale=arabic,
        live=True,
        body=json.dumps(HOME_BODY, ensure_ascii=False),
    )
    root.numchild = siblings.count()
    root.save(update_fields=["numchild"])
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={
            "hostname": "localhost",
            "root_page_id": homepage.id,
            "site_name": "مايكروليبي",
        },
    )


def remove_homepage(apps, schema_editor):
    apps.get_model("pages.HomePage").objects.filter(slug="home", depth=2).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_homepage, remove_homepage)]
