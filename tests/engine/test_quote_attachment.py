"""Quote attachment: a quotation joins the cue beside it ("…," he said / he said: "…"),
the object or possessor that holds it, the clause before a colon, or the speaker before
it (split, continued and floating quotations)."""

import pytest

from tests.engine.helpers import find, run, speaker_name


def test_quotation_before_the_cue_is_direct_speech_of_its_subject():
    text = "“The bridge will reopen in June,” the mayor said on Tuesday."
    [a] = run(text)
    assert a.kind == "direct"
    assert a.content_text(text).startswith("“The bridge will reopen in June")
    assert a.cue_text(text) == "said"
    assert a.cue_lemma == "say"
    assert a.source_text(text) == "the mayor"


def test_quotation_after_the_cue_and_a_colon_is_direct_speech_of_its_subject():
    text = 'Maria Lopez said: "Our members have voted to strike."'
    [a] = run(text)
    assert a.kind == "direct"
    assert "Our members have voted to strike." in a.content_text(text)
    assert a.source_text(text) == "Maria Lopez"
    assert speaker_name(a) == "Maria Lopez"


def test_quote_split_around_its_cue_is_one_attribution():
    text = '"We tried everything," the captain said, "but the engine would not start."'
    atts = run(text)
    assert len(atts) == 1
    [a] = atts
    assert len(a.content) == 2
    assert "We tried everything" in a.content_text(text)
    assert "the engine would not start" in a.content_text(text)
    assert a.source_text(text) == "the captain"


def test_quotation_of_several_sentences_is_one_content():
    text = (
        "“The river rose overnight. Nobody expected it. We moved the animals first,” "
        "said Tom Baker, a farmer near the dam."
    )
    [a] = run(text)
    assert a.content_text(text).startswith("“The river rose overnight. Nobody expected it.")
    assert speaker_name(a) == "Tom Baker"


def test_quotation_in_the_paragraph_after_a_cue_and_colon_is_what_was_said():
    text = "The senator added:\n\n“This bill protects families, and I will vote for it.”"
    [a] = run(text)
    assert a.kind == "direct"
    assert "This bill protects families" in a.content_text(text)
    assert a.source_text(text) == "The senator"


def test_partial_quotation_inside_reported_speech_makes_it_mixed():
    text = "Ms. Grant said the company “deeply regrets” the delay to the flights."
    [a] = run(text)
    assert a.kind == "mixed"
    assert a.content_text(text) == "the company “deeply regrets” the delay to the flights"
    assert a.source_text(text) == "Ms. Grant"


def test_scare_quotes_without_a_speaker_are_not_attributions():
    text = 'The so-called "reform" package was published on Friday.'
    assert run(text) == []


def test_quotation_right_after_the_cue_sentence_joins_the_same_attribution():
    text = "“We are not leaving,” said Omar Haddad, who runs the bakery. “This street is our home.”"
    atts = run(text)
    assert len(atts) == 1
    assert "This street is our home." in atts[0].content_text(text)
    assert speaker_name(atts[0]) == "Omar Haddad"


def test_quoted_phrase_in_the_object_of_any_verb_belongs_to_its_subject():
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


def test_quote_paragraph_after_reported_speech_is_a_statement_of_its_own():
    # 'Ruiz said the levy would pass.' + a paragraph '"…"': the quotation is a new
    # statement of the same speaker, not more of the reported clause
    text = (
        "Councillor Ana Ruiz said the county had counted every ballot twice.\n\n"
        "“Nobody should doubt the result of this election.”"
    )
    atts = run(text)
    reported = find(atts, text, "counted every ballot")
    assert "Nobody should doubt" not in reported.content_text(text)
    quoted = find(atts, text, "Nobody should doubt")
    assert quoted.kind == "direct"
    assert quoted.source_text(text) == "Councillor Ana Ruiz"


def test_quotation_after_a_tag_that_adds_a_statement_is_a_new_turn():
    # '"…," Ruiz said, adding that …. "…"': the tag reports more, so the quotation after
    # its sentence is a new statement of the same speaker, not more of the first one
    text = (
        '"The harbour plan is dead," Councillor Ruiz said, adding that she had voted for it '
        'twice. "We need a new one by the spring."'
    )
    atts = run(text)
    first = find(atts, text, "harbour plan is dead")
    assert "new one" not in first.content_text(text)
    turn = find(atts, text, "We need a new one")
    assert turn.kind == "direct"
    assert turn.source_text(text) == "Councillor Ruiz"


