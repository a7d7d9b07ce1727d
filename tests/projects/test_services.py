"""The project and proposal services: what they check, who may do what, and what each step
leaves behind (the rules of PRODUCT.md "Open projects")."""

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from wagtail.models import Revision

from marketplace.notifications.emails import compose_email
from marketplace.notifications.events import EVENTS
from marketplace.notifications.links import neutral_path
from marketplace.projects import rules, services
from marketplace.projects.models import (
    MAX_ATTACHMENTS,
    Project,
    ProjectAttachment,
    ProjectState,
    Proposal,
    ProposalAttachment,
    ProposalState,
)
from tests.factories import UserFactory
from tests.messaging.conftest import pdf_upload
from tests.projects.conftest import (
    approved_project,
    draft,
    notified,
    propose,
    review,
    set_rules,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("in_english", "fast_passwords")]

D = Decimal
LETTER = "أصمم لك شعاراً احترافياً بثلاث مقترحات وتعديلات غير محدودة."


def codes(error: ValidationError):
    """``{field: [codes]}`` of a ValidationError keyed by field, else its list of codes."""
    if hasattr(error, "error_dict"):
        return {field: [e.code for e in errors] for field, errors in error.error_dict.items()}
    return [e.code for e in error.error_list]


def refused(call, *args, **kwargs) -> str:
    """``call`` raises the services' "not allowed" error; return its message."""
    with pytest.raises(ValidationError) as error:
        call(*args, **kwargs)
    assert codes(error.value) == ["not_allowed"], error.value
    return error.value.messages[0]


def stored_files(settings) -> list:
    root = settings.PRIVATE_MEDIA_ROOT
    return [path for path in root.rglob("*") if path.is_file()] if root.exists() else []


def written(subcategory, **changes) -> services.ProjectDraft:
    """The fixtures' draft with ``changes`` (any field, the category too)."""
    return services.ProjectDraft(**{**vars(draft(subcategory)), **changes})


def fresh(obj):
    return type(obj).objects.get(pk=obj.pk)


# --- Posting a project ----------------------------------------------------------------------


def test_posting_saves_what_the_buyer_wrote_and_sends_it_to_review(buyer, category, settings):
    project = services.post_project(
        buyer,
        draft(category, title="  شعار   لمتجر حلويات  ", skills=["Logo", "logo ", "Logo"]),
        files=[pdf_upload("brief.pdf")],
    )
    project = fresh(project)
    assert project.buyer == buyer
    assert project.title == "شعار لمتجر حلويات"  # spaces tidied
    assert (project.state, project.live) == (ProjectState.PENDING, False)
    assert (project.budget_min, project.budget_max, project.duration_days) == (
        D("50.000"),
        D("150.000"),
        5,
    )
    assert [tag.name for tag in project.skills.all()] == ["Logo", "logo"]
    assert project.search_terms
    [attachment] = project.attachments.all()
    assert (attachment.name, attachment.content_type) == ("brief.pdf", "application/pdf")
    assert len(stored_files(settings)) == 1
    assert project.current_workflow_state is not None
    assert Revision.objects.for_instance(project).count() == 1


@pytest.mark.parametrize(
    "changes, errors",
    [
        ({"title": "قصير"}, {"title": ["title"]}),
        ({"title": "ع" * 81}, {"title": ["title"]}),
        ({"description": "<p>وصف قصير جداً</p>"}, {"description": ["description"]}),
        ({"description": "<p><br></p>" * 20}, {"description": ["description"]}),
        ({"budget_min": D("9.999"), "budget_max": D("50")}, {"budget_min": ["below_minimum"]}),
        ({"budget_min": D("100"), "budget_max": D("99")}, {"budget_max": ["budget_range"]}),
        ({"budget_min": None}, {"budget_min": ["required"]}),
        ({"budget_max": None}, {"budget_max": ["required"]}),
        # The books hold amounts below 10^11 LYD: a larger one is refused, not a database error.
        ({"budget_max": D("1e11")}, {"budget_max": ["too_large"]}),
        (
            {"budget_min": D("1e11"), "budget_max": D("1e12")},
            {"budget_min": ["too_large"], "budget_max": ["too_large"]},
        ),
        ({"duration_days": 0}, {"duration_days": ["days"]}),
        ({"duration_days": 91}, {"duration_days": ["days"]}),
        ({"duration_days": None}, {"duration_days": ["days"]}),
        ({"skills": [f"skill {n}" for n in range(9)]}, {"skills": ["skills"]}),
        ({"skills": ["s" * 31]}, {"skills": ["skills"]}),
        ({"category": None}, {"category": ["category"]}),
    ],
)
def test_a_project_that_breaks_a_rule_is_not_saved(buyer, category, settings, changes, errors):
    with pytest.raises(ValidationError) as error:
        services.post_project(buyer, written(category, **changes), files=[pdf_upload()])
    assert codes(error.value) == errors
    assert not Project.objects.exists()
    assert not ProjectAttachment.objects.exists()
    assert not Revision.objects.exists()
    assert stored_files(settings) == []


