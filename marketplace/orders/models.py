"""Carts, orders and what happens to them: events, deliveries, disputes and reviews."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from marketplace.messaging.storage import private_storage

MONEY = {"max_digits": 14, "decimal_places": 3}
MAX_QUANTITY = 10


class Cart(models.Model):
    """A signed-in buyer's cart, or a visitor's (found through the session)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, null=True, related_name="cart"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("cart")
        verbose_name_plural = _("carts")

    def __str__(self):
        return f"cart {self.pk}"


class CartLine(models.Model):
    cart = models.ForeignKey(Cart, on_delete=models.CASCADE, related_name="lines")
    service = models.ForeignKey("catalog.Service", on_delete=models.CASCADE, related_name="+")
    extras = models.ManyToManyField("catalog.ServiceExtra", blank=True, related_name="+")
    quantity = models.PositiveSmallIntegerField(_("quantity"), default=1)
    # The price of one unit (service + chosen extras) when the buyer last saw it, so a
    # change before payment is flagged instead of charged silently.
    unit_price_seen = models.DecimalField(_("price seen"), **MONEY)
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("cart line")
        verbose_name_plural = _("cart lines")
        ordering = ["added_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(quantity__gte=1) & Q(quantity__lte=MAX_QUANTITY),
                name="cart_line_quantity_range",
            )
        ]

    def __str__(self):
        return f"{self.quantity} × {self.service_id}"


class OrderState(models.TextChoices):
    AWAITING_PAYMENT = "awaiting_payment", _("Awaiting payment")
    NEW = "new", pgettext_lazy("order state", "New")
    IN_PROGRESS = "in_progress", _("In progress")
    DELIVERED = "delivered", pgettext_lazy("order state", "Delivered")
    REVISION_REQUESTED = "revision_requested", _("Revision requested")
    COMPLETED = "completed", pgettext_lazy("order state", "Completed")
    CANCELLED = "cancelled", pgettext_lazy("order state", "Cancelled")
    DISPUTED = "disputed", pgettext_lazy("order state", "Disputed")


OPEN_STATES = (
    OrderState.NEW,
    OrderState.IN_PROGRESS,
    OrderState.DELIVERED,
    OrderState.REVISION_REQUESTED,
    OrderState.DISPUTED,
)


class Order(models.Model):
    """One cart line, paid: its own escrow, deliveries, conversation and timeline."""

    buyer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("buyer"),
        on_delete=models.PROTECT,
        related_name="purchases",
    )
    seller = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("seller"),
        on_delete=models.PROTECT,
        related_name="sales",
    )
    # Empty for an order made from an accepted project proposal (the projects app links it).
    service = models.ForeignKey(
        "catalog.Service",
        verbose_name=_("service"),
        on_delete=models.PROTECT,
        related_name="orders",
        null=True,
        blank=True,
    )
    payment = models.ForeignKey(
        "payments.Payment",
        verbose_name=_("payment"),
        on_delete=models.PROTECT,
        related_name="orders",
    )
    state = models.CharField(
        _("state"), max_length=24, choices=OrderState.choices, default=OrderState.AWAITING_PAYMENT
    )
    # What was bought, as it was at checkout.
    title = models.CharField(_("service"), max_length=80)
    unit_price = models.DecimalField(_("price of the service"), **MONEY)
    extras = models.JSONField(_("extras"), default=list, blank=True)  # [{title, price, days}]
    quantity = models.PositiveSmallIntegerField(_("quantity"), default=1)
    total = models.DecimalField(_("total (LYD)"), **MONEY)
    delivery_days = models.PositiveSmallIntegerField(_("delivery time (days)"))
    instructions = models.TextField(_("instructions for the seller"), blank=True, max_length=5000)
    # Set at completion: the commission and what the seller earns (or a dispute's split).
    commission_rate = models.DecimalField(
        _("commission (%)"), max_digits=5, decimal_places=2, null=True, blank=True
    )
    commission = models.DecimalField(_("commission"), **MONEY, null=True, blank=True)
    seller_earnings = models.DecimalField(_("seller's earnings"), **MONEY, null=True, blank=True)
    refunded = models.DecimalField(_("refunded to the buyer"), **MONEY, default=0)
    is_late = models.BooleanField(_("late"), default=False)
    created_at = models.DateTimeField(_("ordered"), auto_now_add=True)
    paid_at = models.DateTimeField(_("paid"), null=True, blank=True)
    due_at = models.DateTimeField(_("due"), null=True, blank=True)
    started_at = models.DateTimeField(_("started"), null=True, blank=True)
    delivered_at = models.DateTimeField(_("delivered"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)
    cleared_at = models.DateTimeField(_("earnings cleared"), null=True, blank=True)

    class Meta:
        verbose_name = _("order")
        verbose_name_plural = _("orders")
        ordering = ["-created_at", "-pk"]
        permissions = [("resolve_dispute", _("Can resolve disputes"))]
        constraints = [
            models.CheckConstraint(condition=Q(total__gt=0), name="order_total_positive"),
            models.CheckConstraint(
                condition=~Q(buyer=models.F("seller")), name="order_buyer_is_not_seller"
            ),
        ]
        indexes = [
            models.Index(fields=["buyer", "state"]),
            models.Index(fields=["seller", "state"]),
            models.Index(fields=["state", "delivered_at"]),
            models.Index(fields=["state", "due_at"]),
        ]

    def __str__(self):
        return f"{self.number} {self.title}"

    def get_absolute_url(self):
        return reverse("orders:detail", args=[self.pk])

    @property
    def number(self) -> str:
        return f"#{self.pk}"

    @property
    def ledger_reference(self) -> str:
        return f"order:{self.pk}"

    def party_role(self, user) -> str | None:
        if user.pk == self.buyer_id:
            return "buyer"
        if user.pk == self.seller_id:
            return "seller"
        return None


EVENT_DESCRIPTIONS = {
    "pay": _("Paid; the money is held in escrow"),
    "expire": _("Cancelled: the payment did not arrive"),
    "start": _("The seller started working"),
    "deliver": _("The seller delivered"),
    "request_revision": _("The buyer asked for changes"),
    "accept": _("The buyer accepted the delivery"),
    "auto_complete": _("Completed by itself after the review period"),
    "cancel": _("Cancelled; the money went back to the buyer"),
    "mark_late": _("The delivery deadline passed"),
    "dispute": _("A dispute was opened"),
    "resolve": _("Staff decided the dispute"),
    "clear": _("The seller's earnings became available"),
}


class OrderEvent(models.Model):
    """One line of the order's timeline: who did what, from which state to which."""

    order = models.ForeignKey(Order, on_delete=models.CASCADE, related_name="events")
    action = models.CharField(_("action"), max_length=30)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    from_state = models.CharField(max_length=24, choices=OrderState.choices)
    to_state = models.CharField(max_length=24, choices=OrderState.choices)
    note = models.TextField(_("note"), blank=True)
    created_at = models.DateTimeField(_("when"), auto_now_add=True)

    class Meta:
        verbose_name = _("order event")
        verbose_name_plural = _("order events")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.order_id}: {self.action}"

    @property
    def description(self):
        return EVENT_DESCRIPTIONS.get(self.action, self.action)


