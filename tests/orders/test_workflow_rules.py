"""Every row of the order workflow table: the person it names may take the step (and the money
moves exactly as the rules say), anyone else, and any other state, is refused with a message
that says why, and nothing changes — not the order, not its timeline, not a dirham.

Messages are checked in English (the msgids); the pages check the Arabic side.
"""

import types
from datetime import timedelta
from decimal import Decimal

import pytest
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.translation import gettext

from marketplace.messaging import services as messaging
from marketplace.messaging.models import Message
from marketplace.orders.models import (
    Delivery,
    DeliveryFile,
    Dispute,
    DisputeOutcome,
    Order,
    OrderEvent,
    OrderState,
)
from marketplace.orders.services import allowed_actions, perform
from plugins import PluginMeta, hookimpl
from plugins.manager import InstalledPlugin, get_manager
from plugins.services import set_active
from tests.factories import ServiceFactory
from tests.messaging.conftest import pdf_upload
from tests.orders.conftest import (
    assert_books_balance,
    assert_refused,
    books_and_order,
    buy,
    change_settings,
    default_site,
    enable_bank_transfer,
    escrow_balance,
    notifications_of,
    pending_balance,
    revenue_balance,
    wallet_balance,
)

pytestmark = pytest.mark.django_db

NOT_ALLOWED = "You are not allowed to do this on this order."
CANCEL_STARTED = (
    "Once the seller has started, you can cancel only when the delivery deadline has passed "
    "or the seller has not answered your messages for a while. You can open a dispute instead."
)
D = Decimal


def wrong_state(label: str) -> str:
    return f"This cannot be done while the order is “{label}”."


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def step(order, action, actor=None, **kwargs) -> Order:
    return perform(order, action, actor, **kwargs)


@pytest.fixture
def started(order, seller):
    return step(order, "start", seller)


@pytest.fixture
def delivered(started, seller):
    return step(started, "deliver", seller, note="تفضل، هذا هو العمل.")


@pytest.fixture
def revising(delivered, buyer):
    return step(delivered, "request_revision", buyer, note="غيّر اللون من فضلك.")


@pytest.fixture
def awaiting(buyer, service):
    """An order waiting for a bank transfer."""
    enable_bank_transfer()
    return buy(buyer, service, gateway="bank_transfer")[2][0]


def reload(order) -> Order:
    return Order.objects.get(pk=order.pk)


def last_event(order) -> OrderEvent:
    return OrderEvent.objects.filter(order=order).last()


# --- The table as a whole: who sees which button in which state -----------------------------


def test_allowed_actions_follow_the_table(buyer, seller, stranger, moderator, service, awaiting):
    new = buy(buyer, service)[2][0]
    assert allowed_actions(awaiting, buyer) == []
    assert allowed_actions(awaiting, seller) == []
    assert allowed_actions(new, buyer) == ["cancel"]
    assert allowed_actions(new, seller) == ["start", "cancel"]
    assert allowed_actions(new, stranger) == []
    assert allowed_actions(new, moderator) == []
    step(new, "start", seller)
    assert allowed_actions(reload(new), buyer) == ["dispute"]
    assert allowed_actions(reload(new), seller) == ["deliver", "cancel", "dispute"]
    step(new, "deliver", seller, note="done")
    assert allowed_actions(reload(new), buyer) == ["request_revision", "accept", "dispute"]
    assert allowed_actions(reload(new), seller) == ["dispute"]
    step(new, "request_revision", buyer, note="again")
    assert allowed_actions(reload(new), buyer) == ["dispute"]
    assert allowed_actions(reload(new), seller) == ["deliver", "cancel", "dispute"]
    step(new, "dispute", buyer, note="stuck")
    assert allowed_actions(reload(new), buyer) == []
    assert allowed_actions(reload(new), seller) == []


def test_an_unknown_action_is_refused(order, buyer, seller):
    assert_refused(order, "steal", buyer, "Unknown action.")
    assert_refused(order, "", seller, "Unknown action.")


# --- pay / expire (the system, for an order awaiting payment) -------------------------------


