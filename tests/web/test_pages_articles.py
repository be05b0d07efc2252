"""The article page: its text with every claim marked and labelled, and its status."""

import pytest
from django.urls import reverse

from articles.models import Article
from tests.factories import make_article, make_claim, make_speaker

pytestmark = pytest.mark.django_db


def test_each_claim_is_highlighted_and_its_speaker_named_after_the_paragraph(journalist_client):
    text = (
        '"We just need peace," Putin said.\n'
        'Zelensky replied: "There was a chair at the table for Russia."'
    )
    article = make_article(text=text)
    putin, zelensky = make_speaker("Vladimir Putin"), make_speaker("Volodymyr Zelensky")
    second = make_claim(
        text="There was a chair at the table for Russia.", speaker=zelensky, article=article
    )
    first = make_claim(text="We just need peace,", speaker=putin, article=article)
    response = journalist_client.get(article.get_absolute_url())
    html = response.content.decode()
    # The paragraph reads as written: the marks and anchors carry no words, the number is
    # hidden from screen readers, and the speaker comes in a list after the paragraph.
    assert (
        f'<p>&quot;<span class="claim-anchor" id="claim-{first.pk}"></span>'
        '<mark class="quote">We just need peace,</mark>'
        f'<a class="claim-ref" href="{first.get_absolute_url()}" aria-hidden="true" '
        'tabindex="-1">1</a>&quot; Putin said.</p>'
    ) in html
    assert (f'<li value="1"><a href="{first.get_absolute_url()}">Vladimir Putin</a>') in html
    assert (
        html.index("Putin said.</p>")
        < html.index(">Vladimir Putin</a>")
        < html.index("Zelensky replied")
    )
    assert '<mark class="quote">There was a chair at the table for Russia.</mark>' in html
    assert f'<li value="2"><a href="{second.get_absolute_url()}">Volodymyr Zelensky</a>' in html
    # "Who is quoted" lists them in text order.
    assert html.index(f'href="#claim-{first.pk}"') < html.index(f'href="#claim-{second.pk}"')


def test_article_text_is_escaped(journalist_client):
    text = '<script>alert(1)</script> "<em>Yes</em>," he said.'
    article = make_article(text=text, byline="<b>Reporter</b>")
    make_claim(text="<em>Yes</em>,", article=article, speaker_text="<i>He</i>")
    html = journalist_client.get(article.get_absolute_url()).content.decode()
    assert "<script>alert(1)" not in html
    assert "<em>Yes</em>" not in html
    assert "<b>Reporter</b>" not in html
    assert '<mark class="quote">&lt;em&gt;Yes&lt;/em&gt;,</mark>' in html
    assert "&lt;i&gt;He&lt;/i&gt;" in html


def test_failed_extraction_shows_status_and_error(journalist_client):
    article = make_article(status=Article.Status.FAILED, error="Fetch failed: HTTP 403 Forbidden")
    html = journalist_client.get(article.get_absolute_url()).content.decode()
    assert "Failed" in html
    assert "Fetch failed: HTTP 403 Forbidden" in html
    assert "Check again" not in html
    assert journalist_client.get(reverse("articles:status", args=[article.pk])).json() == {
        "status": "failed",
        "label": "Failed",
        "in_progress": False,
    }


def test_an_article_read_from_its_feed_summary_says_so_instead_of_done(journalist_client):
    article = make_article(
        "The feed's summary.",
        origin=Article.Origin.FEED,
        from_summary_only=True,
        error="Page not used: HTTP 404 Not Found. Extracted from the feed entry's own text.",
    )
    html = journalist_client.get(article.get_absolute_url()).content.decode()
    assert "Summary only: page not fetched" in html
    assert "status-done" not in html
    assert "HTTP 404 Not Found" in html


def test_an_article_still_being_read_offers_its_status_without_reloading(journalist_client):
    article = make_article(status=Article.Status.QUEUED, text="")
    html = journalist_client.get(article.get_absolute_url()).content.decode()
    assert "Queued" in html
    # Reloading by itself would pull the page from under a reader (WCAG 2.2.1).
    assert 'http-equiv="refresh"' not in html
    assert "Check again" in html
    status_url = reverse("articles:status", args=[article.pk])
    assert f'aria-live="polite" data-status-url="{status_url}"' in html
    assert journalist_client.get(status_url).json() == {
        "status": "queued",
        "label": "Queued",
        "in_progress": True,
    }


def test_only_readers_see_an_articles_status(client):
    article = make_article(status=Article.Status.QUEUED, text="")
    response = client.get(reverse("articles:status", args=[article.pk]))
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


