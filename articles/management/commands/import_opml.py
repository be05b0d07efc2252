from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from articles.opml import import_opml


class Command(BaseCommand):
    help = "Add the feeds listed in an OPML file (feeds already here are left as they are)."

    def add_arguments(self, parser):
        parser.add_argument("path")

    def handle(self, *args, path, **options):
        try:
            report = import_opml(Path(path).read_bytes())
        except (ValidationError, OSError) as exc:
            message = "; ".join(exc.messages) if isinstance(exc, ValidationError) else str(exc)
            raise CommandError(message) from None
        for url, reason in report.rejected:
            self.stderr.write(f"Skipped {url}: {reason}")
        self.stdout.write(
            f"{len(report.added)} feed(s) added, {len(report.existing)} already here, "
            f"{len(report.rejected)} skipped."
        )
