"""Direct quotations: marks, cue positions, split and long quotes."""

import pytest

from tests.engine.helpers import find, run, speaker_name


def test_curly_quote_with_cue_after():
    text = "“The bridge will reopen in June,” the mayor said on Tuesday."
    [a] = run(text)
    assert a.kind == "direct"
    assert a.content_text(text).startswith("“The bridge will reopen in June")
    assert a.cue_text(text) == "said"
    assert a.cue_lemma == "say"
    assert a.source_text(text) == "the mayor"


def test_straight_quote_with_cue_before():
    text = 'Maria Lopez said: "Our members have voted to strike."'
    [a] = run(text)
    assert a.kind == "direct"
    assert "Our members have voted to strike." in a.content_text(text)
    assert a.source_text(text) == "Maria Lopez"
    assert speaker_name(a) == "Maria Lopez"


def test_guillemets():
    text = "«Nous ne céderons pas», said the French minister, Paul Girard, on Monday."
    atts = run(text)
    a = find(atts, text, "Nous ne céderons pas")
    assert a.kind == "direct"


def test_single_quotes_that_quote_but_not_apostrophes():
    text = "The coach said the team's defence had been 'simply outstanding all season long.'"
    a = find(run(text), text, "simply outstanding")
    assert "the team's defence" in a.content_text(text)
    assert a.kind == "mixed"


def test_split_quote_is_one_attribution():
    text = '"We tried everything," the captain said, "but the engine would not start."'
    atts = run(text)
    assert len(atts) == 1
    [a] = atts
    assert len(a.content) == 2
    assert "We tried everything" in a.content_text(text)
    assert "the engine would not start" in a.content_text(text)
    assert a.source_text(text) == "the captain"


def test_quote_over_several_sentences():
    text = (
        "“The river rose overnight. Nobody expected it. We moved the animals first,” "
        "said Tom Baker, a farmer near the dam."
    )
    [a] = run(text)
    assert a.content_text(text).startswith("“The river rose overnight. Nobody expected it.")
    assert speaker_name(a) == "Tom Baker"


def test_paragraph_ending_inside_quote_continues_when_reopened():
    text = (
        "The director, Anna Novak, spoke at length. “The budget is fixed for this year.\n\n"
        "“Next year we will ask for more, and we will explain why,” she said."
    )
    atts = run(text)
    a = find(atts, text, "The budget is fixed")
    assert "Next year we will ask for more" in a.content_text(text)
    assert speaker_name(a) == "Anna Novak"


def test_colon_introduced_quote_in_next_paragraph():
    text = "The senator added:\n\n“This bill protects families, and I will vote for it.”"
    [a] = run(text)
    assert a.kind == "direct"
    assert "This bill protects families" in a.content_text(text)
    assert a.source_text(text) == "The senator"


def test_was_quoted_as_saying():
    text = "The general was quoted as saying that the troops would stay until spring."
    [a] = run(text)
    assert "the troops would stay until spring" in a.content_text(text)
    assert a.source_text(text) == "The general"


def test_partial_quote_inside_reported_speech():
    text = "Ms. Grant said the company “deeply regrets” the delay to the flights."
    [a] = run(text)
    assert a.kind == "mixed"
    assert a.content_text(text) == "the company “deeply regrets” the delay to the flights"
    assert a.source_text(text) == "Ms. Grant"


def test_scare_quotes_alone_are_not_attributions():
    text = 'The so-called "reform" package was published on Friday.'
    assert run(text) == []


def test_follow_on_quote_joins_the_same_speaker():
    text = "“We are not leaving,” said Omar Haddad, who runs the bakery. “This street is our home.”"
    atts = run(text)
    assert len(atts) == 1
    assert "This street is our home." in atts[0].content_text(text)
    assert speaker_name(atts[0]) == "Omar Haddad"


def test_transcript_speaker_labels():
    text = (
        "HOST: Will you stand again next year?\n"
        "SMITH: I have not decided, and I will tell my party first.\n"
        "HOST: Thank you for joining us.\n"
        "SMITH: Thank you.\n"
    )
    atts = run(text)
    a = find(atts, text, "I have not decided")
    assert a.source_text(text) == "SMITH"
    assert a.content_text(text) == "I have not decided, and I will tell my party first"


def test_signed_quotation_lines():
    text = (
        "Readers told us what they thought of the debate.\n\n"
        "“It was a waste of two hours. Nobody answered the questions.” ― Maria Fernandez\n\n"
        "“I learned more than I expected.” ― Peter Novak\n\n"
        "“The pipeline will poison the river for a generation.” ― Greenpeace USA\n"
    )
    atts = run(text)
    c = find(atts, text, "poison the river")
    assert c.source_text(text) == "Greenpeace USA"
    assert c.content_text(text) == "“The pipeline will poison the river for a generation.”"
    a = find(atts, text, "It was a waste of two hours")
    assert a.source_text(text) == "Maria Fernandez"
    b = find(atts, text, "I learned more")
    assert speaker_name(b) == "Peter Novak"


