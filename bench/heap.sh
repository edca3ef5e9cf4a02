#!/usr/bin/env bash
# Benchmark: live heap after a full GC of our CMS against plain Sling CMS 1.1.8 standalone, with the same generated
# initiatives in both repositories, idle and under load.
#
#   bench/heap.sh
#
# Environment: SIZES (cumulative data sets, default "1000 10000 50000"), SETTLE (seconds of quiet before an idle
# reading, default 20), MAP_DURATION (seconds of map load, default 20), SUB_DURATION (seconds of submission load,
# default 10), CONNECTIONS (default 20), SUB_BODIES (submission bodies per load, default 4000), BENCH_PORT (default
# 8230), HEAP (default 1g), HEAP_DUMP (a size, e.g. 10000: also writes a heap dump of live objects of each variant
# halfway through that size's map load, to bench/target/heap/<variant>-<size>-map.hprof, for bench/heap/HeapOwners.java).
#
# Each variant is started as run.sh starts ours (bench_launch in bench/lib.sh), fresh repository, one after the other
# (ours first: its map data are the bytes plain Sling CMS then serves as a static file), our rate limit lifted
# (-V swk.submissions.rateLimit=100000000). Per variant: a reading right after start (no data), then for each size
# the generated initiatives imported with Sling's POST servlet (same generator seeds in both: ours into
# /var/samenwerkingskaart/initiatives, plain into /var/bench/initiatives) and three readings:
#   idle        after SETTLE seconds without requests
#   map load    during wrk, 20 connections, on ours' map data endpoint; on plain, the same bytes as a static file
#               (/static/bench/map-data.json, as in bench/map-endpoint.sh); the reading is taken halfway
#   submissions during wrk on ours' submission endpoint (fresh key and token per body, bench/submissions.sh's bodies);
#               on plain, Sling's POST servlet creating nodes of the same size; the reading is taken halfway
# A reading is `jcmd PID GC.class_histogram`'s total (a full GC, then the live objects), in MiB.
# Results: stdout and bench/target/heap/results.md.
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH_WORK="${BENCH_WORK:-$PWD/bench/target/heap}"
BENCH_PORT="${BENCH_PORT:-8230}"
mkdir -p "$BENCH_WORK"
rm -rf "$BENCH_WORK/refs" "$BENCH_WORK"/histo-*.txt "$BENCH_WORK"/wrk-*.txt
source bench/lib.sh

SIZES="${SIZES:-1000 10000 50000}"
SETTLE="${SETTLE:-20}"
MAP_DURATION="${MAP_DURATION:-20}"
SUB_DURATION="${SUB_DURATION:-10}"
CONNECTIONS="${CONNECTIONS:-20}"
SUB_BODIES="${SUB_BODIES:-4000}"
BASE_URL="http://localhost:$BENCH_PORT"
LUA="$BENCH_ROOT/bench/map-endpoint/report.lua"
command -v wrk >/dev/null || die "wrk is needed (apt-get install wrk)"
command -v jcmd >/dev/null || die "jcmd (JDK) is needed"

declare -A HEAP_MB    # [variant,size,reading]
declare -A FEATURES   # [size] features ours served
declare -A DATA_BYTES # [size] bytes of the generated JSON imported

# reading_during VARIANT SIZE READING DURATION COMMAND...: runs COMMAND in the background, reads the heap halfway.
reading_during() {
  local variant=$1 size=$2 reading=$3 duration=$4 pid
  shift 4
  "$@" &
  pid=$!
  sleep $((duration / 2))
  HEAP_MB[$variant,$size,$reading]="$(bench_heap_after_gc "$CMS_PID")"
  if [ "${HEAP_DUMP:-}" = "$size" ] && [ "$reading" = map ]; then
    rm -f "$BENCH_WORK/$variant-$size-map.hprof"
    jcmd "$CMS_PID" GC.heap_dump "$BENCH_WORK/$variant-$size-map.hprof" >/dev/null || die "heap dump of $variant failed"
    log "heap dump: $BENCH_WORK/$variant-$size-map.hprof"
  fi
  wait "$pid" || die "load $reading failed"
  log "$variant $size $reading: ${HEAP_MB[$variant,$size,$reading]} MiB"
}

map_load() { # url label
  wrk -t2 -c"$CONNECTIONS" -d"${MAP_DURATION}s" --timeout 10s -s "$LUA" "$1" >"$BENCH_WORK/wrk-$2.txt" 2>&1
}

submission_load() { # variant label
  local variant=$1 label=$2
  if [ "$variant" = ours ]; then
    bench_tokens "$SUB_BODIES" "$BENCH_WORK/tokens-$label.txt"
    bench_submission_bodies "$BENCH_WORK/tokens-$label.txt" "$BENCH_WORK/bodies-$label.txt" "$label"
  else
    bench_post_bodies "$SUB_BODIES" "$BENCH_WORK/bodies-$label.txt" "$label"
  fi
  local mode=baseline
  [ "$variant" = ours ] && mode=candidate
  reading_during "$variant" "$3" submissions "$SUB_DURATION" \
    bench_wrk_post "$label" "$mode" "$BENCH_WORK/bodies-$label.txt" "${SUB_DURATION}s" "$CONNECTIONS"
}

