# Shared by bench/map-endpoint.sh and bench/map-page.sh (sourced, not run).
#
# Starts a throwaway CMS of our own (unless BASE_URL is given), loads generated initiatives into it, uploads static
# files, and stops it again. Everything it writes stays under bench/target/.
#
# Environment:
#   BASE_URL    use this running CMS instead of starting one (it must be a loopback address)
#   BENCH_PORT  port of the CMS we start (default 8100)
#   BENCH_WORK  work folder (default bench/target/<name of the script>)
#   HEAP        heap of the CMS we start (run.sh's default: 1g)

BENCH_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH_PORT="${BENCH_PORT:-8100}"
BENCH_AUTH="admin:admin"
DATA_PATH=/var/samenwerkingskaart/initiatives
ENDPOINT_PATH=/bin/samenwerkingskaart/public/initiatives.json
BENCH_CMS_PID=""
BENCH_RUN_PID=""

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# Refuses anything that is not loopback: the benchmarks never talk to another machine.
bench_check_loopback() {
  case "$1" in
    http://localhost:*|http://127.0.0.1:*|http://\[::1\]:*) ;;
    *) die "BASE_URL must be a loopback address (http://localhost:PORT), got: $1" ;;
  esac
}

# Starts `PORT=$BENCH_PORT SWK_HOME=$BENCH_WORK/cms-home SKIP_BUILD=1 ./run.sh` in the background with a fresh
# repository and waits until it says it is running. Sets BASE_URL.
bench_start_cms() {
  if [ -n "${BASE_URL:-}" ]; then
    BASE_URL="${BASE_URL%/}"
    bench_check_loopback "$BASE_URL"
    curl -fsS -o /dev/null "$BASE_URL$ENDPOINT_PATH" || die "no CMS answers at $BASE_URL"
    log "using the running CMS at $BASE_URL"
    return
  fi
  if curl -s -o /dev/null --max-time 2 "http://localhost:$BENCH_PORT/"; then
    die "port $BENCH_PORT is already in use; set BENCH_PORT or BASE_URL"
  fi
  local home="$BENCH_WORK/cms-home"
  rm -rf "$home"
  mkdir -p "$home"
  log "starting a CMS on port $BENCH_PORT (repository $home, log $BENCH_WORK/run.out)"
  local started=$SECONDS
  (cd "$BENCH_ROOT" && PORT="$BENCH_PORT" SWK_HOME="$home" SKIP_BUILD=1 HEAP="${HEAP:-1g}" exec ./run.sh) \
    >"$BENCH_WORK/run.out" 2>&1 &
  BENCH_RUN_PID=$!
  trap bench_stop_cms EXIT
  trap 'exit 130' INT TERM
  until grep -q "is running" "$BENCH_WORK/run.out" 2>/dev/null; do
    kill -0 "$BENCH_RUN_PID" 2>/dev/null || { cat "$BENCH_WORK/run.out" >&2; die "the CMS did not start"; }
    [ $((SECONDS - started)) -lt 600 ] || die "the CMS did not start within 10 minutes"
    sleep 2
  done
  BENCH_CMS_PID="$(pgrep -P "$BENCH_RUN_PID" java || true)"
  [ -n "$BENCH_CMS_PID" ] || die "cannot find the CMS's java process (child of $BENCH_RUN_PID)"
  BASE_URL="http://localhost:$BENCH_PORT"
  log "CMS running at $BASE_URL (java pid $BENCH_CMS_PID) after $((SECONDS - started)) s"
}

# Stops the CMS we started (only that one): TERM to its java process; run.sh then exits by itself.
bench_stop_cms() {
  if [ -n "$BENCH_CMS_PID" ] && kill -0 "$BENCH_CMS_PID" 2>/dev/null; then
    log "stopping the bench CMS (java pid $BENCH_CMS_PID)"
    kill -TERM "$BENCH_CMS_PID" 2>/dev/null || true
    local i
    for i in $(seq 1 60); do
      kill -0 "$BENCH_CMS_PID" 2>/dev/null || break
      sleep 1
    done
  fi
  if [ -n "$BENCH_RUN_PID" ]; then
    wait "$BENCH_RUN_PID" 2>/dev/null || true
  fi
  BENCH_CMS_PID=""
  BENCH_RUN_PID=""
}

