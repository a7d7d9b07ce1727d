"""Real parallel connections on PostgreSQL: the project's row lock, and the seller's, keep an
acceptance, a proposal, a close and the expiry from crossing.

Each test commits its data (``transaction=True``), then starts threads that wait at a barrier
and act at the same moment, each on its own database connection.
"""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from marketplace.ledger.checks import check_ledger
from marketplace.ledger.models import LedgerTransaction
from marketplace.orders.models import Order, OrderState
from marketplace.payments.models import Payment
from marketplace.projects import rules, services
from marketplace.projects.models import Project, ProjectState, Proposal, ProposalState
from tests.factories import CategoryFactory, SubcategoryFactory, UserFactory
from tests.orders.conftest import credit_wallet, escrow_balance, wallet_balance
from tests.parallel import run_together
from tests.projects.conftest import approved_project, notified, propose, set_rules

pytestmark = [
    pytest.mark.services,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("require_postgresql", "fast_passwords"),
]

D = Decimal


@pytest.fixture
def moderator(db):
    """The moderators' group and review workflow exist since migrate. (The shared fixture runs
    ``ensure_review_setup``, whose ``create_permissions`` clears the content-type cache: the
    serialized rollback of the next test would then create content types twice.)"""
    from django.contrib.auth.models import Group

    from marketplace.accounts.staff import MODERATORS_GROUP

    user = UserFactory(username="moderator", is_staff=True)
    user.groups.add(Group.objects.get(name=MODERATORS_GROUP))
    return user


def assert_books_balance():
    report = check_ledger()
    assert report.ok, (report.unbalanced_transactions, report.wrong_balances)


def fresh(obj):
    return type(obj).objects.get(pk=obj.pk)


def accepting(proposal, buyer):
    return lambda: services.accept_proposal(Proposal.objects.get(pk=proposal.pk), buyer, "wallet")


def sending(project, seller, price="100"):
    return lambda: propose(Project.objects.get(pk=project.pk), seller, price=price)


def refusals(results) -> list[str]:
    return [r.messages[0] for r in results if isinstance(r, ValidationError)]


def test_two_acceptances_on_one_project_make_one_order(open_project, buyer, seller, other_seller):
    mine = propose(open_project, seller, price="120")
    theirs = propose(open_project, other_seller, price="90")

    results = run_together([accepting(mine, buyer), accepting(theirs, buyer)])

    done = [r for r in results if isinstance(r, tuple)]
    assert len(done) == 1, results
    assert refusals(results) == ["The project is no longer open."], results
    _payment, _result, order = done[0]
    assert Order.objects.count() == 1
    assert Payment.objects.filter(gateway="wallet").count() == 1
    order = fresh(order)
    assert order.state == OrderState.NEW
    winner = Proposal.objects.get(order=order)
    loser = fresh(theirs if winner.pk == mine.pk else mine)
    assert winner.state == ProposalState.ACCEPTED
    assert loser.state == ProposalState.NOT_SELECTED and loser.order is None
    assert fresh(open_project).state == ProjectState.IN_PROGRESS
    assert escrow_balance(order) == winner.price
    assert wallet_balance(buyer) == D("1000") - winner.price
    assert LedgerTransaction.objects.filter(kind="order_funded").count() == 1
    assert_books_balance()


@pytest.mark.parametrize("clicks", [2, 4])
def test_a_double_clicked_acceptance_makes_one_order(open_project, buyer, seller, clicks):
    proposal = propose(open_project, seller, price="120")

    results = run_together([accepting(proposal, buyer)] * clicks)

    assert len([r for r in results if isinstance(r, tuple)]) == 1, results
    assert len(refusals(results)) == clicks - 1, results
    assert Order.objects.count() == 1
    assert wallet_balance(buyer) == D("880")
    assert_books_balance()


