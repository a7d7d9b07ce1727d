"""Accepting a proposal makes a normal order, paid through the normal gateways, with the money
in the double-entry ledger; the project then follows its order to the end."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from marketplace.ledger.checks import check_ledger
from marketplace.ledger.models import LedgerTransaction
from marketplace.notifications.models import Notification
from marketplace.orders.checkout import CheckoutError
from marketplace.orders.models import Order, OrderState
from marketplace.orders.reviews import leave_review
from marketplace.orders.services import WorkflowError, perform
from marketplace.payments.models import Payment, PaymentStatus
from marketplace.payments.services import (
    cancel_pending,
    expire_unpaid,
    mark_succeeded,
    reject,
)
from marketplace.projects import services
from marketplace.projects.models import Project, ProjectState, Proposal, ProposalState
from tests.factories import UserFactory
from tests.orders.conftest import (
    enable_bank_transfer,
    escrow_balance,
    pending_balance,
    revenue_balance,
    wallet_balance,
)
from tests.projects.conftest import notified, propose

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("in_english", "fast_passwords")]

D = Decimal


def assert_books_balance():
    report = check_ledger()
    assert report.ok, (report.unbalanced_transactions, report.wrong_balances)


def fresh(obj):
    return type(obj).objects.get(pk=obj.pk)


def state_of(*objects) -> list:
    return [fresh(obj).state for obj in objects]


def snapshot(project) -> dict:
    """What a refused acceptance must leave untouched."""
    return {
        "project": Project.objects.filter(pk=project.pk).values().get(),
        "proposals": list(Proposal.objects.filter(project=project).order_by("pk").values()),
        "orders": Order.objects.count(),
        "payments": list(Payment.objects.order_by("pk").values_list("pk", "status")),
        "transactions": LedgerTransaction.objects.count(),
        "notifications": Notification.objects.count(),
    }


@pytest.fixture
def bidding(open_project, buyer, seller, other_seller):
    """Four proposals on the open project: the seller's (120 LYD, 4 days), a rival's
    (90 LYD, shortlisted), one declined by the buyer and one withdrawn by its seller."""
    declined_seller = UserFactory(username="declined")
    withdrawn_seller = UserFactory(username="withdrawn")
    mine = propose(open_project, seller, price="120", days=4)
    theirs = services.shortlist(propose(open_project, other_seller, price="90"), buyer)
    declined = services.decline_proposal(propose(open_project, declined_seller), buyer)
    withdrawn = services.withdraw_proposal(
        propose(open_project, withdrawn_seller), withdrawn_seller
    )
    return open_project, mine, theirs, declined, withdrawn


def accept(proposal, buyer, gateway="wallet"):
    payment, _result, order = services.accept_proposal(proposal, buyer, gateway)
    return payment, order


# --- Who may accept, and what --------------------------------------------------------------------


def test_only_the_buyer_accepts(bidding, seller, other_seller):
    project, mine, *_rest = bidding
    before = snapshot(project)
    for someone in (seller, other_seller, UserFactory()):
        with pytest.raises(ValidationError) as error:
            services.accept_proposal(mine, someone, "wallet")
        assert error.value.messages == ["Only the project's buyer can do this."]
    assert snapshot(project) == before
    assert not Order.objects.exists()


@pytest.mark.parametrize("which", [3, 4])  # the declined and the withdrawn proposal
def test_a_proposal_out_of_the_running_is_not_accepted(bidding, buyer, which):
    project, proposal = bidding[0], bidding[which]
    before = snapshot(project)
    with pytest.raises(ValidationError) as error:
        accept(proposal, buyer)
    assert error.value.messages == ["This proposal is no longer in the running."]
    assert snapshot(project) == before


def test_a_closed_sellers_proposal_is_not_accepted(bidding, buyer, seller):
    project, mine, *_rest = bidding
    seller.is_active = False
    seller.save()
    before = snapshot(project)
    with pytest.raises(ValidationError) as error:
        accept(mine, buyer)
    assert error.value.messages == ["This seller's account is closed."]
    assert snapshot(project) == before


def test_accepting_with_the_wallet(bidding, buyer, seller, other_seller):
    project, mine, theirs, declined, withdrawn = bidding
    payment, order = accept(mine, buyer)

    order = fresh(order)
    assert order.state == OrderState.NEW
    assert (order.buyer, order.seller, order.service) == (buyer, seller, None)
    assert (order.title, order.total, order.unit_price, order.delivery_days) == (
        project.title,
        D("120.000"),
        D("120.000"),
        4,
    )
    assert order.paid_at is not None and order.due_at == order.paid_at + timedelta(days=4)
    assert fresh(payment).status == PaymentStatus.SUCCEEDED
    assert (fresh(payment).gateway, fresh(payment).amount) == ("wallet", D("120.000"))
    mine = fresh(mine)
    assert (mine.state, mine.order) == (ProposalState.ACCEPTED, order)
    assert order.proposal == mine

    assert escrow_balance(order) == D("120.000")
    assert wallet_balance(buyer) == D("880.000")
    assert_books_balance()

    project = fresh(project)
    assert project.state == ProjectState.IN_PROGRESS and project.closed_at is None
    assert state_of(theirs, declined, withdrawn) == [
        ProposalState.NOT_SELECTED,
        ProposalState.DECLINED,
        ProposalState.WITHDRAWN,
    ]
    [not_selected] = Notification.objects.filter(event="proposal.not_selected")
    assert not_selected.user == other_seller
    assert not_selected.context["title"] == project.title
    # The declined seller heard once (the decline), the withdrawn one nothing.
    assert notified(declined.seller).count() == 1
    assert not notified(withdrawn.seller).exists()
    [accepted] = notified(seller, "proposal.accepted")
    assert accepted.context["amount"] == "120"
    assert notified(seller, "order.new").count() == 1


def test_nothing_else_happens_to_the_project_once_accepted(bidding, buyer, other_seller):
    project, mine, theirs, *_rest = bidding
    accept(mine, buyer)
    with pytest.raises(ValidationError) as error:
        accept(theirs, buyer)
    assert error.value.messages == ["The project is no longer open."]
    with pytest.raises(ValidationError):
        propose(project, UserFactory())
    with pytest.raises(ValidationError):
        services.close_project(project, buyer)
    assert Order.objects.count() == 1


def test_not_enough_in_the_wallet_changes_nothing(open_project, buyer, seller):
    proposal = propose(open_project, seller, price="1000.001")
    before = snapshot(open_project)
    with pytest.raises(CheckoutError) as error:
        accept(proposal, buyer)
    assert str(error.value) == (
        "Your balance is not enough: 0.001 LYD more is needed. Choose another payment method."
    )
    assert snapshot(open_project) == before
    assert wallet_balance(buyer) == D("1000.000")
    assert_books_balance()


def test_a_payment_method_not_offered_changes_nothing(open_project, buyer, seller):
    proposal = propose(open_project, seller)
    before = snapshot(open_project)
    for gateway in ("bank_transfer", "no-such-gateway"):  # bank transfer is switched off here
        with pytest.raises(CheckoutError) as error:
            accept(proposal, buyer, gateway)
        assert str(error.value) == "Choose one of the payment methods offered."
    assert snapshot(open_project) == before


def test_a_wallet_spent_meanwhile_undoes_everything(open_project, buyer, seller, monkeypatch):
    """The balance covered the price when the gateway was offered, but the wallet refused it
    when it was charged: the order, the payment and the project's change are all undone."""
    from marketplace.ledger.services import InsufficientFunds
    from marketplace.payments.wallet import WalletGateway

    proposal = propose(open_project, seller)
    before = snapshot(open_project)

    def refuse(self, payment, request=None):
        raise InsufficientFunds(None, D("1"))

    monkeypatch.setattr(WalletGateway, "start", refuse)
    with pytest.raises(CheckoutError):
        accept(proposal, buyer)
    assert snapshot(open_project) == before


