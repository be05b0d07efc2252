"""Source mentions that name nobody by themselves but point at someone the article names:
a relative pronoun after a description beside a name or a predicate noun, an acronym of a
body the article spells out, a body's kind noun ("the agency", "the union"), a document and
whoever issued or released it, a description the next sentence names, an opinion piece's
"I"; and mentions that must not become a name or the wrong person: a party member counted
("one Republican"), a headline's abbreviated place, capitalised description or verb run
into a name, "Mr. X" beside a woman of that surname."""

import pytest
from spacy.tokens import Span

from claims.extraction import attributions_from_doc, load_nlp
from claims.extraction.coref.mention_words import is_headline_description
from claims.extraction.coref.people import PeopleIndex
from claims.extraction.coref.person import name_tokens
from tests.engine.helpers import find, run, speaker_name


def test_who_after_a_description_beside_a_name_is_that_person():
    # "Name, a description who said …": the relative clause hangs on the description.
    text = (
        "The hearing lasted all day. Tomas Reyes, a clerk at the county office who "
        "said the ballots had been counted twice, left before the vote."
    )
    a = find(run(text), text, "ballots had been counted")
    assert a.source_text(text) == "a clerk at the county office who"
    assert speaker_name(a) == "Tomas Reyes"


def test_acronym_is_the_body_the_article_spells_out():
    # "The IMF said" after "the International Monetary Fund": one organisation.
    text = (
        "The Northern Rivers Trust bought the old mill in March. "
        "The NRT said on Monday that the building would reopen as a school."
    )
    a = find(run(text), text, "reopen as a school")
    assert speaker_name(a) == "Northern Rivers Trust"
    assert a.speaker.kind == "organisation"


def test_a_counted_party_member_is_unnamed_not_the_party():
    # "One Republican said …": someone of the party, not the party speaking.
    text = (
        "The committee met behind closed doors on Tuesday. One Republican said the "
        "report should be published in full."
    )
    a = find(run(text), text, "published in full")
    assert a.speaker is not None
    assert a.speaker.kind == "anonymous"


def test_a_headline_abbreviation_of_a_place_is_no_person():
    # "N. Korea" in a headline above "North Korea" is the country, not a Mr. Korea.
    text = (
        "Neighbours condemn N. Korea launch.\n\n"
        "North Korea fired a missile on Sunday. South Korea said the launch was a "
        "grave provocation."
    )
    a = find(run(text), text, "grave provocation")
    assert speaker_name(a) == "South Korea"
    assert a.speaker.kind != "person"


def test_a_capitalised_description_in_a_headline_is_no_body():
    # "…, Former City Hall Doctor Says": a person described, not City Hall speaking; the
    # same words in the story's body are left to the other steps.
    text = (
        "Mayor Kept Illness Secret, Former City Hall Doctor Says.\n\nThe Doctor said nothing more."
    )
    doc = load_nlp()(text)
    doctors = [t for t in doc if t.text == "Doctor"]
    assert is_headline_description(doctors[0])
    assert not is_headline_description(doctors[1])


def test_a_released_document_speaks_for_whoever_released_it():
    # "She released a letter from her lawyer that says …": the letter is hers.
    text = (
        "Governor Ruth Okafor faced questions about her finances. On Friday she released "
        "a letter from her accountant that says her taxes were paid in full."
    )
    a = find(run(text), text, "taxes were paid in full")
    assert speaker_name(a) == "Ruth Okafor"


def test_the_agency_is_the_government_office_named_just_before():
    # "according to the Regional Budget Office. The agency said …": a body's kind noun for
    # the body named last, when its name says it is that kind of body.
    text = (
        "Spending rose by 4 percent last year, according to the Regional Budget Office. "
        "The agency said the rise would slow next year."
    )
    a = find(run(text), text, "rise would slow")
    assert speaker_name(a) == "Regional Budget Office"


def test_an_agency_described_by_its_task_is_not_an_office_of_another_task():
    # the kind noun with what the body does ("the customs agency") is no office named just
    # before whose name says another task
    text = (
        "The Regional Budget Office released its forecast on Monday. A smuggling inquiry, "
        "which the customs agency said was still open, has slowed the port."
    )
    a = find(run(text), text, "still open")
    assert speaker_name(a) != "Regional Budget Office"


def test_the_union_is_the_one_union_the_article_names_later():
    # "the union said" early in a story that names the United Dock Workers further on.
    text = (
        "The port closed for a week in May. Weeks before the strike, the union warned that "
        "wages had fallen behind prices.\n\n"
        "Ana Ruiz, a spokeswoman for the United Dock Workers of Europe, said talks would "
        "resume on Monday."
    )
    a = find(run(text), text, "wages had fallen")
    assert speaker_name(a) == "United Dock Workers of Europe"


def test_the_fund_is_the_fund_the_article_names():
    text = (
        "The Nordic Pension Fund sold its coal shares in June. On Tuesday the fund said "
        "it would sell its oil shares as well."
    )
    a = find(run(text), text, "sell its oil shares")
    assert speaker_name(a) == "Nordic Pension Fund"


def test_a_statement_the_clause_opens_with_is_its_subjects():
    # "In a statement announcing X, the union called …": the statement is the union's.
    text = (
        "In a statement announcing the strike, the Harbour Pilots Guild said the new "
        "rosters were unsafe."
    )
    atts = run(text)
    assert atts
    assert all(speaker_name(a) == "Harbour Pilots Guild" for a in atts)


def test_footage_of_someone_is_that_person_speaking():
    text = (
        "Senator Maria Lindqvist spoke in Oslo on Monday. Footage of Maria Lindqvist "
        "showed that she called the treaty a mistake."
    )
    a = find(run(text), text, "called the treaty a mistake")
    assert speaker_name(a) == "Maria Lindqvist"


