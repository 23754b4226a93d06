#!/usr/bin/env bash
# Runs one benchmark: bench/run.sh NAME [ARGS...] executes bench/NAME.sh, which ends with lines
#   RESULT name=value unit
# (ratios to a baseline measured in the same run included).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if [ $# -lt 1 ] || [ ! -f "$here/$1.sh" ]; then
  echo "usage: bench/run.sh NAME [ARGS...]" >&2
  echo "benchmarks:" $(cd "$here" && ls *.sh | grep -v '^run\.sh$' | sed 's/\.sh$//') >&2
  exit 2
fi
name="$1"; shift
exec bash "$here/$name.sh" "$@"
