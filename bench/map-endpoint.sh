#!/usr/bin/env bash
# Benchmark: the public map data endpoint against a static file of the same bytes, in the same CMS, same run.
#
#   bench/map-endpoint.sh                      start our own CMS on port 8100, load 10,000 initiatives, measure
#   BASE_URL=http://localhost:8100 bench/map-endpoint.sh   use a running CMS (loads data only if it has fewer)
#
# Environment: N (initiatives, default 10000), SEED (first generator seed, default 1), ROUNDS (wrk rounds per
# side, default 2), DURATION (per wrk run, default 30s), WARMUP (per URL before measuring, default 5s),
# KEEP_CMS=1 (leave our CMS running at the end), BENCH_PORT (default 8100), HEAP (CMS heap, default 1g).
#
# Baseline:  GET /static/bench/map-data.json       (Sling serving an uploaded nt:file with the endpoint's bytes)
# Candidate: GET /bin/samenwerkingskaart/public/initiatives.json
# wrk: 20 connections, 2 threads, no Accept-Encoding (same bytes on the wire), alternating baseline / candidate;
# then one candidate run with Accept-Encoding: gzip, reported separately. Results: stdout and
# bench/target/map-endpoint/results.md.
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH_WORK="${BENCH_WORK:-$PWD/bench/target/map-endpoint}"
mkdir -p "$BENCH_WORK"
source bench/lib.sh

N="${N:-10000}"
SEED="${SEED:-1}"
ROUNDS="${ROUNDS:-2}"
DURATION="${DURATION:-30s}"
WARMUP="${WARMUP:-5s}"
CONNECTIONS=20
THREADS=2
LUA="$BENCH_ROOT/bench/map-endpoint/report.lua"
BASELINE_PATH=/static/bench/map-data.json

if ! command -v wrk >/dev/null; then
  log "installing wrk (Debian package)"
  apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
fi
command -v jq >/dev/null || die "jq is needed"

bench_start_cms
if [ "${KEEP_CMS:-0}" = "1" ] && [ -n "$BENCH_CMS_PID" ]; then
  trap - EXIT
fi

count="$(bench_feature_count)"
if [ "$count" -lt "$N" ]; then
  log "loading $N generated initiatives (the endpoint serves $count now)"
  bench_load "$N" "$SEED"
else
  log "the endpoint already serves $count features (>= $N): not loading"
fi

# The candidate's bytes, uploaded as the baseline's static file; both must serve identical bytes.
curl -fsS -D "$BENCH_WORK/endpoint.headers" -o "$BENCH_WORK/map-data.json" "$BASE_URL$ENDPOINT_PATH"
features="$(jq '.features | length' "$BENCH_WORK/map-data.json")"
bench_upload /static/bench "$BENCH_WORK/map-data.json"
curl -fsS -o "$BENCH_WORK/endpoint.again" "$BASE_URL$ENDPOINT_PATH"
cmp -s "$BENCH_WORK/endpoint.again" "$BENCH_WORK/map-data.json" \
  || die "the endpoint changed while the static copy was made (data still changing?)"
rm -f "$BENCH_WORK/endpoint.again"
log "baseline $BASELINE_PATH and candidate $ENDPOINT_PATH serve the same $(wc -c <"$BENCH_WORK/map-data.json") bytes ($features features)"

# Payload: bytes on the wire, plain and gzipped (the endpoint's own gzip).
plain_bytes="$(curl -fsS -o /dev/null -w '%{size_download}' "$BASE_URL$ENDPOINT_PATH")"
gzip_bytes="$(curl -fsS -o /dev/null -w '%{size_download}' -H 'Accept-Encoding: gzip' "$BASE_URL$ENDPOINT_PATH")"
gzip_encoding="$(curl -fsS -D - -o /dev/null -H 'Accept-Encoding: gzip' "$BASE_URL$ENDPOINT_PATH" \
  | tr -d '\r' | awk -F': ' 'tolower($1)=="content-encoding" {print $2}')"
[ "$gzip_encoding" = "gzip" ] || log "WARNING: the endpoint did not answer gzip (Content-Encoding: '$gzip_encoding')"
per_plain="$(awk -v b="$plain_bytes" -v n="$features" 'BEGIN {printf "%.1f", b / n}')"
per_gzip="$(awk -v b="$gzip_bytes" -v n="$features" 'BEGIN {printf "%.1f", b / n}')"

# Cache: a repeat request with the ETag gets 304.
etag="$(tr -d '\r' <"$BENCH_WORK/endpoint.headers" | awk -F': ' 'tolower($1)=="etag" {print $2}')"
status_304="$(curl -sS -o /dev/null -w '%{http_code}' -H "If-None-Match: $etag" "$BASE_URL$ENDPOINT_PATH")"
status_304_gz="$(curl -sS -o /dev/null -w '%{http_code}' -H "If-None-Match: $etag" -H 'Accept-Encoding: gzip' \
  "$BASE_URL$ENDPOINT_PATH")"