def test_a_description_then_the_person_named_next_is_that_person():
    # "The county's tax commissioner says … Ana Ruiz says she …": the wire-story way of
    # giving the role first and the name in the next sentence.
    text = (
        "The county's tax commissioner says no one in her office leaked the files.\n\n"
        "Margaret Collins says she asked her staff on Monday to check the records."
    )
    a = find(run(text), text, "no one in her office")
    assert speaker_name(a) == "Margaret Collins"


def test_a_description_is_not_a_person_the_next_sentence_only_mentions():
    text = (
        "The county's tax commissioner says no one in her office leaked the files.\n\n"
        "The files concern Margaret Collins, who owns two hotels."
    )
    a = find(run(text), text, "no one in her office")
    assert speaker_name(a) != "Margaret Collins"


def test_a_poll_named_by_its_pollsters_is_theirs():
    # "The latest Reuters/Ipsos poll shows …": the names before the document issued it.
    text = "The latest Gallup/Reuters opinion poll released Friday shows that Okafor leads."
    a = find(run(text), text, "Okafor leads")
    assert speaker_name(a) == "Gallup/Reuters"
    assert a.speaker.kind == "organisation"


def test_a_poll_named_by_a_month_or_a_place_has_no_issuer():
    for text in (
        "An August poll showed that the race was tied.",
        "A Pennsylvania poll showed that the race was tied.",
    ):
        a = find(run(text), text, "the race was tied")
        assert a.speaker is None or a.speaker.kind == "anonymous"


def test_research_by_a_named_centre_is_the_centres():
    text = "Research conducted by the Centre for Rural Policy found that bus services had halved."
    a = find(run(text), text, "bus services had halved")
    assert speaker_name(a) == "Centre for Rural Policy"


def test_mr_x_is_not_the_woman_of_that_surname_the_article_describes():
    # "Mr. Okafor … and the first lady, Grace Okafor": two people, he is not her.
    text = (
        "Mr. Okafor spoke at the rally on Saturday. The campaign plans to send Mr. Okafor "
        "and the first lady, Grace Okafor, to Lagos next week.\n\n"
        "Mr. Okafor said the trip would focus on schools."
    )
    a = find(run(text), text, "focus on schools")
    assert speaker_name(a) != "Grace Okafor"
    assert a.speaker.gender == "m"


def test_who_after_a_predicate_noun_is_the_subject_it_describes():
    # "X is a Y who said …": the relative clause describes the named subject.
    text = "Tomas Reyes is a lawyer who said the ballots had been counted twice."
    a = find(run(text), text, "ballots had been counted")
    assert speaker_name(a) == "Tomas Reyes"


def test_i_in_an_opinion_piece_is_the_writer_its_last_paragraph_introduces():
    text = (
        "Why I changed my mind about the tram.\n\n"
        "For years I believed that the city could not afford the line.\n\n"
        "Then I rode the one in Bordeaux, and I knew that the costs were worth it.\n\n"
        "Margaret Collins is a retired engineer and a member of the city's transport panel."
    )
    a = find(run(text), text, "the costs were worth it")
    assert a.source_text(text) == "I"
    assert speaker_name(a) == "Margaret Collins"


def test_we_in_an_opinion_piece_is_the_writer_its_last_paragraph_introduces():
    text = (
        "Our streets need more than patrols.\n\n"
        "The city council has cut the training budget twice in three years.\n\n"
        "We must make sure that every new officer learns to calm a crisis before it "
        "turns violent.\n\n"
        "Margaret Collins is a retired police chief and a member of the city's safety panel."
    )
    a = find(run(text), text, "every new officer learns")
    assert a.source_text(text) == "We"
    assert speaker_name(a) == "Margaret Collins"


def test_a_building_the_model_labels_a_person_is_no_speaker():
    # "Trump Tower" is labelled PERSON by the small model; a "he" after it is not the tower
    text = (
        "Last spring the developer spoke out against the bathroom law, inviting the singer "
        "Caitlyn Holt to Trump Tower to use the restroom of her choice.\n\n"
        '"Nobody should be turned away," he said.'
    )
    a = find(run(text), text, "Nobody should be turned away")
    assert speaker_name(a) != "Trump Tower"


def test_i_in_an_opinion_piece_is_the_writer_a_titled_tagline_introduces():
    text = (
        "Unity is a two-way street.\n\n"
        "For years I have argued that the party must listen to its young voters.\n\n"
        "I hope that the senator keeps speaking to them.\n\n"
        "Rep. Lena Marsh, D-Ore., was an early backer of the senator."
    )
    a = find(run(text), text, "must listen to its young voters")
    assert speaker_name(a) == "Lena Marsh"


def test_i_in_a_book_excerpt_is_the_author_its_credit_line_names():
    # "From TITLE by Name." closing an excerpt: the book's "I" is its author.
    text = (
        "Excerpt: the river years, part 2.\n\n"
        "The ferry was late again that spring.\n\n"
        "When the inspector asked about the ledgers, I said that I had never seen them.\n\n"
        "From THE RIVER YEARS by Margaret Collins. Copyright 2014 by Margaret Collins."
    )
    a = find(run(text), text, "never seen them")
    assert a.source_text(text) == "I"
    assert speaker_name(a) == "Margaret Collins"


def test_i_inside_a_quotation_is_not_the_writer_of_the_tagline():
    text = (
        "The council met on Tuesday.\n\n"
        '"I believe that the line will pay for itself," the mayor said.\n\n'
        "The vote is due in March.\n\n"
        "Margaret Collins is a retired engineer and a member of the city's transport panel."
    )
    atts = [a for a in run(text) if a.source and a.source_text(text) == "I"]
    assert all(speaker_name(a) != "Margaret Collins" for a in atts)


