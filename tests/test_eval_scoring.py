"""The quotation scoring of benches/scoring.py on hand-made spans."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benches"))

from scoring import (  # noqa: E402
    Gold,
    Mention,
    Predicted,
    attribution_right,
    exact,
    lenient,
    match,
    names_agree,
    overlap,
    prf,
    right_person,
    score_document,
    speaker_correct,
    trim,
)


def span_of(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("“We will win,”", "We will win"),
        ('"Yes." ', "Yes"),
        ("''It's a non-starter.''", "It's a non-starter"),
        ("``TeX style''", "TeX style"),
        ("« Non ! »", "Non"),
        ("‘I know you’ —", "I know you"),
        ("…if the primary were held", "…if the primary were held"),
        ("the 'harbour folk,' ", "the 'harbour folk"),
    ],
)
def test_trim_removes_marks_space_and_trailing_punctuation(text, kept):
    start, end = trim(text, 0, len(text))
    assert text[start:end] == kept


def test_trim_keeps_offsets_into_the_text():
    text = 'He said "No way!" and left.'
    start, end = span_of(text, '"No way!"')
    assert trim(text, start, end) == span_of(text, "No way")


def test_trim_leaves_a_span_of_marks_alone():
    assert trim("x “” y", 2, 4) == (2, 4)


def test_exact_and_lenient():
    assert exact((10, 20), (10, 20))
    assert not exact((10, 20), (10, 19))
    assert lenient((0, 10), (5, 10))  # shares 5 of the longer 10
    assert not lenient((0, 10), (6, 10))  # shares 4 of 10
    assert lenient((0, 10), (0, 19))  # shares 10 of 19: more than half
    assert not lenient((0, 10), (10, 20))
    assert overlap((0, 10), (10, 20)) == 0


def test_exact_after_trimming_both_sides():
    text = "“Biden insulted the citizens of our country,” Volodin said."
    gold = span_of(text, "Biden insulted the citizens of our country,")
    predicted = span_of(text, "“Biden insulted the citizens of our country,”")
    assert exact(trim(text, *gold), trim(text, *predicted))


def test_match_is_one_to_one_and_prefers_the_largest_overlap():
    gold = [(0, 10), (12, 20)]
    predicted = [(0, 20), (0, 10), (12, 20)]
    assert match(gold, predicted, lenient) == [(0, 1), (1, 2)]
    assert match([(0, 10)], [(0, 10), (0, 10)], exact) == [(0, 0)]
    assert match([(0, 10), (0, 10)], [(0, 10)], exact) == [(0, 0)]


def test_one_long_prediction_matches_one_of_two_gold_halves():
    gold = [(0, 12), (14, 20)]
    assert match(gold, [(0, 20)], lenient) == [(0, 0)]


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        ("Maria Zakharova", "maria zakharova", True),
        ("Kremlin spokesperson Dmitry Peskov", "Dmitry Peskov", True),
        ("Mr. Trump", "Donald Trump", True),
        ("Rep. Ann Lee, a Maine legislator", "Lee", True),
        ("Hillary Clinton’s", "Clinton", True),
        ("Martin Luther King Jr.", "King", True),
        ("Jen Psaki", "Maria Zakharova", False),
        ("Jones", "Jonesboro", False),
        ("she", "she", False),
        ("he", "Joe Biden", False),
        (None, "Joe Biden", False),
    ],
)
def test_names_agree(a, b, agree):
    assert names_agree(a, b) is agree
    assert names_agree(b, a) is agree


def test_speaker_correct_by_span_or_by_name():
    gold = Gold(0, 10, "she", 20, 23, "Maria Zakharova")
    assert speaker_correct(gold, Predicted(0, 10, None, Mention(20, 23, "she")))
    assert speaker_correct(gold, Predicted(0, 10, "Zakharova", Mention(40, 43, "she")))
    assert not speaker_correct(gold, Predicted(0, 10, "Jen Psaki", Mention(40, 43, "she")))
    assert not speaker_correct(gold, Predicted(0, 10))
    assert not speaker_correct(Gold(0, 10), Predicted(0, 10, "Jen Psaki"))


def test_a_pronoun_agrees_only_through_its_span():
    gold = Gold(0, 10, "he", 20, 22)
    assert not speaker_correct(gold, Predicted(0, 10, "he", Mention(50, 52, "he")))


def test_attribution_right_without_a_gold_speaker_needs_none_predicted():
    gold = Gold(0, 10)
    assert attribution_right(gold, Predicted(0, 10))
    assert not attribution_right(gold, Predicted(0, 10, "Joe Biden", Mention(30, 35, "Biden")))


def test_right_person_uses_the_entity():
    gold = Gold(0, 10, "She", 20, 23, "Maria Zakharova")
    assert right_person(gold, Predicted(0, 10, "Maria Zakharova", Mention(20, 23, "She")))
    assert not right_person(gold, Predicted(0, 10, "She", Mention(20, 23, "She")))


def test_prf_and_zero_denominators():
    assert prf(3, 4, 6) == pytest.approx({"precision": 0.75, "recall": 0.5, "f1": 0.6})
    assert prf(0, 0, 5) == {"precision": 0.0, "recall": 0.0, "f1": 0.0}


def test_score_document():
    text = "“We will win,” she said. He called it “a sham” and “a total disgrace, frankly.” The “Times” agreed."
    win, sham, disgrace, times = (span_of(text, s) for s in ("We will win,", "a sham", "a total disgrace, frankly.", "Times"))
    she, he = span_of(text, "she"), span_of(text, "He")
    gold = [
        Gold(*win, "she", *she, "Maria Zakharova"),
        Gold(*sham, "He", *he),
        Gold(*disgrace, "He", *he),
    ]
    predicted = [
        Predicted(*win, "Maria Zakharova", Mention(*she, "she")),  # exact, right speaker
        Predicted(sham[0], sham[1] - 2, "Zakharova", Mention(*she, "she")),  # lenient only, wrong speaker
        Predicted(*times, None),  # spurious
    ]
    score = score_document(text, gold, predicted)
    c = score.counts
    assert (c.gold, c.predicted, c.exact, c.lenient) == (3, 3, 1, 2)
    assert (c.with_speaker, c.speaker_correct, c.end_to_end) == (2, 1, 1)
    assert score.missed == [2]
    assert score.spurious == [2]
    assert score.wrong_speaker == [(1, 1)]
    assert score.errors == 3


def test_score_document_without_predictions():
    score = score_document("“Yes,” he said.", [Gold(1, 5, "he", 7, 9)], [])
    figures = score.counts.figures()
    assert figures["lenient"]["f1"] == 0.0
    assert figures["speaker_accuracy"] == 0.0
    assert score.missed == [0]


def test_lower_case_openers_count_only_boundaries_inside_a_paragraph():
    from eval import lower_case_openers

    edited = "The vote was close. Turnout was low.\n\nthe count ends today."
    informal = "i got the tickets. we leave at noon. see you there :)"
    assert lower_case_openers([edited]) == (0, 3)
    assert lower_case_openers([edited, informal]) == (2, 6)


def test_sentence_boundaries_trim_white_space_and_leave_out_the_end():
    from eval import BoundaryCounts, boundaries

    text = "It rained. we stayed in \nand read.  "
    spans = [(0, 10), (11, 25), (25, 34)]
    assert boundaries(text, spans) == {10, 23}
    gold = boundaries(text, [(0, 10), (11, 34)])
    counts = BoundaryCounts(len(gold & boundaries(text, spans)), len(gold), 2)
    assert counts.figures() == {"precision": 0.5, "recall": 1.0, "f1": 2 / 3}
    assert BoundaryCounts().figures() == {"precision": 0.0, "recall": 0.0, "f1": 0.0}


def test_no_benchmark_script_shadows_a_module_of_the_standard_library():
    # The benchmarks run with benches/ first on sys.path: a script named like a standard module
    # (profile, statistics) would be imported in its place by the peers they time.
    import sys
    from pathlib import Path

    scripts = {p.stem for p in (Path(__file__).resolve().parent.parent / "benches").glob("*.py")}
    assert scripts and not scripts & set(sys.stdlib_module_names)
