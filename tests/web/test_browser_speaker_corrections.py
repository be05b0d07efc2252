"""Real Chromium: an editor puts a claim the engine gave the wrong person on the right
speaker's page, on a phone, and re-extracting the article keeps it there.

As in test_browser_pages, the database is only used while no browser is open: Playwright's
sync API runs an event loop in this thread, and Django refuses queries from it.
"""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from playwright.sync_api import expect

from articles.models import Article
from claims.models import Claim, Speaker
from claims.roles import sync_groups
from claims.speakers import add_aliases
from claims.store import extract_now
from tests.factories import make_queued_article, make_speaker, make_user
from tests.web.test_browser_pages import CHROMIUM, LAPTOP, PHONE, chromium, log_in, screenshot

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="Debian's chromium is not installed (apt-get install chromium)",
    ),
    pytest.mark.django_db(transaction=True),
]

# The engine reads "he" as the mayor, the last man named; the reporter meant the deputy who
# was answering questions.
REPORT = """Harbour bridge repairs to finish by June

The city council met on Tuesday to discuss the harbour bridge.

"The bridge will reopen to traffic by the end of June," said Maria Lopez, the council's \
transport officer.

Her deputy, Sam Okafor, answered questions from residents after Mayor Tom Baker left the \
meeting. "We cannot promise a date until the steel arrives," he said.
"""
QUOTE = "We cannot promise a date until the steel arrives"


@pytest.fixture(autouse=True)
def roles(transactional_db):
    # An earlier transactional test's flush empties the groups the migrations made.
    sync_groups(Group, Permission)


def no_sideways_scroll(page):
    return page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )


def test_an_editor_corrects_a_speaker_and_re_extraction_keeps_it(live_server):
    make_user("Editor", username="edna")
    okafor = make_speaker("Sam Okafor", slug="sam-okafor", description="Deputy mayor")
    add_aliases(okafor, [okafor.name])  # quoted before, in another article
    article = make_queued_article(REPORT, title="Harbour bridge repairs to finish by June")
    extract_now(article.pk)
    claim = Claim.objects.get(article=article, text__contains=QUOTE)
    baker = claim.speaker
    assert baker.name == "Tom Baker"  # what the engine got wrong

    with chromium() as browser:
        page = browser.new_page(viewport=PHONE)
        log_in(page, live_server, "edna")
        page.goto(f"{live_server.url}{baker.get_absolute_url()}")
        page.get_by_role("link", name=QUOTE).click()
        expect(page.locator(".attribution")).to_contain_text("Tom Baker")

        page.get_by_text("Wrong speaker? Correct it").click()
        field = page.get_by_label("Existing speaker")
        field.fill("Okafor")
        # As they type, the suggestions fill with the speakers of that name.
        expect(page.locator('#speaker-suggestions option[value="sam-okafor"]')).to_have_count(1)
        expect(page.get_by_role("group", name="Kind")).to_be_visible()
        assert no_sideways_scroll(page) <= 0, "the open form scrolls sideways on a phone"
        screenshot(page, "correct-speaker", "phone")
        field.fill("sam-okafor")  # what picking the suggestion puts in the field
        page.get_by_role("button", name="Change the speaker").click()

        expect(page.locator(".message")).to_contain_text("Speaker changed to Sam Okafor")
        expect(page.locator(".attribution")).to_contain_text("Sam Okafor")
        expect(page.locator(".correction-note")).to_contain_text("Speaker corrected by edna on")
        expect(page.locator(".correction-note")).to_contain_text("was Tom Baker")

        page.locator(".attribution").get_by_role("link", name="Sam Okafor").click()
        expect(page.get_by_role("heading", name="Sam Okafor")).to_be_visible()
        expect(page.locator(".claim-list")).to_contain_text(QUOTE)
        expect(page.locator(".correction-note")).to_contain_text(
            "1 claim was assigned to Sam Okafor by an editor"
        )
        page.goto(f"{live_server.url}{baker.get_absolute_url()}")
        expect(page.get_by_role("heading", name="Tom Baker")).to_be_visible()
        expect(page.get_by_text(QUOTE)).to_have_count(0)

    call_command("reextract_articles", str(article.pk), "--sync")
    article.refresh_from_db()
    assert article.status == Article.Status.DONE
    claim.refresh_from_db()  # found again: the same claim, the editor's speaker
    assert (claim.speaker, claim.speaker_locked) == (okafor, True)
    assert Speaker.objects.get(pk=baker.pk) == baker

    with chromium() as browser:
        page = browser.new_page(viewport=LAPTOP)
        log_in(page, live_server, "edna")
        page.goto(f"{live_server.url}{okafor.get_absolute_url()}")
        expect(page.locator(".claim-list")).to_contain_text(QUOTE)
        page.goto(f"{live_server.url}{baker.get_absolute_url()}")
        expect(page.get_by_role("heading", name="Tom Baker")).to_be_visible()
        expect(page.get_by_text(QUOTE)).to_have_count(0)
        page.goto(f"{live_server.url}{claim.get_absolute_url()}")
        expect(page.locator(".attribution")).to_contain_text("Sam Okafor")
        screenshot(page, "corrected-claim", "laptop")
