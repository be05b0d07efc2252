"""Stances and polls: stance nouns and adjectives, light verbs ("expressed concern"),
shares of respondents and "In the latest poll, X leads"."""

import pytest

from tests.engine.helpers import find, run


def test_stance_adjective_and_possessive_stance_noun_are_cues():
    text = (
        "The governor was critical of the new pipeline. "
        "Her spokesman's claim that the pipeline leaked caused an uproar."
    )
    atts = run(text)
    a = find(atts, text, "the new pipeline")
    assert a.cue_text(text) == "was critical of"
    b = find(atts, text, "the pipeline leaked")
    assert b.source_text(text) == "Her spokesman's"


def test_stance_noun_made_a_cue_by_a_light_verb():
    text = "The union expressed concern that the plant would close next year."
    a = find(run(text), text, "the plant would close")
    assert a.source_text(text) == "The union"
    assert a.cue_text(text) == "expressed concern"


@pytest.mark.parametrize("noun", ["emphasis", "assurance", "reminder", "assessment"])
def test_possessive_noun_of_saying_reports_its_that_clause_for_the_possessor(noun):
    text = (
        f"The chief executive's repeated {noun} that only 1 percent of the sales force had "
        "been involved angered the senators."
    )
    a = find(run(text), text, "1 percent")
    assert a.content_text(text) == "only 1 percent of the sales force had been involved"
    assert a.speaker.name == "chief executive"


@pytest.mark.parametrize(
    ("opening", "holder"),
    [
        ("Delgado's main point was", "Maria Delgado"),
        ("Her answer is", "Maria Delgado"),
        ("The mayor's contention has been", "Maria Delgado"),
    ],
)
def test_view_noun_before_is_reports_the_that_clause_after_it(opening, holder):
    text = (
        "Mayor Maria Delgado spoke to reporters on Monday. "
        f"{opening} that the ferry had lost money for years, and that the city, in fact, "
        "could no longer pay for it."
    )
    a = find(run(text), text, "lost money")
    assert a.content_text(text) == (
        "the ferry had lost money for years, and that the city, in fact, could no longer pay for it"
    )
    assert a.speaker.name == holder


def test_view_noun_before_is_needs_a_holder_and_a_that_clause():
    text = (
        "The problem is that the ferry had lost money for years. "
        "The council's plan was a new ferry."
    )
    assert run(text) == []


def test_light_verb_stance_goes_on_with_the_verbs_phrases():
    text = "The senator is raising questions about the broken microphones during the debate."
    a = find(run(text), text, "broken microphones")
    assert a.content_text(text) == "the broken microphones during the debate"


def test_share_of_poll_respondents_holds_a_view():
    text = "Of those in the new survey, 46 percent would back the governor."
    a = find(run(text), text, "the governor")
    assert a.source_text(text) == "46 percent"


def test_a_share_after_an_opening_in_a_poll_speaks_through_the_poll():
    # annotators give the share's words to the poll the sentence opens on
    text = "In a Dover Ledger poll released Monday, 51 percent said they would back the levy."
    a = find(run(text), text, "back the levy")
    assert a.source_text(text) == "a Dover Ledger poll released Monday"
    assert a.content_text(text) == "they would back the levy"


def test_stance_noun_modified_by_a_group_is_the_groups_view():
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


def test_poll_that_shows_a_standing_reports_it():
    text = "A new statewide survey shows the mayor with a narrow lead over her rival."
    a = find(run(text), text, "narrow lead")
    assert a.content_text(text) == "the mayor with a narrow lead over her rival"
    assert a.source_text(text) == "A new statewide survey"


def test_share_of_a_named_group_holds_a_view():
    text = "Half of the nurses in the region oppose the longer shifts."
    a = find(run(text), text, "longer shifts")
    assert a.source_text(text).startswith("Half of the nurses")


def test_eager_to_is_a_stance():
    text = "The new owners are eager to sell the old warehouse."
    a = find(run(text), text, "the old warehouse")
    assert a.source_text(text) == "The new owners"


