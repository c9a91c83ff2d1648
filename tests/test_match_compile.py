"""When the rules' RE2 patterns are compiled: on first search, all at once before a pool forks, or in
a thread while a dataset run starts (stripper.match.Matcher.compile_in_background)."""
from __future__ import annotations

import os
import sys

import pytest

from stripper import strip
from stripper.match import Matcher
from stripper.rules import BUILTIN

TEXT_RULES = [r for r in BUILTIN if not r.structural]


def _compiled(m: Matcher) -> list[bool]:
    return [c.regex._regex is not None for c in m.compiled if c.regex is not None]


def test_background_compile_compiles_every_pattern_and_matching_goes_on_meanwhile():
    m = Matcher(TEXT_RULES)
    assert not any(_compiled(m))
    m.compile_in_background()
    # Searches while the thread runs give the same verdicts as a matcher compiled up front.
    text = "Share this article on Facebook\nThe council voted on Tuesday.\nSubscribe to our newsletter"
    lines = text.split("\n")
    got = m.match(text, lines)
    m.compile_all()  # joins the thread
    assert all(_compiled(m))
    ref = Matcher(TEXT_RULES)
    ref.compile_all()
    assert got == ref.match(text, lines)
    assert got[1] is None and got[2] is not None


@pytest.mark.skipif(not hasattr(os, "fork") or sys.platform != "linux", reason="fork")
def test_a_fork_waits_for_the_background_compile():
    """A child must not start with RE2 halfway through a compile on a thread it does not have: the
    fork waits for the thread, and the child finds every pattern compiled."""
    m = Matcher(TEXT_RULES)
    m.compile_in_background()
    pid = os.fork()
    if pid == 0:  # the child: every pattern compiled, and stripping works
        ok = all(_compiled(m)) and strip("Story line here.\n\nSubscribe to our newsletter", format="text").text == "Story line here.\n"
        os._exit(0 if ok else 1)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