def test_a_headline_verb_run_into_a_name_is_no_part_of_it():
    # "Obama Says New Bridge …" labelled as one name "Obama Says": the name is "Obama".
    doc = load_nlp()("Okafor Says New Bridge Will Open in May.")
    run_on = Span(doc, 0, 2, label="PERSON")
    assert [t.text for t in name_tokens(run_on)] == ["Okafor"]


def test_a_name_taken_for_a_body_is_a_person_when_described_as_one():
    # "Jean Dupont, the foreign minister of France," labelled ORG by the model: a person.
    text = (
        "Pierre-Alain Moreau, the foreign minister of France, said the test could not be "
        "left without a response."
    )
    a = find(run(text), text, "left without a response")
    assert (speaker_name(a), a.speaker.kind) == ("Pierre-Alain Moreau", "person")


def test_an_acronym_taken_for_a_place_is_the_body_the_article_spells_out():
    # "the VA" (Virginia to the model) after "the Department of Veterans Affairs"
    text = (
        "A study published by the Department of Veterans Affairs in March tallied the "
        "claims. The VA said that most claims were settled within a week."
    )
    a = find(run(text), text, "most claims were settled")
    assert speaker_name(a) == "Department of Veterans Affairs"


def test_a_letter_or_a_common_word_before_a_document_is_no_issuer():
    # "The Q poll" (the article's shorthand), "Tuesday's Morning Email": no body's name.
    text = "The Q poll also finds that voters are split."
    a = find(run(text), text, "voters are split")
    assert a.speaker is None or a.speaker.kind == "anonymous"


def test_a_dateline_is_no_speaker():
    # "LONDON (Reuters) - …", "BERGEN ― …" taken for the source: where, not who.
    for text, needle in (
        (
            "Union wants a new chair.\n\nBERGEN ― Maria Lindqvist’s campaign said it is "
            "looking for a new chair for the harbour board.",
            "looking for a new chair",
        ),
        (
            "Union wants a new chair.\n\nLONDON (Reuters) - Donald Trump said he was "
            "unlikely to agree with the new mayor.",
            "unlikely to agree",
        ),
    ):
        a = find(run(text), text, needle)
        assert a.speaker is None or a.speaker.name not in ("BERGEN", "LONDON")


def test_a_lawmaker_and_the_state_after_the_name_is_no_dateline():
    text = (
        "Several senators broke with the party this month.\n"
        "Sen. Ann Rowe (Maine) followed on Wednesday, publishing a column in The Daily "
        "Courier calling the plan reckless."
    )
    a = find(run(text), text, "calling the plan reckless")
    assert speaker_name(a) == "Ann Rowe"


def test_a_dateline_in_title_case_with_an_agency_credit_is_no_speaker():
    # "Lisbon (AFP) – Mayor Ana Ruiz has …, saying …" read with the dateline as the source
    text = (
        "Council wants a new chair.\n\nLisbon (AFP) – Mayor Ana Ruiz has taken a swipe at "
        "her rival, saying that the plan does more harm than good."
    )
    a = find(run(text), text, "does more harm than good")
    assert a.speaker is None or a.speaker.name != "Lisbon"


@pytest.mark.parametrize("place", ["New York", "NEW YORK"])
def test_a_name_after_a_dateline_is_the_speaker(place):
    # "NEW YORK (AP) - Ana Ruiz said …": the dateline is no part of her name
    text = (
        f"Council wants a new chair.\n\n{place} (AP) - Ana Ruiz said on Monday that the plan "
        "does more harm than good."
    )
    a = find(run(text), text, "does more harm than good")
    assert speaker_name(a) == "Ana Ruiz"


def test_a_description_after_a_dateline_still_names_its_person():
    text = (
        "Council wants a new chair.\n\nNew York (AFP) – Award-winning actress Ana Ruiz, star "
        "of the classic “Two Roads,” says the plan does more harm than good."
    )
    a = find(run(text), text, "does more harm than good")
    assert speaker_name(a) == "Ana Ruiz"


def test_a_writer_named_after_the_paper_s_possessive_is_the_writer():
    # "As the Herald's Tomas Reyes wrote, …": Tomas Reyes, not "Herald's Tomas Reyes".
    text = "As the Herald's Tomas Reyes wrote, the plan was not new."
    a = find(run(text), text, "the plan was not new")
    assert speaker_name(a) == "Tomas Reyes"


def test_a_candidate_s_campaign_in_a_headline_is_named_as_elsewhere():
    # "Maria Lindqvist Campaign Wants …": the "Lindqvist campaign" the story names.
    text = (
        "Maria Lindqvist Campaign Wants A New Harbour Chair.\n\n"
        "Maria Lindqvist said on Monday that the harbour needed a new chair."
    )
    atts = run(text)
    names = {speaker_name(a) for a in atts}
    assert "Maria Lindqvist Campaign" not in names


def test_a_title_beside_a_book_is_no_person_for_a_later_she():
    # the model labels the title "Winter Harvest" a person
    text = (
        "Senator Ana Ruiz spent a week in hospital in 1998. The stay is described in her 2004 "
        "book, Winter Harvest. “I could barely walk,” she wrote."
    )
    a = find(run(text), text, "barely walk")
    assert speaker_name(a) == "Ana Ruiz"


def test_a_source_ending_on_a_name_after_a_description_is_that_person():
    # "One Democratic hopeful, Ana Ruiz, says …": the description is set beside her name.
    text = (
        "The primary is in three weeks.\n\n"
        "One Democratic presidential hopeful, Rosa Delgado, says the tax plan is unfair."
    )
    a = find(run(text), text, "tax plan is unfair")
    assert speaker_name(a) == "Rosa Delgado"


