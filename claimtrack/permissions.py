"""Who may read the pages of every app: a logged-in user with read permission, or anyone
when PUBLIC_READ is on.

Actions (flagging, resolving, submitting) are checked separately with permission_required,
so PUBLIC_READ never lets an anonymous visitor change anything.
"""

import base64
import binascii
from functools import wraps

from django.conf import settings
from django.contrib.auth import authenticate
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse

READ_PERMISSION = "claims.view_claim"


def can_read(user):
    return settings.PUBLIC_READ or user.has_perm(READ_PERMISSION)


def read_access(view):
    """Let readers through; send anonymous visitors to log in; refuse users without the role."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if can_read(request.user):
            return view(request, *args, **kwargs)
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        raise PermissionDenied

    return wrapper


def basic_auth_user(request):
    """The user named by an HTTP Basic Authorization header with a right password, or None."""
    scheme, _, encoded = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "basic" or not encoded:
        return None
    try:
        username, _, password = base64.b64decode(encoded).decode("utf-8").partition(":")
    except (binascii.Error, UnicodeDecodeError):
        return None
    return authenticate(request, username=username, password=password)


def feed_access(view):
    """Like read_access, for feeds: a feed reader cannot fill in a login form, so it may send
    the account's name and password as HTTP Basic credentials instead (use HTTPS)."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if can_read(request.user):
            return view(request, *args, **kwargs)
        user = basic_auth_user(request)
        if user is not None and can_read(user):
            return view(request, *args, **kwargs)
        response = HttpResponse("Log in to read this feed.", status=401, content_type="text/plain")
        response["WWW-Authenticate"] = 'Basic realm="ClaimTrack", charset="UTF-8"'
        return response

    return wrapper
