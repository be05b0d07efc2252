"""The confidence each rule gives what it finds, in one table.

The values rank the evidence: a quotation beside its cue is surer than a clause a cue
verb governs, which is surer than a stance word or a speaker carried over from the last
attribution. They are hand-set, not learnt; change one and the output changes (bump
EXTRACTOR_VERSION).
"""

# quotation marks and a cue meet: the surest evidence
DIRECT_QUOTE = 0.85  # a bare cue beside a quotation ('"…," he said'); also the floor of "direct"
NOUN_COLON_QUOTE = 0.8  # 'made the following comment: "…"': the noun names what follows
# a cue verb over its own clause
SPEECH_VERB = 0.7  # "said that …", also a cue interrupting its content ("X, he said, was Y")
ACCORDING_TO = 0.65  # "according to X": the phrase names a source, the clause may wander
OTHER_CUE_VERB = 0.55  # a belief or position verb ("believes", "opposes") over its clause
# a cue that found its content some other way than its clause
FRONTED_CLAUSE = 0.6  # "As the senator pointed out, the bill is dead": the main clause
INTERRUPTING_CUE = 0.6  # "These employees, Stumpf explained, were …": the sentence around
DIALOGUE_TAG = 0.6  # '"…," the coach shot back': a speaker and any verb after a quotation
AS_PUT_IT = 0.6  # "…, as a memo put it": the quotation beside the phrase
NOUN_TAGGED_CUE = 0.6  # "…, the doctor maintains.": a verb the tagger took for a noun
COLON_BLOCK = 0.6  # "He wrote:" + an unquoted paragraph
SPEAKER_LABEL = 0.6  # "NAME: words", '"Quote." ― Name', "Pence: Trump was joking"
# weaker: the cue is not a verb of saying, or the parse is guessed at
PASSIVE = 0.5  # "The plan was rejected by the council": the agent's position
IN_POLL = 0.5  # "In the latest poll, Clinton leads": what the poll reports
IN_VIEW_OF = 0.5  # "To many voters, the mayor is a reformer": their view
TITLE_HEADLINE = 0.5  # "Lawmakers Rip Trump As A ‘Fraud’": a Title Case headline
AFTER_COLON = 0.5  # 'used one of her remarks as its headline: "…"': any verb before a colon
WEAK_CUE = 0.45  # "see", "find", "know" …: perception more than a position taken
STANCE_WORD = 0.45  # "is critical of", "her criticism of": an adjective or noun of stance
OWNED_QUOTE = 0.45  # 'Trump\'s "very big mistake"': a possessor, no verb at all
QUOTED_OBJECT = 0.4  # 'admires Putin as a "strong leader"': any verb whose subject can speak
FLOATING_QUOTE = 0.35  # a quotation with no cue: the speaker of the attribution before it
