"""Speaker resolution inside an article: pronouns, role nouns, titles, surnames and
spelling variants resolved to one canonical speaker."""

import pytest

from claims.extraction import attributions_from_doc
from tests.engine.helpers import find, run, speaker_name


def test_pronoun_resolves_to_previous_speaker_not_to_people_in_the_content():
    text = (
        "Helen Ward said the council had ignored Peter Kim for months. "
        "“Nobody listened to us,” she said."
    )
    a = find(run(text), text, "Nobody listened")
    assert a.source_text(text) == "she"
    assert speaker_name(a) == "Helen Ward"


def test_gender_from_a_title_picks_the_matching_person_for_a_pronoun():
    text = (
        "Mr. Daniel Ruiz met Mrs. Clara Osei in Accra. "
        "She said the agreement would be signed next week."
    )
    a = find(run(text), text, "agreement would be signed")
    assert speaker_name(a) == "Clara Osei"


def test_short_name_resolves_to_full_name():
    text = (
        "Prime Minister Ingrid Solberg arrived in Oslo on Monday. "
        "Solberg said the budget would be balanced."
    )
    a = find(run(text), text, "budget would be balanced")
    assert speaker_name(a) == "Ingrid Solberg"
    assert a.speaker.kind == "person"
    assert "Solberg" in a.speaker.aliases


def test_spelling_variants_are_one_person():
    text = (
        "Ukrainian President Volodymyr Zelenskyy visited the front on Friday. "
        "Zelensky said the soldiers needed more air defence."
    )
    a = find(run(text), text, "air defence")
    assert speaker_name(a) == "Volodymyr Zelenskyy"


def test_role_noun_learnt_from_an_apposition_resolves_to_that_person():
    text = (
        "Karl Brandt, the German chancellor, met farmers in Munich. "
        "Later the chancellor said subsidies would continue."
    )
    a = find(run(text), text, "subsidies would continue")
    assert a.source_text(text) == "the chancellor"
    assert speaker_name(a) == "Karl Brandt"


def test_possessive_role_noun_resolves_to_the_person_who_holds_it():
    text = (
        "Jon Ellis, the mayor's spokesman, spoke after Mayor Ann Reyes left. "
        "The mayor's spokesman said the tram contract was legal."
    )
    a = find(run(text), text, "tram contract was legal")
    assert speaker_name(a) == "Jon Ellis"


def test_title_before_a_name_becomes_the_speakers_description():
    text = "Health Minister Sara Lind said the vaccine was safe."
    [a] = run(text)
    assert speaker_name(a) == "Sara Lind"
    assert "Health Minister" in a.speaker.description


def test_nationality_role_noun_picks_the_compatible_person():
    text = (
        "French President Marc Duval met Prime Minister Tom Reed in London. "
        "The French leader said the two countries would sign a treaty."
    )
    a = find(run(text), text, "sign a treaty")
    assert speaker_name(a) == "Marc Duval"


def test_unnamed_sources_stay_anonymous_or_groups():
    text = (
        "One senior diplomat said the talks were close to collapse. "
        "Analysts say the market will recover."
    )
    atts = run(text)
    a = find(atts, text, "talks were close to collapse")
    assert a.speaker.kind == "anonymous"
    b = find(atts, text, "market will recover")
    assert b.speaker.kind == "group"


def test_organisation_subject_is_an_organisation_speaker():
    text = "The European Commission said the merger would harm consumers."
    [a] = run(text)
    assert a.speaker.kind == "organisation"
    assert a.speaker.name == "European Commission"


def test_nickname_form_joins_the_person():
    text = (
        "Angry Joe Turner shouted at the referee. Later Joe Turner apologised. "
        "Turner said the decision had upset him."
    )
    a = find(run(text), text, "the decision had upset him")
    assert speaker_name(a) == "Joe Turner"


def test_unresolved_role_noun_does_not_jump_to_a_distant_person():
    text = (
        "Maria Costa opened the market in May. The weather was poor all summer. "
        "Sales fell in the autumn. Prices rose in the winter. "
        "The mayor said the market would stay open."
    )
    a = find(run(text), text, "market would stay open")
    assert speaker_name(a) != "Maria Costa"
    assert a.speaker.kind == "anonymous"


def test_pronoun_after_an_unnamed_speaker_stays_with_that_speaker():
    text = (
        "Lena Berg opened the shelter in 2019. "
        "One volunteer, who did not want to be named, said the beds were always full. "
        "“We turn people away every night,” she said."
    )
    a = find(run(text), text, "We turn people away")
    assert a.speaker.kind == "anonymous"
    assert a.speaker.name == "One volunteer"


def test_role_noun_does_not_take_a_person_with_another_role():
    text = (
        "“Sales are up,” said Tom Reyes, chief executive of Brightline.\n\n"
        "The minister said the tax would rise."
    )
    a = find(run(text), text, "the tax would rise")
    assert speaker_name(a) != "Tom Reyes"


def test_statement_from_an_organisation_resolves_to_the_organisation():
    text = "“We are ready,” according to a statement from the Red Cross."
    [a] = run(text)
    assert a.speaker.kind == "organisation"
    assert a.speaker.name == "Red Cross"


def test_nationality_and_leader_role_reach_back_further():
    text = (
        "Chilean President Rosa Lagos met Peruvian President Hugo Salas in Lima. "
        "The talks covered fishing rights. Both delegations brought large teams. "
        "Trade officials worked late into the night. "
        "The Chilean leader later wrote that the talks had been useful."
    )
    a = find(run(text), text, "the talks had been useful")
    assert speaker_name(a) == "Rosa Lagos"


def test_gender_learnt_from_a_possessive_pronoun():
    text = (
        "Alex Moreno presented her budget on Monday. Sam Patel brought his own figures. "
        "She said the budget would protect schools."
    )
    a = find(run(text), text, "protect schools")
    assert speaker_name(a) == "Alex Moreno"


def test_it_speaks_for_the_publication_or_organisation_before_it():
    text = (
        "“The developer has erased much of his debt,” the Times wrote in 1995.\n\n"
        "“His fortunes have changed since then,” it added."
    )
    atts = run(text)
    a = find(atts, text, "fortunes have changed")
    assert a.source_text(text) == "it"
    assert a.speaker.name == find(atts, text, "erased much").speaker.name
    # each quotation keeps its own cue: the second is not a continuation of the first
    assert len(a.content) == 1


def test_which_parsed_loose_from_its_noun_still_resolves_to_it():
    text = (
        "They turned to the Dunmore Fire Department which reported “1,204 kitchen "
        "fires” in the county between April and October."
    )
    a = find(run(text), text, "1,204")
    assert a.speaker.name == "Dunmore Fire Department"
    assert a.content_text(text).endswith("between April and October")


def test_pronoun_skips_a_name_inside_someone_elses_quoted_words():
    text = (
        "Maria Lopez watched the speech at home. “I would,” Maria Lopez said to the TV. "
        "“I would, Donald.”\n\n“You winning?” she said."
    )
    atts = run(text)
    a = find(atts, text, "You winning")
    assert speaker_name(a) == "Maria Lopez"


def test_pronoun_after_a_quote_naming_someone_else_stays_with_the_speaker():
    text = (
        "Ed Rendell agreed that the rules should change. “There is no chance Hillary Clinton "
        "will withdraw from the race,” he said in a phone interview."
    )
    a = find(run(text), text, "no chance")
    assert speaker_name(a) == "Ed Rendell"


def test_bare_surname_shared_by_two_people_is_the_one_named_most():
    text = (
        "Marta Voss left the concert early. Marta Voss then drove to her daughter "
        "Lina Voss's flat.\n\n"
        "Voss had told the drivers that she did not need the convoy, an aide said."
    )
    a = find(run(text), text, "did not need the convoy")
    assert speaker_name(a) == "Marta Voss"


def test_multi_part_surnames_stay_whole():
    text = (
        "Fire Chief Maureen O’Hara and the economist Pieter van Dijk-Smit toured the harbour. "
        "“The pumps are old,” O’Hara said. "
        "“Nobody has paid for them,” Mr. van Dijk-Smit said. "
        "Mayor Luis de Garza walked with them. "
        "De Garza said the council would vote in May."
    )
    atts = run(text)
    assert speaker_name(find(atts, text, "pumps are old")) == "Maureen O’Hara"
    assert speaker_name(find(atts, text, "Nobody has paid")) == "Pieter van Dijk-Smit"
    assert speaker_name(find(atts, text, "council would vote")) == "Luis de Garza"


def test_a_double_surname_after_a_title_joins_the_full_name():
    text = (
        "The trade minister, Rosa Ibarra Montes, opened the fair. "
        "Mrs. Ibarra Montes said exports would rise next year."
    )
    a = find(run(text), text, "exports would rise")
    assert speaker_name(a) == "Rosa Ibarra Montes"


def test_an_organisation_role_noun_goes_to_the_organisation_the_article_named():
    text = (
        "Harbor Savings, the bank that financed the stadium, lost the case on Monday. "
        "The bank said it would appeal the ruling."
    )
    a = find(run(text), text, "would appeal")
    assert speaker_name(a) == "Harbor Savings"


def test_a_short_newspaper_name_is_the_full_name_given_earlier():
    text = (
        "The Denver Herald published the letters last week. "
        "The Herald said the council had known about the leak since May."
    )
    a = find(run(text), text, "had known about the leak")
    assert speaker_name(a) == "Denver Herald"


def test_a_candidates_campaign_is_named_after_the_candidate():
    text = (
        "Maria Lopez toured three towns on Sunday. "
        "Lopez’s campaign said the tour had raised record sums. "
        "Her campaign added that the debate would go ahead."
    )
    atts = run(text)
    assert speaker_name(find(atts, text, "raised record sums")) == "Lopez campaign"
    assert speaker_name(find(atts, text, "debate would go ahead")) == "Lopez campaign"


def test_a_poll_speaks_for_the_organisation_that_ran_it():
    text = (
        "A Gallup poll found that most farmers backed the plan. "
        "The poll also said that younger farmers were less sure."
    )
    atts = run(text)
    assert speaker_name(find(atts, text, "most farmers backed")) == "Gallup"
    assert speaker_name(find(atts, text, "younger farmers")) == "Gallup"


def test_a_party_word_keeps_a_role_noun_on_that_partys_candidate():
    text = (
        "Republican nominee Carl Benton and Democratic nominee Susan Park met in Dayton. "
        "The GOP nominee said the schedule was unfair."
    )
    a = find(run(text), text, "schedule was unfair")
    assert speaker_name(a) == "Carl Benton"


def test_a_kin_noun_tells_the_gender_for_a_later_pronoun():
    text = (
        "Sam Hale and his wife, Jo Hale, run the dairy farm. "
        "Jo Hale met the inspector Robin Ross on Tuesday. "
        "She said milk prices were too low."
    )
    a = find(run(text), text, "milk prices")
    assert speaker_name(a) == "Jo Hale"


def test_a_courtesy_title_keeps_a_shared_surname_apart():
    text = (
        "Paul Marsh and his sister, Ellen Marsh, opened the library. "
        "Mr. Marsh spoke first. "
        "“The roof leaks,” Mrs. Marsh said."
    )
    a = find(run(text), text, "roof leaks")
    assert speaker_name(a) == "Ellen Marsh"


