"""Logging filters named in settings.LOGGING."""

import logging

from django.core.exceptions import PermissionDenied


class OneLineForbidden(logging.Filter):
    """A refused request is an expected event, not a fault: Django logs it with the
    PermissionDenied traceback attached; keep its one line ("Forbidden (Permission denied):
    /flags/3/resolve/") and drop the traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and isinstance(record.exc_info[1], PermissionDenied):
            record.exc_info = None
            record.exc_text = None
        return True