def test_only_the_system_pays_an_order(awaiting, buyer, seller, stranger, moderator):
    assert awaiting.state == OrderState.AWAITING_PAYMENT
    assert wallet_balance(buyer) == D("500.000")
    for person in (buyer, seller, stranger):
        assert_refused(awaiting, "pay", person, NOT_ALLOWED)
        assert_refused(awaiting, "expire", person, NOT_ALLOWED)
    assert_refused(awaiting, "pay", moderator, NOT_ALLOWED, as_staff=True)

    paid = step(awaiting, "pay")
    assert paid.state == OrderState.NEW
    assert paid.paid_at is not None
    assert paid.due_at == paid.paid_at + timedelta(days=3)
    assert wallet_balance(buyer) == D("450.000")
    assert escrow_balance(paid) == D("50.000")
    assert notifications_of(seller, "order.new").count() == 1
    assert messaging.find_conversation(buyer, seller, paid) is not None
    assert_refused(paid, "pay", None, wrong_state("New"))
    assert_refused(paid, "expire", None, wrong_state("New"))
    assert_books_balance()


def test_the_system_expires_an_unpaid_order_without_moving_money(awaiting, buyer):
    before = books_and_order(awaiting)
    expired = step(awaiting, "expire")
    assert expired.state == OrderState.CANCELLED
    assert last_event(expired).action == "expire"
    assert wallet_balance(buyer) == D("500.000")
    assert escrow_balance(expired) == 0
    assert books_and_order(expired)["transactions"] == before["transactions"]
    assert books_and_order(expired)["balances"] == before["balances"]
    assert_refused(expired, "pay", None, wrong_state("Cancelled"))


# --- start -------------------------------------------------------------------------------


def test_the_seller_starts_a_new_order(order, buyer, seller):
    started = step(order, "start", seller)
    assert started.state == OrderState.IN_PROGRESS
    assert started.started_at is not None
    event = last_event(started)
    assert (event.action, event.actor, event.from_state, event.to_state) == (
        "start",
        seller,
        OrderState.NEW,
        OrderState.IN_PROGRESS,
    )
    assert notifications_of(buyer, "order.started").count() == 1
    assert notifications_of(seller, "order.started").count() == 0
    assert escrow_balance(started) == D("50.000")


def test_only_the_seller_starts_and_only_a_new_order(order, buyer, stranger, moderator, seller):
    assert_refused(order, "start", buyer, NOT_ALLOWED)
    assert_refused(order, "start", stranger, NOT_ALLOWED)
    assert_refused(order, "start", None, NOT_ALLOWED)
    assert_refused(order, "start", moderator, NOT_ALLOWED, as_staff=True)
    step(order, "start", seller)
    assert_refused(order, "start", seller, wrong_state("In progress"))


# --- deliver -----------------------------------------------------------------------------


def test_the_seller_delivers_a_message_and_files(started, buyer, seller, settings):
    delivered = step(
        started, "deliver", seller, note="  الشعار جاهز  ", files=[pdf_upload("logo.pdf")]
    )
    assert delivered.state == OrderState.DELIVERED
    assert delivered.delivered_at is not None
    delivery = Delivery.objects.get(order=delivered)
    assert delivery.message == "الشعار جاهز"
    delivered_file = delivery.files.get()
    assert (delivered_file.name, delivered_file.content_type) == ("logo.pdf", "application/pdf")
    assert delivered_file.file.read().startswith(b"%PDF")
    assert notifications_of(buyer, "order.delivered").count() == 1
    assert escrow_balance(delivered) == D("50.000")


def test_a_delivery_needs_a_message(started, seller):
    assert_refused(started, "deliver", seller, "Write a message with your delivery.", note="  ")
    assert_refused(
        started,
        "deliver",
        seller,
        "Write a message with your delivery.",
        files=[pdf_upload()],
    )


def _no_delivered_files(settings) -> bool:
    folder = settings.PRIVATE_MEDIA_ROOT / "deliveries"
    return not folder.exists() or not any(path.is_file() for path in folder.rglob("*"))


def test_delivered_files_are_checked_by_their_bytes(started, seller, settings):
    exe = SimpleUploadedFile("setup.pdf", b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 200)
    assert_refused(
        started,
        "deliver",
        seller,
        "“setup.pdf” is not really a PDF file.",
        note="تفضل",
        files=[pdf_upload("ok.pdf"), exe],
    )
    message = assert_refused(
        started,
        "deliver",
        seller,
        note="تفضل",
        files=[SimpleUploadedFile("virus.exe", b"MZ\x90\x00" + b"\x00" * 100)],
    )
    assert "“virus.exe” is not a file type we accept" in message
    assert DeliveryFile.objects.count() == 0
    assert _no_delivered_files(settings)


