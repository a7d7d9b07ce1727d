"""The buyer's pages: posting and editing a project (every refusal on its field, nothing
saved), closing it, my projects, the proposals as the buyer sees them (shortlist, decline),
and accepting one and paying through the real checkout gateways."""

from decimal import Decimal

import pytest
from django.contrib.messages import get_messages
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.template import Context, Template
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from marketplace.accounts.tags import parse_tags
from marketplace.ledger.checks import check_ledger
from marketplace.orders.models import Order, OrderState
from marketplace.payments.models import Payment
from marketplace.projects import services
from marketplace.projects.forms import skills_text
from marketplace.projects.models import (
    Project,
    ProjectAttachment,
    ProjectState,
    Proposal,
    ProposalState,
)
from tests.factories import UserFactory
from tests.orders.conftest import enable_bank_transfer, escrow_balance, wallet_balance
from tests.projects.conftest import DESCRIPTION, draft, propose, review

D = Decimal

pytestmark = pytest.mark.usefixtures("fast_passwords", "in_english")

NEW_URL = "projects:create"


def text_file(name="brief.txt", content="ألوان دافئة وخط عربي واضح"):
    return SimpleUploadedFile(name, content.encode(), content_type="text/plain")


def form_data(category, **changes) -> dict:
    data = {
        "title": "شعار لمتجر حلويات في طرابلس",
        "description": DESCRIPTION,
        "category": str(category.pk),
        "skills": "تصميم شعارات، Illustrator",
        "budget_min": "50",
        "budget_max": "150",
        "duration_days": "5",
    }
    data.update(changes)
    return data