# Number of features the public endpoint serves now.
bench_feature_count() {
  curl -fsS "$BASE_URL$ENDPOINT_PATH" | jq '.features | length'
}

# Sling's POST servlet as admin; its referrer filter wants a Referer from the same host.
bench_post() {
  curl -fsS -u "$BENCH_AUTH" -H "Referer: $BASE_URL/" "$@"
}

# bench_load COUNT SEED_BASE: generates COUNT initiatives in batches of BENCH_BATCH (default 5000), seeds
# SEED_BASE, SEED_BASE+1, ..., imports each batch into the data folder and waits until the public endpoint serves
# COUNT more features than before.
bench_load() {
  local count=$1 seed=$2 batch="${BENCH_BATCH:-5000}"
  local before after target done=0 n file t0
  before="$(bench_feature_count)"
  target=$((before + count))
  mkdir -p "$BENCH_WORK/data"
  t0=$SECONDS
  while [ "$done" -lt "$count" ]; do
    n=$((count - done < batch ? count - done : batch))
    file="$BENCH_WORK/data/initiatives-$n-$seed.json"
    [ -s "$file" ] || java "$BENCH_ROOT/bench/generator/GenerateInitiatives.java" "$n" "$seed" "$file" \
      >>"$BENCH_WORK/generator.log" 2>&1 || die "generator failed, see $BENCH_WORK/generator.log"
    bench_post -o /dev/null -F:operation=import -F:contentType=json -F:replace=true \
      -F":contentFile=@$file" "$BASE_URL$DATA_PATH" || die "import of $file failed"
    done=$((done + n))
    seed=$((seed + 1))
    log "imported $done / $count"
  done
  log "import of $count initiatives took $((SECONDS - t0)) s; waiting for the endpoint to serve $target"
  local waited=$SECONDS
  while :; do
    after="$(bench_feature_count || echo 0)"
    [ "$after" -ge "$target" ] && break
    [ $((SECONDS - waited)) -lt 300 ] || die "the endpoint serves $after features, expected $target"
    sleep 1
  done
  log "endpoint serves $after features"
  BENCH_FEATURES="$after"
}

# bench_upload FOLDER FILE [NAME]: uploads FILE as NAME into the static folder FOLDER (e.g. /static/bench) and
# checks that an anonymous client gets the same bytes back.
bench_upload() {
  local folder=$1 file=$2 name="${3:-$(basename "$2")}"
  bench_post -o /dev/null -F"jcr:primaryType=sling:Folder" "$BASE_URL$folder" || die "cannot create $folder"
  # A published sling:File, as Sling CMS's upload makes it: only published static files are public.
  bench_post -o /dev/null -F"$name=@$file" -F"$name@TypeHint=sling:File" "$BASE_URL$folder" \
    || die "upload of $file to $folder failed"
  bench_post -o /dev/null -F"sling:published=true" -F"sling:published@TypeHint=Boolean" \
    "$BASE_URL$folder/$name/jcr:content" || die "publishing $folder/$name failed"
  curl -fsS -o "$BENCH_WORK/.upload-check" "$BASE_URL$folder/$name" || die "$folder/$name is not readable"
  cmp -s "$file" "$BENCH_WORK/.upload-check" || die "$folder/$name does not serve the bytes uploaded"
  rm -f "$BENCH_WORK/.upload-check"
}

bench_median() { # numbers on stdin -> median
  sort -g | awk '{a[NR]=$1} END {if (NR==0) print "nan"; else if (NR%2) printf "%.2f\n", a[(NR+1)/2]; else printf "%.2f\n", (a[NR/2]+a[NR/2+1])/2}'
}

bench_machine() {
  echo "date:     $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "nproc:    $(nproc)"
  echo "cpu:      $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "memory:   $(free -h | awk '/^Mem:/ {print $2 " total, " $7 " available"}')"
  echo "jdk:      $(java -version 2>&1 | head -1)"
}
