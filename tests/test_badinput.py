"""The bad-input matrix: the worst of the web through `clean`, `diff` and `dataset`.

Every case ends in the documented exit code (0 ok, 1 dataset rows rejected, 2 usage or config, 3
unreadable input or unwritable output), a one-line message where something went wrong, and never a
traceback. In dataset mode bad rows land in the rejects file and rows in = rows out + rejected.
Resource safety too: compression bombs are refused, huge rows are never held whole, `--out DIR`
writes nowhere else."""
from __future__ import annotations

import codecs
import gzip
import json
import os
import subprocess
import sys
from functools import cache
from pathlib import Path

import orjson
import pytest
from test_dataset_support import read_rows, sample_rows, write_jsonl
from typer.testing import CliRunner

from conftest import SEED
from stripper.cli import app

runner = CliRunner()
STORY = "The council voted on Tuesday to approve the plan after a long debate about its costs."
SEED_TEXT = SEED.read_text(encoding="utf-8")


def invoke(*args: object, input: bytes | str | None = None):
    return runner.invoke(app, [str(a) for a in args], input=input)


def assert_clean_failure(r, code: int, message: str) -> None:
    """Exit `code`, `message` on stderr in exactly one line, no traceback anywhere, stdout empty."""
    assert r.exit_code == code, (r.exit_code, r.stderr, r.exception)
    assert r.exception is None or isinstance(r.exception, SystemExit), repr(r.exception)
    errors = [ln for ln in r.stderr.splitlines() if ln.startswith("stripper: error:")]
    assert len(errors) == 1 and message in errors[0], r.stderr
    assert "Traceback" not in r.stderr + r.stdout


def assert_ok(r) -> None:
    assert r.exit_code == 0, (r.stderr, r.exception)
    assert "Traceback" not in r.stderr and "error:" not in r.stderr


# -- inputs ---------------------------------------------------------------------------------------
def _zstd(data: bytes) -> bytes:
    import zstandard

    return zstandard.ZstdCompressor().compress(data)


@cache
def bomb(kind: str) -> bytes:
    """300 MiB of one byte, a few hundred KiB compressed: past the 256 MiB cap and any sane ratio."""
    data = b"a" * (300 << 20)
    return gzip.compress(data, 1) if kind == "gz" else _zstd(data)


LATIN1 = "Le café était fermé à cause de la grève des employés, a déclaré le propriétaire à la presse.\n"
HTML_LATIN1 = (
    '<html><head><meta charset="iso-8859-1"><title>t</title></head><body><article>'
    f"<p>{LATIN1.strip()}</p><p>Les clients ont été priés de revenir la semaine prochaine, après la grève.</p>"
    "</article></body></html>"
)
NESTED = "<html><body>" + "<div>" * 10_000 + f"<p>{STORY * 20}</p>" + "</div>" * 10_000 + "</body></html>"

