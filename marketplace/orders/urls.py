from datetime import MAXYEAR, MINYEAR, date

from django.urls import path, register_converter

from marketplace.orders.views import cart, dashboard, orders, receipts, reviews

app_name = "orders"


class MonthConverter:
    """``2026-03`` ↔ ``date(2026, 3, 1)``; anything else (month 13, year 0) is a 404."""

    regex = "[0-9]{4}-[0-9]{2}"

    def to_python(self, value: str) -> date:
        year, month = (int(part) for part in value.split("-"))
        if not MINYEAR <= year < MAXYEAR:
            raise ValueError(value)
        return date(year, month, 1)  # ValueError for a month outside 1–12

    def to_url(self, value) -> str:
        if isinstance(value, date):
            return f"{value.year:04d}-{value.month:02d}"
        return str(value)


register_converter(MonthConverter, "yyyy_mm")

urlpatterns = [
    path("cart/", cart.cart_page, name="cart"),
    path("cart/add/", cart.cart_add, name="cart_add"),
    path("cart/lines/<int:pk>/", cart.cart_update, name="cart_update"),
    path("cart/lines/<int:pk>/remove/", cart.cart_remove, name="cart_remove"),
    path("cart/checkout/", cart.cart_checkout, name="checkout"),
    path("orders/", orders.purchases, name="purchases"),
    path("orders/sales/", orders.sales, name="sales"),
    path("orders/<int:pk>/", orders.detail, name="detail"),
    path("orders/<int:pk>/instructions/", orders.instructions, name="instructions"),
    path("orders/<int:pk>/files/<int:file_pk>/", orders.delivery_file, name="delivery_file"),
    path("orders/<int:pk>/review/", reviews.review_new, name="review"),
    path(
        "orders/<int:pk>/reviews/<int:review_pk>/reply/",
        reviews.review_reply,
        name="review_reply",
    ),
    path("orders/<int:pk>/<slug:action>/", orders.act, name="act"),
    path("orders/receipts/<int:pk>/", receipts.receipt, name="receipt"),
    path("orders/receipts/<int:pk>/pdf/", receipts.receipt_pdf, name="receipt_pdf"),
    path("dashboard/", dashboard.dashboard, name="dashboard"),
    path("dashboard/statements/", dashboard.statements, name="statements"),
    path("dashboard/statements/<yyyy_mm:month>/", dashboard.statement, name="statement"),
    path(
        "dashboard/statements/<yyyy_mm:month>/pdf/", dashboard.statement_pdf, name="statement_pdf"
    ),
]