def test_quotation_in_the_object_of_a_fronted_participle_belongs_to_the_clause_subject():
    text = 'Criticising the "reckless spending plan," the councillor voted against the budget.'
    a = find(run(text), text, "reckless spending plan")
    assert a.source_text(text) == "the councillor"


def test_quotation_before_the_cue_wins_over_a_circumstance_clause_after_it():
    text = (
        "The hearing ended late.\n\n"
        "“You should step down and give back the bonus,” the senator told the chief executive, "
        "after he admitted that nobody had been fired."
    )
    a = find(run(text), text, "step down")
    assert a.kind == "direct"
    assert "after he admitted" not in a.content_text(text)
    assert a.source_text(text) == "the senator"


def test_quotation_owned_by_a_noun_of_saying_belongs_to_its_possessor():
    text = "Critics pointed to his warning that “the bridge will not last another winter.”"
    a = find(run(text), text, "the bridge will not last")
    assert a.kind == "direct"
    assert a.source_text(text) == "his"
    assert a.cue_text(text) == "warning"


def test_quotation_after_a_possessive_belongs_to_the_possessor():
    text = "Few took seriously the mayor’s “grand plan for the waterfront.”"
    a = find(run(text), text, "grand plan")
    assert a.source_text(text) == "the mayor"


def test_second_quotation_far_after_the_cue_is_not_part_of_the_first():
    text = (
        '"We need to talk about wages and rents, not about personalities," Ms. Ortiz said, '
        "listing several questions for the candidates at the forum, including, "
        '"Why do rents keep rising faster than wages in this city?"'
    )
    a = find(run(text), text, "We need to talk")
    assert "Why do rents" not in a.content_text(text)


@pytest.mark.parametrize(
    "lead",
    ["Sanders made the following comment:", "The senator issued a statement:"],
)
def test_noun_of_saying_then_a_colon_makes_the_quotation_direct_speech(lead):
    text = f"{lead} “For young people the unemployment rate is 33 percent.”"
    a = find(run(text), text, "unemployment")
    assert a.content_text(text) == "“For young people the unemployment rate is 33 percent.”"
    assert a.kind == "direct"


def test_quoted_phrase_whose_opening_mark_hangs_on_the_verb_is_still_its_object():
    text = "Hillary Clinton spoke “directly to white people” after the latest police shooting."
    a = find(run(text), text, "white people")
    assert a.source_text(text) == "Hillary Clinton"
    assert a.content_text(text) == "“directly to white people”"


def test_quotation_named_by_the_phrase_is_the_whole_content():
    text = "The governor has used the phrase “radical reform” often in his campaign."
    a = find(run(text), text, "radical reform")
    assert a.content_text(text) == "“radical reform”"
    assert a.source_text(text) == "The governor"


def test_coordinated_quotations_are_one_content():
    text = "The mayor complained about “how the contract was fixed,” and “cheated local builders.”"
    atts = run(text)
    assert len(atts) == 1
    assert len(atts[0].content) == 2
    assert atts[0].source_text(text) == "The mayor"


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


def test_quotation_after_a_colon_is_the_possessor_s_when_the_subject_is_a_thing():
    text = (
        "The memo told the secretary about the two soldiers who had died. Ruiz’s response "
        "was: “Is the bridge in Dover or in Kent?”"
    )
    a = find(run(text), text, "Is the bridge")
    assert a.source_text(text) == "Ruiz"
    assert a.kind == "direct"


def test_quotation_after_a_colon_is_the_named_object_s_when_the_subject_is_a_thing():
    text = (
        "The timing of the surge does not surprise pollster Ana Ruiz: “Candidates who beat "
        "favourites early have seen the biggest boost in national support.”"
    )
    a = find(run(text), text, "biggest boost")
    assert a.source_text(text) == "pollster Ana Ruiz"


def test_quotation_after_a_colon_with_no_one_to_present_it_is_not_attributed():
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


def test_cue_and_colon_then_an_unquoted_paragraph_reports_the_paragraph():
    text = "The chairman wrote:\n\nWe have lost the trust of our customers and must earn it back."
    [a] = run(text)
    assert a.content_text(text) == "We have lost the trust of our customers and must earn it back"
    assert a.source_text(text) == "The chairman"