# (id, file name, content, exit code, message on stderr (error or warning), text that must come out)
CASES = [
    ("binary", "a.bin", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, 3, "binary data", None),
    ("random-bytes", "a.txt", bytes((i * 7919 + 13) % 256 for i in range(8192)), 3, "binary data", None),
    ("latin1-undeclared", "a.txt", LATIN1.encode("latin-1"), 0, "decoded as cp1252 (detected)", "Le café était fermé"),
    ("latin1-declared-html", "a.html", HTML_LATIN1.encode("latin-1"), 0, None, "Le café était fermé"),
    ("declared-utf8-but-latin1", "a.html", HTML_LATIN1.replace("iso-8859-1", "utf-8").encode("latin-1"), 0,
     "(detected)", "Le café était fermé"),
    ("unknown-declared-charset", "a.html", HTML_LATIN1.replace("iso-8859-1", "x-no-such").encode("utf-8"), 0, None,
     "Le café était fermé"),
    ("shift-jis-undeclared", "a.txt", ("これは日本語のニュース記事の本文です。" * 3 + "\n").encode("shift_jis") * 4, 0,
     "(detected)", "これは日本語のニュース記事の本文です。"),
    ("utf16-bom", "a.txt", codecs.BOM_UTF16_LE + (STORY + "\n").encode("utf-16-le"), 0, None, STORY),
    ("utf16-no-bom", "a.txt", (STORY + "\n").encode("utf-16-le"), 3, "binary data", None),
    ("empty", "a.txt", b"", 3, "empty input", None),
    ("whitespace-only", "a.txt", b" \n\r\n\t\n", 3, "empty input", None),
    ("truncated-gz", "a.txt.gz", gzip.compress(SEED_TEXT.encode())[:-20], 3, "truncated gzip", None),
    ("truncated-zst", "a.txt.zst", _zstd(SEED_TEXT.encode())[:-20], 3, "truncated zstd", None),
    ("zst", "a.txt.zst", _zstd((STORY + "\n").encode()), 0, None, STORY),
    ("gz-two-members", "a.txt.gz", gzip.compress(b"First member: " + STORY.encode() + b"\n")
     + gzip.compress(b"Second member: " + STORY.encode() + b"\n"), 0, None, "Second member: "),
    ("gz-trailing-garbage", "a.txt.gz", gzip.compress(STORY.encode()) + b"garbage!", 3, "trailing garbage", None),
    ("gz-bomb", "a.txt.gz", "bomb:gz", 3, "decompression bomb", None),
    ("zst-bomb", "a.txt.zst", "bomb:zst", 3, "decompression bomb", None),
    ("nul-byte", "a.txt", (STORY + "\n").encode() + b"\x00" + (STORY + "\n").encode(), 3, "binary data (NUL", None),
    # A NUL past the sniffed head is kept as it came (no loss, no mangling).
    ("nul-byte-late", "a.txt", (STORY + "\n").encode() * 60 + b"An odd \x00 line.\n", 0, None, "An odd \x00 line.\n"),
    ("10mb-line", "a.txt", ("word " * 2_000_000).encode(), 0, None, "word " * 2_000_000),
    ("nested-10000", "a.html", NESTED.encode(), 0, "falling back", STORY),
]


def _content(spec: bytes | str) -> bytes:
    if isinstance(spec, str) and spec.startswith("bomb:"):
        return bomb(spec[5:])
    assert isinstance(spec, bytes)
    return spec


@pytest.mark.parametrize("command", ["clean", "diff"])
@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_document_matrix(tmp_path: Path, command: str, case) -> None:
    _, name, spec, code, message, must_keep = case
    path = tmp_path / name
    path.write_bytes(_content(spec))
    r = invoke(command, path)
    if code:
        assert_clean_failure(r, code, message)
        return
    assert r.exit_code == 0, (r.stderr, r.exception)
    assert "Traceback" not in r.stderr and "error:" not in r.stderr
    if message:
        assert message in r.stderr and len(r.stderr.strip().splitlines()) <= 2 + (command == "diff") * 50
    elif command == "clean":
        assert r.stderr == ""
    if must_keep and command == "clean":
        assert must_keep in r.stdout


def test_stdin_gets_the_same_treatment() -> None:
    assert_clean_failure(invoke("clean", input=b""), 3, "-: empty input")
    assert_clean_failure(invoke("clean", "-", input=b"\x00\x01\x02" * 100), 3, "binary data")
    r = invoke("clean", input=gzip.compress(b"A: " + STORY.encode()) + gzip.compress(b"\nB: " + STORY.encode()))
    assert_ok(r)
    assert r.stdout.count(STORY) == 2


@pytest.mark.parametrize("command", ["clean", "diff"])
def test_missing_path_and_directory(tmp_path: Path, command: str) -> None:
    assert_clean_failure(invoke(command, tmp_path / "nope.txt"), 3, "no such file")
    assert_clean_failure(invoke(command, tmp_path), 3, "is a directory")


