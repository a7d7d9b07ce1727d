"""Staff hide an abusive review (with a reason its author reads) or show it again; the
ratings it counts in are recomputed by ``reviews``."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from marketplace.accounts.staff import next_url_or
from marketplace.orders import reviews
from marketplace.orders.models import Review

HIDE = "orders.hide_review"


class HideForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Why is it hidden? (sent to its author)"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
        error_messages={
            "required": gettext_lazy("Write why the review is hidden; its author will read it.")
        },
    )


def stars(review: Review):
    return format_html(
        '<span title="{}" aria-label="{}">{}</span>',
        review.rating,
        _("Rating: %(rating)d/5") % {"rating": review.rating},
        "★" * review.rating + "☆" * (5 - review.rating),
    )


def short_text(review: Review) -> str:
    return Truncator(review.text).chars(200)


def short_reply(review: Review) -> str:
    return Truncator(review.reply).chars(120)


def _listing():
    return redirect(reverse("wagtailsnippets_orders_review:list"))


@permission_required(HIDE, raise_exception=True)
def hide(request, pk):
    review = get_object_or_404(
        Review.objects.select_related("order", "author__profile", "subject__profile"), pk=pk
    )
    form = HideForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            reviews.hide_review(review, request.user, form.cleaned_data["reason"])
        except reviews.ReviewError as error:
            form.add_error(None, str(error))
        else:
            messages.success(
                request,
                _("The review of order %(number)s is hidden; its author is told why.")
                % {"number": review.order.number},
            )
            return _listing()
    return TemplateResponse(
        request,
        "orders/admin/hide_review.html",
        {"review": review, "form": form, "stars": stars(review)},
        status=400 if request.method == "POST" else 200,
    )


@require_POST
@permission_required(HIDE, raise_exception=True)
def show(request, pk):
    review = get_object_or_404(Review.objects.select_related("order"), pk=pk)
    try:
        reviews.show_review(review, request.user)
    except reviews.ReviewError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request,
            _("The review of order %(number)s is shown again.") % {"number": review.order.number},
        )
    return redirect(next_url_or(request, reverse("wagtailsnippets_orders_review:list")))
