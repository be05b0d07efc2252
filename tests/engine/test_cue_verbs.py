"""Reported speech: reporting cues, their clauses and objects, and channels."""

import pytest

from claims.extraction.engine import load_nlp
from tests.engine.helpers import find, run


def test_said_that_excludes_that():
    text = "The minister said that fuel prices would fall next month."
    [a] = run(text)
    assert a.kind == "indirect"
    assert a.content_text(text) == "fuel prices would fall next month"
    assert a.cue_lemma == "say"


def test_told_someone_that():
    text = "The coach told reporters the striker would miss the final."
    [a] = run(text)
    assert a.content_text(text) == "the striker would miss the final"
    assert a.cue_lemma == "tell"
    assert a.source_text(text) == "The coach"


def test_according_to():
    text = "According to the health ministry, the clinic will close in May."
    [a] = run(text)
    assert a.cue_lemma == "according to"
    assert a.source_text(text) == "the health ministry"
    assert a.content_text(text) == "the clinic will close in May"
    assert a.speaker.kind == "organisation"


def test_cue_after_reported_clause():
    text = "The factory will hire two hundred workers, the company said."
    [a] = run(text)
    assert a.content_text(text) == "The factory will hire two hundred workers"
    assert a.source_text(text) == "the company"


def test_cue_inside_the_clause():
    text = "The new line, the engineers said, will be ready before winter."
    [a] = run(text)
    assert "The new line" in a.content_text(text)
    assert "will be ready before winter" in a.content_text(text)
    assert "the engineers" not in a.content_text(text)


@pytest.mark.parametrize(
    "verb,lemma",
    [
        ("warned", "warn"),
        ("insisted", "insist"),
        ("argued", "argue"),
        ("claimed", "claim"),
        ("noted", "note"),
        ("stressed", "stress"),
        ("admitted", "admit"),
        ("suggested", "suggest"),
        ("has repeatedly denied", "deny"),
        ("indicated", "indicate"),
        ("boasted", "boast"),
        ("reiterated", "reiterate"),
    ],
)
def test_reporting_verbs(verb, lemma):
    text = f"The governor {verb} that the new tax would not touch pensions."
    [a] = run(text)
    assert a.cue_lemma == lemma
    assert a.cue_text(text) == verb
    assert a.content_text(text) == "the new tax would not touch pensions"


def test_participle_cue_takes_the_subject_of_its_clause():
    text = "The union rejected the offer, stating it would cut real wages."
    atts = run(text)
    a = find(atts, text, "it would cut real wages")
    assert a.cue_lemma == "state"
    assert a.source_text(text) == "The union"


def test_position_verb_with_object():
    text = "Local farmers have rejected the plan to build a motorway across the valley."
    [a] = run(text)
    assert a.cue_text(text) == "have rejected"
    assert a.content_text(text) == "the plan to build a motorway across the valley"
    assert a.speaker.kind == "group"


def test_describe_as_and_call_a():
    text = "The judge described the ruling as a turning point. Critics called it a betrayal."
    atts = run(text)
    a = find(atts, text, "the ruling as a turning point")
    assert a.cue_lemma == "describe"
    b = find(atts, text, "a betrayal")
    assert b.cue_lemma == "call"


def test_vow_with_infinitive():
    text = "The president vowed to veto any bill that raised the retirement age."
    [a] = run(text)
    assert a.cue_lemma == "vow"
    assert a.content_text(text).startswith("to veto any bill")


def test_intermediary_as_quoted_by():
    text = "The rebel leader, as quoted by Reuters, said the ceasefire was over."
    [a] = run(text)
    assert a.content_text(text) == "the ceasefire was over"
    assert a.source_text(text) == "The rebel leader"
    assert a.intermediary == "Reuters"


def test_according_to_channel_of_a_reported_statement():
    text = "According to the state news agency, the envoy told the council that talks had stalled."
    atts = run(text)
    assert len(atts) == 1
    [a] = atts
    assert a.source_text(text) == "the envoy"
    assert a.intermediary == "the state news agency"
    assert a.content_text(text) == "talks had stalled"