def test_an_unquoted_passage_after_a_cue_and_colon_runs_over_its_own_line_breaks():
    # paragraphs parted by blank lines; the columnist's passage keeps its own line breaks,
    # and a belief inside it ("I think …") does not stop it being what she wrote
    text = (
        "The columnist Ines Varga reviewed the ferry plan this week.\n\n"
        "Varga writes:\n\n"
        "I think the plan is timely, as the harbour board is losing patience with the council.\n"
        "The mayor has not answered its letters. Nothing has been done.\n\n"
        "The council has not replied to her column.\n\n"
        "The board meets again in May.\n"
    )
    a = find(run(text), text, "plan is timely")
    assert a.source_text(text) == "Varga"
    assert a.content_text(text).endswith("Nothing has been done")
    assert all("not replied" not in x.content_text(text) for x in run(text))


def test_content_ending_inside_a_short_quotation_takes_its_closing_mark():
    text = "The senator called the conduct of the bank “shameful” and welcomed the new limits."
    a = find(run(text), text, "shameful")
    assert a.content_text(text).endswith("“shameful”")


def test_quotation_after_said_in_a_statement_that_is_direct_speech_of_the_subject():
    text = (
        "Maria Ortiz, who is running for the council seat, said in a statement that "
        '"the city has ignored the flooding for too long."'
    )
    a = find(run(text), text, "ignored the flooding")
    assert a.content_text(text) == '"the city has ignored the flooding for too long."'
    assert speaker_name(a) == "Maria Ortiz"


def test_quotation_under_a_subjectless_verb_in_the_object_belongs_to_the_outer_subject():
    text = 'The union leader criticized the plan for being "reckless and rushed."'
    a = find(run(text), text, "reckless")
    assert a.content_text(text) == 'the plan for being "reckless and rushed."'
    assert a.source_text(text) == "The union leader"


def test_quotation_ending_a_sentence_in_a_verbs_object_belongs_to_its_subject():
    # the closing mark after the full stop can come out of the parse as a sentence of its own
    text = 'The mayor later defended his remarks as being "a joke among friends."'
    a = find(run(text), text, "a joke among friends")
    assert a.content_text(text) == 'his remarks as being "a joke among friends."'
    assert a.source_text(text) == "The mayor"


# A quotation that opens its sentence and ends with a comma, "!" or "?", then a speaker and a
# verb: the tag names the speaker even when the verb is no cue the lexicon lists.
def test_dialogue_tag_with_a_verb_outside_the_lexicon_names_the_speaker():
    text = (
        "The hall was full on Friday.\n\n"
        '"You will not regret coming tonight!" beamed Nora Quist of Dayton, who had '
        "organised the evening.\n\n"
        '"We ran out of chairs," the caretaker shot back. "Next year we book a bigger room."'
    )
    atts = run(text)
    first = find(atts, text, "You will not regret")
    assert first.source_text(text) == "Nora Quist"
    assert first.cue_text(text) == "beamed"
    second = find(atts, text, "We ran out of chairs")
    assert second.source_text(text) == "the caretaker"
    assert second.cue_text(text) == "shot back"
    assert "Next year we book a bigger room." in second.content_text(text)


def test_first_half_of_a_split_quotation_joins_the_cue_holding_the_second():
    text = (
        "“As far as the board is concerned,” she said of the merger, “we have done our "
        "part and the rest is up to the regulators.”"
    )
    [a] = run(text)
    assert "As far as the board is concerned" in a.content_text(text)
    assert "we have done our part" in a.content_text(text)
    assert a.source_text(text) == "she"


# A quotation right after its cue with no mark between, when another verb is joined to the
# cue after it: the joined verb is not part of the cue's own phrase.
def test_quotation_right_after_its_cue_before_a_joined_verb():
    text = "Turner declared “What a night for this town!” and said the count would go on."
    atts = run(text)
    a = find(atts, text, "What a night for this town")
    assert a.kind == "direct"
    assert a.source_text(text) == "Turner"
    assert a.cue_text(text) == "declared"