def test_delivered_files_have_a_size_limit_and_a_count_limit(started, seller, settings):
    settings.MESSAGE_ATTACHMENT_MAX_BYTES = 1024
    big = pdf_upload("big.pdf", b"%PDF-1.4\n" + b"0" * 2048)
    message = assert_refused(started, "deliver", seller, note="تفضل", files=[big])
    assert "“big.pdf” is" in message and "a file may be at most 1.0\xa0KB" in message
    assert_refused(
        started,
        "deliver",
        seller,
        "Attach at most 5 files to a delivery.",
        note="تفضل",
        files=[pdf_upload(f"f{n}.pdf") for n in range(6)],
    )
    assert _no_delivered_files(settings)


def test_only_the_seller_delivers_and_only_once_started(order, buyer, stranger, seller):
    assert_refused(order, "deliver", seller, wrong_state("New"), note="early")
    step(order, "start", seller)
    for person in (buyer, stranger, None):
        assert_refused(order, "deliver", person, NOT_ALLOWED, note="تفضل")
    step(order, "deliver", seller, note="تفضل")
    assert_refused(order, "deliver", seller, wrong_state("Delivered"), note="again")


# --- request_revision ----------------------------------------------------------------------


def test_the_buyer_sends_a_delivery_back_and_the_seller_delivers_again(delivered, buyer, seller):
    revising = step(delivered, "request_revision", buyer, note="كبّر الخط")
    assert revising.state == OrderState.REVISION_REQUESTED
    assert revising.delivered_at is None
    assert last_event(revising).note == "كبّر الخط"
    assert notifications_of(seller, "order.revision_requested").count() == 1
    assert escrow_balance(revising) == D("50.000")
    again = step(revising, "deliver", seller, note="النسخة الثانية")
    assert again.state == OrderState.DELIVERED
    assert again.delivered_at is not None
    assert list(again.deliveries.values_list("message", flat=True)) == [
        "تفضل، هذا هو العمل.",
        "النسخة الثانية",
    ]


def test_a_revision_needs_a_note_from_the_buyer_of_a_delivered_order(
    started, delivered, buyer, seller, stranger
):
    assert_refused(delivered, "request_revision", buyer, "Tell the seller what to change.")
    for person in (seller, stranger, None):
        assert_refused(delivered, "request_revision", person, NOT_ALLOWED, note="x")
    step(delivered, "request_revision", buyer, note="x")
    assert_refused(
        delivered, "request_revision", buyer, wrong_state("Revision requested"), note="x"
    )


def test_no_revision_before_a_delivery(started, buyer):
    assert_refused(started, "request_revision", buyer, wrong_state("In progress"), note="x")


# --- accept --------------------------------------------------------------------------------


def test_accepting_releases_the_escrow_minus_the_commission(delivered, buyer, seller):
    completed = step(delivered, "accept", buyer)
    assert completed.state == OrderState.COMPLETED
    assert completed.closed_at is not None
    assert (completed.commission_rate, completed.commission, completed.seller_earnings) == (
        D("20.00"),
        D("10.000"),
        D("40.000"),
    )
    assert completed.refunded == 0
    assert escrow_balance(completed) == 0
    assert pending_balance(seller) == D("40.000")
    assert wallet_balance(seller) == 0
    assert revenue_balance() == D("10.000")
    assert wallet_balance(buyer) == D("450.000")
    assert notifications_of(seller, "order.completed").count() == 1
    assert_books_balance()


def test_the_commission_is_rounded_half_up_to_the_dirham(buyer, seller):
    odd = ServiceFactory(seller=seller, price=D("33.333"))
    order = buy(buyer, odd)[2][0]
    for action, actor, note in [("start", seller, ""), ("deliver", seller, "x")]:
        step(order, action, actor, note=note)
    completed = step(order, "accept", buyer)
    # 20 % of 33.333 is 6.6666
    assert (completed.commission, completed.seller_earnings) == (D("6.667"), D("26.666"))
    assert pending_balance(seller) + revenue_balance() == D("33.333")
    assert_books_balance()


def test_extras_and_quantity_are_paid_and_released_in_full(buyer, seller, service):
    extras = list(service.extras.order_by("sort_order").values_list("pk", flat=True))
    order = buy(buyer, service, extras=extras[:1], quantity=3)[2][0]
    assert order.total == D("196.500")
    assert wallet_balance(buyer) == D("303.500")
    step(order, "start", seller)
    step(order, "deliver", seller, note="x")
    completed = step(order, "accept", buyer)
    assert (completed.commission, completed.seller_earnings) == (D("39.300"), D("157.200"))
    assert pending_balance(seller) == D("157.200")
    assert revenue_balance() == D("39.300")