class Delivery(models.Model):
    order = models.ForeignKey(Order, on_delete=models.CASCADE, related_name="deliveries")
    message = models.TextField(_("message"), max_length=5000)
    created_at = models.DateTimeField(_("delivered"), auto_now_add=True)

    class Meta:
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.order_id} @ {self.created_at:%Y-%m-%d}"


def delivery_upload_to(instance, filename):
    return f"deliveries/{instance.delivery.order_id}/{filename}"


class DeliveryFile(models.Model):
    delivery = models.ForeignKey(Delivery, on_delete=models.CASCADE, related_name="files")
    file = models.FileField(storage=private_storage, upload_to=delivery_upload_to)
    name = models.CharField(_("name"), max_length=200)
    content_type = models.CharField(max_length=120)
    size = models.PositiveIntegerField()

    class Meta:
        verbose_name = _("delivered file")
        verbose_name_plural = _("delivered files")

    def __str__(self):
        return self.name


class DisputeOutcome(models.TextChoices):
    RELEASE = "release", _("Release to the seller")
    REFUND = "refund", _("Refund the buyer")
    SPLIT = "split", _("Split")


class Dispute(models.Model):
    order = models.OneToOneField(Order, on_delete=models.CASCADE, related_name="dispute")
    opened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    reason = models.TextField(_("reason"), max_length=3000)
    previous_state = models.CharField(max_length=24, choices=OrderState.choices)
    outcome = models.CharField(
        _("decision"), max_length=10, choices=DisputeOutcome.choices, blank=True
    )
    buyer_amount = models.DecimalField(_("to the buyer"), **MONEY, null=True, blank=True)
    resolution_note = models.TextField(_("note"), blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    opened_at = models.DateTimeField(_("opened"), auto_now_add=True)
    resolved_at = models.DateTimeField(_("resolved"), null=True, blank=True)

    class Meta:
        verbose_name = _("dispute")
        verbose_name_plural = _("disputes")
        ordering = ["-opened_at"]

    def __str__(self):
        return f"{self.order}"

    @property
    def is_open(self) -> bool:
        return self.resolved_at is None


class Review(models.Model):
    """One side's review of the other after an order completed: 1–5 stars and a text.

    The buyer reviews the seller (and, through the order, the service); the seller reviews the
    buyer. Each side reviews an order once; the seller may answer the buyer's review once.
    """

    order = models.ForeignKey(Order, on_delete=models.CASCADE, related_name="reviews")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.CASCADE,
        related_name="reviews_written",
    )
    subject = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewed person"),
        on_delete=models.CASCADE,
        related_name="reviews_received",
    )
    by_buyer = models.BooleanField(_("written by the buyer"))
    # The service the order was for (the buyer's reviews count in its rating).
    service = models.ForeignKey(
        "catalog.Service",
        verbose_name=_("service"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="reviews",
    )
    rating = models.PositiveSmallIntegerField(
        _("rating"), validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    text = models.TextField(pgettext_lazy("rating left after an order", "review"), max_length=2000)
    reply = models.TextField(_("the seller's reply"), max_length=2000, blank=True)
    replied_at = models.DateTimeField(_("replied"), null=True, blank=True)
    is_hidden = models.BooleanField(_("hidden by staff"), default=False)
    hidden_reason = models.TextField(_("reason for hiding"), blank=True)
    hidden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("hidden by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    hidden_at = models.DateTimeField(_("hidden"), null=True, blank=True)
    created_at = models.DateTimeField(_("written"), auto_now_add=True)

    class Meta:
        verbose_name = pgettext_lazy("rating left after an order", "review")
        verbose_name_plural = _("reviews")
        ordering = ["-created_at", "-pk"]
        permissions = [("hide_review", _("Can hide abusive reviews"))]
        constraints = [
            models.UniqueConstraint(fields=["order", "author"], name="review_once_per_side"),
            models.CheckConstraint(
                condition=Q(rating__gte=1, rating__lte=5), name="review_rating_1_to_5"
            ),
        ]
        indexes = [
            models.Index(fields=["service", "is_hidden", "-created_at"]),
            models.Index(fields=["subject", "by_buyer", "is_hidden", "-created_at"]),
        ]

    def __str__(self):
        return f"{self.order.number}: {self.rating}★"