def test_voter_group_named_by_age_holds_a_view():
    text = "Millennials favor a higher minimum wage."
    a = find(run(text), text, "minimum wage")
    assert a.source_text(text) == "Millennials"


@pytest.mark.parametrize("made", ["made it clear", "made clear"])
def test_making_clear_reports_the_that_clause(made):
    text = f"The chairwoman {made} that the merger would not go ahead."
    a = find(run(text), text, "merger")
    assert a.content_text(text) == "the merger would not go ahead"
    assert a.source_text(text) == "The chairwoman"


def test_clear_without_making_is_no_stance():
    text = "The river was clear that morning."
    assert run(text) == []


def test_a_thing_known_by_a_quoted_name_is_held_by_no_one_named():
    # "the plan known as “the grand bargain”": a name given to a thing by no one named
    text = "Headline\n\nThe talks stalled over the budget deal known as “the grand bargain” in May."
    a = find(run(text), text, "grand bargain")
    assert a.source is None
    assert a.content_text(text).startswith("the budget deal")
    assert a.cue_lemma == "know"


def test_a_thing_dubbed_a_quoted_name_in_the_passive_has_no_source():
    text = "Headline\n\nThe new fund will informally be dubbed the “Rainy Day Club” by nobody."
    atts = run(text)
    assert not any(a.cue_lemma == "dub" and a.source is None for a in atts)
    text = "Headline\n\nThe new fund will informally be dubbed the “Rainy Day Club” next year."
    a = find(run(text), text, "Rainy Day Club")
    assert a.source is None
    assert a.cue_lemma == "dub"


def test_a_company_called_by_a_plain_name_is_no_attribution():
    text = "Headline\n\nShe founded a company called Harbor Tools in 2004."
    assert run(text) == []


# "expressed concern that X": the parser may hang "that" on the clause's subject and read
# the clause as a modifier of the noun; the clause is still what the concern holds.
def test_concern_that_clause_is_the_content():
    text = "The governor expressed concern that the new stadium was draining money from schools."
    [a] = run(text)
    assert a.content_text(text) == "the new stadium was draining money from schools"
    assert a.source_text(text) == "The governor"


# "X won the endorsement of Y": Y holds the view, and whom Y backs (X) is what is held.
def test_support_received_is_held_by_those_who_give_it():
    text = "Ortega won the endorsement of the largest union in the state."
    [a] = run(text)
    assert a.source_text(text) == "the largest union in the state"
    assert a.content_text(text) == "Ortega"
    assert a.cue_text(text) == "won the endorsement of"


def test_expected_passive_with_a_cue_in_its_complement_is_the_writers_expectation():
    text = "The ministers were expected to discuss the fishing quotas."
    [a] = run(text)
    assert a.cue_lemma == "expect"
    assert a.source is None or a.source_text(text) == ""
    assert "The ministers" in a.content_text(text)
    assert "to discuss the fishing quotas" in a.content_text(text)


@pytest.mark.parametrize(
    "text,content",
    [
        ("The bishop is known for his long sermons.", "The bishop || his long sermons"),
        ("The mayor was known as a tough negotiator.", "The mayor || a tough negotiator"),
        # a gerund after "for", and a relative pronoun as the one known
        ("The coach is known for shouting at referees.", "The coach || shouting at referees"),
        (
            "They hired a lawyer who is known for his patience.",
            "who || his patience",
        ),
    ],
)
def test_known_for_is_a_reputation_held_by_no_one_named(text, content):
    [a] = run(text)
    assert a.cue_lemma == "know"
    assert " || ".join(text[s:e] for s, e in a.content) == content


def test_stance_noun_with_a_possessive_pronoun_reports_its_clause():
    text = "Voters still remember her promise to rebuild the old bridge."
    a = find(run(text), text, "rebuild the old bridge")
    assert a.source_text(text) == "her"


def test_stance_noun_with_a_possessive_pronoun_and_only_a_phrase_is_no_attribution():
    text = "Nobody doubts his support for the mayor."
    assert run(text) == []