def test_things_cannot_hold_positions():
    text = "The new rules favour large retailers over small shops."
    assert run(text) == []


def test_reported_outer_channel_becomes_intermediary():
    text = "Local radio reported that the coach described the draw as a fair result."
    [a] = run(text)
    assert a.source_text(text) == "the coach"
    assert a.intermediary == "Local radio"
    assert a.cue_lemma == "describe"


def test_claim_inside_another_speakers_content_stays_with_that_speaker():
    text = "Moreno said that the auditor had called the accounts a mess."
    [a] = run(text)
    assert a.source_text(text) == "Moreno"
    assert a.content_text(text) == "the auditor had called the accounts a mess"


def test_object_and_infinitive():
    text = "The union urged its members to reject the pay deal."
    [a] = run(text)
    assert a.cue_lemma == "urge"
    assert a.content_text(text) == "its members to reject the pay deal"


def test_call_on_someone_to_act():
    text = "The opposition leader called on the minister to resign."
    [a] = run(text)
    assert a.content_text(text) == "the minister to resign"


def test_stance_adjective_and_possessive_stance_noun():
    text = (
        "The governor was critical of the new pipeline. "
        "Her spokesman's claim that the pipeline leaked caused an uproar."
    )
    atts = run(text)
    a = find(atts, text, "the new pipeline")
    assert a.cue_text(text) == "was critical of"
    b = find(atts, text, "the pipeline leaked")
    assert b.source_text(text) == "Her spokesman's"


def test_spoke_about():
    text = "The bishop spoke about the closure of the village school."
    [a] = run(text)
    assert a.content_text(text) == "the closure of the village school"


def test_second_cue_in_the_same_sentence_is_its_own_attribution():
    text = "The coach said the team was tired and warned that the season would be long."
    atts = run(text)
    a = find(atts, text, "the team was tired")
    assert "warned" not in a.content_text(text)
    b = find(atts, text, "the season would be long")
    assert b.cue_lemma == "warn"


def test_colon_then_unquoted_paragraph():
    text = "The chairman wrote:\n\nWe have lost the trust of our customers and must earn it back."
    [a] = run(text)
    assert a.content_text(text) == "We have lost the trust of our customers and must earn it back"
    assert a.source_text(text) == "The chairman"


def test_passive_with_agent():
    text = "The housing plan was rejected by the city council on Monday."
    [a] = run(text)
    assert a.source_text(text) == "the city council"
    assert a.content_text(text) == "The housing plan"


def test_passive_without_agent_has_no_source():
    text = "The minister is expected to resign before the summer."
    assert run(text) == []


def test_passive_participle_is_not_the_speakers_cue():
    text = "Asked whether he would resign, the chairman replied: “Not today.”"
    atts = run(text)
    assert [a.cue_lemma for a in atts] == ["reply"]


def test_coordinated_infinitives_stay_in_the_content():
    text = "The mayor wants to close the bridge, build a tunnel and widen the ring road."
    [a] = run(text)
    assert a.content_text(text) == "to close the bridge, build a tunnel and widen the ring road"


def test_a_second_cue_verb_in_coordination_is_not_part_of_the_first_content():
    text = "The senator called the decision “shameful” and backed new limits on fees."
    atts = run(text)
    a = find(atts, text, "shameful")
    assert "backed" not in a.content_text(text)


def test_content_ending_inside_a_short_quotation_takes_its_closing_mark():
    text = "The senator called the conduct of the bank “shameful” and welcomed the new limits."
    a = find(run(text), text, "shameful")
    assert a.content_text(text).endswith("“shameful”")


def test_accused_of_content_is_the_charge():
    text = "The union accused the company of breaking the agreement on overtime pay."
    a = find(run(text), text, "breaking the agreement")
    assert a.content_text(text) == "breaking the agreement on overtime pay"
    assert a.source_text(text) == "The union"


def test_time_or_circumstance_after_the_last_quotation_is_left_out():
    text = "The former mayor described the new tax as a “cruel joke” during a rally on Monday."
    a = find(run(text), text, "cruel joke")
    assert a.content_text(text) == "the new tax as a “cruel joke”"


