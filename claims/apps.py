from django.apps import AppConfig


class ClaimsConfig(AppConfig):
    name = "claims"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # articles hands articles ready for extraction over through this (see articles.pipeline).
        from django.db.models.signals import post_delete, post_save, pre_delete

        from articles.models import Article, Feed, Outlet
        from articles.pipeline import Extractor, register_extractor
        from claims import spread
        from claims.forms import forget_filter_choices
        from claims.store import extract_now
        from claims.tasks import extract_article

        register_extractor(Extractor(queue=extract_article.delay, extract_now=extract_now))
        for model in (Feed, Outlet):
            post_save.connect(forget_filter_choices, sender=model, dispatch_uid=f"filters-{model}")
            post_delete.connect(
                forget_filter_choices, sender=model, dispatch_uid=f"filters-{model}-gone"
            )
        # An article deleted (in the admin or the shell) takes its claims out of their
        # quote groups: the groups are counted again.
        pre_delete.connect(spread.article_leaving, sender=Article, dispatch_uid="quotes-leaving")
        post_delete.connect(spread.article_gone, sender=Article, dispatch_uid="quotes-gone")
