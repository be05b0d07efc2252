"""Sources: who speaks: subjects the parser misplaced, appositions, documents and whoever
issued them; things hold no views."""

import pytest

from tests.engine.helpers import find, run, speaker_name


def test_document_that_reads_a_quotation_is_its_source():
    text = "The letter reads, “We regret that the school will close in June.”"
    a = find(run(text), text, "We regret")
    assert a.source_text(text) == "The letter"
    assert a.cue_text(text) == "reads"


def test_participle_cue_takes_the_subject_of_its_clause():
    text = "The union rejected the offer, stating it would cut real wages."
    atts = run(text)
    a = find(atts, text, "it would cut real wages")
    assert a.cue_lemma == "state"
    assert a.source_text(text) == "The union"


def test_position_verb_with_a_thing_as_subject_reports_nothing():
    text = "The new rules favour large retailers over small shops."
    assert run(text) == []


def test_statement_speaks_for_who_issued_it():
    text = (
        "After a brief session, the river authority issued a statement calling the spill "
        '"a plain breach" of three earlier permits.'
    )
    a = find(run(text), text, "plain breach")
    assert a.source_text(text) == "the river authority"
    assert a.content_text(text) == 'the spill "a plain breach" of three earlier permits'


def test_person_the_parser_made_an_apposition_still_speaks():
    text = (
        "With 40 days until the referendum, Minna Arvid, a senior aide to the mayor, "
        'called the speech "a real alarm bell" for his backers.'
    )
    a = find(run(text), text, "alarm bell")
    assert a.speaker.name == "Minna Arvid"


def test_document_can_take_a_position():
    text = "The ad then references auditors' criticism of the mayor's use of a city car."
    a = find(run(text), text, "auditors' criticism")
    assert a.source_text(text) == "The ad"


def test_main_verb_parsed_as_a_modifier_of_its_subject_keeps_it_as_source():
    text = (
        "A Gazette article hailed Ruiz as “The Harbour Queen” for the new trade "
        "she was bringing to Port Calder."
    )
    a = find(run(text), text, "Harbour Queen")
    assert a.source_text(text) == "A Gazette article"
    assert a.content_text(text).startswith("Ruiz as “The Harbour Queen”")
    assert a.speaker.name == "Gazette"  # the article speaks for the paper that ran it


def test_cue_under_an_adverb_phrase_finds_the_subject_above():
    text = (
        "The governor described the shooting as a tragedy, but stopped short of calling "
        "the officer's actions criminal."
    )
    a = find(run(text), text, "actions criminal")
    assert a.source_text(text) == "The governor"


def test_object_of_the_verb_above_holds_the_view_of_its_complement():
    text = "The scandal has led the veteran columnist Ana Ruiz to fear a “new cold war.”"
    a = find(run(text), text, "new cold war")
    assert a.source_text(text).startswith("the veteran columnist")
    assert a.content_text(text) == "a “new cold war.”"


def test_document_issuer_holds_the_views_of_the_paper():
    text = (
        "The coalition of veterans' groups met in May. Recently, however, it issued a policy "
        "paper welcoming the government's plans to fund the region, and calling for "
        "permanent bases in the east."
    )
    atts = run(text)
    welcome = find(atts, text, "government's plans")
    assert welcome.source_text(text) == "it"
    call = find(atts, text, "permanent bases")
    assert call.source_text(text) == "it"


def test_two_names_the_parser_put_in_the_clause_before_speak_together():
    text = (
        "When the thieves turn out to belong to the same ring, "
        'Varga and Holm call them "lone raiders".'
    )
    a = find(run(text), text, "lone raiders")
    assert a.source_text(text) == "Varga and Holm"
    assert a.speaker.kind == "group"


def test_people_named_with_a_participle_of_stance_hold_its_object():
    # "pastors backing the senator gathered …": the noun the participle describes holds
    # the view, and the source stops before the participle
    text = "Pastors supporting the senator gathered in the town hall on Monday."
    a = find(run(text), text, "the senator")
    assert a.source_text(text) == "Pastors"
    assert a.cue_lemma == "support"


# A name and its aside between commas right before the cue, which the parser took apart
# (here it reads "pastor" as a verb): the name is still the speaker.
def test_name_with_an_aside_before_the_cue_speaks_when_the_parse_breaks():
    from claims.extraction.engine import load_nlp
    from claims.extraction.rules.candidates import Findings
    from claims.extraction.rules.index import DocIndex
    from claims.extraction.rules.sources import misparsed_subject, source_span

    text = "Nadia Okafor, a Toledo, Ohio, pastor helping to run the drive, said the plan worked."
    doc = load_nlp()(text)
    ix = DocIndex(doc, text)
    found = Findings()
    verb = next(t for t in doc if t.text == "said")
    subj = misparsed_subject(ix, found, verb)
    assert subj is not None and subj.text == "Okafor"
    span = source_span(ix, found, subj)
    assert (
        text[span[0] : span[1]] == "Nadia Okafor, a Toledo, Ohio, pastor helping to run the drive"
    )