@pytest.mark.parametrize(
    "text",
    [
        "A former spokesman for the ministry, Ivo Petrov, who also ran for mayor, said the "
        "port would close.",
        "The port would close next year, said a former spokesman for the ministry, Ivo "
        "Petrov, who also ran for mayor.",
    ],
)
def test_a_name_after_a_description_is_the_speaker_when_a_relative_clause_follows(text):
    a = find(run(text), text, "port would close")
    assert speaker_name(a) == "Ivo Petrov"


def test_a_name_after_a_long_title_is_the_speaker_not_the_title():
    text = (
        "The new show starts on Monday.\n\n"
        "Lakeview Radio Vice President for news and talk Tomas Reyes called the show "
        "\u201cthe best thing we have made.\u201d"
    )
    a = find(run(text), text, "best thing we have made")
    assert speaker_name(a) == "Tomas Reyes"


def test_a_dateline_before_a_name_leaves_the_name():
    # "DENVER -- Governor Rosa Delgado, opening the fair, said …": she, not the place.
    text = (
        "Fair opens.\n\n"
        "DENVER -- Governor Rosa Delgado, opening the state fair on Saturday, said the "
        "drought was over.\n\n"
        "Delgado spoke for ten minutes."
    )
    a = find(run(text), text, "drought was over")
    assert speaker_name(a) == "Rosa Delgado"


def test_a_name_after_for_or_and_in_a_source_is_not_the_speaker():
    text = (
        "Rosa Delgado spoke on Monday.\n\n"
        "A spokeswoman for Rosa Delgado said the campaign would not comment.\n\n"
        "Both Mr. Reyes and Ms. Delgado said the vote was fair."
    )
    atts = run(text)
    assert speaker_name(find(atts, text, "would not comment")) != "Rosa Delgado"
    assert speaker_name(find(atts, text, "the vote was fair")) != "Rosa Delgado"


def test_a_source_that_is_only_a_name_keeps_the_whole_name():
    # a reader's signature "― Rosa Maria N Delgado Ortega": no description before the name,
    # so no part of it is cut off as one.
    text = (
        "Readers wrote in.\n\n"
        "\u201cHe is not a leader,\u201d \u2015 Rosa Maria N Delgado Ortega\n\n"
        "Others agreed."
    )
    a = find(run(text), text, "not a leader")
    assert speaker_name(a).strip() == "Rosa Maria N Delgado Ortega"


def test_who_after_a_description_of_she_is_whoever_she_is():
    text = (
        "Lena Ortiz lost the race for governor on Tuesday. Only four years earlier, she was a "
        "reform favorite who argued that the party's chosen candidate was \"bought and paid "
        'for."'
    )
    a = find(run(text), text, "bought and paid")
    assert a.source_text(text) == "a reform favorite who"
    assert speaker_name(a) == "Lena Ortiz"


def test_that_after_a_think_tank_set_beside_its_name_is_the_think_tank():
    # the description parsed apart from the name it follows
    text = (
        "Ms. Ortiz, once a clerk for the governor, took over from Tom Hale as head of the "
        "Center for Rural Progress, the think tank that published this paper."
    )
    a = find(run(text), text, "this paper")
    assert speaker_name(a) == "Center for Rural Progress"


def test_the_nation_s_largest_group_of_a_kind_is_the_one_just_named():
    text = (
        'The National Nurses Association says the new hospital rules are "a danger to '
        "patients.\"\nThe nation's largest nursing group is accusing the governor of ignoring "
        "staff shortages."
    )
    a = find(run(text), text, "ignoring staff shortages")
    assert speaker_name(a) == "National Nurses Association"


def test_the_super_pac_is_the_one_the_article_named():
    text = (
        "Better Roads PAC, a Super PAC set up to unseat the governor, is running a radio spot in "
        'Ohio called "Potholes." The Super PAC also plans to reach Ohio drivers by post and '
        "text message."
    )
    a = find(run(text), text, "to reach Ohio drivers")
    assert speaker_name(a) == "Better Roads PAC"


def test_a_super_pac_is_some_unnamed_one_unless_named_beside_it():
    text = (
        "Better Roads PAC spent heavily in the spring. "
        "A super PAC backing the mayor said it would spend two million dollars on ads. "
        "A super PAC backing her rival, Clear Skies PAC, said it would match that."
    )
    atts = run(text)
    assert find(atts, text, "two million dollars").speaker.kind == "anonymous"
    assert speaker_name(find(atts, text, "would match that")) == "Clear Skies PAC"


def test_an_organisation_s_name_stops_before_the_title_run_into_it():
    text = (
        "A major pilots' group says the new port rules put crews at risk.\n"
        "The Harbor Pilots Guild National Executive Director Ana Ruiz says in a statement that "
        "the rules ignore the weather."
    )
    a = find(run(text), text, "put crews at risk")
    assert speaker_name(a) == "Harbor Pilots Guild"


def test_a_state_s_postal_code_after_a_town_is_no_speaker(nlp):
    from spacy.tokens import Span

    from claims.extraction.coref.organisation_steps import _state_after_town

    doc = nlp("We spoke in Berea, OH, after the vote.")
    oh = next(t for t in doc if t.text == "OH")
    doc.ents = [Span(doc, oh.i, oh.i + 1, label="GPE")]
    assert _state_after_town(doc[oh.i])
    assert not _state_after_town(doc[doc[oh.i - 2].i])


