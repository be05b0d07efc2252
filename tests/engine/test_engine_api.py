"""The public API of claims.extraction."""

import importlib
import sys

from claims import extraction
from claims.extraction import EXTRACTOR_VERSION, extract, extract_many, load_nlp
from tests.engine.helpers import find, run


def test_extract_many_keeps_order_and_matches_extract():
    texts = [
        "The chef said the kitchen would reopen.",
        "Nothing was said here at all",
        "“We won,” the captain said.",
    ]
    batched = list(extract_many(texts, batch_size=2))
    assert len(batched) == 3
    assert batched == [extract(t) for t in texts]
    assert batched[1] == []


def test_model_is_loaded_once_and_cached():
    assert load_nlp() is load_nlp()


def test_extractor_has_a_version_and_imports_no_django():
    assert isinstance(EXTRACTOR_VERSION, str) and EXTRACTOR_VERSION
    for name in list(sys.modules):
        if name.startswith("claims.extraction"):
            module = sys.modules[name]
            source = getattr(module, "__file__", "") or ""
            if source.endswith(".py"):
                with open(source, encoding="utf-8") as fh:
                    body = fh.read()
                    assert "import django" not in body and "from django" not in body, source
    importlib.reload(extraction)


def test_offsets_point_into_the_text_with_crlf_and_non_ascii_names():
    text = "Intro line.\r\n\r\nJosé Álvarez said “the port is open” to ships."
    [a] = extract(text)
    assert "the port is open" in a.content_text(text)
    assert a.source_text(text) == "José Álvarez"


def test_half_of_a_utf16_pair_in_the_text_does_not_stop_extraction():
    # a JSON "\udca0" escape leaves a lone surrogate in a Python string
    text = 'The ferry runs in May \udca0 and June. "We are ready," the harbour master said.'
    a = find(run(text), text, "We are ready")
    assert a.source_text(text) == "the harbour master"
