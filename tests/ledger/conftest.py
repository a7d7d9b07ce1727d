"""Accounts to post between: two people's wallets and the bank-transfer clearing account
(the outside world's side, which may go below zero)."""

from decimal import Decimal

import pytest

from marketplace.ledger import services as ledger
from tests.factories import UserFactory


@pytest.fixture
def alice(db):
    return UserFactory(username="alice")


@pytest.fixture
def bob(db):
    return UserFactory(username="bob")


@pytest.fixture
def clearing(db):
    return ledger.gateway_clearing("bank_transfer")


@pytest.fixture
def alice_wallet(alice, clearing):
    """Alice's wallet with 100 LYD in it, paid in from the clearing account."""
    wallet = ledger.wallet_of(alice)
    ledger.transfer(
        clearing,
        wallet,
        Decimal("100.000"),
        kind="payment_captured",
        reference="test:topup",
        idempotency_key="test:topup",
    )
    return wallet


@pytest.fixture
def bob_wallet(bob):
    return ledger.wallet_of(bob)
