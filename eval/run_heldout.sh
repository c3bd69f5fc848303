#!/usr/bin/env bash
# Extract the project-written held-out articles and score them against their gold files.
#
# Usage (from anywhere):  eval/run_heldout.sh [OUT_DIR] [score.py options, e.g. --json | --min-f1 0.6]
# OUT_DIR defaults to a fresh temporary folder. The scorer is ../shared/eval/score.py relative
# to the repository root; the script stops with a clear message when it is absent.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SCORER="$ROOT/../shared/eval/score.py"
KGRAPH="$ROOT/.venv/bin/kgraph"
HELDOUT="$ROOT/eval/heldout"

if [[ ! -f "$SCORER" ]]; then
    echo "run_heldout: scorer not found at $SCORER (expected ../shared/eval/score.py next to the repository)" >&2
    exit 2
fi
if [[ ! -x "$KGRAPH" ]]; then
    echo "run_heldout: $KGRAPH not found; create the project venv first (make install)" >&2
    exit 2
fi

OUT=""
if [[ $# -gt 0 && "$1" != --* ]]; then
    OUT="$1"
    shift
fi
if [[ -z "$OUT" ]]; then
    OUT="$(mktemp -d -t kgraph-heldout.XXXXXX)"
fi
mkdir -p "$OUT"

shopt -s nullglob
articles=("$HELDOUT"/articles/*.txt)
if [[ ${#articles[@]} -eq 0 ]]; then
    echo "run_heldout: no articles in $HELDOUT/articles" >&2
    exit 2
fi

"$KGRAPH" extract "${articles[@]}" --format json --out "$OUT" >&2
echo "predictions in $OUT" >&2
python3 "$SCORER" "$HELDOUT/gold" "$OUT" "$@"
