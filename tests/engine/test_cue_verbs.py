"""Cue verbs: which verbs report speech or a view and what they report; passives, cues
that interrupt a sentence ("X, Mr. B said, …") and cues joined in coordination."""

import pytest

from tests.engine.helpers import find, run, speaker_name


def test_was_quoted_as_saying_makes_the_subject_of_quoted_the_source():
    text = "The general was quoted as saying that the troops would stay until spring."
    [a] = run(text)
    assert "the troops would stay until spring" in a.content_text(text)
    assert a.source_text(text) == "The general"


def test_told_someone_reports_the_clause_after_the_listener():
    text = "The coach told reporters the striker would miss the final."
    [a] = run(text)
    assert a.content_text(text) == "the striker would miss the final"
    assert a.cue_lemma == "tell"
    assert a.source_text(text) == "The coach"


def test_cue_after_the_reported_clause_reports_the_clause_before_it():
    text = "The factory will hire two hundred workers, the company said."
    [a] = run(text)
    assert a.content_text(text) == "The factory will hire two hundred workers"
    assert a.source_text(text) == "the company"


def test_cue_inside_the_clause_reports_the_clause_around_it():
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
def test_reporting_verbs_with_a_that_clause_are_cues(verb, lemma):
    text = f"The governor {verb} that the new tax would not touch pensions."
    [a] = run(text)
    assert a.cue_lemma == lemma
    assert a.cue_text(text) == verb
    assert a.content_text(text) == "the new tax would not touch pensions"


def test_position_verb_reports_its_object():
    text = "Local farmers have rejected the plan to build a motorway across the valley."
    [a] = run(text)
    assert a.cue_text(text) == "have rejected"
    assert a.content_text(text) == "the plan to build a motorway across the valley"
    assert a.speaker.kind == "group"


def test_described_x_as_y_and_called_x_y_are_cues():
    text = "The judge described the ruling as a turning point. Critics called it a betrayal."
    atts = run(text)
    a = find(atts, text, "the ruling as a turning point")
    assert a.cue_lemma == "describe"
    b = find(atts, text, "a betrayal")
    assert b.cue_lemma == "call"


def test_vowed_to_reports_the_infinitive():
    text = "The president vowed to veto any bill that raised the retirement age."
    [a] = run(text)
    assert a.cue_lemma == "vow"
    assert a.content_text(text).startswith("to veto any bill")


def test_spoke_about_reports_the_topic():
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


def test_passive_cue_with_an_agent_makes_the_agent_the_source():
    text = "The housing plan was rejected by the city council on Monday."
    [a] = run(text)
    assert a.source_text(text) == "the city council"
    assert a.content_text(text) == "The housing plan"


def test_passive_cue_without_an_agent_reports_nothing():
    text = "The new stadium was praised on Monday."
    assert run(text) == []


def test_passive_participle_is_not_the_speakers_cue():
    text = "Asked whether he would resign, the chairman replied: “Not today.”"
    atts = run(text)
    reply = find(atts, text, "Not today")
    assert reply.source_text(text) == "the chairman"
    # the question was put to him by someone the sentence does not name
    question = find(atts, text, "whether he would resign")
    assert question.cue_lemma == "ask"
    assert question.source is None


def test_question_put_by_a_named_asker_is_the_askers():
    text = "The mayor was asked about the missing funds by a local reporter."
    a = find(run(text), text, "the missing funds")
    assert a.source_text(text) == "a local reporter"


@pytest.mark.parametrize(
    "text, content",
    [
        ("The minister is expected to resign before the summer.", "to resign before the summer"),
        ("Local farmers seem unhappy with the new quotas.", "unhappy with the new quotas"),
        ("The coalition appeared ready to drop the reform.", "ready to drop the reform"),
        # a noun after "like": the evidential's complement as much as an adjective is
        (
            "The ferry levy seemed like an odd choice for a port town.",
            "like an odd choice for a port town",
        ),
    ],
)
def test_seeming_and_expectation_report_the_subject_and_complement_unsourced(text, content):
    [a] = run(text)
    assert a.content_text(text).endswith(content)
    assert a.source is None


def test_expectation_joined_to_the_subjects_own_verb_is_still_unsourced():
    # the subject does not expect it of itself; who does is not said
    text = "Senator Tom Okafor is moving to Dover but is expected to keep his harbor seat."
    a = find(run(text), text, "keep his harbor seat")
    assert a.cue_lemma == "expect"
    assert a.source is None


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("It's important to note the Dover pier was rebuilt late.", "pier was rebuilt"),
        ("It's hard not to wonder whether the harbor board saw this coming.", "harbor board"),
        ("In the end, it means admitting that the Dover pier plan failed.", "pier plan failed"),
    ],
)
def test_the_it_of_an_adjective_with_a_cue_infinitive_is_no_source(text, needle):
    a = find(run(text), text, needle)
    assert a.source is None


@pytest.mark.parametrize(
    "text",
    [
        "It is fair to say that the Dover pier was rebuilt too late.",
        "It's safe to say the harbor master means the new toll.",
        "It is worth noting that the Dover levy was never collected.",
        "It goes without saying that the harbor budget is late again.",
        "It is too soon to say if the ferry plan can survive a winter vote.",
    ],
)
def test_the_writers_set_phrases_report_nothing(text):
    # the writer's hedges, not an unnamed source's report (the corpus annotates none),
    # nor what they hold ("the harbor master means the new toll")
    assert run(text) == []


