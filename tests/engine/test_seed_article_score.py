"""The engine on the hand-annotated seed article, scored by the shared scorer."""

import json
import subprocess
import sys

import pytest

from bench.eval_data import eval_dir
from claims.extraction import extract_many
from claims.extraction.serialize import to_dict

ATTRIBUTION_F1_MIN = 90.0
# issue 12: the seed keeps every speaker right
SPEAKER_RESOLUTION_MIN = 100.0


def _score(gold, out):
    proc = subprocess.run(
        [sys.executable, str(eval_dir() / "score_attributions.py"), str(gold), str(out), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(proc.stdout)


def test_seed_articles_score_above_the_attribution_and_speaker_bars(tmp_path):
    seed = eval_dir() / "seed"
    if not (seed.is_dir() and (eval_dir() / "score_attributions.py").is_file()):
        pytest.skip(f"evaluation data not found at {eval_dir()} (set CLAIMTRACK_EVAL_DIR)")
    paths = sorted(seed.glob("*.txt"))
    texts = []
    for p in paths:
        with open(p, encoding="utf-8", newline="") as fh:
            texts.append(fh.read())
    out = tmp_path / "seed.jsonl"
    boiler_hits = 0
    with open(out, "w", encoding="utf-8") as fh:
        for path, text, atts in zip(paths, texts, extract_many(texts), strict=True):
            tail = text.find("You may also like")
            if tail >= 0:
                boiler_hits += sum(1 for a in atts if a.content[0][0] >= tail)
            record = {"id": path.stem, "quotes": [to_dict(a, text) for a in atts]}
            fh.write(json.dumps(record) + "\n")
    result = _score(seed, out)
    assert boiler_hits == 0
    assert result["attribution"]["f1"] >= ATTRIBUTION_F1_MIN, result
    assert result["speaker_resolution"] >= SPEAKER_RESOLUTION_MIN, result
