from django.urls import path

from marketplace.projects.views import browse, buyer, files, proposals

app_name = "projects"

urlpatterns = [
    path("projects/", browse.project_list, name="list"),
    path("projects/new/", buyer.project_create, name="create"),
    path("projects/mine/", buyer.my_projects, name="mine"),
    path("projects/proposals/", proposals.my_proposals, name="my_proposals"),
    path("projects/<int:pk>/edit/", buyer.project_edit, name="edit"),
    path("projects/<int:pk>/close/", buyer.project_close, name="close"),
    path("projects/<int:pk>/propose/", proposals.proposal_create, name="propose"),
    path("projects/proposals/<int:pk>/", proposals.proposal_detail, name="proposal"),
    path("projects/proposals/<int:pk>/edit/", proposals.proposal_edit, name="proposal_edit"),
    path(
        "projects/proposals/<int:pk>/withdraw/",
        proposals.proposal_withdraw,
        name="proposal_withdraw",
    ),
    path("projects/proposals/<int:pk>/shortlist/", buyer.proposal_shortlist, name="shortlist"),
    path("projects/proposals/<int:pk>/decline/", buyer.proposal_decline, name="decline"),
    path("projects/proposals/<int:pk>/accept/", buyer.proposal_accept, name="accept"),
    path("projects/files/<int:pk>/", files.project_file, name="project_file"),
    path("projects/proposal-files/<int:pk>/", files.proposal_file, name="proposal_file"),
    path("projects/<int:pk>/<str:slug>/", browse.project_detail, name="detail"),
]
