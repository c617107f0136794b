#!/usr/bin/env bash
# Runs Archivist's JMH benchmarks (bench/) and prints the tables docs/BENCHMARKS.md shows.
#
#   bench/run-jmh.sh                      all benchmarks, short but honest settings, with the GC profiler
#   bench/run-jmh.sh Enrichment           only benchmarks whose name matches (a JMH regex), default settings
#   bench/run-jmh.sh -- -wi 5 -i 10 ...   anything after -- goes to JMH as is (instead of the defaults below)
#
# Builds bench/target/benchmarks.jar when it is missing or older than the sources. Needs a JDK 21+: JAVA_HOME
# when it is one, else the newest under the usual folders. Results: bench/target/jmh/*.json.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JAR="$ROOT/bench/target/benchmarks.jar"
RESULTS_DIR="$ROOT/bench/target/jmh"
# One fork, 3 x 2 s warm-up, 5 x 2 s measurement, one thread, allocation by the GC profiler.
DEFAULTS=(-f 1 -wi 3 -w 2s -i 5 -r 2s -t 1 -prof gc)

die() { printf 'run-jmh: %s\n' "$*" >&2; exit 1; }

# shellcheck source=../stack/jdk.sh
. "$ROOT/stack/jdk.sh"

find_jdk

if [ ! -f "$JAR" ] || [ -n "$(find "$ROOT/bench/src" "$ROOT/bench/pom.xml" "$ROOT/ingest-service/src/main" \
    "$ROOT/enrich-service/src/main" -newer "$JAR" -type f -print -quit)" ]; then
  # Packaging rewrites the services' jars; services running from them (./archivist up) would then fail to load
  # classes. Benchmarks measured beside a running stack would be wrong anyway.
  for pid_file in "$ROOT"/.stack/run/{ingest,enrich,query}.pid; do
    if [ -f "$pid_file" ] && kill -0 "$(tr -dc '0-9' < "$pid_file")" 2>/dev/null; then
      die "the local stack is running from this checkout's jars; stop it (./archivist down) before building."
    fi
  done
  echo "Building bench/target/benchmarks.jar (mvn -pl bench -am package, tests skipped)..."
  (cd "$ROOT" && mvn -B -q -DskipTests -pl bench -am package) || die "the build failed; see Maven's output above."
fi

JAVA=("$JAVA_HOME/bin/java")
if [ "$JDK_MAJOR" -ge 24 ]; then
  # JMH 1.37 calls sun.misc.Unsafe, which JDK 24+ warns about in the runner and in every fork.
  JAVA+=(--sun-misc-unsafe-memory-access=allow)
  FORK_ARGS=(-jvmArgsPrepend --sun-misc-unsafe-memory-access=allow)
else
  FORK_ARGS=()
fi

echo "JDK: $JAVA_HOME ($("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1))"
echo "Machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%MZ)"
rm -f "$RESULTS_DIR"/jmh-*.json
mkdir -p "$RESULTS_DIR"

jmh() {
  local out="$RESULTS_DIR/jmh-$1.json"
  shift
  echo
  echo "Command: java -jar bench/target/benchmarks.jar $* -rf json -rff ${out#"$ROOT"/}"
  "${JAVA[@]}" -jar "$JAR" "${FORK_ARGS[@]}" "$@" -rf json -rff "$out"
}

if [ $# -gt 0 ]; then
  if [ "$1" = -- ]; then shift; jmh custom "$@"; else jmh custom "${DEFAULTS[@]}" "$@"; fi
else
  jmh text-enrich "${DEFAULTS[@]}" 'ArchiveParsingBenchmark.text|EnrichmentBenchmark'
  jmh html "${DEFAULTS[@]}" -p bytes=10000,1000000 'ArchiveParsingBenchmark.(html|article)$'
  # One parse of a 10 MB HTML page outlasts a 2 s iteration many times over: time single calls instead.
  jmh html-10mb -bm ss -f 1 -wi 0 -i 1 -t 1 -prof gc -p bytes=10000000 'ArchiveParsingBenchmark.(html|article)$'
fi
echo
echo "Machine after: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%MZ)"
"${JAVA[@]}" -cp "$JAR" org.archivist.bench.report.JmhReport "$RESULTS_DIR"/jmh-*.json
