"""The seller's proposal pages: send, read, edit, withdraw, my proposals; who may do what,
and the monthly limit said before the form."""

from decimal import Decimal

import pytest
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from marketplace.projects import services
from marketplace.projects.models import Proposal, ProposalState
from tests.factories import UserFactory
from tests.orders.conftest import change_settings
from tests.projects.conftest import draft, listed_project, propose

LETTER = "أصمم لك شعاراً بثلاث أفكار مختلفة وأسلم كل الملفات المفتوحة بعد موافقتك."


def attachment(name="sample.txt", text="نموذج من أعمالي السابقة"):
    return SimpleUploadedFile(name, text.encode(), content_type="text/plain")


def offer(**changes):
    values = {"price": "120", "days": "4", "cover_letter": LETTER}
    values.update(changes)
    return values


def message_texts(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


def propose_url(project) -> str:
    return reverse("projects:propose", args=[project.pk])


# --- Sending ---------------------------------------------------------------------------------


def test_anonymous_visitor_is_sent_to_log_in(client, open_project):
    response = client.get(propose_url(open_project))

    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


def test_form_shows_the_budget_and_the_proposals_left(client, open_project, seller, in_english):
    client.force_login(seller)

    response = client.get(propose_url(open_project))

    assert response.status_code == 200
    html = response.content.decode()
    assert "The buyer's budget: 50–150 LYD" in html
    assert "You can send 30 more proposals this month (of 30)." in html
    assert 'name="attachments"' in html and "multiple" in html


def test_seller_sends_a_proposal_with_files(
    client, open_project, seller, buyer, django_capture_on_commit_callbacks, in_english
):
    client.force_login(seller)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            propose_url(open_project),
            offer(attachments=[attachment("one.txt"), attachment("two.txt")]),
        )

    proposal = Proposal.objects.get(project=open_project, seller=seller)
    assert response.status_code == 302
    assert response["Location"] == proposal.get_absolute_url()
    assert "Your proposal was sent." in " ".join(message_texts(response))
    assert proposal.price == Decimal("120") and proposal.days == 4
    assert sorted(proposal.attachments.values_list("name", flat=True)) == ["one.txt", "two.txt"]
    open_project.refresh_from_db()
    assert open_project.proposal_count == 1


def test_errors_are_shown_on_the_fields(client, open_project, seller, in_english):
    client.force_login(seller)

    response = client.post(
        propose_url(open_project), offer(price="2", days="120", cover_letter="قصيرة")
    )

    assert response.status_code == 200
    form = response.context["form"]
    assert set(form.errors) == {"price", "days", "cover_letter"}
    assert "The lowest price is 10 LYD." in form.errors["price"]
    assert not Proposal.objects.exists()


def test_a_file_of_the_wrong_type_is_refused_on_its_field(client, open_project, seller):
    client.force_login(seller)
    fake = SimpleUploadedFile("tool.exe", b"MZ\x90\x00", content_type="application/octet-stream")

    response = client.post(propose_url(open_project), offer(attachments=[fake]))

    assert response.status_code == 200
    assert "attachments" in response.context["form"].errors
    assert not Proposal.objects.exists()


def test_buyer_cannot_propose_on_their_own_project(client, open_project, buyer, in_english):
    client.force_login(buyer)

    shown = client.get(propose_url(open_project))
    posted = client.post(propose_url(open_project), offer())

    for response in (shown, posted):
        assert response.status_code == 302
        assert response["Location"] == open_project.get_absolute_url()
    assert "You cannot send a proposal on your own project." in message_texts(shown)
    assert not Proposal.objects.exists()


def test_one_proposal_per_seller(client, open_project, seller, in_english):
    propose(open_project, seller)
    client.force_login(seller)

    response = client.post(propose_url(open_project), offer(price="99"))

    assert response.status_code == 302
    assert response["Location"] == open_project.get_absolute_url()
    assert "You already sent a proposal on this project: edit it instead." in message_texts(
        response
    )
    assert Proposal.objects.get().price == Decimal("120")


def test_no_proposal_on_a_project_that_is_not_open(
    client, open_project, buyer, seller, category, in_english
):
    services.close_project(open_project, buyer)
    pending = services.post_project(buyer, draft(category, title="مشروع آخر ينتظر المراجعة"))
    client.force_login(seller)

    closed = client.get(propose_url(open_project))
    in_review = client.get(propose_url(pending))

    assert closed.status_code == 302
    assert "This project no longer takes proposals." in message_texts(closed)
    assert in_review.status_code == 404  # strangers do not learn it exists


