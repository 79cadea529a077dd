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
    # A surname alone keeps its honorific: `Ms. Warren` and `Mr. Warren` are two people.
    ("“We will win,” Ms. Warren said on Monday.", "We will win,", "Ms. Warren", "said", "Ms. Warren"),
    ("“Why?” Warren asked.", "Why?", "Warren", "asked", "Warren"),
    # A short attribution after a question that ends its sentence is still the question's.
    ("“Why not?” Warren asked the crowd.", "Why not?", "Warren", "asked", "Warren"),
    # After a determiner a verb of saying is a noun: part of the speaker, not the cue.
    ("“We will not back down,” the tweets said.", "We will not back down,", "the tweets", "said", "tweets"),
    (
        "“We will win,” Rosa Quintero, a former aide to the mayor, said.",
        "We will win,", "Rosa Quintero", "said", "Rosa Quintero",
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
        "“The ferry will be late,” Ann Lee, the clerk who keeps the timetable wrote on Friday.",
        "The ferry will be late,", "Ann Lee", "wrote", "Ann Lee",
    ),
    # `and` between two roles goes on with the phrase; between other words it ends it.
    (
        "“The harbour is silting up,” the Maine senator and presidential candidate told a fishing crew.",
        "The harbour is silting up,", "the Maine senator and presidential candidate", "told",
        "the Maine senator and presidential candidate",
    ),
    # A message sent in writing; `email` as a noun is the speaker instead.
    (WARREN + "“The draft is done,” she emailed her aide.", "The draft is done,", "she", "emailed", "Elizabeth Warren"),
    ("“I am ready,” the email said.", "I am ready,", "the email", "said", "email"),
    # After a full stop, a sentence that is only the attribution still reports the quotation.
    ("“We will win.” Lee said on Monday.", "We will win.", "Lee", "said", "Lee"),
]

# After a full stop, a cue whose sentence reports something of its own (a colon, `that`, a
# quotation, a long clause) opens the next report, not this one: the quotation before it has
# no attribution, and one the sentence before introduces keeps that sentence's cue.
NEXT_SENTENCE_REPORTS = [
    ("“We are tenants.” Lee added: “We are not squatters.”", "We are tenants.", NOBODY),
    ("“It is over.” Critics insisted that the deal was dead.", "It is over.", NOBODY),
    ("“It is over.” Lee said the deal was “dead on arrival.”", "It is over.", NOBODY),
    ("“It is over.” Lee also complained about the weather and the long hours at the summit in Vienna.", "It is over.", NOBODY),
    # A question or exclamation that ends its sentence ends the clause as a full stop does.
    (
        "Lee answered: “Why does the colour matter?” Critics took it as a sign that she had not read the plans.",
        "Why does the colour matter?", ("Lee", "answered", "speaker_cue_quote", "Lee"),
    ),
    (
        "Lee shouted: “Not now!” His critics saw it as proof that he was rattled by the question.",
        "Not now!", ("Lee", "shouted", "speaker_cue_quote", "Lee"),
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), NEXT_SENTENCE_REPORTS)
def test_a_cue_opening_a_report_of_its_own_is_not_the_quotations(text, words, expected):
    assert credit(text, words) == expected


@pytest.mark.parametrize(("text", "words", "mention", "cue", "speaker"), QUOTE_SPEAKER_CUE)
def test_quote_speaker_cue(text, words, mention, cue, speaker):
    assert credit(text, words) == (mention, cue, "quote_speaker_cue", speaker)


