from datetime import timedelta

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from articles.feeds import add_feed


class Command(BaseCommand):
    help = "Add an RSS or Atom feed; it is polled at the next dispatch (within a minute)."

    def add_arguments(self, parser):
        parser.add_argument("url")
        parser.add_argument("--title", default="", help="name to show (default: the feed's own)")
        parser.add_argument(
            "--interval", type=int, metavar="MINUTES", help="minutes between polls (default 30)"
        )

    def handle(self, *args, url, title, interval, **options):
        if interval is not None and interval < 1:
            raise CommandError("--interval must be at least 1 minute")
        try:
            feed, created = add_feed(
                url,
                title=title,
                poll_interval=timedelta(minutes=interval) if interval else None,
            )
        except ValidationError as exc:
            raise CommandError("; ".join(exc.messages)) from None
        if created:
            self.stdout.write(self.style.SUCCESS(f"Added feed {feed.pk}: {feed.url}"))
        else:
            self.stdout.write(f"Feed {feed.pk} is already here: {feed.url}")