def test_her_team_is_the_campaign_of_the_woman_her_means():
    text = (
        "The Ruiz campaign opened three offices in Boise this week. Lena Ruiz presented her "
        "victory in Idaho as proof that her fresh attention to farm counties — what her team "
        'calls her "back road" plan — was paying off.'
    )
    a = find(run(text), text, "back road")
    assert speaker_name(a) == "Ruiz campaign"


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        # the model labels a sentence's capitalised common noun, or a plural, a person
        ("The race is tight.\n\nExit polling showed that Ruiz won every group.", "Ruiz won"),
        ("The race is tight.\n\nPoliticos say Ruiz is ahead in the north.", "ahead in the north"),
    ],
)
def test_a_word_capitalised_only_by_its_sentence_is_no_person(text, needle):
    a = find(run(text), text, needle)
    assert a.speaker is None or a.speaker.kind != "person"


def test_a_lone_surname_opening_sentences_is_still_a_person():
    text = "The race is tight.\n\nHollin said the race was tight. Hollin added that he would win."
    a = find(run(text), text, "he would win")
    assert speaker_name(a) == "Hollin"


def test_a_body_known_by_dotted_initials_keeps_its_last_stop():
    text = "Aid convoys reached the border on Monday, the U.N. said."
    a = find(run(text), text, "Aid convoys reached")
    assert speaker_name(a) == "U.N."


def test_a_body_introduced_as_called_a_name_is_that_name_not_one_named_before():
    text = (
        "Lakeside Values PAC has spent $2 million on ads this year.\n\n"
        "A recently founded super PAC called Future Harbor put out its first spots in Maine, "
        'saying that the senator "cannot be trusted with the port."'
    )
    a = find(run(text), text, "cannot be trusted")
    assert speaker_name(a) == "Future Harbor"


def test_a_partys_members_the_model_labels_a_person_are_no_person():
    # "Lake Cabin Republicans" labelled PERSON: the headline's "Gay Republicans" is not them
    text = (
        "Gay Republicans push for new wording on ports.\n\n"
        "Though the wording would change little in practice, Lake Cabin "
        'Republicans president Gregory T. Angel said it would be "historic" because nothing '
        "like it had been done."
    )
    a = find(run(text), text, "new wording")
    assert not (a.speaker and a.speaker.kind == "person")


INTERVIEW = (
    "Ferry captain Lena Marsh looks back on 30 years at sea.\n\n"
    "Captain Lena Marsh retired this month after three decades on the harbor ferries. She "
    "spoke with us about the work. The conversation has been shortened and lightly "
    "edited.\n\n"
    "Q: Why did you start?\n\n"
    "A: Because my father ran the night boat, and I wanted to see the harbor the way he did.\n\n"
    "Q: What changed?\n\n"
    "A: The boats got bigger. I think the crews are safer now than when I started.\n"
)


def test_an_interviews_answers_are_the_person_its_introduction_is_about():
    atts = run(INTERVIEW)
    answer = find(atts, INTERVIEW, "my father ran the night boat")
    assert speaker_name(answer) == "Lena Marsh"
    assert speaker_name(find(atts, INTERVIEW, "The boats got bigger")) == "Lena Marsh"


def test_an_interviews_questions_make_no_person_called_q():
    atts = run(INTERVIEW)
    assert not any(a.speaker and a.speaker.kind == "person" and a.speaker.name == "Q" for a in atts)


def test_an_answer_that_runs_on_for_paragraphs_is_the_interviewee_throughout():
    text = INTERVIEW + (
        "\nThe pay was never the draw. On a calm night you could hear the buoys a mile off.\n\n"
        "I think the young crews will find that out for themselves.\n"
    )
    a = find(run(text), text, "young crews will find")
    assert speaker_name(a) == "Lena Marsh"


def test_an_interviews_answers_are_the_person_named_in_full_when_the_model_labels_no_one():
    text = (
        "Mayor Ana Ruiz sat down with the Gazette on Monday. The interview has been edited "
        "for length.\n\n"
        "Q: Will you appeal the ruling?\n\n"
        "A: We will appeal to every court in the state, and we will win.\n\n"
        "Q: What about the pilots?\n\n"
        "A: The pilots have my full support and they know it.\n"
    )
    atts = run(text)
    assert speaker_name(find(atts, text, "every court in the state")) == "Ana Ruiz"
    assert speaker_name(find(atts, text, "my full support")) == "Ana Ruiz"


def test_a_thing_called_by_a_name_is_not_the_person_in_that_name():
    text = (
        'Ruiz\'s campaign posted a video from an account called "Hypo-Okafor" that showed '
        "Okafor praising the harbor fees he now opposes."
    )
    atts = [a for a in run(text) if a.source and a.source_text(text) == "that"]
    assert all(speaker_name(a) != "Okafor" for a in atts)


def test_a_name_after_the_that_the_model_left_unlabelled_is_a_body_not_a_person():
    text = (
        "A gunman killed four people at a cafe in the port city on Friday, the police said.\n\n"
        "The Islamic State claimed in a statement online that the gunman was one of its "
        "soldiers."
    )
    a = find(run(text), text, "one of its soldiers")
    assert (speaker_name(a), a.speaker.kind) == ("Islamic State", "organisation")


def test_a_kicker_in_capitals_before_a_dash_is_no_speaker():
    # "FELLOW COOKS DON'T WANT TO SHARE A KITCHEN …": a section's lead in capitals set off by
    # a dash, like a dateline, is the writer's heading, not the stance of the people it names
    text = (
        "The mayor had a long week.\n\nFELLOW COOKS DON’T WANT TO SHARE A KITCHEN WITH HIM — "
        "Ruiz may top the ratings each season, but that doesn’t mean his cooks like him."
    )
    assert not any(a.speaker and "COOKS" in a.speaker.name for a in run(text))


