"""Real Chromium: a statement two senators made together is on each senator's page, and its
claim page leads to both of them.

As in test_browser_pages, the database is only used while no browser is open.
"""

from playwright.sync_api import expect

from claims.models import Speaker
from claims.store import extract_now
from tests.factories import make_queued_article, make_user

# the browser tests' marks (chromium present, committed data) and their roles fixture
from tests.web.test_browser_pages import PHONE, chromium, log_in, pytestmark, roles  # noqa: F401

LETTER = """Senators press the port board on harbour levy

Senator Dora Fenwick of Ohio and Senator Ivo Strand of Utah wrote to the port board on Monday.

Ms. Fenwick and Mr. Strand said the harbour levy was unfair to small boats.

"We will not let it stand," Ms. Fenwick said later.
"""
TOGETHER = "the harbour levy was unfair to small boats"


def test_a_statement_made_together_is_on_each_speakers_page(live_server):
    make_user("Journalist", username="jo")
    extract_now(make_queued_article(LETTER, title="Senators press the port board").pk)
    fenwick = Speaker.objects.get(name="Dora Fenwick")

    with chromium() as browser:
        page = browser.new_page(viewport=PHONE)
        log_in(page, live_server, "jo")
        page.goto(f"{live_server.url}{fenwick.get_absolute_url()}")
        together = page.locator("#together")
        expect(together).to_contain_text("Said together with others")
        page.get_by_role("link", name=TOGETHER).click()
        attribution = page.locator(".attribution")
        expect(attribution).to_contain_text("Dora Fenwick")
        expect(attribution).to_contain_text("Ivo Strand")
        attribution.get_by_role("link", name="Ivo Strand").click()
        expect(page.get_by_role("heading", name="Ivo Strand", level=1)).to_be_visible()
        expect(page.get_by_role("link", name=TOGETHER)).to_be_visible()