def test_a_claim_with_spans_outside_the_text_is_listed_but_not_marked(journalist_client):
    article = make_article(text="Short text.")
    make_claim(text="Not in the text.", article=article, content_spans=[[5, 500]])
    response = journalist_client.get(article.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert "<mark" not in html
    assert "Not in the text." in html


def test_the_article_page_runs_the_same_queries_for_1_or_30_claims(
    journalist_client, django_assert_max_num_queries
):
    article = make_article(text=" ".join(f'"Quote {n}." said X.' for n in range(30)))
    make_claim(text="Quote 0.", article=article, speaker=make_speaker())
    with django_assert_max_num_queries(4 + 2):  # article with feed, claims with speakers
        response = journalist_client.get(article.get_absolute_url())
    assert response.status_code == 200
    assert response.content.decode().count('<mark class="quote">') == 1
    for n in range(1, 30):
        make_claim(text=f"Quote {n}.", article=article, speaker=make_speaker(f"P{n}"))
    with django_assert_max_num_queries(4 + 2):
        response = journalist_client.get(article.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count('<mark class="quote">') == 30
    assert '<mark class="quote">Quote 29.</mark>' in html


# --- Submitting articles (editors) -------------------------------------------------------------


def test_an_editor_submits_a_url_and_lands_on_its_page(editor_client, settings):
    settings.ALLOW_PRIVATE_FETCH = True  # a loopback address needs no DNS in the test run
    response = editor_client.post(
        reverse("articles:submit"),
        {"link-url": "http://127.0.0.1:9/world/talks", "submit-url": ""},
        follow=True,
    )
    article = Article.objects.get()
    assert article.origin == Article.Origin.URL
    assert response.redirect_chain[-1][0] == article.get_absolute_url()
    html = response.content.decode()
    assert "Article submitted" in html
    assert "Queued" in html


def test_a_refused_address_is_explained_on_the_form(editor_client, settings):
    settings.ALLOW_PRIVATE_FETCH = False
    response = editor_client.post(
        reverse("articles:submit"), {"link-url": "http://127.0.0.1/internal", "submit-url": ""}
    )
    assert response.status_code == 200
    assert response.context["url_form"].non_field_errors()
    assert not Article.objects.exists()


@pytest.mark.parametrize("megabytes", [2, 10])
def test_a_paste_too_long_to_extract_is_refused_with_a_clear_message(editor_client, megabytes):
    text = "The minister said the talks would go on. " * (megabytes * 1024 * 1024 // 42)
    response = editor_client.post(
        reverse("articles:submit"), {"paste-text": text, "submit-text": ""}
    )
    assert response.status_code == 200
    assert "The text is too long to extract" in response.content.decode()
    assert Article.objects.count() == 0


def test_submitting_an_article_already_here_says_so(editor_client):
    submit = reverse("articles:submit")
    text = {"paste-text": "“We are ready,” the minister said.", "submit-text": ""}
    first = editor_client.post(submit, text, follow=True).content.decode()
    assert "Article submitted" in first
    again = editor_client.post(submit, text, follow=True)
    assert again.status_code == 200
    assert "Already here:" in again.content.decode()
    assert "Article submitted" not in again.content.decode()
    assert Article.objects.count() == 1


def test_an_editor_pastes_text(editor_client):
    response = editor_client.post(
        reverse("articles:submit"),
        {
            "paste-text": '"We are ready to talk," the minister said.',
            "paste-title": "Minister ready to talk",
            "paste-outlet": "Example Wire",
            "paste-published": "2025-05-19T09:15",
            "submit-text": "",
        },
    )
    article = Article.objects.get()
    assert response["Location"] == article.get_absolute_url()
    assert (article.origin, article.title, article.outlet) == (
        "paste",
        "Minister ready to talk",
        "Example Wire",
    )
    assert article.published.date().isoformat() == "2025-05-19"


def test_empty_text_is_refused(editor_client):
    response = editor_client.post(reverse("articles:submit"), {"paste-text": "", "submit-text": ""})
    assert response.context["text_form"].errors["text"]
    assert not Article.objects.exists()


def test_a_journalist_cannot_submit(journalist_client):
    assert journalist_client.get(reverse("articles:submit")).status_code == 403
    response = journalist_client.post(
        reverse("articles:submit"), {"paste-text": "Some text.", "submit-text": ""}
    )
    assert response.status_code == 403
    assert not Article.objects.exists()


def test_a_claim_whose_span_takes_in_the_newline_is_named_after_its_own_paragraph(
    journalist_client,
):
    article = make_article(text="Mayor Baker said the bridge was safe\nThe council disagreed.")
    claim = make_claim(
        text="the bridge was safe",
        article=article,
        speaker=make_speaker("Tom Baker"),
        content_spans=[[17, 37]],  # up to and including the newline
    )
    html = journalist_client.get(article.get_absolute_url()).content.decode()
    assert (
        '<mark class="quote">the bridge was safe</mark>'
        f'<a class="claim-ref" href="{claim.get_absolute_url()}"'
    ) in html
    assert html.index(">Tom Baker</a>") < html.index("<p>The council disagreed.</p>")
