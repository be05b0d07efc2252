"""Descriptions instead of names: "the former governor and senator" for the person the story
follows, a role named just before the person who holds it, and what must stay unresolved."""

from tests.engine.helpers import find, run, speaker_name


def test_a_description_after_the_subject_continues_that_person():
    text = (
        "Maria Delgado, the former mayor of Tucson, defended her record on housing at a town "
        "hall on Monday.\n\nThe former governor and senator said it had been an error to sell "
        "the public land."
    )
    a = find(run(text), text, "sell the public land")
    assert speaker_name(a) == "Maria Delgado"


def test_a_gendered_description_skips_a_person_of_the_other_gender():
    text = (
        "Paul Brenner said his opponent had sold the town's land. Maria Delgado answered "
        "him on Monday.\n\n"
        "The former first lady said it had been an error to sell the public land."
    )
    a = find(run(text), text, "sell the public land")
    assert speaker_name(a) != "Paul Brenner"


def test_a_role_named_before_the_person_who_holds_it():
    text = (
        "The state attorney general is verifying that the foundation holds no licence. "
        "Attorney General Lena Hart said she would examine the foundation's books."
    )
    a = find(run(text), text, "the foundation holds no licence")
    assert speaker_name(a) == "Lena Hart"


def test_an_organisations_officer_is_not_the_last_subject():
    text = (
        "Senator Tom Wick said the server had been hacked.\n\n"
        "The FBI director said the server had not been hacked."
    )
    a = find(run(text), text, "had not been hacked")
    assert speaker_name(a) != "Tom Wick"


def test_the_candidate_is_the_one_whose_campaign_the_article_names():
    # "The Okafor campaign … The GOP candidate proposes …": the one candidate whose campaign
    # the article named, though others were named since.
    text = (
        "Grace Okafor's new tax plan is vague, economists say.\n\n"
        "The Okafor campaign has not said who would qualify. Campaign spokesman Luis Reyes "
        "told the Herald that the plan would help single parents. Maria Santos, an economist "
        "at the Lowell Institute, said the costs were unclear.\n\n"
        "The Okafor team has said that renters would qualify. The GOP candidate proposes "
        "cutting the top rate to 30 percent."
    )
    a = find(run(text), text, "cutting the top rate")
    assert speaker_name(a) == "Grace Okafor"


def test_a_party_member_from_a_place_is_the_subject_just_named():
    # "Senate leader Ana Ruiz is criticizing … In a statement, the Colorado Republican …":
    # the state and party describe the person the sentence before is about.
    text = (
        "Senate Majority Leader Rosa Delgado is criticizing Governor Tomas Reyes over the "
        "budget.\n\n"
        "In a statement, the Colorado Republican on Tuesday dismissed the governor's plan "
        "as reckless."
    )
    a = find(run(text), text, "plan")
    assert speaker_name(a) == "Rosa Delgado"


def test_a_party_member_from_a_place_is_not_another_member_the_sentence_mentions():
    # "Speaker Ana Ruiz says … Republican Tomas Reyes's comments. …, the Colorado Republican
    # criticized …": the speaker the sentence is about, not the Republican it mentions.
    text = (
        "Republican Tomas Reyes spoke in Denver on Monday.\n\n"
        "Speaker Rosa Delgado says she can understand why voters were upset by Republican "
        "Tomas Reyes's comments.\n\n"
        "In an interview on Thursday, the Colorado Republican criticized the governor's plan "
        "as reckless."
    )
    a = find(run(text), text, "plan")
    assert speaker_name(a) == "Rosa Delgado"


def test_a_party_member_from_a_place_after_a_pronoun_is_who_the_pronoun_meant():
    # '"…," she said. The Ohio Republican did give …': the subject of the sentence before is
    # a pronoun; the person it was resolved to is the one described (not a body "Republican")
    text = (
        "Senator Ana Ruiz spoke on local radio on Tuesday about the ferry budget. “Our "
        "towns need the boats more than the capital needs another bridge,” she said.\n\n"
        "The Ohio Republican praised the harbour board, saying it had kept fares low for "
        "a decade."
    )
    a = find(run(text), text, "kept fares low")
    assert speaker_name(a) == "Ana Ruiz"


