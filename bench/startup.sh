#!/usr/bin/env bash
# Benchmark: start-up time of our CMS against plain Sling CMS 1.1.8 standalone, same launcher, same machine, same run.
#
#   bench/startup.sh
#
# Environment: RUNS (cold starts per variant, default 3; each is followed by a warm restart), PRIME (1: one uncounted
# start of each variant first, so that both launcher caches hold every bundle; default 1), BENCH_PORT (default 8220),
# HEAP (default 1g).
#
# Both variants are started exactly as run.sh starts ours: `java -Xmx1g -cp webapp/target/launcher-lib/*
# org.apache.sling.feature.launcher.impl.Main -f FEATURE -p HOME -c CACHE -u <local repos> -D
# org.osgi.service.http.port=PORT` (bench_launch in bench/lib.sh), the launcher's cache kept between runs
# ("dependencies cached"), run.sh's removal of our own bundles from it included.
#   baseline:  FEATURE = org.apache.sling.cms.feature-1.1.8-slingcms-standalone.slingosgifeature (plain Sling CMS)
#   candidate: FEATURE = webapp/target/slingfeature-tmp/feature-samenwerkingskaart.json (what run.sh starts)
# Cold: a fresh, empty HOME (repository, framework storage). Warm: the same HOME again after a clean stop.
# Ready: the variant's pages answer 200 on three polls in a row, 0.25 s apart, timed from the launch to the first of
# them: ours the map page and the map data endpoint (what run.sh waits for), plain Sling CMS the page of the
# reference site it ships with (/content/apache/sling-apache-org/index.html, anonymous). Also reported: when
# Sling's system-ready health check (/system/health.json?tags=systemready) first answers 200.
# Rounds alternate the order (plain first, then ours first, ...). Results: stdout and bench/target/startup/results.md.
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH_WORK="${BENCH_WORK:-$PWD/bench/target/startup}"
BENCH_PORT="${BENCH_PORT:-8220}"
mkdir -p "$BENCH_WORK"
source bench/lib.sh

RUNS="${RUNS:-3}"
PRIME="${PRIME:-1}"
BASE_URL="http://localhost:$BENCH_PORT"

# start VARIANT cold|warm: one start, timed; sets READY_S and SYSTEMREADY_S, then stops the CMS cleanly.
start() {
  local variant=$1 kind=$2 home="$BENCH_WORK/$1/home" t0
  [ "$kind" = warm ] || rm -rf "$home"
  mkdir -p "$home"
  echo "---- $(date -u +%FT%T) $kind start" >>"$home/launcher.log"
  t0="$(bench_now)"
  bench_launch "$variant" "$home" "$BENCH_WORK/$variant/cache" "$BENCH_PORT"
  bench_wait_ready "$variant" "$BASE_URL" "$LAUNCHED_PID" "$t0"
  log "$variant $kind: ready after $READY_S s, system ready after $SYSTEMREADY_S s"
  bench_stop_pid "$LAUNCHED_PID"
}

if [ "$PRIME" = 1 ]; then
  for v in plain ours; do
    log "priming: one uncounted start of $v (fills its launcher cache)"
    start "$v" cold
  done
fi

declare -A COLD WARM COLD_SYS WARM_SYS
for r in $(seq 1 "$RUNS"); do
  if [ $((r % 2)) = 1 ]; then order="plain ours"; else order="ours plain"; fi
  for v in $order; do
    start "$v" cold; COLD[$v]+="$READY_S "; COLD_SYS[$v]+="$SYSTEMREADY_S "
    start "$v" warm; WARM[$v]+="$READY_S "; WARM_SYS[$v]+="$SYSTEMREADY_S "
  done
done

med() { printf '%s\n' $1 | bench_median; }
ratio() { awk -v c="$1" -v b="$2" 'BEGIN {printf "%.2f", c / b}'; }
row() { # label plain-list ours-list
  local pm om
  pm="$(med "$2")"; om="$(med "$3")"
  echo "| $1 | $(echo $2 | sed 's/ /, /g') | **$pm** | $(echo $3 | sed 's/ /, /g') | **$om** | $(ratio "$om" "$pm") |"
}
cold_ratio="$(ratio "$(med "${COLD[ours]}")" "$(med "${COLD[plain]}")")"
{
  echo "### Start-up ($(date -u '+%Y-%m-%d %H:%M UTC'))"
  echo
  echo "Seconds from the launch of the JVM to ready, $RUNS runs per variant, alternating; heap -Xmx${HEAP:-1g}."
  echo
  echo "| start | plain Sling CMS, runs | median | ours, runs | median | ratio ours / plain |"
  echo "| --- | --- | ---: | --- | ---: | ---: |"
  row "cold (fresh repository), pages answer" "${COLD[plain]}" "${COLD[ours]}"
  row "cold, system ready" "${COLD_SYS[plain]}" "${COLD_SYS[ours]}"
  row "warm (existing repository), pages answer" "${WARM[plain]}" "${WARM[ours]}"
  row "warm, system ready" "${WARM_SYS[plain]}" "${WARM_SYS[ours]}"
  echo
  echo "| bar (QUALITY.md) | measured | bar | result |"
  echo "| --- | ---: | ---: | --- |"
  echo "| start-up to the map page answering, ours / plain Sling CMS (cold) | $cold_ratio | <= 1.2 |" \
    "$(awk -v v="$cold_ratio" 'BEGIN {print v <= 1.2 ? "PASS" : "MISS"}') |"
} | tee "$BENCH_WORK/results.md"