def test_the_limits_themselves_are_allowed(buyer, category):
    project = services.post_project(
        buyer,
        draft(
            category,
            title="ع" * 80,
            budget_min=D("10"),
            budget_max=D("10"),
            duration_days=90,
            skills=[f"skill {n}" for n in range(7)] + ["s" * 30],
        ),
    )
    assert fresh(project).duration_days == 90
    other = services.post_project(buyer, draft(category, title="ع" * 10, duration_days=1))
    assert fresh(other).title == "ع" * 10


def test_a_top_category_is_refused(buyer, category):
    with pytest.raises(ValidationError) as error:
        services.post_project(buyer, draft(category.parent))
    assert codes(error.value) == {"category": ["category"]}


def test_the_minimum_follows_the_setting(buyer, category):
    set_rules(minimum_service_price=D("60"))
    with pytest.raises(ValidationError) as error:
        services.post_project(buyer, draft(category, budget_min=D("50")))
    assert error.value.message_dict == {"budget_min": ["The budget starts at 60 LYD or more."]}


def test_the_budget_may_not_pass_the_category_cap(buyer, category):
    category.price_cap = D("100")
    category.save()
    with pytest.raises(ValidationError) as error:
        services.post_project(buyer, draft(category, budget_min=D("50"), budget_max=D("150")))
    assert codes(error.value) == {"budget_max": ["above_cap"]}
    assert "100" in error.value.message_dict["budget_max"][0]
    assert not Project.objects.exists()
    # Exactly the cap is fine.
    services.post_project(buyer, draft(category, budget_min=D("50"), budget_max=D("100")))


def test_the_parents_cap_applies_to_its_subcategories(buyer, category):
    parent = category.parent
    parent.price_cap = D("120")
    parent.save()
    with pytest.raises(ValidationError) as error:
        services.post_project(buyer, draft(category, budget_max=D("121")))
    assert codes(error.value) == {"budget_max": ["above_cap"]}


def test_every_broken_rule_is_reported_at_once(buyer, category):
    with pytest.raises(ValidationError) as error:
        services.post_project(
            buyer,
            draft(category, title="x", description="", budget_min=D("5"), duration_days=0),
        )
    assert set(codes(error.value)) == {"title", "description", "budget_min", "duration_days"}


@pytest.mark.parametrize(
    "upload, code",
    [
        (SimpleUploadedFile("tool.exe", b"MZ\x90\x00" * 10), "file_type"),
        (
            SimpleUploadedFile("brief.pdf", b"<html><script>alert(1)</script></html>"),
            "file_content",
        ),
        (SimpleUploadedFile("brief.pdf", b""), "file_empty"),
        (pdf_upload("big.pdf", b"%PDF-1.4\n" + b"0" * 2000), "file_size"),
    ],
)
def test_a_bad_attachment_saves_nothing(buyer, category, settings, upload, code):
    settings.MESSAGE_ATTACHMENT_MAX_BYTES = 1000
    with pytest.raises(ValidationError) as error:
        services.post_project(buyer, draft(category), files=[pdf_upload("ok.pdf"), upload])
    assert codes(error.value) == {"attachments": [code]}
    assert not Project.objects.exists()
    assert not ProjectAttachment.objects.exists()
    assert stored_files(settings) == []