def test_a_common_noun_capitalised_only_by_its_sentence_is_no_body():
    # the model labels the capitalised plural a body; the article writes it lower case too
    text = (
        "The Farland couriers walked out on Monday, and partisans and superdelegates marched. "
        "Partisans on both sides say the strike was political."
    )
    a = find(run(text), text, "the strike was political")
    assert a.speaker is None or a.speaker.kind != "organisation"


def test_who_after_a_place_is_no_body():
    text = (
        "Most of the crowd had driven in from Brantwood, who said the new tolls were unfair "
        "to commuters."
    )
    a = find(run(text), text, "the new tolls were unfair")
    assert a.speaker is None


def test_who_after_a_list_of_descriptions_of_a_named_subject_is_that_subject():
    text = (
        "Quill Rally Draws Crowd.\n\n"
        "Dara Quill is a chronic fibber, reckless gambler, braggart, cheat "
        "and bully who has vowed many times to sell every park the county owns."
    )
    a = find(run(text), text, "sell every park")
    assert a.source_text(text) == "who"
    assert speaker_name(a) == "Dara Quill"


def test_which_after_a_body_named_before_its_comma_is_that_body():
    text = (
        "Quill Cleared For Ballot.\n\n"
        "Two days after her primary win, Rep. Dara Quill of Utah received a welcome ruling "
        "from the Harbor County Election Board, which found that she had filed enough valid "
        "signatures to stay on the ballot."
    )
    a = find(run(text), text, "filed enough valid signatures")
    assert a.source_text(text) == "the Harbor County Election Board, which"
    assert speaker_name(a) == "Harbor County Election Board"


def test_i_in_a_letter_signed_with_a_hyphenated_surname_is_the_signer():
    text = (
        "Letters: Keep the Harbor Open.\n\nLETTERS.\n\n"
        "I sail out of the harbor every weekend. I despise the plan to close it because it "
        "is full of contempt for working people.\n\n"
        "Teodoro Vance-Okafor.\n\nPortland, Maine.\n"
    )
    a = find(run(text), text, "contempt for working people")
    assert a.source_text(text) == "I"
    assert speaker_name(a) == "Teodoro Vance-Okafor"


def test_who_after_a_person_and_the_town_they_come_from_stays_that_person():
    text = (
        "Voters Weigh In.\n\n"
        '"Ortiz has my vote on Tuesday," said Nicky Brenner, 31, from Keene, '
        "who said Ortiz was the only one talking about the price of heating oil."
    )
    a = find(run(text), text, "the price of heating oil")
    assert a.source_text(text) == "who"
    assert speaker_name(a) == "Nicky Brenner"


@pytest.mark.parametrize("lead", ["The new budget is meant to placate", "The plan pleased"])
def test_who_after_people_on_a_place_is_those_people_not_the_place(lead):
    # "who" cannot be Capitol Hill, which the model labels an organisation: the Democrats on it
    text = (
        f"{lead} jittery Democrats on Capitol Hill, who have long claimed that the party gains "
        "when the governor is painted as a greedy landlord."
    )
    a = find(run(text), text, "the party gains")
    assert a.source_text(text) == "who"
    assert speaker_name(a) == "jittery Democrats"


def test_who_after_a_person_or_people_after_on_stays_with_them():
    # the people-on-a-place reading is only for a place or body that is no one: "the tables
    # on Okafor, who …" is Okafor's, "wagers on stock pickers who …" the stock pickers'
    text = (
        "Tomas Okafor spoke in Dover on Sunday. On Monday, Ana Ruiz sought to turn the tables "
        "on Okafor, who for weeks had highlighted the fees she received from banks."
    )
    assert speaker_name(find(run(text), text, "the fees she received")) == "Tomas Okafor"
    text = "The plan keeps savers from placing rash wagers on stock pickers who claim they can win."
    assert speaker_name(find(run(text), text, "they can win")) == "stock pickers"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "It was a ceremony featuring the union leader Ana Ruiz, a Labour councillor from "
            "Leeds, as well as singers like Tom Reyes, Lee Varga, Mia Hollis, Dan Pike and Rosa "
            'Quint, who joked of the hall, "I have not seen it yet, but I will."',
            "not seen it yet",
        ),
        (
            "The gala drew celebrities like Tom Reyes, Lee Varga, Mia Hollis, Dan Pike and Rosa "
            "Quint, who joked of the new hall that it was too big.",
            "too big",
        ),
    ],
)
def test_who_right_after_a_list_of_names_is_the_one_named_last(text, said):
    # the parser hangs the relative clause on a name in the middle of the list
    a = find(run(text), text, said)
    assert speaker_name(a) == "Rosa Quint"


def test_a_name_glued_to_pro_or_anti_is_a_stance_not_a_mention():
    # "The anti-Hillary Clinton ads": the ads' stance; "she" is no one named there.
    text = (
        "Ana Wilson runs the Reyes campaign in Ohio. The anti-Hillary Clinton ads ran all "
        'week on local stations. "They are lies and everyone knows it," she said.'
    )
    a = find(run(text), text, "They are lies")
    assert speaker_name(a) != "Hillary Clinton"


def test_a_subject_the_parser_cut_in_two_is_one_source():
    # "her cousin Dana Whitfield said": the kin noun and the name are one subject.
    text = (
        "Lena Whitfield flew to Cairo on Tuesday. “We spoke to her that morning and she "
        "was happy,” her cousin Dana Whitfield said."
    )
    a = find(run(text), text, "We spoke to her")
    assert a.source_text(text) == "her cousin Dana Whitfield"
    assert speaker_name(a) == "Dana Whitfield"


def test_a_newspapers_name_the_model_took_for_a_person_is_no_one():
    # "In an interview with the Herald, she said": the paper is no woman the "she" means.
    text = (
        "Maria Lopez has run the county clinic for ten years. In an interview with the "
        "Herald, she said the clinic would close in the spring."
    )
    a = find(run(text), text, "clinic would close")
    assert speaker_name(a) == "Maria Lopez"


