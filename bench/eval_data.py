"""Where the evaluation data is: the benchmarks read its texts at run time."""

import os
from pathlib import Path

from claimtrack.launch import BASE_DIR


def eval_dir() -> Path:
    """CLAIMTRACK_EVAL_DIR when set, else ../shared/eval next to the checkout."""
    configured = os.environ.get("CLAIMTRACK_EVAL_DIR")
    return Path(configured) if configured else BASE_DIR.parent / "shared" / "eval"
