"""OPML import and export of the feed list (the format every feed reader exchanges)."""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from lxml import etree

from articles.fetch import FetchError, check_entered_url
from articles.models import Feed

MAX_OPML_BYTES = 5 * 1024 * 1024


@dataclass
class OpmlImport:
    added: list[Feed] = field(default_factory=list)
    existing: list[Feed] = field(default_factory=list)
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (address, why)


def parse_opml(data: bytes) -> list[dict[str, str]]:
    """The feeds an OPML document lists: dicts with url, title and site_url."""
    if len(data) > MAX_OPML_BYTES:
        raise ValidationError("The OPML file is larger than 5 MB.")
    # No entities, no DTDs, no network: an uploaded file is untrusted XML.
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise ValidationError(f"Not a readable OPML file: {exc}") from None
    if root is None or root.tag != "opml":
        raise ValidationError("Not an OPML file: the document does not start with <opml>.")
    feeds = []
    for outline in root.iter("outline"):
        url = (outline.get("xmlUrl") or "").strip()
        if url:
            feeds.append(
                {
                    "url": url,
                    "title": (outline.get("title") or outline.get("text") or "").strip(),
                    "site_url": (outline.get("htmlUrl") or "").strip(),
                }
            )
    return feeds


def import_opml(data: bytes) -> OpmlImport:
    """Add the listed feeds that are new; report those already here and those refused."""
    report = OpmlImport()
    with transaction.atomic():
        for item in parse_opml(data):
            try:
                check_entered_url(item["url"])
            except FetchError as exc:
                report.rejected.append((item["url"], str(exc)))
                continue
            if len(item["url"]) > 2000:
                report.rejected.append((item["url"][:100] + "…", "address too long"))
                continue
            site_url = item["site_url"] if item["site_url"].startswith("http") else ""
            feed, created = Feed.objects.get_or_create(
                url=item["url"],
                defaults={"title": item["title"][:500], "site_url": site_url[:2000]},
            )
            (report.added if created else report.existing).append(feed)
    return report


def export_opml(feeds) -> bytes:
    root = etree.Element("opml", version="2.0")
    head = etree.SubElement(root, "head")
    etree.SubElement(head, "title").text = "ClaimTrack feeds"
    etree.SubElement(head, "dateCreated").text = timezone.now().strftime(
        "%a, %d %b %Y %H:%M:%S GMT"
    )
    body = etree.SubElement(root, "body")
    for feed in feeds:
        attributes = {"type": "rss", "text": feed.title or feed.url, "xmlUrl": feed.url}
        if feed.title:
            attributes["title"] = feed.title
        if feed.site_url:
            attributes["htmlUrl"] = feed.site_url
        etree.SubElement(body, "outline", attributes)
    return etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True)