def test_stance_noun_made_a_cue_by_a_light_verb():
    text = "The union expressed concern that the plant would close next year."
    a = find(run(text), text, "the plant would close")
    assert a.source_text(text) == "The union"
    assert a.cue_text(text) == "expressed concern"


def test_linked_and_noted_take_their_object():
    text = "The senator repeatedly linked the blackout to the utility’s cuts in maintenance."
    a = find(run(text), text, "the blackout to the utility’s cuts")
    assert a.source_text(text) == "The senator"


def test_according_to_at_the_start_of_a_sentence_the_parser_misreads():
    text = (
        "According to conservative talk radio host Rush Limbaugh, the move reeks of "
        "“fear” and desperation."
    )
    [a] = run(text)
    assert a.cue_lemma == "according to"
    assert a.source_text(text) == "conservative talk radio host Rush Limbaugh"
    assert a.content_text(text) == "the move reeks of “fear” and desperation"


def test_quoted_object_keeps_the_phrases_that_follow_it():
    text = (
        "The police department reported “2,521 shooting incidents” in the city "
        "between January and September."
    )
    a = find(run(text), text, "2,521")
    assert a.content_text(text).endswith("between January and September")


def test_call_x_y_takes_all_between_the_object_and_its_complement():
    text = "At the forum, Clinton called her vote in favor of the Iraq War a mistake."
    a = find(run(text), text, "a mistake")
    assert a.content_text(text) == "her vote in favor of the Iraq War a mistake"


def test_a_statement_speaks_for_who_issued_it():
    text = (
        "After a short meeting, the Security Council issued a statement calling the test "
        '"a clear violation" of five earlier resolutions.'
    )
    a = find(run(text), text, "clear violation")
    assert a.source_text(text) == "the Security Council"
    assert a.content_text(text) == 'the test "a clear violation" of five earlier resolutions'


def test_person_the_parser_made_an_apposition_still_speaks():
    text = (
        "With 50 days until the election, Minyon Moore, a senior adviser to the campaign, "
        'called the remarks "a true wake-up call" to his supporters.'
    )
    a = find(run(text), text, "wake-up call")
    assert a.speaker.name == "Minyon Moore"


def test_second_cue_joined_to_the_reported_clause_is_the_reporters_own():
    text = (
        "Trump tweeted that the actress was “disgusting” and encouraged Americans to "
        "“check out” her old videos."
    )
    atts = run(text)
    tweet = find(atts, text, "disgusting")
    assert "encouraged" not in tweet.content_text(text)
    urge = find(atts, text, "check out")
    assert urge.source_text(text) == "Trump"


def test_accused_of_with_the_preposition_parsed_onto_the_object():
    text = (
        "Trump took to Twitter overnight to accuse Clinton’s campaign of being “duped” "
        "by “a con” and encourage Americans to watch the tape."
    )
    a = find(run(text), text, "duped")
    assert a.content_text(text) == "being “duped” by “a con”"
    assert a.source_text(text) == "Trump"


def test_an_aside_between_paired_dashes_stays_in_the_content():
    text = (
        "Fowler noted that in 1972 he backed a decision to nominate Sargent Shriver — "
        "a member of the Kennedy clan — to replace Thomas Eagleton as the nominee."
    )
    a = find(run(text), text, "Shriver")
    assert a.content_text(text).endswith("to replace Thomas Eagleton as the nominee")


def test_concessive_clause_after_the_content_is_the_writers():
    text = (
        "North Korea said the latest test was its biggest yet, although it may take "
        "several days to determine how powerful it was."
    )
    a = find(run(text), text, "biggest yet")
    assert a.content_text(text) == "the latest test was its biggest yet"


def test_relative_clause_with_its_own_cue_is_a_separate_attribution():
    text = "Ted Cruz endorses Trump, who says he is honored."
    atts = run(text)
    assert find(atts, text, "Trump").content_text(text) == "Trump"
    honored = find(atts, text, "honored")
    assert honored.source_text(text) == "who"


