# Finding a JDK 21 or newer, for ./archivist and bench/run-jmh.sh (sourced, not run).
# find_jdk sets JDK (its home), JAVA (its java), JAVA_HOME, JDK_MAJOR, and MAVEN_OPTS for JDK 24+;
# it fails with a message naming what to install when there is none.

java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | awk -F'= ' '/java.specification.version/ {split($2, v, "."); print (v[1] == 1 ? v[2] : v[1]); exit}'
}

find_jdk() {
  local candidates=() best="" best_major=0 dir major seen=""
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for dir in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/*jdk* /usr/local/*jdk* \
             /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
    [ -d "$dir" ] && candidates+=("$dir")
  done
  for dir in "${candidates[@]}"; do
    [ -x "$dir/bin/java" ] && [ -x "$dir/bin/javac" ] || continue
    major=$(java_major "$dir")
    seen="$seen $dir ($major)"
    # JAVA_HOME wins when it is suitable; otherwise the newest JDK found.
    if [ "${major:-0}" -ge 21 ] && { [ "$dir" = "${JAVA_HOME:-}" ] || [ "$major" -gt "$best_major" ]; }; then
      best=$dir
      best_major=$major
      [ "$dir" = "${JAVA_HOME:-}" ] && break
    fi
  done
  if [ -z "$best" ]; then
    printf '%s\n' "Archivist needs a JDK 21 or newer, and none was found (looked at:${seen:- nothing})." \
      "Install one (e.g. 'apt-get install openjdk-21-jdk-headless' or Eclipse Temurin 21) and/or set JAVA_HOME to it." >&2
    exit 1
  fi
  JDK=$best
  JDK_MAJOR=$best_major
  JAVA="$JDK/bin/java"
  export JAVA_HOME="$JDK"
  if [ "$best_major" -ge 24 ]; then
    # Maven's bundled Guava calls sun.misc.Unsafe, which JDK 24+ warns about on every run.
    export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
  fi
}
