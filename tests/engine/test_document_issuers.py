"""A document (statement, ad, filing, slide, poll) speaks for whoever the article says issued
it, also when a later sentence names it only as "the statement" or "the clip"."""

import pytest

from tests.engine.helpers import find, run, speaker_name


def test_the_statement_after_in_a_statement_speaks_for_the_clauses_subject():
    text = (
        "In a statement on Friday, the Harbor Pilots Guild backed the new port director. "
        "The statement also said that the old tugboats were unsafe."
    )
    a = find(run(text), text, "old tugboats were unsafe")
    assert a.source_text(text) == "The statement"
    assert speaker_name(a) == "Harbor Pilots Guild"


def test_a_readout_speaks_for_the_body_named_before_it():
    text = (
        "The defense minister spoke with his counterpart “to discuss the next steps after the "
        "missile launch,” according to a Navy readout."
    )
    a = find(run(text), text, "next steps after the")
    assert speaker_name(a) == "Navy"


@pytest.mark.parametrize(
    ("text", "needle", "issuer"),
    [
        (
            "According to Harbor Ministry cables from that year, Mr. Varga met the envoy twice.",
            "met the envoy twice",
            "Harbor Ministry",
        ),
        (
            "Port Safety Board regulations suggest that each pilot must rest for ten hours.",
            "each pilot must rest",
            "Port Safety Board",
        ),
    ],
)
def test_a_bodys_cables_or_regulations_speak_for_that_body(text, needle, issuer):
    a = find(run(text), text, needle)
    assert speaker_name(a) == issuer


def test_a_body_whose_name_ends_in_survey_is_that_body_not_a_survey():
    text = "The Northern Geological Survey said it recorded a small earthquake near the dam."
    a = find(run(text), text, "small earthquake")
    assert speaker_name(a) == "Northern Geological Survey"


def test_a_poll_by_a_name_written_as_one_word_speaks_for_that_pollster():
    text = (
        "The mayor trails by nine points in the county, according to a recent poll by "
        "ClearViewPolitics."
    )
    a = find(run(text), text, "trails by nine points")
    assert speaker_name(a) == "ClearViewPolitics"


def test_a_bodys_summary_then_the_summary_speak_for_that_body():
    text = (
        "The permit was approved twice, a Harbor Police summary of its inquiry says. "
        "The file was never opened by the board, the summary says."
    )
    atts = run(text)
    assert speaker_name(find(atts, text, "permit was approved")) == "Harbor Police"
    assert speaker_name(find(atts, text, "never opened by the board")) == "Harbor Police"


def test_a_video_then_the_clip_speaks_for_the_organisation_that_made_it():
    text = (
        "A web video by the Northern Farmers Union attacks the tariff plan. "
        "The video shows empty grain silos across the valley. "
        "The clip says the plan would ruin small farms."
    )
    a = find(run(text), text, "ruin small farms")
    assert a.source_text(text) == "The clip"
    assert speaker_name(a) == "Northern Farmers Union"


def test_her_filing_speaks_for_the_woman_the_pronoun_means():
    text = (
        "Marta Quinlan asked the court to keep the records sealed on Monday. "
        "Her filing to the court said that the papers held private medical details."
    )
    a = find(run(text), text, "private medical details")
    assert speaker_name(a) == "Marta Quinlan"


def test_another_slide_speaks_for_the_presenter_of_the_first_one():
    text = (
        "A slide from a presentation that Ms. Okafor gives to investors shows that exports "
        "doubled in five years. Another slide shows that imports fell by a third."
    )
    a = find(run(text), text, "imports fell by a third")
    assert speaker_name(a) == "Okafor"


def test_a_headline_poll_speaks_for_the_pollster_named_below_it():
    text = (
        "Poll: Coastal Voters Turn Against Ferry Cuts.\n\n"
        "A Gallup poll shows that most coastal voters oppose the ferry cuts."
    )
    a = find(run(text), text, "Coastal Voters Turn Against")
    assert speaker_name(a) == "Gallup"