def test_at_most_five_files(buyer, category, settings):
    files = [pdf_upload(f"f{n}.pdf") for n in range(MAX_ATTACHMENTS + 1)]
    with pytest.raises(ValidationError) as error:
        services.post_project(buyer, draft(category), files=files)
    assert codes(error.value) == {"attachments": ["too_many_files"]}
    assert not Project.objects.exists()
    assert stored_files(settings) == []


# --- Editing and closing a project -----------------------------------------------------------


@pytest.fixture
def pending(buyer, category):
    return services.post_project(buyer, draft(category), files=[pdf_upload("a.pdf")])


def test_the_buyer_edits_a_pending_project(pending, buyer, category):
    [kept] = pending.attachments.all()
    project = services.edit_project(
        pending,
        buyer,
        draft(category, title="شعار جديد لمتجر حلويات", budget_max=D("200")),
        files=[pdf_upload("b.pdf")],
    )
    project = fresh(project)
    assert project.title == "شعار جديد لمتجر حلويات" and project.budget_max == D("200")
    assert project.state == ProjectState.PENDING
    assert sorted(project.attachments.values_list("name", flat=True)) == ["a.pdf", "b.pdf"]
    assert Revision.objects.for_instance(project).count() == 2
    assert project.current_workflow_state.status == "in_progress"

    services.edit_project(project, buyer, draft(category), remove=[kept.pk])
    assert list(fresh(project).attachments.values_list("name", flat=True)) == ["b.pdf"]


def test_the_buyer_edits_a_project_sent_back_for_changes(pending, buyer, category, moderator):
    rejected = review(pending, moderator, "reject", comment="أضف تفاصيل أكثر")
    assert rejected.state == ProjectState.REJECTED
    project = fresh(services.edit_project(rejected, buyer, draft(category, duration_days=7)))
    assert (project.state, project.rejection_reason) == (ProjectState.PENDING, "")
    assert project.current_workflow_state.status == "in_progress"


def test_an_edit_that_breaks_a_rule_changes_nothing(pending, buyer, category, settings):
    before = len(stored_files(settings))
    with pytest.raises(ValidationError):
        services.edit_project(
            pending, buyer, draft(category, title="x"), files=[pdf_upload("new.pdf")]
        )
    with pytest.raises(ValidationError) as error:
        services.edit_project(
            pending,
            buyer,
            draft(category),
            files=[pdf_upload(f"n{n}.pdf") for n in range(MAX_ATTACHMENTS)],
        )
    assert codes(error.value) == {"attachments": ["too_many_files"]}
    project = fresh(pending)
    assert project.title == draft(category).title
    assert list(project.attachments.values_list("name", flat=True)) == ["a.pdf"]
    assert len(stored_files(settings)) == before
    assert Revision.objects.for_instance(project).count() == 1


def test_only_the_buyer_edits(pending, seller, category):
    message = refused(
        services.edit_project, pending, seller, draft(category, title="عنوان آخر طويل")
    )
    assert message == "Only the project's buyer can edit it."
    assert fresh(pending).title == draft(category).title


def test_a_published_project_is_not_edited(open_project, buyer, category):
    message = refused(
        services.edit_project, open_project, buyer, draft(category, title="عنوان آخر")
    )
    assert message == "A published project can no longer be edited."
    project = fresh(open_project)
    assert project.state == ProjectState.OPEN and project.title == draft(category).title


@pytest.mark.parametrize(
    "state", [ProjectState.IN_PROGRESS, ProjectState.CLOSED, ProjectState.EXPIRED]
)
def test_an_ended_project_is_not_edited(open_project, buyer, category, state):
    Project.objects.filter(pk=open_project.pk).update(state=state)
    refused(services.edit_project, open_project, buyer, draft(category))


def test_the_buyer_closes_an_open_project_and_the_proposers_hear(
    open_project, buyer, seller, other_seller
):
    mine = propose(open_project, seller)
    theirs = propose(open_project, other_seller)
    services.withdraw_proposal(theirs, other_seller)
    project = services.close_project(open_project, buyer)
    assert project.state == ProjectState.CLOSED and project.closed_at is not None
    assert fresh(mine).state == ProposalState.NOT_SELECTED
    assert fresh(theirs).state == ProposalState.WITHDRAWN
    assert notified(seller, "proposal.project_ended").count() == 1
    assert not notified(other_seller, "proposal.project_ended").exists()
    refused(propose, project, UserFactory())


