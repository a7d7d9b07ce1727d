"""The bundled Stripe plugin, driven through the official SDK against localstripe, a stateful
Stripe-compatible server started here as a subprocess (skipped locally, failed in CI, when it
cannot start). Webhooks are the ones localstripe signs and sends to the live server."""

import json
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import pytest
import stripe
from django.core.signals import request_finished
from django.test import override_settings
from django.urls import reverse
from django.utils import translation
from wagtail.models import Site

from marketplace.ledger import services as ledger
from marketplace.ledger.checks import check_ledger
from marketplace.ledger.models import LedgerAccount, LedgerTransaction
from marketplace.orders.models import Order, OrderState
from marketplace.orders.services import perform
from marketplace.payments.models import Payment, PaymentStatus, WebhookEvent
from marketplace.payments.registry import gateway_classes, get_gateway
from marketplace.payments.services import refund_to_source
from plugins.services import save_plugin_settings, set_active
from plugins.stripe.gateway import DECLINED, StripeGateway, convert, to_minor_units
from tests.conftest import missing_server
from tests.factories import ServiceFactory, UserFactory

SECRET_KEY = "sk_test_microlibya"
PUBLISHABLE_KEY = "pk_test_microlibya"
WEBHOOK_SECRET = "whsec_test_microlibya_localstripe"
WEBHOOK_PATH = "/payments/webhooks/stripe/"
EVENTS = ["payment_intent.succeeded", "payment_intent.payment_failed", "charge.refunded"]
GOOD_CARD = "4242424242424242"
DECLINED_CARD = "4000000000000341"  # attaches, but charging it fails (localstripe, Stripe)
THREE_D_SECURE_CARD = "4000002500003155"  # the bank asks for 3-D Secure


