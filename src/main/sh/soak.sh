#!/bin/sh
# The soak: runs the procedures N times in a row (default 20) with the given worker counts
# (default "1 2"), then prints the failures per scenario. Usage: sh src/main/sh/soak.sh [N] ["1 2"] [tags]
set -eu
cd "$(dirname "$0")/../../.."
runs="${1:-20}"
workers="${2:-1 2}"
tags="${3:-}"
out=target/soak
rm -rf "$out"
mkdir -p "$out"
for w in $workers; do
  i=1
  while [ "$i" -le "$runs" ]; do
    set -- -B -q -Pprocedures verify \
      -Dcucumber.execution.parallel.config.fixed.parallelism="$w" \
      -Dcucumber.execution.parallel.config.fixed.max-pool-size="$w"
    if [ -n "$tags" ]; then set -- "$@" -Dcucumber.filter.tags="$tags"; fi
    if mvn "$@" > "$out/run-$w-$i.log" 2>&1; then status=passed; else status=FAILED; fi
    cp target/failsafe-reports/TEST-tejun.ProceduresIT.xml "$out/run-$w-$i.xml" 2>/dev/null || true
    echo "workers=$w run=$i $status"
    i=$((i + 1))
  done
done
echo
echo "failures per scenario (workers, scenario, failed runs of $runs):"
for w in $workers; do
  for xml in "$out"/run-"$w"-*.xml; do
    [ -f "$xml" ] || continue
    # A failed or errored testcase is followed by its <failure> or <error> element.
    awk '/<testcase /{match($0, /name="[^"]*"/); name=substr($0, RSTART+6, RLENGTH-7)}
         /<(failure|error)[ >]/{print name}' "$xml"
  done | sort | uniq -c | sed "s/^/  workers=$w /"
done
echo "(no line above: no scenario failed)"