@pytest.mark.parametrize(
    "text,content,source",
    [
        (
            "Voters were unmoved by his claim that the count had been rigged.",
            "the count had been rigged",
            "his",
        ),
        (
            "The delay followed their refusal to release the minutes.",
            "to release the minutes",
            "their",
        ),
    ],
)
def test_a_stance_noun_after_a_possessive_pronoun_reports_its_clause(text, content, source):
    a = find(run(text), text, content)
    assert a.source_text(text) == source


@pytest.mark.parametrize(
    "text,content",
    [
        (
            "Leaked emails showed the manager favoring the younger candidate.",
            "the manager favoring the younger candidate",
        ),
        (
            "New polling shows the governor with a narrow lead.",
            "the governor with a narrow lead",
        ),
    ],
)
def test_emails_and_polling_report_what_they_show(text, content):
    [a] = run(text)
    assert a.content_text(text) == content
    assert a.cue_lemma == "show"


@pytest.mark.parametrize(
    "text,lemma",
    [
        ("The shares fell amid allegations that the files were altered.", "allegations"),
        ("There is concern that the old dam will fail.", "concern"),
    ],
)
def test_a_stance_noun_clause_with_no_holder_in_the_sentence_is_left_out(text, lemma):
    assert not [a for a in run(text) if a.cue_lemma == lemma]


def test_a_relative_clause_after_a_stance_noun_is_not_what_is_held():
    text = "He kept the promises that he made in May."
    assert not [a for a in run(text) if a.cue_lemma == "promises"]


@pytest.mark.parametrize(
    "text,content,source",
    [
        ("The mayor left no doubt that she would run again.", "she would run again", "The mayor"),
        ("The judge bristled at the suggestion that he had lied.", "he had lied", "The judge"),
        (
            "The chief backed away from a claim that the vote was rigged.",
            "the vote was rigged",
            "The chief",
        ),
    ],
)
def test_a_stance_noun_clause_goes_to_the_subject_of_the_verb_over_the_noun(text, content, source):
    a = find(run(text), text, content)
    assert a.content_text(text) == content
    assert a.source_text(text) == source


@pytest.mark.parametrize(
    "text,content,source",
    [
        ("The coach's complaints about the referees grew louder.", "the referees", "The coach's"),
        (
            "The board's assumption that rents would fall proved wrong.",
            "rents would fall",
            "The board's",
        ),
    ],
)
def test_stance_nouns_learnt_from_counts_report_their_phrase(text, content, source):
    a = find(run(text), text, content)
    assert a.content_text(text) == content
    assert a.source_text(text) == source


def test_stance_adjective_tagged_as_participle_reports_its_clause():
    text = "The senator is convinced that the fund will recover by spring."
    a = find(run(text), text, "the fund will recover")
    assert a.source_text(text) == "The senator"
    assert a.content_text(text) == "the fund will recover by spring"


def test_stance_adjective_whose_clause_hangs_on_the_copula():
    text = "The coach was adamant that the team would not relocate."
    a = find(run(text), text, "the team would not relocate")
    assert a.source_text(text) == "The coach"


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "The former mayor took just 6 percent of the county vote in a Ledger poll released "
            "Sunday, her worst showing in two years.",
            "The former mayor took just 6 percent of the county vote",
            "a Ledger poll released Sunday",
        ),
        (
            "Reyes turned to Iowa, where he has been ahead in the polls.",
            "he has been ahead",
            "the polls",
        ),
        ("Varga has a clear lead in the polls.", "Varga has a clear lead", "the polls"),
        ("Varga continues to lead in the polls.", "Varga continues to lead", "the polls"),
        ("Reyes came in second in the March polls.", "Reyes came in second", "the March polls"),
    ],
)
def test_poll_named_at_the_end_of_a_clause_of_standing_reports_the_clause(text, content, source):
    [a] = run(text)
    assert a.content_text(text) == content
    assert a.source_text(text) == source


