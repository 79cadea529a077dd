"""The plain regular-expression baseline of benches/peer_regex.py does what its docstring says,
on sentences made for the purpose."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benches"))

from peer_regex import predictions  # noqa: E402


def found(text: str) -> list[tuple[str, str | None]]:
    """Each quotation's words and the speaker's words, as the baseline gives them."""
    out = []
    for p in predictions(text):
        if p.mention is not None:
            assert text[p.mention.start : p.mention.end] == p.mention.text == p.speaker
        out.append((text[p.start : p.end], p.speaker))
    return out


def test_a_name_before_the_cue_after_the_quotation() -> None:
    assert found("“The bridge opens in May,” Mayor Ana Ortiz said on Friday.") == [
        ("The bridge opens in May,", "Mayor Ana Ortiz")
    ]


def test_a_cue_before_the_quotation_and_straight_marks() -> None:
    assert found('Ortiz told the council: "We have the money."') == [("We have the money.", "Ortiz")]


def test_a_pronoun_stays_a_pronoun() -> None:
    assert found("“Not this year,” she said.") == [("Not this year,", "she")]


def test_a_short_title_keeps_its_name_and_a_sentence_end_stops_it() -> None:
    assert found("“We will see,” said Sen. Ruiz. Then the vote began.") == [("We will see,", "Sen. Ruiz")]
    assert found("“We will see,” said Sen. J. de Ruiz.") == [("We will see,", "Sen. J. de Ruiz")]


def test_without_a_cue_there_is_no_speaker() -> None:
    assert found("The sign read “Closed for repairs” all week.") == [("Closed for repairs", None)]


def test_single_marks_and_line_breaks_close_nothing() -> None:
    assert found("It's the mayor's plan. ‘Maybe,’ he said.") == []
    assert found("“An opening mark\nand a closing one” on two lines") == []


def test_a_word_that_opens_a_sentence_is_no_speaker() -> None:
    assert found("“Soon,” Lopez said. The vote is next.") == [("Soon,", "Lopez")]
    assert found("The crowd said nothing. “Go home.”") == [("Go home.", None)]
