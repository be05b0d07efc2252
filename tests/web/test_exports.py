"""The claim list as CSV and JSON (with the page's filters), and speakers' Atom feeds."""

import base64
import csv
import io
import json
from datetime import UTC, datetime
from xml.etree import ElementTree

import pytest
from django.urls import reverse

from tests.factories import (
    DEFAULT_PASSWORD,
    make_article,
    make_claim,
    make_claims,
    make_speaker,
    make_user,
)

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def body(response):
    return b"".join(response.streaming_content).decode()


def test_csv_export_has_the_filtered_claims_newest_first(journalist_client):
    putin = make_speaker("Vladimir Putin")
    old, new = make_claims(2, speaker=putin, text='Putin says "{n}", with a comma.')
    make_claims(1, speaker=make_speaker("Someone Else"))
    response = journalist_client.get(reverse("claims:export_csv"), {"speaker": putin.slug})
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="claims-')
    rows = list(csv.DictReader(io.StringIO(body(response))))
    assert [row["text"] for row in rows] == [new.text, old.text]
    assert rows[0]["speaker"] == "Vladimir Putin"
    assert rows[0]["claim_url"] == f"http://testserver{new.get_absolute_url()}"
    assert rows[0]["original_url"] == new.article.url
    assert rows[0]["published"] == new.published.isoformat()


def test_csv_cells_never_become_spreadsheet_formulas(journalist_client):
    claim = make_claim(text='=HYPERLINK("http://evil.example","click")', speaker_text="@someone")
    rows = list(
        csv.DictReader(io.StringIO(body(journalist_client.get(reverse("claims:export_csv")))))
    )
    assert rows[0]["text"] == "'" + claim.text
    assert rows[0]["speaker_as_written"] == "'@someone"
    # JSON is data, not a sheet: it keeps the text exactly.
    data = json.loads(body(journalist_client.get(reverse("claims:export_json"))))
    assert data[0]["text"] == claim.text


def test_json_export_follows_the_search(journalist_client):
    make_claim(text="Nothing to see here.")
    match = make_claim(text="The ceasefire holds.", speaker=make_speaker("Olga Petrova"))
    response = journalist_client.get(reverse("claims:export_json"), {"q": "ceasefire"})
    records = json.loads(body(response))
    assert [r["text"] for r in records] == ["The ceasefire holds."]
    assert records[0]["speaker_url"] == f"http://testserver{match.speaker.get_absolute_url()}"
    assert records[0]["kind"] == "direct"


def test_empty_exports_are_valid(journalist_client):
    assert json.loads(body(journalist_client.get(reverse("claims:export_json")))) == []
    lines = body(journalist_client.get(reverse("claims:export_csv"))).splitlines()
    assert lines[0].startswith("id,claim_url,text,")
    assert len(lines) == 1


def test_feed_readers_log_in_with_basic_credentials(client):
    speaker = make_speaker("Vladimir Putin")
    make_claims(1, speaker=speaker)
    url = reverse("claims:speaker_feed", args=[speaker.slug])
    user = make_user("Journalist", username="reader")
    assert client.get(url).status_code == 401
    assert client.get(url)["WWW-Authenticate"].startswith("Basic")
    wrong = base64.b64encode(b"reader:not the password").decode()
    assert client.get(url, HTTP_AUTHORIZATION=f"Basic {wrong}").status_code == 401
    right = base64.b64encode(f"{user.username}:{DEFAULT_PASSWORD}".encode()).decode()
    response = client.get(url, HTTP_AUTHORIZATION=f"Basic {right}")
    assert response.status_code == 200
    assert "Vladimir Putin" in response.content.decode()
    # A user with no reading role gets nothing, whatever the password.
    make_user(role=None, username="nobody")
    nobody = base64.b64encode(f"nobody:{DEFAULT_PASSWORD}".encode()).decode()
    assert client.get(url, HTTP_AUTHORIZATION=f"Basic {nobody}").status_code == 401


def test_the_list_links_to_exports_with_its_filters(journalist_client):
    speaker = make_speaker("Vladimir Putin")
    make_claims(1, speaker=speaker)
    html = journalist_client.get(
        reverse("claims:list"), {"speaker": speaker.slug, "kind": "direct"}
    ).content.decode()
    assert f"/claims/export.csv?speaker={speaker.slug}&amp;kind=direct" in html


def test_speaker_atom_feed_has_their_newest_claims(journalist_client):
    putin = make_speaker("Vladimir Putin", description="President of Russia")
    article = make_article(
        text='"Peace is possible." Putin said.',
        outlet="The Daily",
        published=datetime(2025, 5, 20, 12, tzinfo=UTC),
    )
    claim = make_claim(text="Peace is possible.", speaker=putin, article=article)
    make_claims(1, speaker=make_speaker("Someone Else"))
    response = journalist_client.get(reverse("claims:speaker_feed", args=[putin.slug]))
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ElementTree.fromstring(response.content)  # noqa: S314 - our own output
    assert feed.find(f"{ATOM}title").text == "Vladimir Putin: new claims on ClaimTrack"
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 1
    entry = entries[0]
    assert entry.find(f"{ATOM}title").text == "“Peace is possible.”"
    assert entry.find(f"{ATOM}link").get("href") == f"http://testserver{claim.get_absolute_url()}"
    assert entry.find(f"{ATOM}published").text.startswith("2025-05-20T12:00:00")
    assert "The Daily" in entry.find(f"{ATOM}summary").text


def test_exports_and_feeds_run_the_same_queries_for_2_or_40_claims(
    journalist_client, django_assert_max_num_queries
):
    speaker = make_speaker()
    make_claims(2, speaker=speaker)

    def fetch_all():
        """(status codes, CSV rows, JSON records, feed entries); streamed bodies read here."""
        csv_response = journalist_client.get(reverse("claims:export_csv"))
        rows = list(csv.DictReader(io.StringIO(body(csv_response))))
        json_response = journalist_client.get(
            reverse("claims:export_json"), {"speaker": speaker.slug}
        )
        records = json.loads(body(json_response))
        feed = journalist_client.get(reverse("claims:speaker_feed", args=[speaker.slug]))
        entries = ElementTree.fromstring(feed.content).findall(f"{ATOM}entry")  # noqa: S314
        statuses = [r.status_code for r in (csv_response, json_response, feed)]
        return statuses, len(rows), len(records), len(entries)

    # Per response: session, user, permissions (4); a speaker lookup; the claims.
    with django_assert_max_num_queries(3 * (4 + 2)):
        few = fetch_all()
    assert few == ([200, 200, 200], 2, 2, 2)
    make_claims(38, speaker=speaker)
    with django_assert_max_num_queries(3 * (4 + 2)):
        many = fetch_all()
    assert many == ([200, 200, 200], 40, 40, 40)
