"""Staff process sellers' withdrawals in the admin: approve, export the approved ones for the
bank, mark each paid with the bank's reference, or reject it and the money goes back."""

from decimal import Decimal

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from marketplace.accounts.staff import MODERATORS_GROUP
from marketplace.ledger import services as ledger
from marketplace.ledger.apps import grant_moderators_withdrawal_permissions
from marketplace.ledger.models import Withdrawal, WithdrawalStatus
from marketplace.ledger.withdrawals import request_withdrawal
from marketplace.notifications.models import Notification
from plugins.services import set_active
from tests.factories import UserFactory
from tests.orders.conftest import assert_books_balance, credit_earnings, default_site

IBAN = "LY83002048000020100120361"
DETAILS = {"bank": "wahda", "account_holder": "سالم", "iban": IBAN}
LIST_URL = "/admin/snippets/ledger/withdrawal/"
EXPORT_URL = "/admin/withdrawals/export/?method=libyan_bank"


def page_url(withdrawal):
    return f"/admin/snippets/ledger/withdrawal/inspect/{withdrawal.pk}/"


def action_url(withdrawal, action):
    return f"/admin/withdrawals/{withdrawal.pk}/{action}/"


def balances(user):
    return (
        ledger.balance_of(ledger.wallet_of(user)),
        ledger.balance_of(ledger.payouts_of(user)),
    )


@pytest.fixture(autouse=True)
def libyan_bank(db):
    set_active("libyan_bank", default_site(), True)


@pytest.fixture
def seller(db):
    user = UserFactory(username="seller")
    user.profile.display_name = "سالم المصراتي"
    user.profile.save()
    credit_earnings(user, "100")
    return user


@pytest.fixture
def withdrawal(seller):
    return request_withdrawal(seller, Decimal("60"), "libyan_bank", DETAILS)


@pytest.fixture
def moderator(db):
    user = UserFactory(username="moderator", is_staff=True)
    group, _created = Group.objects.get_or_create(name=MODERATORS_GROUP)
    grant_moderators_withdrawal_permissions(apps.get_app_config("ledger"))
    user.groups.add(group)
    return user