def test_a_project_in_review_may_be_closed_and_leaves_the_queue(pending, buyer):
    project = services.close_project(pending, buyer)
    project = fresh(project)
    assert project.state == ProjectState.CLOSED and not project.live
    assert project.current_workflow_state is None


def test_only_the_buyer_closes(open_project, seller):
    assert refused(services.close_project, open_project, seller) == (
        "Only the project's buyer can close it."
    )
    assert fresh(open_project).state == ProjectState.OPEN


@pytest.mark.parametrize(
    "state",
    [ProjectState.IN_PROGRESS, ProjectState.COMPLETED, ProjectState.CLOSED, ProjectState.EXPIRED],
)
def test_a_project_with_a_hire_or_ended_is_not_closed(open_project, buyer, state):
    Project.objects.filter(pk=open_project.pk).update(state=state)
    assert refused(services.close_project, open_project, buyer) == (
        "This project can no longer be closed."
    )
    assert fresh(open_project).state == state


# --- Sending proposals -----------------------------------------------------------------------


def test_a_proposal_is_sent_and_the_buyer_hears(open_project, buyer, seller, settings):
    proposal = propose(open_project, seller, price="120.5", days=4, files=[pdf_upload("cv.pdf")])
    proposal = fresh(proposal)
    assert (proposal.state, proposal.price, proposal.days) == (
        ProposalState.SUBMITTED,
        D("120.500"),
        4,
    )
    assert proposal.sent_at is not None
    assert [a.name for a in proposal.attachments.all()] == ["cv.pdf"]
    assert fresh(open_project).proposal_count == 1
    [notification] = notified(buyer, "proposal.received")
    assert notification.context["seller"] == seller.public_name
    assert notification.context["amount"] == "120.500"
    assert notification.url == neutral_path(open_project.get_absolute_url() + "#proposals")


def test_a_buyer_cannot_propose_on_their_own_project(open_project, buyer):
    assert refused(propose, open_project, buyer) == (
        "You cannot send a proposal on your own project."
    )
    assert not Proposal.objects.exists()


def test_one_proposal_per_seller(open_project, seller):
    first = propose(open_project, seller, price="100")
    message = refused(propose, open_project, seller, price="90")
    assert message == "You already sent a proposal on this project: edit it instead."
    assert list(Proposal.objects.values_list("pk", "price")) == [(first.pk, D("100.000"))]


def test_a_withdrawn_proposal_may_be_sent_again(open_project, seller, settings):
    first = propose(open_project, seller, price="100", files=[pdf_upload("old.pdf")])
    services.withdraw_proposal(first, seller)
    assert fresh(open_project).proposal_count == 0
    again = propose(open_project, seller, price="95", days=6, files=[pdf_upload("new.pdf")])
    assert again.pk == first.pk  # the same row, sent again
    again = fresh(again)
    assert (again.state, again.price, again.days) == (ProposalState.SUBMITTED, D("95.000"), 6)
    assert again.sent_at >= first.sent_at
    assert list(again.attachments.values_list("name", flat=True)) == ["new.pdf"]
    assert ProposalAttachment.objects.count() == 1
    assert fresh(open_project).proposal_count == 1


def test_a_declined_proposal_is_not_sent_again(open_project, buyer, seller):
    proposal = propose(open_project, seller)
    services.decline_proposal(proposal, buyer)
    refused(propose, open_project, seller)
    assert fresh(proposal).state == ProposalState.DECLINED


@pytest.mark.parametrize(
    "state",
    [
        ProjectState.PENDING,
        ProjectState.REJECTED,
        ProjectState.IN_PROGRESS,
        ProjectState.COMPLETED,
        ProjectState.CLOSED,
        ProjectState.CANCELLED,
        ProjectState.EXPIRED,
    ],
)
def test_proposals_only_on_open_projects(open_project, seller, state):
    Project.objects.filter(pk=open_project.pk).update(state=state)
    assert refused(propose, open_project, seller) == "This project no longer takes proposals."
    assert not Proposal.objects.exists()


def test_a_pending_project_takes_no_proposal(buyer, category, seller):
    project = services.post_project(buyer, draft(category))
    refused(propose, project, seller)


