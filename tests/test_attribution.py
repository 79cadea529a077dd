"""Attributing quotations: golden rules for who said what in English news text.

There is one table per attribution rule (see the rules table of the attribution module), each
with rows where the rule credits the speaker and rows where it must not; then tables for the
mentions that name speakers, for resolving mentions to speakers, invariants of the result, and
the annotated sample article. Expectations are what a careful reader of the text takes the
speaker to be. Rows the library does not meet yet are strict expected failures whose reason says
what goes wrong.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import quotehound

DATA = Path(__file__).parent / "data"

WARREN = "Sen. Elizabeth Warren spoke to reporters on Monday. "
ZAKHAROVA = "Russia’s Foreign Ministry spokesperson Maria Zakharova did not give reasons. "


def known_failure(*values, reason: str):
    return pytest.param(*values, marks=pytest.mark.xfail(strict=True, reason=reason))


def the_quote(doc: quotehound.Document, words: str) -> quotehound.Quote:
    found = [q for q in doc.quotes if q.text == words]
    assert len(found) == 1, [q.text for q in doc.quotes]
    return found[0]


def credit(text: str, words: str) -> tuple:
    """The mention, cue, rule and speaker of the quotation whose words are `words`."""
    q = the_quote(quotehound.analyze(text), words)
    return (q.mention.text if q.mention else None, q.cue, q.rule, q.speaker)


NOBODY = (None, None, None, None)


# ---------------------------------------------------------------------------------------------
# 1. One table per rule: (text, quoted words, mention, cue, speaker)
# ---------------------------------------------------------------------------------------------

QUOTE_SPEAKER_CUE = [
    ("“We will not back down,” Sen. Elizabeth Warren said.", "We will not back down,", "Sen. Elizabeth Warren", "said", "Elizabeth Warren"),
    ("“It is groundless,” Kremlin spokesperson Dmitry Peskov said.", "It is groundless,", "Kremlin spokesperson Dmitry Peskov", "said", "Dmitry Peskov"),
    ("“We are concerned,” the State Department said.", "We are concerned,", "the State Department", "said", "State Department"),
    (WARREN + "“We will win,” she said.", "We will win,", "she", "said", "Elizabeth Warren"),
    (WARREN + "“We will win,” she also said.", "We will win,", "she", "said", "Elizabeth Warren"),
    ("“We will win,” Warren told reporters.", "We will win,", "Warren", "told", "Warren"),
    ("“We will win,” Ms. Warren said on Monday.", "We will win,", "Ms. Warren", "said", "Warren"),
    ("“Why?” Warren asked.", "Why?", "Warren", "asked", "Warren"),
    # A short attribution after a question that ends its sentence is still the question's.
    ("“Why not?” Warren asked the crowd.", "Why not?", "Warren", "asked", "Warren"),
    # After a determiner a verb of saying is a noun: part of the speaker, not the cue.
    ("“We will not back down,” the tweets said.", "We will not back down,", "the tweets", "said", "tweets"),
    (
        "“We will win,” Nelson Diaz, a former aide to the mayor, said.",
        "We will win,", "Nelson Diaz", "said", "Nelson Diaz",
    ),
    (
        "“There is no end in sight,” the central bank warned.",
        "There is no end in sight,", "the central bank", "warned", "central bank",
    ),
    # The quotation's own words hold no cue and no speaker.
    (
        "“They said we would lose,” Warren said.",
        "They said we would lose,", "Warren", "said", "Warren",
    ),
    # The one spoken to is not the speaker.
    (WARREN + "“I do,” she said to him.", "I do,", "she", "said", "Elizabeth Warren"),
    (WARREN + "“I do,” she told Biden.", "I do,", "she", "told", "Elizabeth Warren"),
    (
        "“BREAKING: The vote failed,” the network tweeted.",
        "BREAKING: The vote failed,", "the network", "tweeted", "network",
    ),
    # An apposition that no comma closes runs up to the cue; a cue inside its relative clause
    # is not the quotation's.
    (
        "“The race is tightening,” Ann Lee, the pollster who founded the site tweeted on Wednesday.",
        "The race is tightening,", "Ann Lee", "tweeted", "Ann Lee",
    ),
    # `and` between two roles goes on with the phrase; between other words it ends it.
    (
        "“The region is a powder keg,” the Vermont senator and presidential candidate told a radio host.",
        "The region is a powder keg,", "the Vermont senator and presidential candidate", "told",
        "the Vermont senator and presidential candidate",
    ),
    # A message sent in writing; `email` as a noun is the speaker instead.
    (WARREN + "“I am ready,” she emailed her aide.", "I am ready,", "she", "emailed", "Elizabeth Warren"),
    ("“I am ready,” the email said.", "I am ready,", "the email", "said", "email"),
    # After a full stop, a sentence that is only the attribution still reports the quotation.
    ("“We will win.” Lee said on Monday.", "We will win.", "Lee", "said", "Lee"),
]

# After a full stop, a cue whose sentence reports something of its own (a colon, `that`, a
# quotation, a long clause) opens the next report, not this one.
NEXT_SENTENCE_REPORTS = [
    ("“We are refugees.” Lee added: “We are not terrorists.”", "We are refugees."),
    ("“It is over.” Critics insisted that the deal was dead.", "It is over."),
    ("“It is over.” Lee said the deal was “dead on arrival.”", "It is over."),
    ("“It is over.” Lee also complained about the weather and the long hours at the summit in Vienna.", "It is over."),
    # A question or exclamation that ends its sentence ends the clause as a full stop does.
    ("Lee responded: “What difference does it make?” Critics cited it as evidence that she did not care.", "What difference does it make?"),
    ("Lee shouted: “Not now!” His critics saw it as proof that he was rattled by the question.", "Not now!"),
]


@pytest.mark.parametrize(("text", "words"), NEXT_SENTENCE_REPORTS)
def test_a_cue_opening_a_report_of_its_own_is_not_the_quotations(text, words):
    assert credit(text, words)[2] != "quote_speaker_cue"


@pytest.mark.parametrize(("text", "words", "mention", "cue", "speaker"), QUOTE_SPEAKER_CUE)
def test_quote_speaker_cue(text, words, mention, cue, speaker):
    assert credit(text, words) == (mention, cue, "quote_speaker_cue", speaker)


# A clause that ends the sentence with a speaker and a cue reports the whole sentence: it
# credits a partial quotation before it, over a cue inside the reported words.
CLOSING_ATTRIBUTION = [
    (
        "Nothing the president said “will calm the markets,” the senator said on Monday.",
        "will calm the markets,", "the senator", "said", "quote_speaker_cue", "senator",
    ),
    (
        "The bank has used “velvet gloves” with its neighbours, said Ann Lee, an expert on the region.",
        "velvet gloves", "Ann Lee", "said", "quote_cue_speaker", "Ann Lee",
    ),
    (
        "Officials told Lee the plan was “on track,” The Daily Bugle reported in 2015.",
        "on track,", "The Daily Bugle", "reported", "quote_speaker_cue", "Daily Bugle",
    ),
    # `as X said` after a comma later in the sentence; not a passive (`as Lee was told`).
    (
        "The plan is hardly a “regional” one, as Lee’s campaign manager suggested after the vote.",
        "regional", "Lee’s campaign manager", "suggested", "quote_speaker_cue", "Lee’s campaign manager",
    ),
    # A cue after the next quotation of the sentence reports an earlier one too, before the
    # sentence's subject or the sentence before can.
    (
        "The bureau saw no “ties of any consequence,” aside from the men knowing each other “casually,” said the director, Ann Lee.",
        "ties of any consequence,", "the director", "said", "quote_cue_speaker", "director",
    ),
    (
        "Cole says the plan works. “I don't think so” -- and nobody does -- “at all,” Lee said.",
        "I don't think so", "Lee", "said", "quote_speaker_cue", "Lee",
    ),
    # An office named with `of` goes with the role; any noun phrase may name the speaker.
    (
        "The agency blamed the rebels, whose “tactics are meant to sow fear,” Secretary of Homeland Security Ann Lee said.",
        "tactics are meant to sow fear,", "Secretary of Homeland Security Ann Lee", "said", "quote_speaker_cue", "Ann Lee",
    ),
    (
        "Officials said the plan was “on track,” a spokesman for the city council said.",
        "on track,", "a spokesman for the city council", "said", "quote_speaker_cue", "spokesman for the city council",
    ),
    # A clause that opens with a verb is no noun phrase: `quotes` is no cue here.
    (
        "Six months ago, Lee said, the press called him a “fringe candidate,” making air quotes.",
        "fringe candidate,", "Lee", "said", "speaker_cue_quote", "Lee",
    ),
    # A participle shares the subject before it; it closes nothing.
    (
        "Lee said the rule was “unfair,” adding that it would go.",
        "unfair,", "Lee", "said", "speaker_cue_quote", "Lee",
    ),
    # A cue with a clause of its own after it is a report of its own.
    (
        "Lee said the rule was “unfair,” and Ann Smith said that it would go.",
        "unfair,", "Lee", "said", "speaker_cue_quote", "Lee",
    ),
]


@pytest.mark.parametrize(("text", "words", "mention", "cue", "rule", "speaker"), CLOSING_ATTRIBUTION)
def test_closing_attribution_reports_the_whole_sentence(text, words, mention, cue, rule, speaker):
    assert credit(text, words) == (mention, cue, rule, speaker)


QUOTE_CUE_SPEAKER = [
    ("“We will win,” said Sen. Elizabeth Warren.", "We will win,", "Sen. Elizabeth Warren", "said", "Elizabeth Warren"),
    ("“We will win,” said Kremlin spokesperson Dmitry Peskov.", "We will win,", "Kremlin spokesperson Dmitry Peskov", "said", "Dmitry Peskov"),
    ("“We will win,” says Warren.", "We will win,", "Warren", "says", "Warren"),
    ("“We will win,” said Jean-Luc Picard.", "We will win,", "Jean-Luc Picard", "said", "Jean-Luc Picard"),
    (
        "“We will win,” said White House press secretary Jen Psaki on Monday.",
        "We will win,", "White House press secretary Jen Psaki", "said", "Jen Psaki",
    ),
    (
        "“We will win,” said Nelson Diaz, a former aide to the mayor.",
        "We will win,", "Nelson Diaz", "said", "Nelson Diaz",
    ),
    (
        "“We will win,” said Ursula von der Leyen.",
        "We will win,", "Ursula von der Leyen", "said", "Ursula von der Leyen",
    ),
    known_failure(
        "“I do,” said the bride to the groom.",
        "I do,", "the bride", "said", "bride",
        reason="`bride` is no speaker noun, so mentions::after finds nothing and "
        "Reader::phrase_after_cue takes the whole phrase `the bride to the groom`",
    ),
]


@pytest.mark.parametrize(("text", "words", "mention", "cue", "speaker"), QUOTE_CUE_SPEAKER)
def test_quote_cue_speaker(text, words, mention, cue, speaker):
    assert credit(text, words) == (mention, cue, "quote_cue_speaker", speaker)


SPEAKER_CUE_QUOTE = [
    # A time phrase or an adverb's phrase up to the first comma opens the sentence.
    ("Hours later, Lee issued a statement calling the plan “a disaster.”", "a disaster.", "Lee", "calling", "Lee"),
    ("Eight years ago, Lee backed Cole and said, “He is the one.”", "He is the one.", "Lee", "said", "Lee"),
    ("Shortly after the call ended, Lee sent a statement saying the plan was “a disaster.”", "a disaster.", "Lee", "saying", "Lee"),
    # A later cue whose subject opens a clause of its own reports the quotation.
    (
        "Lee said on Monday that she backed it, hours after Cole said he was “encouraged by the plan.”",
        "encouraged by the plan.", "Cole", "said", "Cole",
    ),
    ("Lee said she backs the bill, which Cole called “a disaster for farmers.”", "a disaster for farmers.", "Cole", "called", "Cole"),
    ("Lee said the vote was over; Cole said it was “far from over.”", "far from over.", "Cole", "said", "Cole"),
    # Without such a clause the outer report stays the source.
    ("Lee said that Cole told her “the deal is done.”", "the deal is done.", "Lee", "said", "Lee"),
    # An opening adverbial goes on over the state after a city and a time phrase.
    (
        "At a rally in Portsmouth, N.H., on Tuesday, Sen. Ann Lee endorsed Cole, saying that he would “make a fine mayor.”",
        "make a fine mayor.", "Sen. Ann Lee", "saying", "Ann Lee",
    ),
    (
        "Speaking at a town hall in Salem, New Hampshire, Lee went after Cole, calling him “a total stiff.”",
        "a total stiff.", "Lee", "calling", "Lee",
    ),
    ("At an event in Ames, Iowa, Lee went after Cole, calling him “a total stiff.”", "a total stiff.", "Lee", "calling", "Lee"),
    ("In Georgia, Lee went after Cole, calling him “a total stiff.”", "a total stiff.", "Lee", "calling", "Lee"),
    ("In December, the prince urged Cole to quit, calling him “a disgrace.”", "a disgrace.", "the prince", "urged", "prince"),
    # A cue right after the object of a preposition modifies that noun: the clause's own cue
    # and subject come first.
    ("In a post announcing the deal, the union promised “a fair wage.”", "a fair wage.", "the union", "promised", "union"),
    ("The senator struck back in a statement saying the plan was “a farce.”", "a farce.", "The senator", "saying", "senator"),
    # `with` opens a clause of its own, whose subject speaks.
    ("With the mayor calling it “a disgrace,” the council voted.", "a disgrace,", "the mayor", "calling", "mayor"),
    # A cue in a subordinate clause opening the sentence is the clause's own; the main
    # clause reports the quotation, and the opening one only when nothing else does.
    ("When Cole announced the plan, Lee called it “a disaster.”", "a disaster.", "Lee", "called", "Lee"),
    ("After Cole asked who would win, Lee replied, “I would bet on the mayor.”", "I would bet on the mayor.", "Lee", "replied", "Lee"),
    ("As Lee said, “the vote is over.”", "the vote is over.", "Lee", "said", "Lee"),
    # `compared to` is a preposition, and a participle after the quotation no cue of its own.
    ("The senator called most of the claims “false,” compared to a tenth of the others.", "false,", "The senator", "called", "senator"),
    (WARREN + "She also vowed, “We will win this fight,” referring to the budget.", "We will win this fight,", "She", "vowed", "Elizabeth Warren"),
    # `compared` with an object still reports.
    ("Lee compared the plan to “a slow-motion disaster.”", "a slow-motion disaster.", "Lee", "compared", "Lee"),
    # `with` opens a clause of its own, whose subject speaks.
    (
        "The campaign has sharply criticized the decision, with the former senator calling the move “deeply troubling.”",
        "deeply troubling.", "the former senator", "calling", "former senator",
    ),
    # After `as`, a nameless speaker is the subject of its own clause, not an object.
    ("The mayor, who owed his election to, as one aide put it, an “extreme makeover,” fled.", "extreme makeover,", "one aide", "put", "one aide"),
    # A verb that reports only in context reports the outer clause when `that` follows it; a
    # noun after a possessive does not.
    ("The poll finds that most voters say the race is “too close to call.”", "too close to call.", "The poll", "finds", "poll"),
    ("Lee referenced an auditor’s report that “less than one percent” were kept.", "less than one percent", "Lee", "referenced", "Lee"),
    # A noun for something said speaks for its possessor, when the quotation completes it;
    # not when it is a verb's object (`called Cole’s remarks “racist”`).
    (
        "Lee won partly because of Cole’s patronizing suggestion at a debate that she was “likable enough.”",
        "likable enough.", "Cole’s", "suggestion", "Cole",
    ),
    (
        "Sen. Ann Lee was in Ohio on Monday, and the crowd liked her call for “a total ban.”",
        "a total ban.", "her", "call", "Ann Lee",
    ),
    ("Lee called Cole’s remarks about the judge “racist.”", "racist.", "Lee", "called", "Lee"),
    # The agent after `by` owns it too.
    ("And on Friday, it was a report by the Daily Bugle that he “fabricated” the story.", "fabricated", "the Daily Bugle", "report", "Daily Bugle"),
    # A thing right before its cue is the cue's subject, unless a person waits behind a
    # preposition.
    (
        "The photo quotes a verse – “If God is for us, who can be against us?”",
        "If God is for us, who can be against us?", "The photo", "quotes", "photo",
    ),
    (
        "Her economic plan promises to “lift up participation in the workforce.”",
        "lift up participation in the workforce.", "Her economic plan", "promises", "Her economic plan",
    ),
    ("The spot ends with footage of Lee saying, “That makes me smart.”", "That makes me smart.", "Lee", "saying", "Lee"),
    # A form in -ing before `of` is still a verb.
    ("Officials are warning of “a long winter” ahead.", "a long winter", "Officials", "warning", "Officials"),
    # `a Twitter comment`: a word for something said after `a` and a modifier is a noun.
    (
        "Ann Lee immediately posted a Twitter comment of her own, saying, “We are so excited to meet her!”",
        "We are so excited to meet her!", "Ann Lee", "saying", "Ann Lee",
    ),
    # A participle after the verb's object speaks for the clause's subject, a progressive too.
    ("As Lee spoke, the crowd was chanting “no contract, no peace.”", "no contract, no peace.", "the crowd", "chanting", "crowd"),
    ("Lee sent a string of tweets on Friday saying that Cole had shown “poor judgment.”", "poor judgment.", "Lee", "saying", "Lee"),
    ("Cole is noting the “kind of problems” Lee had answering questions.", "kind of problems", "Cole", "noting", "Cole"),
    # Not in a relative clause, whose subject is the relative pronoun, nor a noun's modifier.
    (
        "Her attacks were echoed by Democrats, who cited remarks Lee made in 2006 saying he “sort of hopes” for a crash.",
        "sort of hopes", "who", "cited", "Democrats",
    ),
    (
        "Lee has the right calling card: he protected delegates in what Cole called “hand-to-hand combat.”",
        "hand-to-hand combat.", "Cole", "called", "Cole",
    ),
    # In a headline-cased line, a capitalised verb of saying after a name is a cue; not a
    # name that is a verb (`Stevie Wonder`, `Edward Said wrote`).
    ("At A Goldman Summit, Ann Lee Said “We Are Masters Of The Trend Lines.”", "We Are Masters Of The Trend Lines.", "Ann Lee", "Said", "Ann Lee"),
    (
        "Stars came, like Ann Lee and Stevie Wonder, who joked of the museum, “I haven't seen it yet.”",
        "I haven't seen it yet.", "who", "joked", "Stevie Wonder",
    ),
    ("Edward Said wrote that the plan was “a farce.”", "a farce.", "Edward Said", "wrote", "Edward Said"),
    # A name set off by commas after its role or an opening phrase, or an apposition between
    # dashes; not a place set off by commas.
    ("Lee backed the bill, which the committee chairman, Sam Cole, called “a disaster.”", "a disaster.", "Sam Cole", "called", "Sam Cole"),
    ("At a rally in Dayton, Gov. Ann Lee (R-Ohio), said, “We will win.”", "We will win.", "Gov. Ann Lee", "said", "Ann Lee"),
    ("Sam Cole — a teacher from Dayton — says the endorsement was “a big deal.”", "a big deal.", "Sam Cole", "says", "Sam Cole"),
    # An opening phrase with a preposition is not what a possessive apposition stands beside.
    (
        "In court filings, Lee’s lawyer asked for a short sentence, calling the crime “an addiction of sorts.”",
        "an addiction of sorts.", "Lee’s lawyer", "asked", "Lee’s lawyer",
    ),
    # A time phrase opening the sentence before the subordinate clause has no cue of its own.
    (WARREN + "She said, if elected, she would lead a “moonshot” on cancer.", "moonshot", "She", "said", "Elizabeth Warren"),
    # A phrase opening the sentence with a preposition is not what an apposition stands beside.
    (
        "In Ohio, the reporter Ann Lee, writing in The Plain Dealer, described a culture of “open contempt.”",
        "open contempt.", "the reporter Ann Lee", "writing", "Ann Lee",
    ),
    # A name as a label before a colon, after a headline's dash.
    ("POLLS MISSED THE SURGE - Carl Lee: “Turnout was the story of the night.”", "Turnout was the story of the night.", "Carl Lee", ":", "Carl Lee"),
    ("Polls missed the surge — Carl Lee: “Turnout was the story of the night.”", "Turnout was the story of the night.", "Carl Lee", ":", "Carl Lee"),
    ("Biden said: “I do.”", "I do.", "Biden", "said", "Biden"),
    ("Sen. Elizabeth Warren said: “We will win.”", "We will win.", "Sen. Elizabeth Warren", "said", "Elizabeth Warren"),
    ("Warren said that “the bill is dead in the water.”", "the bill is dead in the water.", "Warren", "said", "Warren"),
    (
        "Biden said Putin would “pay a price” for election meddling.",
        "pay a price", "Biden", "said", "Biden",
    ),
    (
        ZAKHAROVA + "She said that relations were “in a difficult state”.",
        "in a difficult state", "She", "said", "Maria Zakharova",
    ),
    (
        "US President Joe Biden told ABC News: “He will pay a price.”",
        "He will pay a price.", "US President Joe Biden", "told", "Joe Biden",
    ),
    # The one asking is the speaker, not the one asked.
    ("Reporters asked Sen. Elizabeth Warren: “Will you run?”", "Will you run?", "Reporters", "asked", "Reporters"),
    # The outermost report names the source.
    ("Ross said Obama had told leaders that “the deal is done.”", "the deal is done.", "Ross", "said", "Ross"),
    # A cue inside the quotation is not a cue.
    (
        "Warren said the plan “was, they told us, a done deal.”",
        "was, they told us, a done deal.", "Warren", "said", "Warren",
    ),
    (
        "The central bank warned: “There is no end in sight.”",
        "There is no end in sight.", "The central bank", "warned", "central bank",
    ),
    # A document that is the object of the verb speaks for the clause's subject, after a
    # conjunction that opens the sentence.
    ("But Acme issued a statement saying “the deal is done.”", "the deal is done.", "Acme", "saying", "Acme"),
    # `tweets` is a noun here: the subject is found after the opening phrase.
    ("In TV interviews and tweets, Lee has argued that the plan is “rigged.”", "rigged.", "Lee", "argued", "Lee"),
    # A parenthesis before an apposition is stepped over too.
    ("Sen. Ann Lee (D-Md.), who backs the bill, said: “We will win.”", "We will win.", "Sen. Ann Lee", "said", "Ann Lee"),
    # A relative pronoun is the subject; the speaker is the noun phrase it stands for.
    (
        "The bill was backed by Sen. Ann Lee, who has said it would “save lives.”",
        "save lives.", "who", "said", "Ann Lee",
    ),
    (
        "The plan drew fire from Sen. Ann Lee (D-Md.), who called it “a disaster.”",
        "a disaster.", "who", "called", "Ann Lee",
    ),
    (
        "The money went to the Acme Corporation, which said it was “grateful.”",
        "grateful.", "which", "said", "Acme Corporation",
    ),
    # A relative clause earlier in the sentence is an aside: the main clause's cue comes first.
    (
        "Asked about officials who warned of delays, Ann Lee said the plan was “on track.”",
        "on track.", "Ann Lee", "said", "Ann Lee",
    ),
    # No verb of saying: a colon before the quotation hands it to the subject of its clause.
    ("Lee backed the bill; Cole had one complaint: “It costs too much.”", "It costs too much.", "Cole", ":", "Cole"),
    (
        "Lee backed the bill, but Cole had one complaint about it: “It costs too much and helps too few.”",
        "It costs too much and helps too few.", "Cole", ":", "Cole",
    ),
]


@pytest.mark.parametrize(
    "text",
    [
        "Lee backed the bill. It had one flaw: “It costs too much and helps too few.”",
        "There was one rule at the camp: “Never give up on a friend.”",
        "Lee backed the bill; Cole was asked one thing: “Will it pass?”",
    ],
)
def test_a_colon_after_a_clause_with_no_subject_that_speaks_credits_nobody(text):
    (quote,) = quotehound.analyze(text).quotes
    assert (quote.speaker, quote.mention, quote.rule) == (None, None, None)


@pytest.mark.parametrize(("text", "words", "mention", "cue", "speaker"), SPEAKER_CUE_QUOTE)
def test_speaker_cue_quote(text, words, mention, cue, speaker):
    assert credit(text, words) == (mention, cue, "speaker_cue_quote", speaker)


ACCORDING_TO = [
    (
        "“The risk is high,” according to Sen. Elizabeth Warren.",
        "The risk is high,", "Sen. Elizabeth Warren", "according to", "Elizabeth Warren",
    ),
    ("“The risk is high,” according to officials.", "The risk is high,", "officials", "according to", "officials"),
    (
        "The risk, according to the report, is “very high.”",
        "very high.", "the report", "according to", "report",
    ),
    (
        "according to the report, “the risk is high.”",
        "the risk is high.", "the report", "according to", "report",
    ),
    (
        "According to Sen. Elizabeth Warren, “the bill is dead.”",
        "the bill is dead.", "Sen. Elizabeth Warren", "According to", "Elizabeth Warren",
    ),
    (
        "According to the report, “the risk is high.”",
        "the risk is high.", "the report", "According to", "report",
    ),
    ("“The risk is high,” according to the report.", "The risk is high,", "the report", "according to", "report"),
    # Later in the sentence, after a comma, also after a subordinate clause whose cue is its own.
    (
        "After Cole asked about it, the Lees became “agitated” once the cameras were off, according to a source at the station.",
        "agitated", "a source", "according to", "source",
    ),
    (
        "More than 500 people joined the “walk-in” at schools across the state, according to the organizers.",
        "walk-in", "the organizers", "according to", "organizers",
    ),
]


@pytest.mark.parametrize(("text", "words", "mention", "cue", "speaker"), ACCORDING_TO)
def test_according_to(text, words, mention, cue, speaker):
    assert credit(text, words) == (mention, cue, "according_to", speaker)


def test_according_to_inside_the_quotation_is_no_cue():
    text = "“Everything went according to plan,” Warren said."
    assert credit(text, "Everything went according to plan,") == ("Warren", "said", "quote_speaker_cue", "Warren")


QUOTE_DASH_SPEAKER = [
    ("“We will win.” — Sen. Elizabeth Warren", "We will win.", "Sen. Elizabeth Warren", "—", "Elizabeth Warren"),
    ("“We will win.” – Sen. Elizabeth Warren", "We will win.", "Sen. Elizabeth Warren", "–", "Elizabeth Warren"),
    (
        "“We will win” — Kremlin spokesperson Dmitry Peskov.",
        "We will win", "Kremlin spokesperson Dmitry Peskov", "—", "Dmitry Peskov",
    ),
    (
        "“We will win.” — Sen. Elizabeth Warren, speaking on Monday",
        "We will win.", "Sen. Elizabeth Warren", "—", "Elizabeth Warren",
    ),
]


@pytest.mark.parametrize(("text", "words", "mention", "cue", "speaker"), QUOTE_DASH_SPEAKER)
def test_quote_dash_speaker(text, words, mention, cue, speaker):
    assert credit(text, words) == (mention, cue, "quote_dash_speaker", speaker)


COLON_INTRO = [
    (
        "Sen. Elizabeth Warren told reporters on Monday:\n\n“We will win.”",
        "We will win.", "Sen. Elizabeth Warren", "told", "Elizabeth Warren",
    ),
    (
        "The Kremlin said in a statement:\n\n“The allegations are groundless.”",
        "The allegations are groundless.", "The Kremlin", "said", "Kremlin",
    ),
    # `the following statement:` with no verb of saying introduces its subject's words.
    (
        "In response to the loss, Sen. Ann Lee issued the following statement:\n\n“Our prayers are with the families.”",
        "Our prayers are with the families.", "Sen. Ann Lee", "statement", "Ann Lee",
    ),
    # A quotation over two paragraphs after the colon is credited as a whole.
    (
        "Sen. Elizabeth Warren said:\n\n“We will win.\n\n“We will win soon.”",
        "We will win.\n\n“We will win soon.", "Sen. Elizabeth Warren", "said", "Elizabeth Warren",
    ),
]


@pytest.mark.parametrize(("text", "words", "mention", "cue", "speaker"), COLON_INTRO)
def test_colon_intro(text, words, mention, cue, speaker):
    assert credit(text, words) == (mention, cue, "colon_intro", speaker)


TRANSCRIPT = (
    "Chris Wallace questioned Mike Pence on Sunday.\n\n"
    "\"WALLACE: Why did you do it?\n\n\"PENCE: Because we had to.\n\n\"WALLACE: Thank you.\""
)


def test_transcript_label_credits_each_turn_to_its_label():
    doc = quotehound.analyze(TRANSCRIPT)
    assert [q.text for q in doc.quotes] == ["WALLACE: Why did you do it?", "PENCE: Because we had to.", "WALLACE: Thank you."]
    assert [(q.mention.text, q.cue, q.rule) for q in doc.quotes] == [
        ("WALLACE", ":", "transcript_label"),
        ("PENCE", ":", "transcript_label"),
        ("WALLACE", ":", "transcript_label"),
    ]
    first, second, third = doc.quotes
    assert first.speaker_id == third.speaker_id != second.speaker_id
    assert first.speaker.lower().endswith("wallace")
    assert second.speaker.lower().endswith("pence")


def test_transcript_label_at_the_start_of_the_text():
    text = "\"WALLACE: Why did you do it?\n\n\"PENCE: Because we had to.\""
    doc = quotehound.analyze(text)
    assert [(q.text, q.mention.text if q.mention else None, q.rule) for q in doc.quotes] == [
        ("WALLACE: Why did you do it?", "WALLACE", "transcript_label"),
        ("PENCE: Because we had to.", "PENCE", "transcript_label"),
    ]


SIGNATURE_LINE = [
    # A last line that is a name, alone or before a comma and an affiliation, signs the
    # quotation, whose closing mark may end that line.
    (
        'The economy will slow.\n\n"I worry that we may see a resurgence of deficits.\nAnn Lee, Center for Budget Research."\n\nThen it did.',
        "I worry that we may see a resurgence of deficits.", "Ann Lee", None, "Ann Lee",
    ),
]


@pytest.mark.parametrize(("text", "words", "mention", "cue", "speaker"), SIGNATURE_LINE)
def test_signature_line(text, words, mention, cue, speaker):
    assert credit(text, words) == (mention, cue, "signature_line", speaker)


def test_a_last_line_that_is_a_sentence_signs_nothing():
    text = 'The economy will slow.\n\n"I worry that we may see a resurgence of deficits.\nLee and Cole will lead the way."\n\nThen it did.'
    assert credit(text, "I worry that we may see a resurgence of deficits.")[2] != "signature_line"


CONTINUATION = [
    (
        "“We will win,” Sen. Elizabeth Warren said. She left. “We will win soon.”",
        "We will win soon.", "Sen. Elizabeth Warren", "said", "Elizabeth Warren",
    ),
    (
        "In Paris, the crowd cheered. “We will win,” Sen. Elizabeth Warren said.\n\n"
        "The vote was held on Tuesday. “We will win soon.”",
        "We will win soon.", "Sen. Elizabeth Warren", "said", "Elizabeth Warren",
    ),
    (
        "The report said that Russia’s “influence operations” were aimed at “denigrating” the candidate.",
        "denigrating", "The report", "said", "report",
    ),
    # After a quotation of the same sentence, the words between are no sentence's subject.
    (
        "Lee said the plan was “dead” and that voters would see it as “a slap in the face.”",
        "a slap in the face.", "Lee", "said", "Lee",
    ),
    # A quotation that runs over paragraphs: the next paragraph is the one after its close.
    (
        "“We will win,” Lee said. “We will win in March.\n\n“And we will win in May.”\n\n“Then we rest.”",
        "Then we rest.", "Lee", "said", "Lee",
    ),
]


@pytest.mark.parametrize(("text", "words", "mention", "cue", "speaker"), CONTINUATION)
def test_continuation(text, words, mention, cue, speaker):
    assert credit(text, words) == (mention, cue, "continuation", speaker)


def test_continuation_does_not_override_a_quotation_with_its_own_speaker():
    text = "“We will win,” Sen. Elizabeth Warren said. “We will lose,” Sen. Ted Cruz said."
    assert credit(text, "We will lose,") == ("Sen. Ted Cruz", "said", "quote_speaker_cue", "Ted Cruz")


SENTENCE_SUBJECT = [
    ("Thirteen years earlier, Lee had voted for the “war of choice.”", "war of choice.", "Lee", "Lee"),
    # A verb after a name ends the subject, though a lower-case head noun goes on with it.
    ("Japan branded North Korea “an outlaw nation.”", "an outlaw nation.", "Japan", "Japan"),
    ("Nuclear proliferation experts saw the test as “a failure.”", "a failure.", "Nuclear proliferation experts", "Nuclear proliferation experts"),
    (
        "French President François Hollande sees the remarks as “a slap in the face.”",
        "a slap in the face.", "French President François Hollande", "François Hollande",
    ),
    (
        "In Paris, French President François Hollande sees the remarks as “a slap in the face.”",
        "a slap in the face.", "French President François Hollande", "François Hollande",
    ),
    ("Critics see the plan as “a slap in the face.”", "a slap in the face.", "Critics", "Critics"),
    # A pronoun with a contracted verb.
    (WARREN + "He’s planning to do “very, very well” in Nevada.", "very, very well", "He", "Elizabeth Warren"),
    # A possessed noun for something said is the object here: `as` makes the quotation the
    # subject's description of it.
    ("Lee played down Cole’s comments as “just part of the campaign.”", "just part of the campaign.", "Lee", "Lee"),
    # An apposition to the opening phrase's last name is stepped over too; a relative clause
    # after the subject is not that.
    (
        "Preceded at the lectern by Sam Cole, the county sheriff, Lee launched into a lament for the “forgotten voters.”",
        "forgotten voters.", "Lee", "Lee",
    ),
    ("In Washington, the senator, who backs the bill, saw it as “a disgrace.”", "a disgrace.", "the senator", "senator"),
    # A quotation inside a relative clause after the subject is the relative pronoun's; a
    # relative clause closed before the quotation is an aside.
    (
        "Cole spoke on Monday. Lee, who has styled himself as the “law and order candidate,” took a hard line on crime.",
        "law and order candidate,", "who", "Lee",
    ),
    ("Lee, who is 45, saw the plan as “a disgrace.”", "a disgrace.", "Lee", "Lee"),
    # A thing that is the subject of an active verb speaks through the quotation.
    ("The deal promotes the “excellent location” of the hotel.", "excellent location", "The deal", "deal"),
    # After a subordinate clause whose cue is its own, the main clause's subject.
    ("As Lee spoke, the crowd waved a banner with “no contract, no peace.”", "no contract, no peace.", "the crowd", "crowd"),
    # A participle's clause after the quotation is no speaker before a cue (`remarks` is a
    # noun here).
    ("Lee has tried a dozen slogans, from “stronger together,” playing on Cole’s remarks about the city.", "stronger together,", "Lee", "Lee"),
    # A participle after the quotation shares the subject before; it names nobody after it.
    ("Lee delivered a defense of “city values,” saying the city embodied the “heart of America.”", "city values,", "Lee", "Lee"),
    # A word for something said before `of` is a noun (`claims of`), not a cue.
    (
        "Democrats on the committee plan to release transcripts to disprove Republican claims of “significant breakthroughs” in the case.",
        "significant breakthroughs", "Democrats", "Democrats",
    ),
    # `Ohio` is where Lee spoke, not who.
    ("Lee, during a town hall in Columbus, Ohio, said she was “ready to fight.”", "ready to fight.", "Lee", "Lee"),
    ("The government sees the plan as “a slap in the face.”", "a slap in the face.", "The government", "government"),
    # A participle phrase opening the sentence is stepped over.
    (
        "Speaking on the radio, Sen. Ann Lee saw the plan as “a slap in the face.”",
        "a slap in the face.", "Sen. Ann Lee", "Ann Lee",
    ),
    (
        "Asked about it later, the mayor saw the plan as “a slap in the face.”",
        "a slap in the face.", "the mayor", "mayor",
    ),
]


@pytest.mark.parametrize(("text", "words", "mention", "speaker"), SENTENCE_SUBJECT)
def test_sentence_subject(text, words, mention, speaker):
    assert credit(text, words) == (mention, None, "sentence_subject", speaker)


PREVIOUS_SENTENCE = [
    # A sentence that reports someone's words, its cue anywhere, goes on in the quotation.
    (
        "Lee argues that her client was never violent at the rally in the park. “The charges are a farce.”",
        "The charges are a farce.", "Lee", "argues", "Lee",
    ),
    (
        "Lee touted her record on the bill and on its many revisions over the years. “We need more of this.”",
        "We need more of this.", "Lee", "touted", "Lee",
    ),
    (
        "The vote failed, the party said on Monday. “We will try again.”",
        "We will try again.", "the party", "said", "party",
    ),
    (
        "Prices will keep rising, the economist says. “There is no end in sight.”",
        "There is no end in sight.", "the economist", "says", "economist",
    ),
    (
        "Inflation will keep rising, Sen. Elizabeth Warren warned. “There is no end in sight.”",
        "There is no end in sight.", "Sen. Elizabeth Warren", "warned", "Elizabeth Warren",
    ),
    (
        "Inflation will keep rising, the central bank warned. “There is no end in sight.”",
        "There is no end in sight.", "the central bank", "warned", "central bank",
    ),
    # When the sentence before holds the quotation before, its cue is that quotation's, later
    # cues in it (`after Cole spoke`) notwithstanding.
    (
        "“I like the plan,” Lee said after Cole spoke. “It is what we need.”",
        "It is what we need.", "Lee", "said", "Lee",
    ),
    (
        "“Do they read the papers?” said Ann Lee, a delegate who has accused Cole of lying. “They do not.”",
        "They do not.", "Ann Lee", "said", "Ann Lee",
    ),
    # An apposition may open with a possessive.
    (
        "Coan, Lee’s attorney, argues that his client was never violent. “The charges are a farce.”",
        "The charges are a farce.", "Coan", "argues", "Coan",
    ),
    # Without a quotation in it, the sentence's last cue reports.
    (
        "Lee spoke first, and Cole said the deal was off. “We are done here.”",
        "We are done here.", "Cole", "said", "Cole",
    ),
]


@pytest.mark.parametrize(("text", "words", "mention", "cue", "speaker"), PREVIOUS_SENTENCE)
def test_previous_sentence(text, words, mention, cue, speaker):
    assert credit(text, words) == (mention, cue, "previous_sentence", speaker)


# ---------------------------------------------------------------------------------------------
# 2. Quotations nobody is credited with
# ---------------------------------------------------------------------------------------------

NOT_CREDITED = [
    # No cue and no speaker anywhere.
    ("“We will win.”", "We will win."),
    ("The remarks were “hurtful and humiliating.”", "hurtful and humiliating."),
    ("The storm was seen as “a slap in the face.”", "a slap in the face."),
    # A thing before a copula, or before no verb in sight, is nobody.
    ("The plan is “a farce.”", "a farce."),
    ("His standing improved after his call for “a total ban.”", "a total ban."),
    # An adverb opening the sentence, or `it` with a contracted verb, is nobody.
    ("Perhaps the plan is “a farce.”", "a farce."),
    ("It’s a plan that is “a farce.”", "a farce."),
    # A cue and a speaker inside the quotation only.
    ("“They said we would lose, and we won.”", "They said we would lose, and we won."),
    # A dash followed by no speaker.
    ("“We will win” — that was the message.", "We will win"),
    ("“Peace in our time” — the phrase haunted him.", "Peace in our time"),
    # A colon at the end of the paragraph before, without a cue or with a passive one.
    ("The agenda for the day was:\n\n“Budget, then defence.”", "Budget, then defence."),
    ("Sen. Elizabeth Warren was asked:\n\n“Will you run again?”", "Will you run again?"),
    # A passive cue in the sentence before.
    ("The talks failed, officials were told. “It is over.”", "It is over."),
    ("Lee was told that the talks had failed after a long night of bargaining. “It is over.”", "It is over."),
    ("The plan is hardly a “regional” one, as Lee was told after the vote.", "regional"),
    ("Given his record, it’s safe to say he’s referring to “the wall.”", "the wall."),
    ("“The race is tightening,” Ann Lee, the pollster who said it would, was right.", "The race is tightening,"),
    # `and` after a word that is no role ends the phrase: `Lee said` is a clause of its own.
    ("“It is over,” the crowd roared and Lee said nothing.", "It is over,"),
    # A continuation needs an attributed quotation before it.
    ("“We will win.”\n\n“We will win soon.”", "We will win soon."),
    # In a later paragraph, a quotation inside a sentence is the writer's, not the last speaker's.
    ("“We will win,” Lee said.\n\nThe plan was dismissed as “a farce.”", "a farce."),
    ("“We will win,” Lee said.\n\nIt was, in the end, “a farce.”", "a farce."),
    # Nor does a speaker carry over a paragraph without quotations.
    ("“We will win,” Lee said.\n\nThe vote was held.\n\n“We will win soon.”", "We will win soon."),
    # The one asked is not the speaker.
    ("“Will you run?” Warren was asked.", "Will you run?"),
    (
        "Sen. Elizabeth Warren was asked: “Will you run?”",
        "Will you run?",
    ),
    (
        "Sen. Elizabeth Warren was asked whether the bill was “dead in the water.”",
        "dead in the water.",
    ),
]


NOT_LABELS = [
    # A name before a colon that ends a clause of its own is no label.
    ("He claimed the judge was from Mexico: “He is hostile to me.”", "He is hostile to me."),
    ("The rally moved on to Iowa: “We will win there too.”", "We will win there too."),
]


@pytest.mark.parametrize(("text", "words"), NOT_LABELS)
def test_a_name_ending_a_clause_before_a_colon_is_no_label(text, words):
    mention, cue, rule, speaker = credit(text, words)
    assert cue != ":"


@pytest.mark.parametrize(("text", "words"), NOT_CREDITED)
def test_quotations_nobody_is_credited_with(text, words):
    mention, cue, rule, speaker = credit(text, words)
    assert speaker is None
    q = the_quote(quotehound.analyze(text), words)
    assert q.speaker_id is None


def test_a_pronoun_with_no_antecedent_credits_nobody():
    text = "“We will win,” she said."
    q = the_quote(quotehound.analyze(text), "We will win,")
    assert (q.mention.text, q.cue, q.speaker, q.speaker_id) == ("she", "said", None, None)


def test_a_quotation_without_any_attribution_has_no_mention_cue_or_rule():
    q = the_quote(quotehound.analyze("“We will win.”"), "We will win.")
    assert (q.mention, q.cue, q.cue_start, q.cue_end, q.rule, q.speaker, q.speaker_id) == (None,) * 7


def test_a_relative_pronoun_right_after_a_quotation_is_no_mention():
    # `who` stands for the quoted words, not for a speaker.
    text = "The union wants a “trade prosecutor” who reports to the president and “a new office.”"
    q = the_quote(quotehound.analyze(text), "a new office.")
    assert q.mention is None or q.mention.text != "who"


def test_the_subject_of_a_copula_is_no_mention():
    text = "Warren said the bill was “dead in the water.” The vote was close. It was “a disgrace.”"
    q = the_quote(quotehound.analyze(text), "a disgrace.")
    assert q.mention is None or q.mention.text != "It"


# ---------------------------------------------------------------------------------------------
# 3. Mentions: names, titles, roles, organisations, nominals
# ---------------------------------------------------------------------------------------------

# (mention as written, speaker name, a title the speaker carries or None, speaker kind or None)
MENTIONS = [
    ("Kremlin spokesperson Dmitry Peskov", "Dmitry Peskov", "Kremlin spokesperson", "person"),
    ("Sen. Elizabeth Warren", "Elizabeth Warren", "Sen.", "person"),
    ("Gov. Gavin Newsom", "Gavin Newsom", "Gov.", "person"),
    ("Dr. Anthony Fauci", "Anthony Fauci", "Dr.", "person"),
    ("US President Joe Biden", "Joe Biden", "US President", "person"),
    ("Russia’s Foreign Ministry spokesperson Maria Zakharova", "Maria Zakharova", "spokesperson", "person"),
    ("White House press secretary Jen Psaki", "Jen Psaki", "press secretary", "person"),
    ("former Florida governor Jeb Bush", "Jeb Bush", "governor", "person"),
    ("European Commission President Ursula von der Leyen", "Ursula von der Leyen", "President", "person"),
    ("Jean-Luc Picard", "Jean-Luc Picard", None, "person"),
    ("Conan O’Brien", "Conan O’Brien", None, "person"),
    ("Ta-Nehisi Coates", "Ta-Nehisi Coates", None, "person"),
    ("Martin Luther King Jr.", "Martin Luther King Jr.", None, "person"),
    ("Mr. O’Brien", "O’Brien", "Mr.", "person"),
    ("the State Department", "State Department", None, "organization"),
    ("The Kremlin", "Kremlin", None, "organization"),
    ("Secretary of State Ann Lee", "Ann Lee", "Secretary of State", "person"),
    ("Director of National Intelligence Sam Cole", "Sam Cole", "Director of National Intelligence", "person"),
]


def _mention_rows():
    for mention, name, title, kind in MENTIONS:
        yield pytest.param(f"“We will rebuild,” {mention} said.", mention, name, title, kind, id=f"{mention}-before-cue")
        start = mention[0].upper() + mention[1:]
        yield pytest.param(f"{start} said: “We will rebuild.”", start, name, title, kind, id=f"{mention}-opens-sentence")


@pytest.mark.parametrize(("text", "mention", "name", "title", "kind"), list(_mention_rows()))
def test_mentions_with_titles_roles_and_names(text, mention, name, title, kind):
    doc = quotehound.analyze(text)
    [q] = doc.quotes
    assert q.mention.text == mention
    assert text[q.mention.start : q.mention.end] == mention
    speaker = doc.speakers[q.speaker_id]
    assert (q.speaker, speaker.name) == (name, name)
    if title is not None:
        assert any(title in t for t in speaker.titles), speaker.titles
    assert speaker.kind == kind


APPOSITIONS_AND_ASIDES = [
    ("Nelson Diaz, a former aide to the mayor, said: “We will rebuild.”", "Nelson Diaz"),
    ("“We will rebuild,” Nelson Diaz, a former aide to the mayor, said.", "Nelson Diaz"),
    ("“We will rebuild,” said Nelson Diaz, a former aide to the mayor.", "Nelson Diaz"),
    ("Sen. Marco Rubio (R-Fla.) said: “We will rebuild.”", "Marco Rubio"),
    ("Rep. Alexandria Ocasio-Cortez (D-N.Y.) told reporters: “We will rebuild.”", "Alexandria Ocasio-Cortez"),
    ("“We will rebuild,” said Martin Luther King Jr., the civil rights leader.", "Martin Luther King Jr."),
]


@pytest.mark.parametrize(("text", "name"), APPOSITIONS_AND_ASIDES)
def test_appositions_and_parentheses_are_stepped_over(text, name):
    [q] = quotehound.analyze(text).quotes
    assert q.speaker == name
    assert q.mention.text.endswith(name)


NOMINALS = [
    ("“We will rebuild,” the report said.", "the report"),
    ("“We will rebuild,” officials said.", "officials"),
    ("Officials said: “We will rebuild.”", "Officials"),
    ("“We will rebuild,” a White House spokesperson said.", "a White House spokesperson"),
    ("“We will rebuild,” said the report.", "the report"),
    # People known by what they do, and the media that carry words.
    ("The real estate mogul said that the plan was “a winner.”", "The real estate mogul"),
    ("In a statement, the billionaire announced that “we will rebuild.”", "the billionaire"),
    ("As the bell rang, the announcer said, “It is time for round two.”", "the announcer"),
    ("One questioner claimed that the rules were “rigged.”", "One questioner"),
    ("The clip says the mayor “has lost his way.”", "The clip"),
    ("The conservative publication called him “a fraud.”", "The conservative publication"),
    ("“We will rebuild,” the article read.", "the article"),
    ("“We will rebuild,” his wife said.", "his wife"),
    # A word that is mostly a verb is no head noun: `notes` here reports.
    ("The report notes that the plan is “a farce.”", "The report"),
    # A quantifier opening its clause stands for people.
    ("Several said they want “block grants” for schools.", "Several"),
    ("Nine in ten were worried; most said they were “very worried.”", "most"),
]


def test_a_quantifier_inside_a_relative_clause_is_no_speaker():
    text = "Lee said the deal, which some have argued is “a farce,” would pass."
    [q] = quotehound.analyze(text).quotes
    assert q.mention.text == "Lee"


@pytest.mark.parametrize(("text", "mention"), NOMINALS)
def test_nameless_speakers_are_mentioned_by_their_noun_phrase(text, mention):
    [q] = quotehound.analyze(text).quotes
    assert q.mention.text == mention
    assert q.speaker is not None


@pytest.mark.parametrize(
    "text",
    [
        known_failure(
            "“We will rebuild,” a White House spokesperson said.",
            reason="`House` is an organisation word, so a nameless `White House spokesperson` after a "
            "quotation is made an organisation (Reader::phrase_before_cue / mentions::after), though a "
            "spokesperson is a person",
        ),
        known_failure(
            "“We will rebuild,” said a White House spokesperson.",
            reason="`House` is an organisation word, so a nameless `White House spokesperson` is "
            "made an organisation (mentions::after), though a spokesperson is a person",
        ),
        "A White House spokesperson said: “We will rebuild.”",
    ],
)
def test_a_spokesperson_is_a_person_not_an_organisation(text):
    doc = quotehound.analyze(text)
    [q] = doc.quotes
    assert doc.speakers[q.speaker_id].kind != "organization"


def test_a_report_is_not_a_person():
    doc = quotehound.analyze("“Russia interfered,” the report said.")
    [q] = doc.quotes
    assert doc.speakers[q.speaker_id].kind != "person"


# ---------------------------------------------------------------------------------------------
# 4. Resolution: pronouns, short names, namesakes
# ---------------------------------------------------------------------------------------------


def test_she_is_the_woman_named_just_before():
    text = (
        ZAKHAROVA + "She said relations were “in a difficult state”.\n\n"
        "“We are interested in preventing their degradation,” she added."
    )
    doc = quotehound.analyze(text)
    assert [q.speaker for q in doc.quotes] == ["Maria Zakharova", "Maria Zakharova"]
    assert [q.mention.text for q in doc.quotes] == ["She", "she"]
    assert doc.quotes[0].speaker_id == doc.quotes[1].speaker_id
    [speaker] = doc.speakers
    assert (speaker.name, speaker.kind) == ("Maria Zakharova", "person")
    assert any("spokesperson" in t for t in speaker.titles)


def test_a_pronoun_after_a_quotation_does_not_look_inside_it():
    # Capitalised words quoted are no antecedent; the person named before the quotation is.
    text = "Lee posted a photo of his lunch on Monday, a day on which Americans celebrate. “Happy Cinco de Mayo!” he tweeted."
    [q] = quotehound.analyze(text).quotes
    assert (q.mention.text, q.speaker) == ("he", "Lee")


def test_a_pronoun_with_a_contracted_verb_is_no_name():
    text = "She’ll be back in Ohio on Monday, aides said. “We will win,” she said."
    doc = quotehound.analyze(text)
    assert all("’ll" not in s.name for s in doc.speakers)


def test_she_is_the_latest_woman_quoted():
    text = (
        "“We will talk,” Sergei Ryabkov said. “We will not wait,” Maria Zakharova said.\n\n"
        "“We are ready,” she added."
    )
    q = the_quote(quotehound.analyze(text), "We are ready,")
    assert q.speaker == "Maria Zakharova"


@pytest.mark.xfail(
    strict=True,
    reason="a man quoted later, whose gender no title or pronoun has told, is taken for `she` "
    "(speakers::Resolver::antecedent does not know `Sergei` names a man)",
)
def test_she_skips_a_man_quoted_in_between():
    text = (
        "“We will talk,” Maria Zakharova said. “We will not wait,” Sergei Ryabkov said.\n\n"
        "“We are ready,” she added."
    )
    q = the_quote(quotehound.analyze(text), "We are ready,")
    assert q.speaker == "Maria Zakharova"


@pytest.mark.xfail(
    strict=True,
    reason="when the latest speaker is a man (told by `he`), speakers::Resolver::antecedent looks "
    "for a name in the sentences just before, finds the man again and gives up instead of going "
    "back to the woman quoted earlier",
)
def test_she_skips_a_man_known_to_be_a_man():
    text = (
        "“We will talk,” Maria Zakharova said. “We will not wait,” Sergei Ryabkov said. “Never,” he added.\n\n"
        "“We are ready,” she added."
    )
    q = the_quote(quotehound.analyze(text), "We are ready,")
    assert q.speaker == "Maria Zakharova"


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        (
            "Lucia Ortiz moved to Denver in 2010.\n\nGrowing up in Tucson, Ortiz often saw families cross "
            "the border.\n\n“Those camps are a disgrace,” she said.",
            "Those camps are a disgrace,",
            "Lucia Ortiz",
        ),
        (
            "Ann Lee spoke to reporters on Monday.\n\nAsked about the budget deal that the council passed "
            "last week, which cut school funding, she replied: “It is not enough.”",
            "It is not enough.",
            "Ann Lee",
        ),
        (
            "“We acted fast,” Mayor Tom Hale said.\n\nAsked whether the plan would survive a vote, he "
            "shrugged.\n\n“We will see,” he said.",
            "We will see,",
            "Tom Hale",
        ),
        (
            "Gov. Ray Lund met the press.\n\nExpecting questions, Lund read a statement.\n\n“I am ready,” he said.",
            "I am ready,",
            "Ray Lund",
        ),
    ],
    ids=["growing-up-in", "asked-about", "asked-whether", "short-phrase"],
)
def test_a_participle_opening_a_sentence_names_nobody(text: str, words: str, speaker: str) -> None:
    q = the_quote(quotehound.analyze(text), words)
    assert q.speaker == speaker


@pytest.mark.parametrize("text", ["Manning said he would stay.", "Fielding spoke first."])
def test_a_name_like_a_participle_still_opens_a_sentence(text: str) -> None:
    doc = quotehound.analyze(text + " “We are done,” he said.")
    assert the_quote(doc, "We are done,").speaker == text.split()[0]


@pytest.mark.parametrize(
    "opening",
    ["Critics laughed when Tom Hale announced his plan.", "Voters cheered as Tom Hale took the stage."],
)
def test_a_plural_noun_opening_a_sentence_names_nobody(opening: str) -> None:
    text = opening + " “It will work,” he said."
    assert the_quote(quotehound.analyze(text), "It will work,").speaker == "Tom Hale"


def test_a_pronoun_after_a_quotation_and_a_phrase_is_resolved_not_named() -> None:
    text = (
        "“This is wrong,” Ann Lee said. “You failed your workers” to raise the share price and your "
        "pay, she said."
    )
    doc = quotehound.analyze(text)
    q = the_quote(doc, "You failed your workers")
    assert (q.speaker, q.mention.text) == ("Ann Lee", "she")
    assert [s.name for s in doc.speakers] == ["Ann Lee"]


def test_she_and_he_go_to_different_people():
    text = "“We will win,” Sen. Elizabeth Warren said. “We will lose,” Sen. Ted Cruz said. “We will see,” he said."
    q = the_quote(quotehound.analyze(text), "We will see,")
    assert q.speaker == "Ted Cruz"


def test_full_name_short_name_and_pronoun_are_one_speaker():
    text = (
        "US President Joe Biden said Putin would “pay a price.” Asked again, Biden said: “I do.”\n\n"
        "“He is a killer,” he said."
    )
    doc = quotehound.analyze(text)
    assert [q.speaker for q in doc.quotes] == ["Joe Biden"] * 3
    assert len({q.speaker_id for q in doc.quotes}) == 1
    [speaker] = doc.speakers
    assert speaker.name == "Joe Biden"
    assert speaker.kind == "person"
    assert any("President" in t for t in speaker.titles)
    assert [m.text for m in speaker.mentions] == ["US President Joe Biden", "Biden", "he"]
    for m in speaker.mentions:
        assert text[m.start : m.end] == m.text


def test_a_short_name_takes_the_full_name_given_earlier():
    text = (
        "Vyacheslav Volodin, the Speaker of the lower house, denounced Biden. "
        "“Biden insulted the citizens of our country,” Volodin said."
    )
    q = the_quote(quotehound.analyze(text), "Biden insulted the citizens of our country,")
    assert q.speaker == "Vyacheslav Volodin"
    assert q.mention.text == "Volodin"


def test_namesakes_with_different_first_names_are_two_speakers():
    text = "“We will win,” Bill Clinton said. “We will win too,” Hillary Clinton said."
    doc = quotehound.analyze(text)
    assert [q.speaker for q in doc.quotes] == ["Bill Clinton", "Hillary Clinton"]
    assert doc.quotes[0].speaker_id != doc.quotes[1].speaker_id
    assert [s.name for s in doc.speakers] == ["Bill Clinton", "Hillary Clinton"]


def test_it_is_the_organisation_named_just_before():
    text = "The State Department issued a statement on Monday. “We are concerned,” it said."
    doc = quotehound.analyze(text)
    [q] = doc.quotes
    assert q.mention.text == "it"
    assert q.speaker == "State Department"
    assert doc.speakers[q.speaker_id].kind == "organization"


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("the State Department", "State Department"),
        ("the U.S. State Department", "U.S. State Department"),
        # `Justice` and `General` are also roles: here they are part of the name.
        ("the Justice Department", "Justice Department"),
        ("the UN General Assembly", "UN General Assembly"),
        ("the Homeland Security Department", "Homeland Security Department"),
        ("the Los Angeles Police Department", "Los Angeles Police Department"),
        ("the Fire Department", "Fire Department"),
    ],
)
def test_an_organisation_keeps_the_name_the_text_gives(written, name):
    doc = quotehound.analyze(f"“We disagree,” {written} said.")
    [q] = doc.quotes
    assert q.mention.text == written
    assert q.speaker == name
    assert doc.speakers[q.speaker_id].titles == ()


def test_a_possessive_before_an_organisation_is_not_its_name():
    doc = quotehound.analyze("Russia’s Foreign Ministry said: “We disagree.”")
    [q] = doc.quotes
    assert q.mention.text == "Russia’s Foreign Ministry"
    assert q.speaker == "Foreign Ministry"
    assert doc.speakers[q.speaker_id].titles == ("Russia’s",)


def test_it_is_the_report_named_just_before():
    text = "A declassified intelligence report was released on Tuesday. “Russia interfered,” it said."
    doc = quotehound.analyze(text)
    [q] = doc.quotes
    assert q.mention.text == "it"
    assert q.speaker is not None and q.speaker.endswith("report")
    assert doc.speakers[q.speaker_id].kind != "person"


def test_speakers_are_listed_in_order_of_first_quotation():
    text = (
        "“We will win,” Sen. Ted Cruz said. “We will lose,” Sen. Elizabeth Warren said. "
        "“Maybe,” Cruz said."
    )
    doc = quotehound.analyze(text)
    assert [s.name for s in doc.speakers] == ["Ted Cruz", "Elizabeth Warren"]
    assert [q.speaker_id for q in doc.quotes] == [0, 1, 0]


# ---------------------------------------------------------------------------------------------
# 5. Invariants of the result
# ---------------------------------------------------------------------------------------------

SEED = json.loads((DATA / "seed_article.jsonl").read_text(encoding="utf-8").splitlines()[0])


def _table_texts():
    tables = [QUOTE_SPEAKER_CUE, QUOTE_CUE_SPEAKER, SPEAKER_CUE_QUOTE, ACCORDING_TO, QUOTE_DASH_SPEAKER,
              COLON_INTRO, CONTINUATION, SENTENCE_SUBJECT, PREVIOUS_SENTENCE, NOT_CREDITED]
    texts = [SEED["text"], TRANSCRIPT]
    for table in tables:
        for row in table:
            values = row.values if hasattr(row, "values") else row
            texts.append(values[0])
    return texts


def check_speaker_fields(text: str) -> None:
    doc = quotehound.analyze(text)
    assert [s.id for s in doc.speakers] == list(range(len(doc.speakers)))
    for q in doc.quotes:
        assert (q.speaker is None) == (q.speaker_id is None)
        if q.speaker_id is not None:
            assert 0 <= q.speaker_id < len(doc.speakers)
            assert q.speaker == doc.speakers[q.speaker_id].name
            assert q.mention is not None
        if q.mention is not None:
            assert text[q.mention.start : q.mention.end] == q.mention.text
            assert q.rule is not None
        if q.cue is not None:
            assert text[q.cue_start : q.cue_end] == q.cue
        else:
            assert q.cue_start is None and q.cue_end is None
    for s in doc.speakers:
        assert s.kind in ("person", "organization", "unknown")
        assert [m.start for m in s.mentions] == sorted(m.start for m in s.mentions)
        for m in s.mentions:
            assert text[m.start : m.end] == m.text
        credited = {(q.mention.start, q.mention.end) for q in doc.quotes if q.speaker_id == s.id}
        assert {(m.start, m.end) for m in s.mentions} <= credited


def check_speakers_are_quoted(text: str) -> None:
    doc = quotehound.analyze(text)
    first_quote = {}
    for q in doc.quotes:
        if q.speaker_id is not None:
            first_quote.setdefault(q.speaker_id, q.index)
    # Every speaker is credited with a quotation, and they are listed in order of first quotation.
    assert sorted(first_quote) == list(range(len(doc.speakers)))
    assert [first_quote[i] for i in range(len(doc.speakers))] == sorted(first_quote.values())
    assert all(s.mentions for s in doc.speakers), doc.speakers


@pytest.mark.parametrize("text", _table_texts())
def test_speaker_fields_agree_with_the_speaker_list(text):
    check_speaker_fields(text)


@pytest.mark.parametrize("text", _table_texts())
def test_every_listed_speaker_is_credited_with_a_quotation(text):
    check_speakers_are_quoted(text)


REJECTED_ANTECEDENT = "Mr. Ted Cruz spoke on Monday. “We will win,” she said."


def test_a_name_rejected_as_antecedent_is_not_listed_as_a_speaker():
    doc = quotehound.analyze(REJECTED_ANTECEDENT)
    [q] = doc.quotes
    assert q.speaker is None
    assert doc.speakers == ()


ATTRIBUTION_PIECES = [
    "“We will win,”", "“We will win.”", "“pay a price”", "“Why?”", "\"Yes,\"", "‘No,’", "``Fine,''",
    "Sen. Elizabeth Warren", "Warren", "Dmitry Peskov", "Kremlin spokesperson", "she", "he", "it", "they",
    "the report", "the State Department", "officials", "a White House spokesperson", "Maria Zakharova",
    "said", "said:", "told", "asked", "added", "was asked", "according to", "According to", "—", ",", ".",
    ":", "and", "that", "would", "Biden", "Bill Clinton", "Hillary Clinton", "\"WALLACE:", "BREAKING:",
]

attribution_text = st.lists(
    st.tuples(st.sampled_from(ATTRIBUTION_PIECES), st.sampled_from([" ", " ", "", "\n\n", "\n"])),
    max_size=40,
).map(lambda parts: "".join(piece + separator for piece, separator in parts))


RANDOM_SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@RANDOM_SETTINGS
@given(attribution_text)
def test_speaker_fields_agree_with_the_speaker_list_on_random_text(text):
    check_speaker_fields(text)


@RANDOM_SETTINGS
@given(attribution_text)
@example(REJECTED_ANTECEDENT)
def test_every_listed_speaker_is_credited_with_a_quotation_on_random_text(text):
    check_speakers_are_quoted(text)


# ---------------------------------------------------------------------------------------------
# 6. The annotated sample article
# ---------------------------------------------------------------------------------------------

GOLD = SEED["quotes"]
SEED_DOC = quotehound.analyze(SEED["text"])


def _agrees(predicted: str | None, entity: str) -> bool:
    if not predicted:
        return False
    a, b = predicted.lower(), entity.lower()
    return a.split()[-1] == b.split()[-1] or a in b or b in a


def test_sample_article_has_all_twenty_quotations_with_exact_spans():
    assert len(GOLD) == 20
    assert [(q.start, q.end) for q in SEED_DOC.quotes] == [(g["start"], g["end"]) for g in GOLD]


def _gold_id(g) -> str:
    return f"{g['start']}-{SEED['text'][g['start']:g['end']][:24]}"


@pytest.mark.parametrize("gold", [g for g in GOLD if g["speaker_entity"]], ids=_gold_id)
def test_sample_article_quotation_is_credited_to_its_speaker(gold):
    found = [q for q in SEED_DOC.quotes if (q.start, q.end) == (gold["start"], gold["end"])]
    assert found, "quotation not found"
    q = found[0]
    overlaps = q.mention is not None and q.mention.start < gold["speaker_end"] and gold["speaker_start"] < q.mention.end
    assert overlaps or _agrees(q.speaker, gold["speaker_entity"]), (q.mention, q.speaker, gold["speaker_entity"])


@pytest.mark.parametrize(
    "gold",
    [
        pytest.param(
            g,
            id=_gold_id(g),
            marks=pytest.mark.xfail(
                strict=True,
                reason="`killer` is the interviewer's word in `When asked if he believed that Putin ... was "
                "a “killer”`; Reader::cue_and_subject passes over the subjectless `asked` and takes `he "
                "believed`, the one asked, as the report",
            ),
        )
        for g in GOLD
        if not g["speaker_entity"]
    ],
)
def test_sample_article_quotation_without_a_speaker_is_credited_to_nobody(gold):
    [q] = [q for q in SEED_DOC.quotes if (q.start, q.end) == (gold["start"], gold["end"])]
    assert q.speaker is None


def test_sample_article_speakers():
    names = [s.name for s in SEED_DOC.speakers]
    for entity in ["Joe Biden", "Maria Zakharova", "Sergei Ryabkov", "Jen Psaki", "Vyacheslav Volodin", "Dmitry Peskov"]:
        assert entity in names
    by_name = {s.name: s for s in SEED_DOC.speakers}
    assert by_name["Dmitry Peskov"].kind == "person"
    assert any("Kremlin spokesperson" in t for t in by_name["Dmitry Peskov"].titles)
    assert len(names) == len(set(names))


def test_a_pronoun_after_the_quotation_is_the_person_its_sentence_names_before_it():
    text = (
        "Dr. Mehmet Oz said the extract was a “miracle in a bottle.”\n\n"
        "Sen. Claire Lee scolded him: “The science is against you,” she said. “You give people false hope.”"
    )
    doc = quotehound.analyze(text)
    assert [q.speaker for q in doc.quotes] == ["Mehmet Oz", "Claire Lee", "Claire Lee"]
    assert [q.mention.text for q in doc.quotes[1:]] == ["she", "she"]



@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("“We will win,” Cole echoes.", "echoes"),
        ("Lee is agreeing: “We will win.”", "agreeing"),
        ("“We will win,” Lee emailed.", "emailed"),
        ("Lee was prophesying: “We will win.”", "prophesying"),
    ],
)
def test_every_listed_form_of_a_verb_of_saying_is_a_cue(text, cue):
    [q] = quotehound.analyze(text).quotes
    assert (q.cue, q.speaker) == (cue, "Lee" if "Lee" in text else "Cole")
