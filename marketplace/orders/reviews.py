"""Reviews after an order completes: each side rates the other once, within the review window
(setting); the seller may answer the buyer's review once, publicly; staff may hide an abusive
review with a reason. Every change recomputes the ratings it counts in."""

from datetime import datetime, timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from marketplace.notifications.services import notify
from marketplace.orders import reputation
from marketplace.orders.models import Order, OrderState, Review
from marketplace.rules.models import MarketplaceSettings

MAX_TEXT = 2000


class ReviewError(Exception):
    """The review or reply is not allowed; the message says why, in the user's language."""


def window_closes_at(order: Order) -> datetime | None:
    """When the order's review window ends (None before it completes)."""
    if order.state != OrderState.COMPLETED or not order.closed_at:
        return None
    return order.closed_at + timedelta(days=MarketplaceSettings.current().review_window_days)


def review_refusal(order: Order, user, reviews=None) -> str | None:
    """Why ``user`` may not review ``order`` now, or None. ``reviews`` are the order's reviews
    when the caller already has them."""
    if not user.is_authenticated or order.party_role(user) is None:
        return _("Only the buyer and the seller of an order review it.")
    closes_at = window_closes_at(order)
    if closes_at is None:
        return _("You can leave a review once the order is completed.")
    if timezone.now() > closes_at:
        return _("The time to review this order is over.")
    reviews = order.reviews.all() if reviews is None else reviews
    if any(review.author_id == user.pk for review in reviews):
        return _("You already reviewed this order.")
    return None


def leave_review(order: Order, author, rating, text: str) -> Review:
    """``author`` (buyer or seller of ``order``) rates the other side. Raises ReviewError."""
    rating = _checked_rating(rating)
    text = (text or "").strip()
    if not text:
        raise ReviewError(_("Write a few words about how it went."))
    if len(text) > MAX_TEXT:
        raise ReviewError(_("Keep the review under %(count)d characters.") % {"count": MAX_TEXT})
    with transaction.atomic():
        # The order's row lock makes the "once" check and the insert one step.
        order = (
            Order.objects.select_for_update(of=("self",)).select_related("seller").get(pk=order.pk)
        )
        reason = review_refusal(order, author)
        if reason:
            raise ReviewError(reason)
        by_buyer = author.pk == order.buyer_id
        try:
            with transaction.atomic():
                review = Review.objects.create(
                    order=order,
                    author=author,
                    subject_id=order.seller_id if by_buyer else order.buyer_id,
                    by_buyer=by_buyer,
                    service_id=order.service_id if by_buyer else None,
                    rating=rating,
                    text=text,
                )
        except IntegrityError as error:
            raise ReviewError(_("You already reviewed this order.")) from error
        reputation.review_changed(review)
        notify(
            review.subject,
            "review.received",
            url=order.get_absolute_url(),
            number=order.number,
            title=order.title,
            rating=rating,
        )
    return review


def reply_to_review(review: Review, seller, text: str) -> Review:
    """The seller answers the buyer's review of them, once and publicly."""
    text = (text or "").strip()
    if not text:
        raise ReviewError(_("Write your reply."))
    if len(text) > MAX_TEXT:
        raise ReviewError(_("Keep the reply under %(count)d characters.") % {"count": MAX_TEXT})
    with transaction.atomic():
        review = (
            Review.objects.select_for_update(of=("self",)).select_related("order").get(pk=review.pk)
        )
        if not review.by_buyer or review.subject_id != seller.pk:
            raise ReviewError(_("Only the seller answers a buyer's review of them."))
        if review.reply:
            raise ReviewError(_("You already replied to this review."))
        if review.is_hidden:
            raise ReviewError(_("Staff hid this review; it can't be answered."))
        review.reply = text
        review.replied_at = timezone.now()
        review.save(update_fields=["reply", "replied_at"])
        notify(
            review.author,
            "review.replied",
            url=review.order.get_absolute_url(),
            number=review.order.number,
            title=review.order.title,
        )
    return review


def hide_review(review: Review, staff, reason: str) -> Review:
    """Staff take an abusive review off the site; it stops counting in the ratings."""
    reason = (reason or "").strip()
    if not reason:
        raise ReviewError(_("Write why the review is hidden; its author will read it."))
    with transaction.atomic():
        review = (
            Review.objects.select_for_update(of=("self",)).select_related("order").get(pk=review.pk)
        )
        if review.is_hidden:
            raise ReviewError(_("This review is already hidden."))
        review.is_hidden = True
        review.hidden_reason = reason
        review.hidden_by = staff
        review.hidden_at = timezone.now()
        review.save(update_fields=["is_hidden", "hidden_reason", "hidden_by", "hidden_at"])
        reputation.review_changed(review)
        notify(
            review.author,
            "review.hidden",
            url=review.order.get_absolute_url(),
            number=review.order.number,
            reason=reason,
        )
    return review


def show_review(review: Review, staff) -> Review:
    """Staff put a hidden review back (hidden by mistake); it counts again."""
    with transaction.atomic():
        review = Review.objects.select_for_update(of=("self",)).get(pk=review.pk)
        if not review.is_hidden:
            raise ReviewError(_("This review is not hidden."))
        review.is_hidden = False
        review.hidden_reason = ""
        review.hidden_by = None
        review.hidden_at = None
        review.save(update_fields=["is_hidden", "hidden_reason", "hidden_by", "hidden_at"])
        reputation.review_changed(review)
    return review


def public_reviews():
    """Buyers' reviews anyone may read (not hidden), with what their cards show."""
    return (
        Review.objects.filter(by_buyer=True, is_hidden=False)
        .select_related("author__profile", "order")
        .order_by("-created_at", "-pk")
    )


def _checked_rating(value) -> int:
    try:
        rating = int(str(value).strip())
    except (TypeError, ValueError):
        rating = None
    if rating is None or not 1 <= rating <= 5:
        raise ReviewError(_("Choose a rating from 1 to 5 stars."))
    return rating
