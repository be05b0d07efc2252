from django.apps import AppConfig


class ClaimsConfig(AppConfig):
    name = "claims"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # articles hands articles ready for extraction over through this (see articles.pipeline).
        from django.db.models.signals import post_delete, post_save

        from articles.models import Feed, Outlet
        from articles.pipeline import Extractor, register_extractor
        from claims.forms import forget_filter_choices
        from claims.store import extract_now
        from claims.tasks import extract_article

        register_extractor(Extractor(queue=extract_article.delay, extract_now=extract_now))
        for model in (Feed, Outlet):
            post_save.connect(forget_filter_choices, sender=model, dispatch_uid=f"filters-{model}")
            post_delete.connect(
                forget_filter_choices, sender=model, dispatch_uid=f"filters-{model}-gone"
            )
