"""An Atom feed of each speaker's newest claims, for feed readers and newsroom alerts."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed

from claims.models import Claim, Speaker
from claims.templatetags.claim_quotes import quoted_plain
from claims.views import moved_speaker

FEED_ITEMS = 50


class SpeakerClaimsFeed(Feed):
    feed_type = Atom1Feed

    def __call__(self, request, slug):
        if not Speaker.objects.filter(slug=slug).exists():
            return moved_speaker(request, slug)
        return super().__call__(request, slug=slug)

    def get_object(self, request, slug):
        return Speaker.objects.get(slug=slug)

    def title(self, speaker):
        return f"{speaker.name}: new claims on ClaimTrack"

    def link(self, speaker):
        return speaker.get_absolute_url()

    def subtitle(self, speaker):
        return speaker.description or f"What {speaker.name} is quoted as saying in the news."

    def items(self, speaker):
        return Claim.objects.for_list().by_speaker(speaker)[:FEED_ITEMS]

    def item_title(self, claim):
        return quoted_plain(claim, 20)

    def item_description(self, claim):
        source = " · ".join(filter(None, [claim.article.outlet, claim.article.title]))
        said = quoted_plain(claim)
        return f"{said} — {claim.speaker_text or claim.speaker_name}, {claim.cue}. {source}"

    def item_link(self, claim):
        return claim.get_absolute_url()

    def item_pubdate(self, claim):
        return claim.published

    def item_updateddate(self, claim):
        return claim.updated_at

    def item_author_name(self, claim):
        return claim.speaker_name
