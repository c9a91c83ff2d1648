"""`stripper dataset`: formats, pass-through, rejects, accounting, exit codes, sharding, atomicity."""
from __future__ import annotations

from pathlib import Path

import orjson
import pytest
from test_dataset_support import BOILER, app, read_rows, sample_rows, write_jsonl
from typer.testing import CliRunner

from stripper import strip
from stripper.dataset.formats import UsageError, format_of
from stripper.dataset.stats import Stats

runner = CliRunner()


def invoke(*args: str):
    return runner.invoke(app, ["dataset", *map(str, args), "--no-progress"])


def expected(rows: list[dict]) -> list[dict]:
    return [{**r, "text": strip(r["text"], format="text").text} for r in rows]


# -- formats -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "name,fmt",
    [("a.jsonl", "jsonl"), ("a.json", "jsonl"), ("a.jsonl.gz", "jsonl.gz"), ("a.jsonl.zst", "jsonl.zst"),
     ("a.parquet", "parquet"), ("A.PQ", "parquet")],
)
def test_format_from_name(name: str, fmt: str) -> None:
    assert format_of(name) == fmt


def test_format_unknown_name_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="--input-format"):
        format_of("a.txt")
    assert format_of("a.txt", "jsonl.gz") == "jsonl.gz"


@pytest.mark.parametrize("src,dst", [("jsonl", "jsonl"), ("jsonl.gz", "jsonl.zst"), ("jsonl.zst", "parquet"),
                                     ("parquet", "jsonl.gz"), ("parquet", "parquet")])
def test_round_trip_between_formats(tmp_path: Path, src: str, dst: str) -> None:
    rows = sample_rows(50)
    inp = tmp_path / f"in.{src}"
    if src == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        pq.write_table(pa.Table.from_pylist(rows), inp, row_group_size=7)
    else:
        write_jsonl(inp, rows)
    out = tmp_path / f"out.{dst}"
    res = invoke(inp, out, "-j", "1")
    assert res.exit_code == 0, res.output
    assert read_rows(out) == expected(rows)
    assert not list(tmp_path.glob("*tmp-stripper*")), "temporary files left behind"


def test_two_workers_same_output_as_one(tmp_path: Path) -> None:
    rows = sample_rows(300)
    write_jsonl(tmp_path / "in.jsonl", rows)
    assert invoke(tmp_path / "in.jsonl", tmp_path / "one.jsonl", "-j", "1", "--chunk-rows", "7").exit_code == 0
    assert invoke(tmp_path / "in.jsonl", tmp_path / "two.jsonl", "-j", "2", "--chunk-rows", "7").exit_code == 0
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()
    assert read_rows(tmp_path / "two.jsonl") == expected(rows)


