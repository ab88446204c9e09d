#!/usr/bin/env bash
# The hand audit's outputs (BENCHMARKS.md, "Hand audit"): analyses the fixed list of 15 real articles and writes
# each report as text and JSON into OUT (default audit-out/), for a person to read against the article.
# usage: bash scripts/hand-audit.sh [OUT]      (from the project root; ../shared/data must be there)
set -euo pipefail
out=${1:-audit-out}
data=../shared/data
mkdir -p "$out"
run() { # file published name
  npm run --silent newsgraph -- analyze "$1" --published "$2" --format text >"$out/$3.txt"
  npm run --silent newsgraph -- analyze "$1" --published "$2" --format json >"$out/$3.json"
}
# PolNeAR dev: every 8th file in sorted order from the first; published = the date in the file name.
for f in $(ls "$data/quotes/polnear/dev/text" | sort | awk 'NR%8==1' | head -10); do
  run "$data/quotes/polnear/dev/text/$f" "$(echo "$f" | cut -d_ -f2)" "${f%.txt}"
done
# BBC (2004–2005, undated): five fixed files, published 2005-01-15.
for f in politics/001 politics/002 politics/003 business/001 business/002; do
  run "$data/corpus/bbc-news/$f.txt" 2005-01-15 "bbc-${f/\//-}"
done
echo "wrote $(ls "$out" | wc -l) files to $out"
