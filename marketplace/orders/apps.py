from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrdersConfig(AppConfig):
    name = "marketplace.orders"
    label = "orders"
    verbose_name = _("Orders")

    def ready(self):
        from django.contrib.auth.signals import user_logged_in
        from django.db.models.signals import post_migrate

        from marketplace.messaging.subjects import register_subject
        from marketplace.orders import events, funding  # noqa: F401  (notifications, signals)
        from marketplace.orders.cart import merge_session_cart

        user_logged_in.connect(merge_session_cart, dispatch_uid="orders.merge_session_cart")
        post_migrate.connect(grant_moderators_order_permissions, sender=self)
        register_subject(
            self.get_model("Order"),
            recipient=lambda order: order.seller,
            is_open=lambda order, user: order.buyer_id == user.pk,
        )


def grant_moderators_order_permissions(sender, **kwargs):
    """Moderators resolve disputes and hide abusive reviews."""
    from marketplace.accounts.staff import grant_moderators

    grant_moderators(
        sender,
        [
            "view_order",
            "view_dispute",
            "change_dispute",
            "resolve_dispute",
            "hide_review",  # the reviews screen's policy reads only this one
        ],
    )