def test_a_relative_clause_in_an_editors_note_is_the_papers_description():
    text = (
        "The mayor said the ferry would run all winter.\n\n"
        "Editor's note: Mayor Ruiz is a habitual fibber and a bully who has repeatedly "
        "vowed to close every library in the county."
    )
    [a] = run(text)
    assert a.content_text(text) == "the ferry would run all winter"


@pytest.mark.parametrize(
    ("text", "subject", "complement"),
    [
        # the parser made "seemed" the auxiliary of the participle
        (
            "The harbor master seemed shaken by the storm warnings on Friday.",
            "The harbor master",
            "shaken by the storm warnings on Friday",
        ),
        # the subject belongs to the first of two joined verbs
        (
            "The ferry union won the vote and appeared poised to strike in June.",
            "The ferry union",
            "poised to strike in June",
        ),
        # an adjective of stance before an infinitive: what the writer expects, not a view
        ("Ms. Okafor seemed certain to quit the board.", "Ms. Okafor", "certain to quit the board"),
        # a noun after "seem"
        ("The vote seemed a formality for the council.", "The vote", "a formality for the council"),
    ],
)
def test_seeming_reports_its_subject_and_complement_in_every_parse(text, subject, complement):
    a = find(run(text), text, complement)
    assert a.content_text(text) == f"{subject} … {complement}"
    assert a.source is None


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The Harbor Guild is reportedly hiring forty new pilots before the summer season.",
            "The Harbor Guild is reportedly hiring forty new pilots before the summer season",
        ),
        (
            "Reportedly, the pilot had flown the route twice before the crash.",
            "the pilot had flown the route twice before the crash",
        ),
        (
            "The port board is reportedly making plans to question the mayor as it wraps up "
            "its audit.",
            "The port board is reportedly making plans to question the mayor",
        ),
    ],
)
def test_reportedly_reports_the_clause_unsourced(text, content):
    [a] = run(text)
    assert a.content_text(text) == content
    assert a.source is None


def test_reportedly_with_a_cue_leaves_it_to_the_cue():
    text = "The mayor reportedly said the port was broke."
    [a] = run(text)
    assert a.cue_lemma == "say"
    assert a.source_text(text) == "The mayor"


def test_seeming_to_hold_a_view_leaves_the_view_to_its_own_cue():
    text = "The coach seemed to criticize the referee after the match."
    a = find(run(text), text, "the referee")
    assert a.source_text(text) == "The coach"


def test_referring_to_reports_what_is_referred_to():
    text = "In her speech the mayor referred to the flooding in the harbour district."
    a = find(run(text), text, "flooding")
    assert a.content_text(text) == "the flooding in the harbour district"
    assert a.source_text(text) == "the mayor"


def test_second_cue_verb_in_coordination_is_not_part_of_the_first_content():
    text = "The senator called the decision “shameful” and backed new limits on fees."
    atts = run(text)
    a = find(atts, text, "shameful")
    assert "backed" not in a.content_text(text)


def test_linked_x_to_y_reports_the_object_and_what_it_was_linked_to():
    text = "The senator repeatedly linked the blackout to the utility’s cuts in maintenance."
    a = find(run(text), text, "the blackout to the utility’s cuts")
    assert a.source_text(text) == "The senator"


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


def test_sentence_final_speech_verb_the_tagger_took_for_a_noun_is_still_a_cue():
    text = (
        "Silence is no stranger when it comes to Oriel Banks’s money troubles, "
        "the Greenfield party leader’s former banker maintains."
    )
    [a] = run(text)
    assert a.cue_text(text) == "maintains"
    assert a.source_text(text) == "the Greenfield party leader’s former banker"
    # someone's banker is not that someone
    assert a.speaker.name != "Oriel Banks"


def test_conjoined_clause_with_its_own_speaker_is_its_own_attribution():
    text = (
        "She said uncles who foster would not qualify for the grant, and when pressed "
        'for a reason, the mother of four replied, "It is there to help the parents."'
    )
    atts = run(text)
    said = find(atts, text, "uncles who foster")
    assert "replied" not in said.content_text(text)
    replied = find(atts, text, "there to help")
    assert replied.source_text(text) == "the mother of four"


@pytest.mark.parametrize("verb", ["thanked", "credited", "faulted"])
def test_praise_and_blame_verbs_report_the_object_and_the_reason(verb):
    text = f"The senator {verb} the governor for backing the new transit plan."
    a = find(run(text), text, "transit plan")
    assert a.content_text(text) == "the governor for backing the new transit plan"
    assert a.source_text(text) == "The senator"


@pytest.mark.parametrize("verb", ["recognized", "discovered", "remembers", "concluded"])
def test_belief_verbs_with_a_that_clause_are_cues(verb):
    text = f"The auditor {verb} that the fund had lost money for three years."
    a = find(run(text), text, "lost money")
    assert a.content_text(text) == "the fund had lost money for three years"


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


def test_cue_set_off_by_commas_mid_sentence_takes_the_words_before_it():
    text = (
        "So when the owners said in May that they would sell the plant, the mayor said, "
        "“we were stunned.”"
    )
    a = find(run(text), text, "stunned")
    assert a.content_text(text).startswith("So when the owners said")
    assert a.source_text(text) == "the mayor"


