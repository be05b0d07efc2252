"""Content boundaries: where what was said starts and ends: clause heads, the writer's
additions left out, sentence/dash/paragraph cuts, circumstances and colon leads."""

import pytest

from tests.engine.helpers import find, run, speaker_name


def test_words_before_a_colon_that_opens_the_quotation_are_not_content():
    text = "Claire McCaskill scolded him: “The community is against you,” she said."
    a = find(run(text), text, "community")
    assert a.content_text(text) == "“The community is against you,”"
    # "him" is the person scolded: it says nothing of McCaskill's gender
    assert a.speaker.name == "Claire McCaskill"


def test_clause_with_its_own_speaker_is_not_the_content_of_a_later_cue():
    text = (
        "“You cold?” she said, but Bruno was nodding off once more, and Odile said no, "
        "no, no, again and again."
    )
    atts = run(text)
    cold = find(atts, text, "You cold")
    assert cold.content_text(text) == "“You cold?”"
    assert cold.source_text(text) == "she"
    assert not any("nodding" in a.content_text(text) for a in atts)


def test_writers_gloss_after_a_horizontal_bar_is_cut_as_after_a_dash():
    text = (
        "The councillor has been repeatedly pounding the harbourmaster as a “fraud” ― just "
        "as she did with the ferry chief in 2009."
    )
    a = find(run(text), text, "fraud")
    assert a.content_text(text) == "the harbourmaster as a “fraud”"
    assert a.source_text(text) == "The councillor"


def test_said_that_leaves_that_out_of_the_reported_clause():
    text = "The minister said that fuel prices would fall next month."
    [a] = run(text)
    assert a.kind == "indirect"
    assert a.content_text(text) == "fuel prices would fall next month"
    assert a.cue_lemma == "say"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Governor Ilse Varga, a Dalmerian party contender, predicted at the latest county "
            'debate that the Dalmerians will take "every district" if Orwin wins the nomination.',
            'the Dalmerians will take "every district" if Orwin wins the nomination',
        ),
        (
            "The Forestry Office this spring said for the first time that "
            "“sealed” ledgers had gone through the warden’s personal account.",
            "“sealed” ledgers had gone through the warden’s personal account",
        ),
        (
            "Senator Alden Pryce said in a statement that the account was false.",
            "the account was false",
        ),
    ],
)
def test_that_clause_parsed_onto_the_phrase_after_the_cue_is_its_content(text, content):
    # the parser hangs the clause on "debate" / "time" as a relative clause
    [a] = run(text)
    assert a.content_text(text) == content


def test_urged_someone_to_act_reports_who_and_the_act():
    text = "The union urged its members to reject the pay deal."
    [a] = run(text)
    assert a.cue_lemma == "urge"
    assert a.content_text(text) == "its members to reject the pay deal"


def test_called_on_someone_to_act_reports_who_and_the_act():
    text = "The opposition leader called on the minister to resign."
    [a] = run(text)
    assert a.content_text(text) == "the minister to resign"


def test_coordinated_infinitives_stay_in_the_content():
    text = "The mayor wants to close the bridge, build a tunnel and widen the ring road."
    [a] = run(text)
    assert a.content_text(text) == "to close the bridge, build a tunnel and widen the ring road"


def test_accused_of_content_is_the_charge():
    text = "The union accused the company of breaking the agreement on overtime pay."
    a = find(run(text), text, "breaking the agreement")
    assert a.content_text(text) == "the company of breaking the agreement on overtime pay"
    assert a.source_text(text) == "The union"


def test_time_or_circumstance_after_the_last_quotation_is_left_out():
    text = "The former mayor described the new tax as a “cruel joke” during a rally on Monday."
    a = find(run(text), text, "cruel joke")
    assert a.content_text(text) == "the new tax as a “cruel joke”"


def test_a_time_clause_of_the_reported_clause_after_its_quotation_is_kept():
    # the quotation ends inside the reported clause; the time clause hangs on its verb
    text = 'The harbour master said the count would take "more hours" before results emerge.'
    a = find(run(text), text, "more hours")
    assert a.content_text(text) == 'the count would take "more hours" before results emerge'
    text = 'Asked about the ferry, Ines Varga said "We will see," when asked about the vote.'
    b = find(run(text), text, "We will see")
    assert b.content_text(text) == '"We will see,"'


def test_quoted_object_keeps_the_phrases_that_follow_it():
    text = (
        "The fire brigade reported “1,843 chimney fires” in the province "
        "between March and November."
    )
    a = find(run(text), text, "1,843")
    assert a.content_text(text).endswith("between March and November")