def test_poll_at_the_end_of_a_clause_of_no_standing_reports_nothing():
    assert run("The campaign has invested heavily in polls.") == []


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "Odell slid to 31 percent in the Granite Ledger poll.",
            "Odell slid to 31 percent",
            "the Granite Ledger poll",
        ),
        (
            "Only 22 percent of renters have a kind word for the mayor in a county survey.",
            "Only 22 percent of renters have a kind word for the mayor",
            "a county survey",
        ),
    ],
)
def test_share_given_before_a_poll_is_the_polls_figure_whatever_the_verb(text, content, source):
    [a] = run(text)
    assert a.content_text(text) == content
    assert a.source_text(text) == source


def test_a_move_in_the_polls_without_a_share_reports_nothing():
    assert run("Odell slid in the polls after the debate.") == []


def test_average_of_polls_reports_the_standing_and_speaks_for_no_candidate():
    text = "Varga leads Odell by six points in the Ballot Watch average of recent polls."
    [a] = run(text)
    assert a.content_text(text) == "Varga leads Odell by six points"
    assert a.source_text(text) == "the Ballot Watch average of recent polls"
    assert a.speaker is None or a.speaker.name != "Varga"


@pytest.mark.parametrize(
    ("text", "holder", "view"),
    [
        (
            "To many voters, the mayor is a reformer who saved the port.",
            "many voters",
            "the mayor is a reformer who saved the port",
        ),
        (
            "To Reyes, the vote was rigged from the start.",
            "Reyes",
            "the vote was rigged from the start",
        ),
        ("But to her supporters, the loss was a theft.", "her supporters", "the loss was a theft"),
    ],
)
def test_sentence_opening_on_to_someone_is_their_view(text, holder, view):
    [a] = run(text)
    assert a.source_text(text) == holder
    assert a.content_text(text) == view


@pytest.mark.parametrize(
    "text",
    [
        "To be sure, the port is broke.",
        "To date, the port has lost money.",
        "To win the race, Reyes needs the dockers.",
    ],
)
def test_sentence_opening_on_to_and_no_one_is_no_view(text):
    assert run(text) == []


def test_a_share_written_with_a_percent_sign_is_a_source():
    # "%" is punctuation to spaCy; "47% say …" still has its respondents as the source
    text = "Across the county, 47% say the bridge should be rebuilt before winter."
    a = find(run(text), text, "bridge should be rebuilt")
    assert a.source_text(text) == "47%"
    assert a.content_text(text) == "the bridge should be rebuilt before winter"


def test_shares_in_one_sentence_each_say_their_own():
    # the parser hangs the writer's lead-in and the first share's clause on the second cue
    text = (
        "On money the town leans careful: 41% say they're savers, 35% call themselves "
        "spenders on questions of travel and food."
    )
    atts = run(text)
    savers = find(atts, text, "savers")
    assert savers.content_text(text) == "they're savers"
    spenders = find(atts, text, "spenders")
    assert spenders.source_text(text) == "35%"
    assert spenders.content_text(text) == "spenders on questions of travel and food"


def test_what_respondents_describe_themselves_as_is_the_content():
    text = "Among the tenants, 58% describe themselves as satisfied with the new landlord."
    a = find(run(text), text, "satisfied")
    assert a.source_text(text) == "58%"
    assert a.content_text(text) == "as satisfied with the new landlord"


def test_a_second_share_whose_subject_the_parser_swallowed_says_its_own():
    # the parser makes "one in four" a conjunct of "the community" in the first clause
    text = (
        "In the survey, most said the league doesn’t care very much about the fans and one "
        "in four said the league was openly hostile to the fans."
    )
    atts = run(text)
    first = find(atts, text, "care very much")
    assert first.content_text(text) == "the league doesn’t care very much about the fans"
    second = find(atts, text, "openly hostile")
    assert second.source_text(text) == "one in four"


def test_someone_said_to_be_a_backer_of_a_candidate_holds_that_stance():
    text = "Rep. Dana Ortiz was an early backer of Ivo Lund."
    [a] = run(text)
    assert a.source_text(text) == "Rep. Dana Ortiz"
    assert a.cue_text(text) == "was an early backer of"
    assert a.content_text(text) == "Ivo Lund"