def test_no_proposals_on_a_closed_buyers_project(open_project, buyer, seller):
    buyer.is_active = False
    buyer.save()
    refused(propose, open_project, seller)


@pytest.mark.parametrize(
    "offer, errors",
    [
        ({"price": D("9.999")}, {"price": ["below_minimum"]}),
        ({"price": D("1e11")}, {"price": ["too_large"]}),
        ({"price": None}, {"price": ["required"]}),
        ({"days": 0}, {"days": ["days"]}),
        ({"days": 91}, {"days": ["days"]}),
        ({"cover_letter": "قصير"}, {"cover_letter": ["cover_letter"]}),
        ({"cover_letter": "ن" * 5001}, {"cover_letter": ["cover_letter"]}),
    ],
)
def test_a_proposal_that_breaks_a_rule_is_not_saved(open_project, buyer, seller, offer, errors):
    values = {"price": D("100"), "days": 3, "cover_letter": LETTER, **offer}
    with pytest.raises(ValidationError) as error:
        services.send_proposal(open_project, seller, files=[pdf_upload()], **values)
    assert codes(error.value) == errors
    assert not Proposal.objects.exists() and not ProposalAttachment.objects.exists()
    assert not notified(buyer, "proposal.received").exists()


def test_a_proposal_above_the_category_cap_is_refused(open_project, seller, category):
    category.price_cap = D("500")
    category.save()
    with pytest.raises(ValidationError) as error:
        propose(open_project, seller, price="500.001")
    assert codes(error.value) == {"price": ["above_cap"]}
    propose(open_project, seller, price="500")


def test_a_proposal_with_a_bad_file_is_not_saved(open_project, seller, settings):
    with pytest.raises(ValidationError) as error:
        propose(open_project, seller, files=[SimpleUploadedFile("x.exe", b"MZ\x90\x00")])
    assert codes(error.value) == {"attachments": ["file_type"]}
    assert not Proposal.objects.exists()
    assert stored_files(settings) == []


# --- Changing a proposal ----------------------------------------------------------------------


def edit(proposal, seller, **changes):
    values = {"price": D("110"), "days": 5, "cover_letter": LETTER + " معدّل", **changes}
    return services.edit_proposal(proposal, seller, **values)


def test_the_seller_edits_a_live_proposal(open_project, buyer, seller):
    proposal = propose(open_project, seller, files=[pdf_upload("one.pdf")])
    [old] = proposal.attachments.all()
    edited = fresh(edit(proposal, seller, files=[pdf_upload("two.pdf")], remove=[old.pk]))
    assert (edited.price, edited.days, edited.state) == (D("110"), 5, ProposalState.SUBMITTED)
    assert list(edited.attachments.values_list("name", flat=True)) == ["two.pdf"]
    services.shortlist(edited, buyer)
    edited = fresh(edit(edited, seller, price=D("105")))
    assert (edited.price, edited.state) == (D("105"), ProposalState.SHORTLISTED)


def test_an_edit_that_breaks_a_rule_leaves_the_proposal(open_project, seller):
    proposal = propose(open_project, seller, price="120")
    with pytest.raises(ValidationError):
        edit(proposal, seller, price=D("5"))
    assert fresh(proposal).price == D("120")


def test_only_its_seller_edits_or_withdraws_a_proposal(open_project, buyer, seller, other_seller):
    proposal = propose(open_project, seller, price="120")
    for someone in (other_seller, buyer):
        assert refused(edit, proposal, someone) == "This is not your proposal."
        assert refused(services.withdraw_proposal, proposal, someone) == (
            "This is not your proposal."
        )
    proposal = fresh(proposal)
    assert (proposal.price, proposal.state) == (D("120"), ProposalState.SUBMITTED)


@pytest.mark.parametrize("end", ["declined", "withdrawn", "not_selected"])
def test_a_proposal_out_of_the_running_does_not_change(open_project, buyer, seller, end):
    proposal = propose(open_project, seller)
    if end == "declined":
        services.decline_proposal(proposal, buyer)
    elif end == "withdrawn":
        services.withdraw_proposal(proposal, seller)
    else:
        Proposal.objects.filter(pk=proposal.pk).update(state=ProposalState.NOT_SELECTED)
    assert refused(edit, proposal, seller) == "This proposal can no longer change."
    if end != "withdrawn":
        refused(services.withdraw_proposal, proposal, seller)