def test_a_name_the_tagger_read_as_a_noun_can_hold_views_when_it_is_a_person_elsewhere():
    from spacy.tokens import Doc

    from claims.extraction import load_nlp
    from claims.extraction.rules.sources import can_hold_views

    words = ["Ann", "Lee", "spoke", ".", "Lee", "interjected", ".", "Storm", "hit", "."]
    tags = ["NNP", "NNP", "VBD", ".", "NN", "VBD", ".", "NN", "VBD", "."]
    ents = ["B-PERSON", "I-PERSON"] + ["O"] * 8
    doc = Doc(load_nlp().vocab, words=words, tags=tags, ents=ents)
    assert can_hold_views(doc[4])  # "Lee", a PERSON two words before
    assert not can_hold_views(doc[7])  # "Storm", a name of no one here


def test_groups_hold_the_position_of_their_verb():
    text = "Several advocacy groups oppose the new pipeline."
    a = find(run(text), text, "the new pipeline")
    assert a.source_text(text) == "Several advocacy groups"


def test_thing_used_to_speak_is_the_means_and_its_user_speaks():
    text = (
        "The governor used her budget address to argue that the new tolls would pay for the bridge."
    )
    a = find(run(text), text, "the new tolls would pay")
    assert a.source_text(text) == "The governor"
    assert a.cue_lemma == "argue"


def test_document_used_to_speak_is_the_means_and_its_user_speaks():
    text = "He has used his weekly column to claim that the rail plan is a waste of money."
    a = find(run(text), text, "the rail plan is a waste")
    assert a.source_text(text) == "He"


def test_person_led_to_a_view_still_holds_it():
    text = "The strike led the manager to admit that wages had fallen."
    a = find(run(text), text, "wages had fallen")
    assert a.source_text(text) == "the manager"


def test_infinitive_reporting_a_clause_on_a_noun_is_said_by_the_subject_above():
    text = "Marsh had every reason to believe that the ferry would be cancelled."
    a = find(run(text), text, "the ferry would be cancelled")
    assert a.source_text(text) == "Marsh"
    assert a.cue_lemma == "believe"


def test_infinitive_on_what_the_subject_is_said_to_be_is_the_subject_s():
    text = "Okafor was the first trustee to endorse the merger."
    a = find(run(text), text, "the merger")
    assert a.source_text(text) == "Okafor"


def test_a_chance_to_challenge_someone_reports_nothing():
    text = "Dunmore had a rare chance to challenge the minister."
    assert run(text) == []


def test_name_and_aside_before_an_adverb_and_the_cue_still_speak():
    text = (
        "Speaking in Leeds, Harriet Vance, without naming him, also accused the minister "
        "of hiding the figures."
    )
    a = find(run(text), text, "hiding the figures")
    assert a.source_text(text).startswith("Harriet Vance")
    assert speaker_name(a) == "Harriet Vance"


def test_several_statements_speak_for_who_issued_them():
    text = "All three mayors issued statements condemning the attack on the mosque."
    a = find(run(text), text, "the attack on the mosque")
    assert a.source_text(text) == "All three mayors"
    assert a.cue_lemma == "condemn"


def test_the_person_in_footage_an_ad_uses_is_the_one_asking():
    text = "The new ad uses footage of Senator Ana Ortiz asking voters to trust her on taxes."
    a = find(run(text), text, "voters to trust her")
    assert speaker_name(a) == "Ana Ortiz"


def test_agent_noun_with_ment_inside_it_can_speak():
    # "commentators" is a noun for people, though "ment" is inside it; "government"-like
    # words that end in "-ment" stay things
    text = "Several commentators called the budget “a bold gamble” after the vote."
    a = find(run(text), text, "bold gamble")
    assert a.source_text(text) == "Several commentators"


def test_agent_noun_helper_keeps_words_ending_in_ment_out():
    from claims.extraction import lexicon as lx

    assert lx.is_agent_noun("commentators")
    assert lx.is_agent_noun("tormentor")
    assert lx.is_agent_noun("farmers")
    assert not lx.is_agent_noun("government")
    assert not lx.is_agent_noun("statements")