def test_the_billionaire_magnate_is_the_candidate_just_named():
    text = (
        "Republican hopeful Lena Ortiz spoke to some 2,000 supporters in a Boise arena "
        "on Saturday while crowds next door watched a hockey final.\n"
        'The billionaire real estate magnate insists the referees have "gone easy" on rough checks.'
    )
    a = find(run(text), text, "gone easy")
    assert speaker_name(a) == "Lena Ortiz"


def test_a_business_role_fits_a_candidate_but_not_another_trade():
    from claims.extraction.coref.fitting import fits
    from claims.extraction.coref.person import Person

    hopeful = Person(surname="ortiz", roles={"hopeful"})
    anchor = Person(surname="hale", roles={"anchor"})
    assert fits(hopeful, "", "", "tycoon")
    assert not fits(anchor, "", "", "tycoon")
    assert not fits(hopeful, "", "", "minister")


def test_a_business_role_fits_a_front_runner_split_by_the_tokenizer():
    # "the Republican front-runner" is learnt as "runner" ("front - runner")
    from claims.extraction.coref.fitting import fits
    from claims.extraction.coref.person import Person

    assert fits(Person(surname="vasko", roles={"runner"}), "", "", "mogul")


def test_a_name_described_by_two_joined_nouns_after_a_comma_is_one_speaker():
    text = (
        "The vote drew protests from across the region. Even Russia, Belgrade's oldest friend "
        'and its chief arms supplier, said it was "deeply troubled" by the vote.'
    )
    a = find(run(text), text, "deeply troubled")
    assert speaker_name(a) == "Russia"


def test_aides_to_a_named_person_are_that_persons_aides():
    text = (
        "Senator Dora Fenwick toured the harbour on Friday. "
        "Advisers to Ms. Fenwick said the trip would continue."
    )
    a = find(run(text), text, "trip would continue")
    assert speaker_name(a) == "Dora Fenwick advisers"
    assert a.speaker.kind == "group"


def test_aides_to_two_people_are_no_one_persons_aides():
    text = (
        "Senator Dora Fenwick and Mayor Ivo Strand toured the harbour on Friday. "
        "Aides to Ms. Fenwick and Mr. Strand said the trip would continue."
    )
    a = find(run(text), text, "trip would continue")
    assert speaker_name(a) not in ("Dora Fenwick aides", "Ivo Strand aides")


def test_officials_at_a_named_body_are_that_bodys_officials():
    text = "Officials at the Harbour Safety Board said the pier would stay shut."
    a = find(run(text), text, "pier would stay shut")
    assert speaker_name(a) == "Harbour Safety Board officials"
    assert a.speaker.kind == "group"


def test_some_of_a_bodys_people_are_not_named_after_it():
    text = "Two economists at the Harbour Safety Board said the pier would stay shut."
    a = find(run(text), text, "pier would stay shut")
    assert speaker_name(a) != "Harbour Safety Board economists"


def test_a_role_two_people_hold_means_the_one_mentioned_last():
    text = (
        "Party leaders met on Friday. Rules Committee Chairman Ben Ash criticized Party "
        "Chairman Rick Molina and his allies.\n\n"
        "Molina has pushed back on those charges for weeks.\n\n"
        "The chairman said Sunday on television that he opposes any changes."
    )
    a = find(run(text), text, "he opposes any changes")
    assert speaker_name(a) == "Rick Molina"


def test_a_role_noun_after_his_is_not_the_last_man_named():
    text = (
        "If elected, Okafor would be the oldest mayor the city has had, older than "
        "Walter Brandt, who was 66 when he was sworn in in 1990.\n\n"
        "According to his long-serving family doctor, the candidate came through his latest "
        "check-up in fine health."
    )
    a = find(run(text), text, "fine health")
    # the physician is unnamed: neither the man just named nor the man it belongs to
    assert a.speaker is None or a.speaker.kind == "anonymous"


def test_a_role_of_a_named_state_is_not_the_person_just_named():
    text = (
        "Ana Okafor has been sued 200 times in ten years.\n\n"
        "The attorney general of the province of Calder is suing Okafor for $4 million, "
        "saying her academy is a sham."
    )
    a = find(run(text), text, "her academy is a sham")
    assert speaker_name(a) != "Ana Okafor"


