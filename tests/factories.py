"""Builders for test data: each test makes what it needs, with sensible defaults."""

import itertools
from datetime import UTC, datetime, timedelta
from pathlib import Path

from django.contrib.auth.models import Group, User
from django.utils.text import slugify

from articles.models import Article
from claims.models import Claim, ContradictionFlag, Speaker, SpeakerAlias

_counter = itertools.count(1)

DEFAULT_PASSWORD = "correct horse battery staple"

# The demo article `make run` loads: a real news story with a dozen quotes.
DEMO_TEXT = (
    Path(__file__).resolve().parent.parent / "articles" / "demo" / "trump-putin-call.txt"
).read_text()


def make_user(role="Journalist", username=None, password=DEFAULT_PASSWORD, **fields):
    """A user in one of the groups Journalist, Editor or Admin (Admin also gets is_staff)."""
    username = username or f"{role.lower()}{next(_counter)}"
    user = User.objects.create_user(username=username, password=password, **fields)
    if role:
        user.groups.add(Group.objects.get(name=role))
    if role == "Admin":
        user.is_staff = True
        user.save(update_fields=["is_staff"])
    return user


def make_article(text="", **fields):
    n = next(_counter)
    defaults = {
        "title": f"Article {n}",
        "url": f"https://news.example.org/story-{n}",
        "outlet": "Example News",
        "published": datetime(2025, 5, 20, 12, 0, tzinfo=UTC),
        "status": Article.Status.DONE,
        "origin": Article.Origin.URL,
        "text": text,
    }
    defaults.update(fields)
    return Article.objects.create(**defaults)


def make_queued_article(text, **fields):
    """Pasted text waiting for its extraction task."""
    return make_article(
        text, **{"status": Article.Status.QUEUED, "origin": Article.Origin.PASTE, **fields}
    )


def make_speaker(name="Vladimir Putin", kind=Speaker.Kind.PERSON, **fields):
    slug = fields.pop("slug", None) or f"{slugify(name)}-{next(_counter)}"
    return Speaker.objects.create(name=name, slug=slug, kind=kind, **fields)


def make_claim(text="We are ready to talk.", speaker=None, article=None, **fields):
    """A claim whose text sits in its article's text, so spans and highlighting are real."""
    if article is None:
        speaker_words = speaker.name if speaker else "A spokesman"
        article = make_article(text=f'"{text}" {speaker_words} said on Tuesday.')
    start = article.text.find(text)
    spans = [[start, start + len(text)]] if start >= 0 else []
    defaults = {
        "article": article,
        "speaker": speaker,
        "speaker_name": speaker.name if speaker else "",
        "speaker_text": speaker.name if speaker else "A spokesman",
        "text": text,
        "kind": Claim.Kind.DIRECT,
        "cue": "said",
        "cue_lemma": "say",
        "content_spans": spans,
        "published": article.dated,
    }
    defaults.update(fields)
    return Claim.objects.create(**defaults)


def make_flag(claim_a, claim_b, note="These cannot both be true.", flagged_by=None, **fields):
    return ContradictionFlag.objects.create(
        claim_a=claim_a, claim_b=claim_b, note=note, flagged_by=flagged_by, **fields
    )


def make_alias(speaker, alias):
    """Another way the speaker's name is written ("Zelenskyy" for Volodymyr Zelensky)."""
    return SpeakerAlias.objects.create(
        speaker=speaker, alias=alias, normalised=f"{alias.lower()} {next(_counter)}"
    )


def make_claims(
    count,
    speaker=None,
    text="Claim number {n} about the harvest.",
    start=datetime(2025, 1, 6, 9, 0, tzinfo=UTC),
    **fields,
):
    """`count` claims a day apart from `start`, each in its own article, oldest first."""
    claims = []
    for n in range(count):
        quote = text.format(n=n)
        article = make_article(
            text=f'"{quote}" the minister said.', published=start + timedelta(days=n)
        )
        claims.append(make_claim(text=quote, speaker=speaker, article=article, **fields))
    return claims