def test_sentence_final_speech_verb_the_tagger_took_for_a_noun():
    text = (
        "Secrecy is not a stranger when it comes to Hillary Clinton’s health issues, "
        "the Democratic presidential candidate’s former doctor maintains."
    )
    [a] = run(text)
    assert a.cue_text(text) == "maintains"
    assert a.source_text(text) == "the Democratic presidential candidate’s former doctor"
    # someone's doctor is not that someone
    assert a.speaker.name != "Hillary Clinton"


def test_a_document_can_take_a_position():
    text = "The ad then references FBI criticism of the senator's use of a private server."
    a = find(run(text), text, "FBI criticism")
    assert a.source_text(text) == "The ad"


def test_main_verb_parsed_as_a_modifier_of_its_subject():
    text = (
        "A Times article hailed Trump as “The Comeback Kid” for the business success "
        "he was bringing to New York City."
    )
    a = find(run(text), text, "Comeback Kid")
    assert a.source_text(text) == "A Times article"
    assert a.content_text(text).startswith("Trump as “The Comeback Kid”")
    assert a.speaker.name == "A Times article"


def test_conjoined_clause_with_its_own_speaker_is_its_own_attribution():
    text = (
        "She said fathers who adopt would not be eligible for the paid leave, and when "
        'pressed on why, the mother of three replied, "It is meant to benefit the mother."'
    )
    atts = run(text)
    said = find(atts, text, "fathers who adopt")
    assert "replied" not in said.content_text(text)
    replied = find(atts, text, "meant to benefit")
    assert replied.source_text(text) == "the mother of three"


def test_but_and_a_second_verb_are_the_writer_going_on():
    text = (
        "Donald Trump further described the incident as a “terrible situation,” but stopped "
        "short of calling her actions racially motivated."
    )
    a = find(run(text), text, "terrible situation")
    assert a.content_text(text) == "the incident as a “terrible situation,”"


def test_joined_clause_that_quotes_the_speaker_goes_on_with_the_content():
    text = (
        "The mayor said that it was too early to tell whether a bomb caused the blast, "
        "and there was “no evidence” yet that it was an act of terrorism."
    )
    a = find(run(text), text, "too early")
    assert a.content_text(text).endswith("an act of terrorism")


def test_reported_clause_the_parser_split_in_two_stays_one_content():
    text = (
        "The general said the senator has “enormous respect” for the military and his "
        "remark was instead an expression of frustration with the strategy."
    )
    a = find(run(text), text, "enormous respect")
    assert a.content_text(text).endswith("frustration with the strategy")


@pytest.mark.parametrize("noun", ["emphasis", "assurance", "reminder", "assessment"])
def test_possessive_noun_of_saying_with_a_that_clause(noun):
    text = (
        f"The chief executive's repeated {noun} that only 1 percent of the sales force had "
        "been involved angered the senators."
    )
    a = find(run(text), text, "1 percent")
    assert a.content_text(text) == "only 1 percent of the sales force had been involved"
    assert a.speaker.name == "chief executive"


@pytest.mark.parametrize("verb", ["thanked", "credited", "faulted"])
def test_object_and_reason_verbs(verb):
    text = f"The senator {verb} the governor for backing the new transit plan."
    a = find(run(text), text, "transit plan")
    assert a.content_text(text) == "the governor for backing the new transit plan"
    assert a.source_text(text) == "The senator"


@pytest.mark.parametrize("verb", ["recognized", "discovered", "remembers", "concluded"])
def test_belief_verbs_with_a_that_clause(verb):
    text = f"The auditor {verb} that the fund had lost money for three years."
    a = find(run(text), text, "lost money")
    assert a.content_text(text) == "the fund had lost money for three years"


@pytest.mark.parametrize("verb", ["lauded", "commended", "chastised"])
def test_object_and_reason_after_an_inserted_phrase(verb):
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


@pytest.mark.parametrize(
    "text",
    [
        "The bus was supposed to be escorted by the police, but the guards drove her away "
        "before officers could follow, another source said.",
        "The economy grew in the spring, but wages stagnated all year, according to the report.",
    ],
)
def test_sentence_final_cue_takes_both_coordinated_clauses(text):
    cue_at = text.rindex(",")
    a = find(run(text), text, "but")
    assert a.content[0][0] == 0
    assert a.content[-1][1] == cue_at