def test_a_title_gives_a_role_for_a_later_role_noun():
    text = (
        "Mayor Nora Quist walked through Elm Park with her dog. "
        "The mayor said the park would get new lights."
    )
    a = find(run(text), text, "new lights")
    assert speaker_name(a) == "Nora Quist"


def test_a_party_noun_goes_to_the_person_of_that_party():
    text = (
        "Republican Carl Benton and Democrat Susan Park debated in Dayton. "
        "The Republican said taxes were too high."
    )
    a = find(run(text), text, "taxes were too high")
    assert speaker_name(a) == "Carl Benton"


def test_a_first_name_alone_joins_the_only_person_with_that_first_name():
    text = "Marguerite Olsen led the march on Sunday. “We will be back,” Marguerite said."
    a = find(run(text), text, "We will be back")
    assert speaker_name(a) == "Marguerite Olsen"


def test_a_pronoun_after_another_named_person_teaches_no_gender():
    text = (
        "Linda Park told Omar Reyes, after he admitted the error, that the audit would go on. "
        "Mr. Reyes left the room. "
        "“The numbers do not add up,” she said."
    )
    a = find(run(text), text, "numbers do not add up")
    assert speaker_name(a) == "Linda Park"


def test_an_unresolved_pronoun_or_bare_thing_is_no_speaker_name():
    text = "The report was published on Monday. It said the river was cleaner than a decade ago."
    a = find(run(text), text, "river was cleaner")
    assert a.source_text(text) == "It"
    assert a.speaker is None


def test_an_opening_description_goes_to_the_one_person_given_that_role():
    text = (
        "A county judge threw out the complaint on Friday, saying it had no merit. "
        "Judge Irene Vos wrote that the filing came too late."
    )
    a = find(run(text), text, "no merit")
    assert speaker_name(a) == "Irene Vos"


def test_an_opening_description_for_someone_else_stays_unnamed():
    text = (
        "Tom Reed’s spokeswoman, Dana Holt, denied the report. "
        "A spokeswoman for Lisa Grant said the meeting never happened."
    )
    a = find(run(text), text, "meeting never happened")
    assert speaker_name(a) != "Dana Holt"


def test_possessive_kin_goes_to_the_relative_the_article_names():
    text = (
        "Victor Lane, the shipping magnate, arrived with Paula Lane, his daughter. "
        "Lane’s daughter said the company would not be sold."
    )
    a = find(run(text), text, "would not be sold")
    assert speaker_name(a) == "Paula Lane"


def test_a_hyphenated_lower_case_name_part_stays_in_the_name():
    text = (
        "Foreign Minister Kim Soo-hyun arrived in Lima on Monday. Kim said the talks had gone well."
    )
    a = find(run(text), text, "talks had gone well")
    assert speaker_name(a) == "Kim Soo-hyun"


def test_a_headline_that_runs_two_names_together_is_no_persons_name():
    text = (
        "Susan Lee Slams Mark Carter Over Tax Plan\n\n"
        "Mark Carter spoke to farmers in Iowa on Monday. "
        "Carter said the tax plan would help small farms."
    )
    a = find(run(text), text, "help small farms")
    assert speaker_name(a) == "Mark Carter"


def test_the_bank_is_the_one_organisation_the_article_keeps_naming():
    text = (
        "Brightwater Trust fired three branch managers on Monday. Regulators had fined "
        "Brightwater Trust twice this year, and Brightwater Trust executives met them in "
        "March.\n\nThe bank said that the managers had opened accounts without consent."
    )
    a = find(run(text), text, "opened accounts without consent")
    assert a.source_text(text) == "The bank"
    assert speaker_name(a) == "Brightwater Trust"


def test_the_company_stays_unresolved_when_two_bodies_are_named_as_often():
    text = (
        "Orvell Mining Corp. sued Kestrel Freight Inc. on Monday, and Kestrel Freight Inc. "
        "sued Orvell Mining Corp. back.\n\n"
        "The company said that the contract had never been signed."
    )
    a = find(run(text), text, "never been signed")
    assert speaker_name(a) is None


def test_a_full_name_the_model_did_not_label_still_names_the_person():
    text = (
        "A chef faces critics.\n\nOren Rask — Paris-trained pastry cook and morning radio "
        "host — has been called a fraud by fellow bakers.\n\n"
        "Rask said the critics were envious of his audience."
    )
    a = find(run(text), text, "critics were envious")
    assert speaker_name(a) == "Oren Rask"


def test_he_after_an_unlabelled_surname_can_mean_that_person():
    text = (
        "Senator Ruth Abernathy questioned banker Colm Dessart on Tuesday. "
        "“You should resign,” Abernathy told Dessart, after he admitted that nobody had "
        "been fired.\n\n“This is not right,” Abernathy said. “You broke the law,” she said."
    )
    a = find(run(text), text, "nobody had been fired")
    assert a.source_text(text) == "he"
    assert speaker_name(a) == "Colm Dessart"


@pytest.mark.parametrize(
    ("headline", "name"),
    [
        ("Dock Workers Rip Maria Delgado As A ‘Heartless Boss.’", "Maria Delgado"),
        ("Nurses Rip Thomas Whitcombe As A ‘Disgrace.’", "Thomas Whitcombe"),
    ],
)
def test_a_headline_verb_before_a_full_name_is_no_part_of_the_name(headline, name):
    # The model runs the verb (and its plural subject) into the name after it: the page
    # is the named person's, not "Rip Maria Delgado"'s.
    text = f"{headline}\n\n{name} said on Friday that the port would stay open."
    a = find(run(text), text, "the port would stay open")
    assert speaker_name(a) == name


def test_a_headline_role_noun_is_the_one_person_the_article_gives_that_role():
    text = (
        "Judge rejects request to unseal divorce file.\n\n"
        "A county judge has refused a request to unseal the file. Judge Ona Berrit said "
        "that the records would stay private."
    )
    a = find(run(text), text, "request to unseal divorce file")
    assert a.source_text(text) == "Judge"
    assert speaker_name(a) == "Ona Berrit"


def test_a_name_in_apposition_after_a_described_person_is_the_speaker():
    text = (
        "In the 1990s he ran Halvard Care. His former business partner at Halvard, Lionel "
        "B. Morrow, called him a genius at bolting together impossible deals."
    )
    a = find(run(text), text, "bolting together impossible deals")
    assert speaker_name(a) == "Lionel B. Morrow"


def test_a_companys_first_word_alone_is_that_company():
    text = (
        "The mine was sold by Ridgeback Energy in 2007. In a statement, Ridgeback said "
        "that the sale had been fair."
    )
    a = find(run(text), text, "sale had been fair")
    assert speaker_name(a) == "Ridgeback Energy"
    assert a.speaker.kind == "organisation"


def test_a_coalition_is_named_without_its_relative_clause_and_is_the_later_it():
    text = (
        "But the Baltic Heritage Coalition, which represents two million voters, wants to "
        "stay neutral. Recently, however, it said that the new bases were welcome."
    )
    atts = run(text)
    a = find(atts, text, "to stay neutral")
    assert speaker_name(a) == "Baltic Heritage Coalition"
    b = find(atts, text, "new bases were welcome")
    assert speaker_name(b) == "Baltic Heritage Coalition"


def test_a_one_word_question_is_not_a_person():
    text = (
        "Neil Varga suggests cutting small expenses.\n\nHarsh? He doesn't think so. "
        "“Most parents would choose college,” he said."
    )
    a = find(run(text), text, "Most parents would choose college")
    assert speaker_name(a) == "Neil Varga"


def test_i_in_a_signed_letter_is_the_writer_named_below_it():
    text = (
        "LETTERS.\n\n"
        "I cannot understand why the council closed the library on Sundays. Families "
        "depend on it.\n\n"
        "Hannah Oduya.\n\n"
        "Springfield, Ill."
    )
    a = find(run(text), text, "the council closed the library")
    assert a.source_text(text) == "I"
    assert speaker_name(a) == "Hannah Oduya"


def test_the_city_of_a_place_is_a_body_and_the_later_it():
    text = (
        "The city of Tacoma is demanding that the Reyes campaign stop using its logo. "
        "The city sent a letter on Thursday. It says that the campaign broke the law."
    )
    atts = run(text)
    a = find(atts, text, "stop using its logo")
    assert speaker_name(a) == "city of Tacoma"
    assert a.speaker.kind == "organisation"
    b = find(atts, text, "the campaign broke the law")
    assert speaker_name(b) == "city of Tacoma"


def test_a_company_named_like_a_person_is_no_he():
    text = (
        "Tom Varley bought three quarries from Ridgeline Slate last year. Mr. Varley said the "
        "purchase had worked in his favour. He is not just reopening old pits. He has a "
        "plan, he said, for how the trade can keep cutting slate."
    )
    a = find(run(text), text, "keep cutting slate")
    assert speaker_name(a) == "Tom Varley"


def test_a_union_that_opens_the_story_is_the_one_named_next():
    text = (
        "Pilots' union endorses Ruiz.\n\n"
        "A union representing airline pilots endorsed Ana Ruiz for governor on Monday.\n\n"
        "In a statement, the Allied Pilots Guild called Ruiz a friend of working people."
    )
    atts = run(text)
    a = find(atts, text, "Ana Ruiz for governor")
    assert speaker_name(a) == "Allied Pilots Guild"


def test_a_firm_met_in_passing_is_not_the_next_organisation_named():
    text = (
        "The fund rules came under fire again this week. "
        "Mr. Dorsey, who once worked at a large law firm that defended failing banks before "
        "he taught at Lakeside College, said the rules were too loose. He said Lakeside Trust "
        "should not have been allowed to sell the funds."
    )
    atts = run(text)
    named = [a for a in atts if a.source_text(text).endswith("that")]
    assert named and all(speaker_name(a) != "Lakeside Trust" for a in named)


def test_a_group_of_people_is_not_the_next_organisation():
    text = (
        "A group of forty economists warned that the tariff would raise prices. "
        "The Harmon Institute published the letter on Friday."
    )
    a = find(run(text), text, "raise prices")
    assert speaker_name(a) != "Harmon Institute"


def test_a_speech_speaks_for_whoever_delivered_it():
    text = (
        "Ana Ruiz spoke at the port on Monday. A speech Ms. Ruiz delivered in Leeds in July "
        "argued that the harbour tax was too high."
    )
    a = find(run(text), text, "harbour tax was too high")
    assert speaker_name(a) == "Ana Ruiz"


def test_a_bare_role_noun_is_a_mention_of_the_person_given_that_role():
    # "the governor's" stands between the aide and the pronoun: he is the governor
    text = (
        "Governor Alan Pruitt toured the dam with reporters on Friday. "
        "Kevin Dorsey, one of his longest-serving aides, recalled a flood twenty years ago. "
        "The governor's own farm was spared back then. At the site on Friday, he said "
        "the spillway would be rebuilt by spring."
    )
    a = find(run(text), text, "spillway would be rebuilt")
    assert speaker_name(a) == "Alan Pruitt"


def test_a_name_inside_the_pronouns_own_participle_clause_is_not_the_pronoun():
    # whoever is "campaigning against Tom Mendel" is the "he": he is not Tom Mendel
    text = (
        "Senator Paul Ibarra kept his distance from the water board for years. "
        "Campaigning against Tom Mendel in 2014, he said the board had wasted millions."
    )
    a = find(run(text), text, "board had wasted millions")
    assert speaker_name(a) == "Paul Ibarra"


