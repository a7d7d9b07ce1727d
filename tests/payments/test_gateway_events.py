"""What the payments service does with gateway events, whatever the gateway."""

from decimal import Decimal

import pytest

from marketplace.ledger import services as ledger
from marketplace.payments.gateways import GatewayEvent
from marketplace.payments.models import PaymentStatus, WebhookEvent
from marketplace.payments.services import PaymentError, apply_gateway_event, create_payment
from tests.factories import UserFactory
from tests.orders.conftest import assert_books_balance, wallet_balance

pytestmark = pytest.mark.django_db


def paid(event_id, payment, external_id, amount=None):
    return GatewayEvent(
        GatewayEvent.SUCCEEDED, event_id, payment.pk, external_id=external_id, amount=amount
    )


def test_a_replayed_event_pays_once():
    buyer = UserFactory()
    payment = create_payment(buyer, "card", Decimal("40"))
    assert apply_gateway_event("card", paid("evt_1", payment, "ch_1")) is True
    assert apply_gateway_event("card", paid("evt_1", payment, "ch_1")) is False
    payment.refresh_from_db()
    assert payment.status == PaymentStatus.SUCCEEDED
    assert wallet_balance(buyer) == Decimal("40.000")
    assert WebhookEvent.objects.count() == 1
    assert_books_balance()


def test_a_second_charge_for_a_paid_payment_lands_in_the_wallet():
    buyer = UserFactory()
    payment = create_payment(buyer, "card", Decimal("40"))
    apply_gateway_event("card", paid("evt_1", payment, "ch_1"))
    apply_gateway_event("card", paid("evt_2", payment, "ch_2"))
    apply_gateway_event("card", paid("evt_3", payment, "ch_2"))  # the same charge again
    assert wallet_balance(buyer) == Decimal("80.000")
    assert ledger.balance_of(ledger.gateway_clearing("card")) == Decimal("-80.000")
    assert_books_balance()


def test_a_reference_of_another_payment_is_refused_and_changes_nothing():
    buyer = UserFactory()
    first = create_payment(buyer, "card", Decimal("40"))
    second = create_payment(buyer, "card", Decimal("40"))
    apply_gateway_event("card", paid("evt_1", first, "ch_1"))
    with pytest.raises(PaymentError):
        apply_gateway_event("card", paid("evt_2", second, "ch_1"))
    second.refresh_from_db()
    assert second.status == PaymentStatus.PENDING
    assert wallet_balance(buyer) == Decimal("40.000")
    assert not WebhookEvent.objects.filter(event_id="evt_2").exists()


def test_a_wrong_amount_is_refused():
    buyer = UserFactory()
    payment = create_payment(buyer, "card", Decimal("40"))
    with pytest.raises(PaymentError):
        apply_gateway_event("card", paid("evt_1", payment, "ch_1", amount=Decimal("4")))
    payment.refresh_from_db()
    assert payment.status == PaymentStatus.PENDING
    assert wallet_balance(buyer) == 0


def test_an_event_of_another_gateway_does_not_touch_the_payment():
    buyer = UserFactory()
    payment = create_payment(buyer, "card", Decimal("40"))
    apply_gateway_event("other", paid("evt_1", payment, "ch_1"))
    payment.refresh_from_db()
    assert payment.status == PaymentStatus.PENDING
