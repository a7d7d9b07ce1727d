"""The wallet page: available and pending balances and every movement, with its reference."""

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, reverse
from django.views.decorators.cache import never_cache

from marketplace.ledger.models import TRANSACTION_KIND_LABELS, AccountKind, LedgerEntry
from marketplace.ledger.services import balance_of, pending_earnings_of, wallet_of

# References are "order:12", "payment:7": the page links them by URL name.
REFERENCE_URLS = {"order": "orders:detail", "payment": "payments:detail"}


def reference_link(reference: str) -> str:
    kind, _sep, pk = reference.partition(":")
    if kind not in REFERENCE_URLS or not pk.isdigit():
        return ""
    try:
        return reverse(REFERENCE_URLS[kind], args=[int(pk)])
    except NoReverseMatch:
        return ""


@login_required
@never_cache
def wallet(request):
    wallet_account = wallet_of(request.user)
    pending_account = pending_earnings_of(request.user)
    entries = (
        LedgerEntry.objects.filter(account__in=[wallet_account, pending_account])
        .select_related("transaction", "account")
        .order_by("-transaction__created_at", "-pk")
    )
    page = Paginator(entries, 25).get_page(request.GET.get("page"))
    for entry in page.object_list:
        entry.label = TRANSACTION_KIND_LABELS.get(entry.transaction.kind, entry.transaction.kind)
        entry.link = reference_link(entry.transaction.reference)
        entry.is_pending = entry.account.kind == AccountKind.PENDING_EARNINGS
    return TemplateResponse(
        request,
        "ledger/wallet.html",
        {
            "available": balance_of(wallet_account),
            "pending": balance_of(pending_account),
            "page": page,
        },
    )