@pytest.mark.parametrize("cue", ["pointed out", "noted on Monday", "warned in March"])
def test_as_clause_cue_reports_the_main_clause(cue):
    text = f"As the senator {cue}, the bill has no chance in the House."
    a = find(run(text), text, "no chance")
    assert a.content_text(text) == "the bill has no chance in the House"
    assert a.source_text(text) == "the senator"


def test_as_clause_without_a_cue_reports_nothing():
    text = "As the crowd cheered, the mayor cut the ribbon."
    assert run(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "As the governor spoke, protesters gathered outside the hall.",
        "As she talked, the lights in the studio went out.",
        "As the minister testified, the committee room filled with reporters.",
        "As the mayor continued, several council members left their seats.",
    ],
)
def test_as_clause_of_an_act_that_is_no_thing_said_reports_nothing(text):
    assert run(text) == []


def test_as_clause_cue_with_the_one_told_reports_the_main_clause():
    text = "As Varga told the Harbor Ledger, the ferry tax is paid back when jobs arrive."
    a = find(run(text), text, "ferry tax")
    assert a.content_text(text) == "the ferry tax is paid back when jobs arrive"
    assert a.source_text(text) == "Varga"


def test_cue_after_a_quotation_reports_the_quotation_not_the_clause_after_it():
    # the parser makes "Orwin said" an aside inside the "after" clause
    text = (
        '"I never said that. Not once," Orwin said, after KTVU\'s Dana Pell said the senator '
        'had once called Rubio the "pet senator" of a shipping firm.'
    )
    orwin = find(run(text), text, "Not once")
    assert orwin.content_text(text) == '"I never said that. Not once,"'
    assert orwin.source_text(text) == "Orwin"
    pell = find(run(text), text, "pet senator")
    assert pell.source_text(text) == "KTVU's Dana Pell"


@pytest.mark.parametrize(
    "text",
    [
        "The port lost money. That said, the dockers say they expect a good year.",
        "(That said, she also noted, “the cranes are old.”)",
        "That being said, the dockers say they expect a good year.",
    ],
)
def test_that_said_is_no_cue_and_leaves_the_speaker_of_the_sentence(text):
    [a] = run(text)
    assert a.source_text(text) in ("the dockers", "she")


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


@pytest.mark.parametrize(
    "holders", ["Her rivals", "Party operatives", "The crowd", "Her husband", "Tenant advocates"]
)
def test_people_named_by_a_relation_or_a_crowd_hold_views(holders):
    text = f"{holders} saw the ferry levy as a tax on the island."
    a = find(run(text), text, "the ferry levy")
    assert a.source_text(text) == holders


def test_seeing_a_thing_is_not_a_view():
    text = "The inspectors saw the damaged bridge in March."
    assert run(text) == []


def test_cue_the_parser_hung_on_the_clause_it_reports_still_reports_it():
    text = (
        "“You should resign,” the senator told the banker, after he admitted under her "
        "questioning he had not yet been held accountable for the fraud."
    )
    a = find(run(text), text, "held accountable")
    assert a.content_text(text) == "he had not yet been held accountable for the fraud"
    assert a.cue_text(text) == "admitted"


def test_seeing_something_happen_is_not_a_belief():
    text = (
        "Some renters would in fact see their bills rise under the scheme, according to a "
        "review by the housing institute."
    )
    atts = run(text)
    assert len(atts) == 1
    assert atts[0].cue_lemma == "according to"
    assert atts[0].content_text(text).startswith("Some renters would in fact see")


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


@pytest.mark.parametrize(
    ("verb", "obj"),
    [
        ("explains", "the history of the prisons"),
        ("documents", "the boom in prison building"),
        ("recited", "the lyrics of an old song"),
    ],
)
def test_explaining_or_documenting_a_subject_reports_the_subject(verb, obj):
    text = f"The director {verb} {obj}."
    a = find(run(text), text, obj)
    assert a.content_text(text) == obj


def test_pointing_to_evidence_reports_the_evidence_but_pointing_at_a_map_does_not():
    text = "The mayor pointed to the falling crime figures. The guide pointed at the map."
    atts = run(text)
    a = find(atts, text, "crime figures")
    assert a.content_text(text) == "the falling crime figures"
    assert a.source_text(text) == "The mayor"
    assert not any("map" in b.content_text(text) for b in atts)


@pytest.mark.parametrize(
    "text, content",
    [
        ("The coach blamed the wet pitch for the defeat.", "the wet pitch for the defeat"),
        ("The minister offered a bleak picture of the economy.", "a bleak picture of the economy"),
        ("The new mayor vowed change at city hall.", "change at city hall"),
    ],
)
def test_blaming_offering_and_vowing_report_the_object(text, content):
    [a] = run(text)
    assert a.content_text(text) == content


def test_one_word_answer_is_what_was_said():
    text = "Most of the delegates said yes."
    [a] = run(text)
    assert a.content_text(text) == "yes"
    assert a.source_text(text) == "Most of the delegates"


def test_it_seems_reports_the_clause_without_a_source():
    text = "It appears that the talks over the harbour have stalled."
    [a] = run(text)
    assert a.content_text(text).endswith("the talks over the harbour have stalled")
    assert a.source is None


def test_called_for_someone_to_act_reports_the_whole_demand():
    # "called for the mayor to resign": the parser makes "for" the mark of a clause
    text = "The union called for the director to step down before the summer."
    a = find(run(text), text, "step down")
    assert a.content_text(text) == "the director to step down before the summer"
    assert a.source_text(text) == "The union"
    assert a.cue_lemma == "call"


