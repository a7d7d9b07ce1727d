"""Bank transfer / cash deposit, end to end through the pages: the buyer sees where to pay,
says they paid (a reference and/or a receipt), staff confirm in the admin — or reject with a
reason — and the orders follow. Nothing is posted until the money is confirmed."""

from datetime import timedelta
from decimal import Decimal
from unittest import mock

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone, translation

from marketplace.accounts.staff import MODERATORS_GROUP
from marketplace.ledger import services as ledger
from marketplace.ledger.models import LedgerTransaction
from marketplace.orders.models import Order, OrderState
from marketplace.payments.apps import grant_moderators_payment_permissions
from marketplace.payments.models import Payment, PaymentStatus
from marketplace.payments.services import expire_unpaid
from tests.factories import ServiceFactory, UserFactory
from tests.images import image_upload
from tests.messaging.conftest import pdf_upload
from tests.orders.conftest import (
    BANK_DETAILS,
    assert_books_balance,
    credit_wallet,
    enable_bank_transfer,
    escrow_balance,
    notifications_of,
    wallet_balance,
)

pytestmark = pytest.mark.django_db
D = Decimal


@pytest.fixture(autouse=True)
def english():
    """Pages under /en/, so the messages read as their msgids."""
    with translation.override("en"):
        yield


@pytest.fixture
def buyer(db):
    user = UserFactory(username="buyer")
    credit_wallet(user, "500")
    return user


@pytest.fixture
def seller(db):
    return UserFactory(username="seller")


@pytest.fixture
def stranger(db):
    return UserFactory(username="stranger")


@pytest.fixture
def service(seller):
    return ServiceFactory(seller=seller, price=D("50.000"), extras=[("تسليم سريع", "15.500", 0)])


@pytest.fixture
def moderator(db):
    """Staff who confirm bank transfers (the moderators' group, as after migrate)."""
    user = UserFactory(username="moderator", is_staff=True)
    Group.objects.get_or_create(name=MODERATORS_GROUP)
    grant_moderators_payment_permissions(apps.get_app_config("payments"))
    user.groups.add(Group.objects.get(name=MODERATORS_GROUP))
    return user


@pytest.fixture
def payment(client, buyer, service, seller):
    """The buyer checks out a 65.500 LYD cart (service + extra) by bank transfer."""
    enable_bank_transfer(instructions="فرع طرابلس المركزي")
    client.force_login(buyer)
    client.post(
        en("orders:cart_add"),
        {"service": service.pk, "quantity": 1, "extras": [service.extras.get().pk]},
        follow=True,
    )
    response = client.post(en("orders:checkout"), {"gateway": "bank_transfer"}, follow=True)
    payment = Payment.objects.filter(gateway="bank_transfer", orders__isnull=False).distinct().get()
    assert response.redirect_chain == [(page_url(payment), 302)]
    return payment


def en(name, *args) -> str:
    """An English address (a request to the Arabic admin switches the thread's language)."""
    with translation.override("en"):
        return reverse(name, args=args)


def page_url(payment) -> str:
    return en("payments:detail", payment.pk)


def shown(response) -> list[str]:
    return [str(message) for message in response.context["messages"]]


def submit(client, payment, **data):
    return client.post(page_url(payment), data, follow=True)


def state_of(payment) -> dict:
    """The payment, its orders and the books, to compare before and after a refused step."""
    fresh = Payment.objects.get(pk=payment.pk)
    return {
        "payment": (fresh.status, fresh.payer_reference, fresh.proof.name, fresh.failure_reason),
        "orders": list(fresh.orders.values_list("pk", "state")),
        "transactions": LedgerTransaction.objects.count(),
        "notifications": sorted(fresh.buyer.notifications.values_list("event", flat=True)),
    }


# --- The payment page ------------------------------------------------------------------------


def test_the_payment_page_shows_the_bank_details_the_amount_and_the_number(
    client, payment, buyer, seller
):
    assert (payment.status, payment.amount) == (PaymentStatus.PENDING, D("65.500"))
    assert payment.expires_at is not None
    html = client.get(page_url(payment)).content.decode()
    for detail in BANK_DETAILS.values():
        assert detail in html
    assert "فرع طرابلس المركزي" in html
    assert payment.number in html and payment.number.startswith("P-")
    assert "<strong>65.500 LYD</strong>" in html
    assert "I have paid" in html
    # Nothing happened to the money yet, and the seller knows nothing.
    (order,) = payment.orders.all()
    assert order.state == OrderState.AWAITING_PAYMENT
    assert wallet_balance(buyer) == D("500.000")
    assert escrow_balance(order) == 0
    assert notifications_of(seller).count() == 0


