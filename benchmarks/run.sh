#!/usr/bin/env bash
# Runs the import and query benchmark (benchmarks/README.md) in one JVM, from this checkout.
#
#   benchmarks/run.sh                    # the full run: 100 000 units, then 1 000 000 if it fits
#   benchmarks/run.sh --units 20000 --large 100000 --budget 10
#
# Arguments are passed to org.civitas.adapter.persistence.bench.ImportBenchmark (see its
# Javadoc). It builds nothing but the package, and only when the classes it needs are missing.
# The run stops by itself: sizes that would not fit in --budget minutes (default 50) are skipped,
# and the whole run is killed after the budget plus 20 minutes whatever happens.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

bench_class=adapters-persistence/target/test-classes/org/civitas/adapter/persistence/bench/ImportBenchmark.class
if [[ ! -f adapters-cli/target/civitas.jar || ! -f $bench_class ]]; then
  echo "benchmark: building the package first (mvn -B -q -DskipTests package)" >&2
  mvn -B -q -DskipTests package
fi

# The test classpath of the persistence adapter: its dependencies, those of the modules it
# depends on (as their target/classes), and the embedded PostgreSQL server with its binaries.
# Maven resolves the modules of this checkout only within a build that compiles them, hence
# `compile`, which finds nothing to do after the package above.
classpath_file=adapters-persistence/target/benchmark.classpath
mvn -B -q -o -pl adapters-persistence -am compile \
  org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/benchmark.classpath \
  || mvn -B -q -pl adapters-persistence -am compile \
  org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/benchmark.classpath
classpath="adapters-persistence/target/test-classes:adapters-persistence/target/classes:$(cat "$classpath_file")"

budget=50
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  if [[ ${args[i]} == --budget && $((i + 1)) -lt ${#args[@]} ]]; then
    budget=${args[i + 1]}
  fi
done

work=$(mktemp -d "${TMPDIR:-/tmp}/civitas-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

echo "benchmark: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB," \
  "$(java -version 2>&1 | head -1)"
timeout --kill-after=30s "$((budget + 20))m" \
  java -Xms2g -Xmx${BENCH_HEAP:-12g} -XX:+UseG1GC -cp "$classpath" \
  org.civitas.adapter.persistence.bench.ImportBenchmark --work "$work" "$@"
