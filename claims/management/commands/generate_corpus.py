"""Build the synthetic benchmark corpus (bench/corpus.py) in the configured database."""

import time

from django.core.management.base import BaseCommand, CommandError

from bench.corpus import build_corpus
from claims.models import Claim


class Command(BaseCommand):
    help = "Generate a synthetic corpus of articles, speakers, claims and flags for benchmarks."

    def add_arguments(self, parser):
        parser.add_argument("--claims", type=int, default=1_000_000)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument(
            "--replace", action="store_true", help="delete all articles, claims and speakers first"
        )

    def handle(self, *args, claims, seed, replace, **options):
        if claims < 10:
            raise CommandError("--claims must be at least 10")
        if Claim.objects.exists() and not replace:
            raise CommandError("The database already has claims; pass --replace to start over.")
        started = time.monotonic()
        build_corpus(claims, seed=seed, replace=replace, log=self.stdout.write)
        self.stdout.write(self.style.SUCCESS(f"done in {time.monotonic() - started:.0f} s"))