def test_monthly_limit_is_said_before_the_form(
    client, open_project, buyer, seller, category, in_english
):
    change_settings(proposals_per_month=1)
    other = listed_project(buyer, category, title="مشروع ثانٍ مفتوح للعروض")
    propose(other, seller)
    client.force_login(seller)

    page = client.get(open_project.get_absolute_url()).content.decode()
    assert "You have used all your proposals for this month." in page
    assert f'href="{propose_url(open_project)}"' not in page

    response = client.get(propose_url(open_project))
    assert response.status_code == 302
    assert response["Location"] == open_project.get_absolute_url()
    assert "You have sent your 1 proposals for this month." in " ".join(message_texts(response))

    client.post(propose_url(open_project), offer())
    assert not Proposal.objects.filter(project=open_project).exists()


def test_withdrawn_proposal_may_be_sent_again(client, open_project, seller):
    proposal = propose(open_project, seller)
    services.withdraw_proposal(proposal, seller)
    client.force_login(seller)

    page = client.get(open_project.get_absolute_url()).content.decode()
    assert propose_url(open_project) in page
    response = client.post(propose_url(open_project), offer(price="150"))

    assert response.status_code == 302
    proposal.refresh_from_db()
    assert proposal.state == ProposalState.SUBMITTED
    assert proposal.price == Decimal("150")


# --- Reading ---------------------------------------------------------------------------------


def test_who_may_read_a_proposal(client, open_project, buyer, seller, other_seller, moderator):
    proposal = propose(open_project, seller, price="137.125")
    url = proposal.get_absolute_url()

    assert client.get(url).status_code == 404
    for stranger in (other_seller, UserFactory()):
        client.force_login(stranger)
        assert client.get(url).status_code == 404
    for reader in (seller, buyer, moderator):
        client.force_login(reader)
        response = client.get(url)
        assert response.status_code == 200
        assert "137.125" in response.content.decode()


def test_seller_sees_edit_and_withdraw_while_live(client, open_project, seller, in_english):
    proposal = propose(open_project, seller, letter=LETTER)
    client.force_login(seller)

    html = client.get(proposal.get_absolute_url()).content.decode()

    assert reverse("projects:proposal_edit", args=[proposal.pk]) in html
    assert reverse("projects:proposal_withdraw", args=[proposal.pk]) in html
    assert LETTER in html


def test_seller_is_not_told_about_the_shortlist(client, open_project, buyer, seller, in_english):
    proposal = propose(open_project, seller)
    services.shortlist(proposal, buyer)
    client.force_login(seller)

    html = client.get(proposal.get_absolute_url()).content.decode()
    listed = client.get(reverse("projects:my_proposals")).content.decode()
    filtered = client.get(reverse("projects:my_proposals"), {"state": "shortlisted"})
    sent = client.get(reverse("projects:my_proposals"), {"state": "submitted"})

    for page in (html, listed):
        assert "Shortlisted" not in page
        assert 'data-state="shortlisted"' not in page
    assert filtered.context["state"] == ""
    assert [p.pk for p in sent.context["page"].object_list] == [proposal.pk]


def test_declined_proposal_shows_the_reason_and_no_buttons(
    client, open_project, buyer, seller, in_english
):
    proposal = propose(open_project, seller)
    services.decline_proposal(proposal, buyer, "السعر أعلى من ميزانيتنا")
    client.force_login(seller)

    html = client.get(proposal.get_absolute_url()).content.decode()

    assert "The buyer declined this proposal." in html
    assert "السعر أعلى من ميزانيتنا" in html
    assert reverse("projects:proposal_edit", args=[proposal.pk]) not in html
    assert reverse("projects:proposal_withdraw", args=[proposal.pk]) not in html


def test_accepted_proposal_links_to_its_order(client, open_project, buyer, seller, in_english):
    proposal = propose(open_project, seller)
    _payment, _result, order = services.accept_proposal(proposal, buyer, "wallet")
    client.force_login(seller)

    html = client.get(proposal.get_absolute_url()).content.decode()

    assert "The buyer accepted your proposal." in html
    assert order.get_absolute_url() in html


def test_buyer_has_a_link_back_to_the_proposals(client, open_project, buyer, seller, in_english):
    proposal = propose(open_project, seller)
    client.force_login(buyer)

    html = client.get(proposal.get_absolute_url()).content.decode()

    assert open_project.get_absolute_url() + "#proposals" in html
    assert reverse("projects:proposal_withdraw", args=[proposal.pk]) not in html


# --- Editing and withdrawing -----------------------------------------------------------------


