"""Attribution quality on the annotated sets: `make eval` (see ../shared/eval/README.md).

    python -m bench.evaluate [SET ...]    # default: seed polnear-dev polnear-train

Each set's texts go through `manage.py extract_quotes` (no database or broker is touched) and
the output, kept in var/eval/SET.jsonl, is scored by the eval folder's own scorer.
"""

from __future__ import annotations

import os
import subprocess
import sys

from bench.eval_data import eval_dir
from claimtrack.launch import BASE_DIR

# polnear-dev is the check that a change generalises; polnear-train (~3 min) the set to mine.
SETS = ("seed", "polnear-dev", "polnear-train")


def main(argv: list[str]) -> int:
    root = eval_dir()
    out_dir = BASE_DIR / "var" / "eval"
    out_dir.mkdir(parents=True, exist_ok=True)
    # extract_quotes reads no database or broker; the settings still want the variables set.
    env = {
        "SECRET_KEY": "offline",
        "DATABASE_URL": "postgresql://localhost/unused",
        "REDIS_URL": "redis://localhost/0",
        **os.environ,
    }
    for name in argv or SETS:
        print(f"== {name}", flush=True)
        output = out_dir / f"{name}.jsonl"
        with output.open("w", encoding="utf-8") as out:
            extract = [sys.executable, "manage.py", "extract_quotes", str(root / name)]
            subprocess.run(extract, stdout=out, cwd=BASE_DIR, env=env, check=True)
        score = [sys.executable, str(root / "score_attributions.py"), str(root / name), str(output)]
        subprocess.run(score, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
