"""Evaluation text copied into the project: `make check-eval-copies`.

    python -m bench.eval_copies

PolNeAR's articles are for evaluation only (../shared/eval/README.md): tests and comments use
invented words. This lists every line of tests/, claims/, bench/ and README.md that shares a
run of seven words with a PolNeAR text, with the article it matches, and exits 1 when there
is one. The seed article, our own demo text, is not checked.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from bench.eval_data import eval_dir
from claimtrack.launch import BASE_DIR

RUN = 7  # words: long enough that stock phrases ("said in a statement on") pass
_WORD = re.compile(r"[a-z0-9']+")


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("\u2019", "'"))


def project_lines() -> dict[str, tuple[str, int, str]]:
    """Each seven-word run of the project's lines -> (file, line number, line)."""
    files = [BASE_DIR / "README.md"]
    for folder in ("tests", "claims", "bench"):
        files += sorted((BASE_DIR / folder).rglob("*.py"))
    runs = {}
    for path in files:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            ws = words(line)
            for i in range(len(ws) - RUN + 1):
                runs[" ".join(ws[i : i + RUN])] = (str(path.relative_to(BASE_DIR)), number, line)
    return runs


def copies(eval_root: Path) -> dict[tuple[str, int, str], str]:
    """Project lines sharing a run with an eval text -> the first eval file it is in."""
    runs = project_lines()
    found: dict[tuple[str, int, str], str] = {}
    for path in sorted(eval_root.glob("polnear-*/*.txt")):
        ws = words(path.read_text(encoding="utf-8"))
        for i in range(len(ws) - RUN + 1):
            where = runs.get(" ".join(ws[i : i + RUN]))
            if where is not None:
                found.setdefault(where, path.name)
    return found


def main() -> int:
    root = eval_dir()
    if not root.is_dir():
        print(f"no evaluation data at {root} (set CLAIMTRACK_EVAL_DIR)", file=sys.stderr)
        return 2
    found = copies(root)
    for (file, number, line), article in sorted(found.items()):
        print(f"{file}:{number}: {line.strip()[:100]}  <- {article}")
    print(f"{len(found)} lines share {RUN} words with an evaluation text")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