def test_the_monthly_limit_holds_under_parallel_proposals(moderator):
    """The same seller proposes on six projects at once (different buyers and categories, so
    only the seller's own row serialises them): exactly the limit gets through."""
    set_rules(proposals_per_month=2)
    seller = UserFactory(username="busy")
    projects = []
    for n in range(6):
        parent = CategoryFactory(slug=f"top-{n}")
        category = SubcategoryFactory(parent=parent, slug=f"sub-{n}")
        buyer = UserFactory(username=f"buyer-{n}")
        projects.append(
            approved_project(buyer, category, moderator, title=f"مشروع رقم {n} لتصميم شعار")
        )

    results = run_together([sending(project, seller) for project in projects])

    sent = [r for r in results if isinstance(r, Proposal)]
    limited = [
        r
        for r in results
        if isinstance(r, ValidationError) and r.error_list[0].code == "monthly_limit"
    ]
    assert len(sent) == 2, results
    assert len(limited) == 4, results
    assert Proposal.objects.filter(seller=seller).count() == 2
    assert rules.proposals_sent_this_month(seller) == 2
    assert sorted(Project.objects.values_list("proposal_count", flat=True)) == [0] * 4 + [1] * 2


def test_parallel_sends_on_one_project_keep_one_proposal(open_project, buyer, seller):
    results = run_together(
        [sending(open_project, seller, "100"), sending(open_project, seller, "110")]
    )

    assert len([r for r in results if isinstance(r, Proposal)]) == 1, results
    assert refusals(results) == ["You already sent a proposal on this project: edit it instead."], (
        results
    )
    assert Proposal.objects.filter(project=open_project, seller=seller).count() == 1
    assert fresh(open_project).proposal_count == 1
    assert notified(buyer, "proposal.received").count() == 1


def test_buyers_proposing_on_each_others_projects_at_once_both_succeed(moderator):
    """Each is the buyer of one project and the seller on the other: the locks are taken in
    the same order (the project, then the seller), so neither waits for the other."""
    first, second = UserFactory(username="first"), UserFactory(username="second")
    category_a = SubcategoryFactory(parent=CategoryFactory(slug="a"), slug="a-sub")
    category_b = SubcategoryFactory(parent=CategoryFactory(slug="b"), slug="b-sub")
    firsts = approved_project(first, category_a, moderator, title="مشروع المستخدم الأول للشعار")
    seconds = approved_project(second, category_b, moderator, title="مشروع المستخدم الثاني للشعار")

    for _round in range(3):
        Proposal.objects.all().delete()
        results = run_together([sending(seconds, first), sending(firsts, second)])
        assert all(isinstance(r, Proposal) for r in results), results


def test_an_acceptance_and_a_close_at_once(open_project, buyer, seller, other_seller):
    mine = propose(open_project, seller, price="120")
    theirs = propose(open_project, other_seller, price="90")

    results = run_together(
        [
            accepting(mine, buyer),
            lambda: services.close_project(Project.objects.get(pk=open_project.pk), buyer),
        ]
    )

    assert len(refusals(results)) == 1, results
    project = fresh(open_project)
    if isinstance(results[0], tuple):  # accepted first: the close was refused
        assert project.state == ProjectState.IN_PROGRESS
        assert Order.objects.count() == 1
        assert wallet_balance(buyer) == D("880")
    else:  # closed first: nothing bought
        assert project.state == ProjectState.CLOSED
        assert not Order.objects.exists()
        assert wallet_balance(buyer) == D("1000")
        assert fresh(mine).state == ProposalState.NOT_SELECTED
    assert fresh(theirs).state == ProposalState.NOT_SELECTED
    assert_books_balance()


def test_an_acceptance_and_the_expiry_at_once(open_project, buyer, seller):
    proposal = propose(open_project, seller, price="120")
    moment = timezone.now() + timedelta(days=1)
    Project.objects.filter(pk=open_project.pk).update(expires_at=moment)

    results = run_together(
        [accepting(proposal, buyer), lambda: services.expire_projects(now=moment)]
    )

    project = fresh(open_project)
    if isinstance(results[0], tuple):
        assert results[1] == 0, results
        assert project.state == ProjectState.IN_PROGRESS
        assert Order.objects.count() == 1
    else:
        assert results[1] == 1, results
        assert refusals(results) == ["The project is no longer open."], results
        assert project.state == ProjectState.EXPIRED
        assert not Order.objects.exists()
        assert fresh(proposal).state == ProposalState.NOT_SELECTED
    assert_books_balance()


