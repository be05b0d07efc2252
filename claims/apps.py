from django.apps import AppConfig


class ClaimsConfig(AppConfig):
    name = "claims"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # articles hands articles ready for extraction over through this (see articles.pipeline).
        from articles.pipeline import Extractor, register_extractor
        from claims.store import extract_now
        from claims.tasks import extract_article

        register_extractor(Extractor(queue=extract_article.delay, extract_now=extract_now))