def test_a_candidates_ad_speaks_for_the_candidates_campaign():
    text = (
        "The Dana Whitfield campaign spent heavily on television in the spring. "
        "A Dana Whitfield ad in April asked whether the mayor had ever balanced a budget."
    )
    a = find(run(text), text, "whether the mayor had ever balanced")
    assert speaker_name(a) == "Whitfield campaign"


def test_a_party_member_opening_a_paragraph_is_the_one_of_that_party_named_next():
    text = (
        "Most senators praised the bill on Tuesday. "
        "At least one Republican said it would bankrupt the farm fund.\n\n"
        "“This bill spends money we do not have,” Sen. Laura Brandt (R-Kan.) said."
    )
    a = find(run(text), text, "bankrupt the farm fund")
    assert speaker_name(a) == "Laura Brandt"


def test_someone_like_a_named_person_is_that_person():
    text = (
        "Walter Brisco bought the shuttered cannery in March. "
        "Why would someone like Mr. Brisco want a cannery that has lost money for a decade?"
    )
    atts = run(text)
    hits = [a for a in atts if a.source_text(text).startswith("someone like")]
    assert hits, [a.source_text(text) for a in atts]
    assert speaker_name(hits[0]) == "Walter Brisco"


def test_the_gop_is_the_party_not_its_member_named_last():
    # a party label ("(R-Utah)") gives Hale a party; "the GOP" is still the party itself
    text = (
        "Sen. Owen Hale (R-Utah) left the chamber early. Across the aisle, Sen. Rosa Vick "
        "(D-Nev.) spoke for an hour. Her main fear is a sense that the GOP doesn't want "
        "students to register."
    )
    a = find(run(text), text, "students to register")
    assert a.source_text(text) == "the GOP"
    assert speaker_name(a) == "GOP"


def test_father_and_son_of_one_name_are_two_people_and_the_bare_surname_is_the_first_named():
    text = (
        "“We back the governor,” Alan Pruitt III, head of the Farm League, told reporters. "
        "Pruitt was a boy when the league was formed, but his father, Alan Pruitt, Jr., was "
        "among its founders.\n\n“That is the new reality,” Pruitt says.\n"
    )
    atts = run(text)
    assert speaker_name(find(atts, text, "new reality")) == "Alan Pruitt III"


def test_bare_surname_beside_a_namesake_son_is_the_father_and_first_name_with_jr_the_son():
    text = (
        "Donald Trump Jr. spoke at the rally on Monday. His father, Donald Trump, arrived "
        "later. “We will win this state,” Trump said. “It was a long day,” Donald Jr said.\n"
    )
    atts = run(text)
    assert speaker_name(find(atts, text, "win this state")) == "Donald Trump"
    assert speaker_name(find(atts, text, "long day")) == "Donald Trump Jr."


def test_a_woman_named_by_title_and_surname_takes_the_first_name_the_model_missed():
    # the model labels "Ms. Ruiz" but not "Ana Ruiz"; her husband Tom Ruiz is named too
    text = (
        "Tom Ruiz served two terms as governor. His wife, Ana Ruiz, said on Monday that he "
        'would advise her.\n\nAna Ruiz told a crowd in Dunmore that he "knows how to create '
        'jobs." Ms. Ruiz spoke for an hour.\n'
    )
    atts = run(text)
    assert speaker_name(find(atts, text, "advise her")) == "Ana Ruiz"
    assert speaker_name(find(atts, text, "create jobs")) == "Ana Ruiz"


def test_a_bare_surname_is_not_the_one_brought_in_as_someones_kin():
    # "Her brother, Tomas Delgado" is named more often, but "Delgado said" is Rosa Delgado:
    # the article brings him in as her kin.
    text = (
        "Rosa Delgado unveiled a housing plan on Monday. Her brother, Tomas Delgado, a "
        "builder, said the plan was sound. Tomas Delgado also said costs would fall. Tomas "
        "Delgado was at the launch.\n\n"
        "Delgado said the first homes would be ready in June."
    )
    a = find(run(text), text, "ready in June")
    assert speaker_name(a) == "Rosa Delgado"


def test_a_wife_is_the_other_person_of_the_surname_when_the_husband_goes_unlisted():
    # "Samuel Adebayo Okafor's wife" in an article naming one other Okafor, a woman: she,
    # also when the model takes the husband's name for a body's and lists only her.
    text = (
        "The council published the tape on Friday. On it, Grace Okafor can be heard telling "
        "the guards that her husband had done nothing wrong.\n\n"
        "Samuel Adebayo Okafor's wife said the guards never paid attention."
    )
    a = find(run(text), text, "never paid attention")
    assert speaker_name(a) == "Grace Okafor"


def test_some_of_a_partys_members_are_a_group_not_the_party_speaking():
    text = "Many Republicans say the new tariff will hurt farmers in their states."
    [a] = run(text)
    assert a.speaker.kind == "group"
    party = "The Republicans said the new tariff would hurt farmers."
    [b] = run(party)
    assert (b.speaker.name, b.speaker.kind) == ("Republicans", "organisation")


def test_he_answering_an_unnamed_asker_is_the_person_asked():
    # the unnamed single asked the question; the "he" who answers is the one just named
    text = (
        "Senator Paul Drake held a town hall in Ames on Monday. "
        "One farmer asked whether the new tariffs would hurt soybean growers. "
        "“You're right, the tariffs are a problem,” he said."
    )
    a = find(run(text), text, "tariffs are a problem")
    assert speaker_name(a) == "Paul Drake"


def test_he_going_on_asking_stays_the_unnamed_asker():
    text = (
        "Senator Paul Drake held a town hall in Ames on Monday. "
        "One farmer asked whether the new tariffs would hurt soybean growers. "
        "“Why won't you answer?” he added."
    )
    a = find(run(text), text, "answer?")
    assert speaker_name(a) == "One farmer"


def test_a_lone_first_name_beside_a_kin_noun_takes_the_owners_surname():
    text = (
        "Several guests came, including Tom R. Reeve, who opened the hall, "
        "and his wife, Clara, who spoke of her early work with the library staff."
    )
    a = find(run(text), text, "early work with the library")
    assert speaker_name(a) == "Clara Reeve"


def test_a_named_persons_son_with_his_first_name_after_takes_the_surname():
    text = (
        "Coach Walt Brenner was suspended by the league on Monday. "
        "Brenner's son, Daniel, defended his father on Tuesday, saying the post was a joke."
    )
    a = find(run(text), text, "the post was a joke")
    assert speaker_name(a) == "Daniel Brenner"


def test_a_kin_noun_after_a_man_named_by_first_name_alone_gets_no_made_up_surname():
    text = (
        "Coach Walt Brenner spoke first. Later, Brenner's son, Daniel, spoke of the season. "
        "His wife, Ana, said the long bus trips had worn the players out."
    )
    a = find(run(text), text, "long bus trips")
    assert speaker_name(a) != "Ana Daniel"


def test_a_name_set_after_a_company_noun_is_the_company_not_a_person():
    text = (
        "Mr. Brenner likes to boast about his deals. Back in 1990, he spent $3 million on a "
        "used Gulfstream from a struggling Ohio company, Dale Meridian, according to his "
        "book ''Flying Cheap.'' Mr. Brenner said a new jet would have cost twice that."
    )
    a = find(run(text), text, "he spent $3 million")
    assert speaker_name(a) == "Brenner"


def test_a_body_described_as_an_organization_is_not_taken_for_a_person():
    text = (
        "The award was announced by the Harbor Forum, the civic organization she founded "
        "in 1980, which said the prize would go to a young teacher."
    )
    atts = run(text)
    speakers = [a.speaker for a in atts if a.speaker and a.speaker.name == "Harbor Forum"]
    assert speakers and all(s.kind == "organisation" for s in speakers)


def test_a_name_with_for_between_capitalised_words_is_an_advocacy_body():
    # "Democracy for America, a … outfit that endorsed …": no person's name holds "for"
    text = (
        "Tom Hale spoke first.\n\n"
        "Millbrook for Fair Courts, a digital activism outfit that endorsed Ruiz in the "
        "primary, launched a petition on Monday, arguing that the dredging plan would poison "
        "the bay."
    )
    a = find(run(text), text, "poison the bay")
    assert speaker_name(a) == "Millbrook for Fair Courts"
    assert a.speaker.kind == "organisation"


def test_a_title_before_a_name_the_model_did_not_label_is_no_part_of_the_name():
    text = "The council met on Monday.\n\nMayor Ana Ruiz said the council had failed the town."
    a = find(run(text), text, "failed the town")
    assert speaker_name(a) == "Ana Ruiz"


def test_a_name_right_after_the_word_group_is_that_group_not_a_person():
    text = (
        "Officials gave no figures. According to the Iraqi activist group Samarra Lens, at "
        "least 38 families have fled the town since the decree."
    )
    a = find(run(text), text, "38 families have fled")
    assert speaker_name(a) == "Samarra Lens"
    assert a.speaker.kind == "organisation"


def test_a_short_company_name_is_the_full_name_the_article_gave():
    text = (
        "Ana Ruiz, the publisher of Grand Mesa Publishing, said the first print run sold out. "
        "Grand Mesa agreed to reprint the book as a paperback."
    )
    a = find(run(text), text, "reprint the book")
    assert speaker_name(a) == "Grand Mesa Publishing"


def test_a_joint_source_of_a_man_and_his_wife_is_not_the_wife_alone():
    text = (
        "Governor Tom Reeve opened the hall. "
        "Both Governor Reeve and his wife Clara said the museum was a gift to the city."
    )
    a = find(run(text), text, "museum was a gift")
    assert speaker_name(a) != "Clara Reeve"


def test_he_answering_an_unnamed_questioner_is_the_person_asked():
    text = (
        "Governor Ray Olson spoke at a forum with farmers in Salina on Friday. "
        "One questioner claimed that the new water rules were ruining small farms. "
        "“You're right, the rules are far too strict,” he said."
    )
    a = find(run(text), text, "far too strict")
    assert speaker_name(a) == "Ray Olson"


def test_he_telling_his_own_story_after_asking_stays_the_unnamed_asker():
    text = (
        "Senator Paul Drake held a town hall in Ames on Monday. "
        "One farmer asked whether the new tariffs would hurt soybean growers. "
        "“I lost half my crop to the drought last year,” he said."
    )
    a = find(run(text), text, "half my crop")
    assert speaker_name(a) == "One farmer"


def test_he_replying_to_an_unnamed_asker_is_the_person_asked():
    text = (
        "Mayor Dan Pryor met parents at the school on Monday. "
        "One father asked whether the bus routes would change in the fall. "
        "“We will add two routes before September,” he replied."
    )
    a = find(run(text), text, "two routes")
    assert speaker_name(a) == "Dan Pryor"


def test_a_she_in_the_sentence_goes_to_the_woman_it_names_not_a_subject_of_unknown_gender():
    text = (
        "Mayor Sam Okafor described Senator Ruth Adler as reckless after she warned that "
        "the bridge was unsafe."
    )
    a = find(run(text), text, "the bridge was unsafe")
    assert a.source_text(text) == "she"
    assert speaker_name(a) == "Ruth Adler"


