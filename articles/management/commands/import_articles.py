from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles.ingest import IMPORT_SUFFIXES, import_file
from articles.processing import process_article_now


class Command(BaseCommand):
    help = (
        "Import articles from .txt, .html and .jsonl files (or folders of them) and queue "
        "their extraction; with --sync, extract here without a worker. A .jsonl line is an "
        'object with "text" (or "html") and optional "title", "outlet", "byline", '
        '"published", "url".'
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument("--sync", action="store_true", help="extract here, without a worker")

    def handle(self, *args, paths, sync, **options):
        files = []
        for raw in paths:
            path = Path(raw)
            if path.is_dir():
                files.extend(
                    sorted(p for p in path.rglob("*") if p.suffix.lower() in IMPORT_SUFFIXES)
                )
            else:
                files.append(path)
        created = existing = 0
        errors = []
        for path in files:
            report = import_file(path, queue=not sync)
            for message in report.errors:
                errors.append(message)
                self.stderr.write(message)
            for result in report.results:
                article = result.article
                if not result.created:
                    existing += 1
                    self.stdout.write(f"{path}: already here as article {article.pk}")
                    continue
                created += 1
                if sync:
                    process_article_now(article)
                    article.refresh_from_db()
                self.stdout.write(
                    f"{path}: article {article.pk} ({article.get_status_display().lower()})"
                )
        self.stdout.write(f"{created} imported, {existing} already here, {len(errors)} failed.")
        if errors:
            raise CommandError(f"{len(errors)} file(s) or line(s) could not be imported.")