@pytest.mark.parametrize("size", [500_000, pytest.param(50_000_000, marks=pytest.mark.heavy)])
def test_a_big_page_of_paragraphs_finishes_warns_and_loses_nothing(tmp_path: Path, size: int) -> None:
    """trafilatura returns ~500 characters of this page, whatever its size (the fallback's thresholds
    are shares, not sizes, so half a megabyte proves what 50 MB does; the 50 MB run is `-m heavy`);
    stripper says so and keeps every paragraph."""
    para = "<p>" + "The council met on Tuesday to discuss the new budget for the coming year in detail. " * 6 + "</p>\n"
    n = size // len(para)
    path = tmp_path / "big.html"
    path.write_text("<html><body><article>" + para * n + "</article></body></html>", encoding="utf-8")
    r = invoke("clean", path)
    assert_ok(r)
    assert "falling back to the page's full text" in r.stderr and len(r.stderr.splitlines()) == 1
    assert r.stdout.count("discuss the new budget") == 6 * n


# -- unwritable outputs ---------------------------------------------------------------------------
@pytest.mark.parametrize("where", ["under-a-file", "proc"])
@pytest.mark.parametrize("as_json", [False, True])
def test_clean_out_that_cannot_be_written(tmp_path: Path, where: str, as_json: bool) -> None:
    (tmp_path / "file.txt").write_text("x")
    out = tmp_path / "file.txt" / "out" if where == "under-a-file" else Path("/proc/stripper-test-out")
    r = invoke("clean", "--out", out, *(["--json"] if as_json else []), SEED)
    assert_clean_failure(r, 3, "cannot create output directory")


def test_clean_out_into_an_unwritable_existing_dir() -> None:
    # /proc/self exists and is a directory, but nothing can be created in it (even as root).
    r = invoke("clean", "--out", "/proc/self", SEED)
    assert_clean_failure(r, 3, "cannot write")


def _cli(*args: object) -> list[str]:
    return [sys.executable, "-m", "stripper", *map(str, args)]


def _to_dev_full(*args: object) -> subprocess.CompletedProcess:
    with open("/dev/full", "wb") as full:
        return subprocess.run(_cli(*args), stdout=full, stderr=subprocess.PIPE, timeout=120,
                              env={**os.environ, "NO_COLOR": "1"})


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("command", ["clean", "diff"])
def test_stdout_that_cannot_be_written(command: str) -> None:
    p = _to_dev_full(command, SEED)
    err = p.stderr.decode()
    assert p.returncode == 3 and "Traceback" not in err and err.startswith("stripper: error:"), err


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_dataset_stats_to_stdout_that_cannot_be_written(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "in.jsonl", sample_rows(3))
    p = _to_dev_full("dataset", tmp_path / "in.jsonl", tmp_path / "out.jsonl", "--stats", "-", "--no-progress", "-j", "1")
    err = p.stderr.decode()
    assert p.returncode == 3 and "Traceback" not in err and "stripper: error: stdout: cannot write" in err, err


# -- --out DIR writes nowhere else ----------------------------------------------------------------
def _tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file() and not p.is_symlink()}


@pytest.mark.parametrize("name", ["../escape.txt", "sub/../../escape.txt", "..", ".", "...gz", "a/..gz", "x.txt.zst"])
def test_out_dir_confines_every_input_name(tmp_path: Path, monkeypatch, name: str) -> None:
    from stripper.documents import output_path

    out = tmp_path / "work" / "out"
    target = output_path(out, name)
    assert target.parent == out and target.name not in ("", ".", "..")
    # And through the CLI, with a real input reached by a `..` path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "work" / "sub").mkdir(parents=True)
    (tmp_path / "escape.txt").write_text(SEED_TEXT, encoding="utf-8")
    before = _tree(tmp_path)
    r = invoke("clean", "--out", "work/out", "work/sub/../../escape.txt", "../" + tmp_path.name + "/escape.txt")
    assert_ok(r)
    after = _tree(tmp_path)
    changed = {k for k in after if before.get(k) != after[k]}
    assert changed == {"work/out/escape.txt"}


