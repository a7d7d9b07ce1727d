"""The Moamalat plugin, a pip-installed package found through its entry point: offered only
while active and configured, its Lightbox page carries the signed parameters, and its signed
notifications pay (once), decline or are refused.

Signatures here are computed with hmac/hashlib directly, not with the plugin's own function,
so the tests check the plugin against the scheme rather than against itself."""

import hashlib
import hmac
import json
import re
from decimal import Decimal
from importlib.metadata import entry_points
from pathlib import Path

import pytest
from django.test import RequestFactory
from wagtail.models import Site

from marketplace.ledger import services as ledger
from marketplace.ledger.checks import check_ledger
from marketplace.ledger.models import LedgerTransaction
from marketplace.orders import cart as carts
from marketplace.orders.checkout import CheckoutError, checkout
from marketplace.orders.models import Cart, OrderState
from marketplace.payments.gateways import StartResult
from marketplace.payments.models import Payment, PaymentStatus, WebhookEvent
from marketplace.payments.registry import available_gateways
from plugins.discovery import BUNDLED_PLUGINS
from plugins.manager import installed_plugins
from plugins.services import save_plugin_settings, set_active
from tests.factories import ServiceFactory, UserFactory

pytestmark = pytest.mark.django_db

WEBHOOK = "/payments/webhooks/moamalat/"
# Moamalat's published test merchant (docs.moamalat.net, Lightbox guide).
MID = "10081014649"
TID = "99179395"
KEY = "39636630633731362D663963322D346362642D386531662D633963303432353936373431"
REPO = Path(__file__).resolve().parents[2]


def hmac_hex(message: str, key_hex: str) -> str:
    return hmac.new(bytes.fromhex(key_hex), message.encode(), hashlib.sha256).hexdigest().upper()


def notification(payment, *, key=KEY, amount=None, **overrides) -> dict:
    """Moamalat's notification of an approved sale of ``payment``, correctly signed."""
    dirhams = str(int((amount if amount is not None else payment.amount) * 1000))
    body = {
        "MerchantId": MID,
        "TerminalId": TID,
        "DateTimeLocalTrxn": "20261124103015",
        "TxnType": 1,
        "Message": "Approved",
        "PaidThrough": "Card",
        "SystemReference": f"77{payment.pk:05d}",
        "NetworkReference": f"2246014{payment.pk:05d}",
        "MerchantReference": str(payment.pk),
        "Amount": dirhams,
        "Currency": "434",
        "PayerAccount": "639499XXXXXX0781",
        "PayerName": "TEST",
        "ActionCode": "00",
    }
    body.update(overrides)
    body["SecureHash"] = hmac_hex(
        f"Amount={body['Amount']}&Currency={body['Currency']}"
        f"&DateTimeLocalTrxn={body['DateTimeLocalTrxn']}"
        f"&MerchantId={body['MerchantId']}&TerminalId={body['TerminalId']}",
        key,
    )
    return body


def post(client, body):
    return client.post(WEBHOOK, data=json.dumps(body), content_type="application/json")


def escrow_of(order) -> Decimal:
    return ledger.balance_of(ledger.escrow_for(order.ledger_reference))


@pytest.fixture
def site():
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def seller(db):
    return UserFactory(username="seller")


@pytest.fixture
def buyer(db):
    """A buyer with an empty wallet: the card pays for everything."""
    return UserFactory(username="buyer")


@pytest.fixture
def services(seller):
    return [
        ServiceFactory(seller=seller, price=Decimal("60.250")),
        ServiceFactory(seller=seller, price=Decimal("25")),
    ]


@pytest.fixture
def cart(buyer, services):
    cart = Cart.objects.create(user=buyer)
    for service in services:
        carts.add(cart, service, buyer=buyer)
    return cart


def pay_with_moamalat(cart, buyer):
    request = RequestFactory().post("/cart/checkout/")
    request.user = buyer
    return checkout(cart, buyer, "moamalat", request)


@pytest.fixture
def configure():
    def configure(site, **values):
        save_plugin_settings(
            "moamalat", site, {"merchant_id": MID, "terminal_id": TID, "secret_key": KEY, **values}
        )

    return configure