def test_a_she_in_the_sentence_goes_to_a_woman_by_her_title_when_two_share_her_surname():
    text = (
        "Paul Adler and Ruth Adler toured the plant on Monday. "
        "Gov. Jo Banks scolded Mrs. Adler after she warned that the plant would close."
    )
    a = find(run(text), text, "the plant would close")
    assert a.source_text(text) == "she"
    assert speaker_name(a) == "Ruth Adler"


def test_a_name_in_the_words_a_pronouns_cue_breaks_into_is_not_the_speaker():
    text = (
        "Tomas Berg has chaired the harbour committee for a decade. "
        "Peter Holm, he noted, had misled the council about the dredging costs."
    )
    a = find(run(text), text, "misled the council")
    assert a.source_text(text) == "he"
    assert speaker_name(a) == "Tomas Berg"


def test_a_surname_as_written_beats_a_spelling_variant_named_since():
    text = (
        "Governor Chris Halvorsen spoke in Nashua on Monday.\n\n"
        "Pastor Ben Ortiz said he had never heard anyone pray like the governor, who has a "
        "deep bond with Jesus Halvors.\n\n"
        'Halvorsen told reporters last week, "I have said all along that things are moving '
        'here."'
    )
    a = find(run(text), text, "things are moving here")
    assert speaker_name(a) == "Chris Halvorsen"


def test_she_never_lands_on_a_man_whose_first_name_men_mostly_bear():
    # "George" is no clear-cut man's name in the name data (p(female) 0.07), but a "she"
    # must still not mean him
    text = (
        "Her attack on Halvorsen in the debate was a stretch. On Tuesday she doubled down, "
        "saying that George Halvorsen had opposed the ferry bill in 2009."
    )
    a = find(run(text), text, "had opposed the ferry bill")
    assert speaker_name(a) != "George Halvorsen"


def test_a_first_and_last_name_labelled_a_body_is_the_person_a_bare_surname_means(nlp):
    # the small model labels some candidates' names ORG: "Carla Ortiz" below stands for that;
    # the one person it labels PERSON is her husband, whom "Ortiz said" does not mean
    text = (
        "Presidential candidate Carla Ortiz strode into the hall on Monday.\n\n"
        "Flying home that night, she told her husband, Frank Ortiz, that the deal was ugly.\n\n"
        'Ortiz said the company "needed a change" and that she had saved it.'
    )
    doc = nlp(text)
    start = text.index("Carla Ortiz")
    body = doc.char_span(start, start + len("Carla Ortiz"), label="ORG")
    doc.set_ents([body], default="unmodified")
    a = find(attributions_from_doc(doc), text, "needed a change")
    assert speaker_name(a) == "Carla Ortiz"


def test_a_team_named_like_a_person_is_no_person():
    # "Cleveland" is a first name too: the team the model labels ORG stays a body
    text = (
        "Ana Ortiz is glad to win the support of Cleveland Cavaliers basketball star Leon "
        "Banks.\n\n"
        "Cleveland Cavaliers said in a statement that the star speaks for himself."
    )
    a = find(run(text), text, "speaks for himself")
    assert a.speaker is None or a.speaker.kind != "person"


def test_an_organisation_run_over_a_spaced_dash_ends_at_the_dash():
    text = (
        "The levy would raise only $40 million a year, according to the Coastal Budget "
        "Institute - half of what the council had promised."
    )
    a = find(run(text), text, "raise only $40 million")
    assert speaker_name(a) == "Coastal Budget Institute"


def test_a_place_owned_by_a_country_is_no_speaker():
    text = "Freedonia’s Pine Island Will Welcome Americans Fleeing The Election\n\nIt is a joke."
    for a in run(text):
        assert speaker_name(a) != "Pine Island"


def test_a_slogan_made_of_a_named_persons_surname_is_no_organisation():
    text = (
        "Senator Dolores Okafor is running for governor. Her critics are loud but few. "
        "And it is self-serving, because StopOkafor wants Okafor to lose, and lose big."
    )
    for a in run(text):
        if a.source_text(text) == "StopOkafor":
            assert a.speaker is None or a.speaker.kind == "anonymous"


def test_a_lone_word_set_beside_a_company_noun_is_an_organisation():
    text = (
        "Exporters have long complained about the tax. Brackwater, the Norwegian shipping "
        "company, says that it alone pays 20 million crowns a year in carbon levies."
    )
    a = find(run(text), text, "pays 20 million crowns")
    assert a.speaker is not None and a.speaker.kind != "person"


def test_a_first_name_the_model_ran_into_an_organisation_still_names_the_person():
    text = (
        "“He always wanted to make the family name known,” said his best friend at Kestrel "
        "College, Bruce Wexley, who roomed with him for two years. Mr. Wexley said the "
        "brothers rarely spoke after that summer."
    )
    a = find(run(text), text, "brothers rarely spoke")
    assert speaker_name(a) == "Bruce Wexley"


def test_an_adverb_opening_a_paragraph_is_nobody_a_pronoun_can_mean():
    text = (
        "“There is no way to keep the promises without new revenue,” said Mr. Halvorsen of "
        "the Fiscal Policy Forum.\n\n"
        "Frankly, “I think we will have a sales tax,” he said."
    )
    a = find(run(text), text, "we will have a sales tax")
    assert speaker_name(a) != "Frankly"


def test_a_body_the_model_joined_to_another_by_and_is_not_its_full_name():
    text = (
        "Rivals such as Quillon and Vantora have grown faster. Vantora said its users spent "
        "50 minutes a day on its apps."
    )
    a = find(run(text), text, "50 minutes a day")
    assert speaker_name(a) == "Vantora"


def test_initials_written_as_one_word_are_part_of_the_name():
    text = (
        "“The platform has changed its rules twice since spring,” said J.K. Varga, a fellow "
        "at the Centre for Online Harms. He said more changes would follow."
    )
    a = find(run(text), text, "changed its rules")
    assert speaker_name(a) == "J.K. Varga"


def test_a_first_name_before_a_surname_the_model_took_for_a_body_makes_a_person():
    text = (
        "Some of the blame belongs to the court, argues Ilya Varga. “The ruling was a "
        "mistake,” Varga wrote."
    )
    for a in run(text):
        if a.source_text(text) == "Ilya Varga":
            assert speaker_name(a) == "Ilya Varga" and a.speaker.kind == "person"


def test_a_lone_word_set_beside_a_place_noun_is_no_person():
    text = (
        "Millbrook — a town of 9,000, most of them mill workers — erupted in protests after "
        "the plant closed, saying the owners had lied to them for years."
    )
    for a in run(text):
        if a.source_text(text).startswith("Millbrook"):
            assert a.speaker is None or a.speaker.kind != "person"


def test_a_headline_describing_a_body_by_rank_is_the_body_the_article_names_next():
    text = (
        "Top Transit Group Will Run Ads Urging Candidates To Fund Night Buses.\n\n"
        "A major transit group is urging the mayoral candidates to fund night buses, through "
        "an ad campaign that starts on Monday. Riders Forward, which has 40,000 members, said "
        "the ads would run for a month."
    )
    for a in run(text):
        if a.speaker is not None and a.speaker.kind == "organisation":
            assert a.speaker.name != "Top Transit Group"


def test_a_name_after_a_networks_possessive_is_that_person():
    # the model labels the whole phrase an organisation
    text = "Fox News' Sean Hannity said on his show that the ferry plan would fail."
    a = find(run(text), text, "ferry plan would fail")
    assert (speaker_name(a), a.speaker.kind) == ("Sean Hannity", "person")


def test_a_quoted_title_the_model_labels_a_person_is_no_one(nlp):
    text = (
        "Critics in Leeds praised “Quiet Harbour: A Port Remade” on Friday.\n\n"
        "“It took us six years,” he said."
    )
    doc = nlp(text)
    start = text.index("Quiet Harbour")
    title = doc.char_span(start, start + len("Quiet Harbour"), label="PERSON")
    doc.set_ents([title], default="unmodified")
    a = find(attributions_from_doc(doc), text, "six years")
    assert speaker_name(a) != "Quiet Harbour"


def test_a_book_cited_by_title_and_author_is_the_authors():
    text = (
        'One Sunday in 2001, according to "Quiet Harbour: Ana Ruiz and the Remaking of the '
        'Port" by Ben Ortiz, Ruiz sat in her study and said she would go ahead.'
    )
    a = find(run(text), text, "she would go ahead")
    assert speaker_name(a) == "Ben Ortiz"


def test_a_name_after_a_networks_curly_possessive_is_that_person():
    text = "Fox News’ Sean Hannity said on his show that the ferry plan would fail."
    a = find(run(text), text, "ferry plan would fail")
    assert (speaker_name(a), a.speaker.kind) == ("Sean Hannity", "person")


def test_team_before_a_candidates_name_makes_no_person_called_team():
    text = (
        "Team Clinton sees the debate as a chance to win over young voters.\n\n"
        "Hillary Clinton said she would debate again.\n\n"
        "Clinton said the plan was sound."
    )
    atts = run(text)
    assert speaker_name(find(atts, text, "win over young voters")) == "Clinton campaign"
    assert speaker_name(find(atts, text, "the plan was sound")) == "Hillary Clinton"


def test_a_speaker_the_model_takes_for_a_place_is_the_person_written_in_full(nlp):
    # "Nefzi" is labelled a place each time; "Adel Nefzi" is labelled nothing
    text = (
        "Inside the hall, Adel Brenvik said the club would raise money for the families.\n\n"
        "Brenvik, a chemistry teacher, said he never saw the attacker at the club.\n\n"
        "A second man, Omar Haddad, had worshipped there for years.\n\n"
        "Brenvik sat in the room where he last saw him. He said that about 100 people came."
    )
    doc = nlp(text)
    start = text.index("Omar Haddad")
    spans = [doc.char_span(start, start + len("Omar Haddad"), label="PERSON")]
    for start in [i for i in range(len(text)) if text.startswith("Brenvik", i)]:
        if text[start - 5 : start] != "Adel ":
            spans.append(doc.char_span(start, start + len("Brenvik"), label="GPE"))
    doc.set_ents(spans, default="outside")
    a = find(attributions_from_doc(doc), text, "about 100 people came")
    assert speaker_name(a) == "Adel Brenvik"


def test_a_place_written_after_a_capitalised_word_stays_a_place(nlp):
    # "Poor Vesta, so far from the sea": a place, which "in Vesta" shows, not a person
    text = (
        "People there often say, 'Poor Vesta, so far from the sea.' Exports from Vesta have "
        "fallen for years.\n\n"
        "Vesta said the new tariff broke the trade pact."
    )
    doc = nlp(text)
    spans = [
        doc.char_span(i, i + len("Vesta"), label="GPE")
        for i in range(len(text))
        if text.startswith("Vesta", i)
    ]
    doc.set_ents(spans, default="outside")
    a = find(attributions_from_doc(doc), text, "broke the trade pact")
    assert speaker_name(a) != "Poor Vesta"


def test_one_person_of_a_people_or_place_is_no_body():
    text = (
        "Another Muslim who prays at the center said he had never met the gunman.\n\n"
        '"Those are very skilled governors," the Texan said.'
    )
    atts = run(text)
    for needle in ("never met the gunman", "very skilled governors"):
        a = find(atts, text, needle)
        assert a.speaker is None or a.speaker.kind != "organisation"


def test_a_host_after_the_networks_name_is_that_person():
    text = "Fox News Sean Hannity said on his show that the ferry plan would fail."
    a = find(run(text), text, "ferry plan would fail")
    assert (speaker_name(a), a.speaker.kind) == ("Sean Hannity", "person")