# --- localstripe ------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _start_localstripe(log_dir: Path) -> SimpleNamespace:
    executable = Path(sys.executable).with_name("localstripe")
    if not executable.exists():
        executable = Path(shutil.which("localstripe") or executable)
    if not executable.exists():
        missing_server("localstripe is not installed (pip install -r requirements-dev.txt)")
    port = _free_port()
    log_path = log_dir / f"localstripe-{port}.log"
    log = log_path.open("w")
    process = subprocess.Popen(
        [str(executable), "--port", str(port), "--from-scratch"],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while True:
        try:
            request = urllib.request.Request(
                f"{url}/v1/balance", headers={"Authorization": f"Bearer {SECRET_KEY}"}
            )
            urllib.request.urlopen(request, timeout=1).close()
            break
        except urllib.error.HTTPError:
            break  # it answers
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                log.close()
                missing_server(f"localstripe did not start: {log_path.read_text()[-2000:]}")
            time.sleep(0.1)
    return SimpleNamespace(url=url, process=process, log=log, log_path=log_path)


def _stop_localstripe(server) -> None:
    server.process.terminate()
    try:
        server.process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        server.process.kill()
        server.process.wait()
    server.log.close()


@pytest.fixture(scope="session")
def _localstripe_server(tmp_path_factory):
    server = _start_localstripe(tmp_path_factory.mktemp("localstripe"))
    yield server
    _stop_localstripe(server)


@pytest.fixture
def localstripe(_localstripe_server):
    """A server for the tests that need no webhooks (none is ever registered on it), emptied
    before each test: payment ids repeat between tests on SQLite."""
    request = urllib.request.Request(f"{_localstripe_server.url}/_config/data", method="DELETE")
    urllib.request.urlopen(request, timeout=5).close()
    return _localstripe_server


@pytest.fixture(scope="session")
def _plain_http():
    """The live server's middleware reads the HTTPS settings once, when its thread starts."""
    plain_http = override_settings(
        SECURE_SSL_REDIRECT=False,
        SECURE_HSTS_SECONDS=0,
        SESSION_COOKIE_SECURE=False,
        CSRF_COOKIE_SECURE=False,
    )
    plain_http.enable()
    yield
    plain_http.disable()


@pytest.fixture(scope="session")
def live_server(_plain_http, live_server):
    return live_server


class Deliveries:
    """The webhooks the live server received (raw body and signature) and finished."""

    def __init__(self):
        self.received = []
        self.finished = 0
        self.condition = threading.Condition()

    def record(self, request):
        with self.condition:
            self.received.append((request.body, request.headers.get("Stripe-Signature")))

    def done(self, **kwargs):
        if threading.current_thread() is threading.main_thread():
            return  # a test-client request, not the live server's
        with self.condition:
            self.finished += 1
            self.condition.notify_all()

    def wait_for(self, count: int, timeout: float = 15) -> None:
        # Nothing touches the database while waiting: on SQLite the live server shares the
        # test's in-memory connection.
        with self.condition:
            if not self.condition.wait_for(lambda: self.finished >= count, timeout=timeout):
                raise AssertionError(f"{self.finished} webhook(s) delivered, {count} expected")


@pytest.fixture
def webhook_server(live_server, tmp_path, monkeypatch):
    """A fresh localstripe (no stale events of other tests) that signs and sends its events
    to the live server's Stripe webhook."""
    server = _start_localstripe(tmp_path)
    deliveries = Deliveries()
    original = StripeGateway.handle_webhook

    def recording_handle_webhook(self, request):
        deliveries.record(request)
        return original(self, request)

    monkeypatch.setattr(StripeGateway, "handle_webhook", recording_handle_webhook)
    request_finished.connect(deliveries.done, weak=False)
    body = json.dumps(
        {"url": live_server.url + WEBHOOK_PATH, "secret": WEBHOOK_SECRET, "events": EVENTS}
    ).encode()
    urllib.request.urlopen(
        urllib.request.Request(
            f"{server.url}/_config/webhooks/microlibya",
            data=body,
            headers={"Content-Type": "application/json"},
        ),
        timeout=5,
    ).close()
    server.deliveries = deliveries
    yield server
    request_finished.disconnect(deliveries.done)
    _stop_localstripe(server)


def sdk(server) -> stripe.StripeClient:
    """The test's own client, playing Stripe.js in the buyer's browser."""
    return stripe.StripeClient(
        SECRET_KEY, base_addresses={"api": server.url}, max_network_retries=0
    )


def card(server, number=GOOD_CARD) -> str:
    """A PaymentMethod id, as the Payment Element makes it in the browser."""
    method = sdk(server).v1.payment_methods.create(
        {
            "type": "card",
            "card": {"number": number, "exp_month": 12, "exp_year": 2034, "cvc": "123"},
        }
    )
    return method.id


def intents_of(server, payment) -> list:
    found = sdk(server).v1.payment_intents.list({"limit": 100}).data
    return [intent for intent in found if intent.metadata["payment_id"] == str(payment.pk)]


def wait_for_log(server, text: str, timeout: float = 5) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        server.log.flush()
        content = server.log_path.read_text()
        if text in content:
            return content
        time.sleep(0.1)
    raise AssertionError(f"{text!r} not in localstripe's log:\n{server.log_path.read_text()}")


# --- The marketplace side ---------------------------------------------------------------------


def configure_stripe(api_base: str, **overrides) -> Site:
    site = Site.objects.get(is_default_site=True)
    set_active("stripe", site, True)
    save_plugin_settings(
        "stripe",
        site,
        {
            "publishable_key": PUBLISHABLE_KEY,
            "secret_key": SECRET_KEY,
            "webhook_secret": WEBHOOK_SECRET,
            "currency": "usd",
            "lyd_per_unit": "4.850",
            "api_base": api_base,
            **overrides,
        },
    )
    return site


@pytest.fixture
def buyer(db):
    return UserFactory(username="buyer")


@pytest.fixture
def seller(db):
    return UserFactory(username="seller")


@pytest.fixture
def service(seller):
    return ServiceFactory(seller=seller, price=Decimal("150.000"), delivery_days=3)


def check_out_with_stripe(client, buyer, service) -> Payment:
    """The buyer puts the service in the cart and checks out with Stripe, through the pages."""
    client.force_login(buyer)
    response = client.post(reverse("orders:cart_add"), {"service": service.pk, "quantity": 1})
    assert response.status_code == 302
    cart_page = client.get(reverse("orders:cart"))
    assert 'value="stripe"' in cart_page.content.decode()
    response = client.post(reverse("orders:checkout"), {"gateway": "stripe"})
    payment = Payment.objects.get(buyer=buyer)
    assert response.status_code == 302
    assert response["Location"] == payment.get_absolute_url()
    assert payment.gateway == "stripe" and payment.status == PaymentStatus.PENDING
    assert payment.expires_at is not None
    return payment


def wallet(user) -> Decimal:
    return ledger.balance_of(ledger.wallet_of(user))


def escrow(order) -> Decimal:
    return ledger.balance_of(ledger.escrow_for(order.ledger_reference))


def books() -> tuple:
    """Everything the ledger holds, to show that nothing moved."""
    return (
        LedgerTransaction.objects.count(),
        sorted(LedgerAccount.objects.values_list("pk", "balance")),
    )


def assert_books_balance():
    report = check_ledger()
    assert report.ok, (report.unbalanced_transactions, report.wrong_balances)


def signed(payload: dict, secret: str = WEBHOOK_SECRET) -> tuple[str, str]:
    body = json.dumps(payload)
    return body, stripe.WebhookSignature.generate_signature_header(body, secret)


def post_webhook(client, body, signature):
    headers = {"HTTP_STRIPE_SIGNATURE": signature} if signature else {}
    return client.post(WEBHOOK_PATH, data=body, content_type="application/json", **headers)


# --- 1. Paying by card ----------------------------------------------------------------------


def test_buyer_pays_by_card_and_the_orders_are_funded(client, localstripe, buyer, service):
    configure_stripe(localstripe.url)
    payment = check_out_with_stripe(client, buyer, service)

    response = client.post(payment.get_absolute_url(), {"payment_method": card(localstripe)})

    assert response.status_code == 302
    payment.refresh_from_db()
    assert payment.status == PaymentStatus.SUCCEEDED
    [intent] = intents_of(localstripe, payment)
    assert payment.external_id == intent.id
    assert intent.status == "succeeded"
    assert (intent.amount, intent.currency) == (3093, "usd")  # 150 LYD at 4.850 LYD a dollar
    assert intent.metadata["amount_lyd"] == "150.000"
    [order] = Order.objects.filter(payment=payment)
    assert order.state == OrderState.NEW
    assert escrow(order) == order.total == Decimal("150.000")
    assert wallet(buyer) == Decimal("0.000")
    assert ledger.balance_of(ledger.gateway_clearing("stripe")) == Decimal("-150.000")
    assert_books_balance()

    # The same form sent again charges nothing more: the payment is no longer open, and the
    # buyer is shown where it stands.
    again = client.post(payment.get_absolute_url(), {"payment_method": card(localstripe)})
    assert again.status_code == 302 and again.url == payment.get_absolute_url()
    assert len(intents_of(localstripe, payment)) == 1
    assert wallet(buyer) == Decimal("0.000")


def test_a_submit_without_a_card_is_refused(client, localstripe, buyer, service):
    configure_stripe(localstripe.url)
    payment = check_out_with_stripe(client, buyer, service)

    response = client.post(payment.get_absolute_url(), {"payment_method": "4242 4242"})

    assert response.status_code == 302
    payment.refresh_from_db()
    assert payment.status == PaymentStatus.PENDING
    assert intents_of(localstripe, payment) == []


# --- 2. The webhook localstripe sends, and its replay ---------------------------------------


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_succeeded_webhook_pays_once(client, webhook_server, buyer, service):
    configure_stripe(webhook_server.url)
    payment = check_out_with_stripe(client, buyer, service)
    before = books()

    # The card was charged but our submit never recorded it (the buyer's connection broke,
    # the server restarted): only Stripe's webhook can tell us.
    intent = get_gateway("stripe").charge(payment, card(webhook_server))
    assert intent.status == "succeeded"
    payment.refresh_from_db()
    assert payment.status == PaymentStatus.PENDING

    webhook_server.deliveries.wait_for(1)
    wait_for_log(webhook_server, 'webhook "payment_intent.succeeded" successfully delivered')

    payment.refresh_from_db()
    assert payment.status == PaymentStatus.SUCCEEDED
    assert payment.external_id == intent.id
    [event] = WebhookEvent.objects.all()
    assert (event.gateway, event.kind, event.payment) == ("stripe", "succeeded", payment)
    [order] = Order.objects.filter(payment=payment)
    assert order.state == OrderState.NEW
    assert escrow(order) == Decimal("150.000")
    assert wallet(buyer) == Decimal("0.000")
    assert_books_balance()
    paid = books()
    assert paid != before

    # Stripe delivers the same event again (it retries until it sees a 2xx): nothing moves.
    [(body, signature)] = webhook_server.deliveries.received
    replay = post_webhook(client, body, signature)
    assert replay.status_code == 200
    assert replay.content == b"ok 0/1"
    assert books() == paid
    assert WebhookEvent.objects.count() == 1
    assert_books_balance()


# --- 3. Webhooks that are not Stripe's ------------------------------------------------------


def test_a_webhook_with_a_bad_signature_changes_nothing(client, localstripe, buyer, service):
    configure_stripe(localstripe.url)
    payment = check_out_with_stripe(client, buyer, service)
    before = books()
    payload = {
        "id": "evt_forged",
        "object": "event",
        "type": "payment_intent.succeeded",
        "created": int(time.time()),
        "data": {
            "object": {
                "id": "pi_forged",
                "object": "payment_intent",
                "status": "succeeded",
                "metadata": {"payment_id": str(payment.pk), "amount_lyd": "150.000"},
            }
        },
    }
    body, signature = signed(payload, secret="whsec_someone_else")

    assert post_webhook(client, body, signature).status_code == 400
    assert post_webhook(client, body, None).status_code == 400
    _good_body, good_signature = signed(payload)
    tampered = body.replace("150.000", "1.000")
    assert post_webhook(client, tampered, good_signature).status_code == 400
    garbage, garbage_signature = (
        "not json",
        stripe.WebhookSignature.generate_signature_header("not json", WEBHOOK_SECRET),
    )
    assert post_webhook(client, garbage, garbage_signature).status_code == 400

    payment.refresh_from_db()
    assert payment.status == PaymentStatus.PENDING
    assert WebhookEvent.objects.count() == 0
    assert books() == before


def test_webhook_events_other_than_success(client, localstripe, buyer, service):
    """A failed attempt does not end the payment (the buyer may try another card); a refund
    made in Stripe is recorded once; other events are ignored."""
    configure_stripe(localstripe.url)
    payment = check_out_with_stripe(client, buyer, service)
    payment.external_id = "pi_refunded"
    payment.save(update_fields=["external_id"])

    def event(event_id, kind, obj):
        return {"id": event_id, "object": "event", "type": kind, "data": {"object": obj}}

    failed = event(
        "evt_failed",
        "payment_intent.payment_failed",
        {
            "id": "pi_failed",
            "object": "payment_intent",
            "metadata": {"payment_id": str(payment.pk)},
            "last_payment_error": {"code": "card_declined", "message": "Your card was declined."},
        },
    )
    refunded = event(
        "evt_refunded",
        "charge.refunded",
        {"id": "ch_1", "object": "charge", "payment_intent": "pi_refunded", "metadata": {}},
    )
    other = event("evt_other", "customer.created", {"id": "cus_1", "object": "customer"})

    assert post_webhook(client, *signed(failed)).content == b"ok 0/0"
    assert post_webhook(client, *signed(refunded)).content == b"ok 1/1"
    assert post_webhook(client, *signed(refunded)).content == b"ok 0/1"
    assert post_webhook(client, *signed(other)).content == b"ok 0/0"

    payment.refresh_from_db()
    assert payment.status == PaymentStatus.PENDING
    [recorded] = WebhookEvent.objects.all()
    assert (recorded.event_id, recorded.kind, recorded.payment) == (
        "evt_refunded",
        "refunded",
        payment,
    )


# --- 4. A declined card -----------------------------------------------------------------------


def test_a_declined_card_charges_nothing_and_another_card_can_pay(
    client, localstripe, buyer, service
):
    configure_stripe(localstripe.url)
    payment = check_out_with_stripe(client, buyer, service)
    before = books()

    response = client.post(
        payment.get_absolute_url(),
        {"payment_method": card(localstripe, DECLINED_CARD)},
        follow=True,
    )

    with translation.override("ar"):
        expected = str(DECLINED)
    assert expected in response.content.decode()
    payment.refresh_from_db()
    assert payment.status == PaymentStatus.PENDING  # still open: the buyer may try again
    [order] = Order.objects.filter(payment=payment)
    assert order.state == OrderState.AWAITING_PAYMENT
    assert books() == before
    assert wallet(buyer) == Decimal("0.000")
    assert [intent.status for intent in intents_of(localstripe, payment)] == [
        "requires_payment_method"
    ]

    client.post(payment.get_absolute_url(), {"payment_method": card(localstripe)})
    payment.refresh_from_db()
    order.refresh_from_db()
    assert payment.status == PaymentStatus.SUCCEEDED
    assert order.state == OrderState.NEW
    assert_books_balance()


def test_three_d_secure_is_finished_on_the_payment_page(client, localstripe, buyer, service):
    configure_stripe(localstripe.url)
    payment = check_out_with_stripe(client, buyer, service)

    client.post(
        payment.get_absolute_url(), {"payment_method": card(localstripe, THREE_D_SECURE_CARD)}
    )

    payment.refresh_from_db()
    assert payment.status == PaymentStatus.PENDING
    [intent] = intents_of(localstripe, payment)
    assert intent.status == "requires_action"
    assert payment.external_id == intent.id
    page = client.get(payment.get_absolute_url()).content.decode()
    assert f'data-client-secret="{intent.client_secret}"' in page
    assert f'data-intent="{intent.id}"' in page

    # What stripe.handleNextAction does in the browser once the bank says yes.
    sdk(localstripe).raw_request(
        "post",
        f"/v1/payment_intents/{intent.id}/_authenticate",
        client_secret=intent.client_secret,
        success="true",
    )
    client.post(payment.get_absolute_url(), {"payment_intent": intent.id})

    payment.refresh_from_db()
    assert payment.status == PaymentStatus.SUCCEEDED
    assert Order.objects.get(payment=payment).state == OrderState.NEW
    assert_books_balance()


# --- 5. Refunds to the card -------------------------------------------------------------------


def test_a_cancelled_order_is_refunded_to_the_card(client, localstripe, buyer, service):
    configure_stripe(localstripe.url)
    payment = check_out_with_stripe(client, buyer, service)
    client.post(payment.get_absolute_url(), {"payment_method": card(localstripe)})
    payment.refresh_from_db()
    order = Order.objects.get(payment=payment)
    perform(order, "cancel", buyer)
    assert wallet(buyer) == Decimal("150.000")

    first = refund_to_source(payment, Decimal("100"), requested_by=buyer)
    second = refund_to_source(payment, Decimal("50"), requested_by=buyer)

    refunds = sdk(localstripe).v1.refunds.list({"payment_intent": payment.external_id}).data
    assert sorted((refund.id, refund.amount) for refund in refunds) == sorted(
        [(first.external_id, 2062), (second.external_id, 1031)]
    )
    assert sum(refund.amount for refund in refunds) == 3093  # exactly what was charged
    payment.refresh_from_db()
    assert payment.refunded_amount == Decimal("150.000")
    assert wallet(buyer) == Decimal("0.000")
    assert ledger.balance_of(ledger.gateway_clearing("stripe")) == Decimal("0.000")
    assert_books_balance()


# --- 6. Conversion and the page ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("lyd", "rate", "currency", "charge", "minor"),
    [
        ("150", "4.850", "usd", "30.93", 3093),  # 30.9278… rounds up
        ("10", "4.850", "usd", "2.06", 206),  # 2.0618… rounds down
        ("10.010", "2", "usd", "5.01", 501),  # exactly 5.005: half-up, not half-even
        ("0.125", "1", "eur", "0.13", 13),  # 0.125 half-up (half-even would give 0.12)
        ("1000", "5.300", "eur", "188.68", 18868),
    ],
)
def test_lyd_to_charge_currency_rounds_half_up(lyd, rate, currency, charge, minor):
    converted = convert(Decimal(lyd), Decimal(rate), currency)
    assert converted == Decimal(charge)
    assert str(converted) == charge
    assert to_minor_units(converted, currency) == minor