def test_call_x_y_takes_all_between_the_object_and_its_complement():
    text = "At the town meeting, Mirelle Dauth called her backing of the harbour toll a blunder."
    a = find(run(text), text, "a blunder")
    assert a.content_text(text) == "her backing of the harbour toll a blunder"


def test_accused_of_ends_with_the_charge_not_the_next_verb():
    text = "The nurses accused the hospital of cutting staff and walked out of the meeting."
    a = find(run(text), text, "cutting staff")
    assert a.content_text(text) == "the hospital of cutting staff"
    assert a.source_text(text) == "The nurses"


def test_accused_of_with_of_parsed_onto_the_object_still_reports_the_charge():
    text = (
        "Dassel went on the radio this morning to accuse Marrow’s office of being “fooled” "
        "by “a hoax” and urge listeners to read the files."
    )
    a = find(run(text), text, "fooled")
    assert a.content_text(text) == "Marrow’s office of being “fooled” by “a hoax”"
    assert a.source_text(text) == "Dassel"


def test_aside_between_paired_dashes_stays_in_the_content():
    text = (
        "Pellan noted that in 1984 she backed a plan to appoint Oskar Lind — "
        "a cousin of the mill owners — to succeed Berit Vang as the treasurer."
    )
    a = find(run(text), text, "Lind")
    assert a.content_text(text).endswith("to succeed Berit Vang as the treasurer")


def test_concessive_clause_with_a_cue_of_its_own_is_not_the_content():
    text = (
        "The harbour board said the new crane was its largest yet, although it may take "
        "some weeks to find out how much it can lift."
    )
    a = find(run(text), text, "largest yet")
    assert a.content_text(text) == "the new crane was its largest yet"


def test_concessive_clause_without_a_cue_goes_on_with_the_content():
    text = (
        "Senator Ana Ruiz said she backs the harbor levy, although she is still registered "
        "in another district."
    )
    a = find(run(text), text, "harbor levy")
    assert a.content_text(text) == (
        "she backs the harbor levy, although she is still registered in another district"
    )


def test_the_split_of_support_after_while_is_one_finding():
    text = (
        "The survey showed 41 percent of voters backed Ana Ruiz, while 30 percent favored "
        "Tom Okafor."
    )
    atts = run(text)
    a = find(atts, text, "Ana Ruiz")
    assert a.content_text(text) == (
        "41 percent of voters backed Ana Ruiz, while 30 percent favored Tom Okafor"
    )
    assert len(atts) == 1


def test_figures_after_a_colon_spell_out_what_was_said():
    text = (
        "The report noted that more owners want to sell than to buy: 60 percent say they "
        "would sell this year."
    )
    a = find(run(text), text, "owners")
    assert a.content_text(text) == (
        "more owners want to sell than to buy: 60 percent say they would sell this year"
    )


@pytest.mark.parametrize(
    ("text", "needle", "tail"),
    [
        (
            "A spokesman for Ana Ruiz said the full housing plan would be published next month "
            "– including what the new flats would cost the town.",
            "housing plan",
            "– including what the new flats would cost the town",
        ),
        (
            "The survey found that many of the tenants knew little about the landlord -- such "
            "as the fact that he lives in Dover.",
            "tenants",
            "-- such as the fact that he lives in Dover",
        ),
    ],
)
def test_a_narrowing_after_a_dash_is_still_what_was_said(text, needle, tail):
    a = find(run(text), text, needle)
    assert a.content_text(text).endswith(tail)


def test_contrast_with_while_after_the_content_is_the_writers():
    text = (
        "Most of the tenants said they want the landlord replaced, while a third would keep him on."
    )
    a = find(run(text), text, "landlord replaced")
    assert a.content_text(text) == "they want the landlord replaced"


def test_a_tensed_verb_joined_to_the_infinitive_is_the_speakers_next_act():
    text = "Ana Ruiz has vowed to keep the ferry free and celebrated the vote Monday."
    a = find(run(text), text, "ferry")
    assert a.content_text(text) == "to keep the ferry free"


def test_a_list_the_parser_read_as_an_apposition_stays_in_the_content():
    text = "The aide said Okafor would focus on Dover, the steel mill and the price of bread."
    a = find(run(text), text, "Dover")
    assert (
        a.content_text(text) == "Okafor would focus on Dover, the steel mill and the price of bread"
    )
    text = (
        "Ana Ruiz said he was met by his sister, Berit, and several old colleagues from the mill."
    )
    a = find(run(text), text, "sister")
    assert a.content_text(text).endswith("Berit, and several old colleagues from the mill")


