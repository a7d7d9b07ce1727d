from django.urls import path

from marketplace.messaging import views

app_name = "messaging"

urlpatterns = [
    path("messages/", views.inbox, name="inbox"),
    path("messages/<int:pk>/", views.thread, name="thread"),
    path("messages/<int:pk>/poll/", views.poll, name="poll"),
    path("messages/<int:pk>/block/", views.block, name="block"),
    path("messages/<int:pk>/unblock/", views.unblock, name="unblock"),
    path("messages/new/<str:username>/", views.start, name="start"),
    path("messages/report/<int:pk>/", views.report, name="report"),
    path("messages/attachments/<int:pk>/", views.attachment, name="attachment"),
]
