"""Dataset runs lose nothing and change nothing they were not asked to (issue 14, round two; issue 11's
bad files and row traceability): one writer per output, no option that clobbers a file or a field,
changed rows byte-exact outside the cleaned field, temporary files never followed through a
symlink, every Arrow type passed through, bad input files reported while the others are cleaned."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import orjson
import pytest
from test_dataset_support import BOILER, STORY, app, read_rows, sample_rows, write_jsonl
from typer.testing import CliRunner

from stripper import strip
from stripper.dataset import Job, run
from stripper.dataset.lock import OutputLock

runner = CliRunner()


def invoke(*args: object):
    return runner.invoke(app, ["dataset", *map(str, args), "--no-progress"])


def lines_of(path: Path) -> list[bytes]:
    return path.read_bytes().splitlines()


def rejects_of(path: Path) -> list[dict]:
    return [orjson.loads(x) for x in path.read_bytes().splitlines()] if path.exists() else []


CHANGED = f"{STORY}\n\n{BOILER}\n\n{STORY} Again."
CLEAN = strip(CHANGED, format="text").text


# -- 14.1: one writer per output ---------------------------------------------------------------
def test_a_second_writer_of_the_same_output_is_refused(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "in.jsonl", sample_rows(5))
    out = tmp_path / "same.jsonl"
    with OutputLock([out]):  # another run holds the output
        r = invoke(tmp_path / "in.jsonl", out, "-j", "1")
        assert r.exit_code == 3 and "another stripper run" in r.output and str(os.getpid()) in r.output
        assert not out.exists()
    r = invoke(tmp_path / "in.jsonl", out, "-j", "1")  # released: the run goes ahead
    assert r.exit_code == 0, r.output
    assert not list(tmp_path.glob("*tmp-stripper*")), "the lock file is removed with the run"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_two_concurrent_runs_never_both_report_success_over_one_file(tmp_path: Path) -> None:
    # The reproducer: `dataset all.jsonl same.jsonl & sleep .3; dataset small.jsonl same.jsonl`. The
    # first run reads a FIFO here, so it is certainly still running (and holding the output) when
    # the second starts.
    big, small = tmp_path / "big.jsonl", tmp_path / "small.jsonl"
    os.mkfifo(big)
    write_jsonl(small, sample_rows(30))
    out = tmp_path / "same.jsonl"
    cmd = [sys.executable, "-m", "stripper", "dataset", "--no-progress", "-j", "1", "--checkpoint-every", "0"]
    first = subprocess.Popen([*cmd, str(big), str(out)], stderr=subprocess.PIPE, text=True)
    try:
        lock = Path(str(out) + ".tmp-stripper.lock")
        deadline = time.monotonic() + 60
        while not lock.exists() and first.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        second = subprocess.run([*cmd, str(small), str(out)], stderr=subprocess.PIPE, text=True, timeout=120)
        with open(big, "wb") as f:  # now let the first run read its rows
            f.write(b"".join(orjson.dumps(r) + b"\n" for r in sample_rows(300)))
        first_err = first.communicate(timeout=120)[1]
    finally:
        first.kill()
    assert first.returncode == 0, first_err
    assert second.returncode == 3 and "another stripper run" in second.stderr, second.stderr
    assert len(read_rows(out)) == 300


def test_a_finished_shard_that_vanished_is_an_error_not_skipped(tmp_path: Path) -> None:
    from stripper.dataset.output import Output
    from stripper.dataset.output import tmp_path as tmp_of
    from stripper.errors import InputError

    out = Output(tmp_path / "shards", "jsonl", directory=True, shard_size=2)
    out.write([(None, b'{"text": "a"}\n')])
    out.commit()
    out.close_shard()
    tmp_of(out.final(0)).unlink()  # another process removed it
    with pytest.raises(InputError, match="is gone"):
        out.rename_done()


# -- 14.2: no option clobbers a file or a field ------------------------------------------------
@pytest.mark.parametrize(
    "extra,message",
    [
        (["--stats", "{in}"], "is an input"),
        (["--rejects", "{in}"], "is an input"),
        (["--rejects", "{out}"], "both"),
        (["--stats", "{out}"], "both"),
        (["--keep-removals", "--removals-field", "text"], "--removals-field"),
        (["--output-field", "id", "--id-field", "id"], "--output-field"),
        (["--source-field", "clean", "--output-field", "clean"], "--source-field"),
        (["--warnings-field", "id", "--id-field", "id"], "--warnings-field"),
    ],
)
def test_colliding_paths_and_fields_are_refused(tmp_path: Path, extra: list[str], message: str) -> None:
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_jsonl(src, sample_rows(4))
    before = src.read_bytes()
    r = invoke(src, out, *[x.format(**{"in": src, "out": out}) for x in extra])
    assert r.exit_code == 2 and message in r.output and "Traceback" not in r.output
    assert src.read_bytes() == before and not out.exists()


def test_an_added_field_the_row_already_has_rejects_the_row_not_the_field(tmp_path: Path) -> None:
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    rows = sample_rows(4)
    write_jsonl(src, rows)
    r = invoke(src, out, "--output-field", "id", "-j", "1")  # every row has an "id"
    assert r.exit_code == 1
    rejected = rejects_of(tmp_path / "out.rejects.jsonl")
    assert [x["kind"] for x in rejected] == ["field-collision"] * 4
    assert [orjson.loads(x["raw"]) for x in rejected] == rows  # nothing lost


def test_a_parquet_column_stripper_would_overwrite_is_refused_up_front(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pylist(sample_rows(3)), tmp_path / "in.parquet")
    r = invoke(tmp_path / "in.parquet", tmp_path / "out.parquet", "--output-field", "n")
    assert r.exit_code == 2 and "'n'" in r.output


def test_an_input_inside_the_output_directory_is_refused(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    write_jsonl(tmp_path / "out" / "part-00000.jsonl", sample_rows(3))
    r = invoke(tmp_path / "out" / "part-00000.jsonl", tmp_path / "out", "--shard-size", "2", "--overwrite")
    assert r.exit_code == 2 and "inside the output directory" in r.output


# -- 14.3: a changed row keeps every other byte ------------------------------------------------
def test_numbers_and_layout_of_changed_rows_are_kept_byte_for_byte(tmp_path: Path) -> None:
    text = json.dumps(CHANGED)
    raw = [
        b'{"id": 1, "big": 1e400, "tiny": 1.0e-400, "e": 1E2, "dec": 1234567890123456789012345678.5, "text": ' + text.encode() + b', "z": [1.50, {"k": -0.0}]}',
        b'{"text":' + text.encode() + b',"n":123456789012345678901234567890,"nan":NaN}',
        b'{ "a" : "caf\\u00e9" ,  "text" : ' + text.encode() + b' }',
    ]
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_bytes(b"\n".join(raw) + b"\n")
    r = invoke(src, out, "-j", "1")
    assert r.exit_code == 0, r.output
    got = lines_of(out)
    new = json.dumps(CLEAN, ensure_ascii=False).encode()
    assert got == [line.replace(text.encode(), new) for line in raw]


def test_added_fields_are_appended_and_the_rest_kept(tmp_path: Path) -> None:
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    line = b'{"n": 1E2, "text": ' + json.dumps(CHANGED).encode() + b'}'
    src.write_bytes(line + b"\n")
    r = invoke(src, out, "-j", "1", "--keep-removals", "--output-field", "clean", "--removed-chars-field", "removed")
    assert r.exit_code == 0, r.output
    (got,) = lines_of(out)
    assert got.startswith(line[:-1]) and got.endswith(b"}")  # the original, untouched, then the new fields
    row = json.loads(got)
    assert row["clean"] == CLEAN and row["text"] == CHANGED
    assert row["removed"] == {"newsletter": sum(x["end"] - x["start"] for x in row["stripper_removals"])}


def test_splice_falls_back_to_reserialising_on_duplicate_keys() -> None:
    from stripper.dataset.splice import splice, top_level

    assert splice(b'{"text": "a", "text": "b"}', {"text": "c"}) is None
    assert splice(b'{"a": 1e400, "text": "x" }', {"text": "y", "new": [1]}) == b'{"a": 1e400, "text": "y" ,"new":[1]}'
    assert top_level(b'{"a": 1} x') is None and top_level(b"[1]") is None


def test_splice_keeps_every_other_byte_of_a_non_ascii_row() -> None:
    """The kept stretches of a line that is not ASCII are its own bytes (offsets found in the text,
    where a character may be several bytes); the new values are orjson's bytes, or the stdlib's
    ASCII escapes for a lone surrogate, which orjson refuses."""
    import json

    from stripper.dataset.splice import splice

    line = '{"titre": "Été \\u00e9 ☃", "text": "Größe – 𝄞 \\"q\\"", "n": 1E2, "après": ["ü", {"k": "日本"}]}'.encode()
    got = splice(line, {"text": "Größe – 𝄞", "neu": "ß"})
    head, tail = line.split(b'"text": ')[0], line.split(b'\\"q\\""')[1][:-1]
    assert got == head + '"text": "Größe – 𝄞"'.encode() + tail + ',"neu":"ß"}'.encode()
    assert json.loads(got)["titre"] == "Été é ☃" and json.loads(got)["après"] == ["ü", {"k": "日本"}]
    # a lone surrogate: ASCII escapes, and the line still reads back to the value
    lone = splice(line, {"text": "a\ud800b"})
    assert lone is not None and b'"text": "a\\ud800b"' in lone and json.loads(lone)["text"] == "a\ud800b"
    # a key that is not UTF-8, or not one object: not spliced (the row is written anew, or rejected)
    assert splice(b'{"\xff": 1, "text": "x"}', {"text": "y"}) is None
    assert splice('{"text": "é"} {}'.encode(), {"text": "x"}) is None


def test_the_members_walk_finds_each_value_where_a_parser_reads_it() -> None:
    """top_level's spans, walked in C over the bytes, hold each value exactly: on rows written every
    way a writer writes them (ASCII escapes or UTF-8, spaced or not, nested values with brackets and
    quotes in their strings, escaped backslashes before a closing quote, the stdlib's NaN)."""
    import json
    import random

    from stripper.dataset.splice import top_level

    rng = random.Random(7)
    atoms = ["x", "", 'a "quoted" } ] { [ , : word', "back\\", "\\\"", "é – 日本 😀", "\ud800", 0, -1.5e-7, 1e300,
             True, False, None, float("nan")]

    def value(depth: int) -> object:
        k = rng.random()
        if depth < 3 and k < 0.15:
            return {rng.choice(["a", "}", 'q"k', "ключ"]): value(depth + 1) for _ in range(rng.randint(0, 3))}
        if depth < 3 and k < 0.3:
            return [value(depth + 1) for _ in range(rng.randint(0, 3))]
        return rng.choice(atoms)

    for _ in range(400):
        row = {"k" + str(i) + rng.choice(["", "é", "\n", " "]): value(0) for i in range(rng.randint(0, 6))}
        seps = rng.choice([(",", ":"), (", ", ": "), (" ,\t", " :\n ")])
        line = json.dumps(row, ensure_ascii=rng.random() < 0.5, separators=seps).encode("utf-8", "surrogatepass")
        line = rng.choice([b"", b" ", b"\t "]) + line + rng.choice([b"", b"  ", b"\r"])
        spans, close = top_level(line)
        assert list(spans) == list(row) and line[close:close + 1] == b"}" and not line[close + 1:].strip()
        for key, ((start, end),) in spans.items():
            got = json.loads(line[start:end].decode("utf-8", "surrogatepass"))
            assert json.dumps(got) == json.dumps(row[key])  # (NaN != NaN: compared as written)
    for bad in (b"", b" ", b"{", b'{"a"}', b'{"a":}', b'{"a": 1,}', b'{"a": "x}', b'{"a": [1, 2}', b'{} {}', b'{"a": 1} ]'):
        assert top_level(bad) is None, bad


# -- 14.6: temporary files are created, never followed ----------------------------------------
@pytest.mark.parametrize(
    "output,planted,extra",
    [
        ("out.parquet", "out.parquet.tmp-stripper", []),
        ("out.parquet", "out.parquet.tmp-stripper.parts/part-000000.parquet", []),
        ("out.jsonl", "out.jsonl.tmp-stripper.checkpoint.json.new", []),
        ("out.jsonl", "stats.json.tmp-stripper", ["--stats", "stats.json"]),
        ("out.jsonl", "out.jsonl.tmp-stripper.lock", []),
    ],
)
def test_no_temporary_file_is_written_through_a_planted_symlink(tmp_path: Path, monkeypatch, output: str, planted: str,
                                                                 extra: list[str]) -> None:
    monkeypatch.chdir(tmp_path)
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n")
    write_jsonl(tmp_path / "in.jsonl", sample_rows(4))
    link = tmp_path / planted
    link.parent.mkdir(parents=True, exist_ok=True)
    link.symlink_to(victim)
    r = invoke("in.jsonl", output, "-j", "1", *extra)
    assert victim.read_text() == "precious\n"
    assert r.exit_code in (0, 3) and "Traceback" not in r.output


def test_a_planted_parts_directory_symlink_is_not_written_into(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    write_jsonl(tmp_path / "in.jsonl", sample_rows(4))
    (tmp_path / "out.parquet.tmp-stripper.parts").symlink_to(elsewhere)
    r = invoke(tmp_path / "in.jsonl", tmp_path / "out.parquet", "-j", "1")
    assert r.exit_code == 0, r.output
    assert list(elsewhere.iterdir()) == [] and len(read_rows(tmp_path / "out.parquet")) == 4


# -- 14.10 and 14.11: every Arrow type passes; what Parquet cannot hold is a reject ------------
def _all_types_table():
    import datetime
    import decimal

    import pyarrow as pa

    n = 3
    cols = {
        "text": pa.array([CHANGED, STORY, None][:n]),
        "ts_ns": pa.array([1_000_000_001, 2, None], pa.timestamp("ns")),
        "ts_ns_tz": pa.array([1_000_000_001, 2, None], pa.timestamp("ns", tz="Europe/Istanbul")),
        "ts_us": pa.array([1, 2, None], pa.timestamp("us")),
        "dur_ns": pa.array([1_000_000_001, -5, None], pa.duration("ns")),
        "dur_s": pa.array([1, 2, None], pa.duration("s")),
        "time64_ns": pa.array([1_000_000_001, 0, None], pa.time64("ns")),
        "time32": pa.array([1, 2, None], pa.time32("s")),
        "date32": pa.array([datetime.date(2024, 1, 1), None, datetime.date(1, 1, 1)]),
        "date64": pa.array([86_400_000, None, 0], pa.date64()),
        "dec128": pa.array([decimal.Decimal("1234567890123456789012345678.5"), None, decimal.Decimal("-0.1")], pa.decimal128(38, 1)),
        "dec256": pa.array([decimal.Decimal("1.50"), None, decimal.Decimal("2")], pa.decimal256(40, 2)),
        "f16": pa.array([1.5, None, -2.0], pa.float32()).cast(pa.float16()),
        "f64": pa.array([float("inf"), float("nan"), 1e-300]),
        "u64": pa.array([2**64 - 1, 0, None], pa.uint64()),
        "i8": pa.array([-128, 127, None], pa.int8()),
        "bool": pa.array([True, None, False]),
        "bin": pa.array([b"\x00\xff", None, b""]),
        "large_bin": pa.array([b"x", None, b""], pa.large_binary()),
        "fsb": pa.array([b"ab", None, b"cd"], pa.binary(2)),
        "large_str": pa.array(["a", None, ""], pa.large_string()),
        "dict": pa.array(["x", None, "x"]).dictionary_encode(),
        "list_ts_ns": pa.array([[1_000_000_001], None, []], pa.list_(pa.timestamp("ns"))),
        "large_list": pa.array([[1], None, []], pa.large_list(pa.int8())),
        "fixed_list": pa.array([[1, 2], None, [3, 4]], pa.list_(pa.int16(), 2)),
        "struct": pa.array([{"a": 1, "t": 5}, None, {"a": None, "t": None}],
                           pa.struct([("a", pa.int32()), ("t", pa.time64("ns"))])),
        "map": pa.array([[("k", 1)], None, []], pa.map_(pa.string(), pa.int64())),
        "null": pa.nulls(3),
    }
    if hasattr(pa, "uuid"):
        cols["uuid"] = pa.array([b"0" * 16, None, b"1" * 16], pa.uuid())
    return pa.table(cols)


def test_every_arrow_type_passes_through_parquet_unchanged(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    table = _all_types_table()
    pq.write_table(table, tmp_path / "in.parquet")
    r = invoke(tmp_path / "in.parquet", tmp_path / "out.parquet", "-j", "2")
    assert r.exit_code == 1, r.output  # the null text is rejected; nothing else is
    assert [x["kind"] for x in rejects_of(tmp_path / "out.rejects.jsonl")] == ["not-a-string"]
    got = pq.read_table(tmp_path / "out.parquet")
    want = pq.read_table(tmp_path / "in.parquet").slice(0, 2)
    assert got.schema == want.schema
    for name in want.column_names:
        if name != "text":  # (NaN is not equal to itself: those compare as text)
            assert got.column(name).equals(want.column(name)) or got.column(name).to_string() == want.column(name).to_string(), name
    assert got.column("text").to_pylist() == [CLEAN, STORY]


def test_every_arrow_type_goes_to_jsonl(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    pq.write_table(_all_types_table(), tmp_path / "in.parquet")
    r = invoke(tmp_path / "in.parquet", tmp_path / "out.jsonl", "-j", "1")
    assert r.exit_code == 1, r.output
    rows = [json.loads(x) for x in lines_of(tmp_path / "out.jsonl")]
    assert rows[0]["text"] == CLEAN and rows[0]["ts_ns"] == "1970-01-01 00:00:01.000000001"
    assert rows[0]["dur_ns"] == "1000000001" and rows[0]["list_ts_ns"] == [1_000_000_001]
    (reject,) = rejects_of(tmp_path / "out.rejects.jsonl")
    assert json.loads(reject["raw"])["text"] is None  # a Parquet reject carries its row, as documented


def test_a_lone_surrogate_cannot_reach_parquet_and_is_rejected_not_a_crash(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_bytes(b'{"text": "a \\ud800 b"}\n' + b"".join(orjson.dumps(r) + b"\n" for r in sample_rows(3)))
    r = invoke(src, tmp_path / "out.parquet", "-j", "1")
    assert r.exit_code == 1 and "Traceback" not in r.output, r.output
    (reject,) = rejects_of(tmp_path / "out.rejects.jsonl")
    assert "lone surrogate" in reject["reason"] and reject["line"] == 1
    assert len(read_rows(tmp_path / "out.parquet")) == 3


# -- 14.13: the bomb guard counts compressed bytes read, on a pipe too -------------------------
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_bomb_through_a_fifo_is_refused(tmp_path: Path) -> None:
    import gzip

    from stripper.dataset import readers

    data = gzip.compress(b'{"text": "' + b"a" * (3 << 20) + b'"}\n', 9)
    fifo = tmp_path / "in.jsonl.gz"
    os.mkfifo(fifo)

    def feed() -> None:
        with open(fifo, "wb") as f:
            f.write(data)

    t = threading.Thread(target=feed)
    t.start()
    stream = readers.InputStream([fifo], ["jsonl.gz"], max_expansion=20, on_bad_file="fail")
    old = readers.EXPANSION_FLOOR
    readers.EXPANSION_FLOOR = 1 << 20  # the floor is size-independent in kind: a small one proves the check
    try:
        with pytest.raises(readers.InputError, match="decompression bomb"):
            list(stream)
    finally:
        readers.EXPANSION_FLOOR = old
        t.join(10)


# -- 14.15: rejects say why and carry the row --------------------------------------------------
def test_deep_json_names_the_limit(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_bytes(b'{"text": "t", "deep": ' + b"[" * 5000 + b"]" * 5000 + b"}\n")
    invoke(src, tmp_path / "out.jsonl", "-j", "1")
    (reject,) = rejects_of(tmp_path / "out.rejects.jsonl")
    assert reject["kind"] == "too-deep" and "1,024 levels" in reject["reason"] and reject["raw"]


# -- 11.1: a bad input file never sinks the run, and --resume gets through it -----------------
def test_resume_through_a_bad_file_matches_an_uninterrupted_run(tmp_path: Path, monkeypatch) -> None:
    import gzip

    from stripper.dataset import runner as runner_mod

    good = tmp_path / "a.jsonl"
    write_jsonl(good, sample_rows(40))
    cut = tmp_path / "b.jsonl.gz"
    cut.write_bytes(gzip.compress(b"".join(orjson.dumps(r) + b"\n" for r in sample_rows(300)))[:-40])
    after = tmp_path / "c.jsonl"
    write_jsonl(after, sample_rows(50))
    inputs = [good, cut, after]

    def job(out: Path, resume: bool = False) -> Job:
        return Job(inputs=inputs, input_formats=["jsonl", "jsonl.gz", "jsonl"], output=out, output_format="jsonl",
                   workers=1, chunk_rows=8, checkpoint_every=0, resume=resume, progress=False)

    whole = run(job(tmp_path / "whole.jsonl"))
    assert list(whole.stats.bad_files) == [str(cut)]
    calls = 0
    real = runner_mod._Run.handle

    def interrupted(self, metas, outs):
        nonlocal calls
        calls += 1
        if calls == 45:  # past the bad file
            raise KeyboardInterrupt
        return real(self, metas, outs)

    monkeypatch.setattr(runner_mod._Run, "handle", interrupted)
    with pytest.raises(KeyboardInterrupt):
        run(job(tmp_path / "again.jsonl"))
    monkeypatch.setattr(runner_mod._Run, "handle", real)
    resumed = run(job(tmp_path / "again.jsonl", resume=True))
    assert resumed.resumed_from > 0
    assert (tmp_path / "again.jsonl").read_bytes() == (tmp_path / "whole.jsonl").read_bytes()
    assert (tmp_path / "again.rejects.jsonl").read_bytes() == (tmp_path / "whole.rejects.jsonl").read_bytes()
    assert resumed.stats.to_dict() == whole.stats.to_dict()


# -- 11.4: traceable rows ----------------------------------------------------------------------
def test_per_row_warnings_source_and_extracted_text(tmp_path: Path) -> None:
    paras = "".join(f"<p>Paragraph {i} of the story, with enough words to count as text.</p>" for i in range(10))
    menu = "<ul>" + "".join(f"<li>Menu {i}</li>" for i in range(12)) + "</ul>"
    # Nested deeper than the extractor follows: it finds nothing, and the page's full text is used.
    page = "<html><body>" + "<div>" * 3000 + paras + "</div>" * 3000 + menu + "</body></html>"
    src = tmp_path / "in.jsonl"
    write_jsonl(src, [{"html": page, "id": 1}])
    r = invoke(src, tmp_path / "out.jsonl", "-j", "1", "--text-field", "html", "--format", "html", "--keep-removals",
               "--warnings-field", "warnings", "--source-field", "source", "--extracted-field", "extracted")
    assert r.exit_code == 0, r.output
    (row,) = read_rows(tmp_path / "out.jsonl")
    result = strip(page, format="html")
    assert row["warnings"] == list(result.warnings) and row["warnings"]
    assert row["source"] == str(src)
    assert row["extracted"] == result.input_text and row["stripper_removals"]
    for rem in row["stripper_removals"]:  # the spans point into the stored text
        assert row["extracted"][rem["start"] : rem["end"]] == rem["text"]


def test_limit_and_drop_empty(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    rows = [{"text": BOILER}, *sample_rows(9)]
    write_jsonl(src, rows)
    r = invoke(src, tmp_path / "out.jsonl", "-j", "1", "--drop-empty", "--limit", "5", "--stats", tmp_path / "s.json")
    assert r.exit_code == 0, r.output
    s = orjson.loads((tmp_path / "s.json").read_bytes())
    assert (s["rows_read"], s["rows_written"], s["rows_dropped"]) == (5, 4, 1) and s["balanced"]
    assert [x["id"] for x in read_rows(tmp_path / "out.jsonl")] == ["doc-0", "doc-1", "doc-2", "doc-3"]


def test_a_wrong_text_field_stops_early_on_jsonl(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    write_jsonl(src, sample_rows(500))
    r = invoke(src, tmp_path / "out.jsonl", "-j", "1", "--text-field", "body", "--stats", tmp_path / "s.json")
    assert r.exit_code == 2 and "--text-field" in r.output and "'body'" in r.output, r.output
    assert not list(tmp_path.glob("out*")) and not (tmp_path / "s.json").exists()


def test_shards_are_not_written_into_a_directory_of_other_files(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "in.jsonl", sample_rows(3))
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "notes.txt").write_text("mine")
    for extra in ([], ["--overwrite"]):
        r = invoke(tmp_path / "in.jsonl", tmp_path / "out", "--shard-size", "2", *extra)
        assert r.exit_code == 2 and "notes.txt" in r.output
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["notes.txt"]



def test_a_long_integer_nested_in_a_re_serialised_row_keeps_its_digits() -> None:
    """A row whose text field occurs twice cannot be spliced and is written anew: an integer past
    64 bits, even nested in a list, must come out with every digit (orjson alone would make it a float)."""
    from stripper.dataset.work import OUT, WorkOptions, process_item
    from stripper.settings import DEFAULT

    text = "Great story.\\n\\nAdvertisement\\n\\nMore story."
    line = ('{"meta": {"n": [1, 2.5, 123456789012345678901234567]}, "text": "x", "text": "' + text + '"}\n').encode()
    out = process_item(line, WorkOptions(format="text"), DEFAULT)
    assert out[0] == OUT and b"123456789012345678901234567" in out[1] and b"Advertisement" not in out[1]