run_wrk() { # label url duration [extra wrk args]: sets RPS and P95; full output in $BENCH_WORK/wrk-<label>.txt
  local label=$1 url=$2 duration=$3
  shift 3
  local out="$BENCH_WORK/wrk-$label.txt"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$duration" --timeout 10s --latency -s "$LUA" "$@" "$url" >"$out" 2>&1 \
    || die "wrk failed: $(cat "$out")"
  local line
  line="$(grep '^RESULT' "$out")" || die "no result from wrk: $(cat "$out")"
  local errors non2xx
  errors="$(sed -E 's/.* errors=([0-9]+).*/\1/' <<<"$line")"
  non2xx="$(sed -E 's/.* non2xx=([0-9]+).*/\1/' <<<"$line")"
  [ "$errors" = "0" ] && [ "$non2xx" = "0" ] || log "WARNING: $label had $errors socket errors, $non2xx non-2xx"
  log "$label: $line"
  RPS="$(sed -E 's/.* rps=([0-9.]+).*/\1/' <<<"$line")"
  P95="$(sed -E 's/.* p95_ms=([0-9.]+).*/\1/' <<<"$line")"
}

log "warm-up: $WARMUP on each URL (not counted)"
run_wrk warmup-baseline "$BASE_URL$BASELINE_PATH" "$WARMUP"
run_wrk warmup-candidate "$BASE_URL$ENDPOINT_PATH" "$WARMUP"

declare -a B_RPS B_P95 C_RPS C_P95
for r in $(seq 1 "$ROUNDS"); do
  run_wrk "baseline-$r" "$BASE_URL$BASELINE_PATH" "$DURATION"
  B_RPS+=("$RPS"); B_P95+=("$P95")
  run_wrk "candidate-$r" "$BASE_URL$ENDPOINT_PATH" "$DURATION"
  C_RPS+=("$RPS"); C_P95+=("$P95")
done
run_wrk candidate-gzip "$BASE_URL$ENDPOINT_PATH" "$DURATION" -H 'Accept-Encoding: gzip'
gz_rps="$RPS"; gz_p95="$P95"

med() { printf '%s\n' "$@" | bench_median; }
b_rps="$(med "${B_RPS[@]}")"; b_p95="$(med "${B_P95[@]}")"
c_rps="$(med "${C_RPS[@]}")"; c_p95="$(med "${C_P95[@]}")"
ratio_rps="$(awk -v c="$c_rps" -v b="$b_rps" 'BEGIN {printf "%.2f", c / b}')"
ratio_p95="$(awk -v c="$c_p95" -v b="$b_p95" 'BEGIN {printf "%.2f", c / b}')"
verdict() { awk -v v="$1" -v op="$2" -v bar="$3" 'BEGIN {ok = (op == ">=") ? v >= bar : v <= bar; print ok ? "PASS" : "MISS"}'; }

{
  echo "### Map data endpoint ($(date -u '+%Y-%m-%d %H:%M UTC'))"
  echo
  echo "$features features ($N generated + demo), $plain_bytes bytes plain. wrk $THREADS threads, $CONNECTIONS connections," \
    "$DURATION per run, $ROUNDS rounds per side, alternating, no Accept-Encoding. Baseline: \`$BASELINE_PATH\`;" \
    "candidate: \`$ENDPOINT_PATH\`."
  echo
  echo "| run | baseline req/s | baseline p95 ms | candidate req/s | candidate p95 ms |"
  echo "| --- | ---: | ---: | ---: | ---: |"
  for i in "${!B_RPS[@]}"; do
    echo "| $((i + 1)) | ${B_RPS[$i]} | ${B_P95[$i]} | ${C_RPS[$i]} | ${C_P95[$i]} |"
  done
  echo "| **median** | **$b_rps** | **$b_p95** | **$c_rps** | **$c_p95** |"
  echo
  echo "Candidate with \`Accept-Encoding: gzip\` (separate, $DURATION): $gz_rps req/s, p95 $gz_p95 ms."
  echo
  echo "| bar (QUALITY.md) | measured | bar | result |"
  echo "| --- | ---: | ---: | --- |"
  echo "| throughput candidate / baseline | $ratio_rps | >= 0.8 | $(verdict "$ratio_rps" ">=" 0.8) |"
  echo "| p95 latency candidate / baseline | $ratio_p95 | <= 1.5 | $(verdict "$ratio_p95" "<=" 1.5) |"
  echo "| bytes per initiative, gzipped (on the wire) | $per_gzip | <= 120 | $(verdict "$per_gzip" "<=" 120) |"
  echo "| bytes per initiative, plain (information) | $per_plain | | |"
  echo "| repeat request with the ETag gets 304 | $status_304 (with gzip: $status_304_gz) | 304 | $([ "$status_304" = 304 ] && [ "$status_304_gz" = 304 ] && echo PASS || echo MISS) |"
} | tee "$BENCH_WORK/results.md"

if [ "${KEEP_CMS:-0}" = "1" ] && [ -n "$BENCH_CMS_PID" ]; then
  log "KEEP_CMS=1: the CMS stays up at $BASE_URL (java pid $BENCH_CMS_PID); stop it with: kill $BENCH_CMS_PID"
fi