# A quotation with no cue the rules read, inside a sentence whose main verb has a speaker
# as its subject, is that speaker's, not the speaker's of the attribution before it.
def test_quotation_in_a_sentence_of_its_own_speaker_is_not_carried_over():
    text = (
        "“We will open the clinic in May,” the mayor said.\n\n"
        "Lopez ended the note with “See you all at the polls,” a line from her first race."
    )
    atts = run(text)
    a = find(atts, text, "See you all at the polls")
    assert a.source_text(text) == "Lopez"


_MISREAD_TAGS = [
    (
        "Headline\n\n“If she wants the seat, she should ask for it,” the editorial read.",
        "the editorial",
        "read",
    ),
    ("“Nobody reads the small print,” the narrator in the advert states.", "the narrator", "state"),
    ("“Why would anyone back this?” the 52-year-old asked in her post.", "the 52-year-old", "ask"),
    (
        "“We had calmer meetings than this,” the delegate, in a green scarf, said drily.",
        "the delegate",
        "say",
    ),
    # 'the email read' taken for one noun: "email" is the speaker's noun, "read" the verb
    (
        "“Friend, I will be blunt. I can win this seat. Baker cannot,” the email read.",
        "the email",
        "read",
    ),
]


@pytest.mark.parametrize("text,source,lemma", _MISREAD_TAGS)
def test_dialogue_tag_the_parser_misread_still_names_the_speaker(text, source, lemma):
    [a] = run(text)
    assert a.source_text(text) == source
    assert a.cue_lemma == lemma
    assert a.kind == "direct"


def test_a_no_break_space_after_a_label_colon_still_joins_the_quotation_to_the_name():
    text = "News\n\nTurnout rose - pollster Ana Ruiz:\u00a0“Turnout was far higher than forecast.”"
    [a] = run(text)
    assert a.source_text(text) == "Ana Ruiz"
    assert a.kind == "direct"


@pytest.mark.parametrize(
    ("text", "quoted", "source"),
    [
        (
            'When the mayor walked in, her supporters greeted her with chants of "Four more '
            'years!" from the back of the hall.',
            "Four more years!",
            "her supporters",
        ),
        (
            'In 1998 the governor ran on the slogan "Roads before stadiums" and won easily.',
            "Roads before stadiums",
            "the governor",
        ),
        (
            'The nurses marched past the clinic, chanting "staff the wards" as they went.',
            "staff the wards",
            "The nurses",
        ),
        (
            'The coach tried to calm things down by interjecting, "That was my call." The '
            "room went quiet.",
            "That was my call.",
            "The coach",
        ),
        (
            'The union released a leaflet titled "What the Contract Means for You."',
            "What the Contract Means for You.",
            "The union",
        ),
    ],
)
def test_quotation_right_after_a_word_of_saying_belongs_to_its_speaker(text, quoted, source):
    a = find(run(text), text, quoted)
    assert a.kind == "direct"
    assert a.source_text(text) == source


def test_quotation_after_a_word_of_saying_in_a_tag_attribute_is_not_speech():
    text = 'Read the post: <tweet id="12345" author="@citydesk">Bridge closed tonight.</tweet>'
    assert not any("12345" in a.content_text(text) for a in run(text))


def test_short_first_piece_resumed_after_its_tag_is_one_quotation():
    text = (
        '"The danger," said Ana Ruiz, an economist who studies the region, "is that young '
        'people leave for good."'
    )
    a = find(run(text), text, "The danger")
    assert "young people leave for good" in a.content_text(text)
    assert a.source_text(text) == "Ana Ruiz"


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            'The mayor bemoaned a budget process in which departments "fight like cats over '
            'scraps" every spring.',
            'a budget process in which departments "fight like cats over scraps"',
            "The mayor",
        ),
        (
            'In her speech, the senator casts her rival as a lobbyist who would "sell off the '
            'coast" to developers.',
            'her rival as a lobbyist who would "sell off the coast" to developers',
            "the senator",
        ),
    ],
)
def test_short_quotation_deep_in_an_object_belongs_to_the_clause_subject(text, content, source):
    [a] = run(text)
    assert a.content_text(text) == content
    assert a.source_text(text) == source


def test_short_quotation_under_an_infinitive_of_a_verb_reporting_nothing_is_not_speech():
    text = 'The clerk somehow managed to "lose" the file after the hearing.'
    assert run(text) == []


