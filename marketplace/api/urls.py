from django.urls import path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from marketplace.api import conversations, earnings, projects, reviews, views

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
    path("projects/", projects.ProjectList.as_view(), name="project_list"),
    path("projects/<int:pk>/", projects.ProjectDetail.as_view(), name="project_detail"),
    path(
        "projects/<int:pk>/proposals/",
        projects.ProjectProposals.as_view(),
        name="project_proposals",
    ),
    path(
        "projects/proposals/<int:pk>/shortlist/",
        projects.ProposalShortlist.as_view(),
        name="proposal_shortlist",
    ),
    path(
        "projects/proposals/<int:pk>/decline/",
        projects.ProposalDecline.as_view(),
        name="proposal_decline",
    ),
    path(
        "projects/proposals/<int:pk>/accept/",
        projects.ProposalAccept.as_view(),
        name="proposal_accept",
    ),
    path("me/projects/", projects.MyProjects.as_view(), name="my_projects"),
    path("me/proposals/", projects.MyProposalList.as_view(), name="my_proposals"),
    path("me/proposals/<int:pk>/", projects.MyProposalDetail.as_view(), name="my_proposal"),
    path(
        "me/proposals/<int:pk>/withdraw/",
        projects.MyProposalWithdraw.as_view(),
        name="my_proposal_withdraw",
    ),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs", SpectacularSwaggerView.as_view(url_name="api:schema"), name="docs"),
]
