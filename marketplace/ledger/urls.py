from django.urls import path

from marketplace.ledger import views, withdrawal_views

app_name = "ledger"

urlpatterns = [
    path("wallet/", views.wallet, name="wallet"),
    path("wallet/withdrawals/", withdrawal_views.withdrawal_list, name="withdrawals"),
    path("wallet/withdrawals/new/", withdrawal_views.withdrawal_new, name="withdrawal_new"),
    path(
        "wallet/withdrawals/<int:pk>/cancel/",
        withdrawal_views.withdrawal_cancel,
        name="withdrawal_cancel",
    ),
]