def test_participle_after_a_reported_clause_is_the_reporter_s_act():
    # the parser hangs "saying" on the reported clause; the levy says nothing, the
    # treasurer does
    text = (
        "The treasurer argued that the new levy would keep the pool open all year, "
        'saying it was "the only honest fix."'
    )
    a = find(run(text), text, "only honest fix")
    assert a.cue_lemma == "say"
    assert a.source_text(text) == "The treasurer"


def test_participle_after_a_reported_clause_is_the_reporter_s_not_the_clause_subject_s():
    text = (
        "Okafor said the rising cost of feed is hurting small farms, pointing to three "
        "closures in the valley last spring."
    )
    a = find(run(text), text, "three closures")
    assert a.source_text(text) == "Okafor"


def test_participle_after_a_reported_clause_with_a_pronoun_is_the_reporter_s():
    text = 'Ortega said she had sold the shares in May, calling the timing "a plain coincidence."'
    a = find(run(text), text, "plain coincidence")
    assert a.source_text(text) == "Ortega"


def test_participle_after_the_clause_of_a_rejected_idea_is_the_rejecter_s():
    text = (
        "The builder's lawyer rejected the idea that the new tower would be a burden on "
        "the street, saying the traffic study showed no change."
    )
    a = find(run(text), text, "traffic study showed")
    assert a.source_text(text) == "The builder's lawyer"


def test_participle_after_a_quoted_report_and_its_tag_is_the_tag_speaker_s():
    text = (
        'Marsh said the vote "was never close," the clerk recalled, adding that Marsh '
        'told her: "We will win it again."'
    )
    a = find(run(text), text, "We will win it again")
    assert a.source_text(text) == "the clerk"


def test_second_participle_after_a_reported_clause_is_the_reporter_s_too():
    text = (
        "If she wins, Ruiz has indicated she would try to cut the levy, vowing to "
        '"open up" the books, and suggesting she would require every clerk to sign a pledge.'
    )
    atts = run(text)
    assert find(atts, text, "open up").source_text(text) == "Ruiz"
    assert find(atts, text, "every clerk").source_text(text) == "Ruiz"


def test_participle_on_a_verb_deep_in_the_reported_clause_is_the_reporter_s():
    text = (
        "A union steward said the mayor will have to choose which side she is on, saying, "
        '"At some point, she has to come out and say it."'
    )
    a = find(run(text), text, "At some point")
    assert a.source_text(text) == "A union steward"


def test_participle_after_the_second_of_two_reported_clauses_is_the_reporter_s():
    text = (
        "She said her brother has been a friend to farmers and would do the same as "
        "governor, saying that he backs a fair price for milk."
    )
    a = find(run(text), text, "fair price for milk")
    assert a.source_text(text) == "She"


def test_participles_of_someone_remembered_doing_something_are_that_person_s():
    text = (
        "I am old enough to remember Governor Ann Marsh going on the radio in 1979, "
        'declaring a "war on waste" at city hall, and telling voters that "we must all '
        'tighten our belts."'
    )
    a = find(run(text), text, "tighten our belts")
    assert a.source_text(text) == "Governor Ann Marsh"


def test_wire_dateline_is_no_subject_of_the_first_sentence():
    text = (
        "The vote was close.\n\n"
        "GLENMORE, Aug. 3 (UPI) — The county board released a statement on Tuesday, "
        'offering "a full apology" to the farmers.'
    )
    a = find(run(text), text, "full apology")
    assert a.source_text(text) == "The county board"


def test_wire_dateline_before_a_name_is_no_part_of_the_source():
    text = "DUNMORE (Reuters) - Ines Varga said on Monday that the plant would close."
    a = find(run(text), text, "the plant would close")
    assert a.source_text(text) == "Ines Varga"


def _hand_parsed(rows: list[tuple[str, str, str, int, str]]):
    """A Doc with the parse given word by word (word, tag, dependency, head, entity): the
    parser's mistakes these rules mend, made on purpose."""
    from spacy.tokens import Doc

    from claims.extraction import load_nlp
    from claims.extraction.rules.candidates import Findings
    from claims.extraction.rules.index import DocIndex

    words, tags, deps, heads, ents = (list(col) for col in zip(*rows, strict=True))
    spaces = [i + 1 < len(words) and words[i + 1] not in (",", ".") for i in range(len(words))]
    doc = Doc(
        load_nlp().vocab, words=words, spaces=spaces, tags=tags, deps=deps, heads=heads, ents=ents
    )
    return doc, DocIndex(doc, doc.text), Findings()