def test_the_front_runner_is_a_role_noun_for_the_subject_just_named():
    # "front-runner" reaches the resolver as "front - runner"
    text = (
        "Thursday, in her final address before the recess, Ilse Marren intends to call for a big "
        "rise in funding for river dredging, the campaign told the Harbor Ledger. The "
        "Democratic front-runner will propose putting $3 billion a year into the work."
    )
    a = find(run(text), text, "$3 billion a year")
    assert speaker_name(a) == "Ilse Marren"


def test_the_former_secretary_of_state_is_the_person_just_quoted():
    # "of state" is part of the title, not a named place ("the governor of Maine")
    text = (
        "Ilse Marren said she would change a few things if given the chance.\n"
        "“I expect people to weigh everything I bring to the job,” Marren told the Harbor "
        "Ledger. “And I trust them to choose well.”\n"
        "The former secretary of state has always insisted that she followed the "
        "ministry's guidelines."
    )
    a = find(run(text), text, "followed the")
    assert speaker_name(a) == "Ilse Marren"


def test_a_role_noun_after_a_clause_naming_the_subject_is_that_subject():
    text = (
        "As far as whether Pavel Brenn still notices resentment of Anna Keller among his "
        "volunteers, the Velmar senator conceded that a handful of them remain bitter."
    )
    a = find(run(text), text, "remain bitter")
    assert speaker_name(a) == "Pavel Brenn"


_OKAFOR_STORY = (
    "Okafor Answers His Critics.\n\n"
    "Presidential hopeful and retired heart surgeon Tom Okafor hit back on Sunday at "
    "claims that he had embellished parts of his war record.\n\n"
    '"Find me one person who has never got a date wrong," Okafor '
    "told a radio host by phone.\n\n"
    "Okafor wrote in his 2004 autobiography that he had been the youngest surgeon at his "
    "hospital.\n\n"
    "Later on Sunday, Okafor posted a photograph on his page, writing \u201cLet me save "
    "the reporter some work. Here is the photo you said did not exist. I am still "
    "waiting for a correction.\u201d\n\n"
)


def test_the_candidate_in_a_story_about_one_person_is_that_person():
    text = _OKAFOR_STORY + (
        "The candidate also continued to dispute a magazine story about his claim that he had "
        "been given a medal."
    )
    a = find(run(text), text, "a magazine story")
    assert a.source_text(text) == "The candidate"
    assert speaker_name(a) == "Tom Okafor"


def test_the_candidate_of_another_party_or_after_someone_else_is_not_the_storys_subject():
    text = _OKAFOR_STORY + (
        "The Democratic candidate also continued to dispute a magazine story about the race."
    )
    a = find(run(text), text, "a magazine story")
    assert speaker_name(a) != "Tom Okafor"
    text = _OKAFOR_STORY + (
        "Rival Dana Whitfield campaigned in Ohio. The candidate also continued to dispute a "
        "magazine story about her record."
    )
    a = find(run(text), text, "a magazine story")
    assert speaker_name(a) != "Tom Okafor"


def test_a_role_noun_does_not_single_out_one_of_a_couple_just_named():
    # "both Ossian and Maren Tolle": the nominee is not whichever of the two came last
    text = (
        "The case dates from a divorce in 1990. Last week, lawyers for both Ossian and Maren "
        "Tolle filed papers opposing the request. The party nominee argued that the court "
        "files should stay sealed."
    )
    a = find(run(text), text, "court files should stay sealed")
    assert speaker_name(a) not in ("Maren Tolle", "Ossian Tolle")


def test_a_role_noun_after_two_people_with_full_names_goes_to_the_last_one_fitting():
    # two full names, not a couple: the nationality could tell them apart
    text = (
        "A long phone call between Dara Venn and Oleg Marov ended without a deal. "
        "The Russian leader said the talks had been useful."
    )
    a = find(run(text), text, "the talks had been useful")
    assert speaker_name(a) == "Oleg Marov"


def test_a_title_the_model_left_outside_the_name_gives_that_person_the_role():
    # "Sen. Mark Rubin and former Gov. Joe Bosch": "the former governor" is Bosch, though
    # Rubin was named first and the model labels only "Joe Bosch" a person
    text = (
        "Sen. Mark Rubin and former Gov. Joe Bosch have more in common than their harbour "
        "town. They also like the same shows. Last week the former governor said he "
        "watches every episode twice."
    )
    atts = run(text)
    assert speaker_name(find(atts, text, "he watches every episode twice")) == "Joe Bosch"


