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
