from django.urls import path

from marketplace.accounts import views

app_name = "accounts"

urlpatterns = [
    path("accounts/profile/", views.profile_settings, name="profile_settings"),
]