def test_a_former_governor_is_not_the_governor_of_a_later_sentence():
    text = (
        "Former Gov. Joe Bosch spoke first. Carl Dane, who has run the state since 2019, "
        "followed him. The governor said the budget would be balanced."
    )
    atts = run(text)
    assert speaker_name(find(atts, text, "the budget would be balanced")) == "Carl Dane"


def test_a_description_opening_the_sentence_after_a_named_subject_is_that_person():
    text = (
        "Dale Ormond toured the shipyard on Saturday, holding a rally that drew 3,000 people. "
        "The self-described conservationist said he would win the county if turnout held."
    )
    a = find(run(text), text, "he would win the county")
    assert speaker_name(a) == "Dale Ormond"


def test_a_description_after_a_sentence_naming_someone_else_too_is_not_guessed():
    # "… met the harbour commissioner. The conservationist said …" may be the commissioner
    text = (
        "Dale Ormond met the harbour commissioner on Saturday. The conservationist said the "
        "talks had gone well."
    )
    a = find(run(text), text, "the talks had gone well")
    assert speaker_name(a) != "Dale Ormond"


def test_a_role_noun_that_found_its_holder_gives_that_person_the_role():
    # "the independent Ohio senator" found Kowalski by recency; a later "the senator" after
    # the host's question is still he, not the host named in between.
    text = (
        "Bernard Kowalski spoke in an interview with the radio host Tom Hale aired on Monday.\n\n"
        '"Nobody gave us a chance," Kowalski said.\n\n'
        'Six months ago, the independent Ohio senator said, the press called him a "long shot."\n\n'
        '"So the outsider is you?" Hale asked.\n\n'
        '"That is me, yes. I think that is right," the senator said.'
    )
    atts = run(text)
    assert speaker_name(find(atts, text, "outsider")) == "Tom Hale"
    assert speaker_name(find(atts, text, "That is me")) == "Bernard Kowalski"


def test_one_official_is_someone_unnamed_not_the_person_just_named():
    text = (
        "Ana Ruiz lost the vote on Tuesday by nine votes. One official said the count had "
        "been fair. One party activist said Ruiz would appeal."
    )
    atts = run(text)
    assert speaker_name(find(atts, text, "count had been fair")) != "Ana Ruiz"
    assert speaker_name(find(atts, text, "Ruiz would appeal")) != "Ana Ruiz"


def test_an_aide_named_after_a_person_works_for_that_person_and_is_not_them():
    text = (
        "Senator Ana Ruiz has not decided whether to run. A senior Ruiz adviser said the "
        "senator would decide in May. The senior Ruiz adviser added that polls were not the "
        "reason. One Ruiz spokesman said she was tired."
    )
    atts = run(text)
    for needle in ("would decide in May", "polls were not the reason", "she was tired"):
        assert speaker_name(find(atts, text, needle)) != "Ana Ruiz"


def test_one_candidates_spokeswoman_is_not_the_rivals_named_spokeswoman():
    text = (
        "Senator Carl Benson and Mayor Linda Fairfax are running for governor. Fairfax's "
        "spokeswoman Erin Walsh said the mayor would win. Benson's spokeswoman said the "
        "senator was ahead. Fairfax's spokeswoman said the polls were wrong."
    )
    atts = run(text)
    assert speaker_name(find(atts, text, "senator was ahead")) != "Erin Walsh"
    assert speaker_name(find(atts, text, "polls were wrong")) == "Erin Walsh"


def test_a_party_member_from_a_place_after_a_quotation_is_the_one_who_gave_it():
    text = (
        "Senate leader Dana Whitcombe held back on Tuesday.\n\n"
        "“I am not ready to endorse anyone,” Whitcombe told reporters in Salem. “Not yet. "
        "Maybe in June.”\n\n"
        "It was a turn for the Oregon Democrat, who had said she would back the governor."
    )
    a = find(run(text), text, "she would back the governor")
    assert speaker_name(a) == "Dana Whitcombe"


_TREASURER_ON_TOUR = (
    "Tom Hale, the county treasurer, toured a dairy in Ashford on Monday. He said he would "
    "build a grain terminal and make the port pay for it.\n\n"
)


def test_a_party_description_is_the_subject_just_named_though_the_party_reads_as_a_body():
    # The model labels "GOP" a body; "the GOP candidate" still describes a person.
    text = _TREASURER_ON_TOUR + (
        "The GOP candidate has also argued that water rights belong with the counties."
    )
    a = find(run(text), text, "water rights belong")
    assert speaker_name(a) == "Tom Hale"


