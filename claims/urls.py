from django.urls import path

from claims import exports, views
from claims.feeds import SpeakerClaimsFeed
from claimtrack.permissions import feed_access

app_name = "claims"

urlpatterns = [
    path("claims/", views.claim_list, name="list"),
    path("claims/export.csv", exports.export_csv, name="export_csv"),
    path("claims/export.json", exports.export_json, name="export_json"),
    path("claims/<int:pk>/", views.claim_detail, name="detail"),
    path("claims/<int:pk>/flag/", views.flag_claim, name="flag"),
    path("claims/<int:pk>/speaker/", views.correct_claim_speaker, name="correct_speaker"),
    path("claims/<int:pk>/quote/split/", views.split_quote, name="split_quote"),
    path("claims/<int:pk>/quote/join/", views.join_quote, name="join_quote"),
    path("spreading/", views.spreading, name="spreading"),
    path("speakers/", views.speaker_list, name="speakers"),
    path("speakers/suggest.json", views.speaker_suggestions, name="speaker_suggestions"),
    path("speakers/<slug:slug>/", views.speaker_detail, name="speaker"),
    path("speakers/<slug:slug>/feed/", feed_access(SpeakerClaimsFeed()), name="speaker_feed"),
    path("contradictions/", views.contradiction_list, name="contradictions"),
    path("contradictions/<int:pk>/", views.contradiction_detail, name="contradiction"),
    path(
        "contradictions/<int:pk>/resolve/",
        views.resolve_contradiction,
        name="resolve",
    ),
]
