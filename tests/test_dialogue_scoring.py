"""The dialogue scoring of benches/dialogue_scoring.py on a cast and spans of our own."""

import random
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benches"))

from dialogue_scoring import Cast, GoldDialogue, PredictedDialogue, match_overlapping, normal_name, score_novel  # noqa: E402
from scoring import exact, lenient, match, trim  # noqa: E402

CAST = Cast(
    [
        {"name": "Harriet Vane", "aliases": ["Harriet", "Miss Vane"]},
        {"name": "Mr. Peter Vane", "aliases": ["Peter Vane", "Mr. Vane"]},
        {"name": "Mrs. Vane", "aliases": ["Mrs. Vane"]},
        {"name": "Bunter", "aliases": ["Bunter", "Mervyn Bunter"]},
    ]
)


def test_normal_name_ignores_case_and_punctuation():
    assert normal_name("Mr. PETER  Vane,") == ("mr", "peter", "vane")
    assert normal_name(" — ") == ()


@pytest.mark.parametrize(
    ("name", "character"),
    [
        ("Harriet", 0),  # an alias
        ("miss vane", 0),  # case ignored
        ("Mrs. Vane", 2),  # the alias itself, though other aliases contain "Vane"
        ("Mervyn", 3),  # contained in one alias only
        ("Peter", 1),
        ("Vane", None),  # contained in aliases of three characters: names none of them
        ("Lord Vane", None),  # contains no alias and is contained in none
        ("Harriet Vane Smith", 0),  # contains one character's alias only
        ("she", None),
        (None, None),
        ("", None),
    ],
)
def test_a_name_names_one_character_or_none(name, character):
    assert CAST.named(name) == character


def test_an_alias_two_characters_share_names_neither():
    cast = Cast([{"name": "Jane Bell", "aliases": ["Miss Bell"]}, {"name": "Kate Bell", "aliases": ["Miss Bell"]}])
    assert cast.named("Miss Bell") is None
    assert cast.named("Kate") == 1


def test_match_overlapping_pairs_as_match_does():
    rng = random.Random(7)
    text = "".join(rng.choice('ab ."') for _ in range(400))
    for _ in range(200):
        spans = [sorted(rng.sample(range(401), 2)) for _ in range(rng.randint(0, 12))]
        gold = [tuple(s) for s in spans[: len(spans) // 2]]
        predicted = [tuple(s) for s in spans[len(spans) // 2 :]]
        for accept in (exact, lenient):
            trimmed = ([trim(text, *g) for g in gold], [trim(text, *p) for p in predicted])
            assert match_overlapping(text, gold, predicted, accept) == match(*trimmed, accept)


TEXT = '"Come in," said Harriet. "Is it late?" asked Mr. Vane. "Very." "Then go." Bunter left.'


def spans(*parts: str) -> list[tuple[int, int]]:
    found = []
    for part in parts:
        start = TEXT.index(part)
        found.append((start, start + len(part)))
    return found


def test_score_novel_counts_characters_by_type_and_misses_as_wrong():
    (come, late, very, go) = spans("Come in,", "Is it late?", "Very.", "Then go.")
    gold = [
        GoldDialogue(*come, "Harriet Vane", "Explicit", ("Mr. Peter Vane",)),
        GoldDialogue(*late, "Mr. Peter Vane", "Explicit", ()),
        GoldDialogue(*very, "Harriet Vane", "Implicit", ()),
        GoldDialogue(*go, "Mr. Peter Vane", "Implicit", ("Harriet Vane",)),
    ]
    predicted = [
        PredictedDialogue(*come, "Harriet", "Peter"),
        PredictedDialogue(*late, "Vane"),  # ambiguous: wrong
        PredictedDialogue(*very, "Miss Vane"),
        PredictedDialogue(0, 1, None),  # spurious: the opening mark alone
    ]
    score = score_novel(TEXT, CAST, gold, predicted)
    c = score.counts
    assert (c.gold, c.predicted, c.lenient, c.exact) == (4, 4, 3, 3)
    assert c.right == 2
    assert c.gold_by_type == {"Explicit": 2, "Anaphoric": 0, "Implicit": 2}
    assert c.right_by_type == {"Explicit": 1, "Anaphoric": 0, "Implicit": 1}
    assert (c.with_addressee, c.addressee_right) == (2, 1)
    assert score.missed == [3]
    assert score.spurious == [3]
    assert score.wrong_speaker == [(1, 1)]
    figures = c.figures()
    assert figures["right_character"] == 0.5
    assert figures["right_character_by_type"]["Anaphoric"] == 0.0