@pytest.fixture
def moamalat_on(site, configure):
    configure(site)
    set_active("moamalat", site, True)


@pytest.fixture
def payment(moamalat_on, cart, buyer):
    """A checkout of 85.250 LYD (two orders) waiting for the card payment."""
    payment, _result = pay_with_moamalat(cart, buyer)
    return payment


# --- Installation ---------------------------------------------------------------------------


def test_the_package_is_found_through_its_entry_point_only():
    plugin = installed_plugins()["moamalat"]
    assert plugin.module == "microlibya_moamalat"
    assert plugin.version == "1.0.0"  # the distribution's version, not "bundled"
    assert not plugin.load_error
    assert "moamalat" not in dict(BUNDLED_PLUGINS)
    (found,) = [ep for ep in entry_points(group="microlibya.plugins") if ep.name == "moamalat"]
    assert found.value == "microlibya_moamalat"
    assert found.dist.name == "microlibya-moamalat"
    # Installed into the environment, not imported from the source tree.
    assert "site-packages" in __import__("microlibya_moamalat").__file__


def test_the_core_never_imports_the_package():
    core = [REPO / name for name in ("config", "marketplace", "themes", "pages")]
    core += [path for path in (REPO / "plugins").iterdir() if path.name != "contrib"]
    for path in core:
        files = [path] if path.is_file() else path.rglob("*.py")
        for source in files:
            if source.suffix == ".py":
                assert "microlibya_moamalat" not in source.read_text(), source


# --- Offered only when active and configured ------------------------------------------------


def test_inactive_it_is_not_offered_and_its_webhook_does_not_exist(
    client, site, configure, cart, buyer
):
    configure(site)  # configured, but never switched on
    assert "moamalat" not in {g.id for g in available_gateways(buyer, Decimal("85.250"))}
    with pytest.raises(CheckoutError):
        pay_with_moamalat(cart, buyer)
    assert not Payment.objects.exists()
    assert cart.lines.count() == 2
    assert client.post(WEBHOOK, data="{}", content_type="application/json").status_code == 404


def test_active_it_is_offered_only_once_configured(site, configure, buyer):
    set_active("moamalat", site, True)
    assert "moamalat" not in {g.id for g in available_gateways(buyer, Decimal("10"))}
    configure(site, secret_key="not hexadecimal")
    assert "moamalat" not in {g.id for g in available_gateways(buyer, Decimal("10"))}
    configure(site)
    assert "moamalat" in {g.id for g in available_gateways(buyer, Decimal("10"))}


# --- The payment page -----------------------------------------------------------------------


def test_checkout_shows_the_lightbox_with_signed_parameters(client, moamalat_on, cart, buyer):
    payment, result = pay_with_moamalat(cart, buyer)
    assert result.kind == StartResult.PAGE
    assert payment.gateway == "moamalat"
    assert payment.amount == Decimal("85.250")
    assert payment.status == PaymentStatus.PENDING
    assert payment.expires_at is not None
    assert {o.state for o in payment.orders.all()} == {OrderState.AWAITING_PAYMENT}

    client.force_login(buyer)
    response = client.get(f"/payments/{payment.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    config = json.loads(
        re.search(r'<script id="moamalat-config" type="application/json">(.*?)</script>', html)[1]
    )
    assert config["MID"] == MID
    assert config["TID"] == TID
    assert config["AmountTrxn"] == 85250  # dirhams
    assert config["MerchantReference"] == str(payment.pk)
    assert re.fullmatch(r"\d{12}", config["TrxDateTime"])
    assert config["SecureHash"] == hmac_hex(
        f"Amount=85250&DateTimeLocalTrxn={config['TrxDateTime']}&MerchantId={MID}"
        f"&MerchantReference={payment.pk}&TerminalId={TID}",
        KEY,
    )
    assert KEY not in html  # the key never reaches the browser
    assert '<script src="https://tnpg.moamalat.net:6006/js/lightbox.js" defer>' in html
    assert "Lightbox.Checkout.showLightbox()" in html
    # Arabic first, from the package's own catalogue; English under /en/.
    assert 'dir="rtl"' in html
    assert "بيانات بطاقتك تذهب إلى معاملات وحدها" in html
    assert "Pay by card" not in html
    english = client.get(f"/en/payments/{payment.pk}/").content.decode()
    assert "Your card details go to Moamalat only" in english


