"""The wallet page: available and pending balances and every movement, with its reference."""

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache

from marketplace.ledger.models import TRANSACTION_KIND_LABELS, AccountKind, LedgerEntry
from marketplace.ledger.services import balance_of, pending_earnings_of, wallet_of

# References are "order:12", "payment:7": the page names and links them by URL name.
REFERENCES = {
    "order": ("orders:detail", gettext_lazy("Order #%(id)d")),
    "payment": ("payments:detail", gettext_lazy("Payment P-%(id)06d")),
}


def describe_reference(reference: str) -> tuple[str, str]:
    """``(text, link)`` for a transaction's reference, in the reader's language."""
    kind, _sep, pk = reference.partition(":")
    if kind not in REFERENCES or not pk.isdigit():
        return reference, ""
    url_name, text = REFERENCES[kind]
    try:
        link = reverse(url_name, args=[int(pk)])
    except NoReverseMatch:
        link = ""
    return text % {"id": int(pk)}, link


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
        entry.reference_text, entry.link = describe_reference(entry.transaction.reference)
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
