"""The management commands: add_feed, poll_feeds, import_articles, import_opml, export_opml."""

import json
import unicodedata
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from articles import fetch
from articles.models import Article, Feed
from claims.extraction import EXTRACTOR_VERSION

pytestmark = pytest.mark.django_db

RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Local Wire</title>
<link>https://wire.example.org/</link>
<item><title>Talks</title><link>{page}</link><guid>urn:1</guid>
<description>Moscow ready.</description></item></channel></rss>"""

PAGE = """<html><head><title>Talks</title></head><body><article>
<p>“We are ready to talk at any time,” Russian Foreign Minister Sergei Lavrov said on Monday,
adding that a delegation could travel to Istanbul within days.</p></article></body></html>"""

OPML = b"""<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>Newsroom</title></head><body>
<outline text="World"><outline type="rss" text="Wire" title="Wire World"
  xmlUrl="https://wire.example.org/world.rss" htmlUrl="https://wire.example.org/"/></outline>
<outline type="rss" text="Atom Daily" xmlUrl="https://atom.example.org/feed"/>
<outline type="rss" text="Bad" xmlUrl="file:///etc/passwd"/>
</body></opml>"""


def run(*args):
    out, err = StringIO(), StringIO()
    call_command(*args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_add_feed_adds_a_feed_once_with_its_interval_and_title(local_http):
    url = local_http.add("/rss", RSS)
    out, _ = run("add_feed", url, "--interval", "15", "--title", "Wire")
    feed = Feed.objects.get()
    assert f"Added feed {feed.pk}" in out
    assert feed.title == "Wire"
    assert feed.poll_interval.total_seconds() == 900
    out, _ = run("add_feed", url)
    assert "already here" in out
    assert Feed.objects.count() == 1


def test_add_feed_refuses_a_private_address(settings):
    settings.ALLOW_PRIVATE_FETCH = False
    for address in ("http://10.0.0.8/rss", "http://169.254.169.254/latest/", "http://[::1]/"):
        with pytest.raises(CommandError, match="Refused to fetch from .*private, loopback"):
            run("add_feed", address)
    with pytest.raises(CommandError, match="Only http"):
        run("add_feed", "ftp://example.org/rss")
    assert Feed.objects.count() == 0


def test_poll_feeds_sync_runs_the_whole_way_without_a_worker(local_http, broker_queue):
    page = local_http.add("/talks", PAGE)
    feed = Feed.objects.create(url=local_http.add("/rss", RSS.format(page=page)))
    out, _ = run("poll_feeds", "--sync")
    assert "Local Wire: 200, 1 new" in out
    article = Article.objects.get()
    assert article.feed == feed
    assert article.status == Article.Status.DONE
    assert article.claims.filter(speaker__name="Sergei Lavrov").exists()
    assert f"Done, {article.claims.count()} claim(s)" in out
    assert broker_queue.tasks() == []
    # Not due any more: a plain run polls nothing; --all polls it again (a 200 with no news).
    assert "0 new" not in run("poll_feeds", "--sync")[0]
    assert "Local Wire: 200, 0 new" in run("poll_feeds", "--sync", "--all")[0]


TWO_ITEM_RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Local Wire</title>
<item><title>Far away</title><link>{ipv6_page}</link><guid>urn:ipv6</guid>
<description>Kyiv waits.</description></item>
<item><title>Talks</title><link>{page}</link><guid>urn:1</guid>
<description>Moscow ready.</description></item></channel></rss>"""


@pytest.mark.parametrize(
    "ipv6_page", ["http://[2001:db8::beef]/article", "http://[2001:db8:4860::8888]/article"]
)
def test_an_entry_linking_to_an_ipv6_address_is_refused_and_the_poll_goes_on(
    local_http, broker_queue, monkeypatch, settings, ipv6_page
):
    # The IPv6 literal has no port: http.client once read its last group as one. The policy
    # is narrowed to refuse only the documentation range, standing in for any refused host.
    settings.ALLOW_PRIVATE_FETCH = False
    monkeypatch.setattr(fetch, "is_forbidden_address", lambda address: address.startswith("2001"))
    page = local_http.add("/talks", PAGE)
    Feed.objects.create(
        url=local_http.add("/rss", TWO_ITEM_RSS.format(ipv6_page=ipv6_page, page=page))
    )
    out, _ = run("poll_feeds", "--sync")
    assert "Local Wire: 200, 2 new" in out
    far = Article.objects.get(title="Far away")
    assert "Refused to fetch from 2001:db8:" in far.error
    assert far.status == Article.Status.DONE  # from the feed's own text, saying so
    talks = Article.objects.get(title="Talks")
    assert talks.claims.filter(speaker__name="Sergei Lavrov").exists()


def test_poll_feeds_queues_due_feeds_for_the_workers(broker_queue):
    due = Feed.objects.create(url="https://a.example.org/rss")
    Feed.objects.create(url="https://b.example.org/rss", active=False)
    out, _ = run("poll_feeds")
    assert "Queued 1 feed poll(s)." in out
    assert broker_queue.tasks() == [("articles.tasks.poll_feed", [due.pk])]