def test_the_opening_words_of_a_schools_name_are_no_person():
    # "Carter Hill has 400 pupils" after "Carter Hill Academy": the school, not a Mr. Hill.
    text = (
        "The board of Carter Hill Academy met on Monday. Carter Hill has 400 pupils and a "
        'waiting list. "We cannot take one more child," he said.'
    )
    a = find(run(text), text, "one more child")
    assert speaker_name(a) != "Carter Hill"
    # "Ellis Lake" after "Ellis Lake Elementary School": the school's first words
    text = (
        "Tom Reyes has fought for tighter gun laws since the shooting at Ellis Lake "
        "Elementary School. Ellis Lake changed everything, he said."
    )
    a = find(run(text), text, "changed everything")
    assert speaker_name(a) == "Tom Reyes"


def test_a_described_party_member_is_someone_not_the_party():
    # "The lifelong Republican who wrote the speech says": one unnamed member; and a
    # headline's "Athens mom speechwriter" is the woman the article names.
    text = (
        "Athens mom speechwriter reveals she might vote for Reyes.\n\n"
        "The lifelong Republican who wrote the speech given by the mother of a fallen soldier "
        "says she will not vote for Tom Lee this fall. Dana Whitfield said the choice had "
        "been hard."
    )
    atts = run(text)
    member = find(atts, text, "will not vote for Tom Lee")
    assert member.speaker.kind == "anonymous"
    assert speaker_name(find(atts, text, "might vote for Reyes")) == "Dana Whitfield"


def test_a_surname_labelled_a_body_that_speaks_of_herself_is_a_person():
    # "Kranz calls herself a conservative first": a woman, whose "she" follows.
    text = (
        "Delegates from Colorado led the revolt. Kranz describes herself as a conservative "
        'first. "The rules were rigged," she said.'
    )
    a = find(run(text), text, "The rules were rigged")
    assert speaker_name(a) == "Kranz"
    assert a.speaker.kind == "person"


def test_the_title_of_a_show_is_no_person(nlp):
    # "She told NPR's Inside Track podcast": the podcast's title names no one.
    text = (
        "Dana Keller ran the hearing for two years. She told NPR's Inside Track podcast "
        "that the debate had been hard."
    )
    doc = nlp(text)
    index = PeopleIndex(doc, text, lambda i: (doc[i].sent.start, doc[i].sent.end), [], [])
    assert [p.canonical for p in index.people] == ["Dana Keller"]


def test_a_god_is_no_person_a_later_role_noun_could_mean(nlp):
    # "God said the flood would end," she read. "The church leader said …": no god
    text = (
        "Pastor Dana Keller read to the children on Sunday. God said the flood would end. "
        "The church leader said the vote would be close."
    )
    doc = nlp(text)
    index = PeopleIndex(doc, text, lambda i: (doc[i].sent.start, doc[i].sent.end), [], [])
    assert "God" not in [p.canonical for p in index.people]


def test_a_description_stops_before_the_next_person_joined_to_it():
    # "Dana Whitfield, a Democratic strategist and Tom Lee, a Republican pollster, said":
    # her description is the strategist's, not the pollster's name and party too.
    text = (
        "Dana Whitfield, a Democratic strategist and Tom Lee, a Republican pollster, said "
        "the race was close."
    )
    a = find(run(text), text, "race was close")
    assert speaker_name(a) == "Dana Whitfield"
    assert a.speaker.description == "a Democratic strategist"


def test_a_name_labelled_a_body_but_described_as_a_person_is_a_person():
    # "Wendell Okoro, a retired teacher," labelled a body: the man "he" means next.
    text = (
        "Wendell Okoro, a retired teacher, spoke at the meeting. He said the school board "
        "had ignored the parents."
    )
    a = find(run(text), text, "ignored the parents")
    assert speaker_name(a) == "Wendell Okoro"


def test_a_first_name_that_is_also_a_modal_is_part_of_the_name():
    # '"…," Will Navarro said': "Will" read as a modal verb is still his first name.
    text = (
        "\"He just stopped and said, 'We have got to win the county. How do we win it?'\" "
        "Will Navarro, the chairman for the county party, said of the encounter."
    )
    a = find(run(text), text, "We have got to win")
    assert speaker_name(a) == "Will Navarro"


def test_a_participle_the_model_labelled_a_person_is_no_one(nlp):
    # "Conceding that …, he warned" with "Conceding" labelled a person (as the model does
    # in some articles): a verb with its clause, no one "he" could mean.
    text = "Conceding that a trade deal would come down the line, he warned that it would be slow."
    doc = nlp(text)
    doc.ents = [Span(doc, 0, 1, label="PERSON")]
    index = PeopleIndex(doc, text, lambda i: (doc[i].sent.start, doc[i].sent.end), [], [])
    assert index.people == []


def test_a_name_labelled_a_place_whose_surname_speaks_alone_is_a_person():
    # "A memo from Nirmala Varkey" labelled a body, then "Varkey wrote": a woman's name,
    # though the first-name list does not know "Nirmala".
    text = (
        "A memo from Nirmala Varkey showed that the donor had second thoughts about his gift. "
        "Varkey wrote that he was upset."
    )
    atts = run(text)
    memo = find(atts, text, "second thoughts")
    assert speaker_name(memo) == "Nirmala Varkey"
    assert memo.speaker.kind == "person"
    assert speaker_name(find(atts, text, "he was upset")) == "Nirmala Varkey"