def test_a_rank_the_source_was_cut_at_is_the_person_named_after_it():
    # the source stops at "1st" (the full stop of "Lt." ends the parse): no "Air Force 1st"
    text = (
        "The strikes will continue through the winter. "
        '"We have the ships," said Air Force 1st Lt. Dara Venn, a pilot.'
    )
    a = find(run(text), text, "We have the ships")
    assert speaker_name(a) == "Dara Venn"


@pytest.mark.parametrize(
    ("full", "opening"),
    [("Vanessa Dorrance", "For a short time, "), ("Whit Dorrance", "Concord resident ")],
)
def test_a_name_labelled_a_body_is_a_person_when_the_surname_is_also_written_alone(
    nlp, full, opening
):
    # the model labels the full name a body and each "Dorrance" alone a place
    text = (
        f"{opening}{full} considered selling her car to pay for school. "
        '"I do well," said Dorrance, who graduated in 2009.'
    )
    doc = nlp(text)
    spans = [doc.char_span(text.index(full), text.index(full) + len(full), label="ORG")]
    alone = text.index("Dorrance,")
    spans.append(doc.char_span(alone, alone + len("Dorrance"), label="GPE"))
    doc.set_ents(spans, default="outside")
    a = find(attributions_from_doc(doc), text, "I do well")
    assert (speaker_name(a), a.speaker.kind) == (full, "person")


def test_a_word_labelled_a_body_more_often_than_a_person_is_no_one(nlp):
    text = (
        "Tomas Reyne signed a licensing deal with Quillex in 2012. "
        "Olga Varn, vice chairman of Quillex, praised the partnership. "
        "Most of the 7,600 employees of Quillex work abroad. "
        '"Quillex has been a trusted partner for years," she said.'
    )
    doc = nlp(text)
    spans = []
    for label, start in zip(("ORG", "ORG", "PERSON", "ORG"), _starts(text, "Quillex"), strict=True):
        spans.append(doc.char_span(start, start + len("Quillex"), label=label))
    for name in ("Tomas Reyne", "Olga Varn"):
        spans.append(doc.char_span(text.index(name), text.index(name) + len(name), "PERSON"))
    doc.set_ents(spans, default="outside")
    a = find(attributions_from_doc(doc), text, "a trusted partner")
    assert speaker_name(a) != "Quillex"


def _starts(text: str, word: str) -> list[int]:
    return [i for i in range(len(text)) if text.startswith(word, i)]


def test_a_name_written_only_after_an_article_is_a_thing_not_a_person():
    text = (
        "The family of Sgt. Tomas Reyne was given a Purple Heart on Monday. "
        "The Purple Heart is awarded to those wounded in combat. "
        "He said the award meant a great deal to him."
    )
    a = find(run(text), text, "the award meant a great deal")
    assert speaker_name(a) == "Tomas Reyne"


def test_a_one_name_singer_the_model_labels_a_place_more_often_stays_a_person(nlp):
    text = (
        "The evening honoured women like Zulay and Maren Ost. "
        "Messages came from superstars Maren Ost and Zulay. "
        'Zulay spoke about self-acceptance. "Love yourself first," she said.'
    )
    doc = nlp(text)
    spans = []
    for label, start in zip(("GPE", "GPE", "PERSON"), _starts(text, "Zulay"), strict=True):
        spans.append(doc.char_span(start, start + len("Zulay"), label=label))
    for start in _starts(text, "Maren Ost"):
        spans.append(doc.char_span(start, start + len("Maren Ost"), label="PERSON"))
    doc.set_ents(spans, default="outside")
    a = find(attributions_from_doc(doc), text, "Love yourself first")
    assert speaker_name(a) == "Zulay"


def test_his_after_someone_named_earlier_in_the_sentence_teaches_no_gender():
    # "his vote" is Brenn's: Amadi, whose first name says nothing, stays free for "she"
    text = (
        "While Pavel Brenn has argued that the levy on ferries amounted to theft, Zorelle "
        "Amadi has repeatedly called his vote a betrayal of the islands. "
        "“We cannot wait another year,” she said."
    )
    a = find(run(text), text, "cannot wait another year")
    assert speaker_name(a) == "Zorelle Amadi"


def test_he_does_not_go_to_an_unnamed_woman_just_before():
    # "his mother" is the unnamed speaker last before "he", but a "he" is no mother
    text = (
        "Admiral Tomas Vell took command of the northern fleet in March. When his parents "
        "settled by the harbour, his mother would not let him learn the fishing songs, arguing "
        "that her boy should study charts instead. That choice still marks him. "
        "“They want to paint me as an outsider here, and that is unkind,” he said."
    )
    a = find(run(text), text, "paint me as an outsider")
    assert speaker_name(a) == "Tomas Vell"


def test_the_administration_is_the_one_administration_the_article_names():
    text = (
        "The Marren administration has promised to close the island prison within a year. "
        "Critics in the legislature said the plan lacked detail. The administration said it "
        "was trying hard to meet the deadlines the assembly set."
    )
    a = find(run(text), text, "trying hard")
    assert speaker_name(a) == "Marren administration"


def test_the_administration_beside_two_named_administrations_is_no_one():
    text = (
        "The Marren administration traded two prisoners last year, as the Oskar "
        "administration had done a decade earlier. The administration said it did not regret "
        "the exchange."
    )
    a = find(run(text), text, "did not regret")
    assert a.speaker is None or a.speaker.name == "administration"


def test_a_second_who_joined_by_and_is_the_same_person():
    text = (
        "Senator Ted Vosk of Calder, who last spring vowed to block the budget, "
        "and who has been hoping to lure voters away from Mr. Ruel, swiftly aired "
        "an attack ad."
    )
    a = find(run(text), text, "lure voters away")
    assert speaker_name(a) == "Ted Vosk"


def test_the_company_is_the_body_named_most_often_by_its_short_name():
    text = (
        "Shares of Veltrex Pharmaceuticals International dropped by half on Tuesday. Lars "
        "Vett, whose Harbor Crest Capital Management fund holds a big stake, is down more "
        "than $3 billion on the wager.\n"
        "Veltrex is under a state inquiry over its billing. Veltrex has also been taken to "
        "court by investors. On Tuesday, the company said it could not publish its yearly "
        "accounts on schedule."
    )
    a = find(run(text), text, "accounts on schedule")
    assert speaker_name(a) == "Veltrex Pharmaceuticals International"


def test_she_inside_the_question_put_to_someone_teaches_no_gender():
    # "she" in the question is someone else: "He answered" is still Blenth's
    text = (
        "Adviser Zorvan Blenth spoke on the morning broadcast of the Harbor Channel on "
        "Wednesday.\n"
        "Blenth was asked, “Had you heard she kept a private ledger, would you have warned "
        "her against it?” He answered, “I cannot say. We go back a long way.”"
    )
    a = find(run(text), text, "go back a long way")
    assert speaker_name(a) == "Zorvan Blenth"


def test_a_name_in_the_title_does_not_stop_the_pronoun_teaching_gender():
    # "Marren" is part of Blenth's title, not someone "his" may mean
    text = (
        "Former Marren Senior Adviser Zorvan Blenth said that he knew nothing of the "
        "ledger. Blenth was asked, “Had you heard she kept a ledger, would you have warned "
        "her?” He answered, “I knew nothing.”"
    )
    a = find(run(text), text, "I knew nothing")
    assert speaker_name(a) == "Zorvan Blenth"


def test_the_admiral_is_the_admiral_the_article_names():
    text = (
        "Admiral Tomas Vell has called the reef dredging reckless. “Some will call the talk "
        "of his family unfair,” the Harbor Wire agency wrote.\n"
        "The remarks served two aims, the admiral said. “They want to paint me as an outsider "
        "here, and that is unkind,” he said."
    )
    a = find(run(text), text, "paint me as an outsider")
    assert speaker_name(a) == "Tomas Vell"
    b = find(run(text), text, "served two aims")
    assert speaker_name(b) == "Tomas Vell"


def test_described_party_members_are_a_group_not_the_party():
    text = (
        "The Vestian Party met in Dunmore on Monday. That was impossible. And so, committed "
        "Vestians have argued that Ortiz betrayed them ever since he entered office."
    )
    a = find(run(text), text, "Ortiz betrayed")
    assert a.speaker is None or a.speaker.kind == "group"
    assert speaker_name(a) != "Vestians"


def test_a_name_given_as_an_example_of_a_group_is_not_the_speaker():
    text = (
        "Rilla Vance has called for new taxes on fund managers. These proposals have been "
        "applauded by Harbor Street critics, including prize-winning economist Tomas Verlund."
    )
    a = find(run(text), text, "These proposals")
    assert speaker_name(a) != "Tomas Verlund"


def test_a_description_after_a_name_in_its_own_sentence_is_someone_else():
    text = (
        "Tomas Ruel Speaks On Why Farmers Feel Forgotten.\n\n"
        "In a conversation with Radio Nine’s Alyona Perkova about his new show, the actor "
        "discussed the absence of farmers in films. “Just imagine you never see yourself "
        "on screen,” he said."
    )
    atts = run(text)
    assert speaker_name(find(atts, text, "absence of farmers")) != "Alyona Perkova"
    assert speaker_name(find(atts, text, "never see yourself")) != "Alyona Perkova"


def test_we_in_the_articles_own_words_is_not_the_body_that_spoke_last():
    text = (
        "The Harlow Institute said voters are shifting toward Ortiz. But, as we learned in "
        "Dunmore, his lead could be tenuous."
    )
    a = find(run(text), text, "lead could be tenuous")
    assert speaker_name(a) != "Harlow Institute"


def test_they_after_other_bodies_named_in_the_plural_is_not_the_body_that_spoke_before():
    text = (
        "The Harlow Institute said it spent $1 million against Ortiz.\n\n"
        "Other money came from the nonprofit groups Harbor Action, Vale Fund and Citizens "
        "for Dunmore. They have said the mailers will help Ortiz's rival."
    )
    a = find(run(text), text, "mailers will help")
    assert speaker_name(a) != "Harlow Institute"


def test_a_surname_two_people_share_is_the_one_whose_pronoun_goes_on_with_its_speech():
    text = (
        "Rosa Venn, the daughter of former Vice President Dirk Venn, won the primary on "
        "Tuesday.\n\nDirk Venn held the seat from 1979 to 1989. He later ran the defense "
        "department.\n\nIncumbent Rep. Ana Ruiz was not seeking another term.\n\n"
        "“Now it is time to look forward,” Venn said in a statement.\n\n"
        "“Our freedom is under assault from a careless government,” she said."
    )
    atts = run(text)
    assert speaker_name(find(atts, text, "time to look forward")) == "Rosa Venn"
    assert speaker_name(find(atts, text, "freedom is under assault")) == "Rosa Venn"


def test_she_going_on_from_a_surname_two_men_share_is_no_other_woman():
    text = (
        "Paul Venn, the son of former Vice President Dirk Venn, won the primary on "
        "Tuesday.\n\nDirk Venn held the seat from 1979 to 1989. He later ran the defense "
        "department.\n\nIncumbent Rep. Ana Ruiz was not seeking another term.\n\n"
        "“Now it is time to look forward,” Venn said in a statement.\n\n"
        "“Our freedom is under assault from a careless government,” she said."
    )
    a = find(run(text), text, "freedom is under assault")
    assert a.source_text(text) == "she"
    assert a.speaker is None or a.speaker.kind not in ("person", "organisation")