def test_proposals_racing_a_close_never_stay_in_the_running(open_project, buyer):
    sellers = [UserFactory(username=f"racer-{n}") for n in range(4)]

    results = run_together(
        [sending(open_project, seller) for seller in sellers]
        + [lambda: services.close_project(Project.objects.get(pk=open_project.pk), buyer)]
    )

    assert not any(isinstance(r, Exception) and not isinstance(r, ValidationError) for r in results)
    assert fresh(open_project).state == ProjectState.CLOSED
    assert not Proposal.objects.filter(state__in=[ProposalState.SUBMITTED]).exists()
    sent = [r for r in results[:-1] if isinstance(r, Proposal)]
    assert notified(buyer, "proposal.received").count() == len(sent)
    for proposal in sent:
        assert notified(proposal.seller, "proposal.project_ended").count() == 1


def test_the_buyer_spending_the_wallet_twice_at_once(buyer, category, moderator, seller):
    """Two projects of the same buyer, each accepted at once for 600 LYD of a 1000 LYD
    balance: one is paid, the other refused, and nothing of it remains."""
    from marketplace.orders.checkout import CheckoutError

    first = approved_project(buyer, category, moderator, title="المشروع الأول لتصميم شعار")
    second = approved_project(buyer, category, moderator, title="المشروع الثاني لتصميم شعار")
    one = propose(first, seller, price="600")
    two = propose(second, seller, price="600")

    results = run_together([accepting(one, buyer), accepting(two, buyer)])

    assert len([r for r in results if isinstance(r, tuple)]) == 1, results
    assert len([r for r in results if isinstance(r, CheckoutError)]) == 1, results
    assert Order.objects.count() == 1
    assert sorted(Project.objects.values_list("state", flat=True)) == [
        ProjectState.IN_PROGRESS,
        ProjectState.OPEN,
    ]
    assert wallet_balance(buyer) == D("400")
    assert_books_balance()


def test_a_credit_during_an_acceptance_is_kept(open_project, buyer, seller):
    proposal = propose(open_project, seller, price="120")
    results = run_together([accepting(proposal, buyer), lambda: credit_wallet(buyer, "50")])
    assert isinstance(results[0], tuple), results
    assert wallet_balance(buyer) == D("930")
    assert_books_balance()


def test_buyers_accepting_each_others_proposals_at_once_both_succeed(moderator):
    """Each hires the other at the same moment: locking a proposal must not lock its seller's
    account row, or each payment waits for the other's lock."""
    first, second = UserFactory(username="first"), UserFactory(username="second")
    credit_wallet(first, "500")
    credit_wallet(second, "500")
    category_a = SubcategoryFactory(parent=CategoryFactory(slug="a"), slug="a-sub")
    category_b = SubcategoryFactory(parent=CategoryFactory(slug="b"), slug="b-sub")
    firsts = approved_project(first, category_a, moderator, title="مشروع المستخدم الأول للشعار")
    seconds = approved_project(second, category_b, moderator, title="مشروع المستخدم الثاني للشعار")
    by_second = propose(firsts, second, price="100")
    by_first = propose(seconds, first, price="100")

    results = run_together([accepting(by_second, first), accepting(by_first, second)])

    assert all(isinstance(r, tuple) for r in results), results
    assert Order.objects.count() == 2
    assert wallet_balance(first) == wallet_balance(second) == D("400")
    assert_books_balance()


def test_an_acceptance_and_a_withdrawal_at_once(open_project, buyer, seller):
    proposal = propose(open_project, seller, price="120")

    results = run_together(
        [
            accepting(proposal, buyer),
            lambda: services.withdraw_proposal(Proposal.objects.get(pk=proposal.pk), seller),
        ]
    )

    assert len(refusals(results)) == 1, results
    proposal = fresh(proposal)
    if isinstance(results[0], tuple):
        assert (proposal.state, fresh(open_project).state) == (
            ProposalState.ACCEPTED,
            ProjectState.IN_PROGRESS,
        )
        assert Order.objects.count() == 1
    else:
        assert proposal.state == ProposalState.WITHDRAWN and proposal.order is None
        assert fresh(open_project).state == ProjectState.OPEN
        assert not Order.objects.exists()
        assert wallet_balance(buyer) == D("1000")
    assert_books_balance()
