#!/bin/sh
# Model-mutation testing: breaks the simulated sites one change at a time and runs the procedures
# that reach the change; a check that never fails shows up as a survivor. Usage:
#   sh src/main/sh/mutants.sh ['@fletswest'] [N] [-Dmore=settings …]
# N > 0 runs only the first N mutants of each operator and site (and prints an estimate for all).
# Writes target/mutants/mutants.json and target/tejun-report/mutants.html (see docs/mutants.md).
set -eu
cd "$(dirname "$0")/../../.."
tags="${1:-}"
per="${2:-0}"
[ $# -gt 0 ] && shift
[ $# -gt 0 ] && shift
exec mvn -B -q test-compile exec:java@mutants \
  -Dtejun.mutants.tags="$tags" -Dtejun.mutants.perOperator="$per" "$@"