# A clause that ends the sentence with a speaker and a cue reports the whole sentence: it
# credits a partial quotation before it, over a cue inside the reported words.
CLOSING_ATTRIBUTION = [
    (
        "Nothing the coach said “will fix the defence,” the captain said on Friday.",
        "will fix the defence,", "the captain", "said", "quote_speaker_cue", "captain",
    ),
    (
        "The bakery has kept a “light touch” with its suppliers, said Ann Lee, an expert on the trade.",
        "light touch", "Ann Lee", "said", "quote_cue_speaker", "Ann Lee",
    ),
    (
        "Engineers told Lee the tunnel was “nearly dry,” The Daily Bugle reported in 2019.",
        "nearly dry,", "The Daily Bugle", "reported", "quote_speaker_cue", "Daily Bugle",
    ),
    # `as X said` after a comma later in the sentence; not a passive (`as Lee was told`).
    (
        "The choir is hardly a “local” one, as Lee’s music teacher suggested after the concert.",
        "local", "Lee’s music teacher", "suggested", "quote_speaker_cue", "Lee’s music teacher",
    ),
    # A cue after the next quotation of the sentence reports an earlier one too, before the
    # sentence's subject or the sentence before can.
    (
        "The inspectors saw no “faults worth mending,” apart from the pipes rattling “now and then,” said the director, Ann Lee.",
        "faults worth mending,", "the director", "said", "quote_cue_speaker", "director",
    ),
    (
        "Cole says the bridge is safe. “I would not cross it” -- and few would -- “after a storm,” Lee said.",
        "I would not cross it", "Lee", "said", "quote_speaker_cue", "Lee",
    ),
    # An office named with `of` goes with the role; any noun phrase may name the speaker.
    (
        "The council thanked the volunteers, whose “long nights kept the shelters open,” Secretary of Energy Maria Ruiz said.",
        "long nights kept the shelters open,", "Secretary of Energy Maria Ruiz", "said", "quote_speaker_cue", "Maria Ruiz",
    ),
    (
        "Neighbours said the park was “too noisy,” a spokesman for the city council said.",
        "too noisy,", "a spokesman for the city council", "said", "quote_speaker_cue", "spokesman for the city council",
    ),
    # A clause that opens with a verb is no noun phrase: `quotes` is no cue here.
    (
        "Last spring, Lee said, the critics called her a “lost cause,” making air quotes.",
        "lost cause,", "Lee", "said", "speaker_cue_quote", "Lee",
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
        "“We will win,” said Rosa Quintero, a former aide to the mayor.",
        "We will win,", "Rosa Quintero", "said", "Rosa Quintero",
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
    ("Two days later, Lee issued a statement calling the toll “a mistake.”", "a mistake.", "Lee", "calling", "Lee"),
    ("Ten years ago, Lee hired Cole and said, “She knows boats.”", "She knows boats.", "Lee", "said", "Lee"),
    ("Shortly after the match ended, Lee sent a statement saying the referee was “a disgrace.”", "a disgrace.", "Lee", "saying", "Lee"),
    # A later cue whose subject opens a clause of its own reports the quotation.
    (
        "Lee said on Friday that she opposed it, hours after Cole told reporters he was “pleased with the deal.”",
        "pleased with the deal.", "Cole", "told", "Cole",
    ),
    ("Lee said she likes the route, which Cole called “a trap for cyclists.”", "a trap for cyclists.", "Cole", "called", "Cole"),
    ("Lee said the vote was over; Cole said it was “far from over.”", "far from over.", "Cole", "said", "Cole"),
    # Without such a clause the outer report stays the source.
    ("Lee said that Cole told her “the deal is done.”", "the deal is done.", "Lee", "said", "Lee"),
    # An opening adverbial goes on over the state after a city and a time phrase.
    (
        "At a fair in Keene, N.H., on Sunday, Sen. Ann Lee praised Cole, saying that he would “make a fine mayor.”",
        "make a fine mayor.", "Sen. Ann Lee", "saying", "Ann Lee",
    ),
    (
        "Speaking at a library in Dover, New Hampshire, Lee turned on Cole, calling him “a paper tiger.”",
        "a paper tiger.", "Lee", "calling", "Lee",
    ),
    ("At a picnic in Boone, Iowa, Lee turned on Cole, calling him “a paper tiger.”", "a paper tiger.", "Lee", "calling", "Lee"),
    ("In Nevada, Lee turned on Cole, calling him “a paper tiger.”", "a paper tiger.", "Lee", "calling", "Lee"),
    ("In March, the prince urged Cole to resign, calling him “an embarrassment.”", "an embarrassment.", "the prince", "urged", "prince"),
    # A cue right after the object of a preposition modifies that noun: the clause's own cue
    # and subject come first.
    ("In a letter announcing the merger, the union promised “no lost jobs.”", "no lost jobs.", "the union", "promised", "union"),
    ("The mayor struck back in a statement saying the audit was “a stunt.”", "a stunt.", "The mayor", "saying", "mayor"),
    # `with` opens a clause of its own, whose subject speaks.
    ("With the mayor calling it “a disgrace,” the council voted.", "a disgrace,", "the mayor", "calling", "mayor"),
    # A cue in a subordinate clause opening the sentence is the clause's own; the main
    # clause reports the quotation, and the opening one only when nothing else does.
    ("When Cole announced the plan, Lee called it “a disaster.”", "a disaster.", "Lee", "called", "Lee"),
    ("After Cole asked who would finish first, Lee replied, “My money is on the mare.”", "My money is on the mare.", "Lee", "replied", "Lee"),
    ("As Lee said, “the vote is over.”", "the vote is over.", "Lee", "said", "Lee"),
    # `compared to` is a preposition, and a participle after the quotation no cue of its own.
    ("The senator called most of the claims “false,” compared to a tenth of the others.", "false,", "The senator", "called", "senator"),
    (WARREN + "She also vowed, “We will win this fight,” referring to the budget.", "We will win this fight,", "She", "vowed", "Elizabeth Warren"),
    # `compared` with an object still reports.
    ("Lee compared the plan to “a slow-motion disaster.”", "a slow-motion disaster.", "Lee", "compared", "Lee"),
    # `with` opens a clause of its own, whose subject speaks.
    (
        "The club has loudly protested the ruling, with the former mayor calling the fine “plainly unfair.”",
        "plainly unfair.", "the former mayor", "calling", "former mayor",
    ),
    # After `as`, a nameless speaker is the subject of its own clause, not an object.
    ("The coach, who owed his job to, as one player put it, a “lucky streak,” resigned.", "lucky streak,", "one player", "put", "one player"),
    # A verb that reports only in context reports the outer clause when `that` follows it; a
    # noun after a possessive does not.
    ("The survey finds that most anglers say the lake is “nearly empty.”", "nearly empty.", "The survey", "finds", "survey"),
    ("Lee referenced a clerk’s report that “fewer than ten” were filed.", "fewer than ten", "Lee", "referenced", "Lee"),
    # A noun for something said speaks for its possessor, when the quotation completes it;
    # not when it is a verb's object (`called Cole’s remarks “racist”`).
    (
        "Lee’s poll numbers rose after Cole’s smug suggestion at a forum that she was “too green.”",
        "too green.", "Cole’s", "suggestion", "Cole",
    ),
    (
        "Sen. Ann Lee was in Utah on Friday, and the crowd liked her call for “a second vote.”",
        "a second vote.", "her", "call", "Ann Lee",
    ),
    ("Lee called Cole’s remarks about the referee “petty.”", "petty.", "Lee", "called", "Lee"),
    # The agent after `by` owns it too.
    ("By Sunday, there was a report by the Daily Bugle that he “padded” the invoices.", "padded", "the Daily Bugle", "report", "Daily Bugle"),
    # A thing right before its cue is the cue's subject, unless a person waits behind a
    # preposition.
    (
        "The banner quotes a proverb – “If the wind will not serve, will you not row?”",
        "If the wind will not serve, will you not row?", "The banner", "quotes", "banner",
    ),
    (
        "His housing plan promises to “cut the waiting lists in half.”",
        "cut the waiting lists in half.", "His housing plan", "promises", "His housing plan",
    ),
    ("The ad closes on a clip of Lee saying, “I never read the contract.”", "I never read the contract.", "Lee", "saying", "Lee"),
    # A form in -ing before `of` is still a verb.
    ("Farmers are warning of “a thin harvest” this year.", "a thin harvest", "Farmers", "warning", "Farmers"),
    # `a Twitter comment`: a word for something said after `a` and a modifier is a noun.
    (
        "Ann Lee quickly posted a Twitter comment in reply, saying, “We cannot wait for the show!”",
        "We cannot wait for the show!", "Ann Lee", "saying", "Ann Lee",
    ),
    # A participle after the verb's object speaks for the clause's subject, a progressive too.
    ("As Lee spoke, the crowd was chanting “fair pay, fair play.”", "fair pay, fair play.", "the crowd", "chanting", "crowd"),
    ("Lee sent a flurry of tweets on Sunday saying that Cole had made “a blunder.”", "a blunder.", "Lee", "saying", "Lee"),
    ("Cole is noting the “sort of trouble” Lee had reading the budget.", "sort of trouble", "Cole", "noting", "Cole"),
    # Not in a relative clause, whose subject is the relative pronoun, nor a noun's modifier.
    (
        "Her warnings were echoed by Democrats, who cited a speech Lee gave in 2011 saying he “quietly wants” a drought.",
        "quietly wants", "who", "cited", "Democrats",
    ),
    (
        "Lee brings a useful calling card: he rescued the budget in what Cole called “a street fight.”",
        "a street fight.", "Cole", "called", "Cole",
    ),
    # In a headline-cased line, a capitalised verb of saying after a name is a cue; not a
    # name that is a verb (`Stevie Wonder`, `Edward Said wrote`).
    ("At A Bakers Forum, Ann Lee Said “We Are Keepers Of The Old Recipes.”", "We Are Keepers Of The Old Recipes.", "Ann Lee", "Said", "Ann Lee"),
    (
        "The opening drew Ann Lee and Stevie Wonder, who joked about the new stadium, “I still can't find my seat.”",
        "I still can't find my seat.", "who", "joked", "Stevie Wonder",
    ),
    ("Edward Said wrote that the plan was “a farce.”", "a farce.", "Edward Said", "wrote", "Edward Said"),
    # A name set off by commas after its role or an opening phrase, or an apposition between
    # dashes; not a place set off by commas.
    ("Lee backed the levy, which the board chairman, Sam Cole, called “a burden.”", "a burden.", "Sam Cole", "called", "Sam Cole"),
    ("At a picnic in Dayton, Gov. Ann Lee (R-Ohio), said, “We will win.”", "We will win.", "Gov. Ann Lee", "said", "Ann Lee"),
    ("Sam Cole — a nurse from Dayton — says the new clinic is “long overdue.”", "long overdue.", "Sam Cole", "says", "Sam Cole"),
    # An opening phrase with a preposition is not what a possessive apposition stands beside.
    (
        "In court papers, Lee’s lawyer asked for probation, calling the thefts “a cry for help.”",
        "a cry for help.", "Lee’s lawyer", "asked", "Lee’s lawyer",
    ),
    # A time phrase opening the sentence before the subordinate clause has no cue of its own.
    (WARREN + "She said, if chosen, she would start a “crusade” against fraud.", "crusade", "She", "said", "Elizabeth Warren"),
    # A phrase opening the sentence with a preposition is not what an apposition stands beside.
    (
        "In Maine, the reporter Ann Lee, writing in The Harbor Gazette, described a mood of “quiet dread.”",
        "quiet dread.", "the reporter Ann Lee", "writing", "Ann Lee",
    ),
    # A name as a label before a colon, after a headline's dash.
    ("ROADS CLOSED BY SNOW - Carl Lee: “Nobody should drive tonight.”", "Nobody should drive tonight.", "Carl Lee", ":", "Carl Lee"),
    ("Roads closed by snow — Carl Lee: “Nobody should drive tonight.”", "Nobody should drive tonight.", "Carl Lee", ":", "Carl Lee"),
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
    ("Ross said Hale had told the miners that “the pit will close.”", "the pit will close.", "Ross", "said", "Ross"),
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
    ("Yet Northwind released a memo saying “no jobs will be cut.”", "no jobs will be cut.", "Northwind", "saying", "Northwind"),
    # `tweets` is a noun here: the subject is found after the opening phrase.
    ("In speeches and tweets, Lee has insisted the count was “botched.”", "botched.", "Lee", "insisted", "Lee"),
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
        "After Ruiz asked for the figures, the Okafors grew “uneasy” when the bills piled up, according to an official at the housing office.",
        "uneasy", "an official", "according to", "official",
    ),
    (
        "About 300 parents joined the “sit-in” at the town hall, according to the organizers.",
        "sit-in", "the organizers", "according to", "organizers",
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
        "After the flood, Sen. Ann Lee issued the following statement:\n\n“Every family that lost a home will get help.”",
        "Every family that lost a home will get help.", "Sen. Ann Lee", "statement", "Ann Lee",
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
    "Dana Ortiz questioned Tom Hale on Sunday.\n\n"
    "\"ORTIZ: Why did you do it?\n\n\"HALE: Because we had to.\n\n\"ORTIZ: Thank you.\""
)


def test_transcript_label_credits_each_turn_to_its_label():
    doc = quotehound.analyze(TRANSCRIPT)
    assert [q.text for q in doc.quotes] == ["ORTIZ: Why did you do it?", "HALE: Because we had to.", "ORTIZ: Thank you."]
    assert [(q.mention.text, q.cue, q.rule) for q in doc.quotes] == [
        ("ORTIZ", ":", "transcript_label"),
        ("HALE", ":", "transcript_label"),
        ("ORTIZ", ":", "transcript_label"),
    ]
    first, second, third = doc.quotes
    assert first.speaker_id == third.speaker_id != second.speaker_id
    assert first.speaker.lower().endswith("ortiz")
    assert second.speaker.lower().endswith("hale")


def test_transcript_label_at_the_start_of_the_text():
    text = "\"ORTIZ: Why did you do it?\n\n\"HALE: Because we had to.\""
    doc = quotehound.analyze(text)
    assert [(q.text, q.mention.text if q.mention else None, q.rule) for q in doc.quotes] == [
        ("ORTIZ: Why did you do it?", "ORTIZ", "transcript_label"),
        ("HALE: Because we had to.", "HALE", "transcript_label"),
    ]


SIGNATURE_LINE = [
    # A last line that is a name, alone or before a comma and an affiliation, signs the
    # quotation, whose closing mark may end that line.
    (
        'The mill will close.\n\n"The poorest towns will feel the cuts first.\nAnn Lee, Institute for Rural Studies."\n\nThen it did.',
        "The poorest towns will feel the cuts first.", "Ann Lee", None, "Ann Lee",
    ),
]


@pytest.mark.parametrize(("text", "words", "mention", "cue", "speaker"), SIGNATURE_LINE)
def test_signature_line(text, words, mention, cue, speaker):
    assert credit(text, words) == (mention, cue, "signature_line", speaker)


def test_a_last_line_that_is_a_sentence_signs_nothing():
    text = 'The mill will close.\n\n"The poorest towns will feel the cuts first.\nLee and Cole will lead the way."\n\nThen it did.'
    assert credit(text, "The poorest towns will feel the cuts first.") == NOBODY


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
        "Lee said the road was “unsafe” and that drivers would see it as “an accident waiting to happen.”",
        "an accident waiting to happen.", "Lee", "said", "Lee",
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
    ("Back in 2009, Lee had backed the “bridge to nowhere.”", "bridge to nowhere.", "Lee", "Lee"),
    # A verb after a name ends the subject, though a lower-case head noun goes on with it.
    ("Norway branded the trawler fleet “a rogue operation.”", "a rogue operation.", "Norway", "Norway"),
    ("Coastal erosion experts saw the sea wall as “a waste.”", "a waste.", "Coastal erosion experts", "Coastal erosion experts"),
    (
        "French President Hélène Dufresne sees the tariff as “a slap in the face.”",
        "a slap in the face.", "French President Hélène Dufresne", "Hélène Dufresne",
    ),
    (
        "In Paris, French President Hélène Dufresne sees the tariff as “a slap in the face.”",
        "a slap in the face.", "French President Hélène Dufresne", "Hélène Dufresne",
    ),
    ("Critics see the plan as “a slap in the face.”", "a slap in the face.", "Critics", "Critics"),
    # A pronoun with a contracted verb.
    (WARREN + "He’s planning to do “far, far better” in Ohio.", "far, far better", "He", "Elizabeth Warren"),
    # A possessed noun for something said is the object here: `as` makes the quotation the
    # subject's description of it.
    ("Lee played down Cole’s remarks as “mere noise from the sidelines.”", "mere noise from the sidelines.", "Lee", "Lee"),
    # An apposition to the opening phrase's last name is stepped over too; a relative clause
    # after the subject is not that.
    (
        "Introduced at the podium by Sam Cole, the county judge, Lee launched into a tribute to the “unsung volunteers.”",
        "unsung volunteers.", "Lee", "Lee",
    ),
    ("In Washington, the senator, who backs the bill, saw it as “a disgrace.”", "a disgrace.", "the senator", "senator"),
    # A quotation inside a relative clause after the subject is the relative pronoun's; a
    # relative clause closed before the quotation is an aside.
    (
        "Cole spoke on Monday. Lee, who has cast himself as the “taxpayers’ friend,” took a hard line on spending.",
        "taxpayers’ friend,", "who", "Lee",
    ),
    ("Lee, who is 45, saw the plan as “a disgrace.”", "a disgrace.", "Lee", "Lee"),
    # A thing that is the subject of an active verb speaks through the quotation.
    ("The brochure promotes the “quiet charm” of the village.", "quiet charm", "The brochure", "brochure"),
    # After a subordinate clause whose cue is its own, the main clause's subject.
    ("As Lee spoke, the crowd waved a banner with “fair pay, fair play.”", "fair pay, fair play.", "the crowd", "crowd"),
    # A participle's clause after the quotation is no speaker before a cue (`remarks` is a
    # noun here).
    ("Lee has tried a dozen slogans, from “one town, one future,” playing on Cole’s remarks about the suburbs.", "one town, one future,", "Lee", "Lee"),
    # A participle after the quotation shares the subject before; it names nobody after it.
    ("Lee delivered a defense of “river towns,” saying they held the “soul of the valley.”", "river towns,", "Lee", "Lee"),
    # A word for something said before `of` is a noun (`claims of`), not a cue.
    (
        "Democrats on the board plan to publish the minutes to rebut Republican claims of “huge savings” in the budget.",
        "huge savings", "Democrats", "Democrats",
    ),
    # `Ohio` is where Lee spoke, not who.
    ("Lee, during a forum in Toledo, Ohio, said she was “ready to serve.”", "ready to serve.", "Lee", "Lee"),
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
        "Lee argues that the accountant never touched the money kept in the office safe. “The evidence is thin.”",
        "The evidence is thin.", "Lee", "argues", "Lee",
    ),
    (
        "Lee praised her record on the canal and on its many repairs over the years. “We need more of this.”",
        "We need more of this.", "Lee", "praised", "Lee",
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
        "“Do they check the gauges?” said Ann Lee, a pilot who has accused Cole of cutting corners. “They do not.”",
        "They do not.", "Ann Lee", "said", "Ann Lee",
    ),
    # An apposition may open with a possessive.
    (
        "Hale, Lee’s lawyer, argues that the accountant never touched the money. “The evidence is thin.”",
        "The evidence is thin.", "Hale", "argues", "Hale",
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
    ("The remarks were “cruel and petty.”", "cruel and petty."),
    ("The storm was seen as “a slap in the face.”", "a slap in the face."),
    # A thing before a copula, or before no verb in sight, is nobody.
    ("The plan is “a farce.”", "a farce."),
    ("Her ratings climbed after her call for “a second vote.”", "a second vote."),
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
    ("The choir is hardly a “local” one, as Lee was told after the concert.", "local"),
    ("Given her record, it’s safe to say she means “the bridge.”", "the bridge."),
    ("“The ferry will be late,” Ann Lee, the clerk who said it would, was right.", "The ferry will be late,"),
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
    # A name before a colon that ends a clause of its own is no label: the clause's cue reports
    # (its pronoun has no antecedent here), or, with none, nobody.
    (
        "He claimed the referee was from Leeds: “He is biased against us.”",
        "He is biased against us.", ("He", "claimed", "speaker_cue_quote", None),
    ),
    ("The rally moved on to Iowa: “We will win there too.”", "We will win there too.", NOBODY),
]


