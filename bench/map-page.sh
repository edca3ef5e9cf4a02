#!/usr/bin/env bash
# Benchmark: the map page in headless Chromium against a bare Leaflet + markercluster page, same server, same data.
#
#   bench/map-page.sh                                     own CMS on port 8100, 10,000 then 50,000 initiatives
#   BASE_URL=http://localhost:8100 bench/map-page.sh      use a running CMS (e.g. KEEP_CMS=1 bench/map-endpoint.sh)
#
# Environment: N (default 10000), RUNS (time-to-markers runs per side, default 5), FRAME_RUNS (default 3),
# BIG (total for the large check, default 50000; 0 skips it), RUNS_BIG (time-to-markers runs per side at BIG,
# default 3), SEARCH_TERM (default zorg), BENCH_PORT (default 8100), HEAP (CMS heap, default 1g).
# Note: with BASE_URL the large check adds BIG - N initiatives to that CMS.
#
# Baseline:  /static/bench/bare.html (bench/map-page/bare.html): Leaflet + markercluster, L.geoJSON of
#            /static/bench/map-data.json (the endpoint's bytes, uploaded) into L.markerClusterGroup({chunkedLoading})
# Candidate: /content/samenwerkingskaart/samenwerkingskaart/kaart.html (the map component, data from the endpoint)
# Both mark performance 'swk:markers-ready' when the first clusters are on the map. Results: stdout and
# bench/target/map-page/results.md (raw JSON next to it).
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH_WORK="${BENCH_WORK:-$PWD/bench/target/map-page}"
mkdir -p "$BENCH_WORK"
source bench/lib.sh

N="${N:-10000}"
RUNS="${RUNS:-5}"
FRAME_RUNS="${FRAME_RUNS:-3}"
BIG="${BIG:-50000}"
RUNS_BIG="${RUNS_BIG:-3}"
SEED="${SEED:-1}"
BIG_SEED="${BIG_SEED:-101}"
command -v jq >/dev/null || die "jq is needed"
command -v node >/dev/null || die "node is needed"
[ -x "${CHROMIUM:-/usr/bin/chromium}" ] || die "no Chromium at ${CHROMIUM:-/usr/bin/chromium} (apt-get install chromium)"

log "npm install (playwright-core only; no browser is downloaded)"
(cd bench/map-page && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-audit --no-fund --loglevel=error \
  >"$BENCH_WORK/npm.log" 2>&1) || die "npm install failed, see $BENCH_WORK/npm.log"

bench_start_cms
export BASE_URL

count="$(bench_feature_count)"
if [ "$count" -lt "$N" ]; then
  log "loading $N generated initiatives (the endpoint serves $count now)"
  bench_load "$N" "$SEED"
fi

# The baseline's data: exactly the endpoint's bytes, as a static file; the baseline page beside it.
stage_static() {
  curl -fsS -o "$BENCH_WORK/map-data.json" "$BASE_URL$ENDPOINT_PATH"
  bench_upload /static/bench "$BENCH_WORK/map-data.json"
  bench_upload /static/bench bench/map-page/bare.html
  FEATURES="$(jq '.features | length' "$BENCH_WORK/map-data.json")"
  log "static baseline staged: $FEATURES features, $(wc -c <"$BENCH_WORK/map-data.json") bytes"
}
node_bench() { # output-name args...
  local out="$BENCH_WORK/$1.json"
  shift
  (cd bench/map-page && node bench.mjs "$@") >"$out" || die "node bench.mjs $* failed"
}

stage_static
FEATURES_N="$FEATURES"
log "time to first clustered markers, $RUNS runs each"
node_bench markers markers "$RUNS"
log "frame times on the map page, $FRAME_RUNS runs"
node_bench frames frames "$FRAME_RUNS"

if [ "$BIG" -gt 0 ]; then
  count="$(bench_feature_count)"
  if [ "$count" -lt "$BIG" ]; then
    log "loading $((BIG - N)) more initiatives"
    BENCH_BATCH="${BENCH_BATCH:-10000}" bench_load "$((BIG - N))" "$BIG_SEED"
  fi
  stage_static
  FEATURES_BIG="$FEATURES"
  log "check at $FEATURES_BIG features"
  node_bench check-big check
  log "time to first clustered markers at $FEATURES_BIG features, $RUNS_BIG runs each"
  node_bench markers-big markers "$RUNS_BIG"
fi

# ---------- report ----------
verdict() { awk -v v="$1" -v op="$2" -v bar="$3" 'BEGIN {
  if (v == "" || v == "null") { print "n/a"; exit }
  ok = (op == ">=") ? v >= bar : (op == "<") ? v < bar : v <= bar; print ok ? "PASS" : "MISS" }'; }