def test_he_going_on_from_a_shared_surname_goes_to_its_man_and_a_possessive_surname_is_no_speech():
    text = (
        "Venn Accepts Nomination.\n\n"
        "CLEVELAND - Dirk Venn accepted the nomination on Thursday night. His daughter Rosa "
        "Venn introduced him.\n\n"
        "Venn blamed the governor directly for the past decade of failed policies.\n\n"
        '"This is the legacy of the governor: decline and weakness," he said.\n\n'
        "Earlier, Sheriff Tom Okafor, a fixture of county politics for thirty years, vouched "
        "for Venn's proposal to build a dam along the river.\n\n"
        'He said, "Dirk Venn will build the dam."\n'
    )
    atts = run(text)
    assert speaker_name(find(atts, text, "past decade of failed")) == "Dirk Venn"
    assert speaker_name(find(atts, text, "legacy of the governor")) == "Dirk Venn"
    assert speaker_name(find(atts, text, "will build the dam")) == "Tom Okafor"


def test_a_bare_first_surname_is_the_person_named_with_both():
    # a Spanish name: both surnames when introduced, then the first alone
    text = (
        "“Guarantees help when the venture is sound,” said Marisol Quintero Vidal, the "
        "president of the harbour bank.\n"
        "Ms. Quintero said the fund had run out of cash in June."
    )
    a = find(run(text), text, "run out of cash")
    assert speaker_name(a) == "Marisol Quintero Vidal"


def test_a_name_cut_before_its_second_surname_is_the_whole_name():
    # the model ends the first mention early ("Joaquín Peñalba | Nieves"); the article then
    # writes both surnames
    text = (
        "He spent an hour with President Joaquín Peñalba Nieves - but when the two men "
        "emerged, the mood had changed.\n"
        "On Thursday Peñalba Nieves, contradicting the guest, said he had never agreed to "
        "pay.\n"
        "Peñalba Nieves said that migration had peaked ten years ago."
    )
    atts = run(text)
    for needle in ("agreed to pay", "migration had peaked"):
        assert speaker_name(find(atts, text, needle)) == "Joaquín Peñalba Nieves"


def test_a_town_the_model_once_labels_a_person_is_no_one():
    # "Brockton" labelled a place where the article writes "in Brockton", a person once
    # ("and Brockton became his home"): no pronoun or role noun may land on the town
    text = (
        "Refugees keep arriving in Brockton, Ga., a town of 13,000 east of the city.\n"
        "But in Brockton, refugees from Sudan found work quickly. Brockton has a long "
        "record of taking them in, the mayor said.\n"
        "Luis Sahar, the church shelter's volunteer director, came to Brockton from "
        "Eritrea in 2012 after years of fighting. He got a bike and a job at the shelter, "
        "and Brockton became his home. Lately, he said, he has noticed that the rest of the "
        "state is less welcoming.\n"
        "“People still judge us by our accents,” he said."
    )
    atts = run(text)
    assert "Brockton" not in {speaker_name(a) for a in atts}
    assert speaker_name(find(atts, text, "judge us by our accents")) == "Luis Sahar"


def test_a_preposition_the_model_ran_into_a_word_is_no_person():
    # "Among Latinos" labelled a person at a sentence's start: no one for "she" to mean
    text = (
        "Her standing with older voters slipped badly this winter, the survey found. "
        "Among Latinos, her lead is now just three points, down from 25 points. "
        "She said the numbers would recover."
    )
    a = find(run(text), text, "numbers would recover")
    assert speaker_name(a) != "Among Latinos"


def test_a_law_named_by_two_hyphened_surnames_is_no_person():
    # "the Harlow-Brandt Act", then "Harlow-Brandt aimed to …": a law, no one to browse
    text = (
        "Both parties now want to bring back the Harlow-Brandt Act, a law from the "
        "Depression. Harlow-Brandt aimed to protect the ordinary people who put their "
        "savings in banks, and ordered that those banks separate themselves from "
        "speculative trading."
    )
    speakers = [a.speaker for a in run(text) if a.speaker is not None]
    assert speakers
    assert all(s.kind != "person" for s in speakers)


def _labelled(nlp, text: str, names: dict[str, str]):
    """The text parsed, with each name labelled as given wherever it stands."""
    doc = nlp(text)
    spans = [
        doc.char_span(start, start + len(name), label=label)
        for name, label in names.items()
        for start in _starts(text, name)
    ]
    doc.set_ents(spans, default="outside")
    return doc


def test_a_headline_verb_after_to_is_no_part_of_the_name_after_it(nlp):
    # "… Votes To Condemn Maria Delgado's Port Plan": the model runs the verb into the name
    text = (
        "Millbrook Votes To Condemn Maria Delgado’s Port Plan.\n\n"
        "Maria Delgado said on Friday that the port would stay open."
    )
    doc = _labelled(nlp, text, {"Condemn Maria Delgado": "PERSON"})
    a = find(attributions_from_doc(doc), text, "the port would stay open")
    assert speaker_name(a) == "Maria Delgado"


def test_a_name_after_an_article_and_a_noun_for_a_thing_is_a_thing_not_a_person(nlp):
    # "the same Velvet Lantern posters", "a replica Copper Lantern": a film's, an award's name
    text = (
        "Nadia Perell spent her twenties in Tarlow. Her old room was covered with the same "
        'Velvet Lantern and Harbour Kings posters. "I keep them for luck," she said.'
    )
    doc = _labelled(nlp, text, {"Nadia Perell": "PERSON", "Velvet Lantern": "PERSON"})
    a = find(attributions_from_doc(doc), text, "I keep them for luck")
    assert speaker_name(a) == "Nadia Perell"


def test_a_noun_for_someone_between_the_article_and_the_name_keeps_the_person(nlp):
    text = 'The crowd cheered the veteran actor Ivo Brantley at the gala. "I am grateful," he said.'
    doc = _labelled(nlp, text, {"Ivo Brantley": "PERSON"})
    a = find(attributions_from_doc(doc), text, "I am grateful")
    assert speaker_name(a) == "Ivo Brantley"


def test_a_quoted_coinage_before_a_platform_name_is_no_first_name(nlp):
    # "call the forum ''Vakar Zlinter,''": a nickname's first word, not the platform's given name
    text = (
        "Some users call the site ''Vakar Zlinter,'' a joke about its rules. "
        "Zlinter said on Monday that it would remove such accounts."
    )
    doc = _labelled(nlp, text, {"Zlinter": "PERSON"})
    a = find(attributions_from_doc(doc), text, "it would remove such accounts")
    assert speaker_name(a) == "Zlinter"


def test_an_editors_brackets_inside_a_name_are_no_part_of_it(nlp):
    text = "In the letter, Major [Ivo] Brant said the unit was ready to move."
    doc = _labelled(nlp, text, {"Ivo] Brant": "PERSON"})
    a = find(attributions_from_doc(doc), text, "the unit was ready to move")
    assert speaker_name(a) == "Ivo Brant"


def test_a_heading_run_into_the_next_sentence_leaves_its_article_out_of_the_name(nlp):
    # "Cheers, Ms. Vantree The central bank's chief, …": a heading with no stop, whose last
    # word the model ran into the next sentence's opening "The"
    text = (
        "Cheers, Ms. Vantree The central bank's chief, Odile Vantree, at the head table, was "
        "scolded by bond dealers all year for moving so slowly. Still, she waited until she was "
        "sure she could lift borrowing costs and keep markets calm."
    )
    doc = _labelled(nlp, text, {"Vantree The": "PERSON", "Odile Vantree": "PERSON"})
    a = find(attributions_from_doc(doc), text, "she could lift borrowing costs")
    assert speaker_name(a) == "Odile Vantree"


def test_a_name_opening_on_a_plural_noun_for_people_is_a_body(nlp):
    # "obtained by Voters Forward, the advocacy group": a group's name the model took for a
    # person's
    text = (
        "Ana Lurie runs the fund. An email obtained by Voters Forward, the conservative "
        "advocacy group, mentioned the name of Mr. Dalen, described as one of the region's "
        "''most generous donors,'' in a note to the charity."
    )
    doc = _labelled(nlp, text, {"Voters Forward": "PERSON"})
    a = find(attributions_from_doc(doc), text, "the name of Mr. Dalen")
    assert a.speaker is not None and a.speaker.kind == "organisation"


def test_a_name_opening_on_a_places_first_word_is_no_one(nlp):
    text = (
        "Jarek Olin runs the ferry. Last winter Cape Marrow lost its only doctor. "
        "He said the island had changed."
    )
    doc = _labelled(nlp, text, {"Cape Marrow": "PERSON", "Jarek Olin": "PERSON"})
    a = find(attributions_from_doc(doc), text, "the island had changed")
    assert speaker_name(a) == "Jarek Olin"


def test_a_one_word_name_only_after_an_article_and_a_noun_is_a_place(nlp):
    # "filled the downtown Arvex": a hall the model labelled a person
    text = (
        "SALTHAM - The last time Lino Saro came here, he was still a contender. Two thousand "
        "fans filled the downtown Arvex to hear him. This time he said the movement would "
        "outlast him."
    )
    doc = _labelled(nlp, text, {"Arvex": "PERSON", "Lino Saro": "PERSON"})
    a = find(attributions_from_doc(doc), text, "the movement would outlast him")
    assert speaker_name(a) == "Lino Saro"


def test_two_headline_words_modifying_a_noun_are_no_persons_name(nlp):
    # "Mayor Wants Harbor Scout Leaders Fired": the scouts' name modifies "Leaders"
    text = (
        "Mayor Wants Harbor Scout Leaders Fired For Skipping Parade.\n\n"
        "After he mocked the town's rowing club, Mayor Dario Quint has now turned on the "
        "Harbor Scouts. Quint said the troop had embarrassed the town."
    )
    doc = _labelled(nlp, text, {"Wants Harbor Scout": "PERSON", "Dario Quint": "PERSON"})
    a = find(attributions_from_doc(doc), text, "the town's rowing club")
    assert speaker_name(a) == "Dario Quint"


def test_a_nickname_in_quotation_marks_is_no_part_of_the_persons_name():
    # 'Daniel “Dusty” Okafor' is Daniel Okafor, the page his bare "Okafor" also goes to
    text = (
        "Former CIA analyst Daniel “Dusty” Okafor found both plans flawed.\n\n"
        "“Neither one will ever hold,” Okafor said."
    )
    atts = run(text)
    assert speaker_name(find(atts, text, "both plans flawed")) == "Daniel Okafor"
    assert speaker_name(find(atts, text, "Neither one")) == "Daniel Okafor"


def test_a_name_the_model_ends_inside_its_nickname_goes_on_to_the_surname():
    # the model labels 'Marine John “Tig' a person and 'Varga' a body: one person, named
    # by first name and surname, whom the bare "Varga" means
    text = (
        "Former spy and Marine John “Tig” Varga found both plans flawed.\n\n"
        "“Neither one will ever hold,” Varga said."
    )
    a = find(run(text), text, "Neither one")
    assert a.speaker is not None and a.speaker.kind == "person"
    assert speaker_name(a).endswith("John Varga")