def test_title_of_the_programme_a_quote_was_said_on_is_not_part_of_the_quote():
    text = (
        '"We need calm tonight," Lee said on NBC\'s "Meet the Press." '
        '"It is a long road," he added.'
    )
    atts = run(text)
    assert [a.content_text(text) for a in atts] == [
        '"We need calm tonight,"',
        '"It is a long road,"',
    ]


def test_quoted_name_of_a_show_is_not_a_floating_quotation():
    text = (
        'Smith said on Sunday: "We will win this state by a wide margin."\n\n'
        'On "Morning Desk Today," Sen. Ann Jones, who lost the race, backed the plan.\n'
    )
    atts = run(text)
    assert not [a for a in atts if "Morning Desk" in a.content_text(text)]
    assert find(atts, text, "wide margin").source_text(text) == "Smith"


def test_quoted_title_of_a_book_is_not_words_its_author_said():
    text = (
        '"The numbers do not lie," Ms. Ortiz told reporters. She laid out the case at length '
        'in her book "The Quiet Ledger."'
    )
    atts = run(text)
    assert [a.content_text(text) for a in atts] == ['"The numbers do not lie,"']


@pytest.mark.parametrize(
    "lead",
    [
        "Dana Holt, a historian at Lakeview College and the author of",
        "Dana Holt later sat for an interview with",
    ],
)
def test_quoted_title_after_a_preposition_is_a_name_not_words_said(lead):
    text = f'"The strike changed the town," said Dana Holt. {lead} "Salt and Steel: A Port Story."'
    atts = run(text)
    assert [a.content_text(text) for a in atts] == ['"The strike changed the town,"']


def test_quoted_slogan_after_a_noun_of_message_and_of_is_words_said():
    # 'a goal of "…"' brings in words said, unlike 'the author of "…"'
    text = (
        '"We will be strong," Lee said on Monday.\n\n'
        'In his speech later that day, Lee proclaimed a goal of "Peace Through Trade." '
        "The crowd cheered loudly."
    )
    a = find(run(text), text, "Peace Through Trade")
    assert a.source_text(text) == "Lee"


@pytest.mark.parametrize(
    "text, needle, source",
    [
        (
            "The mayor backed a bill to rein in the water boards, which he called "
            "“a cartel for rich landlords.”",
            "which",
            "he",
        ),
        (
            'Ortiz praised the marchers, whom she described as "peaceful," for the whole route.',
            "whom",
            "she",
        ),
    ],
)
def test_quoted_name_given_in_a_relative_clause_is_its_subjects(text, needle, source):
    atts = run(text)
    inner = [a for a in atts if a.content_text(text).startswith(needle)]
    assert len(inner) == 1
    assert inner[0].source_text(text) == source
    assert inner[0].content_text(text).endswith(("landlords.”", '"peaceful,"'))


def test_clause_begun_before_a_quotation_that_its_tag_follows_is_the_speakers():
    # the quotation goes on a clause that starts before it: the whole clause was said
    text = 'The ferry will run late into the night "every single weekend," a harbour clerk wrote.'
    [a] = run(text)
    assert a.content_text(text).startswith("The ferry will run late into the night")
    assert a.content_text(text).endswith('"every single weekend,"')
    assert a.source_text(text) == "a harbour clerk"


def test_words_before_a_quotation_under_a_cue_of_their_own_are_not_the_tags():
    # "promised" has its own clause: the tag after the quotation does not take it over
    text = (
        "The council voted on Monday. "
        'Lee promised to end "the wasteful parking scheme," the mayor said.'
    )
    atts = run(text)
    assert not any(a.content_text(text).startswith("Lee promised") for a in atts)


def test_dialogue_tag_whose_aside_lacks_its_closing_comma():
    # '“…,” Name, the aside tweeted': the writer left out the comma after the aside
    text = (
        "“The rail line has been neglected for a decade,” Priya Nair, the engineer who "
        "inspected the bridges posted on Friday."
    )
    [a] = run(text)
    assert a.kind == "direct"
    assert a.source_text(text) == "Priya Nair"
    assert a.content_text(text).startswith("“The rail line has been neglected")


