"""`make run` on an empty database: the demo article, queued, and an admin who can log in."""

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command

from articles.models import Article
from claimtrack.launch import boxed


@pytest.mark.django_db
def test_demo_article_is_loaded_once_and_queued(broker_queue, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo")
        call_command("load_demo")
    articles = list(Article.objects.all())
    assert len(articles) == 1
    demo = articles[0]
    assert demo.status == Article.Status.QUEUED
    assert "Putin" in demo.text
    # The page boilerplate at the end of the source file is not part of the article.
    assert "You may also like" not in demo.text
    assert broker_queue.tasks() == [("claims.tasks.extract_article", [demo.pk])]


@pytest.mark.django_db
def test_admin_account_gets_a_random_password_shown_once(capsys, monkeypatch):
    monkeypatch.delenv("CLAIMTRACK_ADMIN_PASSWORD", raising=False)
    call_command("load_demo")
    out = capsys.readouterr().out
    password = out.split("'admin', password ", 1)[1].split()[0]
    assert User.objects.get(username="admin").check_password(password)
    call_command("load_demo")
    again = capsys.readouterr().out
    assert password not in again
    # the second run says the account exists and how to give it a new password
    assert "'admin' (exists already)" in again
    assert "manage.py changepassword admin" in again


def test_make_run_shows_the_account_last_in_a_box_that_stands_out():
    box = boxed(["ClaimTrack is running at http://127.0.0.1:8000/", "", "Admin account: x"])
    lines = box.strip().splitlines()
    assert lines[0] == lines[-1] == "+" + "-" * 49 + "+"
    assert lines[2] == "| Admin account: x" + " " * 31 + " |"


@pytest.mark.django_db
def test_admin_password_can_come_from_the_environment(capsys, monkeypatch):
    monkeypatch.setenv("CLAIMTRACK_ADMIN_PASSWORD", "a long demo passphrase")
    call_command("load_demo")
    assert "a long demo passphrase" not in capsys.readouterr().out
    admin = User.objects.get(username="admin")
    assert admin.check_password("a long demo passphrase")
    assert admin.is_superuser and admin.is_staff
