#!/usr/bin/env bash
# Mutation testing (PIT) of the pure domain packages, the extra pass docs/QUALITY.md reports; not part of
# ./archivist test. Each area runs its module's unit tests (*Tests) against mutants of its classes.
#
#   bench/mutation.sh              every area
#   bench/mutation.sh ids text     only the named areas: ids, text, html, citations, query
#
# Reports: <module>/target/pit-reports/<area>/index.html and mutations.csv; the summary lines are printed.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=../stack/jdk.sh
. "$ROOT/stack/jdk.sh"
find_jdk

declare -A MODULE=(
  [ids]=archivist-contract
  [text]=ingest-service
  [html]=ingest-service
  [citations]=enrich-service
  [query]=query-service
)
declare -A CLASSES=(
  [ids]='org.archivist.contract.CanonicalUrl*,org.archivist.contract.CitationKeys*'
  [text]='org.archivist.ingest.archive.text.*,org.archivist.ingest.article.ArticleIdentity*'
  [html]='org.archivist.ingest.archive.html.*'
  [citations]='org.archivist.enrich.footnotes.*'
  [query]='org.archivist.query.search.SearchQueryBuilder*,org.archivist.query.search.UserQueryText*,org.archivist.query.search.SearchCursor*,org.archivist.query.search.SearchFilters*,org.archivist.query.citations.MatchKeys*'
)
# The unit tests that may kill each area's mutants. ingest's are narrowed to the parsers' own packages: its web
# slice tests boot Spring, once per mutant, and turned a 2-minute pass into an hour.
declare -A TESTS=(
  [ids]='org.archivist.*Tests'
  [text]='org.archivist.ingest.archive.text.*Tests,org.archivist.ingest.article.ArticleIdentityTests'
  [html]='org.archivist.ingest.archive.html.*Tests'
  [citations]='org.archivist.*Tests'
  [query]='org.archivist.*Tests'
)
AREAS=("$@")
[ ${#AREAS[@]} -gt 0 ] || AREAS=(ids text citations query html)

(cd "$ROOT" && mvn -B -q -o -DskipTests install -pl archivist-contract,archivist-text,archivist-kafka,archivist-testing \
  || mvn -B -q -DskipTests install -pl archivist-contract,archivist-text,archivist-kafka,archivist-testing)
for area in "${AREAS[@]}"; do
  module=${MODULE[$area]:?unknown area $area (ids, text, html, citations, query)}
  echo "== $area ($module: ${CLASSES[$area]})"
  (cd "$ROOT" && mvn -B -q -pl "$module" test-compile org.pitest:pitest-maven:mutationCoverage \
    -DtargetClasses="${CLASSES[$area]}" -DtargetTests="${TESTS[$area]}" -DreportsDirectory="$ROOT/$module/target/pit-reports/$area" \
    -Dsurefire.failIfNoSpecifiedTests=false 2>&1 | grep -E "^>> (Line Coverage|Generated [0-9]+ mutations|Mutations with no coverage)" || true)
done