def test_only_the_buyer_accepts_a_delivered_order(started, delivered, buyer, seller, stranger):
    for person in (seller, stranger, None):
        assert_refused(delivered, "accept", person, NOT_ALLOWED)
    step(delivered, "accept", buyer)
    assert_refused(delivered, "accept", buyer, wrong_state("Completed"))


def test_no_accepting_before_a_delivery(started, buyer):
    assert_refused(started, "accept", buyer, wrong_state("In progress"))


def test_people_cannot_take_the_system_steps(delivered, buyer, seller):
    for person in (buyer, seller):
        for action in ("auto_complete", "mark_late", "clear", "expire"):
            assert_refused(delivered, action, person)
    assert_refused(
        delivered, "auto_complete", None, "The buyer still has time to answer the delivery."
    )


# --- cancel --------------------------------------------------------------------------------


@pytest.mark.parametrize("who", ["buyer", "seller"])
def test_either_side_cancels_a_new_order_and_the_buyer_is_refunded(order, buyer, seller, who):
    actor, other = (buyer, seller) if who == "buyer" else (seller, buyer)
    cancelled = step(order, "cancel", actor, note="غيرت رأيي")
    assert cancelled.state == OrderState.CANCELLED
    assert cancelled.refunded == D("50.000")
    assert cancelled.closed_at is not None
    assert cancelled.commission is None and cancelled.seller_earnings is None
    assert wallet_balance(buyer) == D("500.000")
    assert escrow_balance(cancelled) == 0
    assert pending_balance(seller) == 0
    assert revenue_balance() == 0
    assert notifications_of(other, "order.cancelled").count() == 1
    assert notifications_of(actor, "order.cancelled").count() == 0
    assert last_event(cancelled).note == "غيرت رأيي"
    assert_refused(cancelled, "cancel", actor, wrong_state("Cancelled"))
    assert_books_balance()


def test_nobody_else_cancels(order, stranger, moderator):
    assert_refused(order, "cancel", stranger, NOT_ALLOWED)
    assert_refused(order, "cancel", None, NOT_ALLOWED)
    assert_refused(order, "cancel", moderator, NOT_ALLOWED, as_staff=True)


def test_the_buyer_cannot_cancel_a_started_order_before_its_deadline(started, buyer):
    assert_refused(started, "cancel", buyer, CANCEL_STARTED)


def test_the_buyer_cancels_a_started_order_past_its_deadline(started, buyer):
    Order.objects.filter(pk=started.pk).update(due_at=timezone.now() - timedelta(minutes=1))
    cancelled = step(started, "cancel", buyer)
    assert cancelled.state == OrderState.CANCELLED
    assert wallet_balance(buyer) == D("500.000")
    assert_books_balance()


def _write(order, sender, hours_ago, body="هل من جديد؟"):
    conversation = messaging.find_conversation(order.buyer, order.seller, order)
    message = messaging.send_message(conversation, sender, body)
    Message.objects.filter(pk=message.pk).update(
        created_at=timezone.now() - timedelta(hours=hours_ago)
    )
    return message


def test_the_buyer_cancels_when_the_seller_has_not_answered_for_48_hours(started, buyer):
    _write(started, buyer, hours_ago=48, body="متى يصل العمل؟")
    _write(started, buyer, hours_ago=1, body="؟")  # a reminder does not restart the clock
    cancelled = step(started, "cancel", buyer)
    assert cancelled.state == OrderState.CANCELLED
    assert wallet_balance(buyer) == D("500.000")


def test_the_buyer_waits_the_full_48_hours(started, buyer):
    _write(started, buyer, hours_ago=47)
    assert_refused(started, "cancel", buyer, CANCEL_STARTED)


def test_the_buyer_cannot_cancel_when_the_seller_answered(started, buyer, seller):
    _write(started, buyer, hours_ago=60)
    _write(started, seller, hours_ago=50, body="أعمل عليه")
    assert_refused(started, "cancel", buyer, CANCEL_STARTED)
    # Then the buyer asks again and the seller is silent for 48 hours.
    _write(started, buyer, hours_ago=49)
    assert step(started, "cancel", buyer).state == OrderState.CANCELLED


