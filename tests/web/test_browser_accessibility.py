"""Pages everyone can use: axe-core on every page, the keyboard, and a phone's width.

axe-core (shipped inside axe-playwright-python, nothing downloaded) checks each page a
journalist, editor or admin opens. Critical and serious violations fail the test; the rest are
printed, so that they can be seen and fixed over time.
"""

import pytest
from axe_playwright_python.sync_playwright import Axe

from claims.models import ContradictionFlag
from tests.factories import make_queued_article, make_user
from tests.web.test_browser_pages import (
    CHROMIUM,
    LAPTOP,
    PHONE,
    chromium,
    log_in,
    roles,  # noqa: F401 (the autouse fixture that makes the groups again)
    seed_newsroom,
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="Debian's chromium is not installed (apt-get install chromium)",
    ),
    pytest.mark.django_db(transaction=True),
]

BLOCKING = {"critical", "serious"}


def newsroom_pages():
    """Every page journalists and editors use, by name, and the admin's pages."""
    data = seed_newsroom()
    queued = make_queued_article('"We will keep talking," the minister said.', title="Talks")
    flag = ContradictionFlag.objects.get()
    claim_url = data["ceasefire"].get_absolute_url()
    pages = {
        "claims": "/claims/",
        "claims-filtered": "/claims/?speaker=vladimir-putin&kind=direct&flagged=on",
        "claim": claim_url,
        "speakers": "/speakers/",
        "speaker": data["putin"].get_absolute_url(),
        "article": data["call"].get_absolute_url(),
        "article-queued": queued.get_absolute_url(),
        "contradictions": "/contradictions/",
        "contradiction": f"/contradictions/{flag.pk}/",
        "flag-form": f"{claim_url}flag/",
        "submit": "/articles/submit/",
    }
    admin_pages = {
        "admin": "/admin/",
        "admin-speaker-form": f"/admin/claims/speaker/{data['putin'].pk}/change/",
    }
    return pages, admin_pages


def violations(page):
    """axe-core's violations on the page as it is now: (blocking, the rest)."""
    found = Axe().run(page).response["violations"]
    return [v for v in found if v["impact"] in BLOCKING], [
        v for v in found if v["impact"] not in BLOCKING
    ]


def describe(name, found):
    return "\n".join(
        f"  {name}: {v['id']} ({v['impact']}) ×{len(v['nodes'])}: {v['help']} — "
        + "; ".join(" ".join(node["target"]) for node in v["nodes"][:3])
        for v in found
    )


def check_pages(page, live_server, pages):
    blocking, report = {}, []
    for name, path in pages.items():
        response = page.goto(f"{live_server.url}{path}")
        assert response.status == 200, path
        serious, other = violations(page)
        blocking[name] = serious
        report.append(f"{name}: {len(serious)} critical/serious, {len(other)} other")
        report.extend(filter(None, [describe(name, serious), describe(name, other)]))
    print("\n".join(report))
    return {name: found for name, found in blocking.items() if found}


def test_no_page_has_critical_or_serious_accessibility_violations(live_server):
    make_user("Editor", username="edna")
    make_user("Admin", username="ada")
    pages, admin_pages = newsroom_pages()
    with chromium() as browser:
        page = browser.new_page(viewport=LAPTOP)
        page.goto(f"{live_server.url}/accounts/login/")
        failing = check_pages(page, live_server, {"login": "/accounts/login/"})
        log_in(page, live_server, "edna")
        failing |= check_pages(page, live_server, pages)
        # Phones hide the claims filters behind a toggle: the page must pass that way too.
        phone = browser.new_page(viewport=PHONE)
        log_in(phone, live_server, "edna")
        phone_pages = {f"{name} (phone)": pages[name] for name in ("claims", "claim")}
        failing |= check_pages(phone, live_server, phone_pages)
        admin = browser.new_page(viewport=LAPTOP)
        log_in(admin, live_server, "ada")
        failing |= check_pages(admin, live_server, admin_pages)
    assert not failing, "\n" + "\n".join(describe(n, f) for n, f in failing.items())