def test_the_gateway_is_offered_only_when_configured(db):
    assert not StripeGateway(settings={}).is_available_for(None, Decimal("150"))
    configured = {
        "publishable_key": PUBLISHABLE_KEY,
        "secret_key": SECRET_KEY,
        "currency": "usd",
        "lyd_per_unit": "4.850",
    }
    assert StripeGateway(settings=configured).is_available_for(None, Decimal("150"))
    for missing in ("publishable_key", "secret_key", "lyd_per_unit"):
        assert not StripeGateway(settings={**configured, missing: ""}).is_available_for(
            None, Decimal("150")
        )
    assert not StripeGateway(settings={**configured, "lyd_per_unit": "0"}).is_available_for(
        None, Decimal("150")
    )
    # Under Stripe's minimum charge (50 cents).
    assert not StripeGateway(settings=configured).is_available_for(None, Decimal("2"))


def test_the_payment_page_shows_both_amounts(client, localstripe, buyer, service):
    configure_stripe(localstripe.url)
    payment = check_out_with_stripe(client, buyer, service)

    with translation.override("ar"):
        arabic_path = payment.get_absolute_url()  # Arabic at the root, English under /en/
    english = client.get(f"/en{arabic_path}").content.decode()
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", english))
    assert "150 LYD ≈ 30.93 USD" in text
    assert 'data-amount="3093"' in english and 'data-currency="usd"' in english
    assert f'data-publishable-key="{PUBLISHABLE_KEY}"' in english
    assert SECRET_KEY not in english and WEBHOOK_SECRET not in english
    assert "https://js.stripe.com/v3/" in english
    assert "needs JavaScript" in english

    arabic = client.get(arabic_path).content.decode()
    assert 'dir="rtl"' in arabic
    assert "150 د.ل ≈ 30.93 USD" in re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", arabic))


# --- 7. An inactive plugin --------------------------------------------------------------------


def test_an_inactive_plugins_webhook_is_not_found(client, db):
    body, signature = signed({"id": "evt_1", "type": "payment_intent.succeeded"})
    assert post_webhook(client, body, signature).status_code == 404

    site = configure_stripe("http://127.0.0.1:9")
    set_active("stripe", site, False)
    assert post_webhook(client, body, signature).status_code == 404
    assert "stripe" not in gateway_classes()
    assert get_gateway("stripe") is None