def test_the_no_reply_delay_is_a_setting(started, buyer):
    change_settings(no_reply_cancel_hours=24)
    _write(started, buyer, hours_ago=25)
    assert step(started, "cancel", buyer).state == OrderState.CANCELLED


def test_messages_of_another_conversation_do_not_count(started, buyer, seller):
    other = messaging.start_conversation(buyer, seller, "سؤال عام")
    Message.objects.filter(pk=other.pk).update(created_at=timezone.now() - timedelta(days=5))
    assert_refused(started, "cancel", buyer, CANCEL_STARTED)


def test_the_seller_cancels_at_any_time_before_delivery(started, buyer, seller):
    cancelled = step(started, "cancel", seller)
    assert cancelled.state == OrderState.CANCELLED
    assert wallet_balance(buyer) == D("500.000")
    assert notifications_of(buyer, "order.cancelled").count() == 1


def test_the_seller_cancels_during_a_revision_but_the_buyer_cannot(revising, buyer, seller):
    assert_refused(revising, "cancel", buyer, CANCEL_STARTED)
    assert step(revising, "cancel", seller).state == OrderState.CANCELLED
    assert wallet_balance(buyer) == D("500.000")


def test_nobody_cancels_after_the_delivery(delivered, buyer, seller):
    assert_refused(delivered, "cancel", seller, wrong_state("Delivered"))
    assert_refused(delivered, "cancel", buyer, wrong_state("Delivered"))
    step(delivered, "accept", buyer)
    assert_refused(delivered, "cancel", seller, wrong_state("Completed"))


# --- mark_late -----------------------------------------------------------------------------


def test_the_system_marks_an_order_late_once(started, buyer, seller, stranger):
    assert_refused(started, "mark_late", None, "The delivery deadline has not passed yet.")
    Order.objects.filter(pk=started.pk).update(due_at=timezone.now() - timedelta(hours=1))
    for person in (buyer, seller, stranger):
        assert_refused(started, "mark_late", person, NOT_ALLOWED)
    late = step(started, "mark_late")
    assert late.is_late and late.state == OrderState.IN_PROGRESS
    assert notifications_of(buyer, "order.late").count() == 1
    assert notifications_of(seller, "order.late").count() == 1
    assert escrow_balance(late) == D("50.000")
    assert_refused(late, "mark_late", None, "This order is already marked late.")


# --- dispute -------------------------------------------------------------------------------


@pytest.mark.parametrize("state", ["in_progress", "delivered", "revision_requested"])
@pytest.mark.parametrize("who", ["buyer", "seller"])
def test_either_side_opens_a_dispute_with_a_reason(request, state, who, buyer, seller):
    order = request.getfixturevalue(
        {"in_progress": "started", "delivered": "delivered", "revision_requested": "revising"}[
            state
        ]
    )
    actor, other = (buyer, seller) if who == "buyer" else (seller, buyer)
    assert_refused(order, "dispute", actor, "Explain what went wrong; staff will read it.")
    disputed = step(order, "dispute", actor, note="لم يتم الاتفاق")
    assert disputed.state == OrderState.DISPUTED
    dispute = Dispute.objects.get(order=disputed)
    assert (dispute.opened_by, dispute.reason, dispute.previous_state) == (
        actor,
        "لم يتم الاتفاق",
        state,
    )
    assert dispute.is_open
    assert escrow_balance(disputed) == D("50.000")
    assert notifications_of(other, "order.disputed").count() == 1


def test_no_dispute_on_a_new_or_finished_order_nor_by_others(order, delivered, buyer, stranger):
    new = buy(buyer, ServiceFactory(price=D("20")))[2][0]
    assert_refused(new, "dispute", buyer, wrong_state("New"), note="x")
    for person in (stranger, None):
        assert_refused(delivered, "dispute", person, NOT_ALLOWED, note="x")
    step(delivered, "accept", buyer)
    assert_refused(delivered, "dispute", buyer, wrong_state("Completed"), note="x")


def test_a_disputed_order_is_frozen_for_both_sides(delivered, buyer, seller):
    step(delivered, "dispute", buyer, note="x")
    for action, actor in [
        ("accept", buyer),
        ("request_revision", buyer),
        ("cancel", buyer),
        ("cancel", seller),
        ("deliver", seller),
        ("dispute", seller),
        ("auto_complete", None),
    ]:
        assert_refused(delivered, action, actor, wrong_state("Disputed"), note="x")