def test_a_small_input_goes_without_workers_whatever_j_says(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Under formats.SMALL_INPUT bytes no pool is made (starting one costs more than it saves there);
    at or over it, or with --small-input 0, the workers run. The output is the same either way."""
    from stripper.dataset import runner as runner_mod

    monkeypatch.delenv("STRIPPER_SMALL_INPUT")  # (conftest gives every other test its workers)
    pools: list[int] = []
    real = runner_mod._Pooled._new

    def counted(self, workers: int):  # type: ignore[no-untyped-def]
        pools.append(workers)
        return real(self, workers)

    monkeypatch.setattr(runner_mod._Pooled, "_new", counted)
    rows = sample_rows(40)
    write_jsonl(tmp_path / "in.jsonl", rows)
    size = (tmp_path / "in.jsonl").stat().st_size
    assert invoke(tmp_path / "in.jsonl", tmp_path / "small.jsonl", "-j", "2").exit_code == 0
    assert pools == []
    assert invoke(tmp_path / "in.jsonl", tmp_path / "pooled.jsonl", "-j", "2", "--small-input", str(size)).exit_code == 0
    assert pools == [2]
    assert (tmp_path / "small.jsonl").read_bytes() == (tmp_path / "pooled.jsonl").read_bytes()
    assert read_rows(tmp_path / "small.jsonl") == expected(rows)


# -- pass-through --------------------------------------------------------------------------------
def test_unchanged_rows_are_byte_identical_and_others_keep_their_fields(tmp_path: Path) -> None:
    rows = sample_rows(4)
    raw = {1: b'{"id":"doc-1",  "text": ' + orjson.dumps(rows[1]["text"]) + b', "big": 123456789012345678901234567890}'}
    write_jsonl(tmp_path / "in.jsonl", rows, raw_lines=raw)
    assert invoke(tmp_path / "in.jsonl", tmp_path / "out.jsonl").exit_code == 0
    lines = (tmp_path / "out.jsonl").read_bytes().splitlines()
    assert lines[1] == raw[1]  # unchanged row: the exact input bytes, odd spacing and 100-bit int included
    out0 = orjson.loads(lines[0])
    assert BOILER not in out0["text"] and out0["meta"] == rows[0]["meta"] and list(out0) == list(rows[0])


def test_big_integers_survive_a_changed_row(tmp_path: Path) -> None:
    text = orjson.dumps(sample_rows(1)[0]["text"])
    (tmp_path / "in.jsonl").write_bytes(b'{"text": ' + text + b', "big": 123456789012345678901234567890}\n')
    assert invoke(tmp_path / "in.jsonl", tmp_path / "out.jsonl").exit_code == 0
    out = (tmp_path / "out.jsonl").read_text()
    assert "123456789012345678901234567890" in out and BOILER not in out


def test_output_field_and_keep_removals(tmp_path: Path) -> None:
    rows = sample_rows(2)
    write_jsonl(tmp_path / "in.jsonl", rows)
    res = invoke(tmp_path / "in.jsonl", tmp_path / "out.jsonl", "--output-field", "clean", "--keep-removals")
    assert res.exit_code == 0, res.output
    out = read_rows(tmp_path / "out.jsonl")
    assert out[0]["text"] == rows[0]["text"]  # the original stays
    assert BOILER not in out[0]["clean"]
    (rem,) = out[0]["stripper_removals"]
    assert rem["code"].startswith("NWS") and rem["category"] == "newsletter"
    assert rows[0]["text"][rem["start"] : rem["end"]].strip() == BOILER == rem["text"].strip()
    assert out[1]["stripper_removals"] == []


# -- nothing lost --------------------------------------------------------------------------------
def test_bad_rows_go_to_rejects_and_counts_balance(tmp_path: Path) -> None:
    rows = sample_rows(20)
    bad = {
        3: b'{"id": "doc-3", "text": oops',
        5: b'{"id": "doc-5"}',
        7: b'{"id": "doc-7", "text": 42}',
        9: b"[1, 2]",
        11: b"\xff\xfe not utf-8",
        13: b"",
    }
    write_jsonl(tmp_path / "in.jsonl", rows, raw_lines=bad)
    res = invoke(tmp_path / "in.jsonl", tmp_path / "out.jsonl", "--id-field", "id", "--stats", tmp_path / "s.json")
    assert res.exit_code == 1, res.output
    rejects = [orjson.loads(x) for x in (tmp_path / "out.rejects.jsonl").read_bytes().splitlines()]
    assert [(r["line"], r["kind"]) for r in rejects] == [
        (4, "invalid-json"), (6, "missing-field"), (8, "not-a-string"), (10, "not-an-object"), (12, "invalid-json")
    ]
    assert all(r["source"] == str(tmp_path / "in.jsonl") for r in rejects)
    assert rejects[1]["id"] == "doc-5" and rejects[1]["raw"] == '{"id": "doc-5"}'
    assert "base64" in rejects[4]["raw"]  # not UTF-8: kept exactly
    assert "is int, not a string" in rejects[2]["reason"]
    stats = orjson.loads((tmp_path / "s.json").read_bytes())
    assert (stats["rows_read"], stats["rows_written"], stats["rows_rejected"], stats["blank_lines"]) == (19, 14, 5, 1)
    assert len(read_rows(tmp_path / "out.jsonl")) == 14
    assert "19 = 14 + 5 (ok)" in res.output


def test_clean_run_exits_0_and_leaves_no_rejects_file(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "in.jsonl", sample_rows(5))
    res = invoke(tmp_path / "in.jsonl", tmp_path / "out.jsonl")
    assert res.exit_code == 0
    assert not (tmp_path / "out.rejects.jsonl").exists()


def test_rows_that_do_not_fit_the_parquet_schema_are_rejected(tmp_path: Path) -> None:
    rows = sample_rows(3000)
    rows[2500]["n"] = "not a number"  # the schema comes from the first row group: n is an int
    write_jsonl(tmp_path / "in.jsonl", rows)
    res = invoke(tmp_path / "in.jsonl", tmp_path / "out.parquet", "--stats", tmp_path / "s.json")
    assert res.exit_code == 1, res.output
    (rej,) = [orjson.loads(x) for x in (tmp_path / "out.rejects.jsonl").read_bytes().splitlines()]
    assert rej["kind"] == "schema-mismatch" and rej["line"] == 2501
    assert len(read_rows(tmp_path / "out.parquet")) == 2999
    stats = orjson.loads((tmp_path / "s.json").read_bytes())
    assert stats["rows_read"] == 3000 and stats["rows_written"] == 2999 and stats["rows_rejected"] == 1


# -- sharding ------------------------------------------------------------------------------------
def test_shards(tmp_path: Path) -> None:
    rows = sample_rows(25)
    write_jsonl(tmp_path / "in.jsonl.gz", rows)
    res = invoke(tmp_path / "in.jsonl.gz", tmp_path / "out", "--shard-size", "10", "--chunk-rows", "3", "-j", "2")
    assert res.exit_code == 0, res.output
    shards = sorted((tmp_path / "out").iterdir())
    assert [p.name for p in shards] == ["part-00000.jsonl.gz", "part-00001.jsonl.gz", "part-00002.jsonl.gz"]
    got = [read_rows(p) for p in shards]
    assert [len(g) for g in got] == [10, 10, 5]
    assert [row for g in got for row in g] == expected(rows)


def test_exactly_full_shards_leave_no_empty_shard(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "in.jsonl", sample_rows(20))
    assert invoke(tmp_path / "in.jsonl", tmp_path / "out", "--shard-size", "10").exit_code == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["part-00000.jsonl", "part-00001.jsonl"]


# -- refusals and errors -------------------------------------------------------------------------
def test_existing_output_needs_overwrite(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "in.jsonl", sample_rows(3))
    (tmp_path / "out.jsonl").write_text("precious\n")
    res = invoke(tmp_path / "in.jsonl", tmp_path / "out.jsonl")
    assert res.exit_code == 2 and "--overwrite" in res.output
    assert (tmp_path / "out.jsonl").read_text() == "precious\n"
    assert invoke(tmp_path / "in.jsonl", tmp_path / "out.jsonl", "--overwrite").exit_code == 0
    assert len(read_rows(tmp_path / "out.jsonl")) == 3


def test_output_may_not_be_an_input(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "in.jsonl", sample_rows(3))
    before = (tmp_path / "in.jsonl").read_bytes()
    res = invoke(tmp_path / "in.jsonl", tmp_path / "in.jsonl", "--overwrite")
    assert res.exit_code == 2
    assert (tmp_path / "in.jsonl").read_bytes() == before


@pytest.mark.parametrize(
    "args,code,message",
    [
        (["missing.jsonl", "out.jsonl"], 3, "no such file"),
        (["*.nothing", "out.jsonl"], 3, "no files match"),
        (["in.jsonl", "out.txt"], 2, "cannot tell the format"),
        (["in.jsonl", "out.jsonl", "--format", "pdf"], 2, "--format"),
        (["in.jsonl", "out.jsonl", "--select", "NOPE999"], 2, "NOPE999"),
        (["in.jsonl", "out.jsonl", "--engine", "magic"], 2, "unknown engine"),
        (["in.jsonl"], 2, "OUTPUT"),
        (["in.jsonl", "no/such/dir/out.jsonl"], 3, "cannot write"),
    ],
)
def test_errors_are_one_line_with_the_right_exit_code(tmp_path: Path, monkeypatch, args, code, message) -> None:
    monkeypatch.chdir(tmp_path)
    write_jsonl(tmp_path / "in.jsonl", sample_rows(3))
    res = invoke(*args)
    assert res.exit_code == code, res.output
    assert message in res.output
    assert "Traceback" not in res.output
    assert [line for line in res.output.splitlines() if line.startswith("stripper: error:")]


@pytest.mark.parametrize("ext,cut,message", [("jsonl.gz", lambda d: d[: len(d) - 20], "cut.jsonl.gz"),
                                             ("jsonl.zst", lambda d: d[: len(d) // 2], "truncated zstd")])
def test_a_truncated_input_is_reported_and_the_others_are_cleaned(tmp_path: Path, ext: str, cut, message: str) -> None:
    rows = sample_rows(200)
    write_jsonl(tmp_path / f"in.{ext}", rows)
    (tmp_path / f"cut.{ext}").write_bytes(cut((tmp_path / f"in.{ext}").read_bytes()))
    write_jsonl(tmp_path / "good.jsonl", rows[:7])
    res = invoke(tmp_path / f"cut.{ext}", tmp_path / "good.jsonl", tmp_path / "out.jsonl", "-j", "2")
    assert res.exit_code == 3 and message in res.output and "Traceback" not in res.output
    out = read_rows(tmp_path / "out.jsonl")
    readable = len(out) - 7
    assert 0 <= readable < 200 and out == expected(rows[:readable] + rows[:7])  # the good file whole, after
    (bad,) = [r for r in map(orjson.loads, (tmp_path / "out.rejects.jsonl").read_bytes().splitlines())]
    assert bad["kind"] == "unreadable-file" and bad["source"].endswith(f"cut.{ext}") and bad["line"] == readable + 1
    assert "unreadable input" in res.output
    assert not list(tmp_path.glob("*tmp-stripper*")), "temporary files left behind"


def test_on_bad_file_fail_stops_and_leaves_nothing_behind(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "in.jsonl.gz", sample_rows(200))
    data = (tmp_path / "in.jsonl.gz").read_bytes()
    (tmp_path / "cut.jsonl.gz").write_bytes(data[: len(data) - 20])
    before = sorted(p.name for p in tmp_path.iterdir())
    for extra in ([], ["--resume"]):
        res = invoke(tmp_path / "cut.jsonl.gz", tmp_path / "out.jsonl", "--on-bad-file", "fail", *extra)
        assert res.exit_code == 3 and "cut.jsonl.gz" in res.output
        assert sorted(p.name for p in tmp_path.iterdir()) == before  # no output, temp file, checkpoint, lock
    res = invoke(tmp_path / "cut.jsonl.gz", tmp_path / "out.jsonl", "--on-bad-file", "sometimes")
    assert res.exit_code == 2


def test_stdout_carries_no_messages(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "in.jsonl", sample_rows(3))
    res = CliRunner(mix_stderr=False).invoke(app, ["dataset", str(tmp_path / "in.jsonl"), str(tmp_path / "o.jsonl")]) \
        if "mix_stderr" in CliRunner.__init__.__code__.co_varnames else CliRunner().invoke(
            app, ["dataset", str(tmp_path / "in.jsonl"), str(tmp_path / "o.jsonl")])
    assert res.exit_code == 0
    assert res.stdout == "" and "rows read" in res.stderr


def test_stats_to_stdout_is_pure_json(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "in.jsonl", sample_rows(4))
    res = CliRunner().invoke(app, ["dataset", str(tmp_path / "in.jsonl"), str(tmp_path / "o.jsonl"), "--stats", "-"])
    assert res.exit_code == 0
    data = orjson.loads(res.stdout)
    assert data["rows_read"] == 4 and data["rows_changed"] == 2 and data["removed_chars"]["newsletter"] > 0


# -- stats ---------------------------------------------------------------------------------------
def test_per_rule_adds_up_a_results_removals() -> None:
    from stripper import strip
    from stripper.dataset.stats import per_rule

    result = strip("Story line that stays here.\n\nAdvertisement\n\nSign up for our newsletter\n\nAdvertisement\n\nMore story.", format="text")
    rules = {code: (label, hits, chars) for code, label, hits, chars in per_rule(result)}
    assert sum(h for _, h, _ in rules.values()) == len(result.removals)
    assert sum(c for _, _, c in rules.values()) == len(result.input_text) - len(result.text)
    by_code: dict[str, int] = {}
    for r in result.removals:
        by_code[r.code] = by_code.get(r.code, 0) + 1
    assert {code: h for code, (_, h, _) in rules.items()} == by_code and max(by_code.values()) == 2


def test_stats_add_up() -> None:
    a, b = Stats(), Stats()
    a.add_row(10, 10, 5, [("NWS001", "newsletter", 2, 5)], False)
    b.add_row(20, 20, 20, [], True)
    b.add_reject("invalid-json")
    total = sum([a, b])
    assert (total.rows_read, total.rows_written, total.rows_rejected) == (3, 2, 1)
    assert total.balanced and total.removed_chars == {"newsletter": 5} and total.warnings == 1
    assert total.rule_hits == {"NWS001": 2} and total.rule_chars == {"NWS001": 5}
    assert Stats.from_dict(total.to_dict()) == total
    assert a.rows_read == 1  # + makes a new object


def test_resiliparse_engine_on_html(tmp_path: Path) -> None:
    pytest.importorskip("resiliparse")
    page = (
        "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article>"
        f"<p>{sample_rows(1)[0]['text'].splitlines()[0]}</p><p>{BOILER}</p></article>"
        "<footer>Copyright 2024 Example Media. All rights reserved.</footer></body></html>"
    )
    write_jsonl(tmp_path / "in.jsonl", [{"html": page}])
    res = invoke(tmp_path / "in.jsonl", tmp_path / "out.jsonl", "--text-field", "html", "--output-field", "text",
                 "--format", "html", "--engine", "resiliparse", "--keep-removals")
    assert res.exit_code == 0, res.output
    (row,) = read_rows(tmp_path / "out.jsonl")
    assert row["text"].startswith("The city council voted") and BOILER not in row["text"] and "<p>" not in row["text"]
    assert any(r["code"].startswith("NWS") for r in row["stripper_removals"])


def test_utf8_length_counts_what_encoding_gives() -> None:
    """A row's bytes in the statistics are counted in C (_text.utf8_length), without encoding the
    text: held to the encoder on text of each of Python's string kinds, lone surrogates included."""
    import random

    from stripper.segment import _text

    rng = random.Random(12)
    samples = ["", "plain ASCII", "Größe ÿ", "– “quoted” …", "日本語", "𝄞 and 😀", "a\ud800b\udfff", "\x7f\x80\u07ff\u0800\uffff\U00010000"]
    for top in (0x7F, 0xFF, 0x7FF, 0xFFFF, 0x10FFFF):
        for _ in range(50):
            samples.append("".join(chr(rng.randint(0, top)) for _ in range(rng.randint(0, 40))))
    for s in samples:
        assert _text.utf8_length(s) == len(s.encode("utf-8", "surrogatepass")), repr(s)