def test_a_name_after_a_common_noun_goes_on_with_what_was_said():
    text = "Ana Ruiz said the ferry plan was drafted by her predecessor, Berit Vang."
    a = find(run(text), text, "ferry plan")
    assert a.content_text(text) == "the ferry plan was drafted by her predecessor, Berit Vang"


def test_relative_clause_with_its_own_cue_is_a_separate_attribution():
    text = "Marta Holl endorses Varga, who says she is delighted."
    atts = run(text)
    assert find(atts, text, "Varga").content_text(text) == "Varga"
    delighted = find(atts, text, "delighted")
    assert delighted.source_text(text) == "who"


def test_but_and_a_second_verb_are_the_writer_going_on():
    text = (
        "Henrik Sall later described the flooding as a “sorry mess,” but declined "
        "to call the council negligent."
    )
    a = find(run(text), text, "sorry mess")
    assert a.content_text(text) == "the flooding as a “sorry mess,”"


def test_joined_clause_that_quotes_the_speaker_goes_on_with_the_content():
    text = (
        "The fire chief said that it was too soon to know whether a heater started the fire, "
        "and there was “no sign” so far that it was set on purpose."
    )
    a = find(run(text), text, "too soon")
    assert a.content_text(text).endswith("set on purpose")


def test_reported_clause_the_parser_split_in_two_stays_one_content():
    text = (
        "The coach said the captain has “great regard” for the referees and her "
        "outburst was really a sign of impatience with the schedule."
    )
    a = find(run(text), text, "great regard")
    assert a.content_text(text).endswith("impatience with the schedule")


@pytest.mark.parametrize("verb", ["lauded", "commended", "chastised"])
def test_reason_after_a_phrase_inserted_after_the_object_stays_in_the_content(verb):
    text = f"The governor {verb} the engineer in his yearly address for designing the bridge."
    a = find(run(text), text, "the engineer")
    assert a.content_text(text).endswith("for designing the bridge")


def test_alternative_verbs_inside_a_reported_clause_stay_in_it():
    text = (
        "A study by the medical school found that the trials either did not support or "
        "flatly contradicted half of the doctor's advice."
    )
    atts = run(text)
    a = find(atts, text, "did not support")
    assert a.content_text(text).endswith("half of the doctor's advice")
    assert [x.source_text(text) for x in atts] == ["A study by the medical school"]


def test_clause_going_on_after_a_dash_and_but_stays_in_the_content():
    text = (
        "The mayor was headed to the hospital after the ceremony — but skipped her escort "
        "and went to her daughter's home, the newspaper has learned."
    )
    a = find(run(text), text, "headed to the hospital")
    assert a.content_text(text).endswith("went to her daughter's home")


def test_trailing_participle_comment_deep_in_the_clause_is_left_out():
    text = (
        "The abbess told the choir she would take it as a personal slight if they did "
        "not sing for him, quietly staking her good name on it."
    )
    a = find(run(text), text, "personal slight")
    assert a.content_text(text).endswith("sing for him")


def test_reduced_relative_clause_does_not_start_a_new_sentence(nlp):
    # the bare parser starts a sentence at "Ruiz" here
    text = (
        "At Tuesday's rally, Okafor cited mocking remarks Ruiz had made about teachers "
        "as proof of his contempt for schools."
    )
    doc = nlp(text)
    assert [s.start for s in doc.sents] == [0]
    a = find(run(text), text, "mocking remarks")
    assert a.content_text(text).endswith("his contempt for schools")


def test_second_that_clause_after_and_is_still_what_was_said():
    text = (
        "The chief also said the recordings were “unclear” and that the footage from the "
        "station did not show whether the man was armed."
    )
    atts = run(text)
    a = find(atts, text, "recordings")
    assert a.content_text(text).endswith("whether the man was armed")
    assert len(atts) == 1


def test_circumstance_before_a_cue_without_a_second_comma_is_not_content():
    text = "When the owners sold the plant in May, the mayor said it was a betrayal."
    a = find(run(text), text, "betrayal")
    assert a.content_text(text) == "it was a betrayal"


def test_trailing_relative_clause_holding_a_quotation_stays_in_the_content():
    text = (
        "She added that most tenants there seem more against the landlord than for the "
        "council, which is a worry since, “When it comes to it, we sign for someone.”"
    )
    a = find(run(text), text, "most tenants")
    assert a.content_text(text).endswith("we sign for someone.”")