def test_the_film_speaks_for_the_woman_whose_documentary_it_is():
    text = (
        "Maria Lopez spent four years filming in rural clinics. The director lays this out in "
        "her new documentary about nursing. The film argues that the clinics were closed "
        "to save money."
    )
    a = find(run(text), text, "clinics were closed")
    assert speaker_name(a) == "Maria Lopez"


def test_the_story_is_not_the_man_who_told_his_story():
    # only a film is its maker's through "her documentary"; "his story" is his account
    text = (
        "Len Marsh has told his story of the flood at every town meeting since March. "
        "The county paper printed a correction on Tuesday. The story claimed that the levee "
        "had held."
    )
    a = find(run(text), text, "levee had held")
    assert speaker_name(a) != "Len Marsh"


# --- issue 12: more documents given to their issuer ---------------------------------------------
def test_a_new_poll_in_the_lead_is_the_poll_the_article_then_names():
    text = (
        "New Poll Shows Tight Race In Ohio.\n"
        "A new poll shows the two candidates tied in Ohio a month before the election.\n"
        "The latest Gallup poll, released on Friday, puts each of them at 45 percent."
    )
    assert speaker_name(find(run(text), text, "Tight Race")) == "Gallup"
    assert speaker_name(find(run(text), text, "two candidates tied")) == "Gallup"


def test_the_statement_is_whoever_issued_it_earlier():
    text = (
        "The Harbour Authority issued a statement on Monday calling the strike unlawful. "
        "The statement noted that the port would stay open."
    )
    a = find(run(text), text, "port would stay open")
    assert speaker_name(a) == "Harbour Authority"


def test_an_average_of_polls_is_whoever_averages_them():
    text = "The Ballot Watch Daily average of polls shows that the governor is ahead of her rival."
    a = find(run(text), text, "ahead of her rival")
    assert speaker_name(a) == "Ballot Watch Daily"


def test_a_document_on_a_campaigns_website_is_the_campaign():
    text = (
        "Ana Ruiz unveiled her tax plan on Tuesday. A memo on the Ruiz campaign's website "
        "says the cuts would be paid for by closing loopholes."
    )
    a = find(run(text), text, "closing loopholes")
    assert speaker_name(a) == "Ruiz campaign"


def test_polling_speaks_for_the_paper_that_did_it():
    text = "The Harbor Gazette's polling shows the governor with a narrow lead."
    [a] = run(text)
    assert a.content_text(text) == "the governor with a narrow lead"
    assert speaker_name(a) == "Harbor Gazette"


def test_a_piece_a_newspaper_ran_speaks_for_the_newspaper():
    # "The Herald ran a feature … The piece said …": the feature is the paper's.
    text = (
        "The Boston Herald ran a feature on Saturday about the harbour dredging.\n\n"
        "The piece said that the dredging would cost twice what the city had promised."
    )
    a = find(run(text), text, "cost twice")
    assert speaker_name(a) == "Boston Herald"


def test_a_candidates_team_is_the_campaign_the_article_names():
    # "Okafor's team says …" beside "the Okafor campaign": one organisation.
    text = (
        "Grace Okafor left the rally early on Sunday. The Okafor campaign said she was "
        "tired.\n\n"
        "Okafor's team says she will return to the trail on Thursday."
    )
    a = find(run(text), text, "return to the trail")
    assert speaker_name(a) == "Okafor campaign"


def test_the_candidates_name_before_team_is_the_campaign_the_article_names():
    # "The Okafor team said …" beside "the Okafor campaign": one organisation, not two rows
    text = (
        "Grace Okafor left the rally early on Sunday. The Okafor campaign said she was "
        "tired.\n\n"
        "The Okafor team said on Friday that the bus tour would go on."
    )
    a = find(run(text), text, "the bus tour would go on")
    assert speaker_name(a) == "Okafor campaign"


