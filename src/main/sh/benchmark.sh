#!/bin/sh
# tejun's benchmark: figures printed, never asserted. Usage: sh src/main/sh/benchmark.sh [tags]
# 1. The procedures (all, or those matching the tag expression) as `mvn -Pprocedures verify` runs
#    them, with 1 and with 2 workers: wall time, the speed-up, and the run's figures.
# 2. tejun.bench.Benchmark: each procedure under tejun against a bare Selenium replay of the same
#    actions, alternating; per-step figures, isolation cost, first-scenario cost, peak memory; and
#    tejun beside the floor measured in the same run: the shared click step against a bare click and
#    load of a trivial page, the AfterStep hook against a bare whole-page screenshot of the screens
#    tejun shot (taken in the replay), as ratios; and beside the peer, Playwright's click and load of
#    the same trivial page on the same Chromium (playwright-core from npm, in target/playwright).
set -eu
cd "$(dirname "$0")/../../.."
tags="${1:-}"
mkdir -p target
for w in 1 2; do
  set -- -B -Pprocedures verify \
    -Dcucumber.execution.parallel.config.fixed.parallelism="$w" \
    -Dcucumber.execution.parallel.config.fixed.max-pool-size="$w"
  if [ -n "$tags" ]; then set -- "$@" -Dcucumber.filter.tags="$tags"; fi
  start=$(date +%s)
  mvn "$@" > "target/benchmark-$w.log" 2>&1 || echo "(the run failed: target/benchmark-$w.log)"
  end=$(date +%s)
  eval "wall$w=$((end - start))"
  echo "== $w worker(s): mvn -Pprocedures verify took $((end - start)) s wall time on $(nproc) cores"
  mvn -q exec:java -Dexec.mainClass=tejun.report.RunFigures \
    -Dexec.args="target/cucumber/messages.ndjson target/tejun-report"
done
echo "== 2 workers against 1: $(awk "BEGIN { printf \"%.2f\", $wall1 / $wall2 }")× (Maven wall time, report included)"
echo "== each procedure under tejun and as a bare Selenium replay (target/benchmark/)"
if command -v npm > /dev/null && [ ! -d target/playwright/node_modules/playwright-core ]; then
  # The peer for the floor lines: Playwright on the same Chromium (no browser of its own).
  npm install --silent --no-audit --no-fund --prefix target/playwright playwright-core@1.56 \
    || echo "(npm could not install playwright-core: the peer is left out)"
fi
mvn -q test-compile
mvn -q exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
  -Dexec.args="-XX:TieredStopAtLevel=1 --add-exports=java.base/sun.security.x509=ALL-UNNAMED -Dfile.encoding=UTF-8 -cp %classpath tejun.bench.Benchmark \"$tags\""