def test_doubled_apostrophes_as_quotation_marks():
    text = "''We will appeal,'' the lawyer said. ''The ruling ignores the evidence.''"
    atts = run(text)
    assert len(atts) == 1
    assert "We will appeal" in atts[0].content_text(text)
    assert "The ruling ignores the evidence" in atts[0].content_text(text)


def test_quoted_phrase_in_the_object_of_any_verb():
    text = 'The senator branded the proposal "a gift to polluters" in a late-night speech.'
    [a] = run(text)
    assert "a gift to polluters" in a.content_text(text)
    assert a.source_text(text) == "The senator"


def test_quote_paragraph_after_reported_speech_continues_the_speaker():
    text = (
        "The harbour master said on Friday that the ferry would resume sailing next week.\n\n"
        "“We have replaced the damaged ramp and the crews are ready to go.”\n\n"
        "The ferry carries about 400 passengers a day."
    )
    atts = run(text)
    a = find(atts, text, "replaced the damaged ramp")
    assert a.source_text(text) == "The harbour master"
    assert not any("400 passengers" in x.content_text(text) for x in atts)


def test_quotation_in_the_object_of_a_fronted_participle():
    text = 'Criticising the "reckless spending plan," the councillor voted against the budget.'
    a = find(run(text), text, "reckless spending plan")
    assert a.source_text(text) == "the councillor"


def test_quote_before_cue_wins_over_a_circumstance_after_it():
    text = (
        "The hearing ended late.\n\n"
        "“You should step down and give back the bonus,” the senator told the chief executive, "
        "after he admitted that nobody had been fired."
    )
    a = find(run(text), text, "step down")
    assert a.kind == "direct"
    assert "after he admitted" not in a.content_text(text)
    assert a.source_text(text) == "the senator"


def test_quotation_owned_by_a_noun_of_saying():
    text = "Critics pointed to his warning that “the bridge will not last another winter.”"
    a = find(run(text), text, "the bridge will not last")
    assert a.kind == "direct"
    assert a.source_text(text) == "his"
    assert a.cue_text(text) == "warning"


def test_quotation_owned_by_a_possessor():
    text = "Few took seriously the mayor’s “grand plan for the waterfront.”"
    a = find(run(text), text, "grand plan")
    assert a.source_text(text) == "the mayor"


def test_curly_apostrophes_inside_words_parse_as_straight_ones():
    from claims.extraction.engine import parse_text

    text = "The nominee’s plan isn’t ‘serious’, said the voters’ group."
    seen = parse_text(text)
    assert len(seen) == len(text)
    assert seen == "The nominee's plan isn't ‘serious’, said the voters’ group."


def test_a_document_that_reads_a_quotation():
    text = "The letter reads, “We regret that the school will close in June.”"
    a = find(run(text), text, "We regret")
    assert a.source_text(text) == "The letter"
    assert a.cue_text(text) == "reads"


def test_second_quotation_far_after_the_cue_is_not_the_same_quote():
    text = (
        '"We need to talk about wages and rents, not about personalities," Ms. Ortiz said, '
        "listing several questions for the candidates at the forum, including, "
        '"Why do rents keep rising faster than wages in this city?"'
    )
    a = find(run(text), text, "We need to talk")
    assert "Why do rents" not in a.content_text(text)


def test_stray_mark_of_another_style_is_not_a_quotation():
    text = (
        '“Here he is, babe,” she said.\n\n"Trump walked onto the stage, chanting “U-S-A! U-S-A!”\n'
    )
    atts = run(text)
    first = find(atts, text, "Here he is")
    assert first.content_text(text) == "“Here he is, babe,”"
    chant = find(atts, text, "U-S-A")
    assert chant.source_text(text) == "Trump"
    assert chant.content_text(text) == "“U-S-A! U-S-A!”"


def test_words_before_a_colon_that_opens_the_quotation_are_not_content():
    text = "Claire McCaskill scolded him: “The community is against you,” she said."
    a = find(run(text), text, "community")
    assert a.content_text(text) == "“The community is against you,”"
    # "him" is the person scolded: it says nothing of McCaskill's gender
    assert a.speaker.name == "Claire McCaskill"


@pytest.mark.parametrize(
    "lead",
    ["Sanders made the following comment:", "The senator issued a statement:"],
)
def test_noun_of_saying_then_colon_introduces_a_quotation(lead):
    text = f"{lead} “For young people the unemployment rate is 33 percent.”"
    a = find(run(text), text, "unemployment")
    assert a.content_text(text) == "“For young people the unemployment rate is 33 percent.”"
    assert a.kind == "direct"


def test_quoted_phrase_whose_opening_mark_hangs_on_the_verb():
    text = "Hillary Clinton spoke “directly to white people” after the latest police shooting."
    a = find(run(text), text, "white people")
    assert a.source_text(text) == "Hillary Clinton"
    assert a.content_text(text) == "“directly to white people”"