def test_an_ads_narrator_speaks_for_whoever_made_the_ad():
    # "a narrator in the Okafor ad asks", then "the ad's narrator says": the campaign's ad.
    text = (
        "The Okafor campaign released a new ad on Monday attacking Tomas Reyes over "
        "his taxes.\n\n"
        "\u201cYou pay your taxes. Why doesn't he?\u201d a narrator in the Okafor ad asks.\n\n"
        "\u201cHe thinks that makes him smart,\u201d the ad\u2019s narrator says."
    )
    atts = run(text)
    assert speaker_name(find(atts, text, "Why doesn't he")) == "Okafor campaign"
    assert speaker_name(find(atts, text, "makes him smart")) == "Okafor campaign"


def test_a_memoir_someone_wrote_speaks_for_the_writer_later_as_the_book():
    # "Ana Ruiz wrote a memoir … the book said": the memoir is hers, also far below.
    text = (
        "Grace Okafor was the hospital's chief surgeon for a decade. Okafor wrote a memoir "
        "of those years, entitled Night Shift.\n\n"
        + "The hospital has since changed its rules on overtime and staffing. " * 20
        + "\n\n\u201cWe were always short of nurses,\u201d the book said."
    )
    a = find(run(text), text, "short of nurses")
    assert speaker_name(a) == "Grace Okafor"


def test_a_count_by_a_news_agency_speaks_for_the_agency():
    text = (
        "The primaries continued on Tuesday.\n\n"
        "Okafor has secured 412 delegates so far, according to a count by the Lakeside Gazette."
    )
    a = find(run(text), text, "412 delegates")
    assert speaker_name(a) == "Lakeside Gazette"


def test_results_of_a_poll_speak_for_whoever_conducted_the_poll():
    text = (
        "Turnout in the valley was the highest in twenty years, according to early results of "
        "an exit poll conducted by Lakeside Research for the Valley Gazette and local radio "
        "stations."
    )
    a = find(run(text), text, "highest in twenty years")
    assert speaker_name(a) == "Lakeside Research"


def test_a_poll_of_a_party_s_voters_is_not_the_party_s():
    text = "A poll of Valley Democrats shows that most of them back the tax."
    a = find(run(text), text, "most of them back the tax")
    assert speaker_name(a) is None or a.speaker.kind != "organisation"


def test_a_pollster_written_before_the_poll_is_its_issuer_when_named_elsewhere():
    text = (
        "Three in four parents now back the school plan, against 20 percent opposed, "
        "according to a nationwide Harlow Poll carried out in May. The numbers turn around "
        "Harlow’s survey from January."
    )
    a = find(run(text), text, "Three in four parents")
    assert speaker_name(a) == "Harlow"
    assert a.speaker.kind == "organisation"


def test_a_place_in_the_ad_s_own_words_is_not_its_issuer():
    text = (
        "Senator Ana Ruiz is releasing a new radio ad that urges voters in Ohio to "
        '"stand up" to the banks.\n'
        'The ad says "the banks will keep winning until we change the rules."'
    )
    a = find(run(text), text, "keep winning")
    assert speaker_name(a) == "Ana Ruiz"


def test_the_campaign_s_statement_speaks_for_the_campaign_named_just_before():
    text = (
        "The Ruiz campaign sent reporters an update on Friday night. Tom Hale, a volunteer, "
        'said he "respects the process." The campaign\'s statement then says "the matter is '
        'closed."'
    )
    a = find(run(text), text, "the matter is closed")
    assert speaker_name(a) == "Ruiz campaign"


def test_the_article_the_model_ran_into_a_pollster_s_name_is_no_part_of_it():
    text = (
        "Most shoppers would rather pay less than buy goods made at home, even if the cheaper "
        "goods come from abroad, according to an Associated Press-NORC poll released Thursday."
    )
    a = find(run(text), text, "Most shoppers")
    assert speaker_name(a) == "Associated Press-NORC"