# --- Bank transfer: the order waits for the money -----------------------------------------------


@pytest.fixture
def by_transfer(bidding, buyer):
    enable_bank_transfer()
    project, mine, theirs, *_rest = bidding
    payment, order = accept(mine, buyer, "bank_transfer")
    return project, mine, theirs, payment, order


def test_accepting_by_bank_transfer_waits_for_the_money(by_transfer, buyer, other_seller):
    project, mine, theirs, payment, order = by_transfer
    assert fresh(payment).status == PaymentStatus.PENDING
    assert fresh(order).state == OrderState.AWAITING_PAYMENT
    assert fresh(mine).order == order
    assert fresh(project).state == ProjectState.IN_PROGRESS
    # Nobody else is told yet: the payment may never come.
    assert fresh(theirs).state == ProposalState.SHORTLISTED
    assert not notified(other_seller, "proposal.not_selected").exists()
    assert wallet_balance(buyer) == D("1000.000")
    assert_books_balance()


def test_a_confirmed_transfer_funds_the_order_and_ends_the_others(
    by_transfer, buyer, seller, other_seller
):
    project, mine, theirs, payment, order = by_transfer
    staff = UserFactory(username="cashier", is_staff=True)
    mark_succeeded(payment, confirmed_by=staff)
    order = fresh(order)
    assert order.state == OrderState.NEW
    assert escrow_balance(order) == D("120.000")
    assert wallet_balance(buyer) == D("1000.000")  # the transfer paid it, not the balance
    assert fresh(theirs).state == ProposalState.NOT_SELECTED
    assert notified(other_seller, "proposal.not_selected").count() == 1
    assert fresh(project).state == ProjectState.IN_PROGRESS
    assert_books_balance()


