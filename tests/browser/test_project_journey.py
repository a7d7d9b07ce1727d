"""An open project's whole way, in Arabic, in a real headless Chromium: a buyer posts a project,
staff approve it in the Wagtail admin, two sellers find it and send proposals, the buyer
compares them, messages one, accepts that proposal and pays from the wallet; the seller
delivers and the buyer accepts the delivery. The project completes with its order.

Steps select by ``data-*`` attributes and form names, not by wording; headings, labels and
buttons are checked to read in Arabic (tests/browser/test_order_journey.py)."""

from decimal import Decimal

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from marketplace.accounts.services import ensure_profile
from marketplace.ledger.checks import check_ledger
from marketplace.messaging.models import Conversation
from marketplace.orders.models import OrderState
from marketplace.projects.models import Project, ProjectState, ProposalState
from tests.browser.actions import log_in
from tests.browser.test_order_journey import (
    ORDER_URL,
    act,
    assert_arabic,
    expect_arabic,
    expect_message,
    expect_state,
    shoot,
)
from tests.factories import CategoryFactory, SubcategoryFactory, UserFactory
from tests.orders.conftest import credit_wallet, escrow_balance, pending_balance, wallet_balance

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

TITLE = "تصميم شعار لمقهى جديد في بنغازي"
BRIEF = "نفتتح مقهى صغيرًا ونحتاج شعارًا بالخط العربي يناسب اللافتة والأكواب."
LETTERS = {
    "maryam": "صممت هويات لعدة مقاهٍ في مصراتة، أقدم ثلاثة نماذج بالخط الكوفي وتعديلات حتى ترضى.",
    "khaled": "أعمل على الشعارات منذ ثماني سنوات، أرسل النماذج خلال ثلاثة أيام بكل المقاسات.",
}
QUESTION = "هل يمكن أن يكون أحد النماذج بالخط الديواني؟"
DELIVERY = "تفضل، الشعار بثلاثة نماذج أحدها بالخط الديواني."


def post_project(page, base):
    page.goto(base + reverse("projects:create"))
    assert_arabic(page)
    expect_arabic(page.locator("main h1, main form.form label, main form.form button[type=submit]"))
    page.fill("input[name=title]", TITLE)
    page.select_option("select[name=category]", label="تصميم › تصميم شعارات")
    editor = page.locator(".rich-text-editor")
    editor.click()
    editor.type(BRIEF)
    page.fill("input[name=skills]", "تصميم شعارات، خط عربي")
    page.fill("input[name=budget_min]", "100")
    page.fill("input[name=budget_max]", "250")
    page.fill("input[name=duration_days]", "7")
    with page.expect_navigation():
        page.locator("form.form button[type=submit]").click()
    expect_message(page)


def approve_in_admin(page, base, project):
    page.goto(base + f"/admin/snippets/projects/project/edit/{project.pk}/")
    page.locator("footer .w-dropdown__toggle").first.click()
    page.locator(
        "button[data-workflow-action-name=approve]:not([data-workflow-action-modal-url])"
    ).click()
    page.wait_for_load_state("networkidle")


def send_proposal(page, base, project, seller, price, days):
    page.goto(base + reverse("projects:list") + "?q=" + "مصمم شعارات")
    assert_arabic(page)
    card = page.locator("article", has_text=TITLE)
    expect(card).to_have_count(1)
    card.locator("a", has_text=TITLE).first.click()
    page.wait_for_load_state("networkidle")
    expect(page.locator("h1")).to_have_text(TITLE)
    page.locator(f"a[href='{reverse('projects:propose', args=[project.pk])}']").first.click()
    page.wait_for_load_state("networkidle")
    expect_arabic(page.locator("main h1, main form.form label, main form.form button[type=submit]"))
    page.fill("input[name=price]", price)
    page.fill("input[name=days]", str(days))
    page.fill("textarea[name=cover_letter]", LETTERS[seller.username])
    with page.expect_navigation():
        page.locator("form.form button[type=submit]").click()
    expect_message(page)