def test_out_dir_never_replaces_an_input(tmp_path: Path) -> None:
    # `clean --out pages pages/a.txt` replaced the input with its own cleaned text (issue 14.2's family).
    pages = tmp_path / "pages"
    pages.mkdir()
    src = pages / "a.txt"
    src.write_text(SEED_TEXT, encoding="utf-8")
    other = tmp_path / "b.txt"
    other.write_text(SEED_TEXT, encoding="utf-8")
    r = invoke("clean", "--out", pages, src, other)
    assert r.exit_code == 3 and "would overwrite the input" in r.stderr
    assert src.read_text(encoding="utf-8") == SEED_TEXT  # untouched
    assert (pages / "b.txt").read_text(encoding="utf-8").strip()  # the other input is still written


def test_out_dir_replaces_a_planted_symlink_instead_of_following_it(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n")
    outside_dir = tmp_path / "elsewhere"
    outside_dir.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    (out / SEED.name).symlink_to(victim)
    (out / (SEED.name + ".json")).symlink_to(outside_dir)
    assert_ok(invoke("clean", "--out", out, SEED))
    assert_ok(invoke("clean", "--out", out, "--json", SEED))
    assert victim.read_text() == "precious\n" and list(outside_dir.iterdir()) == []
    assert not (out / SEED.name).is_symlink() and (out / SEED.name).read_text(encoding="utf-8").strip()
    assert not (out / (SEED.name + ".json")).is_symlink()


def test_dataset_writer_does_not_follow_a_planted_temporary_symlink(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n")
    write_jsonl(tmp_path / "in.jsonl", sample_rows(4))
    out = tmp_path / "out"
    out.mkdir()
    (out / "part-00000.jsonl.tmp-stripper").symlink_to(victim)
    r = invoke("dataset", tmp_path / "in.jsonl", out, "--shard-size", "10", "--no-progress", "-j", "1")
    assert r.exit_code == 0, r.stderr
    assert victim.read_text() == "precious\n"
    assert len(read_rows(out / "part-00000.jsonl")) == 4


# -- dataset --------------------------------------------------------------------------------------
def dataset(*args: object):
    return invoke("dataset", *args, "--no-progress", "-j", "1")


def rejects_of(path: Path) -> list[dict]:
    return [orjson.loads(x) for x in path.read_bytes().splitlines()] if path.exists() else []


def stats_of(path: Path) -> dict:
    return orjson.loads(path.read_bytes())


GOOD = orjson.dumps({"id": "good", "text": STORY})
# (id, raw line, reject kind or None for a row that is written)
ROWS = [
    ("not-json", b'{"id": "x", "text": oops', "invalid-json"),
    ("invalid-utf8", b'{"id": "x", "text": "caf\xe9"}', "invalid-json"),
    ("raw-nul", b'{"id": "x", "text": "a\x00b"}', "invalid-json"),
    ("binary", bytes(range(1, 10)) + b"\xff\xfe\x00\x01", "invalid-json"),
    ("array", b"[1, 2, 3]", "not-an-object"),
    ("string", b'"just a string"', "not-an-object"),
    ("number", b"42", "not-an-object"),
    ("null-row", b"null", "not-an-object"),
    ("missing-field", b'{"id": "x", "body": "text elsewhere"}', "missing-field"),
    ("null-field", b'{"id": "x", "text": null}', "not-a-string"),
    ("numeric-field", b'{"id": "x", "text": 3.5}', "not-a-string"),
    ("list-field", b'{"id": "x", "text": ["a"]}', "not-a-string"),
    ("bool-field", b'{"id": "x", "text": true}', "not-a-string"),
    # Deeper than either JSON parser goes: a reject with a reason, not a crash.
    ("deep-json", b'{"id": "x", "text": "t", "deep": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", "too-deep"),
    ("escaped-nul", b'{"id": "x", "text": "A line \\u0000 with a NUL kept as it is."}', None),
    # Valid JSON that only the stdlib reads (see test_strip_survives_lone_surrogates).
    ("lone-surrogate", b'{"id": "x", "text": "half \\ud800 a pair, in a line long enough to be a story."}', None),
    ("utf8-bom", b'\xef\xbb\xbf{"id": "x", "text": "A story line, BOM first."}', None),
    ("10mb-line", orjson.dumps({"id": "x", "text": "word " * 2_000_000}), None),
    ("nested-html", orjson.dumps({"id": "x", "text": NESTED}), None),
]


@pytest.mark.parametrize("case", ROWS, ids=[c[0] for c in ROWS])
def test_dataset_row_matrix(tmp_path: Path, case) -> None:
    """Each bad row between two good ones: the bad one goes to rejects with its line and a reason,
    the good ones come out, the counts add up."""
    _, raw, kind = case
    src = tmp_path / "in.jsonl"
    src.write_bytes(GOOD + b"\n" + raw + b"\n" + GOOD + b"\n")
    r = dataset(src, tmp_path / "out.jsonl", "--stats", tmp_path / "s.json", "--id-field", "id")
    assert r.exit_code == (1 if kind else 0), (r.stderr, r.exception)
    assert "Traceback" not in r.stderr and "error:" not in r.stderr
    s = stats_of(tmp_path / "s.json")
    rejects = rejects_of(tmp_path / "out.rejects.jsonl")
    data = (tmp_path / "out.jsonl").read_bytes()
    data.decode("utf-8")  # UTF-8 JSONL, whatever came in
    out = [json.loads(x) for x in data.splitlines()]  # the stdlib: it reads lone surrogates too
    assert s["rows_read"] == 3 == len(out) + len(rejects) and s["balanced"]
    assert s["rows_rejected"] == len(rejects)
    if kind:
        (rej,) = rejects
        assert (rej["line"], rej["kind"], rej["source"]) == (2, kind, str(src)) and rej["reason"]
        # The row itself (base64 when it is not UTF-8), or its size when it is over 64 KiB.
        assert rej.get("raw") is not None or rej["raw_bytes"] == len(raw) + 1
    else:
        assert not rejects and out[1]["id"] == "x"
        if case[0] == "10mb-line":
            assert out[1]["text"] == "word " * 2_000_000
        if case[0] == "nested-html":
            assert STORY in out[1]["text"] and s["warnings"] == 1
        if case[0] in ("utf8-bom", "utf16-line"):
            assert not (tmp_path / "out.jsonl").read_bytes().startswith(b"\xef\xbb\xbf")
        if case[0] == "lone-surrogate":
            assert "\ud800" in out[1]["text"]
        if case[0] == "escaped-nul":
            assert out[1]["text"] == "A line \x00 with a NUL kept as it is."


@pytest.mark.parametrize(
    "name,content,code,message",
    [
        ("binary.jsonl", bytes(range(256)) * 64, 1, None),
        ("latin1.jsonl", ('{"text": "' + LATIN1.strip() + '"}\n').encode("latin-1") * 3, 1, None),
        ("utf16.jsonl", ('{"text": "' + STORY + '"}\n').encode("utf-16"), 1, None),
        ("empty.jsonl", b"", 0, None),
        ("blank.jsonl", b"\n\n \n", 0, None),
        ("cut.jsonl.gz", gzip.compress(GOOD * 200 + b"\n")[:-30], 3, "cut.jsonl.gz"),
        ("cut.jsonl.zst", _zstd((GOOD + b"\n") * 200)[:-30], 3, "truncated zstd"),
        ("garbage.jsonl.gz", b"\x1f\x8b not really gzip", 3, "garbage.jsonl.gz"),
        ("garbage.jsonl.zst", b"\x28\xb5\x2f\xfd not really zstd", 3, "zstd"),
        ("plain-as.jsonl.gz", GOOD + b"\n", 3, "plain-as.jsonl.gz"),
        ("bomb.jsonl.gz", "bomb:gz", 3, "decompression bomb"),
        ("bomb.jsonl.zst", "bomb:zst", 3, "decompression bomb"),
        ("garbage.parquet", b"PAR1 not really parquet", 3, "not a readable Parquet file"),
    ],
)
def test_dataset_file_matrix(tmp_path: Path, name: str, content, code: int, message: str | None) -> None:
    src = tmp_path / name
    src.write_bytes(_content(content))
    out = tmp_path / "out.jsonl"
    if code == 3:
        # The file is reported (one line, exit 3) and what could be read of it is cleaned...
        r = dataset(src, out, "--stats", tmp_path / "s.json")
        assert_clean_failure(r, 3, message)
        (bad,) = [x for x in rejects_of(tmp_path / "out.rejects.jsonl") if x["kind"] == "unreadable-file"]
        assert bad["source"] == str(src) and message in bad["reason"] and bad["line"] >= 1
        assert stats_of(tmp_path / "s.json")["bad_files"] == {str(src): bad["reason"]}
        assert len(read_rows(out)) == bad["line"] - 1
        # ...or, with --on-bad-file fail, the run stops and leaves nothing.
        r = dataset(src, tmp_path / "out2.jsonl", "--on-bad-file", "fail")
        assert_clean_failure(r, 3, message)
        assert not list(tmp_path.glob("out2*")), "a failed run must leave nothing behind"
        return
    r = dataset(src, out, "--stats", tmp_path / "s.json")
    assert r.exit_code == code, (r.stderr, r.exception)
    assert "Traceback" not in r.stderr and "error:" not in r.stderr
    s = stats_of(tmp_path / "s.json")
    rejects = rejects_of(tmp_path / "out.rejects.jsonl")
    assert s["balanced"] and s["rows_read"] == len(read_rows(out)) + len(rejects) == s["rows_written"] + len(rejects)
    assert (len(rejects) > 0) == (code == 1)


def test_dataset_parquet_without_the_column_is_refused_up_front(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pylist([{"id": i, "body": STORY} for i in range(5)]), tmp_path / "in.parquet")
    r = dataset(tmp_path / "in.parquet", tmp_path / "out.parquet")
    assert_clean_failure(r, 2, "no column 'text' (it has: id, body)")
    assert not (tmp_path / "out.parquet").exists() and not (tmp_path / "out.rejects.jsonl").exists()
    # Null and numeric values in a real column are row rejects, as in JSONL.
    pq.write_table(pa.Table.from_pylist([{"text": STORY}, {"text": None}, {"text": STORY}]), tmp_path / "n.parquet")
    r = dataset(tmp_path / "n.parquet", tmp_path / "n-out.parquet")
    assert r.exit_code == 1
    (rej,) = rejects_of(tmp_path / "n-out.rejects.jsonl")
    assert rej["kind"] == "not-a-string" and rej["line"] == 2


def test_dataset_output_is_utf8_jsonl_whatever_the_input_encoding(tmp_path: Path) -> None:
    """json.loads reads a UTF-16 line; an unchanged row must still not go out in UTF-16."""
    src = tmp_path / "in.jsonl"
    src.write_bytes(('{"id": "x", "text": "' + STORY + '"}\n').encode("utf-16"))
    r = dataset(src, tmp_path / "out.jsonl")
    assert r.exit_code in (0, 1)
    data = (tmp_path / "out.jsonl").read_bytes()
    data.decode("utf-8")
    assert [orjson.loads(x) for x in data.splitlines()] == [{"id": "x", "text": STORY}]


@pytest.mark.parametrize("fmt", ["text", "html", "auto"])
def test_strip_survives_lone_surrogates(fmt: str) -> None:
    """Valid JSON can carry a lone surrogate ("\\ud800"); the engine once raised UnicodeEncodeError
    on it (match.py encoded without surrogatepass). It must keep the line as it came."""
    from stripper import strip

    story = "The council voted on Tuesday to approve the plan \ud800 after a long debate about its costs."
    text = f"{story}\nThe mayor said the vote was a turning point for the city and all of its residents.\n"
    result = strip(text if fmt == "text" else f"<html><body><article><p>{text}</p></article></body></html>", format=fmt)
    assert story in result.text


@pytest.mark.parametrize("target", ["missing.jsonl", "a-directory"])
def test_dataset_missing_path_and_directory(tmp_path: Path, target: str) -> None:
    (tmp_path / "a-directory").mkdir()
    r = dataset(tmp_path / target, tmp_path / "out.jsonl")
    assert_clean_failure(r, 3, "no such file" if target == "missing.jsonl" else "is a directory")


@pytest.mark.parametrize(
    "output,extra,message",
    [
        ("file.txt/out.jsonl", [], "cannot write"),
        ("/proc/stripper-test.jsonl", [], "cannot write"),
        ("file.txt/shards/", ["--shard-size", "2"], "cannot write"),
        ("out.jsonl", ["--rejects", "file.txt/rejects.jsonl"], "cannot write"),
        ("out.jsonl", ["--stats", "file.txt/stats.json"], "cannot write"),
        ("out.jsonl", ["--stats", "/proc/self/stats.json"], "cannot write"),
    ],
)
def test_dataset_output_that_cannot_be_written(tmp_path: Path, monkeypatch, output: str, extra: list[str], message: str) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "file.txt").write_text("x")
    write_jsonl(tmp_path / "in.jsonl", [*sample_rows(3), "not an object"])
    r = dataset("in.jsonl", output, *extra)
    assert_clean_failure(r, 3, message)
    assert not (tmp_path / "out.jsonl").exists(), "refused before the run, not after it"


# -- resource safety: rows past the limit, bombs ---------------------------------------------------
def test_a_row_over_the_limit_is_rejected_with_its_size(tmp_path: Path) -> None:
    big = orjson.dumps({"id": "big", "text": "word " * 400_000})  # 2 MB
    for fmt, writer in (("jsonl", lambda b: b), ("jsonl.gz", gzip.compress), ("jsonl.zst", _zstd)):
        src = tmp_path / f"in.{fmt}"
        src.write_bytes(writer(GOOD + b"\n" + big + b"\n" + GOOD + b"\n" + big))  # the last one has no newline
        out = tmp_path / f"out-{fmt}.jsonl"
        r = dataset(src, out, "--max-row-bytes", 1 << 20, "--stats", tmp_path / "s.json")
        assert r.exit_code == 1, r.stderr
        rejects = rejects_of(tmp_path / f"out-{fmt}.rejects.jsonl")
        assert [(x["line"], x["kind"], x["raw_bytes"]) for x in rejects] == [
            (2, "too-large", len(big) + 1), (4, "too-large", len(big))]
        assert "--max-row-bytes" in rejects[0]["reason"]
        assert [x["id"] for x in read_rows(out)] == ["good", "good"]
        assert stats_of(tmp_path / "s.json")["balanced"]


def test_a_row_of_exactly_the_limit_is_read() -> None:
    import io

    from stripper.dataset.readers import read_lines

    line = b"x" * 1023 + b"\n"
    assert list(read_lines(io.BytesIO(line * 2), 1024)) == [line, line]
    assert list(read_lines(io.BytesIO(line[:-1]), 1023)) == [line[:-1]]
    (big,) = read_lines(io.BytesIO(b"y" * 5000 + b"\n"), 1024)
    assert big.nbytes == 5001


def test_a_parquet_value_over_the_limit_is_rejected(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pylist([{"text": STORY}, {"text": "word " * 400_000}]), tmp_path / "in.parquet")
    r = dataset(tmp_path / "in.parquet", tmp_path / "out.jsonl", "--max-row-bytes", 1 << 20)
    assert r.exit_code == 1
    (rej,) = rejects_of(tmp_path / "out.rejects.jsonl")
    assert (rej["line"], rej["kind"], rej["raw_bytes"]) == (2, "too-large", 2_000_000)


@pytest.mark.parametrize("hole", [512 << 20, pytest.param(2 << 30, marks=pytest.mark.heavy)])
def test_a_huge_line_is_never_read_whole(tmp_path: Path, hole: int) -> None:
    """A sparse file: a good row, a 512 MiB (with -m heavy, 2 GiB) row (a hole reads as NUL bytes),
    a good row. The run rejects the big row by size, keeps the others, and its peak memory stays
    far below the row's size: reading it whole would take at least that."""
    src = tmp_path / "in.jsonl"
    with open(src, "wb") as f:
        f.write(GOOD + b"\n" + b'{"text": "')
        f.seek(hole, os.SEEK_CUR)
        f.write(b'"}\n' + GOOD + b"\n")
    out = tmp_path / "out.jsonl"
    # The child's own high-water mark (ru_maxrss would include pytest's RSS at fork time).
    code = ("import atexit, sys; atexit.register(lambda: sys.stderr.write(next(l for l in open('/proc/self/status') "
            "if l.startswith('VmHWM')))); from stripper.cli import main; main()")
    p = subprocess.run([sys.executable, "-c", code, "dataset", str(src), str(out), "--no-progress", "-j", "1"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=120)
    err = p.stderr.decode()
    assert p.returncode == 1, err
    peak_mib = int(err.rsplit("VmHWM:", 1)[1].split()[0]) / 1024
    assert peak_mib < 400, f"peak RSS {peak_mib:.0f} MiB"
    (rej,) = rejects_of(tmp_path / "out.rejects.jsonl")
    assert rej["kind"] == "too-large" and rej["raw_bytes"] == hole + len(b'{"text": "') + 3
    assert len(read_rows(out)) == 2


def test_the_expansion_limit_can_be_lifted_and_small_repetitive_files_pass(tmp_path: Path, monkeypatch) -> None:
    from stripper.dataset import readers

    # The check's floor is a size, its limit a ratio: with the floor at 1 MiB (64 MiB by default)
    # a 4 MiB bomb proves what an 80 MiB one does.
    monkeypatch.setattr(readers, "EXPANSION_FLOOR", 1 << 20)
    # Very repetitive but small: under the floor, never refused whatever its ratio.
    src = tmp_path / "rep.jsonl.gz"
    src.write_bytes(gzip.compress((GOOD + b"\n") * 2_000))
    assert len(gzip.decompress(src.read_bytes())) < 1 << 20
    assert dataset(src, tmp_path / "o1.jsonl").exit_code == 0
    # A bomb with the limit lifted is read, as a stream, and its one huge row rejected by size.
    src = tmp_path / "bomb.jsonl.gz"
    src.write_bytes(gzip.compress(b'{"text": "' + b"a" * (4 << 20) + b'"}\n' + GOOD + b"\n", 1))
    assert_clean_failure(dataset(src, tmp_path / "o2.jsonl"), 3, "decompression bomb")
    r = dataset(src, tmp_path / "o3.jsonl", "--max-expansion", 0, "--max-row-bytes", 1 << 20)
    assert r.exit_code == 1, r.stderr
    assert [x["kind"] for x in rejects_of(tmp_path / "o3.rejects.jsonl")] == ["too-large"]


# -- fuzz findings, replayed without atheris -------------------------------------------------------
CRASHES = sorted((Path(__file__).parent / "fuzz" / "crashes").glob("*.bin"))


@pytest.mark.parametrize("crash", CRASHES, ids=[p.stem for p in CRASHES])
def test_fuzz_crash_replays(crash: Path) -> None:
    """Inputs with which the atheris target (tests/fuzz/fuzz_strip.py) broke an invariant, kept as
    regressions: first byte the mode (bit 2: HTML, bit 4: page=always), the rest the document.
    idempotence-page-pass: found in under a second; fixed in 41f452d (the page pass runs again)."""
    from stripper import Settings, strip

    data = crash.read_bytes()
    doc = data[1:].decode("utf-8", "replace")
    if data[0] & 2:
        strip(doc, format="html")
        return
    settings = Settings(page="always") if data[0] & 4 else None
    result = strip(doc, format="text", settings=settings)
    assert strip(result.text, format="text", settings=settings).text == result.text