def test_a_name_after_a_phrase_like_at_the_moment_is_still_a_person():
    # "the moment" is a phrase of its own, not a word saying which thing the name is (as
    # "a replica Purple Heart" is): Chris Vantage is a person, and his bare surname is him
    text = (
        "At the moment Chris Vantage of Dover leads the field.\n\n"
        "“We are not taking anything for granted,” Vantage said."
    )
    a = find(run(text), text, "taking anything for granted")
    assert speaker_name(a) == "Chris Vantage"


@pytest.mark.parametrize(
    ("him", "her"),
    [("Oswin", "Marisol"), ("Quorvel", "Zandeth")],  # first names the list knows, and not
)
def test_a_couple_named_with_one_surname_is_two_people_their_titles_tell_apart(him, her):
    text = (
        f"The feud between the parents, {him} and {her} Tarrant, and the mayor has become "
        "the talk of the town.\n\n"
        "Mr. Tarrant said the mayor had shown contempt for the family. "
        "“He has never met our son,” Mr. Tarrant said.\n\n"
        "Mrs. Tarrant said she had stayed silent at the meeting because she could not hold "
        "back her tears. “Nobody asked me why I was quiet,” she said."
    )
    found = run(text)
    assert speaker_name(find(found, text, "never met our son")) == f"{him} Tarrant"
    assert speaker_name(find(found, text, "stayed silent")) == f"{her} Tarrant"
    assert speaker_name(find(found, text, "Nobody asked me")) == f"{her} Tarrant"


def test_a_name_the_model_begins_at_its_particle_keeps_its_first_name_and_title():
    # the small model labels only "Bin Qasimir": "Prince Turqi" and "the prince" are he
    text = (
        "Gulf investor taunts Trump online.\n\n"
        "Jordanian Prince Turqi Bin Qasimir ridiculed Donald Trump's latest post about his "
        "golf courses.\n\n"
        "“You bought my yacht at half price; shall I sell you another?” wrote Prince Turqi, "
        "the cousin of the late emir and a fellow hotel owner, on Friday.\n\n"
        "Last spring, the prince urged Trump to leave the race, calling him “an embarrassment "
        "to his own party.”"
    )
    found = run(text)
    assert speaker_name(find(found, text, "latest post")) == "Turqi Bin Qasimir"
    assert speaker_name(find(found, text, "bought my yacht")) == "Turqi Bin Qasimir"
    assert speaker_name(find(found, text, "an embarrassment")) == "Turqi Bin Qasimir"


def test_a_bare_surname_two_brothers_share_equally_is_the_one_just_named():
    text = (
        "Among the defendants were the brothers Oswin and Rafe Dunmore, who led the sit-in at "
        "the depot.\n\n"
        "In one video, the blogger walks beside Oswin Dunmore through the car park. "
        "“Tell everyone to come to the depot tonight,” Dunmore says to the camera."
    )
    a = find(run(text), text, "come to the depot")
    assert speaker_name(a) == "Oswin Dunmore"


def test_a_woman_the_model_left_unlabelled_is_not_the_man_of_her_surname():
    # "Mayla Pellow" labelled no person; "Marcus Pellow" is: she is his daughter, not he
    text = (
        "Mayla Pellow champions flexible hours, but her own company lags.\n\n"
        "Senator Marcus Pellow has promised to expand paid leave if he wins the race.\n\n"
        "Mayla Pellow said at the rally that her father would make child care affordable. "
        "“No parent should have to choose between a job and a newborn,” she said.\n\n"
        "Mayla Pellow, who runs the label, told a local paper that she took off only five "
        "days after her son was born. “I was back at my desk within a week,” she said."
    )
    found = run(text)
    for words in ("her father would", "No parent should", "five days", "back at my desk"):
        assert speaker_name(find(found, text, words)) == "Mayla Pellow"


def test_a_body_named_before_the_word_for_its_medium_is_that_body():
    text = "Time magazine wrote that the river port had doubled its freight in a year."
    a = find(run(text), text, "doubled its freight")
    assert speaker_name(a) == "Time"


def test_a_body_named_before_another_kind_of_body_stays_that_kind():
    # a Senate committee is not the Senate speaking
    text = "The Senate committee said that the hearing would resume in March."
    a = find(run(text), text, "hearing would resume")
    assert speaker_name(a) != "Senate"


def test_a_first_name_the_model_left_before_two_surnames_is_part_of_the_name():
    # the model labels only "Wasserstein Kohl" a person: "Debbie" before it is her first
    # name, and "Wasserstein Kohl said" later is the same woman
    text = (
        "Harbor Council Chair Debbie Wasserstein Kohl dismissed the complaints about the "
        "fund. “We broke no rules,” Wasserstein Kohl said."
    )
    atts = run(text)
    assert speaker_name(find(atts, text, "complaints about the fund")) == (
        "Debbie Wasserstein Kohl"
    )
    assert speaker_name(find(atts, text, "We broke no rules")) == "Debbie Wasserstein Kohl"


def test_a_name_the_model_labelled_a_product_is_the_person_named_by_its_surname(nlp):
    # the model labels "Lucan Wade" a product; "Wade" alone speaks later: one man
    text = (
        "The talk turned when author and firebrand Lucan Wade took the stage. Standing in "
        'for the senator, Wade landed a sharp dig at the mayor. "We were promised a bridge," '
        "he said."
    )
    doc = nlp(text)
    start = text.index("Lucan Wade")
    name = doc.char_span(start, start + len("Lucan Wade"), label="PRODUCT")
    doc.set_ents([name], default="outside")  # and "Wade" alone no entity, as in the article
    a = find(attributions_from_doc(doc), text, "promised a bridge")
    assert speaker_name(a) == "Lucan Wade"


def test_a_quoted_nickname_the_model_cut_the_name_at_joins_first_name_and_surname(nlp):
    # 'Robert "Rip" | Halloran' labelled as two people: one man, Robert Halloran
    text = (
        'The idea came from the chemist Robert "Rip" Halloran. In 2001, Halloran rushed to '
        "meet the chief. He said the board should buy the rival at once."
    )
    doc = nlp(text)
    first = text.index('Robert "Rip"')
    ents = [
        doc.char_span(first, first + len('Robert "Rip"'), label="PERSON"),
        doc.char_span(
            first + len('Robert "Rip" '), first + len('Robert "Rip" Halloran'), label="PERSON"
        ),
    ]
    doc.set_ents(ents, default="unmodified")
    a = find(attributions_from_doc(doc), text, "buy the rival")
    assert speaker_name(a) == "Robert Halloran"


def test_a_role_noun_after_a_colleges_name_is_not_that_college(nlp):
    # "even after federal judge ruled …": the school the model labelled a person is no
    # one the judge could be
    text = (
        "The agency has been slow to cancel the loans of students from the defunct Harbour "
        "Colleges, even after federal judge found that the academy had misled them."
    )
    doc = _labelled(nlp, text, {"Harbour Colleges": "PERSON"})
    a = find(attributions_from_doc(doc), text, "the academy had misled them")
    assert speaker_name(a) != "Harbour Colleges"
    assert a.speaker is None or a.speaker.kind != "person"


def test_a_universitys_name_the_model_took_for_a_person_is_an_organisation(nlp):
    text = "Varna University said the study was flawed. Frank Orlo said the panel would meet."
    doc = _labelled(nlp, text, {"Varna University": "PERSON", "Frank Orlo": "PERSON"})
    atts = attributions_from_doc(doc)
    university = find(atts, text, "the study was flawed")
    assert speaker_name(university) == "Varna University"
    assert university.speaker.kind == "organisation"
    assert find(atts, text, "the panel would meet").speaker.kind == "person"


def test_a_place_of_a_country_speaking_is_no_person():
    # "Canada's Cape Marrow says …": the island's tourism campaign, not someone called Cape
    text = (
        "Canada's Cape Marrow says it will welcome Americans who want to leave. "
        "Cape Marrow says it has room for everyone."
    )
    atts = run(text)
    for needle in ("it will welcome Americans", "it has room for everyone"):
        a = find(atts, text, needle)
        assert a.speaker is None or a.speaker.kind != "person"


def test_a_bodys_name_without_its_purpose_is_the_body_the_article_named_in_full():
    text = (
        "The Harlow Center for Justice said the ruling would hurt voters. The Harlow Center "
        "also said the state should appeal."
    )
    atts = run(text)
    assert speaker_name(find(atts, text, "the state should appeal")) == (
        "Harlow Center for Justice"
    )


def test_a_bodys_name_the_model_ran_over_a_comma_ends_at_the_comma(nlp):
    text = (
        "According to a fresh report by Politico, Harbour party officials are working to "
        "draw voters to the ballot box."
    )
    doc = _labelled(nlp, text, {"Politico, Harbour party": "ORG"})
    a = find(attributions_from_doc(doc), text, "officials are working")
    assert speaker_name(a) == "Politico"


def test_a_person_of_a_body_the_model_labelled_one_body_is_the_person_when_who_follows(nlp):
    # "said Tamsin Okoro of Harbour Watch, who observed …": her first name is unlisted, and
    # "who" says the phrase the model labelled an organisation begins with someone's name
    text = (
        '"People waited hours in the sun," said Tamsin Okoro of Harbour Watch, who '
        "observed voting in the north."
    )
    doc = _labelled(nlp, text, {"Tamsin Okoro of Harbour Watch": "ORG"})
    a = find(attributions_from_doc(doc), text, "People waited hours")
    assert speaker_name(a) == "Tamsin Okoro"
    assert a.speaker.kind == "person"


def test_an_attorney_generals_abbreviated_title_is_no_part_of_the_name(nlp):
    text = (
        "Former AG Merrow at the Summit: The scandal disqualifies her.\n\n"
        "PORTVILLE (UPI) -- Former Attorney General Tom Merrow told the summit on Monday that "
        "the inquiry had closed too soon."
    )
    doc = nlp(text)
    # the model takes the abbreviated title into the name: "AG Merrow"
    first = text.index("AG Merrow")
    full = text.index("Tom Merrow")
    doc.set_ents(
        [
            doc.char_span(first, first + len("AG Merrow"), label="PERSON"),
            doc.char_span(full, full + len("Tom Merrow"), label="PERSON"),
        ],
        default="outside",
    )
    a = find(attributions_from_doc(doc), text, "The scandal disqualifies her")
    assert speaker_name(a) == "Tom Merrow"


def test_three_people_named_as_one_source_speak_together_not_as_one_of_them():
    text = (
        "Council members Mira Castell, Owen Pryce and Lena Dubois have all attacked the "
        "parking plan. Castell said the fees would drive shoppers away."
    )
    together = find(run(text), text, "the parking plan")
    assert together.speaker.kind == "group"
    # the title before the names describes them all: each is a member
    assert [m.name for m in together.speaker.members] == [
        "Mira Castell",
        "Owen Pryce",
        "Lena Dubois",
    ]
    alone = find(run(text), text, "fees would drive shoppers away")
    assert speaker_name(alone) == "Mira Castell"


def test_the_panel_is_the_committee_the_article_named():
    text = (
        "Members of the Harbour Safety Committee toured the east pier on Tuesday with the "
        "port's chief engineer, Lena Brandt.\n\n"
        "The panel said that the pier would need new pilings before winter."
    )
    a = find(run(text), text, "new pilings")
    assert a.source_text(text) == "The panel"
    assert speaker_name(a) == "Harbour Safety Committee"


