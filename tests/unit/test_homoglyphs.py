from __future__ import annotations

import pytest

from crosscheck import homoglyphs
from crosscheck.homoglyphs import find_disguised_words


def _count_script_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []
    real = homoglyphs._script

    def counting(ch: str) -> str | None:
        calls.append(ch)
        return real(ch)

    monkeypatch.setattr(homoglyphs, "_script", counting)
    return calls


def test_plain_ascii_words_are_not_looked_up(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _count_script_calls(monkeypatch)
    assert list(find_disguised_words("Officials said the storm closed the harbour bridge. " * 50)) == []
    assert calls == []


def test_each_letter_of_a_word_is_looked_up_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _count_script_calls(monkeypatch)
    (word,) = find_disguised_words("Minister Iv\u0430nnnnnnov met officials.")
    assert word.text == "Iv\u0430nnnnnnov" and "CYRILLIC SMALL LETTER A" in word.problem
    assert sorted(calls) == sorted(set("Iv\u0430nnnnnnov"))


@pytest.mark.parametrize("hidden", ["\u200b", "\u2060", "\ufeff", "\u202c", "\u00ad"])
def test_a_figure_hiding_an_invisible_character_is_reported_not_misread(hidden: str) -> None:
    # "4\u200b3" shows as 43: read as 3 it made a number conflict "43" / "3"
    import crosscheck
    from crosscheck.models import DiscrepancyKind, FactKind

    plain = "Mayor Anna Lee said 43 people were injured in the blast on Tuesday, May 20."
    disguised = plain.replace("43", f"4{hidden}3").replace("20", f"2{hidden}0")
    audit = crosscheck.audit([plain, disguised])
    assert {d.kind for d in audit.discrepancies} == {DiscrepancyKind.HOMOGLYPH}
    assert sorted(v.text for d in audit.discrepancies for v in d.variants) == [f"2{hidden}0", f"4{hidden}3"]
    assert all("inside a figure" in d.explanation for d in audit.discrepancies)
    (claim,) = [c for c in audit.claims if c.source == "text-2"]
    assert [f.value for f in claim.facts if f.kind in (FactKind.NUMBER, FactKind.DATE)] == ["tuesday"]
    # a soft hyphen in a word is a hyphenation hint, and an invisible character at the edge of a figure debris
    assert list(find_disguised_words("a well\u00adknown 43\u200b people")) == []


def test_a_run_of_invisible_characters_after_a_digit_is_read_in_linear_time() -> None:
    # a nested pattern took seconds for 24 marks after a digit and doubled with each one more
    from crosscheck._text import hidden_in_figures

    assert hidden_in_figures("Officials said 5" + "\u200f" * 28 + " people were hurt.") == []
    assert hidden_in_figures("It ended in 2019.\u200b5 people were hurt.") == []  # a full stop, not a figure
    assert hidden_in_figures("It cost $1,2\u200b00 on May 2\u200b0.") == [(9, 15), (23, 26)]