# --- resolve (staff) -----------------------------------------------------------------------


@pytest.fixture
def disputed(delivered, buyer):
    return step(delivered, "dispute", buyer, note="العمل لا يطابق الطلب")


def resolve(order, moderator, outcome, **kwargs):
    return perform(
        order,
        "resolve",
        moderator,
        as_staff=True,
        note=kwargs.pop("note", "قرار الدعم"),
        outcome=outcome,
        **kwargs,
    )


def test_staff_release_a_disputed_order_to_the_seller(disputed, buyer, seller, moderator):
    released = resolve(disputed, moderator, DisputeOutcome.RELEASE)
    assert released.state == OrderState.COMPLETED
    assert (released.commission, released.seller_earnings, released.refunded) == (
        D("10.000"),
        D("40.000"),
        D("0.000"),
    )
    assert pending_balance(seller) == D("40.000")
    assert revenue_balance() == D("10.000")
    assert wallet_balance(buyer) == D("450.000")
    dispute = Dispute.objects.get(order=released)
    assert (dispute.outcome, dispute.buyer_amount, dispute.resolved_by) == (
        "release",
        D("0.000"),
        moderator,
    )
    assert dispute.resolution_note == "قرار الدعم" and not dispute.is_open
    assert notifications_of(buyer, "order.dispute_resolved").count() == 1
    assert notifications_of(seller, "order.dispute_resolved").count() == 1
    assert_books_balance()


def test_staff_refund_a_disputed_order_to_the_buyer(disputed, buyer, seller, moderator):
    refunded = resolve(disputed, moderator, DisputeOutcome.REFUND)
    assert refunded.state == OrderState.CANCELLED
    assert refunded.refunded == D("50.000")
    assert refunded.commission is None and refunded.seller_earnings is None
    assert wallet_balance(buyer) == D("500.000")
    assert pending_balance(seller) == 0
    assert revenue_balance() == 0
    assert escrow_balance(refunded) == 0
    assert Dispute.objects.get(order=refunded).buyer_amount == D("50.000")
    assert_books_balance()


@pytest.fixture
def disputed_with_extra(buyer, seller, service):
    """65.500 LYD: the service (50) and its 15.500 extra, disputed after delivery."""
    extra = service.extras.get(price=D("15.500"))
    order = buy(buyer, service, extras=[extra.pk])[2][0]
    assert order.total == D("65.500")
    step(order, "start", seller)
    step(order, "deliver", seller, note="x")
    return step(order, "dispute", seller, note="المشتري لا يرد")


def test_a_split_sums_exactly_and_the_commission_is_on_the_sellers_part_only(
    disputed_with_extra, buyer, seller, moderator
):
    order = disputed_with_extra
    split = resolve(order, moderator, DisputeOutcome.SPLIT, buyer_amount="20.250")
    assert split.state == OrderState.COMPLETED
    # The seller's part is 45.250; 20 % of it is 9.050.
    assert (split.refunded, split.commission, split.seller_earnings) == (
        D("20.250"),
        D("9.050"),
        D("36.200"),
    )
    assert split.refunded + split.commission + split.seller_earnings == split.total
    assert wallet_balance(buyer) == D("500.000") - D("65.500") + D("20.250")
    assert pending_balance(seller) == D("36.200")
    assert revenue_balance() == D("9.050")
    assert escrow_balance(split) == 0
    dispute = Dispute.objects.get(order=split)
    assert (dispute.outcome, dispute.buyer_amount) == ("split", D("20.250"))
    assert_books_balance()


@pytest.mark.parametrize(
    "amount", ["0", "0.000", "65.500", "65.5", "70", "-1", "-0.001", "20.2505", "abc", "NaN", None]
)
def test_invalid_split_amounts_are_refused(disputed_with_extra, moderator, amount):
    assert_refused(
        disputed_with_extra,
        "resolve",
        moderator,
        "The buyer's share must be more than 0 and less than 65.500 LYD.",
        as_staff=True,
        note="x",
        outcome=DisputeOutcome.SPLIT,
        buyer_amount=amount,
    )


def test_a_decision_needs_an_outcome_and_a_note(disputed, moderator):
    assert_refused(
        disputed,
        "resolve",
        moderator,
        "Write a note for both sides explaining the decision.",
        as_staff=True,
        outcome=DisputeOutcome.REFUND,
    )
    assert_refused(
        disputed,
        "resolve",
        moderator,
        "Choose a decision: release, refund or split.",
        as_staff=True,
        note="x",
        outcome="half",
    )