def test_a_passive_of_judging_with_no_one_named_holds_the_judged_and_the_charge():
    # "The mayor has been criticized for X", "was accused of Y": no source is named
    text = "Headline\n\nThe mayor has been sharply criticized for closing the old library."
    a = find(run(text), text, "closing the old library")
    assert a.source is None
    assert "The mayor" in a.content_text(text)
    assert a.cue_lemma == "criticize"


def test_a_passive_of_judging_over_a_relative_pronoun_holds_the_pronoun_and_the_charge():
    # "a trader who was accused of fraud": PolNeAR marks the pronoun as the one judged
    text = "Headline\n\nThe board hired an adviser who was accused of hiding losses."
    a = find(run(text), text, "hiding losses")
    assert a.source is None
    assert a.content_text(text).startswith("who")


def test_a_court_charge_in_the_passive_is_no_attribution():
    text = "Headline\n\nThe driver was charged with reckless driving on Monday."
    assert run(text) == []


def test_a_passive_endorsement_by_newspapers_names_them_as_the_source():
    text = "Headline\n\nThe mayor was endorsed by a dozen papers this winter."
    a = find(run(text), text, "The mayor")
    assert a.source_text(text) == "a dozen papers"


@pytest.mark.parametrize(
    "phrase",
    ["on condition of anonymity", "on the record", "on a radio show", "on her behalf"],
)
def test_speaking_on_a_condition_or_a_show_is_no_topic(phrase):
    # "spoke on condition of anonymity": the phrase tells how, not what about
    text = f"Headline\n\nA senior aide spoke {phrase} after the meeting."
    assert not any(a.cue_lemma == "speak" for a in run(text))


def test_speaking_on_a_topic_is_still_what_was_spoken_about():
    text = "Headline\n\nThe senator spoke on the future of the farm bill."
    a = find(run(text), text, "farm bill")
    assert a.cue_lemma == "speak"


# A reported clause that opens with a gerund ("closing the plant would ..."): the parser
# takes the gerund for the cue's complement and hangs the rest of the clause on it.
def test_reported_clause_opening_with_a_gerund_is_the_content():
    text = "She said closing the depot would cost the town two hundred jobs."
    [a] = run(text)
    assert a.content_text(text) == "closing the depot would cost the town two hundred jobs"
    assert a.source_text(text) == "She"


# The phrases the parser hangs on the cue right after its object belong to the object
# ("endorsed X for mayor", "unveiled a plan to cut fares"); a time, a place or the medium
# ("in a late-night post") does not.
def test_phrase_after_the_object_goes_on_with_the_object():
    text = "The teachers' union has endorsed Maria Ortega for mayor."
    [a] = run(text)
    assert a.content_text(text) == "Maria Ortega for mayor"


def test_time_or_medium_after_the_object_is_left_out():
    text = "The governor praised the volunteers in a late-night post on Sunday."
    [a] = run(text)
    assert a.content_text(text) == "the volunteers"


def test_where_a_person_is_backed_is_left_out_but_not_the_race():
    # a person or a pronoun takes no phrase of where or when: it is the cue's
    text = "The pastors have backed him in every county of the state."
    [a] = run(text)
    assert a.content_text(text) == "him"
    text = "Lind backed Ana Ruiz in the primary."
    [a] = run(text)
    assert a.content_text(text) == "Ana Ruiz in the primary"


def test_a_scene_before_a_cue_set_off_by_commas_is_not_its_objects():
    # the clause before "X, S V O," goes with a clause said, never with an object
    text = (
        "While the mayor has warned against haste, Okafor has ordered a review of the ferry "
        "contract, which runs until May."
    )
    a = find(run(text), text, "review")
    assert a.content_text(text) == "a review of the ferry contract"


# A cue whose object is a gerund clause: what was proposed, admitted or denied.
def test_gerund_clause_after_a_cue_is_the_content():
    text = "The council member proposed closing the bridge to trucks during the repairs."
    [a] = run(text)
    assert a.content_text(text) == "closing the bridge to trucks during the repairs"
    assert a.source_text(text) == "The council member"


# A passive of viewing with an "as" phrase and no one named: the one viewed and the view
# are what is held, with no source.
def test_agentless_passive_of_viewing_holds_the_view_without_a_source():
    text = "The new ferry line is widely seen as a lifeline for the island."
    [a] = run(text)
    assert a.source is None
    assert a.content_text(text) == "The new ferry line … a lifeline for the island"


# The same with a gerund as the view, or a relative pronoun as the one viewed (PolNeAR
# marks "which … as Y" too).
@pytest.mark.parametrize(
    "text,content",
    [
        (
            "The governor is widely seen as blocking the reform.",
            "The governor … blocking the reform",
        ),
        (
            "They met the ferry company, which is seen as a lifeline for the island.",
            "which … a lifeline for the island",
        ),
    ],
)
def test_agentless_passive_of_viewing_with_a_gerund_or_a_relative_pronoun(text, content):
    a = find(run(text), text, content.split(" … ")[1])
    assert a.source is None
    assert a.content_text(text) == content


