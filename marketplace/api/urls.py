from django.urls import path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from marketplace.api import conversations, earnings, reviews, views

app_name = "api"

urlpatterns = [
    path("services/", views.ServiceList.as_view(), name="service_list"),
    path("services/<int:pk>/", views.ServiceDetail.as_view(), name="service_detail"),
    path("services/<int:pk>/reviews/", reviews.ServiceReviews.as_view(), name="service_reviews"),
    path("sellers/<str:username>/reviews/", reviews.SellerReviews.as_view(), name="seller_reviews"),
    path("me/balances/", earnings.Balances.as_view(), name="balances"),
    path("me/withdrawals/", earnings.WithdrawalList.as_view(), name="withdrawal_list"),
    path("me/withdrawals/<int:pk>/", earnings.WithdrawalDetail.as_view(), name="withdrawal_detail"),
    path(
        "me/withdrawals/<int:pk>/cancel/",
        earnings.WithdrawalCancel.as_view(),
        name="withdrawal_cancel",
    ),
    path("withdrawal-methods/", earnings.WithdrawalMethods.as_view(), name="withdrawal_methods"),
    path("conversations/", conversations.ConversationList.as_view(), name="conversation_list"),
    path(
        "conversations/<int:pk>/messages/",
        conversations.ConversationMessages.as_view(),
        name="conversation_messages",
    ),
    path(
        "conversations/<int:pk>/read/",
        conversations.ConversationRead.as_view(),
        name="conversation_read",
    ),
    path("attachments/<int:pk>/", conversations.AttachmentDownload.as_view(), name="attachment"),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs", SpectacularSwaggerView.as_view(url_name="api:schema"), name="docs"),
]
