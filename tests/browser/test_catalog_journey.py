"""A service's whole way to the buyer, in Arabic, in a real headless Chromium: the seller lists
it, staff approve it in the Wagtail admin, a visitor finds it with another word form."""

import pytest

from marketplace.catalog.models import Category, ModerationStatus, Service
from tests.browser.actions import log_in
from tests.factories import UserFactory
from tests.images import image_upload

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

TITLE = "مصمم شعارات محترف يرسم هوية مشروعك الصغير"


def test_seller_lists_staff_approve_buyer_finds_it(live_server, page_at, artifacts):
    seller = UserFactory(username="maryam")
    staff = UserFactory(username="moderator", is_staff=True, is_superuser=True)
    design = Category.objects.create(name_ar="تصميم", name_en="Design", slug="design")
    Category.objects.create(
        parent=design, name_ar="تصميم شعارات", name_en="Logo design", slug="logo-design"
    )
    picture = image_upload("logo.png").read()
    base = live_server.url

    # The seller lists the service.
    seller_page = page_at(1280)
    log_in(seller_page, base, seller)
    seller_page.goto(base + "/dashboard/services/new/")
    seller_page.fill("input[name=title]", TITLE)
    seller_page.select_option("select[name=category]", label="تصميم › تصميم شعارات")
    # The description editor: a paragraph, then a bulleted list item.
    editor = seller_page.locator(".rich-text-editor")
    editor.click()
    editor.type("أصمم لك شعارًا أصليًا بثلاثة نماذج مختلفة، مع ملفات عالية الدقة.")
    editor.press("Enter")
    seller_page.get_by_role("button", name="قائمة نقطية").click()
    editor.type("تعديلان مجانيان")
    seller_page.fill("textarea[name=requirements]", "اسم المشروع ومجاله والألوان المفضلة.")
    seller_page.fill("input[name=price]", "40")
    seller_page.fill("input[name=delivery_days]", "3")
    seller_page.fill("input[name=tags_text]", "شعار، هوية")
    seller_page.set_input_files(
        "input[name=new_images]",
        files=[{"name": "logo.png", "mimeType": "image/png", "buffer": picture}],
    )
    seller_page.locator("form.form button[type=submit]").click()
    seller_page.wait_for_load_state("networkidle")
    assert "/dashboard/services/" in seller_page.url
    assert "بانتظار المراجعة" in seller_page.content()
    seller_page.screenshot(path=str(artifacts / "catalog-my-services-ar.png"), full_page=True)
    service = Service.objects.get(title=TITLE)
    assert "<li>تعديلان مجانيان</li>" in service.description
    assert not service.live and service.moderation_status == ModerationStatus.PENDING

    # Not public yet: a visitor's search finds nothing.
    visitor = page_at(1280)
    visitor.goto(base + "/search/?q=" + "تصميم الشعارات")
    assert TITLE not in visitor.content()

    # Staff approve it in the Wagtail admin.
    admin_page = page_at(1280)
    log_in(admin_page, base, staff)
    admin_page.goto(base + f"/admin/snippets/catalog/service/edit/{service.pk}/")
    admin_page.locator("footer .w-dropdown__toggle").first.click()
    admin_page.locator(
        "button[data-workflow-action-name=approve]:not([data-workflow-action-modal-url])"
    ).click()
    admin_page.wait_for_load_state("networkidle")
    admin_page.screenshot(path=str(artifacts / "catalog-admin-approved.png"), full_page=True)
    service.refresh_from_db()
    assert service.live and service.moderation_status == ModerationStatus.APPROVED

    # A visitor searches with another word form and finds it.
    visitor.goto(base + "/")
    visitor.fill("#hero-search", "تصميم الشعارات")
    visitor.locator("#hero-search").press("Enter")
    visitor.wait_for_load_state("networkidle")
    assert visitor.get_attribute("html", "dir") == "rtl"
    card = visitor.locator(".service-card", has_text="محترف يرسم هوية")
    assert card.count() == 1
    assert card.locator("mark").count() >= 2  # both words highlighted in their own forms
    visitor.screenshot(path=str(artifacts / "catalog-search-ar.png"), full_page=True)
    card.locator("a").first.click()
    visitor.wait_for_load_state("networkidle")
    assert visitor.locator("h1").inner_text() == TITLE
    assert "40" in visitor.locator(".buy-box__price").inner_text()
    assert visitor.locator(".gallery img").count() == 1
    visitor.screenshot(path=str(artifacts / "catalog-service-ar.png"), full_page=True)
