"""What the attribution engine returns. Plain data, no Django, no spaCy objects."""

from __future__ import annotations

from dataclasses import dataclass, field

Span = tuple[int, int]  # [start, end) character offsets into the text given to extract()

SPEAKER_KINDS = ("person", "organisation", "group", "anonymous")
ATTRIBUTION_KINDS = ("direct", "indirect", "mixed")


@dataclass(frozen=True)
class ResolvedSpeaker:
    """Who a source mention denotes, resolved inside one article."""

    name: str  # canonical form in this article: "Vladimir Putin", "a senior EU diplomat"
    kind: str  # one of SPEAKER_KINDS
    description: str = ""  # role the article gives: "Kremlin spokesman", "Russian leader"
    aliases: tuple[str, ...] = ()  # other names the article uses for them: "Putin", "Zelensky"
    # a person's gender when the article tells it ("m", "f"; "Mr. Obama"), else ""
    gender: str = ""
    # the article says in so many words that this is a body, whatever its name looks like:
    # "Grace Rising, a conservative advocacy group,"
    described_as_a_body: bool = False
    # several speakers named together ("Obama and Clinton"): each of them, in the order named
    members: tuple[ResolvedSpeaker, ...] = ()


@dataclass
class Attribution:
    content: list[Span]  # several pieces for a split quote
    kind: str  # one of ATTRIBUTION_KINDS
    cue: Span | None = None
    cue_lemma: str = ""
    source: Span | None = None  # the mention as written: "he", "the Russian leader"
    speaker: ResolvedSpeaker | None = None
    intermediary: str = ""  # "Interfax" in "as quoted by Interfax"
    intermediary_span: Span | None = None
    confidence: float = 0.5
    extras: dict = field(default_factory=dict)

    def content_text(self, text: str) -> str:
        return " … ".join(text[s:e] for s, e in self.content)

    def source_text(self, text: str) -> str:
        return text[self.source[0] : self.source[1]] if self.source else ""

    def cue_text(self, text: str) -> str:
        return text[self.cue[0] : self.cue[1]] if self.cue else ""
