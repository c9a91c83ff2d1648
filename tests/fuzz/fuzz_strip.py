"""Coverage-guided fuzzing of `strip` in both formats with atheris (pip install 'stripper[fuzz]').

    python tests/fuzz/fuzz_strip.py -max_total_time=60 corpus/      # corpus/ seeded by run.sh
    tests/fuzz/run.sh 60                                            # seed the corpus from samples/, then fuzz

Each input's first byte picks the format (bit 2: HTML), the page pass (bit 4: always) and how the
rest becomes a str (bit 1: atheris' unicode, lone surrogates included; else UTF-8, leniently). For text, every engine invariant is
checked: strip never raises; removals' spans reproduce the output (input minus spans = text); kept
lines are the input's lines, byte-identical and in order; idempotent; the JSON report round-trips.
For HTML: never raises, the result's own spans hold against its input_text, and the JSON round-trips.
A failure writes crash-<sha1> and stops, as libFuzzer does.
"""
from __future__ import annotations

import os
import re
import sys

import atheris

with atheris.instrument_imports(include=["stripper"]):
    from stripper import Settings, strip

import orjson

ALWAYS_PAGE = Settings(page="always")
_SURROGATE = re.compile("[\ud800-\udfff]")
# Set to 1 to fuzz past an idempotence failure (the first one found, tests/fuzz/crashes/, is fixed).
SKIP_IDEMPOTENCE = os.environ.get("STRIPPER_FUZZ_SKIP_IDEMPOTENCE") == "1"


def _lines(text: str) -> list[str]:
    return re.findall(r"[^\n]*\n|[^\n]+$", text)


def check(text: str, result) -> None:
    pieces, pos = [], 0
    for r in result.removals:
        assert pos <= r.start < r.end <= len(text), (pos, r.start, r.end)
        assert text[r.start : r.end] == r.text
        pieces.append(text[pos : r.start])
        pos = r.end
    pieces.append(text[pos:])
    assert "".join(pieces) == result.text, "input minus the removed spans is not the output"
    src = iter(_lines(text))
    for line in _lines(result.text):
        assert any(line == s for s in src), f"kept line not in the input, in order: {line!r}"
    if not _SURROGATE.search(text):  # orjson refuses lone surrogates; the CLI never decodes any
        back = orjson.loads(orjson.dumps(result.to_dict()))
        assert back == result.to_dict(), "the JSON report does not round-trip"


def TestOneInput(data: bytes) -> None:
    if not data:
        return
    mode, body = data[0], data[1:]
    if mode & 1:
        doc = atheris.FuzzedDataProvider(body).ConsumeUnicode(len(body))  # lone surrogates included
    else:
        doc = body.decode("utf-8", "replace")
    if mode & 2:
        result = strip(doc, format="html")
        check(result.input_text, result)
        return
    settings = ALWAYS_PAGE if mode & 4 else None
    result = strip(doc, format="text", settings=settings)
    assert result.input_text == doc
    check(doc, result)
    # page="always" re-judges the story region on the shorter text: not idempotent by design.
    if settings is None and not SKIP_IDEMPOTENCE:
        again = strip(result.text, format="text")
        assert again.text == result.text, "not idempotent"


def main() -> None:
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
