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
        admin = User.objects.filter(is_superuser=True).order_by("id").first()
        if admin is not None:
            self.stdout.write(f"Admin account: '{admin.username}' (exists already). New password:")
            self.stdout.write(
                "  .venv/bin/python -m claimtrack.launch exec .venv/bin/python manage.py "
                f"changepassword {admin.username}"
            )
        else:
            password = os.environ.get("CLAIMTRACK_ADMIN_PASSWORD") or secrets.token_urlsafe(12)
            admin = User.objects.create_superuser("admin", password=password)
            admin.groups.add(Group.objects.get(name="Admin"))
            if os.environ.get("CLAIMTRACK_ADMIN_PASSWORD"):
                self.stdout.write("Admin account: 'admin', password CLAIMTRACK_ADMIN_PASSWORD.")
            else:
                self.stdout.write(
                    f"Admin account: 'admin', password {password} (shown only this once)."
                )
