from django.urls import path

from marketplace.payments import views

app_name = "payments"

urlpatterns = [
    path("payments/<int:pk>/", views.detail, name="detail"),
    path("payments/<int:pk>/cancel/", views.cancel, name="cancel"),
    path("payments/<int:pk>/proof/", views.proof, name="proof"),
]

# Outside the language prefix: gateways call a fixed address.
webhook_urlpatterns = [
    path("payments/webhooks/<slug:gateway_id>/", views.webhook, name="payments_webhook"),
]