@pytest.fixture
def admin_without_permission(db):
    """Staff who may open the admin, but not process withdrawals."""
    user = UserFactory(username="editor", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


def test_people_without_the_permission_cannot_see_or_decide(
    client, withdrawal, seller, admin_without_permission
):
    urls = [LIST_URL, page_url(withdrawal), EXPORT_URL]
    posts = {
        "approve": {},
        "pay": {"bank_reference": "TRX-1"},
        "reject": {"reason": "لا"},
    }
    for url in urls:  # anonymous: to the login page
        response = client.get(url)
        assert response.status_code == 302 and "/admin/login/" in response["Location"]
    for action, data in posts.items():
        response = client.post(action_url(withdrawal, action), data)
        assert response.status_code == 302 and "/admin/login/" in response["Location"]
    for person in (seller, admin_without_permission):
        client.force_login(person)
        for url in urls:
            response = client.get(url)
            assert response.status_code == 403 or (
                response.status_code == 302 and "/admin/" in response["Location"]
            )
        for action, data in posts.items():
            response = client.post(action_url(withdrawal, action), data)
            assert response.status_code == 403 or (
                response.status_code == 302 and "/admin/" in response["Location"]
            )
    client.force_login(admin_without_permission)
    assert LIST_URL not in client.get("/admin/").content.decode()  # no menu item
    withdrawal.refresh_from_db()
    assert withdrawal.status == WithdrawalStatus.PENDING
    assert balances(seller) == (Decimal("40"), Decimal("60"))


def test_the_queue_shows_waiting_requests_oldest_first(client, withdrawal, seller, moderator):
    other = UserFactory(username="other")
    credit_earnings(other, "80")
    later = request_withdrawal(other, Decimal("75.5"), "libyan_bank", {**DETAILS, "bank": "aman"})
    paid_seller = UserFactory(username="paid_seller")
    credit_earnings(paid_seller, "55")
    paid = request_withdrawal(paid_seller, Decimal("55"), "libyan_bank", DETAILS)
    Withdrawal.objects.filter(pk=paid.pk).update(status=WithdrawalStatus.PAID)

    client.force_login(moderator)
    assert LIST_URL in client.get("/admin/").content.decode()  # the menu item
    html = client.get(LIST_URL).content.decode()
    assert withdrawal.number in html and later.number in html
    assert paid.number not in html  # waiting only, by default
    assert html.index(withdrawal.number) < html.index(later.number)
    assert "سالم المصراتي" in html and seller.get_absolute_url() in html
    assert "75.500" in html and "LY83 0020 4800 0020 1001 2036 1" in html
    assert page_url(withdrawal) in html
    assert reverse("ledger_withdrawals_export") + "?method=libyan_bank" in html

    everything = client.get(LIST_URL, {"status": "all"}).content.decode()
    assert paid.number in everything
    only_paid = client.get(LIST_URL, {"status": "paid"}).content.decode()
    assert paid.number in only_paid and withdrawal.number not in only_paid

    page = client.get(page_url(withdrawal))
    assert page.status_code == 200
    content = page.content.decode()
    assert IBAN[:4] in content and "سالم" in content
    for action in ("approve", "pay", "reject"):
        assert action_url(withdrawal, action) in content


def test_approve_then_mark_paid(client, withdrawal, seller, moderator):
    client.force_login(moderator)
    assert client.get(action_url(withdrawal, "approve")).status_code == 405  # POST only
    response = client.post(action_url(withdrawal, "approve"))
    assert response.status_code == 302
    withdrawal.refresh_from_db()
    assert (withdrawal.status, withdrawal.decided_by) == (WithdrawalStatus.APPROVED, moderator)
    assert (
        action_url(withdrawal, "approve") not in client.get(page_url(withdrawal)).content.decode()
    )

    response = client.post(action_url(withdrawal, "pay"), {"bank_reference": " TRX-2026-77 "})
    assert response.status_code == 302
    withdrawal.refresh_from_db()
    assert (withdrawal.status, withdrawal.bank_reference) == (WithdrawalStatus.PAID, "TRX-2026-77")
    assert balances(seller) == (Decimal("40"), Decimal("0"))
    assert_books_balance()
    paid = Notification.objects.get(user=seller, event="withdrawal.paid")
    assert paid.context["reference"] == "TRX-2026-77"


def test_reject_returns_the_money_and_tells_the_seller(client, withdrawal, seller, moderator):
    client.force_login(moderator)
    response = client.post(action_url(withdrawal, "reject"), {"reason": "الآيبان لا يطابق الاسم"})
    assert response.status_code == 302
    withdrawal.refresh_from_db()
    assert withdrawal.status == WithdrawalStatus.REJECTED
    assert withdrawal.rejection_reason == "الآيبان لا يطابق الاسم"
    assert balances(seller) == (Decimal("100"), Decimal("0"))
    assert_books_balance()
    assert Notification.objects.filter(user=seller, event="withdrawal.rejected").exists()


def test_an_empty_reference_or_reason_changes_nothing(client, withdrawal, seller, moderator):
    client.force_login(moderator)
    for action, data in (("pay", {"bank_reference": "   "}), ("reject", {"reason": ""})):
        response = client.post(action_url(withdrawal, action), data, follow=True)
        assert response.status_code == 200
        assert response.redirect_chain[-1][0] == page_url(withdrawal)
        assert [m.level_tag for m in response.context["messages"]] == ["error"]
    withdrawal.refresh_from_db()
    assert (withdrawal.status, withdrawal.bank_reference, withdrawal.rejection_reason) == (
        WithdrawalStatus.PENDING,
        "",
        "",
    )
    assert balances(seller) == (Decimal("40"), Decimal("60"))
    assert not Notification.objects.filter(user=seller, event__startswith="withdrawal.").exists()


def test_a_refused_decision_is_shown_as_a_message(client, withdrawal, moderator):
    client.force_login(moderator)
    client.post(action_url(withdrawal, "reject"), {"reason": "بيانات خاطئة"})
    response = client.post(action_url(withdrawal, "approve"), follow=True)
    with translation.override("ar"):  # the admin speaks the moderator's language
        expected = gettext("Only a request waiting for review can be approved.")
    assert [str(m) for m in response.context["messages"]][-1] == expected
    withdrawal.refresh_from_db()
    assert withdrawal.status == WithdrawalStatus.REJECTED


def test_the_bank_file_lists_approved_requests(client, withdrawal, seller, moderator):
    still_pending_seller = UserFactory(username="pending_seller")
    credit_earnings(still_pending_seller, "70")
    pending = request_withdrawal(still_pending_seller, Decimal("70"), "libyan_bank", DETAILS)
    client.force_login(moderator)
    client.post(action_url(withdrawal, "approve"))

    response = client.post(EXPORT_URL)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    today = timezone.localdate().isoformat()
    assert response["Content-Disposition"] == (
        f'attachment; filename="withdrawals-libyan_bank-{today}.csv"'
    )
    raw = response.content
    assert raw.startswith("\ufeff".encode())
    lines = raw.decode("utf-8-sig").splitlines()
    with translation.override("ar"):
        header = [
            gettext("Number"),
            gettext("Seller"),
            gettext("Amount (LYD)"),
            gettext("Bank"),
            gettext("Account holder"),
            gettext("IBAN"),
        ]
        bank = gettext("Wahda Bank")
    assert lines[0] == ",".join(header)
    assert lines[1:] == [
        f"{withdrawal.number},سالم المصراتي,60.000,{bank},سالم,LY83 0020 4800 0020 1001 2036 1"
    ]
    assert pending.number not in raw.decode("utf-8-sig")
    # The exported request is marked sent: the next bank file does not repeat it.
    withdrawal.refresh_from_db()
    assert withdrawal.status == WithdrawalStatus.SENT and withdrawal.exported_at
    again = client.post(EXPORT_URL)
    assert again.status_code == 302 and again["Location"] == LIST_URL
    assert client.get(EXPORT_URL).status_code == 405  # a download that changes state
    page = client.get(page_url(withdrawal)).content.decode()
    assert "data-in-bank-file" in page  # reject only if the bank returned it


def test_the_bank_file_never_holds_a_formula(client, seller, moderator):
    withdrawal = request_withdrawal(
        seller, Decimal("60"), "libyan_bank", {**DETAILS, "account_holder": "=HYPERLINK(1)"}
    )
    client.force_login(moderator)
    client.post(action_url(withdrawal, "approve"))
    row = client.post(EXPORT_URL).content.decode("utf-8-sig").splitlines()[1]
    assert ",'=HYPERLINK(1)," in row


def test_nothing_to_export_goes_back_to_the_queue(client, withdrawal, moderator):
    client.force_login(moderator)
    response = client.post(EXPORT_URL)
    assert response.status_code == 302 and response["Location"] == LIST_URL
    response = client.post("/admin/withdrawals/export/?method=nope")
    assert response.status_code == 302 and response["Location"] == LIST_URL


def test_the_queue_reads_the_same_number_of_rows_for_any_length(client, withdrawal, moderator):
    client.force_login(moderator)
    client.get(LIST_URL)  # warm the caches
    with CaptureQueriesContext(connection) as one_request:
        client.get(LIST_URL)
    for number in range(4):
        other = UserFactory(username=f"seller{number}")
        credit_earnings(other, "100")
        request_withdrawal(other, Decimal("60"), "libyan_bank", DETAILS)
    with CaptureQueriesContext(connection) as five_requests:
        html = client.get(LIST_URL).content.decode()
    assert html.count("LY83 0020 4800 0020 1001 2036 1") == 5
    assert len(five_requests) == len(one_request)