def test_trailing_relative_clause_without_a_quotation_is_left_out():
    text = (
        "She added that most voters there seem more against him than for her, which "
        "surprised the pollsters."
    )
    a = find(run(text), text, "most voters")
    assert a.content_text(text).endswith("than for her")


@pytest.mark.parametrize(
    "front", ["Asked to describe the parcel", "In May", "After the hearing closed"]
)
def test_circumstance_before_a_cue_set_off_by_commas_is_not_content(front):
    text = f'{front}, the inspector said, "Not ready to talk about that."'
    a = find(run(text), text, "Not ready")
    assert a.content_text(text) == '"Not ready to talk about that."'


def test_phrase_with_at_after_a_quotation_stays_in_the_content():
    text = 'The senator said she would "take a close look" at the proposal.'
    a = find(run(text), text, "close look")
    assert a.content_text(text) == 'she would "take a close look" at the proposal'


def test_reported_clause_goes_on_past_a_quoted_phrase_closed_with_a_comma():
    # 'said the country is prepared to "open a new chapter," expand X and cut Y': the
    # parser ends the clause at the quotation; the verbs after it are still what was said
    text = (
        'The minister said the country is prepared to "open a new chapter," expand trade, '
        "cut tariffs and welcome investors."
    )
    a = find(run(text), text, "open a new chapter")
    assert "expand trade, cut tariffs" in a.content_text(text)


def test_a_clause_joined_after_a_quoted_phrase_is_still_what_was_said():
    text = (
        'Ruiz said the mayor was treating the budget with "studied calm," and there was a '
        "mood of relief in the council chamber."
    )
    a = find(run(text), text, "studied calm")
    assert a.content_text(text).endswith("mood of relief in the council chamber")


def test_a_second_cue_after_a_quoted_phrase_is_not_what_was_said():
    text = (
        'Ruiz said the mayor was treating the budget with "studied calm," and warned that '
        "the old bridge would close."
    )
    a = find(run(text), text, "studied calm")
    assert "bridge" not in a.content_text(text)


# Titles of rank before a name ("Lt. Gov.", "Capt.", "Sgt.") end no sentence: the reported
# clause goes on past them.
def test_rank_title_before_a_name_is_not_a_sentence_end():
    text = "Aides have privately said Lt. Gov. Dana Whitfield is weighing a run for the seat."
    [a] = run(text)
    assert a.content_text(text) == "Lt. Gov. Dana Whitfield is weighing a run for the seat"
    assert a.source_text(text) == "Aides"


def test_content_runs_on_past_a_captain_named_inside_it():
    text = "The mayor said the parents of Capt. Omar Reyes deserved an apology from the council."
    [a] = run(text)
    assert "Capt. Omar Reyes deserved an apology" in a.content_text(text)


# A clause before the cue ("When the vote was called, …") goes with a quotation that
# continues it in lower case, not with one that is a sentence of its own.
def test_clause_before_the_cue_is_not_part_of_a_whole_sentence_quotation():
    text = 'After the council voted the plan down, Alvarez wrote, "It is time to start again."'
    atts = run(text)
    a = find(atts, text, "It is time to start again")
    assert a.content_text(text) == '"It is time to start again."'
    assert a.source_text(text) == "Alvarez"


# A reported clause that ends in a colon and a quotation ("He adds that voters have two
# choices: “…”") is one content; the words before the colon are not an introduction.
def test_reported_clause_before_a_colon_and_quotation_stays_in_the_content():
    text = "He adds that the families face a simple choice: “Stay and fight or sell the farm.”"
    atts = run(text)
    a = find(atts, text, "Stay and fight")
    assert a.content_text(text).startswith("the families face a simple choice:")
    assert a.source_text(text) == "He"


def test_cue_clause_before_a_colon_is_still_cut_from_the_quotation():
    text = "Sen. Ames scolded him: “You should have read the bill,” she said."
    atts = run(text)
    a = find(atts, text, "You should have read the bill")
    assert a.content_text(text) == "“You should have read the bill,”"


@pytest.mark.parametrize(
    "text",
    [
        "Speaking in Ohio, Lee insisted that he has “grown the party,” claiming that turnout rose.",
        "Lee said the talks “should be settled by June,” referring to the budget vote.",
    ],
)
def test_participle_of_saying_after_a_closing_quotation_is_the_writers_aside(text):
    # what the participle says is an attribution of its own ("claiming that turnout rose")
    a = find(run(text), text, "“")
    assert a.content_text(text).endswith(",”")
    assert "claiming" not in a.content_text(text)
    assert "referring" not in a.content_text(text)