def test_clause_with_its_own_speaker_is_not_the_content_of_a_later_cue():
    text = (
        "“You winning?” she said, but Kevin was drifting off again, and Melanie said yes, "
        "yes, yes, over and over again."
    )
    atts = run(text)
    winning = find(atts, text, "You winning")
    assert winning.content_text(text) == "“You winning?”"
    assert winning.source_text(text) == "she"
    assert not any("drifting" in a.content_text(text) for a in atts)


def test_the_phrase_named_is_the_content():
    text = "The governor has used the phrase “radical reform” often in his campaign."
    a = find(run(text), text, "radical reform")
    assert a.content_text(text) == "“radical reform”"
    assert a.source_text(text) == "The governor"


def test_coordinated_quotations_are_one_content():
    text = (
        "The senator complained about “how the system is rigged,” and “wounded American families.”"
    )
    atts = run(text)
    assert len(atts) == 1
    assert len(atts[0].content) == 2
    assert atts[0].source_text(text) == "The senator"


def test_horizontal_bar_reads_as_a_dash():
    text = (
        "The senator has been steadily pounding the mayor as a “con artist” ― just as he "
        "did with the governor in 2012."
    )
    a = find(run(text), text, "con artist")
    assert a.content_text(text) == "the mayor as a “con artist”"
    assert a.source_text(text) == "The senator"


def test_as_someone_put_it_after_a_quotation():
    text = (
        "Most applicants must meet education rules, but the main test for the program is a "
        '"lawful source of investment income," as a Homeland Security memo put it.'
    )
    a = find(run(text), text, "lawful source")
    assert a.content_text(text).startswith("the main test for the program is")
    assert a.source_text(text) == "a Homeland Security memo"


def test_as_someone_put_it_before_a_quotation():
    text = (
        "His degrees have not kept him from being seen, as the magazine put it in a long "
        'profile, "the operator."'
    )
    a = find(run(text), text, "the operator")
    assert a.content_text(text) == '"the operator."'
    assert a.source_text(text) == "the magazine"


@pytest.mark.parametrize(
    ("headline", "source", "content"),
    [
        (
            "Veterans Groups Rip Senator As A ‘Disgrace To The Uniform.’",
            "Veterans Groups",
            "Senator As A ‘Disgrace To The Uniform.’",
        ),
        (
            "Governor Speaks ‘Plainly To Farmers’ After Long Drought.",
            "Governor",
            "‘Plainly To Farmers’",
        ),
    ],
)
def test_title_case_headline_with_a_quotation(headline, source, content):
    text = f"{headline}\n\nThe story begins here and goes on.\n"
    a = find(run(text), text, content)
    assert a.source_text(text) == source
    assert a.content_text(text) == content


def test_title_case_headline_without_a_cue_reports_nothing():
    text = "Mayor Opens ‘Green Bridge’ Over River.\n\nThe story begins here.\n"
    assert run(text) == []


def test_cue_between_the_pieces_of_a_split_quote_keeps_its_own_attribution():
    text = (
        "“This is in their heads,” said the pollster, speaking of the senator’s health. "
        "“It worries them more than anything.”"
    )
    atts = run(text)
    quote = find(atts, text, "in their heads")
    assert "It worries them" in quote.content_text(text)
    aside = find(atts, text, "the senator’s health")
    assert aside.content_text(text) == "the senator’s health"
    assert aside.source_text(text) == "the pollster"


def test_quotation_after_a_colon_is_presented_by_the_clause_subject():
    text = (
        "The article took its headline from the last interview: “Finally, someone "
        "who listens to us.” The message was clear."
    )
    a = find(run(text), text, "someone who listens")
    assert a.source_text(text) == "The article"
    assert a.content_text(text) == "“Finally, someone who listens to us.”"


def test_quotation_after_a_colon_with_no_one_to_present_it():
    text = "The rules of the house are simple: “No phones at the table.”"
    assert run(text) == []


def test_quotation_after_a_colon_goes_on_with_what_was_said():
    text = (
        "The senator said she has the one quality the job needs: “Steadiness, and a lot of "
        "patience.”"
    )
    atts = run(text)
    assert len(atts) == 1
    assert atts[0].content_text(text).endswith("a lot of patience.”")


def test_transcript_turn_quoted_over_several_paragraphs():
    text = (
        '"HOST: Do you really see those two as the same?\n\n'
        '"MAYOR: Well, look, he has been saying some pretty tough things about my city.\n\n'
        '"But the truth is that the city has a unique way of answering its critics.\n\n'
        '"HOST: Thank you, mayor.\n\n'
        '"MAYOR: Thank you, it was a pleasure to be here.\n\n'
        "The interview ended there.\n"
    )
    atts = run(text)
    a = find(atts, text, "pretty tough things")
    assert a.content_text(text).endswith("answering its critics")
    assert all("interview ended" not in x.content_text(text) for x in atts)
    host = find(atts, text, "Thank you, mayor")
    assert host.content_text(text) == "Thank you, mayor"