def flashed(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


@pytest.fixture
def as_buyer(client, buyer):
    client.force_login(buyer)
    return client


@pytest.fixture
def pending_project(buyer, category, moderator):
    """Posted by the buyer with one attachment, waiting for review."""
    return services.post_project(buyer, draft(category), files=[text_file("old.txt")])


def stored_files(settings) -> list:
    root = settings.PRIVATE_MEDIA_ROOT
    return [path for path in root.rglob("*") if path.is_file()] if root.exists() else []


# --- Posting ---------------------------------------------------------------------------------


def test_the_form_page_shows_the_rich_text_editor(as_buyer, category):
    page = as_buyer.get(reverse(NEW_URL))
    assert page.status_code == 200
    assert b"data-rich-text" in page.content
    assert 'type="file"' in page.content.decode() and "multiple" in page.content.decode()


def test_posting_needs_a_login(client, db):
    response = client.get(reverse(NEW_URL))
    assert response.status_code == 302 and "login" in response.url


def test_a_valid_project_is_posted_and_sent_to_review(as_buyer, buyer, category, moderator):
    data = form_data(category, attachments=[text_file(), text_file("more.txt")])
    response = as_buyer.post(reverse(NEW_URL), data)
    project = Project.objects.get()
    assert response.status_code == 302
    assert response.url == project.get_absolute_url()
    assert "sent to review" in flashed(response)[0]
    assert project.buyer == buyer
    assert (project.state, project.live) == (ProjectState.PENDING, False)
    assert project.current_workflow_state is not None
    assert (project.budget_min, project.budget_max, project.duration_days) == (D(50), D(150), 5)
    # The Arabic comma separates skills like the Latin one.
    assert sorted(tag.name for tag in project.skills.all()) == ["Illustrator", "تصميم شعارات"]
    assert sorted(project.attachments.values_list("name", flat=True)) == ["brief.txt", "more.txt"]


@pytest.fixture
def refused(as_buyer, settings):
    """Post ``data``; check the form came back with an error on ``field`` and nothing was
    stored. Returns the field's errors."""

    def check(field, data):
        response = as_buyer.post(reverse(NEW_URL), data)
        assert response.status_code == 200
        form = response.context["form"]
        assert field in form.errors, form.errors
        assert not Project.objects.exists()
        assert not ProjectAttachment.objects.exists()
        assert stored_files(settings) == []
        assert b"nothing was saved" in response.content
        return form.errors[field]

    return check


def test_a_budget_below_the_minimum_price_is_refused(refused, category):
    errors = refused("budget_min", form_data(category, budget_min="9.5"))
    assert errors == ["The budget starts at 10 LYD or more."]


def test_a_budget_top_below_its_bottom_is_refused(refused, category):
    errors = refused("budget_max", form_data(category, budget_min="100", budget_max="60"))
    assert errors == ["The top of the budget cannot be lower than its bottom."]


def test_every_error_shows_at_once_on_its_field(as_buyer, category):
    data = form_data(category, title="قصير", budget_min="5", duration_days="120")
    response = as_buyer.post(reverse(NEW_URL), data)
    assert {"title", "budget_min", "duration_days"} <= set(response.context["form"].errors)
    assert not Project.objects.exists()


@pytest.mark.parametrize(
    "upload, message",
    [
        (SimpleUploadedFile("tool.exe", b"MZ\x90\x00binary"), "is not a file type we accept"),
        (SimpleUploadedFile("brief.pdf", b"<html>not a pdf</html>"), "is not really a PDF"),
    ],
)
def test_a_bad_upload_changes_nothing(refused, category, upload, message):
    data = form_data(category, attachments=[text_file(), upload])
    errors = refused("attachments", data)
    assert message in errors[0]


def test_at_most_five_files(refused, category):
    files = [text_file(f"file{number}.txt") for number in range(6)]
    errors = refused("attachments", form_data(category, attachments=files))
    assert errors == ["Attach at most 5 files."]


def test_what_the_service_refuses_shows_on_the_form(as_buyer, category, monkeypatch):
    """A refusal found only by the service (a race, say) lands on its field, or above the
    form when it belongs to no field."""

    def refuse(*args, **kwargs):
        raise ValidationError(
            {
                "budget_max": ValidationError("The cap changed.", code="above_cap"),
                "buyer": ValidationError("Not you.", code="not_allowed"),
            }
        )

    monkeypatch.setattr(services, "post_project", refuse)
    response = as_buyer.post(reverse(NEW_URL), form_data(category))
    form = response.context["form"]
    assert form.errors["budget_max"] == ["The cap changed."]
    assert form.non_field_errors() == ["Not you."]
    assert b"Not you." in response.content


# --- Editing ---------------------------------------------------------------------------------


def test_the_buyer_edits_a_pending_project(
    as_buyer, pending_project, django_capture_on_commit_callbacks
):
    url = reverse("projects:edit", args=[pending_project.pk])
    page = as_buyer.get(url)
    assert page.status_code == 200
    assert page.context["form"]["title"].value() == pending_project.title
    assert b"old.txt" in page.content
    old = pending_project.attachments.get()
    data = form_data(
        pending_project.category,
        title="شعار جديد لمتجر حلويات في بنغازي",
        budget_max="200",
        remove_attachments=[str(old.pk)],
        attachments=[text_file("new.txt")],
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = as_buyer.post(url, data)
    assert response.status_code == 302
    project = Project.objects.get(pk=pending_project.pk)
    assert response.url == project.get_absolute_url()
    assert project.title == "شعار جديد لمتجر حلويات في بنغازي"
    assert project.budget_max == D(200)
    assert project.state == ProjectState.PENDING
    assert list(project.attachments.values_list("name", flat=True)) == ["new.txt"]


@pytest.mark.parametrize(
    "names", [["تصميم شعارات", "Illustrator"], ["تصميم شعارات"], ["Illustrator"], []]
)
def test_the_skills_read_back_as_they_were(names):
    assert sorted(parse_tags(skills_text(names))) == sorted(names)


def test_the_edit_page_shows_the_skills_as_typed(as_buyer, pending_project):
    page = as_buyer.get(reverse("projects:edit", args=[pending_project.pk]))
    value = page.context["form"]["skills"].value()
    assert '"' not in value
    assert sorted(parse_tags(value)) == ["Illustrator", "تصميم شعارات"]


def test_a_rejected_project_shows_the_reason_and_goes_back_to_review(
    as_buyer, pending_project, moderator
):
    rejected = review(pending_project, moderator, "reject", comment="أضف ألوان المتجر")
    assert rejected.state == ProjectState.REJECTED
    url = reverse("projects:edit", args=[rejected.pk])
    page = as_buyer.get(url)
    assert "أضف ألوان المتجر" in page.content.decode()
    response = as_buyer.post(url, form_data(rejected.category, budget_min="60"))
    assert response.status_code == 302
    project = Project.objects.get(pk=rejected.pk)
    assert (project.state, project.rejection_reason, project.budget_min) == (
        ProjectState.PENDING,
        "",
        D(60),
    )


def test_an_edit_with_errors_changes_nothing(as_buyer, pending_project, settings):
    files_before = stored_files(settings)
    url = reverse("projects:edit", args=[pending_project.pk])
    old = pending_project.attachments.get()
    data = form_data(
        pending_project.category,
        title="عنوان آخر مختلف تماماً للمشروع",
        budget_min="5",
        remove_attachments=[str(old.pk)],
        attachments=[text_file("new.txt")],
    )
    response = as_buyer.post(url, data)
    assert response.status_code == 200
    assert "budget_min" in response.context["form"].errors
    project = Project.objects.get(pk=pending_project.pk)
    assert project.title == pending_project.title
    assert list(project.attachments.all()) == [old]
    assert stored_files(settings) == files_before


def test_nobody_else_edits_the_project(client, pending_project, seller):
    url = reverse("projects:edit", args=[pending_project.pk])
    client.force_login(seller)
    assert client.get(url).status_code == 404
    assert client.post(url, form_data(pending_project.category)).status_code == 404
    assert Project.objects.get(pk=pending_project.pk).title == pending_project.title


def test_a_published_project_is_not_edited(as_buyer, open_project):
    url = reverse("projects:edit", args=[open_project.pk])
    response = as_buyer.get(url)
    assert response.status_code == 302
    assert response.url == open_project.get_absolute_url()
    assert flashed(response) == ["A published project can no longer be edited."]
    response = as_buyer.post(url, form_data(open_project.category, title="عنوان آخر للمشروع هنا"))
    assert response.status_code == 302
    assert Project.objects.get(pk=open_project.pk).title == open_project.title


# --- Closing ---------------------------------------------------------------------------------


def test_the_buyer_closes_an_open_project(as_buyer, open_project, seller):
    proposal = propose(open_project, seller)
    response = as_buyer.post(reverse("projects:close", args=[open_project.pk]))
    assert response.status_code == 302
    assert response.url == open_project.get_absolute_url()
    assert "closed" in flashed(response)[0]
    open_project.refresh_from_db()
    proposal.refresh_from_db()
    assert open_project.state == ProjectState.CLOSED and open_project.closed_at
    assert proposal.state == ProposalState.NOT_SELECTED


def test_closing_from_my_projects_comes_back_there(as_buyer, pending_project):
    mine = reverse("projects:mine")
    response = as_buyer.post(reverse("projects:close", args=[pending_project.pk]), {"next": mine})
    assert response.url == mine
    pending_project.refresh_from_db()
    assert pending_project.state == ProjectState.CLOSED
    # The review is cancelled: nothing is left in the moderators' queue.
    assert pending_project.current_workflow_state is None


def test_closing_goes_nowhere_else(as_buyer, pending_project):
    response = as_buyer.post(
        reverse("projects:close", args=[pending_project.pk]), {"next": "https://evil.example/"}
    )
    assert response.url == pending_project.get_absolute_url()


def test_only_the_buyer_closes_and_only_by_post(client, as_buyer, open_project, seller):
    url = reverse("projects:close", args=[open_project.pk])
    assert as_buyer.get(url).status_code == 405
    client.force_login(seller)
    assert client.post(url).status_code == 404
    open_project.refresh_from_db()
    assert open_project.state == ProjectState.OPEN


def test_a_closed_project_cannot_be_closed_again(as_buyer, open_project):
    url = reverse("projects:close", args=[open_project.pk])
    as_buyer.post(url)
    response = as_buyer.post(url)
    assert flashed(response)[-1] == "This project can no longer be closed."


# --- My projects ------------------------------------------------------------------------------


def hired_project(buyer, category, moderator, seller):
    """A project whose proposal was accepted and paid from the wallet."""
    project = review(services.post_project(buyer, draft(category)), moderator, "approve")
    proposal = propose(project, seller, price="60")
    services.accept_proposal(proposal, buyer, "wallet")
    return Project.objects.get(pk=project.pk)


def my_projects_queries(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(reverse("projects:mine")).status_code == 200
    return len(queries)


def test_my_projects_lists_states_counts_and_orders(
    as_buyer, buyer, category, moderator, seller, other_seller
):
    pending = services.post_project(buyer, draft(category, title="مشروع ينتظر المراجعة"))
    hired = hired_project(buyer, category, moderator, seller)
    UserFactory()  # somebody else's projects are not listed
    other = services.post_project(other_seller, draft(category, title="مشروع مستخدم آخر تماماً"))
    page = as_buyer.get(reverse("projects:mine"))
    listed = list(page.context["page"].object_list)
    assert listed == [hired, pending]
    assert other not in listed
    html = page.content.decode()
    order = Proposal.objects.get(project=hired).order
    assert order.get_absolute_url() in html
    assert reverse("projects:edit", args=[pending.pk]) in html
    assert reverse("projects:edit", args=[hired.pk]) not in html
    assert reverse("projects:close", args=[pending.pk]) in html
    assert "1 proposal" in html


def test_my_projects_takes_a_fixed_number_of_queries(
    as_buyer, buyer, category, moderator, seller, django_assert_max_num_queries
):
    hired_project(buyer, category, moderator, seller)
    services.post_project(buyer, draft(category))
    my_projects_queries(as_buyer)  # the first page view of the site stores its theme setting
    few = my_projects_queries(as_buyer)
    for number in range(3):
        hired_project(buyer, category, moderator, UserFactory(username=f"seller{number}"))
        services.post_project(buyer, draft(category))
    assert my_projects_queries(as_buyer) == few
    # The page's own share is three: the count, the projects and their orders; the rest is
    # the site's layout (session, user, site, theme, unread counts, menus).
    with django_assert_max_num_queries(15):
        as_buyer.get(reverse("projects:mine"))


def test_my_projects_is_paginated(as_buyer, buyer, category, moderator):
    for _number in range(21):
        services.post_project(buyer, draft(category))
    first = as_buyer.get(reverse("projects:mine"))
    assert len(first.context["page"].object_list) == 20
    assert b'rel="next"' in first.content
    second = as_buyer.get(reverse("projects:mine"), {"page": 2})
    assert len(second.context["page"].object_list) == 1


def test_my_projects_needs_a_login(client, db):
    assert client.get(reverse("projects:mine")).status_code == 302


# --- A proposal as the buyer sees it ---------------------------------------------------------


def render_for_buyer(proposal_pk, buyer) -> str:
    proposal = (
        Proposal.objects.select_related("project", "seller__profile")
        .prefetch_related("attachments")
        .get(pk=proposal_pk)
    )
    request = RequestFactory().get("/")
    request.user = buyer
    return render_to_string(
        "projects/includes/proposal_for_buyer.html", {"proposal": proposal}, request=request
    )


def test_a_proposal_shows_the_seller_the_offer_and_the_buttons(open_project, buyer, seller):
    proposal = propose(
        open_project,
        seller,
        price="1250.5",
        days=6,
        letter="سطر أول من العرض المقدم للمشروع\nسطر ثانٍ فيه تفاصيل أكثر عن العمل",
        files=[text_file("sample.txt")],
    )
    html = render_for_buyer(proposal.pk, buyer)
    assert f'id="proposal-{proposal.pk}"' in html
    assert seller.get_absolute_url() in html
    assert "1,250.500 LYD" in html
    assert "6 days" in html
    assert 'dir="auto"' in html and "<br>" in html
    assert proposal.attachments.get().get_absolute_url() in html
    assert "data-reputation" in html
    assert reverse("projects:accept", args=[proposal.pk]) in html
    assert reverse("projects:shortlist", args=[proposal.pk]) in html
    assert reverse("projects:decline", args=[proposal.pk]) in html
    message_url = reverse("messaging:start", args=[seller.username])
    assert f"{message_url}?about=projects.proposal:{proposal.pk}" in html


def test_no_buttons_once_a_proposal_is_out_of_the_running(open_project, buyer, seller):
    proposal = propose(open_project, seller)
    services.decline_proposal(proposal, buyer, "السعر مرتفع")
    html = render_for_buyer(proposal.pk, buyer)
    assert "data-proposal-actions" not in html
    assert "السعر مرتفع" in html


def test_no_buttons_once_the_project_is_closed(open_project, buyer, seller):
    proposal = propose(open_project, seller)
    services.close_project(open_project, buyer)
    assert "data-proposal-actions" not in render_for_buyer(proposal.pk, buyer)


def test_the_include_reads_nothing_more_per_proposal(open_project, buyer, seller):
    """With the project page's prefetching, more proposals cost no more queries."""
    propose(open_project, seller, files=[text_file()])
    page = Template(
        "{% for proposal in proposals %}"
        '{% include "projects/includes/proposal_for_buyer.html" with proposal=proposal %}'
        "{% endfor %}"
    )

    def count():
        project = Project.objects.get(pk=open_project.pk)
        with CaptureQueriesContext(connection) as queries:
            proposals = project.proposals.select_related("seller__profile").prefetch_related(
                "attachments"
            )
            html = page.render(Context({"proposals": proposals, "project": project}))
        assert html.count("data-proposal-actions") == proposals.count()
        return len(queries)

    one = count()
    for number in range(3):
        propose(open_project, UserFactory(username=f"bidder{number}"), files=[text_file()])
    assert count() == one


# --- Shortlist and decline ---------------------------------------------------------------------


@pytest.fixture
def proposal(open_project, seller):
    return propose(open_project, seller)


def test_the_buyer_shortlists_and_unshortlists(as_buyer, proposal, open_project):
    url = reverse("projects:shortlist", args=[proposal.pk])
    response = as_buyer.post(url)
    assert response.url == f"{open_project.get_absolute_url()}#proposal-{proposal.pk}"
    assert flashed(response) == ["The proposal is on your shortlist."]
    proposal.refresh_from_db()
    assert proposal.state == ProposalState.SHORTLISTED
    as_buyer.post(url, {"on": "0"})
    proposal.refresh_from_db()
    assert proposal.state == ProposalState.SUBMITTED


def test_the_buyer_declines_with_a_reason(as_buyer, proposal, open_project, seller):
    response = as_buyer.post(
        reverse("projects:decline", args=[proposal.pk]), {"reason": "  المدة طويلة  "}
    )
    assert response.url == f"{open_project.get_absolute_url()}#proposal-{proposal.pk}"
    proposal.refresh_from_db()
    assert (proposal.state, proposal.decline_reason) == (ProposalState.DECLINED, "المدة طويلة")
    assert seller.notifications.filter(event="proposal.declined").exists()


def test_a_declined_proposal_cannot_be_shortlisted(as_buyer, proposal):
    as_buyer.post(reverse("projects:decline", args=[proposal.pk]))
    response = as_buyer.post(reverse("projects:shortlist", args=[proposal.pk]))
    assert flashed(response)[-1] == "This proposal is no longer in the running."
    proposal.refresh_from_db()
    assert proposal.state == ProposalState.DECLINED


@pytest.mark.parametrize("action", ["shortlist", "decline", "accept"])
@pytest.mark.parametrize("who", ["stranger", "seller"])
def test_nobody_but_the_buyer_decides(client, proposal, seller, action, who):
    client.force_login(seller if who == "seller" else UserFactory())
    url = reverse(f"projects:{action}", args=[proposal.pk])
    assert client.post(url, {"gateway": "wallet"}).status_code == 404
    if action == "accept":
        assert client.get(url).status_code == 404
    proposal.refresh_from_db()
    assert proposal.state == ProposalState.SUBMITTED
    assert not Order.objects.exists()


def test_deciding_needs_post(as_buyer, proposal):
    for action in ("shortlist", "decline"):
        assert as_buyer.get(reverse(f"projects:{action}", args=[proposal.pk])).status_code == 405


# --- Accept and pay ------------------------------------------------------------------------------


def test_the_accept_page_offers_the_wallet_with_its_balance(as_buyer, proposal, seller):
    page = as_buyer.get(reverse("projects:accept", args=[proposal.pk]))
    assert page.status_code == 200
    assert [gateway.id for gateway in page.context["gateways"]] == ["wallet"]
    html = page.content.decode()
    assert "balance: 1,000 LYD" in html
    assert "120 LYD" in html
    assert "held until you accept the work" in html
    assert seller.public_name in html


def test_accepting_with_the_wallet_makes_a_funded_order(as_buyer, buyer, seller, proposal):
    response = as_buyer.post(reverse("projects:accept", args=[proposal.pk]), {"gateway": "wallet"})
    proposal.refresh_from_db()
    order = proposal.order
    assert order is not None
    assert response.status_code == 302 and response.url == order.get_absolute_url()
    assert flashed(response)[0].startswith("Paid.")
    assert (order.buyer, order.seller, order.total) == (buyer, seller, D("120"))
    assert order.state == OrderState.NEW
    assert proposal.state == ProposalState.ACCEPTED
    assert Project.objects.get(pk=proposal.project_id).state == ProjectState.IN_PROGRESS
    assert escrow_balance(order) == D("120")
    assert wallet_balance(buyer) == D("880")
    report = check_ledger()
    assert report.ok, (report.unbalanced_transactions, report.wrong_balances)


def test_accepting_by_bank_transfer_leads_to_the_payment_page(as_buyer, buyer, proposal):
    enable_bank_transfer()
    page = as_buyer.get(reverse("projects:accept", args=[proposal.pk]))
    assert [gateway.id for gateway in page.context["gateways"]] == ["wallet", "bank_transfer"]
    response = as_buyer.post(
        reverse("projects:accept", args=[proposal.pk]), {"gateway": "bank_transfer"}
    )
    payment = Payment.objects.get(gateway="bank_transfer", buyer=buyer, amount=D("120"))
    assert response.url == payment.get_absolute_url()
    proposal.refresh_from_db()
    assert proposal.order.state == OrderState.AWAITING_PAYMENT
    assert wallet_balance(buyer) == D("1000")


def test_a_refused_payment_shows_a_message_and_changes_nothing(as_buyer, buyer, open_project):
    dear = propose(open_project, UserFactory(username="dear"), price="1500")
    url = reverse("projects:accept", args=[dear.pk])
    page = as_buyer.get(url)
    assert page.context["gateways"] == []
    assert "500 LYD more is needed" in page.content.decode()
    response = as_buyer.post(url, {"gateway": "wallet"})
    assert response.status_code == 302 and response.url == url
    assert "500 LYD more is needed" in flashed(response)[0]
    dear.refresh_from_db()
    assert (dear.state, dear.order) == (ProposalState.SUBMITTED, None)
    assert not Order.objects.exists() and not Payment.objects.filter(gateway="wallet").exists()
    assert Project.objects.get(pk=open_project.pk).state == ProjectState.OPEN
    assert wallet_balance(buyer) == D("1000")


def test_a_gateway_not_offered_is_refused(as_buyer, proposal):
    response = as_buyer.post(reverse("projects:accept", args=[proposal.pk]), {"gateway": "nope"})
    assert flashed(response) == ["Choose one of the payment methods offered."]
    assert not Order.objects.exists()


def test_a_proposal_out_of_the_running_cannot_be_accepted(as_buyer, buyer, proposal):
    services.decline_proposal(proposal, buyer)
    url = reverse("projects:accept", args=[proposal.pk])
    page = as_buyer.get(url)
    assert page.context["acceptable"] is False
    assert b"data-pay" not in page.content
    response = as_buyer.post(url, {"gateway": "wallet"})
    assert flashed(response) == ["This proposal is no longer in the running."]
    assert not Order.objects.exists()
    assert wallet_balance(buyer) == D("1000")


def test_the_message_link_opens_a_conversation_about_the_proposal(as_buyer, proposal, seller):
    url = reverse("messaging:start", args=[seller.username])
    page = as_buyer.get(url, {"about": f"projects.proposal:{proposal.pk}"})
    assert page.status_code == 200
    assert page.context["about"] == f"projects.proposal:{proposal.pk}"