def test_other_participle_after_a_closing_quotation_goes_on_with_the_content():
    text = "Ruiz said the drivers were “well paid,” earning twice the city average."
    [a] = run(text)
    assert a.content_text(text).endswith("twice the city average")


def test_a_position_verb_in_another_tense_than_the_cue_goes_on_with_what_was_said():
    text = "Officers say the driver sped toward them and refused to leave the car."
    a = find(run(text), text, "the driver sped toward them")
    assert "refused to leave the car" in a.content_text(text)
    assert a.source_text(text) == "Officers"


def test_a_bare_speech_verb_after_a_modal_goes_on_with_what_was_said():
    # "she'd call him in and tell him": "tell" shares the reported clause's "would"
    text = "Nadia Brook says she'd call the mayor in and tell him to stop the works."
    [a] = run(text)
    assert a.content_text(text) == "she'd call the mayor in and tell him to stop the works"
    assert a.source_text(text) == "Nadia Brook"


def test_a_bare_speech_verb_joined_to_an_infinitive_goes_on_with_what_was_asked():
    text = "He asked the clerk to stand up and say the number again."
    [a] = run(text)
    assert a.content_text(text) == "the clerk to stand up and say the number again"


def test_a_second_cue_the_tagger_read_as_bare_with_no_modal_is_its_own_attribution():
    # "suggest" is tagged a bare verb, but nothing in the clause is "would"
    text = (
        "Dock owners say they want cheaper berths and suggest that such cuts would bring more "
        "ships."
    )
    atts = run(text)
    assert find(atts, text, "cheaper berths").content_text(text) == "they want cheaper berths"
    assert find(atts, text, "more ships").cue_text(text) == "suggest"


def test_a_second_cue_with_its_own_did_is_its_own_attribution_after_a_modal():
    # "might raise" is under a modal, but "did not say" carries its own tense
    text = (
        "Okafor said the town might raise the levy in spring but did not say how large it would be."
    )
    atts = run(text)
    a = find(atts, text, "the levy")
    assert a.content_text(text) == "the town might raise the levy in spring"
    b = find(atts, text, "how large")
    assert b.content_text(text) == "how large it would be"
    assert b.source_text(text) == "Okafor"


def test_a_view_with_its_own_subject_in_the_cues_tense_is_its_own_attribution():
    # the parser hangs "backed" inside the reported clause
    text = (
        "Most of the farmers said the new levy does more to hurt the valley than to help it,"
        " and those farmers backed Ana Ruiz."
    )
    atts = run(text)
    a = find(atts, text, "new levy")
    assert a.content_text(text) == "the new levy does more to hurt the valley than to help it"
    b = find(atts, text, "Ana Ruiz")
    assert b.content_text(text) == "Ana Ruiz"
    assert b.source_text(text) == "those farmers"


def test_a_reported_clause_whose_subject_names_a_time_keeps_its_subject():
    # the parser reads "the days" as an adverb of "said" and leaves "are gone" alone
    text = (
        "Lena Park, a local historian, said the days when the town had one bakery on every "
        "street are gone."
    )
    [a] = run(text)
    assert a.content_text(text) == (
        "the days when the town had one bakery on every street are gone"
    )


@pytest.mark.parametrize("word", ["especially", "particularly", "including"])
def test_a_narrowing_after_a_comma_is_more_of_what_was_said(word):
    text = f"The mayor said the city would repair several bridges, {word} those on the east side."
    [a] = run(text)
    assert a.content_text(text).endswith(f"several bridges, {word} those on the east side")


def test_a_position_verb_in_the_cue_tense_is_the_speaker_next_act():
    text = "The mayor said the budget was balanced and criticized the council for its delays."
    a = find(run(text), text, "the budget was balanced")
    assert "criticized" not in a.content_text(text)


@pytest.mark.parametrize(
    "text",
    [
        'Lena Ortiz called the toll plan "a tax on commuters" on Tuesday.',
        'Lena Ortiz called the toll plan "a tax on commuters," a jab at the county board.',
        'Lena Ortiz called the toll plan "a tax on commuters" and left the hearing early.',
    ],
)
def test_what_follows_the_quoted_name_a_naming_cue_gives_is_the_writers(text):
    a = find(run(text), text, "commuters")
    assert a.content_text(text).replace(',"', '"') == 'the toll plan "a tax on commuters"'


@pytest.mark.parametrize(
    "text, content",
    [
        (
            'The union called Ortiz "a true friend" of the bus drivers.',
            'Ortiz "a true friend" of the bus drivers',
        ),
        (
            'Ortiz called for "a full audit" of the port authority.',
            '"a full audit" of the port authority',
        ),
    ],
)
def test_what_the_quoted_name_is_of_or_a_demand_goes_on(text, content):
    a = find(run(text), text, "a ")
    assert a.content_text(text) == content