@pytest.mark.parametrize("space", ["\xa0", " \xa0", "\xa0\xa0"])
def test_dialogue_tag_after_a_no_break_space_names_the_speaker(space):
    # scraped pages often put a no-break space between the closing mark and the tag
    text = (
        "The harbour board met on Tuesday.\n\n"
        f"“Nobody has dredged this channel in eleven years,”{space}added Okafor.\n\n"
        "The meeting ran late."
    )
    [a] = run(text)
    assert a.kind == "direct"
    assert a.source_text(text) == "Okafor"
    assert a.cue_text(text) == "added"
    assert a.content_text(text).startswith("“Nobody has dredged this channel")


@pytest.mark.parametrize(("name", "verb"), [("Will", "wrote"), ("May", "said"), ("Will", "said")])
def test_dialogue_tag_whose_speaker_is_a_name_read_as_a_modal(name, verb):
    # '“…,” Will wrote.': no modal stands before a past tense, so the word is a name
    text = (
        "The columnist turned on the harbour board.\n\n"
        "“The dredging plan is a reminder that the board has lost its way and should step "
        f"aside,” {name} {verb}.\n\nOthers agreed."
    )
    atts = run(text)
    a = find(atts, text, "The dredging plan")
    assert a.kind == "direct"
    assert a.source_text(text) == name
    assert a.cue_text(text) == verb


def test_modal_after_a_quotation_is_no_speaker_without_a_past_tense():
    text = "“The dredging plan is far too costly for the port,” Will the board listen?"
    atts = run(text)
    assert not any(a.source_text(text) == "Will" for a in atts)


def test_one_word_quotation_before_a_tag_the_parser_missed_is_speech():
    # '"Nonsense," wrote a reader who …': a word ending on a comma, then a verb of saying
    text = (
        "Not everyone was convinced.\n\n"
        '"Nonsense," wrote a reader who runs the page @FerryFans. '
        '"What does the council know about boats . . ."\n\nThe vote is Monday.'
    )
    a = find(run(text), text, "Nonsense")
    assert a.kind == "direct"
    assert a.source_text(text).startswith("a reader")
    assert a.cue_text(text) == "wrote"


def test_short_title_before_a_verb_not_of_saying_is_no_speech():
    text = '"Harbour Lights," the new musical, opened last week to full houses.'
    assert not any("Harbour Lights" in a.content_text(text) for a in run(text))


def test_relative_clause_verb_of_saying_is_not_the_tags_verb():
    text = "“Taxes are far too high,” Ann Ruiz, the pollster who told reporters about it."
    atts = run(text)
    assert not any(a.source_text(text) == "Ann Ruiz" for a in atts)


def test_quotation_after_the_rest_of_the_tag_sentence_goes_on_with_it():
    # '"…," Ruiz said on the show "Farm Hour" on Sunday. "…"': a title in the rest of the
    # tag's sentence is no turn of its own; the next quotation is the same speaker's
    text = (
        '"Of course we will publish the accounts," Ruiz said during an interview on the '
        'radio show "Morning Furrow" on Sunday. "Thank God, the books are in good shape."'
    )
    atts = [a for a in run(text) if "books" in a.content_text(text)]
    assert len(atts) == 1
    [a] = atts
    assert "publish the accounts" in a.content_text(text)
    assert a.source_text(text) == "Ruiz"


def test_quotation_paragraph_after_a_tag_that_ends_its_paragraph_goes_on_with_it():
    # '"…," Baker tells the Gazette in an interview.' + a paragraph '"…"': one turn
    text = (
        '"The bridge is the best project since the canal," Baker tells the Gazette in an '
        "exclusive interview.\n\n"
        '"It is what we have waited for. It checks all our boxes."'
    )
    [a] = run(text)
    assert "best project since the canal" in a.content_text(text)
    assert "checks all our boxes" in a.content_text(text)
    assert a.source_text(text) == "Baker"


def test_floating_quotation_after_a_sentence_about_another_speaker_is_that_speakers():
    # '"…," Ruiz said. / Baker kept up his attack on the plan. / "…"': the quotation
    # belongs to the speaker the sentence just before it brings in
    text = (
        "“It will open in May,” Ruiz said.\n\n"
        "Baker continued his attack on the plan.\n\n"
        "“She cannot change the numbers by talking about them.”"
    )
    a = find(run(text), text, "change the numbers")
    assert a.source_text(text) == "Baker"


