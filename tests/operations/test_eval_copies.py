"""PolNeAR's articles are for evaluation only: no line of the project repeats one."""

import pytest

from bench.eval_copies import copies
from bench.eval_data import eval_dir


def test_no_line_of_tests_code_or_readme_repeats_an_evaluation_text():
    root = eval_dir()
    if not any(root.glob("polnear-*/*.txt")):
        pytest.skip(f"evaluation data not found at {root} (set CLAIMTRACK_EVAL_DIR)")
    found = copies(root)
    listed = "\n".join(f"{f}:{n}: {line.strip()[:80]} <- {a}" for (f, n, line), a in found.items())
    assert not found, f"lines sharing seven words with an evaluation text:\n{listed}"


def test_a_sentence_of_the_project_in_an_evaluation_text_is_found(tmp_path):
    # an "article" that repeats a sentence of this very file: the check must name the line
    (tmp_path / "polnear-fake").mkdir()
    article = "Intro. No line of tests, code or readme may repeat seven words of an article. End."
    (tmp_path / "polnear-fake" / "a.txt").write_text(article, encoding="utf-8")
    found = copies(tmp_path)
    assert [a for (f, _, _), a in found.items() if f.endswith("test_eval_copies.py")] == ["a.txt"]