def test_object_cut_in_a_hyphenated_word_goes_on_to_the_end_of_its_phrase():
    # the parser splits "re-emergence" and hangs "-emergence of …" on the cue
    text = "Historians feared the re-emergence of a powerful empire in the region."
    a = find(run(text), text, "the re")
    assert a.content_text(text) == "the re-emergence of a powerful empire in the region"


def test_occasion_of_saying_at_the_end_of_the_clause_is_not_content():
    # "in a statement" is where the minister said it, wherever the parser hangs it
    text = "The minister said the plan was a giveaway to the banks in a statement."
    a = find(run(text), text, "giveaway")
    assert a.content_text(text) == "the plan was a giveaway to the banks"
    # a topic is not an occasion: "in political speech" has no article
    text = "The professor warned of rising anger in political speech."
    a = find(run(text), text, "anger")
    assert a.content_text(text) == "rising anger in political speech"


def test_writers_description_of_a_short_object_is_not_content():
    text = "The mayor praised Okafor, a banker who once ran the city pension fund."
    a = find(run(text), text, "Okafor")
    assert a.content_text(text) == "Okafor"


def test_reason_after_a_comma_goes_on_with_the_reported_clause():
    # the parser hangs ", because …" on the cue, not on the reported clause
    text = "The mayor said the bridge was closed, because the cables had rusted."
    [a] = run(text)
    assert a.content_text(text) == "the bridge was closed, because the cables had rusted"


@pytest.mark.parametrize(
    ("text", "needle", "content"),
    [
        (
            "The harbour master said the ferries would “run on time” all winter, a swipe at "
            "the council that runs the buses.",
            "run on time",
            "the ferries would “run on time” all winter",
        ),
        (
            "The mayor complained that the count had been “fixed” against her, a charge that "
            "county clerks strongly denied.",
            "fixed",
            "the count had been “fixed” against her",
        ),
        (
            "Ana Ruiz said the new bridge was “a waste of good steel,” prompting boos from the "
            "crowd at the pier.",
            "waste of good steel",
            "the new bridge was “a waste of good steel,”",
        ),
        (
            # around a cue set off by commas inside the sentence too
            "Most of the new flats, the council said, have gone to young families, a nod to "
            "its pledge to keep the village school open.",
            "flats",
            "Most of the new flats … have gone to young families",
        ),
    ],
)
def test_writers_gloss_on_the_remark_after_a_comma_is_cut(text, needle, content):
    # a noun naming the remark as a move ("a swipe at", "a charge that") or what it set off
    # ("prompting …") after the last comma is the writer's comment on it
    a = find(run(text), text, needle)
    assert a.content_text(text).rstrip(",") == content.rstrip(",")


def test_quotation_inside_a_trailing_phrase_keeps_the_phrase():
    # the words after the comma hold the speaker's own quotation: not a gloss to cut
    text = (
        "Lee said the budget would hold, a nod to what he called “the quiet years” of the "
        "last council."
    )
    a = find(run(text), text, "budget would hold")
    assert "quiet years" in a.content_text(text)


@pytest.mark.parametrize(
    "text, content, cut",
    [
        # a non-restrictive relative clause after a comma printed inside the closing mark
        (
            'Ruiz called for a fix to the "Dover loophole," which lets buyers skip a check.',
            'the "Dover loophole,"',
            "which lets",
        ),
        # an apposition after it
        (
            'She also referenced the "Dover loophole," a flaw in the county system that let '
            "buyers skip a check.",
            'the "Dover loophole,"',
            "a flaw",
        ),
    ],
)
def test_writers_addition_after_a_comma_inside_the_closing_mark_is_cut(text, content, cut):
    a = find(run(text), text, content)
    assert cut not in a.content_text(text)


def test_object_before_a_quoted_clause_without_a_subject_is_its_subject():
    # the parser reads "the dock plan" as the object of "argued" and leaves the quoted clause
    # after the relative clause without a subject
    text = (
        "He also argued the dock plan, which is widely backed by the council, "
        '"would not go ten feet" without a bond.'
    )
    a = find(run(text), text, "would not go")
    assert a.content_text(text).startswith("the dock plan")


