#!/usr/bin/env bash
# Scores single-article extraction on the public Article Extraction Benchmark and prints the table with the
# peers beside it (docs/QUALITY.md shows it):
#
#   bench/aeb-score.sh              the table
#   bench/aeb-score.sh --per-page   the table and the 25 worst pages
#
# The benchmark (178 real pages, their true bodies, the peers' per-page counts and its `score` tool) lives in
# ../shared/benchmarks/aeb beside the clone (AEB=... to point elsewhere). Its pages are licensed for evaluation
# only: they are read in place and never copied here. AebBenchmarkTests parses each page as POST /api/archives
# does and writes ingest-service/target/aeb-predictions.json (each page's longest article), which `score` reads.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
AEB=${AEB:-$ROOT/../shared/benchmarks/aeb}

die() { printf 'aeb-score: %s\n' "$*" >&2; exit 1; }

[ -x "$AEB/score" ] || die "no benchmark at $AEB (set AEB to the folder holding ground-truth.json and score)"

# shellcheck source=../stack/jdk.sh
. "$ROOT/stack/jdk.sh"
find_jdk

rm -f "$ROOT/ingest-service/target/aeb-predictions.json"
# The test's own floor may fail; the table is wanted all the same.
(cd "$ROOT" && mvn -B -q -pl ingest-service -am test -Dtest=AebBenchmarkTests -Dsurefire.failIfNoSpecifiedTests=false \
  -Dmaven.test.failure.ignore=true) || die "the build failed; see Maven's output above."
[ -f "$ROOT/ingest-service/target/aeb-predictions.json" ] || die "AebBenchmarkTests wrote no predictions"
"$AEB/score" "$ROOT/ingest-service/target/aeb-predictions.json" "$@"