def test_a_proposal_on_a_project_no_longer_open_does_not_change(open_project, buyer, seller):
    proposal = propose(open_project, seller)
    Project.objects.filter(pk=open_project.pk).update(state=ProjectState.IN_PROGRESS)
    assert refused(edit, proposal, seller) == (
        "The project is no longer open: the proposal cannot change."
    )
    refused(services.withdraw_proposal, proposal, seller)
    assert fresh(proposal).state == ProposalState.SUBMITTED


# --- The buyer's decisions -------------------------------------------------------------------


def test_the_buyer_shortlists_without_telling_the_seller(open_project, buyer, seller):
    proposal = propose(open_project, seller)
    before = notified(seller).count()
    assert services.shortlist(proposal, buyer).state == ProposalState.SHORTLISTED
    assert fresh(proposal).state == ProposalState.SHORTLISTED
    assert services.shortlist(proposal, buyer, on=False).state == ProposalState.SUBMITTED
    assert notified(seller).count() == before


def test_the_buyer_declines_and_the_seller_hears_why(open_project, buyer, seller):
    proposal = propose(open_project, seller)
    declined = services.decline_proposal(proposal, buyer, "  السعر أعلى من ميزانيتي  ")
    declined = fresh(declined)
    assert (declined.state, declined.decline_reason) == (
        ProposalState.DECLINED,
        "السعر أعلى من ميزانيتي",
    )
    [notification] = notified(seller, "proposal.declined")
    assert notification.context == {
        "name": seller.public_name,
        "title": open_project.title,
        "reason": "السعر أعلى من ميزانيتي",
    }
    assert notification.url == neutral_path(proposal.get_absolute_url())
    # It still counts among the project's proposals.
    assert fresh(open_project).proposal_count == 1


@pytest.mark.parametrize("decide", ["shortlist", "decline"])
def test_only_the_projects_buyer_decides(open_project, seller, other_seller, decide):
    proposal = propose(open_project, seller)
    action = {"shortlist": services.shortlist, "decline": services.decline_proposal}[decide]
    for someone in (seller, other_seller, UserFactory()):
        assert refused(action, proposal, someone) == "Only the project's buyer can do this."
    assert fresh(proposal).state == ProposalState.SUBMITTED
    assert not notified(seller, "proposal.declined").exists()


def test_no_decision_on_a_proposal_out_of_the_running(open_project, buyer, seller):
    proposal = propose(open_project, seller)
    services.withdraw_proposal(proposal, seller)
    assert refused(services.shortlist, proposal, buyer) == (
        "This proposal is no longer in the running."
    )
    refused(services.decline_proposal, proposal, buyer)


def test_no_decision_once_the_project_is_closed(open_project, buyer, seller):
    proposal = propose(open_project, seller)
    Project.objects.filter(pk=open_project.pk).update(state=ProjectState.CLOSED)
    assert refused(services.shortlist, proposal, buyer) == "The project is no longer open."


def test_the_proposal_count_leaves_out_withdrawn_ones(open_project, buyer, seller, other_seller):
    third = UserFactory(username="third")
    mine = propose(open_project, seller)
    theirs = propose(open_project, other_seller)
    propose(open_project, third)
    assert fresh(open_project).proposal_count == 3
    services.decline_proposal(theirs, buyer)
    assert fresh(open_project).proposal_count == 3
    services.withdraw_proposal(mine, seller)
    assert fresh(open_project).proposal_count == 2
    propose(open_project, seller)
    assert fresh(open_project).proposal_count == 3


# --- The monthly limit ------------------------------------------------------------------------


@pytest.fixture
def projects(buyer, category, moderator):
    """Five open projects of the same buyer."""
    return [
        approved_project(buyer, category, moderator, title=f"مشروع رقم {n} لتصميم شعار")
        for n in range(5)
    ]


