"""The projects API: browsing and Arabic search of open projects, what each caller sees of a
project and its proposals (a proposal's seller and the project's buyer only), sending and
managing proposals, posting projects, and accepting a proposal with the wallet (escrow funded,
books balanced, the other proposers told). Refusals are 400s in the error shape that change
nothing; what is not yours is a 404."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone
from rest_framework.test import APIClient

from marketplace.ledger.checks import check_ledger
from marketplace.notifications.models import Notification
from marketplace.orders.models import Order
from marketplace.projects import search, services
from marketplace.projects.models import Project, ProjectState, Proposal, ProposalState
from tests.factories import CategoryFactory, SubcategoryFactory, UserFactory
from tests.messaging.conftest import pdf_upload
from tests.orders.conftest import enable_bank_transfer, escrow_balance, wallet_balance
from tests.projects.conftest import DESCRIPTION, draft, propose

pytestmark = pytest.mark.django_db

PROJECTS = "/api/v1/projects/"
MY_PROJECTS = "/api/v1/me/projects/"
MY_PROPOSALS = "/api/v1/me/proposals/"
# Says nothing about logos or websites, so a search finds a project by its title.
NEUTRAL = "<p>تفاصيل العمل المطلوب موضحة في المرفقات، والتسليم خلال أسبوع واحد فقط.</p>"
LETTER = "أستطيع تنفيذ المشروع خلال أربعة أيام مع ثلاث مقترحات وتعديلات."


def detail(project) -> str:
    return f"{PROJECTS}{project.pk}/"


def proposals_of(project) -> str:
    return f"{PROJECTS}{project.pk}/proposals/"


def decide(proposal, action: str) -> str:
    return f"{PROJECTS}proposals/{proposal.pk}/{action}/"


def api_for(user=None) -> APIClient:
    client = APIClient()
    if user is not None:
        client.force_authenticate(user)
    return client


@pytest.fixture
def api():
    return APIClient()


@pytest.fixture
def web(db):
    """A second top category whose names share no word with the project titles searched."""
    top = CategoryFactory(slug="programming", name_ar="برمجة", name_en="Programming")
    return SubcategoryFactory(parent=top, slug="websites", name_ar="مواقع", name_en="Websites")


def quick_project(buyer, category, title, *, budget=("50", "150"), days_ago=0, skills=()):
    """An open project written straight to the table (no review round): for lists."""
    now = timezone.now() - timedelta(days=days_ago)
    project = Project(
        buyer=buyer,
        title=title,
        description=NEUTRAL,
        category=category,
        budget_min=Decimal(budget[0]),
        budget_max=Decimal(budget[1]),
        duration_days=5,
        state=ProjectState.OPEN,
        live=True,
        first_published_at=now,
        expires_at=now + timedelta(days=30),
    )
    project.search_terms = search.terms_of(project, list(skills))
    project.save()
    if skills:
        project.skills.set(list(skills))
        project.save()
    return project


def ids(response) -> list[int]:
    assert response.status_code == 200, response.content
    return [item["id"] for item in response.json()["results"]]


def assert_books_balance():
    report = check_ledger()
    assert report.ok, (report.unbalanced_transactions, report.wrong_balances)


# --- Browsing and search --------------------------------------------------------------------


def test_list_shows_open_projects_only(api, open_project, buyer, category):
    services.post_project(buyer, draft(category, title="مشروع ما زال في المراجعة"))
    body = api.get(PROJECTS).json()
    assert [item["id"] for item in body["results"]] == [open_project.pk]
    assert body["count"] == 1
    item = body["results"][0]
    assert item["budget_min"] == "50.000" and item["budget_max"] == "150.000"
    assert item["currency"] == "LYD"
    assert item["state"] == "open"
    assert item["buyer"] == {"username": "buyer", "name": "buyer"}
    assert item["category"]["slug"] == "logo" and item["category"]["parent"] == "design"
    assert sorted(item["skills"]) == sorted(["تصميم شعارات", "Illustrator"])
    assert item["url"].endswith(open_project.get_absolute_url())
    assert item["proposal_count"] == 0 and item["posted_at"]
    assert "<" not in item["excerpt"]


def test_arabic_search_finds_other_word_forms(api, buyer, web):
    logo = quick_project(buyer, web, "تصميم شعار لمتجر")
    quick_project(buyer, web, "برمجة موقع لمطعم في بنغازي")
    assert ids(api.get(PROJECTS, {"q": "مصمم شعارات"})) == [logo.pk]
    assert ids(api.get(PROJECTS, {"q": "شعارات مطعم"})) == []


def test_filters(api, buyer, category, web, seller, other_seller):
    cheap = quick_project(buyer, category, "شعار بسيط لمقهى صغير", budget=("10", "40"))
    mid = quick_project(buyer, web, "موقع تعريفي لشركة نقل", budget=("100", "300"), days_ago=5)
    big = quick_project(buyer, web, "متجر إلكتروني متكامل للملابس", budget=("500", "900"))
    propose(big, seller, price="600")
    propose(big, other_seller, price="700")

    assert ids(api.get(PROJECTS, {"category": "design"})) == [cheap.pk]
    assert ids(api.get(PROJECTS, {"category": "logo"})) == [cheap.pk]
    assert set(ids(api.get(PROJECTS, {"category": "programming"}))) == {mid.pk, big.pk}
    # Budgets overlap the range asked for.
    assert set(ids(api.get(PROJECTS, {"budget_min": "200"}))) == {mid.pk, big.pk}
    assert set(ids(api.get(PROJECTS, {"budget_max": "100"}))) == {cheap.pk, mid.pk}
    assert ids(api.get(PROJECTS, {"budget_min": "250", "budget_max": "450"})) == [mid.pk]
    assert set(ids(api.get(PROJECTS, {"posted_within_days": 3}))) == {cheap.pk, big.pk}
    assert ids(api.get(PROJECTS, {"min_proposals": 1})) == [big.pk]
    assert set(ids(api.get(PROJECTS, {"max_proposals": 0}))) == {cheap.pk, mid.pk}
    # Newest first.
    assert ids(api.get(PROJECTS, {"category": "programming"})) == [big.pk, mid.pk]


@pytest.mark.parametrize(
    "params, field",
    [
        ({"budget_min": "abc"}, "budget_min"),
        ({"budget_min": "300", "budget_max": "100"}, "budget_max"),
        ({"category": "no-such-category"}, "category"),
        ({"posted_within_days": "0"}, "posted_within_days"),
        ({"min_proposals": "-1"}, "min_proposals"),
        ({"min_proposals": "5", "max_proposals": "2"}, "max_proposals"),
        ({"page_size": "500"}, "page_size"),
        ({"sort": "price"}, "sort"),
    ],
)
def test_bad_filters_are_400_in_the_error_shape(api, params, field, category, in_english):
    response = api.get(PROJECTS, params, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "invalid"
    assert list(body["fields"]) == [field]
    assert body["detail"] == " ".join(body["fields"][field])


def test_bad_filter_messages_follow_the_request_language(api, db):
    english = api.get(PROJECTS, {"budget_min": "abc"}, HTTP_ACCEPT_LANGUAGE="en").json()
    arabic = api.get(PROJECTS, {"budget_min": "abc"}).json()
    assert english["detail"] == "Enter a number."
    assert arabic["detail"] != english["detail"]


def test_list_queries_do_not_grow_with_the_page(
    api, buyer, category, seller, django_assert_max_num_queries
):
    for n in range(2):
        quick_project(buyer, category, f"مشروع تصميم رقم {n} للمتجر", skills=["شعار", "هوية"])
    api.get(PROJECTS)  # the first request sets up the site's theme and plugins
    # The site and its theme (middleware), then the count, the page, the skills.
    with django_assert_max_num_queries(5):
        assert len(ids(api.get(PROJECTS))) == 2
    for n in range(2, 8):
        quick_project(buyer, category, f"مشروع تصميم رقم {n} للمتجر", skills=[f"مهارة {n}"])
    with django_assert_max_num_queries(5):
        assert len(ids(api.get(PROJECTS, {"q": "تصميم"}))) == 8


def test_own_lists_queries_are_fixed(
    open_project, buyer, seller, category, web, django_assert_max_num_queries
):
    seller_api, buyer_api = api_for(seller), api_for(buyer)
    for n in range(4):
        project = quick_project(buyer, web, f"موقع إلكتروني رقم {n} لشركة", skills=["ويب"])
        propose(project, seller, price="200", files=[pdf_upload()])
    propose(open_project, seller)
    for n in range(3):
        propose(open_project, UserFactory(username=f"rival{n}"), files=[pdf_upload()])
    seller_api.get(MY_PROPOSALS)  # the first request sets up the site's theme and plugins
    # Each: the site and its theme (middleware), then the count, the page and its attachments
    # or skills (and the project for its proposals).
    with django_assert_max_num_queries(5):
        assert len(ids(seller_api.get(MY_PROPOSALS))) == 5
    with django_assert_max_num_queries(6):
        assert len(ids(buyer_api.get(proposals_of(open_project)))) == 4
    with django_assert_max_num_queries(5):
        assert len(ids(buyer_api.get(MY_PROJECTS))) == 5


# --- A project ------------------------------------------------------------------------------


def test_detail_of_an_open_project(api, open_project, buyer, seller):
    body = api.get(detail(open_project)).json()
    assert body["id"] == open_project.pk
    assert body["description"].startswith("<p>")
    assert body["buyer"]["username"] == "buyer"
    assert body["buyer"]["projects_posted"] == 1
    assert body["buyer"]["hire_rate"] is None
    assert body["buyer"]["rating_average"] == "0.00"
    assert body["proposal_count"] == 0
    assert body["can_edit"] is False and body["can_propose"] is False
    assert body["my_proposal"] is None and body["proposals_left"] is None

    mine = propose(open_project, seller)
    body = api_for(seller).get(detail(open_project)).json()
    assert body["my_proposal"] == {
        "id": mine.pk,
        "state": "submitted",
        "state_display": body["my_proposal"]["state_display"],
    }
    assert body["proposals_left"] == 29
    assert body["can_propose"] is False and body["can_edit"] is False
    assert body["proposal_count"] == 1

    other = api_for(UserFactory()).get(detail(open_project)).json()
    assert other["my_proposal"] is None and other["can_propose"] is True
    assert other["proposals_left"] == 30
    own = api_for(buyer).get(detail(open_project)).json()
    assert own["can_propose"] is False and own["proposals_left"] is None


def test_a_project_in_review_is_its_buyers_only(api, buyer, seller, category, moderator):
    project = services.post_project(buyer, draft(category), files=[pdf_upload()])
    assert api.get(detail(project)).status_code == 404
    assert api_for(seller).get(detail(project)).status_code == 404
    response = api_for(buyer).get(detail(project))
    assert response.status_code == 200
    body = response.json()
    assert body["state"] == "pending" and body["can_edit"] is True
    [attachment] = body["attachments"]
    assert attachment["name"] == "brief.pdf"
    assert attachment["url"].endswith(f"/projects/files/{attachment['id']}/")
    assert api.get(f"{PROJECTS}999999/").status_code == 404


def test_an_ended_project_stays_readable(api, open_project, buyer):
    services.close_project(open_project, buyer)
    body = api.get(detail(open_project)).json()
    assert body["state"] == "closed"
    assert ids(api.get(PROJECTS)) == []


# --- Posting a project ----------------------------------------------------------------------


def project_data(**changes):
    data = {
        "title": "تصميم هوية بصرية لمخبز",
        "description": DESCRIPTION,
        "category": "logo",
        "skills": ["هوية", "شعار"],
        "budget_min": "50",
        "budget_max": "150",
        "duration_days": 7,
    }
    data.update(changes)
    return data


def test_post_a_project(buyer, category, moderator):
    client = api_for(buyer)
    response = client.post(PROJECTS, project_data(), format="json")
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["state"] == "pending" and body["can_edit"] is True
    assert body["budget_min"] == "50.000" and sorted(body["skills"]) == ["شعار", "هوية"]
    project = Project.objects.get(pk=body["id"])
    assert project.buyer == buyer and project.current_workflow_state is not None
    # By id, multipart, with a file.
    data = project_data(category=str(category.pk), attachments=[pdf_upload()])
    response = client.post(PROJECTS, data, format="multipart")
    assert response.status_code == 201, response.content
    assert len(response.json()["attachments"]) == 1
    assert ids(client.get(MY_PROJECTS)) == [response.json()["id"], body["id"]]
    assert ids(client.get(MY_PROJECTS, {"state": "open"})) == []


def test_post_a_project_checks_the_budget(buyer, category, in_english):
    client = api_for(buyer)
    before = Project.objects.count()

    response = client.post(
        PROJECTS, project_data(budget_min="5"), format="json", HTTP_ACCEPT_LANGUAGE="en"
    )
    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "invalid"
    assert body["fields"] == {"budget_min": ["The budget starts at 10 LYD or more."]}

    response = client.post(
        PROJECTS,
        project_data(budget_min="100", budget_max="60"),
        format="json",
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 400
    assert response.json()["fields"] == {
        "budget_max": ["The top of the budget cannot be lower than its bottom."]
    }
    assert Project.objects.count() == before


def test_post_a_project_needs_a_subcategory_and_the_fields(buyer, category, in_english):
    client = api_for(buyer)
    response = client.post(
        PROJECTS, project_data(category="design"), format="json", HTTP_ACCEPT_LANGUAGE="en"
    )
    assert response.json()["fields"] == {"category": ["Choose a subcategory."]}
    response = client.post(PROJECTS, {}, format="json", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400
    assert set(response.json()["fields"]) >= {
        "title",
        "description",
        "category",
        "budget_min",
        "budget_max",
        "duration_days",
    }


# --- Proposals ------------------------------------------------------------------------------


def send(client, project, **changes):
    data = {"price": "120.5", "days": 4, "cover_letter": LETTER, **changes}
    return client.post(proposals_of(project), data, format="json", HTTP_ACCEPT_LANGUAGE="en")


def test_send_a_proposal(open_project, seller, buyer):
    response = send(api_for(seller), open_project)
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["price"] == "120.500" and body["days"] == 4 and body["state"] == "submitted"
    assert body["project"]["id"] == open_project.pk and body["can_change"] is True
    proposal = Proposal.objects.get(pk=body["id"])
    assert proposal.seller == seller
    assert Notification.objects.filter(user=buyer, event="proposal.received").exists()


def test_send_a_proposal_with_files(open_project, seller):
    response = api_for(seller).post(
        proposals_of(open_project),
        {"price": "100", "days": 3, "cover_letter": LETTER, "attachments": [pdf_upload()]},
        format="multipart",
    )
    assert response.status_code == 201, response.content
    [attachment] = response.json()["attachments"]
    assert attachment["url"].endswith(f"/projects/proposal-files/{attachment['id']}/")


def test_one_proposal_per_seller(open_project, seller, in_english):
    client = api_for(seller)
    assert send(client, open_project).status_code == 201
    response = send(client, open_project, price="90")
    assert response.status_code == 400
    assert response.json() == {
        "detail": "You already sent a proposal on this project: edit it instead.",
        "code": "refused",
    }
    assert Proposal.objects.get(seller=seller).price == Decimal("120.5")


def test_a_buyer_cannot_propose_on_their_own_project(open_project, buyer, in_english):
    response = send(api_for(buyer), open_project)
    assert response.status_code == 400
    assert response.json()["code"] == "refused"
    assert response.json()["detail"] == "You cannot send a proposal on your own project."
    assert not Proposal.objects.exists()


def test_a_bad_proposal_is_invalid(open_project, seller, in_english):
    response = send(api_for(seller), open_project, price="5", cover_letter="قصير", days=200)
    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "invalid"
    assert set(body["fields"]) == {"price", "days", "cover_letter"}
    assert body["fields"]["price"] == ["The lowest price is 10 LYD."]
    assert not Proposal.objects.exists()


def test_no_proposal_on_a_project_in_review(buyer, seller, category, moderator):
    project = services.post_project(buyer, draft(category))
    assert send(api_for(seller), project).status_code == 404


def test_the_monthly_limit(open_project, seller, in_english):
    from tests.orders.conftest import change_settings

    change_settings(proposals_per_month=0)
    response = send(api_for(seller), open_project)
    assert response.status_code == 400
    assert response.json()["code"] == "monthly_limit"


def test_only_the_buyer_lists_a_projects_proposals(api, open_project, buyer, seller, other_seller):
    mine = propose(open_project, seller)
    theirs = propose(open_project, other_seller, price="90")
    assert api.get(proposals_of(open_project)).status_code == 403
    assert api_for(seller).get(proposals_of(open_project)).status_code == 404
    response = api_for(buyer).get(proposals_of(open_project))
    assert ids(response) == [mine.pk, theirs.pk]
    first = response.json()["results"][0]
    assert first["seller"]["username"] == "seller"
    assert first["seller"]["completed_orders"] == 0
    assert first["seller"]["on_time_percent"] is None
    assert first["seller"]["badges"] == []
    assert first["price"] == "120.000" and first["cover_letter"]
    assert first["state"] == "submitted" and first["attachments"] == []
    services.shortlist(theirs, buyer)
    assert ids(api_for(buyer).get(proposals_of(open_project), {"state": "shortlisted"})) == [
        theirs.pk
    ]


def test_a_seller_reads_and_edits_only_their_own_proposals(open_project, seller, other_seller):
    mine = propose(open_project, seller)
    theirs = propose(open_project, other_seller, price="90")
    client = api_for(seller)
    assert ids(client.get(MY_PROPOSALS)) == [mine.pk]
    assert client.get(f"{MY_PROPOSALS}{mine.pk}/").json()["price"] == "120.000"
    assert client.get(f"{MY_PROPOSALS}{theirs.pk}/").status_code == 404
    assert client.patch(f"{MY_PROPOSALS}{theirs.pk}/", {"price": "10"}).status_code == 404
    assert client.post(f"{MY_PROPOSALS}{theirs.pk}/withdraw/").status_code == 404

    response = client.patch(f"{MY_PROPOSALS}{mine.pk}/", {"price": "99.250"}, format="json")
    assert response.status_code == 200, response.content
    assert response.json()["price"] == "99.250" and response.json()["days"] == 4
    mine.refresh_from_db()
    assert mine.price == Decimal("99.250")
    theirs.refresh_from_db()
    assert theirs.price == Decimal("90")


def test_withdraw(open_project, seller, in_english):
    mine = propose(open_project, seller)
    client = api_for(seller)
    response = client.post(f"{MY_PROPOSALS}{mine.pk}/withdraw/")
    assert response.status_code == 200
    assert response.json()["state"] == "withdrawn" and response.json()["can_change"] is False
    open_project.refresh_from_db()
    assert open_project.proposal_count == 0
    again = client.post(f"{MY_PROPOSALS}{mine.pk}/withdraw/", HTTP_ACCEPT_LANGUAGE="en")
    assert again.status_code == 400 and again.json()["code"] == "refused"
    edit = client.patch(
        f"{MY_PROPOSALS}{mine.pk}/", {"days": 2}, format="json", HTTP_ACCEPT_LANGUAGE="en"
    )
    assert edit.status_code == 400 and edit.json()["code"] == "refused"
    # A withdrawn proposal may be sent again.
    assert send(client, open_project).status_code == 201


def test_shortlist_and_decline(open_project, buyer, seller, other_seller):
    mine = propose(open_project, seller)
    client = api_for(buyer)
    response = client.post(decide(mine, "shortlist"), format="json")
    assert response.status_code == 200 and response.json()["state"] == "shortlisted"
    response = client.post(decide(mine, "shortlist"), {"on": False}, format="json")
    assert response.json()["state"] == "submitted"
    response = client.post(decide(mine, "decline"), {"reason": "السعر مرتفع"}, format="json")
    assert response.status_code == 200
    assert response.json()["state"] == "declined"
    assert response.json()["decline_reason"] == "السعر مرتفع"
    assert Notification.objects.filter(user=seller, event="proposal.declined").exists()
    assert client.post(decide(mine, "shortlist")).json()["code"] == "refused"
    # Not the buyer: 404.
    theirs = propose(open_project, other_seller)
    for user in (seller, other_seller):
        for action in ("shortlist", "decline"):
            assert api_for(user).post(decide(theirs, action)).status_code == 404
    theirs.refresh_from_db()
    assert theirs.state == ProposalState.SUBMITTED


# --- Accepting ------------------------------------------------------------------------------


def test_accept_by_anyone_but_the_buyer_is_404(open_project, seller, other_seller):
    mine = propose(open_project, seller)
    for user in (seller, other_seller, UserFactory()):
        response = api_for(user).post(decide(mine, "accept"), {"gateway": "wallet"})
        assert response.status_code == 404
    mine.refresh_from_db()
    assert mine.state == ProposalState.SUBMITTED and not Order.objects.exists()


def test_accept_with_the_wallet(
    open_project, buyer, seller, other_seller, django_capture_on_commit_callbacks
):
    mine = propose(open_project, seller, price="120.500")
    theirs = propose(open_project, other_seller, price="90")
    before = wallet_balance(buyer)
    with django_capture_on_commit_callbacks(execute=True):
        response = api_for(buyer).post(decide(mine, "accept"), {"gateway": "wallet"}, format="json")
    assert response.status_code == 201, response.content
    body = response.json()
    order = Order.objects.get(pk=body["order_id"])
    assert body["next"] == "paid" and body["status"] == "succeeded"
    assert body["url"] == body["order_url"] and body["url"].endswith(order.get_absolute_url())
    assert body["amount"] == "120.500" and body["payment_id"] == order.payment_id
    assert order.buyer == buyer and order.seller == seller and order.total == Decimal("120.500")
    assert escrow_balance(order) == Decimal("120.500")
    assert wallet_balance(buyer) == before - Decimal("120.500")
    assert_books_balance()
    mine.refresh_from_db()
    theirs.refresh_from_db()
    open_project.refresh_from_db()
    assert mine.state == ProposalState.ACCEPTED and mine.order == order
    assert theirs.state == ProposalState.NOT_SELECTED
    assert open_project.state == ProjectState.IN_PROGRESS
    assert Notification.objects.filter(user=other_seller, event="proposal.not_selected").exists()
    assert not Notification.objects.filter(user=seller, event="proposal.not_selected").exists()
    assert api_for(seller).get(f"{MY_PROPOSALS}{mine.pk}/").json()["order_id"] == order.pk


def test_accept_by_bank_transfer_goes_to_the_payment_page(open_project, buyer, seller):
    enable_bank_transfer()
    mine = propose(open_project, seller)
    response = api_for(buyer).post(
        decide(mine, "accept"), {"gateway": "bank_transfer"}, format="json"
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["next"] == "page" and body["status"] == "pending"
    assert body["url"].endswith(f"/{body['payment_id']}/")
    assert escrow_balance(Order.objects.get(pk=body["order_id"])) == 0


def test_a_refused_payment_changes_nothing(open_project, buyer, seller, in_english):
    mine = propose(open_project, seller, price="5000")
    response = api_for(buyer).post(
        decide(mine, "accept"), {"gateway": "wallet"}, format="json", HTTP_ACCEPT_LANGUAGE="en"
    )
    assert response.status_code == 400
    assert response.json()["code"] == "payment"
    assert "balance is not enough" in response.json()["detail"]
    mine.refresh_from_db()
    open_project.refresh_from_db()
    assert mine.state == ProposalState.SUBMITTED and open_project.state == ProjectState.OPEN
    assert not Order.objects.exists()
    assert_books_balance()


def test_accept_needs_a_gateway(open_project, buyer, seller):
    mine = propose(open_project, seller)
    response = api_for(buyer).post(decide(mine, "accept"), {}, format="json")
    assert response.status_code == 400
    assert list(response.json()["fields"]) == ["gateway"]


# --- Signed out ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "method, path",
    [
        ("post", PROJECTS),
        ("get", MY_PROJECTS),
        ("get", MY_PROPOSALS),
        ("get", f"{MY_PROPOSALS}1/"),
        ("patch", f"{MY_PROPOSALS}1/"),
        ("post", f"{MY_PROPOSALS}1/withdraw/"),
        ("get", f"{PROJECTS}1/proposals/"),
        ("post", f"{PROJECTS}1/proposals/"),
        ("post", f"{PROJECTS}proposals/1/shortlist/"),
        ("post", f"{PROJECTS}proposals/1/decline/"),
        ("post", f"{PROJECTS}proposals/1/accept/"),
    ],
)
def test_signed_out_callers_are_refused(api, method, path):
    response = getattr(api, method)(path, {}, format="json")
    assert response.status_code in (401, 403)