@pytest.mark.parametrize("ending", ["expire", "cancel", "reject"])
def test_an_unpaid_acceptance_opens_the_project_again(by_transfer, buyer, other_seller, ending):
    project, mine, theirs, payment, order = by_transfer
    if ending == "expire":
        assert expire_unpaid(now=fresh(payment).expires_at + timedelta(minutes=1)) == 1
    elif ending == "cancel":
        cancel_pending(payment)
    else:
        reject(payment, UserFactory(is_staff=True), "لم يصل المبلغ")

    assert fresh(order).state == OrderState.CANCELLED
    assert fresh(project).state == ProjectState.OPEN
    mine = fresh(mine)
    assert (mine.state, mine.order) == (ProposalState.SHORTLISTED, None)
    assert fresh(theirs).state == ProposalState.SHORTLISTED
    assert not notified(other_seller, "proposal.not_selected").exists()
    [lapsed] = notified(mine.seller, "proposal.payment_lapsed")
    assert lapsed.context["title"] == project.title
    assert not notified(other_seller, "proposal.payment_lapsed").exists()
    assert wallet_balance(buyer) == D("1000.000")
    assert_books_balance()

    # The buyer may accept again, the same proposal or another.
    _payment, again = accept(mine, buyer)
    assert fresh(mine).order == again and fresh(again).state == OrderState.NEW
    assert fresh(project).state == ProjectState.IN_PROGRESS
    assert fresh(theirs).state == ProposalState.NOT_SELECTED
    assert wallet_balance(buyer) == D("880.000")
    assert_books_balance()


def test_after_an_unpaid_acceptance_another_proposal_may_be_chosen(by_transfer, buyer, seller):
    project, mine, theirs, payment, order = by_transfer
    cancel_pending(payment)
    _payment, chosen = accept(theirs, buyer)
    assert fresh(theirs).order == chosen
    assert fresh(mine).state == ProposalState.NOT_SELECTED
    assert notified(seller, "proposal.not_selected").count() == 1
    assert fresh(project).state == ProjectState.IN_PROGRESS


def test_sellers_may_propose_again_while_it_is_open_again(by_transfer, buyer):
    project, _mine, _theirs, payment, _order = by_transfer
    with pytest.raises(ValidationError):
        propose(project, UserFactory(username="late"))
    cancel_pending(payment)
    propose(project, UserFactory(username="later"))
    assert fresh(project).proposal_count == 4


def test_money_arriving_after_the_expiry_goes_to_the_wallet(by_transfer, buyer):
    project, mine, _theirs, payment, order = by_transfer
    expire_unpaid(now=fresh(payment).expires_at + timedelta(minutes=1))
    mark_succeeded(payment, confirmed_by=UserFactory(is_staff=True))
    assert fresh(order).state == OrderState.CANCELLED
    assert wallet_balance(buyer) == D("1120.000")
    assert fresh(project).state == ProjectState.OPEN
    assert fresh(mine).state == ProposalState.SHORTLISTED
    assert_books_balance()


# --- The project follows its order --------------------------------------------------------------


@pytest.fixture
def hired(bidding, buyer):
    project, mine, *_rest = bidding
    _payment, order = accept(mine, buyer)
    return project, fresh(order)


def test_a_completed_order_completes_the_project(hired, buyer, seller):
    project, order = hired
    perform(order, "start", seller)
    assert fresh(project).state == ProjectState.IN_PROGRESS
    perform(order, "deliver", seller, note="الشعار في المرفقات")
    assert fresh(project).state == ProjectState.IN_PROGRESS
    order = perform(order, "accept", buyer)
    assert order.state == OrderState.COMPLETED

    project = fresh(project)
    assert project.state == ProjectState.COMPLETED and project.closed_at is not None
    assert (order.commission_rate, order.commission, order.seller_earnings) == (
        D("20.00"),
        D("24.000"),
        D("96.000"),
    )
    assert pending_balance(seller) == D("96.000")
    assert revenue_balance() == D("24.000")
    assert escrow_balance(order) == 0
    assert wallet_balance(buyer) == D("880.000")
    assert_books_balance()
    assert services.hire_rate(buyer) == (1, 100)