def test_only_staff_resolve_and_only_disputes(order, disputed, buyer, seller, stranger, moderator):
    for person in (buyer, seller, stranger):
        for as_staff in (False, True):
            assert_refused(
                disputed,
                "resolve",
                person,
                NOT_ALLOWED,
                as_staff=as_staff,
                note="x",
                outcome=DisputeOutcome.RELEASE,
            )
    # A moderator acting as a person, and the system, are not staff either.
    assert_refused(disputed, "resolve", moderator, NOT_ALLOWED, note="x", outcome="release")
    assert_refused(disputed, "resolve", None, NOT_ALLOWED, note="x", outcome="release")
    other = buy(buyer, ServiceFactory(price=D("20")))[2][0]
    assert_refused(
        other,
        "resolve",
        moderator,
        wrong_state("New"),
        as_staff=True,
        note="x",
        outcome="release",
    )


def test_a_resolved_dispute_cannot_be_resolved_again(disputed, moderator):
    resolve(disputed, moderator, DisputeOutcome.RELEASE)
    assert_refused(
        disputed,
        "resolve",
        moderator,
        wrong_state("Completed"),
        as_staff=True,
        note="x",
        outcome=DisputeOutcome.REFUND,
    )


# --- resolve through the admin -------------------------------------------------------------


def test_staff_decide_a_split_in_the_admin(client, disputed_with_extra, buyer, seller, moderator):
    dispute = Dispute.objects.get(order=disputed_with_extra)
    url = f"/admin/disputes/{dispute.pk}/resolve/"
    client.force_login(moderator)
    page = client.get(url)
    assert page.status_code == 200
    assert "المشتري لا يرد" in page.content.decode()

    before = books_and_order(disputed_with_extra)
    refused = client.post(url, {"outcome": "split", "buyer_amount": "65.500", "note": "x"})
    assert refused.status_code == 400
    with translation.override("ar"):  # the admin speaks the moderator's language
        reason = gettext("The buyer's share must be more than 0 and less than %(total)s LYD.")
    assert escape(reason % {"total": "65.500"}) in refused.content.decode()
    assert books_and_order(disputed_with_extra) == before

    done = client.post(url, {"outcome": "split", "buyer_amount": "20.250", "note": "نصف"})
    assert done.status_code == 302
    order = reload(disputed_with_extra)
    assert (order.state, order.refunded, order.seller_earnings) == (
        OrderState.COMPLETED,
        D("20.250"),
        D("36.200"),
    )
    assert last_event(order).actor == moderator
    # Once decided, the page is gone.
    assert client.get(url).status_code == 404
    assert_books_balance()


def test_people_without_the_permission_cannot_resolve_in_the_admin(
    client, disputed, buyer, seller, stranger
):
    from django.contrib.auth.models import Permission

    dispute = Dispute.objects.get(order=disputed)
    url = f"/admin/disputes/{dispute.pk}/resolve/"
    # Staff who may open the admin but not decide disputes.
    stranger.is_staff = True
    stranger.save()
    stranger.user_permissions.add(Permission.objects.get(codename="access_admin"))
    before = books_and_order(disputed)
    for person in (buyer, seller, stranger):
        client.force_login(person)
        response = client.post(url, {"outcome": "refund", "note": "x"})
        assert response.status_code in (302, 403)
        assert response.status_code == 403 or "/admin/" in response["Location"]
    assert books_and_order(disputed) == before
    client.logout()
    response = client.post(url, {"outcome": "refund", "note": "x"})
    assert response.status_code == 302 and "login" in response["Location"]
    assert books_and_order(disputed) == before


# --- clear (the system, after the clearance period) ----------------------------------------


def test_earnings_clear_once_after_the_clearance_period(delivered, buyer, seller):
    completed = step(delivered, "accept", buyer)
    for person in (buyer, seller):
        assert_refused(completed, "clear", person, NOT_ALLOWED)
    assert_refused(completed, "clear", None, "The clearance period is not over yet.")
    Order.objects.filter(pk=completed.pk).update(closed_at=timezone.now() - timedelta(days=7))
    cleared = step(completed, "clear")
    assert cleared.cleared_at is not None and cleared.state == OrderState.COMPLETED
    assert pending_balance(seller) == 0
    assert wallet_balance(seller) == D("40.000")
    assert notifications_of(seller, "order.earnings_cleared").count() == 1
    assert_refused(cleared, "clear", None, "These earnings are already available.")
    assert_books_balance()


