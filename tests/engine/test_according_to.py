"""Phrases that name a source or an intermediary: "according to X", "as X put it" and
"as quoted by X"."""

from tests.engine.helpers import find, run


def test_according_to_before_the_clause_makes_its_object_the_source():
    text = "According to the health ministry, the clinic will close in May."
    [a] = run(text)
    assert a.cue_lemma == "according to"
    assert a.source_text(text) == "the health ministry"
    assert a.content_text(text) == "the clinic will close in May"
    assert a.speaker.kind == "organisation"


def test_according_to_misparsed_at_the_sentence_start_still_splits_source_and_content():
    text = (
        "According to popular morning radio host Gus Varney, the decision stinks of "
        "“panic” and haste."
    )
    [a] = run(text)
    assert a.cue_lemma == "according to"
    assert a.source_text(text) == "popular morning radio host Gus Varney"
    assert a.content_text(text) == "the decision stinks of “panic” and haste"


def test_as_quoted_by_names_an_intermediary_and_keeps_the_source():
    text = "The rebel leader, as quoted by Reuters, said the ceasefire was over."
    [a] = run(text)
    assert a.content_text(text) == "the ceasefire was over"
    assert a.source_text(text) == "The rebel leader"
    assert a.intermediary == "Reuters"


def test_as_someone_put_it_after_a_quotation_gives_them_the_clause_holding_it():
    text = (
        "Most entrants must pass a language exam, but the real hurdle for the scheme is a "
        '"proven source of savings," as a Treasury circular put it.'
    )
    a = find(run(text), text, "proven source")
    assert a.content_text(text).startswith("the real hurdle for the scheme is")
    assert a.source_text(text) == "a Treasury circular"


def test_as_someone_put_it_before_a_quotation_gives_them_the_quotation():
    text = (
        "His degrees have not kept him from being seen, as the magazine put it in a long "
        'profile, "the operator."'
    )
    a = find(run(text), text, "the operator")
    assert a.content_text(text) == '"the operator."'
    assert a.source_text(text) == "the magazine"


def test_according_to_after_a_while_clause_vouches_for_the_whole_sentence():
    text = (
        "Ana Velk has raised $2.7 million from farm donors since March, while Tomas Orr has "
        "raised $6 million, according to new Brindle research."
    )
    a = find(run(text), text, "$6 million")
    assert a.source_text(text) == "new Brindle research"
    assert a.content_text(text) == (
        "Ana Velk has raised $2.7 million from farm donors since March, while Tomas Orr has "
        "raised $6 million"
    )


def test_according_to_after_a_colon_vouches_for_the_clause_after_it():
    text = (
        "At the same time, the levy has not driven the ferry firms away: Dunmore was the "
        "busiest port of the coast in 2015, according to one shipping index."
    )
    a = find(run(text), text, "busiest port")
    assert a.source_text(text) == "one shipping index"
    assert a.content_text(text) == "Dunmore was the busiest port of the coast in 2015"


def test_writers_participle_after_an_according_to_quotation_is_left_out():
    text = (
        "According to Ruiz, “The harbor trade is more complex than the navy,” presumably "
        "meaning this will be a focus of the inquiry."
    )
    a = find(run(text), text, "harbor trade")
    assert a.content_text(text) == "“The harbor trade is more complex than the navy,”"


def test_according_to_after_a_tagged_quotation_reports_the_scene_as_well():
    # '"…," Ruiz told the treasurer, according to two people at the meeting': Ruiz's words
    # through the two people, and the two people's account of the scene, tag and all
    text = (
        '"You have misled this board for years," Ruiz told the treasurer, according to two '
        "people at the meeting."
    )
    atts = run(text)
    assert len(atts) == 2
    [words] = [a for a in atts if a.source_text(text) == "Ruiz"]
    assert words.content_text(text) == '"You have misled this board for years,"'
    assert words.intermediary == "two people at the meeting"
    [scene] = [a for a in atts if a.source_text(text) == "two people at the meeting"]
    assert scene.cue_lemma == "according to"
    assert scene.content_text(text).endswith("Ruiz told the treasurer")


def test_according_to_after_a_reported_statement_reports_the_scene_as_well():
    text = "Ruiz told the board she would resign in May, according to two people in the room."
    atts = run(text)
    assert len(atts) == 2
    [words] = [a for a in atts if a.source_text(text) == "Ruiz"]
    assert words.content_text(text) == "she would resign in May"
    [scene] = [a for a in atts if a.source_text(text) == "two people in the room"]
    assert scene.content_text(text) == "Ruiz told the board she would resign in May"
