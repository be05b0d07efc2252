"""Real Chromium: claims shown for what they are, an article that reads as written with its
speakers named beside it, and a flag decided by a second editor.

As in test_browser_pages, the database is only used while no browser is open.
"""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.contrib.auth.models import Group, Permission
from playwright.sync_api import expect

from claims.models import Claim, ContradictionFlag
from claims.roles import sync_groups
from tests.factories import make_article, make_claim, make_speaker, make_user
from tests.web.test_browser_pages import CHROMIUM, LAPTOP, chromium, log_in, screenshot

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="Debian's chromium is not installed (apt-get install chromium)",
    ),
    pytest.mark.django_db(transaction=True),
]

PARAGRAPH = (
    "“The engineering is done,” Anna Rossi said. Tom Baker described the delay as a "
    "scandal, and said the mayor's approach had emboldened the contractors."
)
# What a screen reader reads of an element: its text without what is hidden from it.
READ_ALOUD = """element => {
    const copy = element.cloneNode(true);
    copy.querySelectorAll('[aria-hidden="true"]').forEach(hidden => hidden.remove());
    return copy.textContent;
}"""


@pytest.fixture(autouse=True)
def roles(transactional_db):
    sync_groups(Group, Permission)


def seed_bridge_story():
    rossi, baker = make_speaker("Anna Rossi"), make_speaker("Tom Baker")
    article = make_article(text=f"{PARAGRAPH}\nThe council meets again in June.")
    direct = make_claim(text="“The engineering is done,”", speaker=rossi, article=article)
    reported = make_claim(
        text="the mayor's approach had emboldened the contractors",
        speaker=baker,
        article=article,
        kind=Claim.Kind.INDIRECT,
    )
    return article, direct, reported


def test_quotes_and_reported_speech_read_as_the_article_wrote_them(live_server):
    make_user("Journalist", username="jules")
    article, direct, reported = seed_bridge_story()
    with chromium() as browser:
        page = browser.new_page(viewport=LAPTOP)
        log_in(page, live_server, "jules")
        row = page.locator(".claim-row", has_text="engineering")
        expect(row.locator(".quote")).to_have_text("“The engineering is done,”")
        paraphrase = page.locator(".claim-row", has_text="emboldened").locator(".quote")
        expect(paraphrase).to_have_text(
            "Reported: the mayor's approach had emboldened the contractors"
        )
        expect(paraphrase.locator(".claim-paraphrase")).to_have_css("font-style", "italic")

        page.goto(f"{live_server.url}{direct.get_absolute_url()}")
        expect(page).to_have_title("Anna Rossi: “The engineering is done,” · ClaimTrack")
        expect(page.locator(".big-quote")).to_have_text("“The engineering is done,”")

        page.goto(f"{live_server.url}{article.get_absolute_url()}")
        first = page.locator(".article-text p").first
        assert first.evaluate(READ_ALOUD) == PARAGRAPH
        expect(first.locator("mark.quote")).to_have_count(2)
        notes = page.locator(".article-text .claim-notes").first
        expect(notes.get_by_role("link", name="Anna Rossi")).to_be_visible()
        expect(notes.get_by_role("link", name="Tom Baker")).to_be_visible()
        screenshot(page, "article-notes", "laptop")
        marked_text = Axe().run(page, context=".article-text")
        assert marked_text.violations_count == 0, marked_text.generate_report()
        first.locator(".claim-ref", has_text="2").click()
        expect(page).to_have_url(f"{live_server.url}{reported.get_absolute_url()}")


def test_a_flag_is_decided_by_an_editor_other_than_the_one_who_raised_it(live_server):
    raiser = make_user("Editor", username="edna")
    make_user("Editor", username="otto")
    _, direct, reported = seed_bridge_story()
    ContradictionFlag.open(direct, reported, "Done, yet delayed?", raiser)
    with chromium() as browser:
        page = browser.new_page(viewport=LAPTOP)
        log_in(page, live_server, "edna")
        page.goto(f"{live_server.url}/contradictions/")
        card = page.locator(".flag-card", has_text="Done, yet delayed?")
        expect(card).to_contain_text(
            "You raised this flag: another editor confirms or dismisses it."
        )
        expect(card.get_by_role("button", name="Confirm")).to_have_count(0)
        expect(card.get_by_role("button", name="Dismiss")).to_have_count(0)

        page.context.clear_cookies()
        log_in(page, live_server, "otto")
        page.goto(f"{live_server.url}/contradictions/")
        card = page.locator(".flag-card", has_text="Done, yet delayed?")
        card.get_by_role("button", name="Dismiss").click()
        expect(page.locator(".message")).to_contain_text("Flag dismissed")
    assert ContradictionFlag.objects.get().status == ContradictionFlag.Status.DISMISSED