def test_place_the_parser_took_for_a_second_subject_is_not_the_speaker():
    from claims.extraction.rules.sources import subject

    # "In Salem, Vermont, Ortega went after Lee, calling him a fraud." with "Vermont"
    # parsed as a first subject of "went"
    doc, ix, found = _hand_parsed(
        [
            ("In", "IN", "prep", 6, "O"),
            ("Salem", "NNP", "pobj", 0, "B-GPE"),
            (",", ",", "punct", 1, "O"),
            ("Vermont", "NNP", "nsubj", 6, "B-GPE"),
            (",", ",", "punct", 6, "O"),
            ("Ortega", "NNP", "nsubj", 6, "B-PERSON"),
            ("went", "VBD", "ROOT", 6, "O"),
            ("after", "IN", "prep", 6, "O"),
            ("Lee", "NNP", "pobj", 7, "B-PERSON"),
            (",", ",", "punct", 6, "O"),
            ("calling", "VBG", "advcl", 6, "O"),
            ("him", "PRP", "dobj", 10, "O"),
            ("a", "DT", "det", 13, "O"),
            ("fraud", "NN", "oprd", 10, "O"),
            (".", ".", "punct", 6, "O"),
        ]
    )
    subj = subject(ix, found, doc[10], "call")
    assert subj is not None and subj.text == "Ortega"


def test_capital_place_and_dash_before_a_subject_is_a_dateline():
    from claims.extraction.rules.sources import source_span, subject

    # "RIVERTON — Ruiz's campaign said it would appeal." with the place parsed as the
    # first subject of "said"
    doc, ix, found = _hand_parsed(
        [
            ("RIVERTON", "NNP", "nsubj", 5, "B-GPE"),
            ("—", ":", "punct", 0, "O"),
            ("Ruiz", "NNP", "poss", 4, "B-PERSON"),
            ("'s", "POS", "case", 2, "O"),
            ("campaign", "NN", "nsubj", 5, "O"),
            ("said", "VBD", "ROOT", 5, "O"),
            ("it", "PRP", "nsubj", 8, "O"),
            ("would", "MD", "aux", 8, "O"),
            ("appeal", "VB", "ccomp", 5, "O"),
            (".", ".", "punct", 5, "O"),
        ]
    )
    subj = subject(ix, found, doc[5], "say")
    assert subj is not None and subj.text == "campaign"
    span = source_span(ix, found, subj)
    assert doc.text[span[0] : span[1]] == "Ruiz 's campaign"


def test_hyphen_inside_a_name_opening_a_headline_is_no_dateline():
    text = "UAW-CIO to back the levy.\n\nThe UAW-CIO board said it would back the levy."
    a = find(run(text), text, "it would back the levy")
    assert a.source_text(text) == "The UAW-CIO board"


def test_participle_of_saying_on_the_people_written_to_is_the_writer_s():
    text = (
        'The senator emailed donors saying: "The fight goes on" and vowing to stay in the '
        "race until June."
    )
    atts = run(text)
    assert find(atts, text, "The fight goes on").source_text(text) == "The senator"
    assert find(atts, text, "stay in the race").source_text(text) == "The senator"


def test_participle_of_saying_after_a_message_sent_to_people_is_the_sender_s():
    text = 'The mayor wrote to residents urging them to "stay home tonight."'
    a = find(run(text), text, "stay home tonight")
    assert a.source_text(text) == "The mayor"


def test_group_a_check_was_written_to_holds_its_own_position():
    text = "The hedge fund manager wrote a large check to a PAC supporting Ann Ruiz for the seat."
    a = find(run(text), text, "Ann Ruiz")
    assert a.source_text(text) == "a PAC"


def test_a_description_after_one_dash_speaks_not_the_name_that_closes_the_phrase_before():
    # the name belongs to "the chief attorney for …"; the Farland Democrat asks
    text = (
        "Rep. Lena Harwick on Tuesday requested another inquiry into the county board. "
        "In a note to the chief attorney for the Eastern District of Farland, Dana W. Morrow - "
        "the Farland Democrat asks for a fresh look at the case."
    )
    a = find(run(text), text, "a fresh look at the case")
    assert a.source_text(text) == "the Farland Democrat"


def test_a_name_ends_at_a_spaced_dash_the_model_ran_it_across():
    text = (
        "Speaking in the lobby of her hotel, Marla Quint Dobbins - Vettore's partner and "
        "co-presenter on his podcast - explained how it began. "
        "Dobbins says the pair met at a chess club."
    )
    a = find(run(text), text, "the pair met")
    assert speaker_name(a) == "Marla Quint Dobbins"