def test_the_buyer_gives_the_transfer_reference(client, payment):
    response = submit(client, payment, reference="TRX-2026-0042")
    payment.refresh_from_db()
    assert (payment.status, payment.payer_reference) == (
        PaymentStatus.AWAITING_CONFIRMATION,
        "TRX-2026-0042",
    )
    assert not payment.proof
    html = response.content.decode()
    assert "Our staff will check the transfer and confirm it" in html
    assert "Update the receipt" in html
    assert payment.orders.get().state == OrderState.AWAITING_PAYMENT


@pytest.mark.parametrize(
    "upload",
    [
        lambda: pdf_upload("إيصال.pdf"),
        lambda: image_upload("receipt.jpg", image_format="JPEG"),
        lambda: image_upload("receipt.png"),
    ],
    ids=["pdf", "jpg", "png"],
)
def test_the_buyer_uploads_the_receipt(client, payment, buyer, upload):
    file = upload()
    submit(client, payment, proof=file)
    payment.refresh_from_db()
    assert payment.status == PaymentStatus.AWAITING_CONFIRMATION
    assert payment.proof_name == file.name
    assert payment.proof.name.startswith(f"payment-proofs/{buyer.pk}/")
    file.seek(0)
    assert payment.proof.read() == file.read()


def test_a_new_receipt_replaces_the_old_one(client, payment, settings):
    submit(client, payment, reference="1", proof=pdf_upload("first.pdf"))
    first = Payment.objects.get(pk=payment.pk).proof
    first_path = settings.PRIVATE_MEDIA_ROOT / first.name
    assert first_path.exists()
    submit(client, payment, reference="2", proof=image_upload("second.jpg", image_format="JPEG"))
    payment.refresh_from_db()
    assert (payment.payer_reference, payment.proof_name) == ("2", "second.jpg")
    assert not first_path.exists()


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (
            lambda: SimpleUploadedFile("receipt.txt", "إيصال التحويل".encode()),
            "Upload a photo (JPG, PNG, WebP) or a PDF of the receipt.",
        ),
        (
            lambda: SimpleUploadedFile("receipt.pdf", b"MZ\x90\x00" + b"\x00" * 300),
            "“receipt.pdf” is not really a PDF file.",
        ),
        (
            lambda: pdf_upload("big.pdf", b"%PDF-1.4\n" + b"0" * (5 * 1024 * 1024)),
            "The receipt must be smaller than 5 MB.",
        ),
    ],
    ids=["text", "renamed-exe", "over-5-MB"],
)
def test_a_receipt_that_is_not_a_photo_or_pdf_under_5_mb_is_refused(
    client, payment, settings, upload, message
):
    before = state_of(payment)
    response = submit(client, payment, reference="TRX-1", proof=upload())
    assert shown(response) == [message]
    assert state_of(payment) == before
    assert not (settings.PRIVATE_MEDIA_ROOT / "payment-proofs").exists()


def test_the_buyer_must_give_a_reference_or_a_receipt(client, payment):
    before = state_of(payment)
    response = submit(client, payment, reference="   ")
    assert shown(response) == ["Type the transfer reference or upload the receipt."]
    assert state_of(payment) == before


def test_only_the_buyer_sees_and_uses_the_payment_page(client, payment, seller, stranger):
    before = state_of(payment)
    for person in (seller, stranger):
        client.force_login(person)
        assert client.get(page_url(payment)).status_code == 404
        assert client.post(page_url(payment), {"reference": "x"}).status_code == 404
        assert client.post(en("payments:cancel", payment.pk)).status_code == 404
    assert state_of(payment) == before


# --- Staff confirm or reject in the admin ----------------------------------------------------


def confirm_url(payment):
    return f"/admin/payments/{payment.pk}/confirm/"


def reject_url(payment):
    return f"/admin/payments/{payment.pk}/reject/"


