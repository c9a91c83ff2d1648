#!/bin/sh
# Seed a corpus from samples/ (each sample as text and as HTML), then fuzz `strip` for SECONDS.
#   tests/fuzz/run.sh [SECONDS] [CORPUS_DIR] [extra libFuzzer flags...]
# Exit status: 0 when no input broke an invariant; crash-* files hold any input that did.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
seconds=${1:-60}
corpus=${2:-"$root/.fuzz-corpus"}
[ $# -gt 0 ] && shift
[ $# -gt 0 ] && shift
mkdir -p "$corpus"
for f in "$root"/samples/*.txt "$root"/samples/*.html; do
    name=$(basename "$f")
    [ -e "$corpus/seed-text-$name" ] || { printf '\000' | cat - "$f" > "$corpus/seed-text-$name"; }
    [ -e "$corpus/seed-html-$name" ] || { printf '\002' | cat - "$f" > "$corpus/seed-html-$name"; }
    [ -e "$corpus/seed-page-$name" ] || { printf '\004' | cat - "$f" > "$corpus/seed-page-$name"; }
done
exec python "$here/fuzz_strip.py" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=20 -max_len=65536 \
    -artifact_prefix="${TMPDIR:-/tmp}/stripper-fuzz-" "$@" "$corpus"
