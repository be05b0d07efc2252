"""Speaker labels and headlines: transcript label lines ("NAME: …"), signed quotation
lines, headline labels, headline quotations and Title Case headlines."""

import pytest

from tests.engine.helpers import find, run, speaker_name


def test_transcript_label_lines_name_the_speaker_of_each_turn():
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


def test_transcript_turn_quoted_over_several_paragraphs_is_one_content():
    text = (
        '"HOST: Do you honestly think the two are alike?\n\n'
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


def test_quotation_line_signed_after_a_bar_is_attributed_to_the_signer():
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


def test_headline_label_before_a_colon_is_the_source():
    text = (
        "Survey: Most Commuters Want Longer Hours for the Night Bus.\n\n"
        "A survey of 2,000 commuters found strong support for a longer service."
    )
    atts = run(text)
    a = find(atts, text, "Most Commuters Want")
    assert a.source_text(text) == "Survey"


def test_headline_label_before_a_long_topic_after_on_is_the_source():
    # "Name on Topic: ‘…’" whatever the topic's length: the name before "on" said it
    text = (
        "Mills on Orton Keeping the Ferry Contract Drafts From Last Spring Locked Away: "
        "‘He Has No Choice Now.’\n\n"
        "On Sunday, Sen. Karen Mills, a longtime ally of David Orton, said on a radio show "
        "that he should publish the drafts.\n"
    )
    a = find(run(text), text, "He Has No Choice")
    assert a.source_text(text) == "Mills"
    assert a.speaker.name == "Karen Mills"


def test_one_word_headline_label_is_the_source():
    text = (
        "Varga: Holm needs to 'stop all of this name-calling' with Brandt.\n\n"
        "Petra Varga offered some advice to Ines Holm on Thursday."
    )
    a = find(run(text), text, "name-calling")
    assert a.source_text(text) == "Varga"


@pytest.mark.parametrize(
    "kicker", ["The Latest", "Analysis", "Podcast", "Live Updates", "What We Know"]
)
def test_headline_kicker_is_not_a_source(kicker):
    text = f"{kicker}: Storm closes schools across the county.\n\nSchools will reopen Monday."
    assert not any(a.source_text(text) == kicker for a in run(text))


def test_headline_quotation_after_a_colon_quotes_the_person_named_before_it():
    text = (
        "Margaret Holloway Grills Dunmore Trust Chief: ‘You Should Step Down Today.’\n\n"
        "The senator questioned the bank's chief executive on Tuesday."
    )
    a = find(run(text), text, "Step Down Today")
    assert a.source_text(text) == "Margaret Holloway"
    assert a.kind == "direct"


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
def test_title_case_headline_with_a_cue_and_a_quotation_reports_its_subject(
    headline, source, content
):
    text = f"{headline}\n\nThe story begins here and goes on.\n"
    a = find(run(text), text, content)
    assert a.source_text(text) == source
    assert a.content_text(text) == content


def test_quoting_title_case_headline_keeps_its_quotation_in_the_content():
    """The parse reads the headline's cue with only the name after it as content; the
    quotation further on belongs to the same content."""
    text = (
        "Mayor Tom Hale Is Now Calling Ruiz The ‘Worst Neighbour’ For The Port.\n\n"
        "The mayor spoke on Monday at the harbour.\n"
    )
    a = find(run(text), text, "Worst Neighbour")
    assert a.source_text(text) == "Mayor Tom Hale"
    assert a.content_text(text) == "Ruiz The ‘Worst Neighbour’ For The Port"


@pytest.mark.parametrize(
    ("headline", "source", "content"),
    [
        ("Governor Ilse Varga Endorses Tomas Brill.", "Governor Ilse Varga", "Tomas Brill"),
        (
            "Tomas Brill Promises New Ferries In His First Year As Mayor.",
            "Tomas Brill",
            "New Ferries In His First Year As Mayor",
        ),
    ],
)
def test_title_case_headline_with_a_present_tense_cue_after_a_name_reports_its_subject(
    headline, source, content
):
    text = f"{headline}\n\nThe story begins here and goes on.\n"
    [a] = run(text)
    assert a.source_text(text) == source
    assert a.content_text(text) == content


def test_title_case_subheading_further_down_with_a_quotation_reports_its_subject():
    # a list of people, each under a numbered subheading
    text = (
        "Singers Who Spoke Up This Year\n\n"
        "The list below is in no order.\n\n"
        "4\nAna Ruiz Questioned Who Gets To Be Called “Truly Local.”\n\n"
        "Ruiz grew up in the valley and sings in two languages.\n"
    )
    a = find(run(text), text, "Truly Local")
    assert a.source_text(text) == "Ana Ruiz"
    assert a.content_text(text) == "Who Gets To Be Called “Truly Local.”"


def test_title_case_subheading_whose_cue_follows_no_name_has_no_speaker():
    text = (
        "Singers Who Spoke Up This Year\n\n"
        "The list below is in no order.\n\n"
        "5\nAna Lee Opened Up About Being Called “A Good Neighbour.”\n\n"
        "Lee grew up in the valley.\n"
    )
    assert not any(a.source_text(text).endswith("Being") for a in run(text))


def test_plural_noun_before_the_headlines_own_verb_is_no_cue():
    text = "Tomas Brill Harbour Toll Rules Face A Vote In Court.\n\nThe story begins here.\n"
    assert run(text) == []


def test_title_case_headline_without_a_cue_reports_nothing():
    text = "Mayor Opens ‘Green Bridge’ Over River.\n\nThe story begins here.\n"
    assert run(text) == []


def test_a_transcript_label_takes_the_first_name_the_guest_calls_the_host_by():
    text = (
        "Partial transcript as follows:\n\n"
        "HARLOW: Governor, will the senator be at the debate tomorrow?\n\n"
        "QUINN: Well, look, this is a serious election, Dana. The senator will not attend.\n\n"
        "HARLOW: Governor, I want to ask you about the polls.\n\n"
        "QUINN: I think the polls are wrong, Dana."
    )
    a = find(run(text), text, "ask you about the polls")
    assert speaker_name(a) == "Dana Harlow"


def test_a_name_and_a_colon_inside_a_paragraph_give_the_quotation_to_the_name():
    # a round-up that strings its sources along one paragraph: "- Name: “quotation”"
    text = (
        "What the spring primaries told us\n\n"
        "Turnout fell in the rural counties again this spring - Pollster Maria Delgado: "
        "“Fewer people came out in the small towns, and the ones who did were older than "
        "we had expected.”"
    )
    atts = run(text)
    a = find(atts, text, "Fewer people came out")
    assert a.source_text(text) == "Maria Delgado"
    assert a.kind == "direct"


def test_a_name_label_with_party_and_state_in_brackets_gives_the_quotation_to_the_name():
    # hearing transcripts: "Rep. Name (party-state):" before each question
    text = (
        "The committee met for eleven hours on the harbour contracts.\n\n"
        'Rep. Lena Marsh (D-Ore.): "Nobody on this committee has seen that number before. '
        'Where did it come from?"'
    )
    atts = run(text)
    question = find(atts, text, "Nobody on this committee")
    assert speaker_name(question) == "Lena Marsh"


def test_a_quotation_mark_glued_to_the_colon_after_a_name_label_is_read():
    # scraped pages drop the space: 'Name:"Words' must not read as one word
    text = (
        "The committee met for eleven hours on the harbour contracts.\n\n"
        'Rep. Lena Marsh (D-Ore.):"Nobody on this committee has seen that number before."\n\n'
        'Former port director Oskar Vidal:"It came from the auditors, who checked every '
        'invoice twice."'
    )
    atts = run(text)
    assert speaker_name(find(atts, text, "Nobody on this committee")) == "Lena Marsh"
    assert speaker_name(find(atts, text, "It came from the auditors")) == "Oskar Vidal"


def test_a_round_up_label_on_its_own_line_names_the_quotation_below_it():
    # readers' or witnesses' reactions set out as "Name, outlet:" then a quoted paragraph
    text = (
        "Here is how readers reacted overnight.\n\n"
        "Tom Hale, Millbrook Gazette:\n\n"
        '"The vote was rigged from the start and everybody on the council knew it."\n\n'
        "Stella Marsh, retired teacher:\n\n"
        "“I have voted in every election since 1970 and never seen a council this arrogant.”"
    )
    atts = run(text)
    assert find(atts, text, "rigged from the start").source_text(text) == "Tom Hale"
    a = find(atts, text, "voted in every election")
    assert a.source_text(text) == "Stella Marsh"
    assert a.kind == "direct"


def test_a_label_of_a_name_and_its_description_gives_the_quotation_to_the_name():
    text = (
        "The pilots were not consulted.\n\n"
        'Ana Lopez, harbour pilot: "Nobody asked the pilots, and the pilots are the ones who '
        'will pay for this."'
    )
    a = find(run(text), text, "Nobody asked the pilots")
    assert a.source_text(text) == "Ana Lopez"
    assert speaker_name(a) == "Ana Lopez"


def test_a_line_ending_in_a_colon_after_a_sentence_is_no_label_for_the_next_paragraph():
    # "The mayor said the following:" has a verb; "In short:" names no one
    text = (
        "Ruiz ended the meeting early.\n\n"
        "In short:\n\n"
        '"Nobody asked the pilots, and the pilots are the ones who will pay for this."'
    )
    atts = run(text)
    assert all(a.source_text(text) != "In short" for a in atts if a.source)


def test_a_clause_with_a_verb_before_the_colon_is_no_name_label():
    text = (
        "Bridge repairs\n\n"
        'The mayor wrote the council a note: "We will reopen the bridge by Friday, as promised."'
    )
    atts = run(text)
    a = find(atts, text, "We will reopen the bridge")
    assert a.source_text(text) == "The mayor"


def test_title_case_headline_with_a_verb_outside_the_lexicon_reports_its_subject():
    text = "Senator Just Insulted The Farmers In The Worst Way — ‘Go Home.’\n\nShe spoke Monday."
    a = find(run(text), text, "Go Home.")
    assert a.content_text(text).startswith("The Farmers")
    assert a.source_text(text) == "Senator"


def test_quotation_signed_on_the_line_after_it_with_a_dash():
    text = (
        "Readers wrote in.\n\n"
        '"Rents in this town have doubled in two years and nobody cares."\n\n'
        "- Ann Ruiz, Portland.\n\nThe council met on Monday."
    )
    [a] = run(text)
    assert a.content_text(text).startswith('"Rents in this town')
    assert a.source_text(text) == "Ann Ruiz"
    assert a.cue_text(text) == "-"


def test_the_dash_and_line_breaks_around_a_signature_are_no_part_of_the_signers_name():
    text = (
        "Readers wrote in.\n\n"
        '"The new bridge is a waste of money and nobody asked for it."\n\n'
        "- Ann Ruiz, Portland.\n\nThe council met on Monday."
    )
    [a] = run(text)
    assert speaker_name(a) == "Ann Ruiz"


def test_a_signature_dash_glued_to_the_name_is_no_part_of_it():
    text = (
        "Another first.\n"
        "Readers wrote in after the vote.\n"
        '"The whole idea of a toll on the old bridge is something we hear about all the time."\n'
        "-Susan Miller, Farland.\n"
        "The council met on Monday."
    )
    a = find(run(text), text, "toll on the old bridge")
    assert speaker_name(a) == "Susan Miller"


def test_quotation_whose_last_line_inside_the_marks_signs_it():
    text = (
        "Economists reacted.\n\n"
        '"We will walk into the next downturn with no plan whatsoever.\n'
        'Tom Berg, Institute for Jobs."\n\nOthers agreed.'
    )
    [a] = run(text)
    assert "with no plan whatsoever" in a.content_text(text)
    assert "Institute" not in a.content_text(text)
    assert a.source_text(text) == "Tom Berg"


def test_news_agency_credit_after_a_quotation_is_no_signature():
    text = (
        "The rally ended.\n\n"
        '"He called him my friend in front of the crowd on Tuesday."\n\n- Reuters.'
    )
    assert not any(a.source_text(text).startswith("Reuters") for a in run(text))


def test_headline_label_owns_its_line_over_a_source_read_across_the_colon():
    # the parser reads the headline as one sentence with "Ask" as its verb
    text = (
        "Ann Ruiz: ‘It Is Not A Fair Idea’ To Ask For A Higher Rent.\n\n"
        "PORTLAND — Ann Ruiz defended her plan on Monday."
    )
    a = find(run(text), text, "Higher Rent")
    assert a.source_text(text) == "Ann Ruiz"
    assert a.content_text(text).startswith("‘It Is Not A Fair Idea’")


def test_a_headline_name_run_into_seeks_is_the_person_the_article_names():
    # "Okafor Seeks …": the model may label "Okafor Seeks" one name; the verb is no part.
    text = (
        "Okafor Seeks More Funding For Schools As She Opens New Campus.\n\n"
        "Governor Grace Okafor said on Monday that the state would spend more on schools."
    )
    atts = [a for a in run(text) if a.source and a.source_text(text).startswith("Okafor")]
    assert all(speaker_name(a) in (None, "Grace Okafor") for a in atts)


def test_inverted_tag_before_a_colon_gives_the_quotation_to_the_name_after_the_verb():
    # 'Added Ruiz: "…"': the verb of saying opens the sentence, the name follows it
    text = (
        "The mayor spoke for an hour.\n\n"
        "Added Ruiz: “We will not let this bridge fall down while I am in office.”"
    )
    a = find(run(text), text, "bridge fall down")
    assert a.kind == "direct"
    assert a.source_text(text) == "Ruiz"
    assert a.cue_text(text) == "Added"


def test_inverted_tag_verb_is_no_part_of_the_speakers_name():
    # 'Continued Ruiz: "…"' had made a speaker "Continued Ruiz", a page of its own beside
    # the mayor's
    text = (
        "Mayor Ana Ruiz spoke for an hour about the harbour.\n\n"
        "Continued Ruiz: “We will not let this bridge fall down while I am in office.”\n\n"
        "Stated Ruiz: “The dredger costs more than the town earns in a year.”"
    )
    atts = run(text)
    assert speaker_name(find(atts, text, "bridge fall down")) == "Ana Ruiz"
    assert speaker_name(find(atts, text, "dredger costs")) == "Ana Ruiz"


def test_a_turn_labelled_with_a_full_name_in_capitals_names_the_later_surname_labels():
    text = (
        "The full exchange, from the Sunday programme:\n\n"
        "MARGARET OYELARAN: We turn now to the harbour bill. Let us hear the mayor.\n\n"
        "OYELARAN: Do you think the harbour bill will pass before the summer?\n\n"
        "DUNMORE: I think it will pass, and I think it will pass with votes to spare.\n\n"
        "OYELARAN: And what happens to the ferry workers if it does not?\n\n"
        "DUNMORE: They will keep their jobs, whatever the council decides.\n"
    )
    atts = run(text)
    host = find(atts, text, "ferry workers")
    assert host.source_text(text) == "OYELARAN"
    assert speaker_name(host) == "Margaret Oyelaran"


def test_a_headlines_new_polls_are_no_person():
    text = (
        "New Polls Find Wide Leads in Harbor Race.\n\n"
        "Okafor leads Ruiz by 12 points, two polls found on Monday."
    )
    a = find(run(text), text, "Wide Leads")
    assert a.speaker is None or a.speaker.kind != "person"


@pytest.mark.parametrize(
    "headline",
    [
        "CAUGHT: Emails Reveal Mayor Tova Brill And Aide Plotting To Do THIS At Hearing.",
        "Blockbuster: The Council Just Gave Mayor Tova Brill A New Reason To Worry.",
    ],
)
def test_a_headline_label_the_story_never_names_again_is_a_kicker_not_a_speaker(headline):
    kicker = headline.split(":")[0]
    text = (
        f"{headline}\n\n"
        "The city council opened a new inquiry into the harbour contract on Tuesday, and "
        "Mayor Tova Brill said she would cooperate."
    )
    assert not any(a.speaker and a.speaker.name == kicker for a in run(text))


def test_a_verb_after_a_surname_in_the_headline_is_no_part_of_the_name():
    # the model runs the headline's verb into the name: "Dunn Heard", one person
    text = (
        "After Dunn Heard What His Rival Just Said, He Unleashes\n\n"
        "Dunn said on Monday that the mayor should resign. "
        "“The city deserves better,” Dunn said."
    )
    atts = run(text)
    assert {speaker_name(a) for a in atts} == {"Dunn"}


def test_a_surname_tagged_a_verb_before_a_headline_verb_is_the_name():
    # "Okafor Calls On Council To Resign", the surname tagged a verb (as "Trump" can be):
    # the name is the surname, not the headline's verb
    from spacy.tokens import Doc

    from claims.extraction.coref.person import name_tokens
    from claims.extraction.engine import load_nlp

    words = ["Okafor", "Calls", "On", "Council", "To", "Resign"]
    doc = Doc(
        load_nlp().vocab,
        words=words,
        tags=["VB", "NNS", "IN", "NNP", "TO", "VB"],
        sent_starts=[True] + [False] * 5,
        ents=["B-PERSON", "I-PERSON", "O", "O", "O", "O"],
    )
    assert [t.text for t in name_tokens(doc.ents[0])] == ["Okafor"]


def test_a_headline_label_before_a_colon_is_not_the_subject():
    # "The Latest: Trump urges …": the label is the kind of story; Trump urges.
    text = (
        "The Latest: Trump urges supporters to watch the polling places.\n\n"
        "WASHINGTON (AP) — Here is the latest from the campaign trail (times EDT):\n\n"
        "7 p.m.\n\nThe candidate spoke to a crowd in Ohio on Friday."
    )
    a = find(run(text), text, "watch the polling places")
    assert a.source_text(text) == "Trump"


def test_a_name_opening_a_paragraph_before_an_aside_between_dashes_is_no_label():
    # "Name — who has said … — said …" is a sentence, not "Name — words" in a list
    text = (
        "The rally ran late.\n\n"
        'Mr. Lund — who has said he would "pave over" the marsh — said at a rally in Ohio '
        "that the state should sell its ferries."
    )
    atts = run(text)
    assert not any(a.cue_text(text).strip() in ("—", "-") for a in atts)
    said = find(atts, text, "sell its ferries")
    assert said.source_text(text) == "Mr. Lund"
    assert said.content_text(text) == "the state should sell its ferries"


def test_sentence_case_headline_with_a_cue_after_the_opening_name_reports_it():
    text = "Ruiz blasts Lee over toll plan\n\nAnn Ruiz and Ivo Lee met in Dunmore on Monday."
    a = find(run(text), text, "toll plan")
    assert a.source_text(text) == "Ruiz"
    assert a.cue_text(text) == "blasts"
    assert a.speaker.name == "Ann Ruiz"


def test_sentence_case_headline_whose_name_does_not_open_it_reports_nothing():
    text = (
        "More Varga emails released on eve of vote\n\n"
        "Ilse Varga's office released forty emails on Monday."
    )
    assert not [a for a in run(text) if a.content[0][0] < text.index("\n")]


@pytest.mark.parametrize(
    ("headline", "content"),
    [
        ("EXCLUSIVE – Roger Vale: Don’t Trust the Voting Machines.", "Don’t Trust the Voting"),
        ("Ruiz to Farm Bureau: Vance will cut subsidies.", "Vance will cut subsidies"),
        ("Former AG Tom Merrow at the Summit: The scandal disqualifies her.", "The scandal"),
        ("Ruiz camp: Vance’s plan threatens national security.", "Vance’s plan threatens"),
        ("IG report: The harbour office was inaccurate on Ruiz.", "The harbour office was"),
    ],
)
def test_a_headline_label_with_a_kicker_a_whereabouts_or_a_bodys_kind_reports_its_body(
    headline, content
):
    text = (
        f"{headline}\n\nPORTVILLE (UPI) -- Ana Ruiz, Roger Vale and Tom Merrow met farmers on "
        "Monday, and the inspector general released a report."
    )
    a = find(run(text), text, content)
    assert a.source is not None and a.source[1] <= text.index(":")


def test_a_full_name_label_and_its_surname_alone_each_label_a_turn():
    # each label is used once, but "NORA PELLING" and "PELLING" are one speaker's
    text = (
        "The exchange, from the evening broadcast:\n\n"
        "NORA PELLING: Tom Hale released a statement on Friday about the ferry strike.\n\n"
        "HALE: The strike has gone on for too long, and the workers deserve an answer.\n\n"
        "PELLING: And you think the council will listen to that?\n\n"
        "TOM HALE: I think the council has no choice, whatever its leaders say in public.\n"
    )
    atts = run(text)
    a = find(atts, text, "gone on for too long")
    assert a.source_text(text) == "HALE"
    assert speaker_name(a) == "Tom Hale"
    b = find(atts, text, "no choice")
    assert b.source_text(text) == "TOM HALE"
    assert b.content_text(text).startswith("I think the council")
    c = find(atts, text, "listen to that")
    assert c.source_text(text) == "PELLING"


@pytest.mark.parametrize("kicker", ["Wow", "Revealed", "Bombshell", "Just Leaked"])
def test_a_clickbait_kicker_before_a_headline_is_not_a_source(kicker):
    text = (
        f"{kicker}: Mayor Ana Ruiz Just Said Something Surprising About The Port.\n\n"
        "The mayor spoke on Monday."
    )
    assert not any(a.source_text(text) == kicker for a in run(text))


def test_an_embedded_post_is_the_words_of_the_person_its_byline_names():
    text = (
        "The bridge reopened on Tuesday.\n\n"
        "Finally open! Thanks to every crew who built it. pic.twitter.com/b1dg3 "
        "— Lena Brandt (@lenabrandt) March 3, 2016\n\n"
        "Not everyone was pleased.\n\n"
        "It cost twice the estimate and opened a year late.\n\n"
        "— Tom Okafor (@tokafor) March 3, 2016\n\n"
        "The council did not comment."
    )
    a = find(run(text), text, "Thanks to every crew")
    assert speaker_name(a) == "Lena Brandt"
    assert "pic.twitter" not in a.content_text(text)  # the post's picture link is no one's words
    b = find(run(text), text, "twice the estimate")
    assert speaker_name(b) == "Tom Okafor"
    assert "council" not in b.content_text(text)


def test_a_headline_labels_quotation_about_someone_stays_the_labels():
    # the parser hangs the name inside the quotation on the label as its apposition
    text = (
        "Reid: 'Do not ever underestimate Trump.'\n\n"
        "Tom Reid has some advice for his party about the front-runner."
    )
    a = find(run(text), text, "underestimate Trump")
    assert speaker_name(a) == "Tom Reid"


def test_a_headline_cue_after_an_adverb_reports_the_name_before_it():
    text = (
        "Tom Hale Finally Endorses Governor Ana Ruiz.\n\n"
        "After months of silence, Tom Hale gave his backing on Monday to the governor."
    )
    a = find(run(text), text, "Governor Ana Ruiz")
    assert a.source_text(text) == "Tom Hale"


def test_a_sentence_case_headline_reports_a_name_the_tagger_read_as_a_noun():
    # the tagger reads "Crane" opening a lower-case headline as a common noun; the story
    # writes it with its capital inside a sentence
    text = (
        "Crane talks to Ana Ruiz about the ferry.\n\n"
        "On Tuesday, Mayor Tom Crane told the council that the island needed the late boat."
    )
    a = find(run(text), text, "to Ana Ruiz about the ferry")
    assert a.source_text(text) == "Crane"
    assert speaker_name(a) == "Tom Crane"


def test_someone_of_a_kind_in_a_headline_is_no_one_named():
    text = (
        "Another Harbor Figure Endorses Ana Ruiz.\n\n"
        "Former councillor Tom Hale said on Monday that he would vote for Ruiz."
    )
    a = find(run(text), text, "Ana Ruiz")
    assert a.speaker is None or a.speaker.kind == "anonymous"


def test_a_capital_that_opens_a_sentence_case_headline_is_no_speaker():
    text = (
        "Mixed messages on Ruiz leave voters puzzled.\n\n"
        "Voters in Dover said they did not know what the governor wanted."
    )
    assert not [a for a in run(text) if a.content[0][0] < text.index("\n")]


def test_a_post_printed_with_its_byline_on_one_unpunctuated_line_is_its_authors():
    # a page prints an embedded post as one line ending in a date, which looks like a
    # headline until the byline shows someone wrote it
    text = (
        "The pilots were angry on Monday.\n\n"
        "The harbour belongs to all of us, not to the council. #SaveOurHarbour— Rita Vance "
        "(@ritavance) March 3, 2016\n\n"
        "The council did not reply."
    )
    a = find(run(text), text, "The harbour belongs to all of us")
    assert a.source_text(text) == "Rita Vance"


def test_a_bulleted_list_of_names_and_quotations_gives_each_its_speaker():
    text = (
        "Here is what the candidates said about the harbour:\n\n"
        '• Ana Ruiz: "Dredge it now, and send the bill to the state."\n\n'
        '• Tom Hale: "The council should sell the harbour to the highest bidder."'
    )
    atts = run(text)
    a = find(atts, text, "Dredge it now")
    assert a.source_text(text) == "Ana Ruiz"
    assert speaker_name(a) == "Ana Ruiz"
    assert speaker_name(find(atts, text, "highest bidder")) == "Tom Hale"


def test_a_signed_line_may_open_on_a_bullet_and_describe_the_signer():
    text = (
        "The council voted on Monday.\n\n"
        '- "We will never sell the harbour." — Rita Vance, council member'
    )
    a = find(run(text), text, "never sell the harbour")
    assert a.source_text(text) == "Rita Vance"
