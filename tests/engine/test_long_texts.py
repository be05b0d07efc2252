"""Scaling: the rules stay near-linear in the number of quotations and text length."""

import time

from claims.extraction import attributions_from_doc, extract

NAMES = ("Anna Berg", "Tom Hale", "Rita Moss", "Omar Diaz")


def _quote_paragraphs(n: int) -> str:
    return "\n\n".join(f'"We will fix road {i} soon," {NAMES[i % 4]} said.' for i in range(n))


def test_five_thousand_quotations_are_all_attributed_in_seconds(nlp):
    text = _quote_paragraphs(5000)
    doc = nlp(text)  # the parse is spaCy's time, not the rules'
    t0 = time.perf_counter()
    atts = attributions_from_doc(doc)
    elapsed = time.perf_counter() - t0
    assert len(atts) == 5000
    assert all(a.kind == "direct" and a.source_text(text) in NAMES for a in atts)
    assert elapsed < 20, f"rules took {elapsed:.1f} s for 5,000 quotations"


def _long_article() -> str:
    paras = []
    for i in range(120):
        name = NAMES[i % 4]
        paras.append(
            f"{name}, who chairs committee number {i}, told reporters on Tuesday that the "
            f"council would review the plan for district {i} before the end of the year. "
            "The review has been delayed twice since the spring because of staff shortages."
        )
        paras.append(f'"We owe the residents of district {i} a clear answer," she added.')
        paras.append(f'"The money for district {i} is already set aside."')
    return "\n\n".join(paras)


def test_long_article_parsed_in_chunks_gives_the_same_attributions_as_one_parse(monkeypatch):
    from claims.extraction import engine

    text = _long_article()
    assert len(text) > 3 * engine.CHUNK_CHARS
    chunked = extract(text)
    assert len(engine.chunk_bounds(engine.parse_text(text))) > 3
    monkeypatch.setattr(engine, "CHUNK_CHARS", 10 * len(text))
    monkeypatch.setattr(engine, "BATCH_CHARS", 10 * len(text))
    assert len(engine.chunk_bounds(engine.parse_text(text))) == 1
    whole = extract(text)
    assert [_key(a, text) for a in chunked] == [_key(a, text) for a in whole]
    # every quotation is found, the unattributed paragraph with the speaker before it
    found = " ".join(a.content_text(text) for a in chunked if a.kind == "direct")
    for i in range(120):
        assert f"residents of district {i} a clear" in found
        assert f"money for district {i} is" in found


def _key(a, text):
    return (a.content, a.kind, a.cue, a.source, a.speaker.name if a.speaker else None)


def test_chunk_bounds_cover_the_text_and_end_at_paragraphs():
    from claims.extraction.engine import chunk_bounds

    text = _long_article()
    bounds = chunk_bounds(text, 5000)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:], strict=False))
    assert all(text[e - 1] == "\n" for _, e in bounds[:-1])


def test_runs_of_quotation_marks_are_skipped_quickly_and_a_quote_among_them_is_found():
    junk = '"' * 10000
    t0 = time.perf_counter()
    assert extract(junk) == []
    assert extract("“”" * 5000) == []
    assert time.perf_counter() - t0 < 10
    text = "=" * 300 + "\n" + '"We will appeal," the club said.\n' + "'\"" * 200
    [a] = extract(text)
    assert a.content_text(text) == '"We will appeal,"'
    assert a.source_text(text) == "the club"