M="$BENCH_WORK/markers.json"
F="$BENCH_WORK/frames.json"
ratio="$(jq -r .ratio "$M")"
frame_stat() { # action field reducer(median|max)
  jq -r --arg a "$1" --arg f "$2" --arg r "$3" '[.runs[][$a][$f]] | sort |
    if $r == "max" then max elif length % 2 == 1 then .[length / 2 | floor] else (.[length / 2 - 1] + .[length / 2]) / 2 end' "$F"
}
{
  echo "### Map page ($(date -u '+%Y-%m-%d %H:%M UTC'))"
  echo
  echo "$FEATURES_N features. Headless Chromium ($(/usr/bin/chromium --version 2>/dev/null | head -1)), fresh browser and profile" \
    "per run (cold cache), viewport 1280x900, map $(jq -r '"\(.canvas.width)x\(.canvas.height)"' "$M") px on both pages."
  echo "Time from navigation start to \`swk:markers-ready\`, $RUNS runs each, alternating baseline / candidate."
  echo
  echo "| run | baseline (bare page) ms | candidate (map page) ms |"
  echo "| --- | ---: | ---: |"
  jq -r '[.baseline, .candidate] | transpose | to_entries[] | "| \(.key + 1) | \(.value[0].ms) | \(.value[1].ms) |"' "$M"
  jq -r '"| **median** | **\(.baselineMedianMs)** | **\(.candidateMedianMs)** |"' "$M"
  echo
  echo "Frame times on the map page (requestAnimationFrame deltas and long tasks during each action), $FRAME_RUNS runs:"
  echo
  echo "| action | max frame ms per run | median of max | worst | median p95 ms | frames >= 100 ms (all runs) | long tasks (all runs), longest ms |"
  echo "| --- | --- | ---: | ---: | ---: | ---: | --- |"
  for a in pan filter search; do
    echo "| $a | $(jq -r --arg a "$a" '[.runs[][$a].maxFrameMs] | join(", ")' "$F") | $(frame_stat "$a" maxFrameMs median) |" \
      "$(frame_stat "$a" maxFrameMs max) | $(frame_stat "$a" p95FrameMs median) |" \
      "$(jq -r --arg a "$a" '[.runs[][$a].over100ms] | add' "$F") |" \
      "$(jq -r --arg a "$a" '"\([.runs[][$a].longTasks] | add), \([.runs[][$a].maxLongTaskMs] | max)"' "$F") |"
  done
  echo
  echo "pan: drag the map ~2 s; filter: click level vmbo (count $(jq -r '.runs[0].filter.count | "\(.before) -> \(.after)"' "$F"));" \
    "search: type \"$(jq -r '.runs[0].search.term' "$F")\" (count $(jq -r '.runs[0].search.count | "\(.before) -> \(.after)"' "$F"))."
  echo
  if [ "$BIG" -gt 0 ]; then
    C="$BENCH_WORK/check-big.json"
    MB="$BENCH_WORK/markers-big.json"
    echo "At $FEATURES_BIG features: ready=$(jq -r .load.ready "$C"), $(jq -r .load.clusters "$C") clusters shown," \
      "time to markers $(jq -r .load.ms "$C") ms (check run); filter vmbo: $(jq -r '.filter.count | "\(.before) -> \(.after)"' "$C")" \
      "(max frame $(jq -r .filter.maxFrameMs "$C") ms, longest task $(jq -r .filter.maxLongTaskMs "$C") ms);" \
      "pan max frame $(jq -r .pan.maxFrameMs "$C") ms; errors: $(jq -r '.errors | length' "$C")$(jq -r 'if (.errors | length) > 0 then " (" + (.errors | join("; ")) + ")" else "" end' "$C")."
    echo "Time to markers at $FEATURES_BIG, $RUNS_BIG runs each: baseline $(jq -r '[.baseline[].ms] | join(", ")' "$MB") (median" \
      "$(jq -r .baselineMedianMs "$MB")), candidate $(jq -r '[.candidate[].ms] | join(", ")' "$MB") (median $(jq -r .candidateMedianMs "$MB")), ratio $(jq -r .ratio "$MB") (information; the bar is at 10,000)."
    echo
  fi
  errs="$(jq -s '[.[] | .. | objects | select(has("errors")) | .errors[]] | length' "$M" "$F")"
  foreign="$(cat "$BENCH_WORK"/*.json | jq -s '[.[] | .. | objects | select(has("foreignRequests")) | .foreignRequests[]] | length')"
  echo "Script errors or failed requests during the 10,000 runs: $errs. Requests to other hosts: $foreign."
  echo
  echo "| bar (QUALITY.md) | measured | bar | result |"
  echo "| --- | ---: | ---: | --- |"
  echo "| time to first clustered markers, map page / bare page, 10,000 | $ratio | <= 1.5 | $(verdict "$ratio" "<=" 1.5) |"
  for a in pan filter search; do
    m="$(frame_stat "$a" maxFrameMs median)"
    echo "| $a: longest frame (median of $FRAME_RUNS runs; worst $(frame_stat "$a" maxFrameMs max)) | $m ms | < 100 ms | $(verdict "$m" "<" 100) |"
  done
  if [ "$BIG" -gt 0 ]; then
    echo "| $FEATURES_BIG initiatives: clusters shown, filter applied, no script error | $(jq -r 'if .works then "yes" else "no" end' "$C") | works | $(jq -r 'if .works then "PASS" else "MISS" end' "$C") |"
  fi
} | tee "$BENCH_WORK/results.md"