measure() { # variant
  local variant=$1 home="$BENCH_WORK/$1/home" loaded=0 seed=1 size folder url
  rm -rf "$home"
  local t0
  t0="$(bench_now)"
  if [ "$variant" = ours ]; then
    bench_launch ours "$home" "$BENCH_WORK/ours/cache" "$BENCH_PORT" -V swk.submissions.rateLimit=100000000
  else
    bench_launch plain "$home" "$BENCH_WORK/plain/cache" "$BENCH_PORT"
  fi
  CMS_PID=$LAUNCHED_PID
  bench_wait_ready "$variant" "$BASE_URL" "$CMS_PID" "$t0"
  log "$variant ready after $READY_S s (java pid $CMS_PID)"
  sleep "$SETTLE"
  HEAP_MB[$variant,0,idle]="$(bench_heap_after_gc "$CMS_PID")"
  log "$variant, no data, idle: ${HEAP_MB[$variant,0,idle]} MiB"
  bench_post -o /dev/null -Fjcr:primaryType=sling:Folder "$BASE_URL/var/bench" || die "cannot create /var/bench"
  bench_post -o /dev/null -Fjcr:primaryType=sling:Folder "$BASE_URL$POSTS_PATH" || die "cannot create $POSTS_PATH"
  folder=/var/bench/initiatives
  [ "$variant" = ours ] || bench_post -o /dev/null -Fjcr:primaryType=sling:Folder "$BASE_URL$folder" \
    || die "cannot create $folder"
  BENCH_IMPORTED=()
  for size in $SIZES; do
    # Batches of 10,000 at most; the seeds follow on, so both variants get the same initiatives.
    if [ "$variant" = ours ]; then
      BENCH_BATCH=10000 bench_load $((size - loaded)) "$seed"
      FEATURES[$size]="$BENCH_FEATURES"
      curl -fsS -o "$BENCH_WORK/map-data-$size.json" "$BASE_URL$ENDPOINT_PATH"
      url="$BASE_URL$ENDPOINT_PATH"
    else
      BENCH_BATCH=10000 bench_import $((size - loaded)) "$seed" "$folder"
      bench_upload /static/bench "$BENCH_WORK/map-data-$size.json" map-data.json
      url="$BASE_URL/static/bench/map-data.json"
    fi
    seed=$NEXT_SEED
    loaded=$size
    DATA_BYTES[$size]="$(cat "${BENCH_IMPORTED[@]}" | wc -c)"
    sleep "$SETTLE"
    HEAP_MB[$variant,$size,idle]="$(bench_heap_after_gc "$CMS_PID")"
    log "$variant $size idle: ${HEAP_MB[$variant,$size,idle]} MiB"
    reading_during "$variant" "$size" map "$MAP_DURATION" map_load "$url" "$variant-$size-map"
    log "map load: $(grep '^RESULT' "$BENCH_WORK/wrk-$variant-$size-map.txt")"
    submission_load "$variant" "$variant-$size-sub" "$size"
  done
  bench_stop_pid "$CMS_PID"
}

measure ours
measure plain

mb() { echo "${HEAP_MB[$1]:-n/a}"; }
ratio() { awk -v c="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.2f", c / b; else print "n/a"}'; }
{
  echo "### Heap after GC ($(date -u '+%Y-%m-%d %H:%M UTC'))"
  echo
  echo "Live heap after a full GC (\`jcmd GC.class_histogram\` total), MiB; -Xmx${HEAP:-1g}; wrk ${CONNECTIONS} connections," \
    "map load ${MAP_DURATION}s, submission load ${SUB_DURATION}s, readings halfway through a load."
  echo
  echo "| initiatives | reading | plain Sling CMS | ours | ours / plain |"
  echo "| --- | --- | ---: | ---: | ---: |"
  echo "| none | idle after start | $(mb plain,0,idle) | $(mb ours,0,idle) | $(ratio "$(mb ours,0,idle)" "$(mb plain,0,idle)") |"
  for size in $SIZES; do
    for reading in idle map submissions; do
      echo "| $size (ours serves ${FEATURES[$size]}) | $reading | $(mb plain,$size,$reading) | $(mb ours,$size,$reading) |" \
        "$(ratio "$(mb ours,$size,$reading)" "$(mb plain,$size,$reading)") |"
    done
  done
  echo
  for size in $SIZES; do
    echo "- $size: generated JSON imported $(awk -v b="${DATA_BYTES[$size]}" 'BEGIN {printf "%.1f", b / 1048576}') MiB;" \
      "map data $(wc -c <"$BENCH_WORK/map-data-$size.json") bytes; map load ours: $(grep -o 'rps=[0-9.]*' "$BENCH_WORK/wrk-ours-$size-map.txt"), plain (static file): $(grep -o 'rps=[0-9.]*' "$BENCH_WORK/wrk-plain-$size-map.txt" 2>/dev/null)"
  done
  if [[ " $SIZES " == *" 10000 "* ]]; then
    local_bar="$(awk -v p="$(mb plain,0,idle)" -v d="${DATA_BYTES[10000]}" 'BEGIN {printf "%.1f", 1.3 * p + d / 1048576}')"
    o="$(mb ours,10000,map)"
    echo
    echo "| bar (QUALITY.md) | measured | bar | result |"
    echo "| --- | ---: | ---: | --- |"
    echo "| ours with 10,000 under the map load <= 1.3 x plain idle + the data's own size (the generated JSON) | $o MiB |" \
      "<= $local_bar MiB | $(awk -v o="$o" -v b="$local_bar" 'BEGIN {print o <= b ? "PASS" : "MISS"}') |"
    echo "| ours / plain with the same 10,000 under the map load (information) | $(ratio "$o" "$(mb plain,10000,map)") | | |"
  fi
} | tee "$BENCH_WORK/results.md"
