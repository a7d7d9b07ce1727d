from django.urls import path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from marketplace.api import conversations, views

app_name = "api"

urlpatterns = [
    path("services/", views.ServiceList.as_view(), name="service_list"),
    path("services/<int:pk>/", views.ServiceDetail.as_view(), name="service_detail"),
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