def test_the_monthly_limit_is_a_setting(projects, seller):
    set_rules(proposals_per_month=2)
    propose(projects[0], seller)
    propose(projects[1], seller)
    assert rules.proposals_left(seller) == 0
    with pytest.raises(ValidationError) as error:
        propose(projects[2], seller)
    assert codes(error.value) == ["monthly_limit"]
    assert error.value.messages == [
        "You have sent your 2 proposals for this month. You can send more on the first of next "
        "month."
    ]
    assert Proposal.objects.filter(seller=seller).count() == 2
    set_rules(proposals_per_month=3)
    propose(projects[2], seller)


def test_withdrawn_proposals_count_and_last_months_do_not(projects, seller):
    set_rules(proposals_per_month=2)
    first = propose(projects[0], seller)
    services.withdraw_proposal(first, seller)
    propose(projects[1], seller)
    refused_limit = pytest.raises(ValidationError)
    with refused_limit:
        propose(projects[2], seller)
    # Sent last month: no longer counted.
    last_month = rules.month_start() - timedelta(minutes=1)
    Proposal.objects.filter(pk=first.pk).update(sent_at=last_month)
    assert rules.proposals_sent_this_month(seller) == 1
    propose(projects[2], seller)


def test_the_month_starts_in_tripoli():
    # 23:30 UTC on 31 January is already 1 February in Tripoli (UTC+2).
    now = datetime(2026, 1, 31, 23, 30, tzinfo=UTC)
    start = rules.month_start(now)
    assert (start.year, start.month, start.day, start.hour) == (2026, 2, 1, 0)
    assert start.utcoffset() == timedelta(hours=2)


def test_at_the_limit_a_proposal_withdrawn_this_month_may_be_sent_again(projects, seller):
    """Sending it again does not add to this month's count, so the limit does not stop it."""
    set_rules(proposals_per_month=2)
    first = propose(projects[0], seller)
    propose(projects[1], seller)
    services.withdraw_proposal(first, seller)
    again = propose(projects[0], seller)
    assert again.pk == first.pk and fresh(again).state == ProposalState.SUBMITTED
    assert rules.proposals_sent_this_month(seller) == 2
    with pytest.raises(ValidationError):
        propose(projects[2], seller)


def test_a_proposal_withdrawn_last_month_counts_when_sent_again(projects, seller):
    set_rules(proposals_per_month=2)
    old = propose(projects[0], seller)
    services.withdraw_proposal(old, seller)
    Proposal.objects.filter(pk=old.pk).update(sent_at=rules.month_start() - timedelta(days=3))
    propose(projects[1], seller)
    propose(projects[2], seller)
    with pytest.raises(ValidationError) as error:
        propose(projects[0], seller)
    assert codes(error.value) == ["monthly_limit"]
    assert fresh(old).state == ProposalState.WITHDRAWN


def test_a_resent_proposal_counts_again_only_once(projects, seller):
    set_rules(proposals_per_month=2)
    proposal = propose(projects[0], seller)
    services.withdraw_proposal(proposal, seller)
    propose(projects[0], seller)  # the same row, sent again
    assert rules.proposals_sent_this_month(seller) == 1
    propose(projects[1], seller)
    with pytest.raises(ValidationError):
        propose(projects[2], seller)


def test_the_limit_is_per_seller(projects, seller, other_seller):
    set_rules(proposals_per_month=1)
    propose(projects[0], seller)
    propose(projects[0], other_seller)
    with pytest.raises(ValidationError):
        propose(projects[1], seller)


def test_a_plugin_changes_the_limit_for_a_seller(proposal_plan, projects, seller, other_seller):
    set_rules(proposals_per_month=1)
    proposal_plan.limit = 3
    for project in projects[:3]:
        propose(project, seller)
    with pytest.raises(ValidationError) as error:
        propose(projects[3], seller)
    assert "your 3 proposals" in error.value.messages[0]
    assert proposal_plan.calls[0] == (1, seller)
    assert rules.monthly_limit(other_seller) == 3
    proposal_plan.limit = 0
    with pytest.raises(ValidationError):
        propose(projects[0], other_seller)


@pytest.mark.parametrize("answer", [None, -1, True, "7", 7.0, D("7")])
def test_a_plugin_answer_that_is_not_a_count_is_ignored(proposal_plan, seller, answer):
    set_rules(proposals_per_month=4)
    proposal_plan.limit = answer
    assert rules.monthly_limit(seller) == 4