def test_verb_joined_after_the_object_is_not_a_clause_of_its_own():
    # 'touted X—"…"—and promised …': the second verb is the speaker's next act, not a clause
    # whose subject the object is
    text = (
        "She has touted her cousin’s farming record—“the best harvest this valley has had in "
        "decades”—and promised to make him keeper of the new granary because, in her "
        "words, “he never wastes a sack.”"
    )
    for a in run(text):
        assert not ("harvest" in a.content_text(text) and "promised" in a.content_text(text))


def test_a_second_that_clause_joined_by_and_is_more_of_what_was_said():
    text = (
        "Orr argued that the toll had failed, and that surveys show he remains the first "
        "choice of most drivers."
    )
    [a] = run(text)
    assert a.source_text(text) == "Orr"
    content = a.content_text(text)
    assert content.startswith("the toll had failed")
    assert content.endswith("he remains the first choice of most drivers")


def test_a_second_speaker_saying_after_and_is_not_more_of_the_first_content():
    text = (
        "Six in 10 island residents said Orr is fair and careful, and three-quarters "
        "said much the same of Dunn."
    )
    first = find(run(text), text, "careful")
    assert first.source_text(text) == "Six in 10 island residents"
    assert first.content_text(text) == "Orr is fair and careful"
    second = find(run(text), text, "Dunn")
    assert second.source_text(text) == "three-quarters"
    assert second.content_text(text) == "much the same of Dunn"


def test_a_second_cue_cut_starts_at_the_and_just_before_it():
    # the parser hangs "tells" on "call": the cut for that second cue starts at its own
    # "and", leaving "and give her …" with what she says she would do
    text = (
        "Reyes says she’d call the mayor in and give her “a piece of my mind” and tells the "
        "audience she was the “only one” to ask that the pier be rebuilt."
    )
    atts = run(text)
    says = find(atts, text, "call the mayor in")
    assert says.content_text(text) == "she’d call the mayor in and give her “a piece of my mind”"
    assert find(atts, text, "only one").cue_lemma == "tell"


def test_a_while_clause_holding_the_speakers_quotation_goes_on_with_what_was_said():
    # "states" is a noun here and "reflect" sits inside Orton's quotation: the clause
    # holds no cue of the writer's, so it is Orton's as much as the opening
    text = (
        "The early towns hold barely 5% of the seats a party needs for control, while the "
        'coastal states carry over half of them and "better reflect what the county looks '
        'like," Orton wrote in a memo.'
    )
    [a] = run(text)
    assert a.content_text(text).startswith("The early towns")
    assert a.content_text(text).endswith('looks like,"')


def test_content_never_ends_on_a_dangling_and():
    text = (
        "On Friday, Orton announced that Delgado was “deeply negligent” with the port ledgers "
        "and in the ordinary run of discipline would receive some reprimand for her conduct, "
        "but that her errors did not amount to fraud."
    )
    a = find(run(text), text, "deeply negligent")
    assert a.content_text(text) == "Delgado was “deeply negligent” with the port ledgers"


def test_participle_of_saying_after_a_comma_inside_straight_marks_is_its_own_report():
    text = (
        'The mayor said last week that the council is "a lazy crew," telling the debate '
        'audience that its members are "asleep."'
    )
    said = find(run(text), text, "lazy crew")
    assert said.content_text(text) == 'the council is "a lazy crew,"'
    told = find(run(text), text, "asleep")
    assert told.cue_lemma == "tell"
    assert told.source_text(text) == "The mayor"


def test_clause_hung_on_the_cue_from_inside_a_quotation_left_out_is_not_content():
    # the parser hangs "we keep our promises" on "said", though the quotation opened
    # inside the "telling" clause
    text = (
        "The mayor said she had no plan to alter the harbor budget, telling the Ledger that "
        "“we pay our bills, we keep our promises” and that she had heard support from voters "
        "all week."
    )
    said = find(run(text), text, "no plan")
    assert said.content_text(text) == "she had no plan to alter the harbor budget"


def test_verb_joined_after_a_quotation_of_the_whole_clause_is_the_speakers_next_act():
    text = (
        "Minutes after the count, Ruiz wrote to her 12,000 Twitter fans, “It is time to retire "
        "the mayor at once,” and shared a link to her campaign page."
    )
    a = find(run(text), text, "retire the mayor")
    assert a.content_text(text) == "“It is time to retire the mayor at once,”"


def test_verb_with_its_own_tense_after_the_object_is_the_subjects_next_act():
    text = (
        "Ms. Varga, a Green, has not backed Mr. Reyes and has long been a sharp critic of his "
        "plans."
    )
    [a] = run(text)
    assert a.content_text(text) == "Mr. Reyes"


