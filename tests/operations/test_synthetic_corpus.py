"""The synthetic archive bench-web runs on: its repeated quotes come with the groups that
grouping itself would make."""

import pytest
from django.core.management import call_command

from bench.corpus import build_corpus
from claims import spread
from claims.models import Claim, QuoteGroup, QuoteRole

# The corpus ends with VACUUM, which runs outside a transaction.
pytestmark = pytest.mark.django_db(transaction=True)


def partition():
    groups = {}
    for claim_id, group_id in Claim.objects.values_list("id", "quote_group_id"):
        groups.setdefault(group_id, set()).add(claim_id)
    return {frozenset(claims) for claims in groups.values() if len(claims) > 1}


def test_the_corpus_repeats_quotes_in_groups_that_regrouping_finds_again():
    build_corpus(3000, seed=7, replace=True, log=lambda line: None)
    repeated = QuoteGroup.objects.repeated()
    assert repeated.count() > 30
    assert not Claim.objects.filter(quote_group=None).exists()
    assert QuoteGroup.objects.filter(speakers_differ=True).exists()
    for group in repeated[:20]:
        claims = Claim.objects.filter(quote_group=group).order_by("published", "id")
        assert group.claim_count == claims.count()
        assert group.first_claim_id == claims[0].pk
        assert claims[0].quote_role == QuoteRole.FIRST
        if not group.speakers_differ:
            assert {claim.quote_role for claim in claims[1:]} == {QuoteRole.REPEAT}
    # Nothing left for the command to do; regrouping from scratch finds nearly every group
    # (a quote whose two disjoint fragments came before the whole stays two groups).
    assert not spread.ungrouped_claims().exists()
    made = partition()
    call_command("group_quotes", "--regroup")
    found = partition()
    assert len(made & found) >= 0.95 * len(made)