def test_a_revision_round_keeps_the_project_in_progress(hired, buyer, seller):
    project, order = hired
    perform(order, "start", seller)
    perform(order, "deliver", seller, note="نسخة أولى")
    perform(order, "request_revision", buyer, note="غيّر اللون")
    assert fresh(project).state == ProjectState.IN_PROGRESS
    perform(order, "deliver", seller, note="نسخة ثانية")
    perform(order, "accept", buyer)
    assert fresh(project).state == ProjectState.COMPLETED


def test_an_order_cancelled_after_payment_cancels_the_project(hired, buyer, seller):
    project, order = hired
    order = perform(order, "cancel", buyer)
    assert order.state == OrderState.CANCELLED
    project = fresh(project)
    assert project.state == ProjectState.CANCELLED and project.closed_at is not None
    assert wallet_balance(buyer) == D("1000.000")
    assert escrow_balance(order) == 0
    assert pending_balance(seller) == 0
    assert_books_balance()
    # A cancelled project is not opened again, and the accepted proposal keeps its order.
    assert fresh(order.proposal).state == ProposalState.ACCEPTED
    with pytest.raises(ValidationError):
        propose(project, UserFactory())
    assert services.hire_rate(buyer) == (1, 100)


def test_the_seller_may_cancel_too(hired, buyer, seller):
    project, order = hired
    perform(order, "start", seller)
    perform(order, "cancel", seller)
    assert fresh(project).state == ProjectState.CANCELLED
    assert wallet_balance(buyer) == D("1000.000")


@pytest.mark.parametrize(
    "outcome, buyer_amount, project_state, buyer_wallet, seller_pending",
    [
        ("refund", None, ProjectState.CANCELLED, D("1000.000"), D("0")),
        ("release", None, ProjectState.COMPLETED, D("880.000"), D("96.000")),
        ("split", "20", ProjectState.COMPLETED, D("900.000"), D("80.000")),
    ],
)
def test_a_dispute_decides_how_the_project_ends(
    hired, buyer, seller, outcome, buyer_amount, project_state, buyer_wallet, seller_pending
):
    project, order = hired
    staff = UserFactory(username="judge", is_staff=True, is_superuser=True)
    perform(order, "start", seller)
    perform(order, "dispute", buyer, note="لم يرد البائع")
    assert fresh(project).state == ProjectState.IN_PROGRESS
    params = {"outcome": outcome}
    if buyer_amount:
        params["buyer_amount"] = buyer_amount
    perform(order, "resolve", staff, as_staff=True, note="قرار الإدارة", **params)
    assert fresh(project).state == project_state
    assert wallet_balance(buyer) == buyer_wallet
    assert pending_balance(seller) == seller_pending
    assert_books_balance()


def test_later_steps_of_a_completed_order_leave_the_project(hired, buyer, seller):
    from django.utils import timezone

    project, order = hired
    perform(order, "start", seller)
    perform(order, "deliver", seller, note="تفضل")
    perform(order, "accept", buyer)
    closed_at = fresh(project).closed_at
    Order.objects.filter(pk=order.pk).update(closed_at=timezone.now() - timedelta(days=30))
    perform(order, "clear")
    project = fresh(project)
    assert (project.state, project.closed_at) == (ProjectState.COMPLETED, closed_at)
    assert_books_balance()


def test_the_order_is_a_normal_order(hired, buyer, seller, client):
    project, order = hired
    perform(order, "start", seller)
    perform(order, "deliver", seller, note="تفضل")
    perform(order, "accept", buyer)

    review = leave_review(fresh(order), buyer, 5, "عمل ممتاز وسريع")
    assert (review.subject, review.service_id, review.by_buyer) == (seller, None, True)
    answer = leave_review(fresh(order), seller, 4, "مشتر متعاون")
    assert answer.subject == buyer

    client.force_login(buyer)
    page = client.get(order.get_absolute_url())
    assert page.status_code == 200
    assert project.title in page.text
    assert "data-origin" in page.text and project.get_absolute_url() in page.text
    client.force_login(seller)
    assert client.get(order.get_absolute_url()).status_code == 200


def test_orders_of_services_are_not_followed(buyer, seller, open_project):
    """A service's order going through its steps never touches a project."""
    from tests.factories import ServiceFactory
    from tests.orders.conftest import buy

    service = ServiceFactory(seller=seller, price=D("50"))
    _payment, _result, [order] = buy(buyer, service)
    perform(order, "cancel", buyer)
    assert fresh(open_project).state == ProjectState.OPEN


def test_a_failed_order_step_leaves_the_project(hired, buyer, seller):
    project, order = hired
    with pytest.raises(WorkflowError):
        perform(order, "accept", buyer)  # nothing delivered yet
    assert fresh(project).state == ProjectState.IN_PROGRESS