def test_the_study_after_a_named_survey_is_the_surveys_issuer():
    text = (
        "Turnout fell in the valley towns, according to a new Granite Institute survey of "
        "voter rolls. The study found that rural precincts had lost a fifth of their voters."
    )
    a = find(run(text), text, "rural precincts had lost")
    assert speaker_name(a) == "Granite Institute"


def test_records_speak_for_the_body_that_keeps_them():
    text = "Overall, Election Board records show Okafor has given $12,000 to campaigns since 2012."
    a = find(run(text), text, "has given $12,000")
    assert speaker_name(a) == "Election Board"
    assert a.speaker.kind == "organisation"


def test_records_with_no_keeper_named_are_no_group():
    text = "Court filings show that the ferry company lost money for six years running."
    a = find(run(text), text, "lost money")
    assert a.speaker is None or a.speaker.kind == "anonymous"


def test_data_from_a_named_survey_do_not_make_the_survey_a_body():
    text = "Data from the 2019 Harbor Household Survey show that ferry fares doubled."
    a = find(run(text), text, "ferry fares doubled")
    assert a.speaker is None or a.speaker.kind == "anonymous"


def test_team_and_a_candidates_name_is_the_candidates_campaign():
    text = (
        "Team Okafor sees the convention as a second chance for Ana Okafor to win over "
        "women voters.\n\nAna Okafor will speak on Thursday."
    )
    a = find(run(text), text, "a second chance")
    assert (speaker_name(a), a.speaker.kind) == ("Okafor campaign", "organisation")


def test_a_juniors_campaign_is_named_by_his_surname_not_his_suffix():
    # "Marcus Delane Jr. … his campaign said": the Delane campaign, not a "Jr. campaign"
    text = (
        "Marcus Delane Jr. skipped the county fair on Saturday.\n\n"
        "His campaign said the candidate had a cold."
    )
    a = find(run(text), text, "had a cold")
    assert speaker_name(a) == "Delane campaign"


def test_a_statement_put_out_by_a_campaign_speaks_for_it_and_so_does_its_it():
    text = (
        "Quill Reverses Course.\n\n"
        "Quill’s campaign swiftly retreated, putting out a statement contradicting his "
        "remarks about the toll. In the case of closures, it said, “the drivers pay twice.”"
    )
    atts = run(text)
    assert speaker_name(find(atts, text, "remarks about the toll")) == "Quill campaign"
    assert speaker_name(find(atts, text, "drivers pay twice")) == "Quill campaign"


def test_the_email_after_an_email_sent_from_a_named_person_speaks_for_that_person():
    text = (
        "Harbor Club Closes Its Doors.\n\n"
        "The Sentinel reported that an email was sent from the sailing club’s president, "
        "Tomas Brandvik, to every member on Friday. The email said, “As of today, the club "
        "will close its boathouse and stop collecting dues.”"
    )
    a = find(run(text), text, "close its boathouse")
    assert a.source_text(text) == "The email"
    assert speaker_name(a) == "Tomas Brandvik"


@pytest.mark.parametrize("mark", ["’", "'"])
def test_a_campaign_after_a_surname_ending_in_s_and_a_bare_apostrophe_is_named_by_it(mark):
    # "Reyes’ campaign" with the surname tagged a plural: the Reyes campaign, one page with
    # "Reyes's campaign" and "the Reyes campaign"
    text = (
        f"Tomas Reyes spoke in Dayton on Monday. Reyes{mark} campaign said the rally drew "
        "5,000 people."
    )
    a = find(run(text), text, "the rally drew")
    assert speaker_name(a) == "Reyes campaign"


def test_a_poll_named_after_a_pollster_the_model_did_not_label_speaks_for_that_pollster():
    text = "The Evening Consult poll found that most ferry riders want later sailings."
    a = find(run(text), text, "want later sailings")
    assert speaker_name(a) == "Evening Consult"


def test_a_poll_by_a_listed_pollster_labelled_a_person_speaks_for_the_pollster():
    # "Rasmussen" is a pollster of the list, the model labels the word a person; one speaker
    # under the listed name, as for "the Rasmussen poll"
    text = "The newest Rasmussen Reports poll shows the mayor trailing by six points."
    a = find(run(text), text, "mayor trailing by six points")
    assert speaker_name(a) == "Rasmussen"