def test_clause_going_on_after_a_dash_and_but_stays_in_the_content():
    text = (
        "The mayor was headed to the hospital after the ceremony — but skipped her escort "
        "and went to her daughter's home, the newspaper has learned."
    )
    a = find(run(text), text, "headed to the hospital")
    assert a.content_text(text).endswith("went to her daughter's home")


def test_trailing_participle_comment_deep_in_the_clause_is_left_out():
    text = (
        "The president told the audience he would consider it a personal insult if they did "
        "not vote for her, implicitly putting his name on the line."
    )
    a = find(run(text), text, "personal insult")
    assert a.content_text(text).endswith("vote for her")


def test_reduced_relative_clause_does_not_start_a_new_sentence():
    # the bare parser starts a sentence at "Trump" here
    text = (
        "At Friday's rally, Sanders cited disparaging remarks Trump had made about nurses "
        "as examples of his contempt for workers."
    )
    doc = load_nlp()(text)
    assert [s.start for s in doc.sents] == [0]
    a = find(run(text), text, "disparaging remarks")
    assert a.content_text(text).endswith("his contempt for workers")


def test_second_that_clause_after_and_is_still_what_was_said():
    text = (
        "The chief also said the recordings were “unclear” and that the footage from the "
        "station did not show whether the man was armed."
    )
    atts = run(text)
    a = find(atts, text, "recordings")
    assert a.content_text(text).endswith("whether the man was armed")
    assert len(atts) == 1


def test_cue_set_off_by_commas_mid_sentence_takes_the_words_before_it():
    text = (
        "So when the owners said in May that they would sell the plant, the mayor said, "
        "“we were stunned.”"
    )
    a = find(run(text), text, "stunned")
    assert a.content_text(text).startswith("So when the owners said")
    assert a.source_text(text) == "the mayor"


def test_circumstance_before_a_cue_without_a_second_comma_is_not_content():
    text = "When the owners sold the plant in May, the mayor said it was a betrayal."
    a = find(run(text), text, "betrayal")
    assert a.content_text(text) == "it was a betrayal"


def test_trailing_relative_clause_holding_a_quotation_stays_in_the_content():
    text = (
        "She added that most voters there seem more against him than for her, which is a "
        "problem because, “In the end, we vote for somebody.”"
    )
    a = find(run(text), text, "most voters")
    assert a.content_text(text).endswith("we vote for somebody.”")


def test_trailing_relative_clause_without_a_quotation_is_left_out():
    text = (
        "She added that most voters there seem more against him than for her, which "
        "surprised the pollsters."
    )
    a = find(run(text), text, "most voters")
    assert a.content_text(text).endswith("than for her")


@pytest.mark.parametrize("cue", ["pointed out", "noted on Monday", "warned in March"])
def test_as_clause_cue_reports_the_main_clause(cue):
    text = f"As the senator {cue}, the bill has no chance in the House."
    a = find(run(text), text, "no chance")
    assert a.content_text(text) == "the bill has no chance in the House"
    assert a.source_text(text) == "the senator"


def test_as_clause_without_a_cue_reports_nothing():
    text = "As the crowd cheered, the mayor cut the ribbon."
    assert run(text) == []


def test_pointed_out_that_is_a_cue():
    text = "The mayor pointed out that the city had no money left for repairs."
    a = find(run(text), text, "no money")
    assert a.cue_lemma.startswith("point")


@pytest.mark.parametrize("verb", ["saw", "viewed", "regarded"])
def test_holding_something_as_something_is_a_view(verb):
    text = f"Many veterans {verb} the remark as an insult to the armed forces."
    a = find(run(text), text, "the remark")
    assert a.content_text(text) == "the remark as an insult to the armed forces"
    assert a.source_text(text) == "Many veterans"


def test_seeing_a_thing_is_not_a_view():
    text = "The inspectors saw the damaged bridge in March."
    assert run(text) == []


