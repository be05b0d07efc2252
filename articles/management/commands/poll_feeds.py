from django.core.management.base import BaseCommand

from articles import feeds
from articles.models import Article, Feed
from articles.processing import process_article_now
from articles.tasks import poll_feed


class Command(BaseCommand):
    help = (
        "Poll the feeds that are due (with --all: every active feed). Polls are queued for the "
        "workers, or with --sync run here, fetching and extracting new articles without a worker."
    )

    def add_arguments(self, parser):
        parser.add_argument("--all", action="store_true", help="every active feed, due or not")
        parser.add_argument("--sync", action="store_true", help="run here, without a worker")

    def handle(self, *args, all, sync, **options):  # noqa: A002 - the option's name
        feed_ids = feeds.claim_due_feeds(limit=None, due_only=not all)
        if not sync:
            for feed_id in feed_ids:
                poll_feed.delay(feed_id)
            self.stdout.write(f"Queued {len(feed_ids)} feed poll(s).")
            return
        for feed in Feed.objects.filter(id__in=feed_ids):
            result = feeds.poll_feed(feed)
            status = result.status or "no response"
            line = f"{feed}: {status}, {len(result.new_article_ids)} new"
            if result.error:
                line += f" ({result.error})"
            self.stdout.write(line)
            for article in Article.objects.filter(id__in=result.new_article_ids):
                found = process_article_now(article)
                article.refresh_from_db()
                self.stdout.write(
                    f"  {article}: {article.get_status_display()}{', ' + found if found else ''}"
                    f"{' - ' + article.error if article.error else ''}"
                )
