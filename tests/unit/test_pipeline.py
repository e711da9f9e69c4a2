"""The audit leaves the interpreter as it found it."""

from __future__ import annotations

import gc

import pytest

import crosscheck
from crosscheck.errors import InputError


@pytest.mark.parametrize("enabled", [True, False])
def test_the_garbage_collector_is_as_it_was_after_an_audit(enabled: bool) -> None:
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        crosscheck.audit(["Officials met in Seoul on Tuesday.", "Officials met in Seoul on Friday."])
        assert gc.isenabled() is enabled
        with pytest.raises(InputError):
            crosscheck.audit(["Only one source here."])
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()