def test_floating_quotation_right_after_its_speakers_quotation_keeps_that_speaker():
    text = (
        "“It will open in May,” Ruiz said. The meeting ran long into the night.\n\n"
        "“We have the money and the plans.”"
    )
    a = find(run(text), text, "the money and the plans")
    assert a.source_text(text) == "Ruiz"


def test_quotation_in_doubled_apostrophes_after_the_tag_sentence_goes_on_with_it():
    # "''…,'' an official said, speaking on condition of anonymity. ''…''": the parser
    # closes the tag's sentence after the marks that open the next quotation
    text = (
        "''This is not a toll road,'' one senior county official said, speaking on the "
        "condition of anonymity. ''This is a public road.''"
    )
    [a] = run(text)
    assert "not a toll road" in a.content_text(text)
    assert "a public road" in a.content_text(text)
    assert a.source_text(text) == "one senior county official"


def test_first_quotation_after_a_sentence_whose_subject_speaks_is_that_subjects():
    # 'The judge turned to the clerk. "…"': no attribution comes before, so the quotation
    # goes to the subject of the writer's sentence just before it in its paragraph
    text = "The old judge then turned to the clerk. “Is the jury ready to come in?”"
    a = find(run(text), text, "jury ready")
    assert a.kind == "direct"
    assert a.source_text(text) == "The old judge"


def test_first_quotation_in_a_new_paragraph_takes_no_speaker_from_the_one_before():
    text = "The old judge then turned to the clerk.\n\n“Is the jury ready to come in?”"
    assert not [a for a in run(text) if "jury ready" in a.content_text(text)]


def test_quotation_after_a_statement_and_a_comma_is_the_subjects():
    # 'The mayor issued a statement, "…"': the noun of a statement hands the quotation on
    text = (
        "After the storm, the harbor master issued a statement, “Every boat in the "
        "marina will be inspected before Friday.”"
    )
    a = find(run(text), text, "Every boat")
    assert a.kind == "direct"
    assert a.source_text(text) == "the harbor master"


def test_tag_with_a_crowd_for_speaker_takes_the_quotation_before_it():
    # '"…," the crowd shouted back.': a verb of saying makes its noun a speaker
    text = "“Four more years of this is too much for any town to bear,” the crowd shouted back."
    a = find(run(text), text, "Four more years")
    assert a.kind == "direct"
    assert a.source_text(text) == "the crowd"


def test_quotation_after_a_sentence_naming_a_show_is_that_sentences_subjects():
    # 'On "Farm Hour," Lee named X as her first concern. "…"': the show's name in the lead
    # sentence is no quotation of words said
    text = (
        "“The dam must be repaired,” Ruiz said.\n\n"
        "On “Farm Hour,” Senator Lee named water prices as her first concern. "
        "“Farmers are paying twice what they paid last year.”"
    )
    a = find(run(text), text, "paying twice")
    assert a.source_text(text) == "Senator Lee"


def test_a_tag_in_the_past_tense_written_as_the_base_form_names_its_source():
    # "read" after a quotation is a past tense the tagger takes for the base form
    text = (
        '"We counted every ballot twice, and the result stands," read the statement, '
        'which the board released on Friday. "The count is final," it added.'
    )
    atts = run(text)
    a = find(atts, text, "We counted every ballot")
    assert a.source_text(text) == "the statement"
    assert "The count is final" not in a.content_text(text)


def test_quotation_in_the_paragraph_after_a_long_phrase_and_a_colon_is_the_subjects():
    text = (
        "The board met on Monday.\n\n"
        "In a release, the harbour committee said about its plan to dredge the north channel "
        "in the first draft of its budget:\n\n"
        '"The budget goes further than any before it on safety. It funds two new pilot '
        'boats and a full survey of the channel."\n\n'
        "The pilots welcomed the draft."
    )
    a = find(run(text), text, "funds two new pilot")
    assert a.source_text(text) == "the harbour committee"
    assert a.content_text(text).startswith('"The budget goes further')


def test_lower_case_quotation_after_a_long_tag_finishes_the_speaker_s_sentence():
    text = (
        "“Many people are uncertain this year,” Ana Ruiz wrote in a note to the Gazette "
        "explaining why she is running, “but most voters agree that the town is on the "
        "wrong track.”"
    )
    a = find(run(text), text, "Many people")
    assert len(a.content) == 2
    assert "wrong track" in a.content_text(text)
    assert a.source_text(text) == "Ana Ruiz"