def test_a_critic_of_a_plan_beside_a_name_is_that_persons_stance():
    text = "Ana Reyes, a fierce critic of the harbour plan, will chair the panel."
    a = find(run(text), text, "the harbour plan")
    assert a.source_text(text) == "Ana Reyes"
    assert a.content_text(text) == "the harbour plan"


def test_a_name_before_supporter_is_whom_the_supporter_backs():
    text = "Carl Dayton has been a longtime Ivo Lund supporter and has pledged his vote."
    a = find(run(text), text, "Ivo Lund")
    assert a.source_text(text) == "Carl Dayton"
    assert a.cue_text(text) == "supporter"
    assert a.content_text(text) == "Ivo Lund"


def test_what_a_relative_clause_says_of_the_thing_supported_is_the_writers():
    text = "Ana Reyes is an outspoken supporter of the Clean Water Act, which limits runoff."
    a = find(run(text), text, "Clean Water Act")
    assert a.content_text(text) == "the Clean Water Act"


def test_supporters_with_no_one_described_hold_no_stance():
    text = "More than 500 Lund supporters cheered when the mayor arrived."
    assert not [a for a in run(text) if a.content_text(text) == "Lund"]


def test_a_counted_crowd_of_holders_holds_a_belief():
    text = "Thousands of tenants believe the rent rise is unfair."
    [a] = run(text)
    assert a.source_text(text) == "Thousands of tenants"
    assert a.content_text(text) == "the rent rise is unfair"


@pytest.mark.parametrize(
    "text",
    [
        "The mayor's support for the levy was well known in Dunmore.",
        "Near-universal voter support for the new library helped the council.",
    ],
)
def test_a_possessors_support_for_something_is_the_writers_description(text):
    assert not [a for a in run(text) if a.cue_lemma == "support"]


def test_support_voiced_for_something_stays_a_stance():
    text = "Senator Ana Ruiz voiced support for the levy on Tuesday."
    a = find(run(text), text, "the levy")
    assert a.source_text(text) == "Senator Ana Ruiz"


@pytest.mark.parametrize(
    "text",
    [
        "The senator's stance on trade hurt her in Dunmore.",
        "Voters' views of the mayor soured over the summer.",
    ],
)
def test_the_topic_of_a_standpoint_is_not_what_is_held(text):
    assert not [a for a in run(text) if a.cue_lemma in ("stance", "views")]


def test_what_stirred_a_feeling_is_the_view_of_those_stirred():
    """A toll that angered lawmakers: the ones angered hold a view of the toll; not when a
    person angers (what they did is not said), nor in a guess with a modal."""
    text = (
        "The toll on the bridge angered many lawmakers. That rankled many in the guild. "
        "Mayor Ana Ruiz angered the union. The fee might startle visitors."
    )
    atts = run(text)
    toll = find(atts, text, "toll on the bridge")
    assert toll.content_text(text) == "The toll on the bridge"
    assert toll.source_text(text) == "many lawmakers"
    that = find(atts, text, "That")
    assert that.source_text(text) == "many"
    assert not any("Ruiz" in a.content_text(text) or "fee" in a.content_text(text) for a in atts)


def test_ones_stirred_by_a_thing_hold_a_view_of_it():
    text = "Harbour officials were angered by the new toll. Ruiz was startled by Hale."
    [a] = run(text)
    assert a.content_text(text) == "the new toll"
    assert a.source_text(text) == "Harbour officials"


def test_attacks_after_a_possessive_pronoun_are_the_subjects_words_against_their_target():
    text = (
        "Ana Ruiz stepped up her attacks on Tom Hale on Thursday. "
        "The harbour unions were harsh in their criticism of Mr. Hale."
    )
    atts = run(text)
    a = find(atts, text, "Tom Hale")
    assert a.content_text(text) == "Tom Hale"
    assert a.source_text(text) == "Ana Ruiz"
    b = find(atts, text, "Mr. Hale")
    assert b.source_text(text) == "The harbour unions"


def test_support_after_a_possessive_pronoun_is_still_the_writers_phrase():
    text = "Ana Ruiz toured the port. Her support for the levy was well known."
    assert not [a for a in run(text) if "the levy" in a.content_text(text)]
