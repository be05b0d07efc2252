"""Scaling: the rules stay near-linear in the number of quotations and text length."""

import time

from claims.extraction import attributions_from_doc, load_nlp

NAMES = ("Anna Berg", "Tom Hale", "Rita Moss", "Omar Diaz")


def _quote_paragraphs(n: int) -> str:
    return "\n\n".join(f'"We will fix road {i} soon," {NAMES[i % 4]} said.' for i in range(n))


def test_five_thousand_quotations_are_all_attributed_in_seconds():
    text = _quote_paragraphs(5000)
    doc = load_nlp()(text)  # the parse is spaCy's time, not the rules'
    t0 = time.perf_counter()
    atts = attributions_from_doc(doc)
    elapsed = time.perf_counter() - t0
    assert len(atts) == 5000
    assert all(a.kind == "direct" and a.source_text(text) in NAMES for a in atts)
    assert elapsed < 20, f"rules took {elapsed:.1f} s for 5,000 quotations"