def test_an_average_of_polls_named_after_its_maker_speaks_for_the_maker():
    text = "A Civic Pulse Tracker average of polls shows that the senator leads by three points."
    a = find(run(text), text, "senator leads by three points")
    assert speaker_name(a) == "Civic Pulse Tracker"


def test_in_a_poll_by_a_network_the_network_speaks_not_the_share_of_people():
    text = (
        "In a CNN public poll taken on Monday, however, 61 percent of renters accepted that the "
        "levy was fair."
    )
    a = find(run(text), text, "the levy was fair")
    assert a.source_text(text).startswith("a CNN public poll")
    assert speaker_name(a) == "CNN"


def test_the_editorial_speaks_for_the_newspaper_named_before_it():
    text = (
        "The Chicago Tribune turned against the stadium deal on Sunday. "
        "“The city should walk away from this bargain,” the editorial said."
    )
    a = find(run(text), text, "walk away from this bargain")
    assert speaker_name(a) == "Chicago Tribune"


def test_the_release_with_no_earlier_document_speaks_for_the_body_that_spoke_just_before():
    text = (
        "On Thursday, the Harbor Ferry Authority announced that the night boat would stop. "
        "“Sailings on the night route end in May,” the release said."
    )
    a = find(run(text), text, "Sailings on the night route")
    assert speaker_name(a) == "Harbor Ferry Authority"


def test_the_statement_far_below_a_body_that_spoke_stays_unresolved():
    text = (
        "On Thursday, the Harbor Ferry Authority announced that the night boat would stop. "
        + "Riders on the island had used the boat for decades to reach late shifts. " * 8
        + "“Sailings on the night route end in May,” the statement said."
    )
    a = find(run(text), text, "Sailings on the night route")
    assert speaker_name(a) is None


def test_a_poll_of_people_released_by_a_pollster_speaks_for_the_pollster():
    # "a poll of 400 voters released Friday by X": the participle is the poll's, though the
    # parser hangs it on the voters; "the poll" later is the same pollster's
    text = (
        "A poll of 400 registered voters released on Friday by Harbor Insights, a public "
        "opinion research group, shows Reyes ahead. Eighty percent of voters view Lee "
        "unfavorably, the poll found."
    )
    atts = run(text)
    assert speaker_name(find(atts, text, "Reyes ahead")) == "Harbor Insights"
    assert speaker_name(find(atts, text, "view Lee unfavorably")) == "Harbor Insights"


def test_a_pollster_named_before_its_researcher_is_no_person():
    # "said Civic Decisions researcher Marta Quiroga": the pollster, labelled a person,
    # stays the body that released the poll
    text = (
        "A poll of 400 registered voters released on Friday by Civic Decisions shows Reyes "
        "ahead. “Nobody in the party is listening to us,” said Civic Decisions researcher "
        "Marta Quiroga, who ran the survey. Most voters dislike Lee, the poll found."
    )
    atts = run(text)
    poll = find(atts, text, "dislike Lee")
    assert speaker_name(poll) == "Civic Decisions"
    assert poll.speaker.kind == "organisation"
    assert speaker_name(find(atts, text, "Nobody in the party")) == "Marta Quiroga"


def test_closing_records_named_for_a_body_speak_for_that_body():
    # the parser hangs "Dunmore Port Authority" on "show", not on "records"
    text = "The ferry made twelve trips in May, Dunmore Port Authority records show."
    a = find(run(text), text, "twelve trips")
    assert a.speaker.name == "Dunmore Port Authority"
    assert a.speaker.kind == "organisation"


