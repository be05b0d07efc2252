"""Who may see and do what: enforced on the server, whatever the page shows."""

import io
import logging

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from claims.models import ContradictionFlag
from claimtrack.logging import OneLineForbidden
from tests.factories import DEFAULT_PASSWORD, make_claims, make_flag, make_speaker, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def data():
    speaker = make_speaker("Vladimir Putin")
    a, b = make_claims(2, speaker=speaker)
    return {"speaker": speaker, "a": a, "b": b, "flag": make_flag(a, b)}


def read_urls(data):
    return [
        reverse("claims:list"),
        reverse("claims:detail", args=[data["a"].pk]),
        reverse("claims:speakers"),
        reverse("claims:speaker", args=[data["speaker"].slug]),
        reverse("claims:speaker_feed", args=[data["speaker"].slug]),
        reverse("claims:contradictions"),
        reverse("claims:contradiction", args=[data["flag"].pk]),
        reverse("claims:spreading"),
        reverse("articles:detail", args=[data["a"].article_id]),
        reverse("claims:export_csv"),
        reverse("claims:export_json"),
    ]


def test_every_page_sends_anonymous_visitors_to_log_in(client, data):
    feed = reverse("claims:speaker_feed", args=[data["speaker"].slug])
    for url in read_urls(data):
        response = client.get(url)
        if url == feed:
            # Feed readers cannot follow a login form: they are asked for credentials.
            assert response.status_code == 401, url
            continue
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("login") + "?next="), url


def test_public_read_lets_anonymous_visitors_read_but_not_act(client, data, settings):
    settings.PUBLIC_READ = True
    for url in read_urls(data):
        assert client.get(url).status_code == 200, url
    flag_page = client.get(reverse("claims:flag", args=[data["a"].pk]))
    assert flag_page.status_code == 302  # to the login page
    client.post(reverse("claims:resolve", args=[data["flag"].pk]), {"status": "dismissed"})
    assert ContradictionFlag.objects.get().status == "open"
    assert "Flag a contradiction" not in client.get(data["a"].get_absolute_url()).content.decode()


def test_a_journalist_reads_everything(journalist_client, data):
    for url in read_urls(data):
        assert journalist_client.get(url).status_code == 200, url


def test_a_user_in_no_group_may_not_read(client, data):
    client.force_login(User.objects.create_user("drifter", password=DEFAULT_PASSWORD))
    assert client.get(reverse("claims:list")).status_code == 403


def test_the_login_page_offers_no_pages_to_anonymous_visitors_unless_public(client, settings):
    assert 'aria-label="Main"' not in client.get(reverse("login")).content.decode()
    settings.PUBLIC_READ = True
    assert 'aria-label="Main"' in client.get(reverse("login")).content.decode()


def test_a_journalist_cannot_flag_resolve_or_submit(journalist_client, data):
    claim_page = journalist_client.get(data["a"].get_absolute_url()).content.decode()
    assert "Flag a contradiction" not in claim_page
    queue = journalist_client.get(reverse("claims:contradictions")).content.decode()
    assert '<button type="submit" name="status" value="dismissed"' not in queue

    flag_url = reverse("claims:flag", args=[data["b"].pk])
    refused = journalist_client.get(flag_url)
    assert refused.status_code == 403
    assert "You can’t do that" in refused.content.decode()
    other = make_claims(1)[0]
    assert journalist_client.post(flag_url, {"other": other.pk, "note": "x"}).status_code == 403
    resolve = reverse("claims:resolve", args=[data["flag"].pk])
    assert journalist_client.post(resolve, {"status": "dismissed"}).status_code == 403
    assert ContradictionFlag.objects.count() == 1
    assert ContradictionFlag.objects.get().status == "open"


def test_a_refused_request_logs_one_line_not_a_traceback(journalist_client, data):
    console = next(  # the handler settings.LOGGING configured
        handler
        for handler in logging.getLogger().handlers
        if any(isinstance(f, OneLineForbidden) for f in handler.filters)
    )
    logged = io.StringIO()
    previous = console.setStream(logged)
    try:
        flag_url = reverse("claims:flag", args=[data["b"].pk])
        assert journalist_client.get(flag_url).status_code == 403
    finally:
        console.setStream(previous)
    assert f"Forbidden (Permission denied): {flag_url}" in logged.getvalue()
    assert "Traceback" not in logged.getvalue()


def test_an_editor_sees_the_actions(editor_client, data):
    claim_page = editor_client.get(data["a"].get_absolute_url()).content.decode()
    assert "Flag a contradiction" in claim_page
    queue = editor_client.get(reverse("claims:contradictions")).content.decode()
    assert '<button type="submit" name="status" value="dismissed"' in queue


def test_forms_need_a_csrf_token(data):
    client = Client(enforce_csrf_checks=True)
    client.force_login(make_user("Editor"))
    response = client.post(
        reverse("claims:resolve", args=[data["flag"].pk]), {"status": "dismissed"}
    )
    assert response.status_code == 403
    assert ContradictionFlag.objects.get().status == "open"


def test_resolving_a_flag_refuses_a_get(editor_client, data):
    response = editor_client.get(reverse("claims:resolve", args=[data["flag"].pk]))
    assert response.status_code == 405


def test_a_user_logs_in_lands_on_the_page_asked_for_and_logs_out(client, data):
    user = make_user("Journalist", username="jo")
    page = client.get(reverse("login"))
    assert b'name="csrfmiddlewaretoken"' in page.content
    wrong = client.post(reverse("login"), {"username": "jo", "password": "wrong"})
    assert "Please enter a correct username and password" in wrong.content.decode()
    response = client.post(
        reverse("login"),
        {"username": "jo", "password": DEFAULT_PASSWORD, "next": reverse("claims:speakers")},
    )
    assert response["Location"] == reverse("claims:speakers")
    assert client.get(reverse("claims:speakers")).context["user"] == user
    client.post(reverse("logout"))
    assert client.get(reverse("claims:speakers")).status_code == 302
