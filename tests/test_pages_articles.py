"""The article page: its text with every claim marked and labelled, and its status."""

import pytest

from articles.models import Article
from tests.factories import make_article, make_claim, make_speaker, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def journalist_client(client):
    client.force_login(make_user("Journalist"))
    return client


def test_each_claim_is_highlighted_and_labelled_with_its_speaker(journalist_client):
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
    assert (
        f'<a class="claim-label" href="{first.get_absolute_url()}" id="claim-{first.pk}">'
        "Vladimir Putin</a>"
    ) in html
    assert '<mark class="quote">We just need peace,</mark>' in html
    assert f'id="claim-{second.pk}">Volodymyr Zelensky</a>' in html
    assert '<mark class="quote">There was a chair at the table for Russia.</mark>' in html
    assert [c.pk for c in response.context["claims"]] == [first.pk, second.pk]  # text order


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
    assert 'http-equiv="refresh"' not in html


def test_an_article_still_being_read_refreshes_itself(journalist_client):
    article = make_article(status=Article.Status.QUEUED, text="")
    html = journalist_client.get(article.get_absolute_url()).content.decode()
    assert "Queued" in html
    assert 'http-equiv="refresh"' in html


def test_a_claim_with_spans_outside_the_text_is_listed_but_not_marked(journalist_client):
    article = make_article(text="Short text.")
    make_claim(text="Not in the text.", article=article, content_spans=[[5, 500]])
    response = journalist_client.get(article.get_absolute_url())
    assert response.status_code == 200
    assert "<mark" not in response.content.decode()
    assert len(response.context["claims"]) == 1


def test_article_page_query_count_is_constant(journalist_client, django_assert_max_num_queries):
    article = make_article(text=" ".join(f'"Quote {n}." said X.' for n in range(30)))
    make_claim(text="Quote 0.", article=article, speaker=make_speaker())
    with django_assert_max_num_queries(4 + 2):  # article with feed, claims with speakers
        journalist_client.get(article.get_absolute_url())
    for n in range(1, 30):
        make_claim(text=f"Quote {n}.", article=article, speaker=make_speaker(f"P{n}"))
    with django_assert_max_num_queries(4 + 2):
        journalist_client.get(article.get_absolute_url())