# Short cue verbs that double their last consonant ("slammed", "ripped", "bragged") are
# cues in every form.
def test_cue_verb_forms_with_a_doubled_consonant():
    text = "The senator slammed the new tariff plan on Monday."
    [a] = run(text)
    assert a.cue_lemma == "slam"
    assert a.content_text(text) == "the new tariff plan"


@pytest.mark.parametrize(
    "text,lemma,content",
    [
        ("A county judge ordered the release of the audit.", "order", "the release of the audit"),
        (
            "The judge ordered the council to publish its minutes.",
            "order",
            "the council to publish its minutes",
        ),
        (
            "The mayor voiced her frustration with the council.",
            "voice",
            "her frustration with the council",
        ),
        ("The auditors deemed the figures unreliable.", "deem", "the figures unreliable"),
    ],
)
def test_cues_mined_from_train_report_their_object(text, lemma, content):
    [a] = run(text)
    assert a.cue_lemma == lemma
    assert a.content_text(text) == content


def test_a_verb_judging_remarks_reports_them_but_repeating_a_position_does_not():
    text = "The senator condemned the mayor's remarks."
    [a] = run(text)
    assert a.cue_lemma == "condemn"
    assert a.content_text(text) == "the mayor's remarks"
    assert run("The senator repeated her familiar positions.") == []


def test_referred_to_someone_as_a_name_reports_the_name_given():
    text = 'At the rally, Ruiz referred to her rival as a "part-time mayor" twice.'
    a = find(run(text), text, "part-time mayor")
    assert a.content_text(text) == 'her rival as a "part-time mayor"'
    assert a.source_text(text) == "Ruiz"


@pytest.mark.parametrize(
    "text,content",
    [
        (
            "The mayor continued to complain that the bridge repairs were running late.",
            "the bridge repairs were running late",
        ),
        (
            "The union has continued to insist its members will not accept the offer.",
            "its members will not accept the offer",
        ),
    ],
)
def test_a_cue_carried_on_by_continue_reports_its_clause(text, content):
    a = find(run(text), text, content)
    assert a.source_text(text) in ("The mayor", "The union")


@pytest.mark.parametrize(
    "text,content,lemma",
    [
        ("The coach vouched for the young striker.", "the young striker", "vouch"),
        ("The senator distanced himself from the harbour plan.", "the harbour plan", "distance"),
        ("The envoy touched on the ferry strike.", "the ferry strike", "touch"),
        ("The governor bemoaned the slow pace of the repairs.", "the slow pace", "bemoan"),
        ("The ministry rebutted the claims about the dam.", "the claims about the dam", "rebut"),
        ("The striker retweeted a photo of the stadium.", "a photo of the stadium", "retweet"),
        (
            "Mayor Ivo Lund tweeted a photo of the flooded harbour on Sunday.",
            "a photo of the flooded harbour",
            "tweet",
        ),
        ("The harbour master suggested a night ferry.", "a night ferry", "suggest"),
        ("The growers lamented the loss of the orchards.", "the loss of the orchards", "lament"),
        ("The envoy recounted the talks in the harbour town.", "the talks", "recount"),
    ],
)
def test_cue_verbs_learnt_from_counts_report_their_object(text, content, lemma):
    a = find(run(text), text, content)
    assert a.cue_lemma == lemma


def test_speech_verb_with_a_mere_object_in_the_clause_before_the_cue_is_not_a_speaker():
    # "The mill may add workers, he said": "add" here reports nothing of the mill's
    text = "The bakery may add two ovens or change its hours, the owner said. The fair opened."
    a = find(run(text), text, "The bakery may add two ovens or change its hours")
    assert a.source_text(text) == "the owner"
    assert a.cue_lemma == "say"


@pytest.mark.parametrize(
    "text,lemma,source,content",
    [
        (
            "The ministry lists the harbour's depth as twelve metres.",
            "list",
            "The ministry",
            "the harbour's depth as twelve metres",
        ),
        (
            "The regulator interpreted the ruling as a rebuke to the ministry.",
            "interpret",
            "The regulator",
            "the ruling as a rebuke to the ministry",
        ),
        (
            "The finance minister articulated a plan to cut the deficit.",
            "articulate",
            "The finance minister",
            "a plan to cut the deficit",
        ),
        (
            "The mayor brushed aside the complaints about the new bus lanes.",
            "brush aside",
            "The mayor",
            "the complaints about the new bus lanes",
        ),
        (
            "The union balked at the proposed pay freeze.",
            "balk",
            "The union",
            "the proposed pay freeze",
        ),
        (
            "The tenants finally acquiesced to the landlord's demands.",
            "acquiesce",
            "The tenants",
            "the landlord's demands",
        ),
    ],
)
def test_mined_object_and_preposition_cues_report_their_object(text, lemma, source, content):
    [a] = run(text)
    assert a.cue_lemma == lemma
    assert a.source_text(text) == source
    assert a.content_text(text) == content


def test_interjected_before_a_colon_reports_the_quotation():
    text = 'The treasurer spoke for an hour. Councillor Reyes interjected: "That figure is wrong."'
    a = find(run(text), text, "That figure is wrong")
    assert a.cue_lemma == "interject"
    assert a.source_text(text) == "Councillor Reyes"


