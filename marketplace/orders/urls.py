from django.urls import path

from marketplace.orders.views import cart, orders, receipts

app_name = "orders"

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
    path("orders/<int:pk>/<slug:action>/", orders.act, name="act"),
    path("orders/receipts/<int:pk>/", receipts.receipt, name="receipt"),
    path("orders/receipts/<int:pk>/pdf/", receipts.receipt_pdf, name="receipt_pdf"),
]
