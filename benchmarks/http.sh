#!/usr/bin/env bash
# Runs the HTTP read benchmark (benchmarks/README.md) in one JVM, from this checkout.
#
#   benchmarks/http.sh                   # 100 000 units, H2 then PostgreSQL, 20 s per measurement
#   benchmarks/http.sh --units 20000 --seconds 5 --warmup 3 --stores h2
#
# Arguments are passed to org.civitas.adapter.rest.bench.HttpBenchmark (see its Javadoc). It
# compiles the REST adapter and the modules it depends on only when the benchmark's class is
# missing. The run stops by itself: a store that would start after --budget minutes (default 40)
# is skipped, and the whole run is killed after the budget plus 10 minutes whatever happens.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

bench_class=adapters-rest/target/test-classes/org/civitas/adapter/rest/bench/HttpBenchmark.class
if [[ ! -f $bench_class ]]; then
  echo "benchmark: compiling first (mvn -B -q -pl adapters-rest -am test-compile)" >&2
  mvn -B -q -o -pl adapters-rest -am test-compile || mvn -B -q -pl adapters-rest -am test-compile
fi

# The test classpath of the REST adapter: its dependencies, those of the modules it depends on
# (as their target/classes), the persistence adapter and the embedded PostgreSQL server with its
# binaries. Maven resolves the modules of this checkout only within a build that compiles them,
# hence `compile`, which finds nothing to do after the build above.
classpath_file=adapters-rest/target/benchmark.classpath
mvn -B -q -o -pl adapters-rest -am compile \
  org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/benchmark.classpath \
  || mvn -B -q -pl adapters-rest -am compile \
  org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/benchmark.classpath
classpath="adapters-rest/target/test-classes:adapters-rest/target/classes:$(cat "$classpath_file")"

budget=40
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  if [[ ${args[i]} == --budget && $((i + 1)) -lt ${#args[@]} ]]; then
    budget=${args[i + 1]}
  fi
done

work=$(mktemp -d "${TMPDIR:-/tmp}/civitas-http-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

echo "benchmark: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB," \
  "$(java -version 2>&1 | head -1)"
timeout --kill-after=30s "$((budget + 10))m" \
  java -Xms1g -Xmx${BENCH_HEAP:-4g} -XX:+UseG1GC -cp "$classpath" \
  org.civitas.adapter.rest.bench.HttpBenchmark --work "$work" "$@"