@pytest.mark.parametrize(("text", "words", "expected"), NOT_LABELS)
def test_a_name_ending_a_clause_before_a_colon_is_no_label(text, words, expected):
    assert credit(text, words) == expected


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
    # Both quotations are what the subject wants.
    text = "The guild wants a “safety officer” who reports to the mayor and “a new clinic.”"
    assert credit(text, "a new clinic.") == ("The guild", None, "continuation", "guild")


def test_the_subject_of_a_copula_is_no_mention():
    # In the speaker's paragraph the quotation goes on with her, not with `It`.
    text = "Warren said the bill was “dead in the water.” The vote was close. It was “a disgrace.”"
    assert credit(text, "a disgrace.") == ("Warren", "said", "continuation", "Warren")


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
    ("former Maine governor Tom Hale", "Tom Hale", "governor", "person"),
    ("European Commission President Ursula von der Leyen", "Ursula von der Leyen", "President", "person"),
    ("Jean-Luc Picard", "Jean-Luc Picard", None, "person"),
    ("Conan O’Brien", "Conan O’Brien", None, "person"),
    ("Ta-Nehisi Coates", "Ta-Nehisi Coates", None, "person"),
    ("Martin Luther King Jr.", "Martin Luther King Jr.", None, "person"),
    ("Mr. O’Brien", "Mr. O’Brien", "Mr.", "person"),  # a surname alone keeps its honorific
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
    ("Rosa Quintero, a former aide to the mayor, said: “We will rebuild.”", "Rosa Quintero"),
    ("“We will rebuild,” Rosa Quintero, a former aide to the mayor, said.", "Rosa Quintero"),
    ("“We will rebuild,” said Rosa Quintero, a former aide to the mayor.", "Rosa Quintero"),
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
    ("“We will rebuild,” the report said.", "the report", "report"),
    ("“We will rebuild,” officials said.", "officials", "officials"),
    ("Officials said: “We will rebuild.”", "Officials", "Officials"),
    ("“We will rebuild,” a White House spokesperson said.", "a White House spokesperson", "White House spokesperson"),
    ("“We will rebuild,” said the report.", "the report", "report"),
    # People known by what they do, and the media that carry words.
    ("The shipping magnate said that the harbour was “a gold mine.”", "The shipping magnate", "shipping magnate"),
    ("In a statement, the billionaire declared that “we will rebuild.”", "the billionaire", "billionaire"),
    ("As the gong sounded, the announcer said, “It is time for round two.”", "the announcer", "announcer"),
    ("One questioner insisted that the fees were “too high.”", "One questioner", "One questioner"),
    ("The video says the coach “has lost the dressing room.”", "The video", "video"),
    ("The liberal magazine called her “a fraud.”", "The liberal magazine", "liberal magazine"),
    ("“We will rebuild,” the article read.", "the article", "article"),
    ("“We will rebuild,” his wife said.", "his wife", "wife"),
    # A word that is mostly a verb is no head noun: `notes` here reports.
    ("The report notes that the plan is “a farce.”", "The report", "report"),
    # A quantifier opening its clause stands for people.
    ("Several said they want “more buses” for the suburbs.", "Several", "Several"),
    ("The crews were tired; most said they needed “a long rest.”", "most", "most"),
]