def test_only_the_buyer_sees_the_payment_page(client, payment):
    client.force_login(UserFactory(username="stranger"))
    assert client.get(f"/payments/{payment.pk}/").status_code == 404


# --- Notifications --------------------------------------------------------------------------


def test_an_approved_notification_pays_and_funds_the_orders(client, payment, buyer):
    response = post(client, notification(payment))
    assert response.status_code == 200, response.content

    payment.refresh_from_db()
    assert payment.status == PaymentStatus.SUCCEEDED
    assert payment.external_id == f"77{payment.pk:05d}"
    orders = list(payment.orders.order_by("pk"))
    assert [o.state for o in orders] == [OrderState.NEW, OrderState.NEW]
    assert [escrow_of(o) for o in orders] == [o.total for o in orders]
    assert sum(o.total for o in orders) == Decimal("85.250")
    assert ledger.balance_of(ledger.wallet_of(buyer)) == 0
    assert ledger.balance_of(ledger.gateway_clearing("moamalat")) == Decimal("-85.250")
    assert check_ledger().ok
    assert WebhookEvent.objects.filter(gateway="moamalat").count() == 1


def test_a_replayed_notification_pays_once(client, payment):
    body = notification(payment)
    assert post(client, body).status_code == 200
    postings = LedgerTransaction.objects.count()

    response = post(client, body)
    assert response.status_code == 200
    assert WebhookEvent.objects.filter(gateway="moamalat").count() == 1
    assert LedgerTransaction.objects.count() == postings
    assert LedgerTransaction.objects.filter(kind="payment_captured").count() == 1
    assert ledger.balance_of(ledger.gateway_clearing("moamalat")) == Decimal("-85.250")
    assert check_ledger().ok


@pytest.mark.parametrize(
    "forge",
    [
        pytest.param(lambda p: {**notification(p), "SecureHash": "0" * 64}, id="wrong-hash"),
        pytest.param(lambda p: {**notification(p), "SecureHash": ""}, id="empty-hash"),
        pytest.param(
            lambda p: {k: v for k, v in notification(p).items() if k != "SecureHash"},
            id="no-hash",
        ),
        pytest.param(lambda p: {**notification(p), "Amount": "1"}, id="amount-changed"),
        pytest.param(lambda p: notification(p, key="00112233445566778899AABBCCDDEEFF"), id="key"),
        pytest.param(lambda p: notification(p, TerminalId="12345678"), id="other-terminal"),
        pytest.param(lambda p: notification(p, Currency="840"), id="dollars"),
    ],
)
def test_a_notification_that_is_not_genuine_changes_nothing(client, payment, forge):
    body = forge(payment)
    postings = LedgerTransaction.objects.count()
    response = post(client, body)
    assert response.status_code == 400
    payment.refresh_from_db()
    assert payment.status == PaymentStatus.PENDING
    assert not WebhookEvent.objects.exists()
    assert LedgerTransaction.objects.count() == postings
    assert {o.state for o in payment.orders.all()} == {OrderState.AWAITING_PAYMENT}


def test_an_amount_other_than_the_payments_is_refused(client, payment):
    postings = LedgerTransaction.objects.count()
    response = post(client, notification(payment, amount=Decimal("85.249")))
    assert response.status_code == 400
    payment.refresh_from_db()
    assert payment.status == PaymentStatus.PENDING
    assert not WebhookEvent.objects.exists()
    assert LedgerTransaction.objects.count() == postings
    assert {o.state for o in payment.orders.all()} == {OrderState.AWAITING_PAYMENT}
    assert check_ledger().ok


