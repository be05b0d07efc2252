"""Shared setup for the attribution engine tests: no database, the spaCy model loaded once."""

import pytest
from spacy.language import Language

from claims.extraction import load_nlp


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_nlp()