def test_a_photo_credit_line_does_not_part_a_description_from_the_person_before_it():
    text = _TREASURER_ON_TOUR + (
        "Getty.\n\nThe Republican candidate has also argued that water rights belong with the "
        "counties."
    )
    a = find(run(text), text, "water rights belong")
    assert speaker_name(a) == "Tom Hale"


def test_a_veteran_of_a_persons_campaign_is_someone_of_theirs_not_the_person():
    # The article calls Ruiz herself a veteran; "a 2008 Ruiz veteran" is one of her people.
    text = (
        "Veteran Ana Ruiz prepared for the debate all week. She disliked surprises.\n\n"
        "“She cut the practice short after that,” said a 2008 Ruiz veteran."
    )
    a = find(run(text), text, "cut the practice short")
    assert a.speaker is None or a.speaker.kind != "person"


def test_the_official_is_the_unnamed_official_who_spoke_before_not_a_name_between():
    # "the official" repeats "a harbor official"; Orton, named in between only as a
    # possessor, holds no such role
    text = (
        'David Orton has pushed the ferry plan for a year. "We have seen a growing wave of '
        'complaints," said a harbor official who asked that his name be kept out of print.\n\n'
        "As Orton's plan grew in cost, the port ran its own survey of riders.\n\n"
        '"We found riders have begun to give up on the ferry," the official said.'
    )
    a = find(run(text), text, "give up on the ferry")
    assert speaker_name(a) != "David Orton"
    assert a.speaker.kind == "anonymous"


def test_the_lawmaker_after_the_named_lawmaker_spoke_is_that_lawmaker():
    text = (
        "A lawmaker in the islands wants the visiting tycoon barred from the country.\n\n"
        "In his bill, Marco Santos cited an old rule of the immigration office. Santos, citing "
        "census data, said about 4 million islanders live abroad. The lawmaker, who represents "
        'a district in the north, said the remarks "have shamed our people."'
    )
    a = find(run(text), text, "shamed our people")
    assert speaker_name(a) == "Marco Santos"


def test_a_role_given_further_on_is_no_clue_for_someone_named_paragraphs_before():
    # A round-up: "the singer" is the woman of this item; Mills is called a singer only in
    # the next item, and named last in the introduction
    text = (
        "Karen Mills, Nora Quist and a dozen others spoke their minds this year.\n\n"
        "1\nNora Quist Stood Up For Farm Workers.\n\n"
        "Nora Quist drew a wave of online abuse after a speech in Fresno. Since then, the "
        "singer has argued that farm workers deserve far better pay.\n\n"
        "2\nKaren Mills On Stage Fright.\n\n"
        "Singer Karen Mills said she still gets nervous before every show."
    )
    a = find(run(text), text, "deserve far better pay")
    assert speaker_name(a) == "Nora Quist"


def test_a_role_given_further_on_still_names_the_person_just_mentioned():
    text = (
        "Ana Hale, trailing in the polls, brought her older brother, Tom Hale, to a rally in "
        "Dover on Monday.\n\n"
        '"My sister keeps her word, and she always has," the former governor told the crowd '
        "of about 2,000 people.\n\n"
        "Former Gov. Tom Hale left office in 2009 and has kept out of politics since."
    )
    a = find(run(text), text, "keeps her word")
    assert speaker_name(a) == "Tom Hale"


def test_the_second_official_is_one_more_unnamed_official_not_the_man_named_before():
    text = (
        "Lawmakers met with David Orton on Monday to talk about the bridge.\n\n"
        "The Gazette quoted another unnamed official as saying that the mayor had lost the "
        "council, not Orton.\n\n"
        "“What he is telling aides is that the votes are gone,” said the second official."
    )
    a = find(run(text), text, "votes are gone")
    assert a.speaker is not None and a.speaker.kind == "anonymous"


def test_the_other_man_named_in_his_apposition_is_that_man():
    text = (
        "At the dock, two men were mending nets. One of them, Tom Hale, 70, said he feared "
        "the new bridge would ruin the fishing. The other man, his cousin Ben Orton, 40, "
        "cited the cost as a danger. “It will bankrupt the town,” he said."
    )
    a = find(run(text), text, "bankrupt the town")
    assert speaker_name(a) == "Ben Orton"
