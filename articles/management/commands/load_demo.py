"""On an empty database: the demo article, queued for extraction, and an admin account."""

import os
import secrets
from datetime import UTC, datetime
from pathlib import Path

from django.contrib.auth.models import Group, User
from django.core.management.base import BaseCommand

from articles.ingest import create_text_article
from articles.models import Article

DEMO_ARTICLE = Path(__file__).resolve().parents[2] / "demo" / "trump-putin-call.txt"


class Command(BaseCommand):
    help = (
        "Load the demo article and queue its extraction when there are no articles yet, and "
        "create the 'admin' account when there is no superuser (password from "
        "CLAIMTRACK_ADMIN_PASSWORD, else random and printed once)."
    )

    def handle(self, *args, **options):
        if not Article.objects.exists():
            result = create_text_article(
                DEMO_ARTICLE.read_text(encoding="utf-8"),
                origin=Article.Origin.IMPORT,
                title="Trump and Putin talk for two hours with no sign of a breakthrough",
                outlet="ClaimTrack demo",
                published=datetime(2025, 5, 19, 18, 0, tzinfo=UTC),
            )
            self.stdout.write(f"Demo article loaded as article {result.article.pk}, queued.")
        if not User.objects.filter(is_superuser=True).exists():
            password = os.environ.get("CLAIMTRACK_ADMIN_PASSWORD") or secrets.token_urlsafe(12)
            admin = User.objects.create_superuser("admin", password=password)
            admin.groups.add(Group.objects.get(name="Admin"))
            if os.environ.get("CLAIMTRACK_ADMIN_PASSWORD"):
                self.stdout.write("Created user 'admin' with CLAIMTRACK_ADMIN_PASSWORD.")
            else:
                self.stdout.write(
                    self.style.WARNING(
                        f"Created user 'admin' with password {password} — shown only this once."
                    )
                )