def test_import_articles_reads_txt_html_and_jsonl_and_reports_bad_lines(
    tmp_path, broker_queue, django_capture_on_commit_callbacks
):
    (tmp_path / "lavrov-talks.txt").write_text(
        "Lavrov ready to talk\n\n“We are ready to talk,” Sergei Lavrov said on Monday.\n"
    )
    (tmp_path / "plain.txt").write_text("“No,” the mayor said. He left the room.\n")
    (tmp_path / "page.html").write_text(
        '<html><head><meta property="og:site_name" content="City Paper"><title>Mayor</title>'
        "</head><body><article><p>“We will not back down,” the mayor said on Friday, "
        "speaking to reporters outside the town hall after the vote.</p></article></body></html>"
    )
    (tmp_path / "batch.jsonl").write_text(
        json.dumps(
            {
                "text": "“Prices will fall,” the governor said.",
                "title": "Governor",
                "outlet": "Daily",
                "published": "2025-05-18",
                "url": "https://daily.example.org/gov?utm_source=x",
            }
        )
        + "\n\n"
        + json.dumps({"title": "No text at all"})
        + "\n"
    )
    out, err = StringIO(), StringIO()
    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(CommandError, match="1 file"),  # the other lines and files are kept
    ):
        call_command("import_articles", str(tmp_path), stdout=out, stderr=err)
    assert "batch.jsonl, line 3: The text is empty" in err.getvalue()
    assert "4 imported, 0 already here, 1 failed." in out.getvalue()
    titled = Article.objects.get(title="Lavrov ready to talk")
    assert titled.text == "“We are ready to talk,” Sergei Lavrov said on Monday."
    assert titled.origin == Article.Origin.IMPORT
    assert Article.objects.get(title="plain").text.startswith("“No,” the mayor said.")
    assert Article.objects.get(outlet="City Paper").text.startswith("“We will not back down,”")
    governor = Article.objects.get(title="Governor")
    assert governor.url == "https://daily.example.org/gov"
    assert governor.published.date().isoformat() == "2025-05-18"
    queued = broker_queue.tasks()
    assert {name for name, _ in queued} == {"claims.tasks.extract_article"}
    assert len(queued) == 4

    # Importing again finds the same articles.
    out, _ = StringIO(), None
    call_command("import_articles", str(tmp_path / "plain.txt"), stdout=out)
    assert "already here" in out.getvalue()
    assert Article.objects.count() == 4


BAD_JSONL_LINES = [
    ('{"text": 12345}', '"text" must be a string, not int'),
    ('{"text": ["a", "b"]}', '"text" must be a string, not list'),
    ('{"text": "", "html": 5}', '"html" must be a string, not int'),
    ('{"text": "“Yes,” she said.", "title": {"a": 1}}', '"title" must be a string, not dict'),
    ("[" * 100_000, "the JSON is nested too deeply"),
    (
        json.dumps({"text": "“Fine,” he said.", "url": "https://a.example.org/" + "x" * 3000}),
        "The address is longer than 2,000 characters.",
    ),
    # a \u escape for half of a UTF-16 pair decodes to no character any text can hold
    (
        '{"text": "The ferry runs in May \\udca0 and June, the harbour master said."}',
        '"text" holds an escape that is no character (half of a UTF-16 pair, \\udca0, at '
        "character 23)",
    ),
]


def test_each_bad_jsonl_line_gets_its_own_error_and_the_rest_is_imported(tmp_path, broker_queue):
    lines = [bad for bad, _ in BAD_JSONL_LINES]
    # a null title is no title, not an error
    lines.append(json.dumps({"text": "“We are ready,” Sergei Lavrov said.", "title": None}))
    (tmp_path / "a-bad.jsonl").write_text("\n".join(lines) + "\n")
    (tmp_path / "b-good.txt").write_text("“No,” the mayor said on Friday.\n")
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError, match="7 file"):
        call_command("import_articles", "--sync", str(tmp_path), stdout=out, stderr=err)
    for number, (_, message) in enumerate(BAD_JSONL_LINES, start=1):
        assert f"a-bad.jsonl, line {number}: {message}" in err.getvalue()
    assert "2 imported, 0 already here, 7 failed." in out.getvalue()
    # nothing is left queued without a task: both articles were extracted here
    assert set(Article.objects.values_list("status", flat=True)) == {Article.Status.DONE}
    assert Article.objects.get(title="").claims.filter(speaker__name="Sergei Lavrov").exists()


def test_import_articles_sync_extracts_without_queueing(tmp_path, broker_queue):
    path = tmp_path / "one.txt"
    path.write_text("“We are ready to talk,” Sergei Lavrov said on Monday.\n")
    out, _ = run("import_articles", "--sync", str(path))
    article = Article.objects.get()
    assert f"article {article.pk} (done)" in out
    assert article.claims.count() == 1
    assert broker_queue.tasks() == []


