"""Speaker resolution inside one article.

- People are clustered by name: a short name joins the fullest form in the article
  ("Putin" -> "Vladimir Putin"), spelling variants join by fuzzy surname match
  (Zelensky / Zelenskyy), different first names stay apart (Bill / Hillary Clinton).
- Roles are learnt from titles ("Ukrainian President Volodymyr Zelensky") and appositions
  ("Dmitri Peskov, Putin's spokesman"); a role-noun source ("the Russian leader",
  "Putin's spokesman") goes to the person whose learnt role fits, else to the most recent
  compatible person.
- An office title before a bare surname held by one U.S. president or vice president names
  that person ("President Obama" -> Barack Obama; not "President Bush"), from a shipped list
  (../offices.py), unless the article gives a namesake that title ("President-elect …").
- Pronouns go to the most recent compatible speaker or person, with gender learnt from
  the article only: titles (Mr., Mrs.), gendered role and kin nouns ("his wife, Ana
  Ruiz"), the person's own pronoun, and pronouns that could mean only that person (or
  follow them as subject); a bare role noun as subject ("The president's roots …, he
  told") counts as a mention of its holder, and a name inside the pronoun's own subjectless
  participle ("Campaigning against Romney, he …") is not the pronoun. The sources are read
  until no more genders settle, so what a later pronoun settles counts from the article's
  start (Resolver.read_first).
- A description continues the subject just named ("The Vermont senator said"), or names
  the person it introduces ("The state attorney general … Attorney General Ana Ruiz").
- First names the model missed: an unlabelled "Selim Oz — surgeon …", the name a
  transcript's guest calls the host by ("…, Chris."); "I" in a letter is its signer, in an
  opinion piece the writer its last paragraph introduces ("Ana Ruiz is a …").
- A relative "who" after a description set beside a name ("Ana Ruiz, a clerk who said") or
  said of a named subject ("Ana Ruiz is a lawyer who said") is that person; a description
  opening a sentence is the person the next sentence first names ("The state's tax
  commissioner says … Ana Ruiz says …"); "At least one Democrat" the first person the next
  paragraph newly names, when the article gives them that party ("Sen. Ana Ruiz (D-Mo.)");
  "someone like Mr. Ruiz" is Mr. Ruiz.
- Several speakers named together ("Ms. Ruiz and Mr. Hale said", "Norland and Vesta said")
  are one group whose members are each of them, resolved as if named alone
  (ResolvedSpeaker.members), so that the statement goes to each one's page; a "they"
  after them is them again. Not when the source also describes or counts people
  ("lawyers for Ruiz and Hale").
- Organisations: a role noun ("the bank") goes to the organisation the article gave that
  role (else the one the article keeps naming, or for "A union representing …" the one
  named next; "the agency" the office named just before, "the union" the one union named),
  a short name ("The Post", "Peabody") or acronym ("the IMF") to the full one, a campaign to its
  candidate ("Clinton campaign"); a document ("A Bloomberg poll", "In a statement, the
  union said", "He released a letter that says") speaks for its issuer, also when named
  again ("the clip", "another slide"); a candidate's ad for the candidate's campaign when
  the article names it; "the film" for whoever made "her new documentary".
- Genders settled in the article go with each person (ResolvedSpeaker.gender), so the
  database does not give "Mr. Obama" to "the first lady, Michelle Obama". When the article
  says nothing, a clear-cut first name is the evidence (../first_names.py: "Ivana" a woman,
  "Bill" a man), so "she" or "Mrs. Clinton" never goes to Bill Clinton; the article's own
  words (a title, "the first lady") win over the first name, and a pronoun against the
  first name's gender teaches nothing.
- Unnamed sources stay anonymous ("one senior EU diplomat") or groups ("analysts"); a
  pronoun, bare thing or headline fragment left unresolved gives no speaker (None).

Modules:
    person.py    Person (one cluster of names and what is learnt about it), name helpers
    evidence.py  what the words around a name say: roles, nationality, gender
    people.py    PeopleIndex: clusters and mentions; which person a name, pronoun or role
                 noun means
      introductions.py  its look-ups for a description introducing a person named next
                        or just before
      fitting.py        whether a person fits a mention's gender, nationality, role, party
    organisations.py  OrgIndex: organisations, the role nouns they are given, campaigns
    documents.py  a statement, poll, report, ad or film as its issuer's words
    resolver.py  Resolver: one function per kind of source mention, tried in the order of
                 RESOLUTION_STEPS, which are grouped by family in
      name_steps.py          names ("President Zelensky", "One hopeful, Ana Ruiz"), unnamed
      pronoun_steps.py       "who", "he"/"she", "it", "I", "they"/"we"
      role_steps.py          kin, entourage, party members, role nouns, several people
      organisation_steps.py  campaigns, organisation entities and role nouns, police
    mention_words.py  what several steps read around a mention (core phrase, entities)
"""

from .resolver import Resolver

__all__ = ["Resolver"]
