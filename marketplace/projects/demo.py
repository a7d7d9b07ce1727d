"""Demo projects for `make run`: open projects with proposals from demo sellers (one of them
from the demo seller), and one waiting in the moderators' review queue. Safe to run again."""

from decimal import Decimal

from marketplace.accounts.models import User
from marketplace.catalog.models import Category
from marketplace.projects import services
from marketplace.projects.models import Project

# buyer, subcategory, title, description, skills, budget, days, proposals, approved
# (each proposal: seller, price, days, cover letter)
PROJECTS = [
    (
        "buyer",
        "logo-design",
        "شعار وهوية بسيطة لمقهى جديد في بنغازي",
        "<p>نفتتح مقهى صغيرًا في بنغازي الشهر القادم ونحتاج شعارًا بالخط العربي يناسب "
        "اللافتة والأكواب وحسابات التواصل.</p><ul><li>ثلاثة نماذج أولية</li>"
        "<li>ملفات مفتوحة المصدر</li><li>دليل ألوان مختصر</li></ul>",
        ["تصميم شعارات", "خط عربي", "هوية بصرية"],
        ("100", "250"),
        7,
        [
            (
                "seller",
                "180",
                5,
                "السلام عليكم، صممت هويات لعدة مقاهٍ في مصراتة وطرابلس. أقدم ثلاثة نماذج بالخط "
                "الكوفي والديواني، وتعديلات حتى ترضى، مع ملفات AI وPDF ودليل ألوان.",
            ),
            (
                "ahmed_designs",
                "220",
                6,
                "مرحبًا، أعمل على الشعارات منذ ثماني سنوات. سأبدأ بجلسة أسئلة قصيرة عن فكرة المقهى "
                "ثم أرسل النماذج خلال ثلاثة أيام، والتسليم النهائي بكل المقاسات.",
            ),
        ],
        True,
    ),
    (
        "buyer",
        "translation",
        "ترجمة دليل استخدام جهاز طبي من الإنجليزية إلى العربية",
        "<p>دليل من 12 صفحة (حوالي 3500 كلمة) لجهاز قياس ضغط منزلي. نحتاج ترجمة دقيقة "
        "بلغة واضحة للمرضى، مع الحفاظ على التنسيق.</p>",
        ["ترجمة طبية", "إنجليزي عربي"],
        ("120", "200"),
        5,
        [
            (
                "yousef_translate",
                "150",
                4,
                "مترجم معتمد بخبرة في النصوص الطبية والنشرات الدوائية. أسلم الملف بنفس تنسيق "
                "الأصل مع مراجعة لغوية ثانية دون مقابل إضافي.",
            ),
        ],
        True,
    ),
    (
        "mariam_writes",
        "wordpress-development",
        "متجر ووردبريس لبيع الكتب المستعملة مع الدفع عند الاستلام",
        "<p>أريد متجرًا بسيطًا على ووردبريس وووكومرس: صفحات للتصنيفات، بحث بالعنوان والمؤلف، "
        "والدفع عند الاستلام داخل ليبيا. الاستضافة والنطاق جاهزان.</p>",
        ["ووردبريس", "ووكومرس"],
        ("400", "900"),
        14,
        [],
        True,
    ),
    (
        "buyer",
        "article-writing",
        "عشر مقالات عن السياحة في الجبل الأخضر لمدونة سفر",
        "<p>مقالات من 800 كلمة لكل منها عن الأماكن والمطاعم والطرق في الجبل الأخضر، مكتوبة "
        "بأسلوب شيق ومتوافقة مع محركات البحث.</p>",
        ["كتابة محتوى", "سيو"],
        ("150", "300"),
        10,
        [],
        False,
    ),
]


def load_demo_projects(moderator) -> int:
    """Post (and approve, for the open ones) the demo projects that do not exist yet, and send
    their proposals. Returns how many were created."""
    created = 0
    for buyer_name, slug, title, text, skills, budget, days, proposals, approved in PROJECTS:
        buyer = User.objects.filter(username=buyer_name).first()
        category = Category.objects.filter(slug=slug).first()
        if buyer is None or category is None or Project.objects.filter(title=title).exists():
            continue
        draft = services.ProjectDraft(
            title=title,
            description=text,
            category=category,
            skills=skills,
            budget_min=Decimal(budget[0]),
            budget_max=Decimal(budget[1]),
            duration_days=days,
        )
        project = services.post_project(buyer, draft)
        created += 1
        if not approved:
            continue
        _approve(project, moderator)
        project.refresh_from_db()
        for seller_name, price, proposal_days, letter in proposals:
            seller = User.objects.filter(username=seller_name).first()
            if seller is not None:
                services.send_proposal(
                    project, seller, price=Decimal(price), days=proposal_days, cover_letter=letter
                )
    return created


def _approve(project: Project, moderator) -> None:
    """Approve the project's review as a moderator pressing "Approve" would."""
    state = Project.objects.get(pk=project.pk).current_workflow_state
    task_state = state.current_task_state.specific
    task_state.task.specific.on_action(task_state, moderator, "approve")