@pytest.mark.parametrize(
    "text,lemma,source,content",
    [
        (
            "The campaign aims to register ten thousand new voters.",
            "aim",
            "The campaign",
            "to register ten thousand new voters",
        ),
        (
            "The builder claimed to have finished the bridge early.",
            "claim",
            "The builder",
            "to have finished the bridge early",
        ),
    ],
)
def test_aims_to_and_claimed_to_report_the_infinitive(text, lemma, source, content):
    [a] = run(text)
    assert a.cue_lemma == lemma
    assert a.source_text(text) == source
    assert a.content_text(text) == content


def test_aiming_at_a_goal_is_no_cue():
    assert run("The club is aiming at the title.") == []


@pytest.mark.parametrize("verb", ["despise", "distrust", "resent", "admire"])
def test_verbs_of_liking_or_loathing_report_their_object(verb):
    text = f"Many of the fishermen {verb} the new harbour master."
    [a] = run(text)
    assert a.source_text(text) == "Many of the fishermen"
    assert a.content_text(text) == "the new harbour master"


@pytest.mark.parametrize(
    "text,lemma,content",
    [
        ("The bishop repudiated the anonymous pamphlet.", "repudiate", "the anonymous pamphlet"),
        ("The minister trumpeted the new export figures.", "trumpet", "the new export figures"),
        ("The columnist opined on the harbour budget.", "opine", "the harbour budget"),
    ],
)
def test_verbs_of_disowning_or_trumpeting_report_their_object(text, lemma, content):
    [a] = run(text)
    assert a.cue_lemma == lemma
    assert a.content_text(text) == content


@pytest.mark.parametrize(
    "text,lemma,content",
    [
        ("The growers hoped for an early frost.", "hope", "an early frost"),
        ("The senator yearned for a quieter campaign.", "yearn", "a quieter campaign"),
        ("The mayor craved a bigger hall.", "crave", "a bigger hall"),
    ],
)
def test_verbs_of_wanting_report_what_is_wanted(text, lemma, content):
    [a] = run(text)
    assert a.cue_lemma == lemma
    assert a.content_text(text) == content


def test_participle_after_a_quotation_and_its_cue_says_its_own_object():
    text = (
        '"It is a good day for the town," she said, repeating a promise that she has '
        "made at every stop."
    )
    a = find(run(text), text, "a promise that she has made")
    assert a.source_text(text) == "she"
    assert a.cue_lemma == "repeat"


def test_participle_warning_after_a_quotation_keeps_the_speaker():
    text = '"We need more nurses," Okafor said, warning against cuts to the clinic budget.'
    a = find(run(text), text, "cuts to the clinic budget")
    assert a.source_text(text) == "Okafor"
    find(run(text), text, "We need more nurses")


def test_closing_cue_the_parser_hung_inside_the_clause_still_reports_it():
    # "…, Deputy Mayor Ann Price told the council Tuesday.": the parser makes "told" a
    # clause of "help"; the sentence before the comma is what she told the council
    text = (
        "This covers a small team to help the flood wardens, Deputy Mayor Ann Price told "
        "the council Tuesday."
    )
    a = find(run(text), text, "flood wardens")
    assert a.content_text(text) == "This covers a small team to help the flood wardens"
    assert a.source_text(text) == "Deputy Mayor Ann Price"
    assert a.cue_lemma == "tell"


def test_closing_cue_after_its_subject_reports_the_sentence_before_it():
    # the verb comes first and its subject closes the sentence; the parser joins "said" to
    # the clause before it as a conjunct, leaving it no complement
    text = (
        "The old Brandt mill is holding on, but it is under heavy pressure from cheap "
        "imports, said the company's chief executive, Lorna Quist."
    )
    a = find(run(text), text, "heavy pressure")
    assert a.content_text(text) == (
        "The old Brandt mill is holding on, but it is under heavy pressure from cheap imports"
    )
    assert a.source_text(text) == "the company's chief executive, Lorna Quist"
    assert a.speaker.name == "Lorna Quist"


def test_closing_cue_after_a_circumstance_and_a_main_clause_reports_both():
    # "As …, X happened, police said.": the parser hangs the main clause under the "as"
    # clause and "said" has no complement; the subordinate clause opens what police said
    text = (
        "As mayoral front-runner Ivo Lund prepared to address voters in Dunmore on Monday, "
        "a 16-year-old boy outside the arena was pepper-sprayed by another man, police said."
    )
    a = find(run(text), text, "16-year-old boy")
    assert a.content_text(text).startswith("As mayoral front-runner Ivo Lund prepared")
    assert a.content_text(text).endswith("was pepper-sprayed by another man")
    assert a.source_text(text) == "police"


def test_closing_cue_at_the_end_of_a_paragraph_reports_the_sentence_before_it():
    text = (
        "The ferry sold its last ticket of the season in 2019, port records show.\n\n"
        "It has not sailed since."
    )
    a = find(run(text), text, "last ticket")
    assert a.source_text(text) == "port records"


def test_a_clause_joined_by_and_is_no_closing_cue():
    text = (
        "She never held office for longer than two years, and she never spoke longer than "
        "ten minutes.\n\nHer rivals did."
    )
    assert not run(text)


def test_a_clause_opened_by_since_is_no_closing_cue():
    text = (
        'What "a fresh start" would mean for the port was left unclear, since Ruiz spoke only '
        "briefly at the hearing.\n\nHer rivals did not."
    )
    assert not run(text)