def test_the_main_clause_is_no_content_of_a_cue_in_its_because_clause():
    # the parser makes "sees" the sentence's root and hangs "Mr. Vega is upbeat …" on it
    text = (
        "Mr. Vega is upbeat about Ms. Cole’s chances of winning in March, in part because "
        "he sees Ms. Cole as a healer."
    )
    a = find(run(text), text, "as a healer")
    assert a.content_text(text) == "Ms. Cole as a healer"
    assert a.source_text(text) == "he"


def test_a_reason_after_an_object_cue_goes_on_with_what_was_said():
    # "especially because …" is the critics' reason, not the writer's participle aside
    text = (
        "Critics called the levy a giveaway that no town would accept, especially because "
        "the largest firms are exempt from it."
    )
    a = find(run(text), text, "giveaway")
    assert a.content_text(text).endswith("especially because the largest firms are exempt from it")


def test_a_reason_that_is_its_own_attribution_stays_apart():
    text = "Ms. Ortiz backs the mayor because she worries the council would stall the plan."
    atts = run(text)
    backs = find(atts, text, "the mayor")
    assert backs.content_text(text) == "the mayor"
    worry = find(atts, text, "would stall")
    assert worry.content_text(text) == "the council would stall the plan"


def test_a_party_label_after_a_name_inside_the_clause_does_not_end_the_content():
    text = "Sen. Ana Ruiz (D-Ore.) called on Gov. Tom Hale (R) to resign over the dam collapse."
    atts = run(text)
    a = find(atts, text, "Tom Hale")
    assert a.content_text(text) == "Gov. Tom Hale (R) to resign over the dam collapse"
    assert speaker_name(a) == "Ana Ruiz"


def test_a_bracketed_abbreviation_does_not_split_the_content():
    text = "Mia Stone criticized the Office of Budget Review (OBR) on Tuesday for its forecast."
    atts = run(text)
    a = find(atts, text, "Office of Budget Review")
    assert len(a.content) == 1


def test_question_joined_to_the_topic_spoken_of_is_part_of_the_content():
    text = "Senator Ana Ruiz talked about the harbor levy and how she would cut it next year."
    a = find(run(text), text, "harbor levy")
    assert "how she would cut it next year" in a.content_text(text)
    assert a.source_text(text) == "Senator Ana Ruiz"
    # a question joined to a clause the content opened before the cue is not the topic's
    text = "The gap between what Mayor Tom Hale says his levy would do, and what it does, is wide."
    a = find(run(text), text, "levy would do")
    assert "what it does" not in a.content_text(text)


def test_when_it_comes_to_after_a_quotation_is_the_topic_not_the_occasion():
    text = (
        'Ana Ruiz said there remains a "huge gap between private firms and the city," when it '
        "comes to how many clerks work at the office."
    )
    a = find(run(text), text, "huge gap")
    assert a.content_text(text).endswith("how many clerks work at the office")


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "BRISTOW, Feb. 9 (UPI) — The third record by the Larks is nearly done, singer Ana "
            "Ruiz recently revealed.",
            "The third record by the Larks is nearly done",
            "singer Ana Ruiz",
        ),
        (
            # a state and a date in the dateline
            "DOVER, Del., May 3 (UPI) — Young farmers are drifting toward Sen. Tom Hale, "
            "R-Del., a self-declared centrist, a new survey indicates.",
            "Young farmers are drifting toward Sen. Tom Hale",
            "a new survey",
        ),
    ],
)
def test_wire_dateline_before_a_sentence_ending_cue_is_not_content(text, content, source):
    """The parser hangs the dateline on the reported clause; what was said starts after
    the dateline's dash."""
    [a] = run(text)
    assert a.content_text(text) == content
    assert a.source_text(text) == source


@pytest.mark.parametrize(
    "text",
    [
        "Ruiz told reporters that the vote was unfair, before noting that the board had "
        "never once listened to the pilots.",
        "Ruiz wrote that the vote was unfair before claiming that the board had never once "
        "listened to the pilots.",
    ],
)
def test_a_remark_after_before_noting_is_a_second_report_of_the_same_speaker(text):
    # the parser hangs "before noting …" inside the reported clause; the reporter notes
    atts = run(text)
    first = find(atts, text, "the vote was unfair")
    assert first.content_text(text).rstrip(",") == "the vote was unfair"
    second = find(atts, text, "never once listened")
    assert second.source_text(text) == "Ruiz"


def test_before_and_a_participle_of_no_saying_goes_on_with_the_content():
    text = "Ruiz said she read every report before speaking engagements."
    a = find(run(text), text, "every report")
    assert "speaking engagements" in a.content_text(text)
