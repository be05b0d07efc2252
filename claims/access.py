"""Who may read: a logged-in user with read permission, or anyone when PUBLIC_READ is on.

Actions (flagging, resolving, submitting) are checked separately with permission_required,
so PUBLIC_READ never lets an anonymous visitor change anything.
"""

from functools import wraps

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied

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