def test_closing_cue_after_a_clause_holding_a_quoted_phrase_reports_the_clause():
    text = (
        'The pledge to "fix the roads first" appeals to drivers who are tired of waiting, said '
        "Omar Haddad, a planner at Dunmore College."
    )
    [a] = run(text)
    assert a.source_text(text) == "Omar Haddad, a planner at Dunmore College"
    assert a.content_text(text) == (
        'The pledge to "fix the roads first" appeals to drivers who are tired of waiting'
    )


def test_closing_cue_after_a_verb_the_tagger_took_for_a_plural_noun_reports_the_clause():
    # "treaty signals" reads as two nouns, leaving the clause no verb the tagger knows
    text = (
        'The defeat of the harbour treaty signals "a long winter" for the fishing towns, said '
        "Omar Haddad, a planner at Dunmore College."
    )
    [a] = run(text)
    assert a.source_text(text) == "Omar Haddad, a planner at Dunmore College"
    assert a.content_text(text).startswith("The defeat of the harbour treaty signals")


def test_closing_records_show_reports_the_sentence_before_it():
    # the tagger takes "show" after "records" for a noun
    text = "He sold the tugboat to the harbor trust in 2012, county records show."
    a = find(run(text), text, "sold the tugboat")
    assert a.content_text(text) == "He sold the tugboat to the harbor trust in 2012"
    assert a.source_text(text) == "county records"


def test_closing_records_show_after_a_name_of_their_keeper_are_the_whole_source():
    # the tagger reads "records" as a verb here; the parser hangs the name on "show"
    text = (
        "In all, the Dunmore host committee raised $4 million, Federal Election Commission "
        "records show.\n\nThe committee did not comment."
    )
    a = find(run(text), text, "host committee")
    assert a.source_text(text) == "Federal Election Commission records"
    assert a.content_text(text) == "In all, the Dunmore host committee raised $4 million"


def test_closing_records_show_after_a_participle_of_their_kind_report_the_sentence():
    text = (
        "That is why Varga had to lend her campaign thousands of dollars in May, fundraising "
        "documents show. It is also why she lost."
    )
    a = find(run(text), text, "lend her campaign")
    assert a.source_text(text) == "fundraising documents"


def test_the_words_of_an_according_to_are_no_closing_subject():
    text = "The fund held nearly $2 million, according to figures its board released Friday."
    [a] = run(text)
    assert a.cue_text(text) == "according to"


def test_closing_cue_leaves_a_sentence_with_its_own_speaker_to_that_speaker():
    text = (
        "She vowed to beat the incumbent thanks to the family name, which is well known in "
        "the county, Moss said."
    )
    a = find(run(text), text, "beat the incumbent")
    assert a.source_text(text) == "She"
    assert a.cue_lemma == "vow"


def test_as_reported_by_before_the_clause_gives_it_to_the_agent():
    text = "As reported by the Dunmore Herald, the mill will shut its doors in May."
    [a] = run(text)
    assert a.source_text(text) == "the Dunmore Herald"
    assert a.content_text(text) == "the mill will shut its doors in May"


def test_as_reported_by_gives_nothing_to_an_agent_that_swallowed_the_clauses_subject():
    # the parser hangs "former CIA analyst and Marine …" on the Herald as an apposition and
    # leaves "found" without a subject: the finding is the analyst's, never the paper's
    text = (
        "As reported by the Dunmore Herald, former CIA analyst and Marine Daniel “Dusty” "
        "Okafor found both plans to be flawed."
    )
    for a in run(text):
        assert "Herald" not in a.source_text(text)


@pytest.mark.parametrize(
    "text,content",
    [
        ("The fishing council declared victory over the levy.", "victory over the levy"),
        ("The tribunal declared the harbour lease invalid.", "the harbour lease invalid"),
    ],
)
def test_declaring_reports_what_is_declared(text, content):
    [a] = run(text)
    assert a.cue_lemma == "declare"
    assert a.content_text(text) == content


def test_a_stance_verb_the_tagger_reads_as_a_particle_is_still_a_cue():
    # "back" tagged a particle (RP) while the parser makes it the clause's verb
    text = "Most voters back the new tax plan for city schools."
    [a] = run(text)
    assert a.source_text(text) == "Most voters"
    assert a.content_text(text) == "the new tax plan for city schools"
    # "came back" keeps its particle: no attribution
    assert run("She came back the next day.") == []


def test_what_someone_called_a_name_gives_the_name_as_their_words():
    # "what" stands for no noun: the quoted name is what the former staff said
    text = "The academy is what its old employees had called a “vanity racket” in filings."
    a = find(run(text), text, "vanity racket")
    assert a.source_text(text) == "its old employees"
    assert a.content_text(text).startswith("a “vanity racket”")


def test_a_closing_verb_of_saying_before_its_speaker_reports_the_clause():
    # the parser takes the speaker after "added" for its object
    text = "The ferry will run again in May, added the harbour master, Ana Ruiz."
    a = find(run(text), text, "ferry will run")
    assert a.content_text(text) == "The ferry will run again in May"
    assert speaker_name(a) == "Ana Ruiz"


def test_a_verb_after_an_apposition_with_a_thing_for_object_is_no_closing_cue():
    # the group is the subject; "a video" is what it released, not who spoke
    text = "Harbour Forward, a group allied with the mayor, released a video about the docks."
    atts = run(text)
    assert not any(a.source_text(text) == "a video about the docks" for a in atts)
    assert not any(a.content_text(text).startswith("Harbour Forward") for a in atts)