def test_a_cue_inside_the_long_tag_does_not_keep_the_quotation_that_finishes_the_sentence():
    # "is speaking" in the tag had taken the second half as its own content
    text = (
        "“Few of us expected the vote to be this close,” Karen Mills wrote in a note to "
        "members explaining why she is speaking at the meeting, “but most of us knew the "
        "ferry plan would split the town.”"
    )
    atts = run(text)
    a = find(atts, text, "Few of us expected")
    assert "split the town" in a.content_text(text)
    assert len([b for b in atts if "split the town" in b.content_text(text)]) == 1


def test_a_quotation_after_a_tag_in_a_sentence_of_its_own_stays_with_that_sentence():
    text = (
        "“Few of us expected the vote to be this close,” wrote Karen Mills, who chaired the "
        "board for ten years. (Then again, she added that, “most of us knew the ferry plan "
        "would split the town.”)"
    )
    a = find(run(text), text, "Few of us expected")
    assert "split the town" not in a.content_text(text)


def test_name_a_naming_cue_gives_after_an_aside_is_part_of_its_content():
    text = (
        "Ana Ruiz hit back at Tom Okafor on Friday, calling him, in her usual style, "
        "“a tired old hack.”"
    )
    a = find(run(text), text, "old hack")
    assert a.content_text(text) == "him, in her usual style, “a tired old hack.”"
    assert a.source_text(text) == "Ana Ruiz"


def test_quotation_after_the_colon_ending_a_reported_clause_goes_on_with_it():
    text = (
        "Okafor adds that Dover voters have two choices: “You either stay or you go.”\n\n"
        "Ana Ruiz is sure that keeping the ferry closed will only make the town poorer: "
        '"They are creating a ghost town, as far as I am concerned."'
    )
    a = find(run(text), text, "ghost town")
    assert a.content_text(text).startswith("keeping the ferry closed")
    assert a.source_text(text) == "Ana Ruiz"


def test_quotation_after_the_dash_ending_a_reported_clause_goes_on_with_it():
    text = (
        "Okafor adds that Dover voters have two choices: “You either stay or you go.”\n\n"
        "Ana Ruiz is sure that keeping the ferry closed will only make the town poorer - "
        '"they are creating a ghost town, as far as I am concerned."'
    )
    a = find(run(text), text, "ghost town")
    assert a.content_text(text).startswith("keeping the ferry closed")
    assert a.source_text(text) == "Ana Ruiz"


def test_a_title_after_another_quoted_title_is_not_a_floating_quotation():
    # 'starred in "A" and "B."': the second name of a list of works, no words said
    text = (
        '"We were told nothing," Vell said. '
        'He also starred in "The Long Pier" and "Nights on the Dover Quay."'
    )
    atts = run(text)
    assert [a.content_text(text) for a in atts] == ['"We were told nothing,"']


def test_a_split_quotation_goes_on_past_a_tag_set_in_brackets():
    text = (
        "Mayor Ana Ruiz was defiant on Monday.\n\n"
        '"The pilots," (Ruiz told the Gazette) "deserve a vote of their own, and they will '
        'get one."'
    )
    atts = run(text)
    a = find(atts, text, "The pilots")
    assert "deserve a vote of their own" in a.content_text(text)
    assert a.source_text(text) == "Ruiz"
    assert len([x for x in atts if "deserve a vote" in x.content_text(text)]) == 1


@pytest.mark.parametrize(
    "lead",
    [
        "Mayor Ana Ruiz said in a statement:",
        "Mayor Ana Ruiz told reporters:",
        "Mayor Ana Ruiz wrote on Facebook:",
    ],
)
def test_a_paragraph_set_off_after_where_it_was_said_and_a_colon_is_the_content(lead):
    text = (
        f"The harbour board met on Monday.\n\n{lead}\n\n"
        "The board has ignored every warning we gave it. We will not take the boats out "
        "until the channel is dredged.\n\n"
        "The council gave no answer on Tuesday."
    )
    a = find(run(text), text, "ignored every warning")
    assert a.source_text(text) == "Mayor Ana Ruiz"
    assert "until the channel is dredged" in a.content_text(text)
    assert "Facebook" not in a.content_text(text)