def test_a_refunded_order_has_nothing_to_clear(order, buyer):
    cancelled = step(order, "cancel", buyer)
    assert_refused(cancelled, "clear", None, wrong_state("Cancelled"))


# --- the commission: a setting, and a hook promotions may use --------------------------------


@pytest.fixture
def promotion():
    """A tiny installed and active plugin whose ``commission_rate`` answers ``module.rate``."""
    manager, installed = get_manager()
    module = types.ModuleType("founders_promotion")
    module.meta = PluginMeta(name="Founders' promotion")
    module.rate = None
    module.calls = []

    @hookimpl
    def commission_rate(rate, seller):
        module.calls.append((rate, seller))
        return module.rate

    module.commission_rate = commission_rate
    manager.register(module, name="founders_promotion")
    installed["founders_promotion"] = InstalledPlugin(
        "founders_promotion", "tests.founders_promotion", "1.0", module.meta
    )
    set_active("founders_promotion", default_site(), True)
    yield module
    manager.unregister(name="founders_promotion")
    del installed["founders_promotion"]


def test_the_commission_percent_is_a_setting(delivered, buyer, seller):
    change_settings(commission_percent=D("12.50"))
    completed = step(delivered, "accept", buyer)
    assert (completed.commission_rate, completed.commission, completed.seller_earnings) == (
        D("12.50"),
        D("6.250"),
        D("43.750"),
    )
    assert revenue_balance() == D("6.250")


def test_a_promotion_plugin_sets_the_commission(promotion, delivered, buyer, seller):
    promotion.rate = D("0")
    completed = step(delivered, "accept", buyer)
    assert promotion.calls == [(D("20.00"), seller)]
    assert (completed.commission_rate, completed.commission, completed.seller_earnings) == (
        D("0"),
        D("0.000"),
        D("50.000"),
    )
    assert pending_balance(seller) == D("50.000")
    assert revenue_balance() == 0
    assert_books_balance()


@pytest.mark.parametrize("rate", [D("150"), D("100.01"), D("-1"), 0, "0", 5.5])
def test_a_promotion_outside_0_to_100_or_not_a_decimal_is_ignored(
    promotion, delivered, buyer, rate
):
    promotion.rate = rate
    completed = step(delivered, "accept", buyer)
    assert (completed.commission_rate, completed.commission) == (D("20.00"), D("10.000"))


def test_a_full_commission_leaves_the_seller_nothing_to_clear(promotion, delivered, buyer):
    promotion.rate = D("100")
    completed = step(delivered, "accept", buyer)
    assert (completed.commission, completed.seller_earnings) == (D("50.000"), D("0.000"))
    assert revenue_balance() == D("50.000")
    Order.objects.filter(pk=completed.pk).update(closed_at=timezone.now() - timedelta(days=30))
    assert_refused(completed, "clear", None, "This order earned the seller nothing.")
    assert_books_balance()


def test_an_inactive_promotion_is_never_asked(promotion, delivered, buyer):
    promotion.rate = D("0")
    set_active("founders_promotion", default_site(), False)
    completed = step(delivered, "accept", buyer)
    assert promotion.calls == []
    assert completed.commission == D("10.000")


def test_the_hook_is_patchable_in_one_place(delivered, buyer):
    from unittest import mock

    with mock.patch("plugins.services.first_result", return_value=D("0")) as hook:
        completed = step(delivered, "accept", buyer)
    hook.assert_called_once()
    assert completed.commission == D("0.000")


# --- the order page's forms go through the same table -------------------------------------


def test_the_order_page_refuses_a_step_with_the_reason(client, started, buyer):
    client.force_login(buyer)
    before = books_and_order(started)
    url = reverse("orders:act", args=[started.pk, "cancel"])
    assert url.startswith("/en/")
    response = client.post(url)
    assert response.status_code == 302
    assert [str(m) for m in get_messages(response.wsgi_request)] == [CANCEL_STARTED]
    assert books_and_order(started) == before


def test_an_action_outside_the_people_actions_is_not_found(client, delivered, buyer, seller):
    client.force_login(buyer)
    for action in ("resolve", "clear", "auto_complete", "pay"):
        before = books_and_order(delivered)
        response = client.post(reverse("orders:act", args=[delivered.pk, action]))
        assert response.status_code == 404
        assert books_and_order(delivered) == before
