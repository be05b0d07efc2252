"""Turning attributions into the JSON the scorer and the pages read, and into plain text."""

from __future__ import annotations

from .types import Attribution


def to_dict(a: Attribution, text: str) -> dict:
    spk = a.speaker
    return {
        "content": [[s, e] for s, e in a.content],
        "source": [list(a.source)] if a.source else [],
        "cue": [list(a.cue)] if a.cue else [],
        "speaker": spk.name if spk else None,
        "speaker_kind": spk.kind if spk else None,
        "speaker_description": spk.description if spk else "",
        # several speakers named together: each of them
        "speaker_members": [m.name for m in spk.members] if spk else [],
        "kind": a.kind,
        "cue_lemma": a.cue_lemma,
        "intermediary": a.intermediary,
        "intermediary_span": [list(a.intermediary_span)] if a.intermediary_span else [],
        "confidence": a.confidence,
        "content_text": a.content_text(text),
        "source_text": a.source_text(text),
    }


def to_text(a: Attribution, text: str) -> str:
    spk = a.speaker
    who = spk.name if spk else "?"
    if spk and spk.kind != "person":
        who += f" ({spk.kind})"
    if spk and spk.members:
        who += ": " + "; ".join(m.name for m in spk.members)
    via = f" via {a.intermediary}" if a.intermediary else ""
    cue = a.cue_text(text) or "—"
    return (
        f'[{a.kind}] {who}{via} <{cue}> (as "{a.source_text(text)}", '
        f"confidence {a.confidence:.2f})\n    {a.content_text(text)}"
    )