def test_seller_edits_price_and_files(
    client, open_project, seller, django_capture_on_commit_callbacks, in_english
):
    proposal = propose(open_project, seller, files=[attachment("old.txt"), attachment("kept.txt")])
    old = proposal.attachments.get(name="old.txt")
    url = reverse("projects:proposal_edit", args=[proposal.pk])
    client.force_login(seller)

    form_page = client.get(url)
    assert form_page.status_code == 200
    assert form_page.context["form"].initial["price"] == "120"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url,
            offer(price="140", remove_attachments=[old.pk], attachments=[attachment("new.txt")]),
        )

    assert response.status_code == 302
    assert response["Location"] == proposal.get_absolute_url()
    assert "Your proposal was updated." in message_texts(response)
    proposal.refresh_from_db()
    assert proposal.price == Decimal("140")
    assert sorted(proposal.attachments.values_list("name", flat=True)) == ["kept.txt", "new.txt"]


def test_edit_keeps_to_the_file_limit(client, open_project, seller):
    proposal = propose(open_project, seller, files=[attachment(f"{n}.txt") for n in range(5)])
    client.force_login(seller)

    response = client.post(
        reverse("projects:proposal_edit", args=[proposal.pk]),
        offer(attachments=[attachment("sixth.txt")]),
    )

    assert response.status_code == 200
    assert "attachments" in response.context["form"].errors
    assert proposal.attachments.count() == 5


@pytest.mark.parametrize("name", ["proposal_edit", "proposal_withdraw"])
def test_only_the_seller_may_edit_or_withdraw(
    client, open_project, buyer, seller, other_seller, moderator, name
):
    proposal = propose(open_project, seller)
    url = reverse(f"projects:{name}", args=[proposal.pk])

    assert client.post(url, offer(price="10")).status_code == 302  # to log in
    for other in (buyer, other_seller, moderator):
        client.force_login(other)
        assert client.post(url, offer(price="10")).status_code == 404
    proposal.refresh_from_db()
    assert proposal.state == ProposalState.SUBMITTED
    assert proposal.price == Decimal("120")


def test_withdraw_is_post_only(client, open_project, seller):
    proposal = propose(open_project, seller)
    client.force_login(seller)

    assert client.get(reverse("projects:proposal_withdraw", args=[proposal.pk])).status_code == 405


def test_seller_withdraws(client, open_project, seller, in_english):
    proposal = propose(open_project, seller)
    client.force_login(seller)

    response = client.post(reverse("projects:proposal_withdraw", args=[proposal.pk]))

    assert response.status_code == 302
    assert response["Location"] == proposal.get_absolute_url()
    proposal.refresh_from_db()
    open_project.refresh_from_db()
    assert proposal.state == ProposalState.WITHDRAWN
    assert open_project.proposal_count == 0


def test_no_change_once_the_project_is_closed(client, open_project, buyer, seller, in_english):
    proposal = propose(open_project, seller)
    services.close_project(open_project, buyer)
    client.force_login(seller)

    edit = client.post(reverse("projects:proposal_edit", args=[proposal.pk]), offer(price="99"))
    withdraw = client.post(reverse("projects:proposal_withdraw", args=[proposal.pk]))

    assert edit.status_code == 302 and withdraw.status_code == 302
    assert "This proposal can no longer change." in message_texts(edit)
    proposal.refresh_from_db()
    assert proposal.state == ProposalState.NOT_SELECTED
    assert proposal.price == Decimal("120")
    page = client.get(proposal.get_absolute_url()).content.decode()
    assert reverse("projects:proposal_edit", args=[proposal.pk]) not in page


# --- My proposals ----------------------------------------------------------------------------


def test_my_proposals_lists_mine_only(client, open_project, buyer, seller, other_seller, category):
    mine = propose(open_project, seller)
    propose(open_project, other_seller, price="93.250")
    second = listed_project(buyer, category, title="مشروع ثانٍ مفتوح للعروض")
    mine_too = propose(second, seller, price="77")
    client.force_login(seller)

    response = client.get(reverse("projects:my_proposals"))

    assert [p.pk for p in response.context["page"].object_list] == [mine_too.pk, mine.pk]
    html = response.content.decode()
    assert "93.250" not in html
    assert mine.get_absolute_url() in html and second.title in html
    assert response.context["proposals_left"] == 28


def test_my_proposals_requires_login(client, db):
    response = client.get(reverse("projects:my_proposals"))

    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


def test_my_proposals_query_count_does_not_grow(
    client, buyer, seller, category, django_assert_max_num_queries
):
    def make(count):
        for number in range(count):
            project = listed_project(UserFactory(), category, title=f"مشروع رقم {number} للقياس")
            propose(project, seller)

    make(2)
    client.force_login(seller)
    url = reverse("projects:my_proposals")
    client.get(url)  # the site's first request sets up its theme
    with django_assert_max_num_queries(25) as few:
        client.get(url)
    make(10)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(url)
    assert len(response.context["page"].object_list) == 12