def test_an_inactive_plugin_is_not_asked(proposal_plan, seller):
    from wagtail.models import Site

    from plugins.services import set_active

    set_rules(proposals_per_month=4)
    proposal_plan.limit = 100
    set_active("proposal_plan", Site.objects.get(is_default_site=True), False)
    assert rules.monthly_limit(seller) == 4
    assert proposal_plan.calls == []


# --- The buyer's hire rate --------------------------------------------------------------------


def test_the_hire_rate(buyer, category, moderator):
    assert services.hire_rate(buyer) == (0, None)
    posted = [
        approved_project(buyer, category, moderator, title=f"مشروع رقم {n} لتصميم شعار")
        for n in range(6)
    ]
    services.post_project(buyer, draft(category))  # in review: not counted
    rejected = services.post_project(buyer, draft(category))
    review(rejected, moderator, "reject", comment="ناقص")
    assert services.hire_rate(buyer) == (6, None)  # all still open
    states = [
        ProjectState.OPEN,
        ProjectState.IN_PROGRESS,
        ProjectState.COMPLETED,
        ProjectState.CANCELLED,
        ProjectState.EXPIRED,
        ProjectState.CLOSED,
    ]
    for project, state in zip(posted, states, strict=True):
        Project.objects.filter(pk=project.pk).update(state=state)
    # 5 decided, 3 of them reached an order.
    assert services.hire_rate(buyer) == (6, 60)
    Project.objects.filter(pk=posted[0].pk).update(state=ProjectState.EXPIRED)
    assert services.hire_rate(buyer) == (6, 50)
    assert services.hire_rate(UserFactory()) == (0, None)


def test_a_project_closed_before_approval_does_not_count(buyer, category):
    project = services.post_project(buyer, draft(category))
    services.close_project(project, buyer)
    assert services.hire_rate(buyer) == (0, None)


# --- The e-mails ------------------------------------------------------------------------------

PROJECT_EVENTS = sorted(slug for slug in EVENTS if slug.startswith(("project.", "proposal.")))


def test_the_project_events_are_registered():
    assert PROJECT_EVENTS == [
        "project.approved",
        "project.expired",
        "project.rejected",
        "proposal.accepted",
        "proposal.declined",
        "proposal.not_selected",
        "proposal.payment_lapsed",
        "proposal.project_ended",
        "proposal.received",
    ]


@pytest.mark.parametrize("language", ["ar", "en"])
@pytest.mark.parametrize("slug", PROJECT_EVENTS)
def test_each_project_event_has_a_text_and_html_email(slug, language):
    user = UserFactory(language=language)
    context = {
        "name": "سالم",
        "title": "شعار <لمتجر> حلويات",
        "seller": "منى",
        "amount": "120.500",
        "reason": "أضف تفاصيل الألوان",
    }
    with translation.override(language):
        subject = str(EVENTS[slug].title) % context
    email = compose_email(
        user,
        subject=subject,
        template_base=EVENTS[slug].template_base,
        context=context,
        link="/projects/12/logo/",
        event=slug,
    )
    html = email.alternatives[0][0]
    assert "سالم" in email.body and "سالم" in html
    assert "شعار <لمتجر> حلويات" in email.body  # plain text is not escaped
    assert "شعار &lt;لمتجر&gt; حلويات" in html
    assert "/projects/12/logo/" in email.body and "/projects/12/logo/" in html
    assert "{%" not in email.body and "{{" not in email.body
    if slug in ("project.rejected", "proposal.declined"):
        assert "أضف تفاصيل الألوان" in email.body and "أضف تفاصيل الألوان" in html
    if slug in ("proposal.received", "proposal.accepted"):
        assert "120.500" in email.body and "120.500" in html
    if slug == "proposal.received":
        assert "منى" in email.body
    assert ('dir="rtl"' in html) == (language == "ar")


def test_a_decline_without_a_reason_says_none(open_project, buyer, seller):
    proposal = propose(open_project, seller)
    services.decline_proposal(proposal, buyer)
    notification = notified(seller, "proposal.declined").get()
    email = compose_email(
        seller,
        subject="x",
        template_base=EVENTS["proposal.declined"].template_base,
        context=notification.context,
        link=notification.url,
    )
    assert "Reason" not in email.body and "السبب" not in email.body