def test_a_quantifier_inside_a_relative_clause_is_no_speaker():
    text = "Lee said the levy, which some have called “a scam,” would pass."
    [q] = quotehound.analyze(text).quotes
    assert q.mention.text == "Lee"


@pytest.mark.parametrize(("text", "mention", "speaker"), NOMINALS)
def test_nameless_speakers_are_mentioned_by_their_noun_phrase(text, mention, speaker):
    [q] = quotehound.analyze(text).quotes
    assert (q.mention.text, q.speaker) == (mention, speaker)


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
    text = "Lee posted a photo of his turkey on Thursday, as Americans do each November. “Happy Thanksgiving, America!” he tweeted."
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
            "Lucia Ortiz moved to Denver in 2010.\n\nGrowing up in Tucson, Ortiz often helped out at her "
            "aunt’s bakery.\n\n“Small shops keep a street alive,” she said.",
            "Small shops keep a street alive,",
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
        "“This is wrong,” Ann Lee said. “You closed the plant” to lift the share price and your "
        "bonus, she said."
    )
    doc = quotehound.analyze(text)
    q = the_quote(doc, "You closed the plant")
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
    for st in doc.statements:
        assert text[st.start : st.end] == st.text
        assert (st.speaker is None) == (st.speaker_id is None)
        if st.speaker_id is not None:
            assert st.speaker == doc.speakers[st.speaker_id].name
        assert st.mention is not None and text[st.mention.start : st.mention.end] == st.mention.text
    for s in doc.speakers:
        assert s.kind in ("person", "organization", "unknown")
        assert [m.start for m in s.mentions] == sorted(m.start for m in s.mentions)
        for m in s.mentions:
            assert text[m.start : m.end] == m.text
        credited = {(q.mention.start, q.mention.end) for q in doc.quotes if q.speaker_id == s.id}
        credited |= {(st.mention.start, st.mention.end) for st in doc.statements if st.speaker_id == s.id}
        assert {(m.start, m.end) for m in s.mentions} <= credited


def check_speakers_are_quoted(text: str) -> None:
    doc = quotehound.analyze(text)
    first_credit: dict[int, int] = {}
    credits = [(q.start, q.speaker_id) for q in doc.quotes] + [(s.start, s.speaker_id) for s in doc.statements]
    for at, speaker in sorted(credits, key=lambda c: c[0]):
        if speaker is not None:
            first_credit.setdefault(speaker, at)
    # Every speaker is credited with a quotation or a statement, and they are listed in order of
    # first credit.
    assert sorted(first_credit) == list(range(len(doc.speakers)))
    assert [first_credit[i] for i in range(len(doc.speakers))] == sorted(first_credit.values())
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
    ":", "and", "that", "would", "Biden", "Bill Clinton", "Hillary Clinton", "\"ORTIZ:", "BREAKING:",
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
        "Dr. Victor Crane said the tonic was a “cure for everything.”\n\n"
        "Sen. Claire Lee scolded him: “The data say otherwise,” she said. “You sell hope in a jar.”"
    )
    doc = quotehound.analyze(text)
    assert [q.speaker for q in doc.quotes] == ["Victor Crane", "Claire Lee", "Claire Lee"]
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