def test_import_repairs_mojibake_so_names_are_read_as_written(tmp_path, broker_queue):
    # UTF-8 read as Latin-1 by whoever saved the text: "Peña" came out as "PeÃ±a"
    path = tmp_path / "talks.txt"
    text = "Talks resume\n\n“We will sign,” President Tomás Peña Quiroga said on Monday.\n"
    path.write_text(text.encode("utf-8").decode("latin-1"))
    run("import_articles", "--sync", str(path))
    article = Article.objects.get()
    assert article.title == "Talks resume"
    assert article.text == "“We will sign,” President Tomás Peña Quiroga said on Monday."
    assert article.claims.get().speaker.name == "Tomás Peña Quiroga"


def test_import_repairs_mojibake_saved_decomposed(tmp_path, broker_queue):
    # "Peña" garbled twice and saved with its accents decomposed ("A" and a combining tilde
    # for "Ã"), which ftfy alone leaves half garbled
    path = tmp_path / "talks.txt"
    garbled = "Peña".encode().decode("latin-1").encode("utf-8").decode("latin-1")
    name = unicodedata.normalize("NFD", garbled)
    path.write_text(f"Talks resume\n\n“We will sign,” President Tomás {name} said on Monday.\n")
    run("import_articles", "--sync", str(path))
    article = Article.objects.get()
    assert article.text == "“We will sign,” President Tomás Peña said on Monday."


def test_import_drops_soft_hyphens_that_would_split_a_name(tmp_path, broker_queue):
    # a page's hyphenation hint left inside a name the reader sees whole
    path = tmp_path / "talks.txt"
    path.write_text("Talks resume\n\n“We will sign,” said Doug \u00adAndrell, a spokesman.\n")
    run("import_articles", "--sync", str(path))
    article = Article.objects.get()
    assert article.text == "“We will sign,” said Doug Andrell, a spokesman."
    assert article.claims.get().speaker.name == "Doug Andrell"


def test_import_articles_refuses_an_unknown_file_type(tmp_path):
    path = tmp_path / "doc.pdf"
    path.write_bytes(b"%PDF")
    with pytest.raises(CommandError):
        run("import_articles", str(path))


def test_a_binary_file_named_txt_is_reported_and_the_rest_is_imported(tmp_path, broker_queue):
    (tmp_path / "a-photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 50)
    (tmp_path / "b-story.txt").write_text("“We are ready,” Sergei Lavrov said on Monday.\n")
    err = StringIO()
    with pytest.raises(CommandError, match="1 file"):
        call_command("import_articles", "--sync", str(tmp_path), stdout=StringIO(), stderr=err)
    assert "a-photo.txt: binary data, not text" in err.getvalue()
    assert Article.objects.get().claims.count() == 1


def test_feeds_exported_as_opml_import_back_the_same(tmp_path):
    path = tmp_path / "feeds.opml"
    path.write_bytes(OPML)
    out, err = run("import_opml", str(path))
    assert "2 feed(s) added, 0 already here, 1 skipped." in out
    assert "file:///etc/passwd" in err
    wire = Feed.objects.get(url="https://wire.example.org/world.rss")
    assert wire.title == "Wire World"
    assert wire.site_url == "https://wire.example.org/"
    assert "0 feed(s) added, 2 already here" in run("import_opml", str(path))[0]

    exported, _ = run("export_opml")
    assert exported.startswith("<?xml version='1.0' encoding='utf-8'?>\n<opml version=\"2.0\">")
    Feed.objects.all().delete()
    path.write_text(exported)
    run("import_opml", str(path))
    assert sorted(Feed.objects.values_list("url", "title", "site_url")) == [
        ("https://atom.example.org/feed", "Atom Daily", ""),
        ("https://wire.example.org/world.rss", "Wire World", "https://wire.example.org/"),
    ]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"<rss/>", "Not an OPML file"),
        (b"<opml><body><outline", "Not a readable OPML file"),
        (
            b'<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            b'<opml><body><outline xmlUrl="https://a.example.org/&x;"/></body></opml>',
            "Not a readable OPML file",  # external entities are refused, never expanded
        ),
    ],
)
def test_a_bad_opml_file_adds_no_feeds_and_says_why(tmp_path, data, message):
    path = tmp_path / "bad.opml"
    path.write_bytes(data)
    with pytest.raises(CommandError, match=message):
        run("import_opml", str(path))
    assert Feed.objects.count() == 0


def test_reextract_articles_after_an_extractor_upgrade(broker_queue):
    old = Article.objects.create(
        text="“We are ready,” Sergei Lavrov said.",
        origin=Article.Origin.PASTE,
        status=Article.Status.DONE,
        extractor_version="0.0.1",
    )
    Article.objects.create(
        text="“No,” the mayor said.",
        origin=Article.Origin.PASTE,
        status=Article.Status.DONE,
        extractor_version=EXTRACTOR_VERSION,
    )
    out, _ = run("reextract_articles")
    assert "Queued re-extraction of 1 article(s)" in out
    assert broker_queue.tasks() == [("claims.tasks.extract_article", [old.pk])]
    out, _ = run("reextract_articles", "--sync")
    old.refresh_from_db()
    assert old.extractor_version == EXTRACTOR_VERSION
    assert old.claims.count() == 1
    assert "Re-extracted 0" in run("reextract_articles", "--sync")[0]
