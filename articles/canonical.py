"""Canonical article addresses and content fingerprints, the keys entries are deduplicated on."""

import hashlib
import re
import unicodedata
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Query parameters that only say where a reader came from; the same story with or without
# them is the same story.
TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "msclkid",
        "yclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "_ga",
        "_hsenc",
        "_hsmi",
        "mkt_tok",
        "ocid",
        "cmpid",
        "smid",
        "ito",
    }
)
TRACKING_PREFIXES = ("utm_",)
DEFAULT_PORTS = {"http": 80, "https": 443}


def canonical_url(url: str) -> str:
    """The form an address is stored and compared in.

    Lower-case scheme and host, no default port, no fragment, no tracking parameters;
    path and the remaining parameters are kept as they are (servers may treat case in them).
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    netloc = host
    if parts.port and parts.port != DEFAULT_PORTS.get(scheme):
        netloc = f"{host}:{parts.port}"
    query = urlencode(
        [
            (key, value)
            for key, value in parse_qsl(parts.query, keep_blank_values=True)
            if key.lower() not in TRACKING_PARAMS and not key.lower().startswith(TRACKING_PREFIXES)
        ]
    )
    return urlunsplit((scheme, netloc, parts.path or "/", query, ""))


_WHITESPACE = re.compile(r"\s+")


def content_hash(text: str) -> str:
    """A fingerprint of an article's words, blind to case, spacing and Unicode form.

    The same story syndicated under two addresses hashes the same.
    """
    normalised = _WHITESPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()
