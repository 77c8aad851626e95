#!/bin/sh
# Prints tejun's performance figures: runs the procedures (all, or those matching the tag
# expression given as $1), then reads the run's messages. Figures, not assertions.
set -eu
cd "$(dirname "$0")/../.."
tags="${1:-}"
start=$(date +%s)
mkdir -p target
if [ -n "$tags" ]; then
  mvn -Pprocedures verify -Dcucumber.filter.tags="$tags" > target/benchmark.log 2>&1
else
  mvn -Pprocedures verify > target/benchmark.log 2>&1
fi
end=$(date +%s)
echo "mvn -Pprocedures verify: $((end - start)) s wall time on $(nproc) cores"
mvn -q exec:java -Dexec.mainClass=tejun.report.RunFigures \
  -Dexec.args="target/cucumber/messages.ndjson target/tejun-report"
