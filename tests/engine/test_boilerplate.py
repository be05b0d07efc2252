"""Link lists and headlines of other stories yield nothing."""

from tests.engine.helpers import find, run


def test_read_more_and_related_link_lists_yield_nothing():
    text = (
        "The mayor said the new park would open in July.\n"
        "READ MORE: Council says bins will be collected weekly\n"
        "You may also like\n"
        "Star striker says he will never leave the club\n"
        '"We are finished": Band announces farewell tour\n'
        "Minister warns of a hard winter for energy bills\n"
    )
    atts = run(text)
    assert len(atts) == 1
    assert atts[0].content_text(text) == "the new park would open in July"


def test_link_list_ends_when_a_normal_paragraph_resumes():
    text = (
        "Related stories\n"
        "Coach says team is ready\n"
        "The mayor, who has led the city since 2019, spoke at length on Monday. "
        "She said the new park would open in July and that entry would be free.\n"
    )
    atts = run(text)
    assert [a.content_text(text) for a in atts] == [
        "the new park would open in July and that entry would be free"
    ]


def test_headline_like_line_inside_the_story_yields_nothing():
    # a link title between paragraphs: no terminal punctuation, not the story's headline
    text = (
        "The union met on Monday.\n\nUnion says strike will go ahead\n\n"
        "The union said the strike would go ahead."
    )
    atts = run(text)
    assert [a.content_text(text) for a in atts] == ["the strike would go ahead"]


def test_the_storys_own_headline_reports_what_its_source_says():
    text = (
        "Lund calls toll plan 'a disaster' for Dunmore\n\n"
        "Mayor Ivo Lund spoke to reporters in Dunmore on Monday."
    )
    a = find(run(text), text, "a disaster")
    assert a.source_text(text) == "Lund"
    assert a.cue_lemma == "call"
    assert a.speaker.name == "Ivo Lund"


def test_a_headline_source_the_story_never_names_again_is_no_speaker():
    text = (
        "Campaign for Varga says she will recast image\n\n"
        "Her aides met donors in Dunmore on Monday."
    )
    a = find(run(text), text, "recast image")
    assert a.speaker is None


def test_a_headline_name_found_only_inside_another_word_is_no_speaker():
    text = "Lund says toll plan will be scrapped\n\nThe Lundquist family met donors on Monday."
    a = find(run(text), text, "toll plan")
    assert a.speaker is None


def test_the_papers_update_and_correction_notes_yield_nothing():
    # the publication speaking of its own article: what the note restates is no report
    text = (
        "The mayor said the ferry would run all winter.\n\n"
        "This report was updated to note that Ruiz posted the ferry timetable online.\n\n"
        "Correction: A previous version of the story wrongly indicated that the pier "
        "closed in May."
    )
    atts = run(text)
    assert [a.content_text(text) for a in atts] == ["the ferry would run all winter"]


def test_a_subheading_in_capitals_run_into_its_paragraph_is_not_the_subject():
    # "THE BORROWING Back when …": the page lost the line break after the subheading
    text = (
        "The costs keep rising.\n\n"
        "THE BORROWING Back when she wrote her book, Ms. Okafor said that she considered debt "
        "a last resort."
    )
    a = find(run(text), text, "a last resort")
    assert a.source_text(text) == "Ms. Okafor"


def test_digest_items_ending_in_a_bracketed_citation_are_read_under_top_stories():
    # a newsletter's "TOP STORIES." opens a digest of prose items, not a list of links:
    # each item ends in its source's citation instead of a full stop
    text = (
        "Thursday's Morning Briefing: The Toll Vote.\n\n"
        "TOP STORIES.\n\n"
        "TOLL VOTE DELAYED AGAIN Mayor Karen Mills said the council would vote on the bridge "
        "toll “next month at the earliest.” [Gazette.]\n\n"
        "FERRY FARES TO RISE 10 PERCENT Harbor director David Orton said the new fares "
        "would take effect in May. [Courier]\n"
    )
    atts = run(text)
    mills = find(atts, text, "next month")
    assert mills.source_text(text) == "Mayor Karen Mills"
    assert mills.speaker.name == "Karen Mills"
    orton = find(atts, text, "new fares")
    assert orton.speaker.name == "David Orton"


def test_a_capitals_heading_run_into_its_paragraph_speaks_for_no_one():
    # the quotation is the cited outlet's summary; "OHIO" is no one who said it
    text = (
        "WHAT'S NEW.\n\n"
        "OHIO ENDS DIAPER LEVY “Gov. David Orton signed a law on Thursday that scraps the "
        "levy on diapers across the state.” [Courier]\n"
    )
    assert [a.source_text(text) for a in run(text)] == []


def test_a_wire_dateline_is_no_capitals_heading():
    text = (
        "Mills calls for a new bridge.\n\n"
        "NEW YORK, Nov. 19 (UPI) — Former harbor director and mayoral candidate Karen Mills "
        "is calling for the city to build a second bridge over the river.\n"
    )
    a = find(run(text), text, "second bridge")
    assert a.source_text(text).startswith("Former harbor director")