def test_staff_confirm_a_transfer_and_the_orders_start(client, payment, buyer, seller, moderator):
    submit(client, payment, reference="TRX-77", proof=pdf_upload("receipt.pdf"))
    client.force_login(moderator)
    page = client.get(confirm_url(payment))
    assert page.status_code == 200
    html = page.content.decode()
    assert "TRX-77" in html and "65.500" in html
    assert f"/payments/{payment.pk}/proof/" in html  # the admin speaks Arabic

    told_before = notifications_of(buyer, "payment.succeeded").count()  # the first 500 LYD
    response = client.post(confirm_url(payment))
    assert response.status_code == 302
    payment.refresh_from_db()
    assert (payment.status, payment.confirmed_by) == (PaymentStatus.SUCCEEDED, moderator)
    assert payment.paid_at is not None
    (order,) = payment.orders.all()
    assert order.state == OrderState.NEW
    assert escrow_balance(order) == D("65.500")
    # The transfer went into the wallet and straight on into the escrow.
    assert wallet_balance(buyer) == D("500.000")
    assert ledger.balance_of(ledger.gateway_clearing("bank_transfer")) == D("-565.500")
    assert notifications_of(buyer, "payment.succeeded").count() == told_before + 1
    assert notifications_of(seller, "order.new").count() == 1
    assert_books_balance()

    # A second click finds nothing to confirm, and posts nothing twice.
    transactions = LedgerTransaction.objects.count()
    assert client.post(confirm_url(payment)).status_code == 404
    assert LedgerTransaction.objects.count() == transactions

    # The buyer's page now says it is paid and links the receipt.
    client.force_login(buyer)
    html = client.get(page_url(payment)).content.decode()
    assert 'data-payment-status="succeeded"' in html
    assert en("orders:receipt", payment.pk) in html
    assert "I have paid" not in html


def test_staff_confirm_a_transfer_the_buyer_has_not_reported_yet(client, payment, moderator):
    client.force_login(moderator)
    assert client.post(confirm_url(payment)).status_code == 302
    assert Payment.objects.get(pk=payment.pk).status == PaymentStatus.SUCCEEDED
    assert payment.orders.get().state == OrderState.NEW


def test_staff_reject_a_transfer_with_a_reason(client, payment, buyer, seller, moderator):
    submit(client, payment, reference="TRX-404")
    transactions = LedgerTransaction.objects.count()
    client.force_login(moderator)
    response = client.post(reject_url(payment), {"reason": "لا يوجد تحويل بهذا الرقم"})
    assert response.status_code == 302
    payment.refresh_from_db()
    assert (payment.status, payment.failure_reason) == (
        PaymentStatus.FAILED,
        "لا يوجد تحويل بهذا الرقم",
    )
    (order,) = payment.orders.all()
    assert order.state == OrderState.CANCELLED
    assert LedgerTransaction.objects.count() == transactions  # nothing posted
    assert wallet_balance(buyer) == D("500.000")
    assert escrow_balance(order) == 0
    (told,) = notifications_of(buyer, "payment.ended_unpaid")
    assert told.context["reason"] == "لا يوجد تحويل بهذا الرقم"
    assert notifications_of(seller).count() == 0
    assert_books_balance()

    client.force_login(buyer)
    html = client.get(page_url(payment)).content.decode()
    assert "لا يوجد تحويل بهذا الرقم" in html
    assert "I have paid" not in html
    response = submit(client, payment, reference="again")
    assert shown(response) == ["This payment is no longer waiting for anything from you."]
    payment.refresh_from_db()
    assert (payment.status, payment.payer_reference) == (PaymentStatus.FAILED, "TRX-404")


def test_a_rejection_needs_a_reason(client, payment, moderator):
    before = state_of(payment)
    client.force_login(moderator)
    response = client.post(reject_url(payment), {"reason": "   "})
    assert response.status_code == 400
    assert state_of(payment) == before


def test_people_without_the_permission_cannot_confirm_or_reject(
    client, payment, buyer, seller, stranger
):
    # Staff who may open the admin, but not confirm payments.
    stranger.is_staff = True
    stranger.save()
    stranger.user_permissions.add(Permission.objects.get(codename="access_admin"))
    before = state_of(payment)
    for person in (buyer, seller, stranger, None):
        client.logout()
        if person:
            client.force_login(person)
        for response in (
            client.get(confirm_url(payment)),
            client.post(confirm_url(payment)),
            client.post(reject_url(payment), {"reason": "x"}),
        ):
            # Wagtail answers with a redirect (to its log-in or dashboard) rather than 403.
            assert response.status_code in (302, 403)
            if response.status_code == 302:
                assert response["Location"].startswith("/admin/")
    assert state_of(payment) == before


