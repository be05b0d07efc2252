from django.urls import path

from articles import views

app_name = "articles"

urlpatterns = [
    path("submit/", views.submit, name="submit"),
    path("<int:pk>/", views.article_detail, name="detail"),
    path("<int:pk>/status.json", views.article_status, name="status"),
]