@pytest.mark.parametrize(
    ("text", "kind", "described"),
    [
        # the apposition says what the body is: the database keeps it a body by any name
        (
            "Grace Rising, a conservative advocacy group, said the levy would hurt families.",
            "organisation",
            True,
        ),
        # no apposition: nothing said, the database reads the name as before
        ("Grace Rising said the levy would hurt families.", None, False),
        # a person's job whose noun can also name a body ("carrier"): still a person
        ("Rob Hale, a retired letter carrier, said the levy would hurt families.", "person", False),
        # a body the parser hung on the name from further on is the member's, not the name's
        (
            "Nia Ford, a member of the Caucus, a group of teachers, said the levy would hurt "
            "families.",
            "person",
            False,
        ),
    ],
)
def test_a_body_the_article_describes_as_one_says_so(text, kind, described):
    a = find(run(text), text, "levy would hurt")
    assert a.speaker is not None
    assert a.speaker.described_as_a_body is described
    assert kind is None or a.speaker.kind == kind


def test_a_body_named_right_after_the_word_for_its_kind_is_that_body():
    text = "The local newspaper Harbor Ledger noted that the council had not met since May."
    a = find(run(text), text, "had not met")
    assert a.speaker is not None
    assert (a.speaker.name, a.speaker.kind) == ("Harbor Ledger", "organisation")


def test_a_papers_name_the_model_labelled_a_person_is_still_the_paper(nlp):
    text = "The Greek newspaper Vasilikos noted that the ministry had not answered."
    doc = nlp(text)
    start = text.index("Vasilikos")
    doc.set_ents(
        [doc.char_span(start, start + len("Vasilikos"), label="PERSON")], default="outside"
    )
    a = find(attributions_from_doc(doc), text, "had not answered")
    assert a.speaker is not None
    assert (a.speaker.name, a.speaker.kind) == ("Vasilikos", "organisation")


def test_a_name_with_the_body_it_speaks_for_is_the_persons_name():
    # "Name of Body": the parser hangs the body on the name
    text = (
        '"The count was slow, and many voters gave up," said Ana Ruiz of Harbour Watch, '
        "who observed the vote."
    )
    a = find(run(text), text, "count was slow")
    assert speaker_name(a) == "Ana Ruiz"
    assert a.speaker.kind == "person"


def test_a_news_site_the_model_took_for_a_person_speaks_as_an_organisation():
    text = (
        "After the debate Politifact checked the governor's claim. Politifact said it was "
        "mostly true. Twitter said it had suspended the account."
    )
    atts = run(text)
    for needle in ("it was mostly true", "it had suspended the account"):
        a = find(atts, text, needle)
        assert a.speaker is not None and a.speaker.kind == "organisation"


def test_a_campaign_named_with_its_candidates_full_name_is_the_candidates_campaign():
    text = "In January, the Dale Ormond presidential campaign challenged Ana Ruiz to a debate."
    a = find(run(text), text, "Ana Ruiz to")
    assert speaker_name(a) == "Ormond campaign"


def test_a_candidates_camp_is_the_candidates_campaign_and_a_camp_is_no_body():
    text = (
        "The Ruiz camp said it would respond by Friday. Refugees at the camp said the food "
        "had run out."
    )
    atts = run(text)
    assert speaker_name(find(atts, text, "it would respond")) == "Ruiz campaign"
    refugees = find(atts, text, "the food had run out")
    assert refugees.speaker is None or refugees.speaker.kind != "organisation"


def test_who_after_the_place_in_a_persons_description_is_that_person():
    text = (
        '"The new road will cut us off," said Dana Whitcombe, a farmer from Lodi, California, '
        "who said she had lived on the hill for thirty years."
    )
    atts = run(text)
    assert speaker_name(find(atts, text, "lived on the hill")) == "Dana Whitcombe"


def test_who_after_a_plural_description_is_those_people_not_a_person_named_far_back():
    # The parser hangs "the club elders" on Tom Hale as his apposition.
    text = (
        "Tom Hale leads the tally comfortably thanks to early pledges from board members, the "
        "club elders who may back any nominee they like."
    )
    a = find(run(text), text, "any nominee")
    assert speaker_name(a) != "Tom Hale"


def test_a_surname_the_tagger_reads_as_a_plural_noun_is_still_the_subject_named_last():
    # "Woods continued …" is tagged a plural noun; the "she" after it is hers, not the
    # clerk's, whose first name tells no gender.
    text = (
        "Retired nurse Dorothy Woods spoke at the rally on Monday.\n\n"
        "To be clear, Zorvan Khatri was a county clerk then, never a judge.\n\n"
        "Woods continued by answering those who blamed the mayor for the closure.\n\n"
        "“I was upset that he was blamed,” she said."
    )
    a = find(run(text), text, "I was upset")
    assert speaker_name(a) == "Dorothy Woods"


def test_a_she_opening_a_sentence_goes_on_with_the_main_subject_before_it():
    # Ana Hale is named only inside the sentence before (an apposition in a clause); its
    # main subject, "She", is Karen Mills, and so is the next sentence's "she"
    text = (
        "Karen Mills met the press at noon. She first told her account in 2019, and repeats it "
        "now as Tom Hale campaigns for his wife, Ana Hale, who is running for governor.\n\n"
        "On Tuesday, she said that Tom Hale had phoned her twice last spring."
    )
    a = find(run(text), text, "phoned her twice")
    assert speaker_name(a) == "Karen Mills"


def test_he_is_never_the_person_his_own_verb_tells():
    text = (
        "David Orton asked Tom Hale how long the new bridge would take to build.\n\n"
        "“I think two years, maybe three. Could be sooner,” he told Orton, to cheers from "
        "the crowd."
    )
    a = find(run(text), text, "two years, maybe three")
    assert speaker_name(a) == "Tom Hale"