@pytest.mark.parametrize(
    "text",
    [
        "In a talk with the radio hosts Ana Ruiz and Tom Reyes, the Green party candidate "
        "stated that the council’s “lazy” and “wasteful” habits do not “square with what I "
        "expected of them.”",
        "In an interview with Harbor Talk hosts Tom Reyes and Ana Ruiz, the Democratic "
        "presidential candidate stated that the council’s “lazy” and “wasteful” habits do not "
        "“match what I expected of them.”",
    ],
)
def test_description_after_names_in_a_fronted_phrase_is_the_subject_not_their_apposition(text):
    # the parser hangs the description on the last name as an apposition, leaving "stated"
    # without a subject; the names are the people talked with, not the speaker
    a = find(run(text), text, "wasteful")
    assert a.source_text(text).endswith("candidate")
    assert speaker_name(a) not in ("Tom Reyes", "Ana Ruiz")


def test_place_with_an_aside_before_the_cue_is_the_source():
    # a state or country speaks through its government: "Ohio … asked a judge"
    text = (
        "On Friday, Ohio, heading a bloc of nine states, asked a federal judge to halt the "
        "fishing rules before spring."
    )
    [a] = run(text)
    assert a.source_text(text) == "Ohio, heading a bloc of nine states"
    assert a.content_text(text) == "a federal judge to halt the fishing rules before spring"


def test_which_after_a_body_takes_a_stance_as_the_body():
    text = "The Dunmore Teachers Union, which endorsed Ivo Lund in May, met on Monday."
    a = find(run(text), text, "Ivo Lund")
    assert a.source_text(text) == "The Dunmore Teachers Union, which"
    assert a.speaker.name == "Dunmore Teachers Union"
    assert a.cue_text(text) == "endorsed"


def test_which_after_a_place_takes_no_stance():
    text = "Vermont, which backs the harbour levy, voted on Monday."
    assert not [a for a in run(text) if "harbour levy" in a.content_text(text)]


def test_no_break_spaces_between_words_read_as_spaces():
    # scraped pages put no-break spaces where a space belongs
    text = (
        "The harbour master, Ana Ruiz,\xa0said\xa0the ferry would run again in May. "
        "Ruiz\xa0added that the fares would stay."
    )
    atts = run(text)
    said = find(atts, text, "ferry would run")
    assert said.source_text(text) == "The harbour master, Ana Ruiz"
    assert speaker_name(said) == "Ana Ruiz"
    assert find(atts, text, "fares would stay").source_text(text) == "Ruiz"


def test_a_sign_or_message_that_reads_a_quotation_is_its_source():
    text = (
        "Planes towed banners over the stadium on Friday. "
        'One message read "nofees.org," a website run by a group of sailors.'
    )
    a = find(run(text), text, "nofees.org")
    assert a.source_text(text) == "One message"
    assert a.content_text(text).startswith('"nofees.org,"')


def test_relative_pronoun_source_includes_the_noun_it_stands_for():
    text = "Reporters met a dairy farmer who said the new levy would ruin the valley."
    a = find(run(text), text, "ruin the valley")
    assert a.source_text(text) == "a dairy farmer who"
    assert "farmer" in a.speaker.name


@pytest.mark.parametrize(
    ("text", "needle", "source"),
    [
        (
            "Ana Ruiz has mounted a public campaign to condemn the levy.",
            "the levy",
            "Ana Ruiz",
        ),
        (
            "The three harbor unions scrambled to put together a late effort to deny Okafor "
            "the chairmanship.",
            "the chairmanship",
            "The three harbor unions",
        ),
    ],
)
def test_an_infinitive_on_an_effort_is_done_by_whoever_makes_the_effort(text, needle, source):
    a = find(run(text), text, needle)
    assert a.source_text(text) == source


def test_a_tag_after_a_comma_is_the_speaker_when_the_parser_makes_the_clause_its_subject():
    # the parser hangs "One group offered …" on "said" as a second subject: the speaker
    # is the name of the tag after the comma
    text = (
        "One group offered to house the hikers at a nearby farm, Lee said, while others "
        '"would not open the door, and some told us to go away."'
    )
    atts = run(text)
    assert [a.source_text(text) for a in atts] == ["Lee"]
    assert "One group offered" in atts[0].content_text(text)


def test_places_listed_before_the_verb_stay_in_the_subject():
    text = "Most island voters in Kent, Dover and Lewes said that the ferry was always late."
    [a] = run(text)
    assert a.source_text(text) == "Most island voters in Kent, Dover and Lewes"
