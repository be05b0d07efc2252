"""Run the attribution engine over .txt files; no database is touched.

    python manage.py extract_quotes PATH [PATH ...] [--format jsonl|text]

Each PATH is a .txt file or a folder whose .txt files are read (sorted). JSON Lines output is
what ../shared/eval/score_attributions.py reads: {"id": STEM, "quotes": [...]}.
"""

from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from claims.extraction import EXTRACTOR_VERSION, extract_many
from claims.extraction.serialize import to_dict, to_text


class Command(BaseCommand):
    help = "Extract attributed quotes and claims from .txt files (no database needed)."
    requires_system_checks: list = []
    requires_migrations_checks = False

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help=".txt files or folders of .txt files")
        parser.add_argument("--format", choices=("jsonl", "text"), default="jsonl")
        parser.add_argument("--batch-size", type=int, default=32)

    def handle(self, *args, **options):
        files = _collect(options["paths"])
        if not files:
            raise CommandError("no .txt files found")
        texts = (_read(p) for p in files)
        results = extract_many(texts, batch_size=options["batch_size"])
        for path, attributions in zip(files, results, strict=True):
            text = _read(path)
            if options["format"] == "jsonl":
                record = {
                    "id": path.stem,
                    "extractor_version": EXTRACTOR_VERSION,
                    "quotes": [to_dict(a, text) for a in attributions],
                }
                self.stdout.write(json.dumps(record, ensure_ascii=False))
            else:
                self.stdout.write(f"== {path.stem} ({len(attributions)} attributions)")
                for a in attributions:
                    self.stdout.write(to_text(a, text))
                self.stdout.write("")


def _read(path: Path) -> str:
    # newline="" keeps "\r\n" as two characters, as the scorer counts offsets
    with open(path, encoding="utf-8", newline="") as fh:
        return fh.read()


def _collect(paths: list[str]) -> list[Path]:
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            out.extend(sorted(x for x in p.glob("*.txt") if x.is_file()))
        elif p.is_file():
            out.append(p)
        else:
            raise CommandError(f"no such file or folder: {raw}")
    return out
