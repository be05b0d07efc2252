from django.core.management.base import BaseCommand

from articles.models import Article
from articles.processing import ready_for_extraction
from claims.extraction import EXTRACTOR_VERSION
from claims.store import extract_now
from claims.tasks import extract_article


class Command(BaseCommand):
    help = (
        "Extract claims again: by default from every article a different extractor version "
        "wrote (after an upgrade); with --all from every article; or from the ids given. Claims "
        "found again keep their ids; flagged claims no longer found are kept, marked stale."
    )

    def add_arguments(self, parser):
        parser.add_argument("ids", nargs="*", type=int, metavar="ARTICLE_ID")
        parser.add_argument("--all", action="store_true", help="every extracted article")
        parser.add_argument("--sync", action="store_true", help="run here, without a worker")

    def handle(self, *args, ids, all, sync, **options):  # noqa: A002 - the option's name
        articles = Article.objects.filter(status=Article.Status.DONE, duplicate_of=None)
        if ids:
            articles = Article.objects.filter(pk__in=ids)
        elif not all:
            articles = articles.exclude(extractor_version=EXTRACTOR_VERSION)
        count = 0
        for article in articles.order_by("pk").iterator():
            if not ready_for_extraction(article):
                continue
            if sync:
                extract_now(article.pk, reextract=True)
            else:
                extract_article.delay(article.pk, reextract=True)
            count += 1
        verb = "Re-extracted" if sync else "Queued re-extraction of"
        self.stdout.write(f"{verb} {count} article(s) (extractor {EXTRACTOR_VERSION}).")
