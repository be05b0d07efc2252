"""The engine's word lists are written as text split on white space: a comment typed inside
one would become words of the list ("#", "the", "levy")."""

import pytest

from claims import names
from claims.extraction import lexicon


@pytest.mark.parametrize("module", [lexicon, names], ids=["lexicon", "names"])
def test_word_lists_hold_no_comment_words(module):
    leaked = {
        list_name: sorted(w for w in words if w.startswith("#") or w.startswith('("'))
        for list_name, words in vars(module).items()
        if isinstance(words, frozenset) and all(isinstance(w, str) for w in words)
    }
    assert {k: v for k, v in leaked.items() if v} == {}
