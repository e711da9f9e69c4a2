from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from crosscheck._text import shorten, show_invisible


@given(st.text(), st.integers(min_value=3, max_value=300))
def test_shorten_keeps_within_width_and_keeps_the_start(text: str, width: int) -> None:
    short = shorten(text, width)
    assert len(short) <= width
    if len(text) <= width:
        assert short == text
    else:
        assert short.endswith("...") and text.startswith(short[:-3])


def test_show_invisible_names_controls_and_keeps_whitespace() -> None:
    assert show_invisible("a\u202eb\u200dc\x00 d\te\n") == "a<U+202E>b<U+200D>c<U+0000> d\te\n"
