from django.contrib import admin
from django.urls import include, path
from django.views.generic import RedirectView

from claimtrack.health import healthz

admin.site.site_header = "ClaimTrack administration"
admin.site.site_title = "ClaimTrack administration"
admin.site.index_title = "Feeds, articles, speakers and users"

urlpatterns = [
    path("", RedirectView.as_view(pattern_name="claims:list"), name="home"),
    path("healthz", healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("accounts/", include("django.contrib.auth.urls")),
    path("articles/", include("articles.urls")),
    path("", include("claims.urls")),
]