def test_the_narrator_of_an_ad_is_its_maker_not_the_person_a_clip_in_it_shows():
    text = (
        "Last month, Rep. Ana Ruiz released a web ad with a clip of Sen. Carl Dorn saying he "
        'will back the nominee. "We need leaders who stand up to him," the narrator says.'
    )
    atts = run(text)
    assert speaker_name(find(atts, text, "We need leaders")) == "Ana Ruiz"
    assert speaker_name(find(atts, text, "he will back the nominee")) == "Carl Dorn"


@pytest.mark.parametrize(
    ("text", "needle", "source"),
    [
        (
            "Later that day, Ana Ruiz released a video that said the levy would fix the pier.",
            "the levy would fix the pier",
            "Ana Ruiz",
        ),
        (
            "At the rally, a Dover nurse held up a sign that read “Fund the clinic.”",
            "Fund the clinic",
            "a Dover nurse",
        ),
        (
            "By noon, Senator Tom Okafor had fired back a response claiming the harbor levy "
            "was unfair to ferry crews.",
            "the harbor levy",
            "Senator Tom Okafor",
        ),
    ],
)
def test_a_document_someone_puts_out_that_says_something_is_their_words(text, needle, source):
    a = find(run(text), text, needle)
    assert a.source_text(text) == source


def test_a_paper_called_the_post_is_the_paper_not_a_post_by_someone_of_that_name():
    text = (
        "Ida Merriwether founded a news site in 2005. Two days after the vote, "
        "the Merriwether Post reported that the council had hidden the audit."
    )
    a = find(run(text), text, "council had hidden the audit")
    assert speaker_name(a) == "Merriwether Post"


def test_a_candidate_leading_in_a_poll_is_not_the_polls_issuer():
    text = (
        "Ana Ruiz leads by four points in the new Lakeview poll of likely voters. "
        "The poll also found that most voters want the bridge rebuilt."
    )
    a = find(run(text), text, "most voters want the bridge rebuilt")
    assert speaker_name(a) != "Ana Ruiz"


def test_a_polling_average_speaks_for_whoever_averages_the_polls():
    text = (
        "Ruiz trails Hale by six points nationally, according to the Ballot Watch polling average."
    )
    a = find(run(text), text, "trails Hale by six points")
    assert speaker_name(a) == "Ballot Watch"


def test_the_campaigns_statement_is_not_a_past_campaign_named_in_a_description():
    text = (
        'Ana Ruiz has struggled all week. "The speech was a mistake," said Tom Hale, the chief '
        "strategist of Bo Dunn's 2008 campaign. Hours later the campaign's statement said the "
        'speech "reflected her own thinking."'
    )
    a = find(run(text), text, "reflected her own thinking")
    assert speaker_name(a) != "Dunn campaign"


def test_an_editorial_in_a_named_paper_is_that_papers_not_the_outlet_named_before():
    text = (
        "Ruiz took back the remark in an interview with NBC’s Lena Hart.\n\n"
        "“Few mayors have dodged a question so nimbly,” reads a Monday editorial in The "
        "Dover Courier.\n\n"
        "A story in the Harbor Gazette said the mayor had resigned."
    )
    atts = run(text)
    assert speaker_name(find(atts, text, "dodged a question")) == "Dover Courier"
    assert speaker_name(find(atts, text, "had resigned")) == "Harbor Gazette"


def test_a_body_named_in_what_a_message_refers_to_did_not_send_it():
    text = (
        "During the siege, Rell Varga also posted messages online. One message, apparently "
        "referring to raids on the valley by the Harbor Navy, said: “You will pay for every "
        "raid.”"
    )
    a = find(run(text), text, "pay for every raid")
    assert speaker_name(a) != "Harbor Navy"


def test_the_statement_is_whoever_provided_it_not_the_paper_that_reported_so():
    text = (
        "The Harbor Times reported on Friday that the minister had used a private phone for "
        "work.\n\n"
        "The Times said Ana Ruiz, his spokeswoman, provided a written statement in reply to "
        "the paper's questions.\n\n"
        "“The minister regrets the lapse,” the statement said."
    )
    a = find(run(text), text, "regrets the lapse")
    assert speaker_name(a) == "Ana Ruiz"
