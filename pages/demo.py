"""The editorial demo content `make run` loads: the home page's blocks, the FAQ, and the
guarantee, terms and privacy pages, each in Arabic with its English wagtail-localize
translation. Pages an editor already made are left alone."""

from pages.demo_content import editorial_pages
from pages.faq_content import FAQ_TOPICS
from pages.home_content import home_body
from pages.localization import translate
from pages.models import FaqPage, HomePage, StandardPage

HOME_SEO = {
    "ar": {"title": "مايكروليبي", "seo_title": "مايكروليبي: سوق الخدمات المصغرة في ليبيا"},
    "en": {
        "title": "MicroLibya",
        "seo_title": "MicroLibya: the marketplace for small digital services in Libya",
    },
}


def rule_numbers(rules) -> dict:
    """The marketplace's rules as the demo texts quote them ({commission}% and the like)."""

    def amount(value):
        return f"{value.normalize():f}"

    return {
        "min_price": amount(rules.minimum_service_price),
        "commission": amount(rules.commission_percent),
        "auto_days": rules.auto_complete_days,
        "no_reply": rules.no_reply_cancel_hours,
        "clearance": rules.clearance_days,
        "min_withdrawal": amount(rules.minimum_withdrawal),
        "review_days": rules.review_window_days,
        "project_days": rules.project_open_days,
        "proposals_month": rules.proposals_per_month,
        "bank_hours": rules.bank_transfer_expiry_hours,
    }


def load_home(home: HomePage, numbers: dict) -> None:
    """Give the home page the demo blocks, and translate it, while it is still the first
    migration's (which saved no revision): once edited, it is the editors' to build and
    translate."""
    if home.revisions.exists():
        return
    home.body = home_body("ar", numbers)
    for field, value in HOME_SEO["ar"].items():
        setattr(home, field, value)
    home.save_revision().publish()
    twin = HomePage(slug="home-en", body=home_body("en", numbers), **HOME_SEO["en"])
    twin.search_description = home.search_description
    translate(home, twin)


def _child(home: HomePage, model, slug: str, fields: dict):
    page = model(slug=slug, **fields)
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


def load_editorial_pages(home: HomePage, numbers: dict) -> None:
    for spec in editorial_pages(numbers):
        if home.get_children().filter(slug=spec["slug"]).exists():
            continue
        page = _child(home, StandardPage, spec["slug"], spec["ar"])
        translate(page, StandardPage(slug=spec["slug"], **spec["en"]))


def _faq_body(language: str, numbers: dict) -> list:
    return [
        (
            "topic",
            {
                "title": topic[language]["title"].format(**numbers),
                "questions": [
                    {
                        "question": item[language]["question"].format(**numbers),
                        "answer": item[language]["answer"].format(**numbers),
                    }
                    for item in topic["questions"]
                ],
            },
        )
        for topic in FAQ_TOPICS
    ]


FAQ_PAGE = {
    "ar": {
        "title": "الأسئلة الشائعة",
        "intro": "إجابات قصيرة عن أكثر ما يسأل عنه المشترون والبائعون في مايكروليبي.",
    },
    "en": {
        "title": "Frequently asked questions",
        "intro": "Short answers to what buyers and sellers ask us most about MicroLibya.",
    },
}


def load_faq(home: HomePage, numbers: dict) -> int:
    """The FAQ page; returns its number of questions."""
    if not home.get_children().filter(slug="faq").exists():
        page = _child(home, FaqPage, "faq", {**FAQ_PAGE["ar"], "body": _faq_body("ar", numbers)})
        translate(page, FaqPage(slug="faq", **FAQ_PAGE["en"], body=_faq_body("en", numbers)))
    return sum(len(topic["questions"]) for topic in FAQ_TOPICS)