def test_buyer_posts_staff_approve_sellers_propose_buyer_hires_and_accepts(live_server, page_at):
    buyer = UserFactory(username="salem")
    maryam = UserFactory(username="maryam")
    khaled = UserFactory(username="khaled")
    staff = UserFactory(username="moderator", is_staff=True, is_superuser=True)
    design = CategoryFactory(slug="design", name_ar="تصميم", name_en="Design")
    SubcategoryFactory(parent=design, slug="logo", name_ar="تصميم شعارات", name_en="Logos")
    for user, name in ((buyer, "سالم"), (maryam, "مريم"), (khaled, "خالد")):
        profile = ensure_profile(user)
        profile.display_name = name
        profile.save()
    credit_wallet(buyer, "500")
    base = live_server.url

    # 1. The buyer posts the project: it waits for review.
    buyer_page = page_at(1280, locale="ar-LY")
    log_in(buyer_page, base, buyer)
    post_project(buyer_page, base)
    project = Project.objects.get(title=TITLE)
    assert project.state == ProjectState.PENDING and not project.live
    assert "<p>" in project.description and BRIEF in project.description
    expect(buyer_page.locator("[data-review-notice]")).to_have_count(1)

    # 2. Staff approve it in the Wagtail admin, in the review queue services also use.
    admin_page = page_at(1280)
    log_in(admin_page, base, staff)
    approve_in_admin(admin_page, base, project)
    project.refresh_from_db()
    assert project.state == ProjectState.OPEN and project.live

    # 3. Two sellers find it by another word form and send proposals.
    maryam_page = page_at(1280, locale="ar-LY")
    log_in(maryam_page, base, maryam)
    send_proposal(maryam_page, base, project, maryam, "180", 5)
    shoot(maryam_page, "project-proposal-seller.png")
    khaled_page = page_at(390, 844, locale="ar-LY")
    log_in(khaled_page, base, khaled)
    send_proposal(khaled_page, base, project, khaled, "220", 6)
    # A competitor sees the count, never the other proposal's price or letter.
    khaled_page.goto(base + project.get_absolute_url())
    expect(khaled_page.locator("[data-proposal-count]")).to_have_text("2")
    assert LETTERS["maryam"] not in khaled_page.content()
    assert "180" not in khaled_page.locator("main").inner_text()

    # 4. The buyer compares both and messages Maryam about her proposal.
    buyer_page.goto(base + project.get_absolute_url())
    proposals = buyer_page.locator("[data-proposal]")
    expect(proposals).to_have_count(2)
    expect_arabic(buyer_page.locator("[data-proposal] h3 ~ *, [data-proposal-actions] .button"))
    shoot(buyer_page, "project-proposals-buyer.png")
    chosen = project.proposals.get(seller=maryam)
    card = buyer_page.locator(f'[data-proposal="{chosen.pk}"]')
    card.locator("[data-message-seller]").click()
    buyer_page.wait_for_load_state("networkidle")
    buyer_page.fill("textarea[name=body]", QUESTION)
    with buyer_page.expect_navigation():
        buyer_page.locator("button[data-send]").click()
    conversation = Conversation.objects.get(starter=buyer, recipient=maryam)
    assert conversation.subject == chosen
    assert conversation.messages.get().body == QUESTION

    # 5. The buyer accepts Maryam's proposal and pays from the wallet.
    buyer_page.goto(base + project.get_absolute_url())
    buyer_page.locator(f'[data-proposal="{chosen.pk}"] [data-accept]').click()
    buyer_page.wait_for_load_state("networkidle")
    assert_arabic(buyer_page)
    buyer_page.locator("input[name=gateway][value=wallet]").check()
    pay = buyer_page.locator("[data-pay]")
    expect(pay).to_contain_text("180")
    expect_arabic(pay)
    shoot(buyer_page, "project-accept-ar.png")
    with buyer_page.expect_navigation():
        pay.click()
    expect(buyer_page).to_have_url(ORDER_URL)
    expect_message(buyer_page)
    chosen.refresh_from_db()
    order = chosen.order
    assert chosen.state == ProposalState.ACCEPTED and order.state == OrderState.NEW
    assert order.total == Decimal("180.000") and escrow_balance(order) == Decimal("180.000")
    assert wallet_balance(buyer) == Decimal("320.000")
    assert project.proposals.get(seller=khaled).state == ProposalState.NOT_SELECTED
    project.refresh_from_db()
    assert project.state == ProjectState.IN_PROGRESS
    # The order page names the project it came from.
    expect(buyer_page.locator("[data-origin] a")).to_have_attribute(
        "href", project.get_absolute_url()
    )

    # 6. Maryam delivers; the buyer accepts: the order and the project complete.
    maryam_page.goto(base + order.get_absolute_url())
    act(maryam_page, "start")
    act(maryam_page, "deliver", note=DELIVERY)
    buyer_page.goto(base + order.get_absolute_url())
    act(buyer_page, "accept")
    expect_state(buyer_page, OrderState.COMPLETED)
    shoot(buyer_page, "project-order-completed.png")
    order.refresh_from_db()
    project.refresh_from_db()
    assert order.state == OrderState.COMPLETED and project.state == ProjectState.COMPLETED
    assert pending_balance(maryam) == Decimal("144.000")  # 180 minus the 20 % commission
    assert check_ledger().ok