def test_only_bank_transfers_are_confirmed_by_hand(client, buyer, moderator):
    card = Payment.objects.create(buyer=buyer, gateway="stripe", amount=D("10"))
    client.force_login(moderator)
    assert client.post(confirm_url(card)).status_code == 404
    assert Payment.objects.get(pk=card.pk).status == PaymentStatus.PENDING


# --- The receipt of the transfer -------------------------------------------------------------


def test_the_proof_is_for_the_buyer_and_staff_only(
    client, payment, buyer, seller, stranger, moderator
):
    submit(client, payment, proof=pdf_upload("إيصال.pdf"))
    url = en("payments:proof", payment.pk)
    for person in (buyer, moderator):
        client.force_login(person)
        response = client.get(url)
        assert response.status_code == 200
        assert b"".join(response.streaming_content).startswith(b"%PDF")
        assert "attachment" in response["Content-Disposition"]
        assert response["Content-Security-Policy"] == "sandbox"
    for person in (seller, stranger):
        client.force_login(person)
        assert client.get(url).status_code == 404
    client.logout()
    response = client.get(url)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_no_proof_no_download(client, payment, buyer):
    client.force_login(buyer)
    assert client.get(en("payments:proof", payment.pk)).status_code == 404


# --- The buyer gives up, or time runs out ----------------------------------------------------


def test_the_buyer_cancels_a_pending_payment(client, payment, buyer, seller):
    transactions = LedgerTransaction.objects.count()
    assert "Cancel this payment and its orders" in (client.get(page_url(payment)).content.decode())
    response = client.post(en("payments:cancel", payment.pk))
    assert response.status_code == 302
    payment.refresh_from_db()
    assert payment.status == PaymentStatus.CANCELLED
    assert payment.orders.get().state == OrderState.CANCELLED
    assert LedgerTransaction.objects.count() == transactions
    assert wallet_balance(buyer) == D("500.000")
    assert notifications_of(seller).count() == 0
    assert client.get(en("payments:cancel", payment.pk)).status_code == 405


def test_a_paid_payment_cannot_be_cancelled(client, payment, buyer, moderator):
    client.force_login(moderator)
    client.post(confirm_url(payment))
    client.force_login(buyer)
    client.post(en("payments:cancel", payment.pk))
    payment.refresh_from_db()
    assert payment.status == PaymentStatus.SUCCEEDED
    assert payment.orders.get().state == OrderState.NEW
    assert escrow_balance(payment.orders.get()) == D("65.500")


def test_a_payment_reported_as_sent_is_not_cancelled_by_the_buyer(client, payment):
    """Once the buyer says the money is on its way, only staff decide: cancelling then would
    leave a real transfer that nobody can confirm any more."""
    submit(client, payment, reference="TRX-9")
    html = client.get(page_url(payment)).content.decode()
    assert "Cancel this payment and its orders" not in html
    client.post(en("payments:cancel", payment.pk))
    payment.refresh_from_db()
    assert payment.status == PaymentStatus.AWAITING_CONFIRMATION
    assert payment.orders.get().state == OrderState.AWAITING_PAYMENT


def test_an_unconfirmed_transfer_expires_and_its_orders_are_cancelled(client, payment, buyer):
    transactions = LedgerTransaction.objects.count()
    later = payment.expires_at + timedelta(minutes=1)
    with mock.patch("django.utils.timezone.now", return_value=later):
        assert expire_unpaid() == 1
    payment.refresh_from_db()
    assert payment.status == PaymentStatus.CANCELLED
    assert payment.orders.get().state == OrderState.CANCELLED
    assert LedgerTransaction.objects.count() == transactions
    assert notifications_of(buyer, "payment.ended_unpaid").count() == 1


def test_money_that_arrives_after_the_expiry_goes_to_the_wallet(client, payment, buyer, moderator):
    """The buyer paid and sent the receipt, but staff were too slow: the orders are gone,
    the money is not — staff can still confirm it, into the buyer's balance."""
    submit(client, payment, reference="TRX-LATE", proof=pdf_upload())
    expire_unpaid(now=timezone.now() + timedelta(days=30))
    (order,) = Order.objects.filter(payment=payment)
    assert order.state == OrderState.CANCELLED
    client.force_login(moderator)
    response = client.post(confirm_url(payment))
    assert response.status_code == 302
    payment.refresh_from_db()
    assert payment.status == PaymentStatus.SUCCEEDED
    assert Order.objects.get(pk=order.pk).state == OrderState.CANCELLED
    assert wallet_balance(buyer) == D("565.500")
    assert_books_balance()