def test_cue_the_parser_hung_on_the_clause_it_reports():
    text = (
        "“You should resign,” the senator told the banker, after he admitted under her "
        "questioning he had not yet been held accountable for the fraud."
    )
    a = find(run(text), text, "held accountable")
    assert a.content_text(text) == "he had not yet been held accountable for the fraud"
    assert a.cue_text(text) == "admitted"


def test_cue_under_an_adverb_phrase_finds_the_subject_above():
    text = (
        "The governor described the shooting as a tragedy, but stopped short of calling "
        "the officer's actions criminal."
    )
    a = find(run(text), text, "actions criminal")
    assert a.source_text(text) == "The governor"


def test_seeing_something_happen_is_not_a_belief():
    text = (
        "Some families would actually see their taxes go up under the plan, according to an "
        "analysis by the tax center."
    )
    atts = run(text)
    assert len(atts) == 1
    assert atts[0].cue_lemma == "according to"
    assert atts[0].content_text(text).startswith("Some families would actually see")


def test_light_verb_stance_goes_on_with_the_verbs_phrases():
    text = "The senator is raising questions about the broken microphones during the debate."
    a = find(run(text), text, "broken microphones")
    assert a.content_text(text) == "the broken microphones during the debate"


def test_object_of_the_verb_above_holds_the_view_of_its_complement():
    text = "The scandal has led the veteran columnist Ana Ruiz to fear a “new cold war.”"
    a = find(run(text), text, "new cold war")
    assert a.source_text(text).startswith("the veteran columnist")
    assert a.content_text(text) == "a “new cold war.”"


@pytest.mark.parametrize(
    "front", ["Asked to describe the device", "In May", "After the briefing ended"]
)
def test_circumstance_before_a_cue_set_off_by_commas_is_not_content(front):
    text = f'{front}, the commissioner said, "Not going to go into that."'
    a = find(run(text), text, "Not going")
    assert a.content_text(text) == '"Not going to go into that."'


def test_cue_interrupting_a_sentence_takes_the_sentence_around_it():
    text = (
        "These workers, the chief executive explained at the hearing, were “well-paid,” "
        "earning up to $60,000 a year."
    )
    a = find(run(text), text, "well-paid")
    assert a.content_text(text).startswith("These workers")
    assert a.source_text(text) == "the chief executive"


def test_adverb_before_a_cue_is_not_an_interrupted_sentence():
    text = "Instead, both sides reiterated familiar positions, while talks stalled."
    assert run(text) == []


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


@pytest.mark.parametrize(
    ("verb", "obj"),
    [
        ("explains", "the history of the prisons"),
        ("documents", "the boom in prison building"),
        ("recited", "the lyrics of an old song"),
    ],
)
def test_explaining_or_documenting_a_subject(verb, obj):
    text = f"The director {verb} {obj}."
    a = find(run(text), text, obj)
    assert a.content_text(text) == obj


def test_share_of_poll_respondents_holds_a_view():
    text = "In the new survey, 46 percent would back the governor."
    a = find(run(text), text, "the governor")
    assert a.source_text(text) == "46 percent"


def test_stance_noun_with_a_group_as_its_modifier():
    text = (
        "Despite media pronouncements that the governor was the winner of the debate, she "
        "did not gain in the polls."
    )
    a = find(run(text), text, "was the winner")
    assert a.source_text(text) == "media"
    assert a.content_text(text) == "the governor was the winner of the debate"


def test_in_a_poll_reports_the_clause():
    text = "In the latest poll, the governor leads the senator by five points among voters."
    a = find(run(text), text, "leads the senator")
    assert a.source_text(text) == "the latest poll"
    assert a.content_text(text) == "the governor leads the senator by five points among voters"


def test_in_a_poll_with_its_own_cue_keeps_the_cue():
    text = "In a new poll, most voters said the economy was weak."
    atts = run(text)
    assert len(atts) == 1
    assert atts[0].source_text(text) == "most voters"


def test_gaining_in_the_polls_is_not_a_poll_report():
    text = "The senator did not gain in the polls after the debate."
    assert run(text) == []