def test_a_question_asked_with_if_is_what_the_asker_asked():
    # "if" after "asked the pupils" opens the question, though the parser reads a condition
    text = "At the assembly, Ms. Okafor asked the pupils if the new timetable suited them."
    a = find(run(text), text, "timetable suited them")
    assert a.content_text(text) == "if the new timetable suited them"
    assert a.source_text(text) == "Ms. Okafor"


def test_a_fronted_question_is_the_askers_and_the_quotation_after_it_the_answerers():
    text = (
        "Tomas Varga runs the bakery on Mill Street. "
        'Asked by a neighbour whether the rent rise would close it, he said, "We will '
        'manage somehow."'
    )
    atts = run(text)
    answer = find(atts, text, "We will manage")
    assert answer.content_text(text) == '"We will manage somehow."'
    assert speaker_name(answer) == "Tomas Varga"
    question = find(atts, text, "rent rise")
    assert question.content_text(text) == "whether the rent rise would close it"
    assert question.source_text(text) == "a neighbour"


@pytest.mark.parametrize(
    "text",
    [
        "Tom Dunn, who is challenging Senator Ana Ruiz in the primary, raised money.",
        "Any chance for Dunn to challenge her faded in March.",
    ],
)
def test_a_rival_challenged_in_a_race_is_no_view(text):
    assert not [a for a in run(text) if a.cue_lemma == "challenge"]


def test_a_rival_challenged_to_a_debate_is_still_reported():
    text = "Tom Dunn challenged Ana Ruiz to a debate in Salem."
    a = find(run(text), text, "to a debate")
    assert a.source_text(text) == "Tom Dunn"


def test_an_occasion_celebrated_is_no_view():
    text = "Rosa Lind celebrated her 70th birthday with friends in Dunmore."
    assert not [a for a in run(text) if a.cue_lemma == "celebrate"]


def test_something_celebrated_as_a_victory_is_still_a_judgement():
    text = "The mayor celebrated the ruling as a victory for tenants."
    a = find(run(text), text, "the ruling")
    assert a.source_text(text) == "The mayor"


def test_not_authorized_to_discuss_explains_a_nameless_source_and_says_nothing():
    text = (
        "A clerk in Dunmore spoke on condition of anonymity because she is not "
        "authorized to discuss budgets."
    )
    assert not [a for a in run(text) if a.cue_lemma == "discuss"]


def test_a_cue_verb_tagged_as_a_noun_but_parsed_as_the_sentence_head_is_a_cue():
    # the tagger reads "support" after "the valley" as a noun; the parse keeps its subject
    text = "Many Republicans in the valley support the new bill."
    a = find(run(text), text, "the new bill")
    assert a.source_text(text) == "Many Republicans in the valley"


def test_occasion_fronting_a_cue_before_a_quotation_is_not_what_was_said():
    text = (
        "Tom Okafor spoke to reporters. On WDVR’s “Farm Hour” Tuesday, he said, “I never "
        "promised to pay the fees.”"
    )
    a = find(run(text), text, "never promised")
    assert a.content_text(text) == "“I never promised to pay the fees.”"


def test_present_verb_joined_to_a_past_cue_after_a_present_clause_goes_on_with_it():
    text = (
        'Ana Ruiz promised that Tom Okafor "truly backs" the night ferry, but wants '
        '"faster, cleaner" boats on the route.'
    )
    atts = run(text)
    assert len(atts) == 1
    assert "cleaner" in atts[0].content_text(text)
    assert atts[0].source_text(text) == "Ana Ruiz"


def test_considering_a_gerund_is_the_plan_weighed():
    """A verb of weighing is too weak alone ("considered the matter") but holds a view with
    a gerund: what is being weighed is the content."""
    text = "Mayor Ana Ruiz is considering closing the old pier to lorries. She considered the map."
    [a] = run(text)
    assert a.content_text(text) == "closing the old pier to lorries"
    assert a.source_text(text) == "Mayor Ana Ruiz"


def test_a_name_and_a_cue_verb_read_as_one_noun_still_report_the_that_clause():
    # the tagger reads "Brandt charges" like "tax cuts": a compound noun, not a verb
    text = (
        "Victor Brandt spoke on Friday in Michigan. "
        "Brandt charges that donors gave millions to the charity."
    )
    a = find(run(text), text, "donors gave millions")
    assert a.content_text(text) == "donors gave millions to the charity"
    assert speaker_name(a) == "Victor Brandt"
    assert a.cue_text(text) == "charges"


def test_a_word_standing_for_all_that_was_said_is_the_content():
    text = (
        "The harbour levy passed in May. After 55 percent of voters said so in March, "
        "the council acted. Asked whether he would run again, Mayor Tom Hale said no. "
        "Ana Ruiz had warned of it, and the pier was shut by the time she said that."
    )
    atts = run(text)
    contents = {a.content_text(text) for a in atts}
    assert {"so", "no", "that"} <= contents
    # a share of voters is many people: never the "she" who said "that"
    said_that = next(a for a in atts if a.content_text(text) == "that")
    assert speaker_name(said_that) != "55 percent of voters"


def test_a_pronoun_with_more_said_after_it_is_not_all_that_was_said():
    # "said that to the board": the phrase after it belongs to what was said
    text = "Ana Ruiz toured the port. She said that to the board on Monday and left."
    assert "that" not in {a.content_text(text) for a in run(text)}