def test_a_name_after_the_verb_is_no_apposition_of_the_plural_subject():
    # the parser hangs the first name of the list on "trustees"
    text = (
        "The trustees also cited the careers of three retired harbour pilots, Sen. Frank "
        "Osei of Utah and former Gov. Peter Whitcombe of Maine."
    )
    a = find(run(text), text, "the careers")
    assert a.source_text(text) == "The trustees"
    assert a.speaker.kind == "group"


def test_who_after_an_aside_between_dashes_is_the_noun_before_the_aside():
    text = (
        "The council invited a string of port veterans — from the old harbour master, Tom "
        "Hale, to the pilot Lena Brandt — who will argue that the dock must stay public."
    )
    a = find(run(text), text, "dock must stay public")
    assert a.source_text(text) == "who"
    assert a.speaker.kind == "group"
    assert a.speaker.name == "port veterans"


def test_a_holiday_named_for_someone_is_no_person():
    text = (
        "The florist sold out of roses on Valentine's Day. "
        '"We could have sold twice as many," he said.'
    )
    a = find(run(text), text, "sold twice as many")
    assert a.speaker is None or a.speaker.name != "Valentine"


def test_a_wifes_first_name_outside_the_name_list_still_takes_the_surname():
    # "Jane" is borne by enough men in the name data to be left out of its clear-cut list
    text = (
        "Senator Tom Hale said closed primaries shut out young voters. "
        "Speaking on the radio, his wife, Jane, urged the party to let independents vote."
    )
    a = find(run(text), text, "let independents vote")
    assert a.source_text(text) == "his wife, Jane"
    assert speaker_name(a) == "Jane Hale"


def test_a_describing_word_before_an_organisations_name_is_left_out_of_it():
    # The model runs "state" into the name; the body's page is the Division itself.
    text = (
        "Ticket sales fell by a fifth, the state Division of Harbor Lotteries reported.\n\n"
        "The city of Lyon said it would appeal."
    )
    atts = run(text)
    assert speaker_name(find(atts, text, "Ticket sales")) == "Division of Harbor Lotteries"
    assert speaker_name(find(atts, text, "appeal")) == "city of Lyon"


def test_a_super_pac_is_named_without_the_word_for_its_kind():
    text = (
        "The pro-Ruiz super PAC Harbor Families Action bought radio time in Dover on Friday, "
        "saying the race was close."
    )
    a = find(run(text), text, "the race was close")
    assert speaker_name(a) == "Harbor Families Action"


def test_a_lower_case_description_ending_a_named_bodys_name_is_that_body():
    text = (
        "Harbour tolls will rise next spring, the Regional Harbour Budget Office reported on "
        "Tuesday.\n\n"
        "The budget office said the rise would pay for two new cranes."
    )
    a = find(run(text), text, "two new cranes")
    assert speaker_name(a) == "Regional Harbour Budget Office"


def test_an_acronym_that_only_describes_is_no_persons_name(nlp):
    # The model labels "LGBTQ" of "the LGBTQ community" a person; the article never has it
    # speak or act, so the "he" after it goes elsewhere.
    text = (
        "Tom Hale spoke at a vigil on Sunday. Many there had come from the LGBTQ community. "
        "He said the town would stand together, and he praised LGBTQ volunteers."
    )
    doc = _labelled(nlp, text, {"LGBTQ": "PERSON", "Tom Hale": "PERSON"})
    a = find(attributions_from_doc(doc), text, "stand together")
    assert speaker_name(a) == "Tom Hale"


def test_the_company_is_the_body_whose_words_the_sentence_before_reported(nlp):
    # The model labels "Twitter" a person, so it is not among the bodies it named; the
    # company that just spoke is still the one meant, not the body named most often.
    text = (
        "The Harbor Guild blamed Twitter users for the posts. The Harbor Guild asked for calm "
        "and the Harbor Guild wrote to the mayor.\n\n"
        "Twitter acknowledged that the problem was hard. “No filter catches everything,” the "
        "company said."
    )
    doc = _labelled(nlp, text, {"Twitter": "PERSON", "Harbor Guild": "ORG"})
    a = find(attributions_from_doc(doc), text, "No filter catches everything")
    assert speaker_name(a) == "Twitter"


def test_who_after_the_body_in_a_persons_description_is_that_person():
    text = (
        "Ruiz has invited Tom Hale, the president of the Harbor Peace Foundation, who often "
        "criticizes the port authority, to testify."
    )
    a = find(run(text), text, "the port authority")
    assert speaker_name(a) == "Tom Hale"


def test_a_name_set_beside_the_word_name_is_what_someone_was_called_not_another_person():
    # Ruiz's birth name is no person of its own, so his father "Rafael" does not join it.
    text = (
        "Mr. Ruiz changed his Spanish-sounding name, Rafael Eduardo Ruiz, as a teenager.\n\n"
        "“He was always a fighter,” said his father, Rafael, who lives in Houston.\n\n"
        "Tomas Ruiz said the campaign would go on."
    )
    atts = run(text)
    assert speaker_name(find(atts, text, "always a fighter")) != "Rafael Eduardo Ruiz"
    assert speaker_name(find(atts, text, "would go on")) == "Tomas Ruiz"


def test_the_group_is_the_body_the_sentence_before_introduced_by_name():
    # The rifle association is named more often; "the group" is the one just introduced.
    text = (
        "The National Rifle Association said the rules were unfair. The National Rifle "
        "Association has fought every such rule.\n\n"
        "Mark Hollis now helps lead a program called Harbor Promise. The group says parents "
        "must lock their guns away."
    )
    a = find(run(text), text, "lock their guns away")
    assert speaker_name(a) == "Harbor Promise"


def test_he_is_not_the_one_his_own_sentence_says_is_his():
    # the doctor spoke first, unnamed; the "he" who shows the doctor's letter is the candidate
    text = (
        "Independent candidate Tom Hale's doctor is calling the candidate extremely fit.\n\n"
        "The former mayor runs marathons and has climbed every peak in the county. He released "
        "a letter from his doctor on Friday that says he is in excellent health."
    )
    a = find(run(text), text, "in excellent health")
    assert speaker_name(a) == "Tom Hale"


def test_he_added_goes_on_with_the_speaker_before_not_the_man_his_words_name():
    text = (
        'Tom Gidley runs the county party. "The voters are angry," Mr. Gidley said. '
        '"They want change. They want it now." Mr. Ruiz, who refuses big cheques, is the '
        "outsider they are looking for, he added."
    )
    a = find(run(text), text, "outsider they are looking for")
    assert speaker_name(a) == "Tom Gidley"


def test_he_added_after_another_man_spoke_up_is_not_the_earlier_speaker():
    text = (
        '"The voters are angry," Tom Gidley said, but Mr. Ruiz disagreed. '
        "He added that the vote was close."
    )
    a = find(run(text), text, "vote was close")
    assert speaker_name(a) != "Tom Gidley"


def test_names_in_the_words_just_before_she_said_are_not_who_said_them():
    text = (
        "Governor Ellen Marsh and Senator Paul Vance are on the ballot.\n"
        "Dana Whitcombe, a teacher from Lodi, says she will stay home. The vote has left her "
        "cold, and she does not think Marsh can fix the schools.\n"
        "Picking between Marsh and Vance is “no choice at all,” she said."
    )
    a = find(run(text), text, "no choice at all")
    assert speaker_name(a) == "Dana Whitcombe"


def test_the_subject_of_the_words_before_she_said_may_be_who_said_them():
    text = (
        "Senator Paul Vance spoke at the rally.\n"
        "Ms. Dana Whitcombe was stunned by the crowd's anger at Vance, she said."
    )
    a = find(run(text), text, "stunned by the crowd")
    assert speaker_name(a) == "Dana Whitcombe"


def test_she_after_an_unnamed_woman_opens_the_sentence_is_that_woman():
    text = (
        "Mayor Ellen Marsh condemned the threats on Monday.\n"
        "A 41-year-old Dover woman, meanwhile, was fined after she had posted threats online. "
        '"Burn it down!" she wrote.'
    )
    a = find(run(text), text, "Burn it down")
    assert speaker_name(a) != "Ellen Marsh"


def test_an_unnamed_man_inside_a_clause_does_not_take_the_pronoun():
    text = (
        "Senator Paul Vance spoke the day after a man with a rifle fired on a crowd in Lodi.\n"
        '"We grieve with Lodi," he said.'
    )
    a = find(run(text), text, "We grieve with Lodi")
    assert speaker_name(a) == "Paul Vance"


def test_a_spokesman_with_a_womans_first_name_is_the_she_who_speaks_next():
    text = (
        "Carla Brandt set up the club in March. Campaign spokesman Hope Vantree confirmed "
        'that the club was independent. "They are not part of our campaign," she said.'
    )
    a = find(run(text), text, "not part of our campaign")
    assert speaker_name(a) == "Hope Vantree"


def test_a_name_the_model_missed_loses_the_body_and_title_written_before_it():
    # the union's name and a double title run into the name; the person is Gary Casteen
    text = (
        "The union backed the plan on Friday after a long debate over pensions.\n\n"
        '"We had to swallow a lot to get the pension deal done," said United Dock Workers '
        "Secretary-Treasurer Gary Casteen."
    )
    a = find(run(text), text, "swallow a lot")
    assert speaker_name(a) == "Gary Casteen"
    assert a.speaker.kind == "person"


def test_a_name_after_a_role_noun_that_the_model_labelled_a_body_is_a_person():
    # the model labels "Sean Vannity" a body here; "host" before it says who he is
    text = (
        "Vannity makes peace with the mayor.\n\n"
        "Months after a shouting match with Mayor Ana Ruiz over the ferry, Fox News host Sean "
        "Vannity told viewers on Friday that he had forgiven her.\n\n"
        '"She ran a fine race and I hope she keeps the job," Vannity said on the air.'
    )
    a = find(run(text), text, "keeps the job")
    assert speaker_name(a) == "Sean Vannity"
    assert a.speaker.kind == "person"


def test_a_name_after_an_outlets_possessive_labelled_one_body_is_a_person():
    text = (
        "In an interview with Fox News’ Wade Hollinger on Monday night, David Orton answered "
        "a question about the bridge.\n\n"
        "“The board said the toll is negotiable,” Hollinger said on the show."
    )
    a = find(run(text), text, "toll is negotiable")
    assert speaker_name(a) == "Wade Hollinger"
    assert a.speaker.kind == "person"


def test_his_on_a_noun_joined_to_one_a_person_owns_is_that_owner():
    text = (
        "“They said it could move on the bridge,” Tom Mills said in reference to David "
        "Orton’s stance on the harbor and his promise to build a new bridge."
    )
    a = find(run(text), text, "build a new bridge")
    assert speaker_name(a) == "David Orton"


def test_a_nickname_in_quotation_marks_and_a_service_title_are_no_part_of_the_name():
    text = (
        "President Obama praised the plan on Tuesday.\n\n"
        "As reported by the Gazette, former Marine John “Tug” Tierney found both issues to "
        "be disqualifying.\n\n"
        "He noted what the harbor committee discovered in its inquiry: the bridge was never "
        "safe."
    )
    atts = run(text)
    assert speaker_name(find(atts, text, "disqualifying")) == "John Tierney"
    assert speaker_name(find(atts, text, "never safe")) == "John Tierney"