def test_a_declined_notification_fails_the_payment_and_cancels_its_orders(client, payment):
    postings = LedgerTransaction.objects.count()
    response = post(client, notification(payment, ActionCode="05", Message="Do not honor"))
    assert response.status_code == 200
    payment.refresh_from_db()
    assert payment.status == PaymentStatus.FAILED
    assert "Do not honor" in payment.failure_reason
    assert {o.state for o in payment.orders.all()} == {OrderState.CANCELLED}
    assert LedgerTransaction.objects.count() == postings
    assert check_ledger().ok


def test_a_signature_cannot_pay_a_second_payment(client, payment, cart, buyer, services):
    """Moamalat does not sign the references: a signature seen for one transaction must not
    be replayed, with other references, to pay another payment of the same amount."""
    genuine = notification(payment)
    assert post(client, genuine).status_code == 200
    for service in services:
        carts.add(cart, service, buyer=buyer)
    second, _result = pay_with_moamalat(cart, buyer)
    assert second.amount == payment.amount

    forged = {**genuine, "MerchantReference": str(second.pk), "SystemReference": "999999"}
    assert post(client, forged).status_code == 400
    second.refresh_from_db()
    assert second.status == PaymentStatus.PENDING
    assert ledger.balance_of(ledger.gateway_clearing("moamalat")) == Decimal("-85.250")


def test_refunds_and_voids_from_the_portal_are_acknowledged_and_ignored(client, payment):
    response = post(client, notification(payment, TxnType=3))
    assert response.status_code == 200
    payment.refresh_from_db()
    assert payment.status == PaymentStatus.PENDING
    assert not WebhookEvent.objects.exists()


# --- The SecureHash against published vectors ------------------------------------------------


def test_secure_hash_of_a_lightbox_request_matches_the_published_example():
    """The ``moamalat`` npm package's README: checkout(100 LYD, reference 1) at 2022-08-28
    06:09 with Moamalat's test merchant prints this SecureHash (in lower case)."""
    from microlibya_moamalat.signing import secure_hash

    fields = {
        "Amount": 100000,
        "DateTimeLocalTrxn": "202208280609",
        "MerchantId": MID,
        "MerchantReference": "1",
        "TerminalId": TID,
    }
    expected = "ece57701f40c0ef7b482e476b37118568c76d5d054243d244d5533c05e6c9ae3".upper()
    assert secure_hash(fields, KEY) == expected
    assert secure_hash(dict(reversed(fields.items())), KEY) == expected  # order-independent


def test_secure_hash_of_a_notification_matches_a_recorded_one():
    """The notification recorded as a fixture by the laravel-moamalat-pay package
    (tests/_fixtures/transactions/verfied.json) with its test key."""
    from microlibya_moamalat.signing import NOTIFICATION_FIELDS, hash_matches, secure_hash

    key = "39353638663431622D303136622D343235322D623330632D383361633838383965373965"
    recorded = {
        "MerchantId": "10004188779",
        "TerminalId": "49077229",
        "DateTimeLocalTrxn": "20220903014410",
        "TxnType": 1,
        "SystemReference": "1233317",
        "MerchantReference": "475217323",
        "Amount": "1000",
        "Currency": "434",
        "ActionCode": "00",
    }
    signed = {name: recorded[name] for name in NOTIFICATION_FIELDS}
    expected = "5C919EA5A619D33101AA761B8DFB332C8993C867CB8E5E567770185B71ED72E6"
    assert secure_hash(signed, key) == expected
    assert hash_matches(signed, key, expected.lower())
    assert not hash_matches(signed, key, expected[:-1] + "7")
    assert not hash_matches(signed, key, "")
    assert not hash_matches(signed, key, "٥C919EA5")  # non-ASCII never raises


def test_amounts_in_dirhams():
    from microlibya_moamalat.signing import from_dirhams, to_dirhams

    assert to_dirhams(Decimal("85.250")) == 85250
    assert to_dirhams(Decimal("0.001")) == 1
    assert from_dirhams("85250") == Decimal("85.250")
    assert from_dirhams(1000) == Decimal("1")
    for bad in ("10.000", "-5", "", None, "١٠٠٠"):
        with pytest.raises(ValueError):
            from_dirhams(bad)
    with pytest.raises(ValueError):
        to_dirhams(Decimal("1.0005"))
