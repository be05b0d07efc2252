from django.core.management.base import BaseCommand

from articles.models import Feed
from articles.opml import export_opml


class Command(BaseCommand):
    help = "Write every feed as OPML, to a file or to standard output."

    def add_arguments(self, parser):
        parser.add_argument("--output", "-o", help="file to write (default: standard output)")

    def handle(self, *args, output, **options):
        data = export_opml(Feed.objects.order_by("title", "url"))
        if output:
            with open(output, "wb") as handle:
                handle.write(data)
            self.stderr.write(f"Wrote {Feed.objects.count()} feed(s) to {output}")
        else:
            self.stdout.write(data.decode("utf-8"), ending="")
