"""Leaving a review and the seller's reply, from the order page."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from marketplace.orders.models import Review
from marketplace.orders.reviews import ReviewError, leave_review, reply_to_review
from marketplace.orders.views.orders import _own_order


@login_required
@require_POST
def review_new(request, pk):
    order = _own_order(request, pk)
    try:
        leave_review(order, request.user, request.POST.get("rating"), request.POST.get("text"))
    except ReviewError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Thank you! Your review is published."))
    return redirect(order.get_absolute_url() + "#reviews")


@login_required
@require_POST
def review_reply(request, pk, review_pk):
    order = _own_order(request, pk)
    review = get_object_or_404(Review, pk=review_pk, order=order)
    try:
        reply_to_review(review, request.user, request.POST.get("reply"))
    except ReviewError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Your reply is published under the review."))
    return redirect(order.get_absolute_url() + "#reviews")
