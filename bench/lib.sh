# Shared by the benchmarks in bench/ (sourced, not run).
#
# Starts a throwaway CMS of our own (unless BASE_URL is given), or plain Sling CMS standalone for a baseline, loads
# generated initiatives into it, uploads static files, sends submissions, reads the heap, and stops what it started.
# Everything it writes stays under bench/target/.
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

# Starts `PORT=$BENCH_PORT SWK_HOME=$BENCH_WORK/cms-home SKIP_BUILD=1 ./run.sh [ARGS]` in the background with a
# fresh repository and waits until it says it is running. ARGS go to the launcher (e.g. -V name=value). Sets BASE_URL.
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
  (cd "$BENCH_ROOT" && PORT="$BENCH_PORT" SWK_HOME="$home" SKIP_BUILD=1 HEAP="${HEAP:-1g}" exec ./run.sh "$@") \
    >"$BENCH_WORK/run.out" 2>&1 &
  BENCH_RUN_PID=$!
  trap bench_cleanup EXIT
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

# ---------- Launching a CMS directly: ours or plain Sling CMS (start-up and heap benchmarks) ----------

# The features the launcher starts: ours as run.sh starts it, and plain Sling CMS 1.1.8 standalone as published
# (org.apache.sling:org.apache.sling.cms.feature:slingosgifeature:slingcms-standalone:1.1.8, from the local Maven
# repository; the build of webapp/ puts it there).
OUR_FEATURE="$BENCH_ROOT/webapp/target/slingfeature-tmp/feature-samenwerkingskaart.json"
PLAIN_FEATURE="${PLAIN_FEATURE:-$HOME/.m2/repository/org/apache/sling/org.apache.sling.cms.feature/1.1.8/org.apache.sling.cms.feature-1.1.8-slingcms-standalone.slingosgifeature}"
BENCH_LAUNCHED=()

# Stops everything this script started (trap on EXIT).
bench_cleanup() {
  local pid
  for pid in "${BENCH_LAUNCHED[@]}"; do
    bench_stop_pid "$pid"
  done
  BENCH_LAUNCHED=()
  bench_stop_cms
}

# bench_launch VARIANT HOME CACHE PORT [ARGS]: starts the Sling Feature Launcher exactly as run.sh does (same
# classpath, heap, repositories and arguments) with VARIANT's feature (ours | plain), repository and framework in
# HOME, the launcher's artifact cache in CACHE; ARGS go to the launcher. Returns at once; sets LAUNCHED_PID (the java
# process). As run.sh does, our own bundles are removed from the cache first (they change with every build).
bench_launch() {
  local variant=$1 home=$2 cache=$3 port=$4 feature
  shift 4
  case "$variant" in
    ours) feature="$OUR_FEATURE"; rm -rf "$cache/nl/samenwerkingskaart" ;;
    plain) feature="$PLAIN_FEATURE" ;;
    *) die "unknown variant $variant" ;;
  esac
  [ -f "$feature" ] || die "missing feature $feature (build first: ./mvnw -q -B package -DskipTests)"
  if curl -s -o /dev/null --max-time 2 "http://localhost:$port/"; then
    die "port $port is already in use; set BENCH_PORT"
  fi
  mkdir -p "$home" "$cache"
  (cd "$BENCH_ROOT" && exec java "-Xmx${HEAP:-1g}" -cp "webapp/target/launcher-lib/*" \
    org.apache.sling.feature.launcher.impl.Main -f "$feature" -p "$home" -c "$cache" \
    -u "file://$BENCH_ROOT/webapp/target/local-repo,file://$HOME/.m2/repository,https://repo.maven.apache.org/maven2" \
    -D "org.osgi.service.http.port=$port" "$@") >>"$home/launcher.log" 2>&1 &
  LAUNCHED_PID=$!
  BENCH_LAUNCHED+=("$LAUNCHED_PID")
  trap bench_cleanup EXIT
  trap 'exit 130' INT TERM
}

# bench_stop_pid PID: TERM (a clean shutdown, as Ctrl-C of run.sh), KILL after 90 s.
bench_stop_pid() {
  local pid=$1 i
  kill -0 "$pid" 2>/dev/null || return 0
  log "stopping java pid $pid"
  kill -TERM "$pid" 2>/dev/null || true
  for i in $(seq 1 90); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  if kill -0 "$pid" 2>/dev/null; then
    log "WARNING: pid $pid did not stop within 90 s; killing it"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || true
  local kept=() p
  for p in "${BENCH_LAUNCHED[@]}"; do [ "$p" = "$pid" ] || kept+=("$p"); done
  BENCH_LAUNCHED=("${kept[@]}")
}

bench_now() { date +%s.%N; }

# Paths that must answer 200 before a variant counts as ready (start-up and heap benchmarks). Ours: the map page
# and the map data endpoint (what run.sh waits for). Plain Sling CMS: the page of the reference site it ships with
# (the nearest thing it has to our map page: a site page rendered from the repository for an anonymous visitor).
bench_ready_paths() {
  case "$1" in
    ours) echo "/content/samenwerkingskaart/samenwerkingskaart/kaart.html $ENDPOINT_PATH" ;;
    plain) echo "/content/apache/sling-apache-org/index.html" ;;
  esac
}

bench_all_200() { # base paths...
  local base=$1 path
  shift
  for path in "$@"; do
    [ "$(curl -sS -L -o /dev/null --max-time 20 -w '%{http_code}' "$base$path" 2>/dev/null)" = 200 ] || return 1
  done
}

# bench_wait_ready VARIANT BASE PID T0: polls every 0.25 s until all of the variant's ready paths answer 200 on
# three polls in a row (Jetty can answer between bundle restarts of a cold start and then 404 again), then until
# Sling's system-ready health check answers 200. Sets READY_S (seconds from T0 to the first poll of that streak)
# and SYSTEMREADY_S.
bench_wait_ready() {
  local variant=$1 base=$2 pid=$3 t0=$4 streak=0 first="" now
  # shellcheck disable=SC2046
  set -- $(bench_ready_paths "$variant")
  while :; do
    kill -0 "$pid" 2>/dev/null || die "the $variant CMS (pid $pid) stopped while starting"
    now="$(bench_now)"
    awk -v n="$now" -v t="$t0" 'BEGIN {exit !(n - t > 900)}' && die "the $variant CMS was not ready in 15 minutes"
    if bench_all_200 "$base" "$@"; then
      [ "$streak" -eq 0 ] && first="$now"
      streak=$((streak + 1))
      [ "$streak" -ge 3 ] && break
    else
      streak=0
    fi
    sleep 0.25
  done
  READY_S="$(awk -v n="$first" -v t="$t0" 'BEGIN {printf "%.1f", n - t}')"
  until [ "$(curl -sS -o /dev/null --max-time 20 -w '%{http_code}' "$base/system/health.json?tags=systemready" \
      2>/dev/null)" = 200 ]; do
    kill -0 "$pid" 2>/dev/null || die "the $variant CMS (pid $pid) stopped while starting"
    sleep 0.25
  done
  SYSTEMREADY_S="$(awk -v n="$(bench_now)" -v t="$t0" 'BEGIN {printf "%.1f", n - t}')"
}

# ---------- Heap ----------

# bench_heap_after_gc PID: the live heap in MiB: `jcmd PID GC.class_histogram` runs a full collection first and
# then counts what survived (one command, so a load running meanwhile cannot add garbage between the collection and
# the reading, as it can between `GC.run` and `GC.heap_info`). The histogram is kept in $BENCH_WORK/histo-*.txt.
bench_heap_after_gc() {
  local pid=$1 out
  out="$BENCH_WORK/histo-$(date +%H%M%S)-$pid.txt"
  jcmd "$pid" GC.class_histogram >"$out" 2>&1 || die "jcmd $pid GC.class_histogram failed: $(tail -3 "$out")"
  awk '$1 == "Total" {printf "%.1f\n", $3 / 1048576}' "$out"
}

# ---------- Submissions: our endpoint and, as its baseline, Sling's POST servlet ----------

SUBMIT_PATH=/bin/samenwerkingskaart/public/submissions
SUBMISSIONS_PATH=/var/samenwerkingskaart/submissions
POSTS_PATH=/var/bench/posts
POST_LUA="$BENCH_ROOT/bench/submissions/post.lua"

# bench_tokens COUNT FILE: COUNT fresh key + token pairs from the token endpoint, one JSON object a line, fetched over
# one keep-alive connection.
bench_tokens() {
  local count=$1 file=$2 cfg="$BENCH_WORK/.tokens.curl" i
  : >"$cfg"
  for i in $(seq 1 "$count"); do echo "url = \"$BASE_URL$SUBMIT_PATH.token.json\""; done >"$cfg"
  curl -fsS -K "$cfg" | jq -c . >"$file" || die "fetching tokens failed"
  rm -f "$cfg"
  [ "$(wc -l <"$file")" -eq "$count" ] || die "expected $count tokens in $file"
}

# bench_submission_bodies TOKENS OUT PREFIX: one body per token line, for POST $SUBMIT_PATH
# (bench/submissions/bodies.jq).
bench_submission_bodies() {
  jq -r -n -L "$BENCH_ROOT/bench/submissions" --arg p "$3" -f "$BENCH_ROOT/bench/submissions/bodies.jq" <"$1" >"$2" \
    || die "cannot write $2"
}

# bench_post_bodies COUNT OUT PREFIX: COUNT bodies for Sling's POST servlet creating, under $POSTS_PATH/*, a node of
# the shape and size our endpoint stores (bench/submissions/posts.jq).
bench_post_bodies() {
  jq -r -n -L "$BENCH_ROOT/bench/submissions" --arg p "$3" --argjson n "$1" \
    -f "$BENCH_ROOT/bench/submissions/posts.jq" >"$2" || die "cannot write $2"
}

# bench_wrk_post LABEL MODE BODIES DURATION CONNECTIONS: wrk POSTs one line of BODIES per request (each line at most
# once per run unless they run out, which is reported as wrapped>0). MODE candidate: to $SUBMIT_PATH anonymously,
# the references of 201 answers appended to $BENCH_WORK/refs/; MODE baseline: to $POSTS_PATH/* as admin. Sets RPS,
# P95, N201, N5XX, NOTHER, WRAPPED; full output in $BENCH_WORK/wrk-LABEL.txt.
bench_wrk_post() {
  local label=$1 mode=$2 bodies=$3 duration=$4 connections=$5 threads=2 url auth=""
  local out="$BENCH_WORK/wrk-$label.txt"
  mkdir -p "$BENCH_WORK/refs"
  if [ "$mode" = candidate ]; then
    url="$BASE_URL$SUBMIT_PATH"
  else
    url="$BASE_URL$POSTS_PATH/*"
    auth="Basic $(printf %s "$BENCH_AUTH" | base64)"
  fi
  wrk -t"$threads" -c"$connections" -d"$duration" --timeout 10s -s "$POST_LUA" "$url" -- \
    "$bodies" "$threads" "$mode" "$BENCH_WORK/refs/$label" "$BASE_URL/" "$auth" >"$out" 2>&1 \
    || die "wrk failed: $(cat "$out")"
  local line
  line="$(grep '^RESULT' "$out")" || die "no result from wrk: $(cat "$out")"
  log "$label: $line"
  field() { sed -E "s/.* $1=([0-9.]+).*/\1/" <<<"$line"; }
  RPS="$(field rps)"; P95="$(field p95_ms)"; N201="$(field s201)"; N5XX="$(field s5xx)"
  NOTHER="$(field sother)"; WRAPPED="$(field wrapped)"; NERR="$(field errors)"
}

# Names of the stored submissions (node names = references), as the administrator sees them.
bench_stored_references() {
  curl -fsS -u "$BENCH_AUTH" "$BASE_URL$SUBMISSIONS_PATH.1.json" | jq -r 'to_entries[] | select(.value | type == "object") | .key'
}

# Number of children of a folder, as the administrator sees them.
bench_child_count() {
  curl -fsS -u "$BENCH_AUTH" "$BASE_URL$1.1.json" | jq '[.[] | select(type == "object")] | length'
}

# Number of features the public endpoint serves now.
bench_feature_count() {
  curl -fsS "$BASE_URL$ENDPOINT_PATH" | jq '.features | length'
}

# Sling's POST servlet as admin; its referrer filter wants a Referer from the same host.
bench_post() {
  curl -fsS -u "$BENCH_AUTH" -H "Referer: $BASE_URL/" "$@"
}

# bench_import COUNT SEED_BASE FOLDER: generates COUNT initiatives in batches of BENCH_BATCH (default 5000), seeds
# SEED_BASE, SEED_BASE+1, ..., and imports each batch into FOLDER with Sling's POST servlet. Sets NEXT_SEED and
# appends the files imported to BENCH_IMPORTED.
BENCH_IMPORTED=()
bench_import() {
  local count=$1 seed=$2 folder=$3 batch="${BENCH_BATCH:-5000}"
  local done=0 n file t0=$SECONDS
  mkdir -p "$BENCH_WORK/data"
  while [ "$done" -lt "$count" ]; do
    n=$((count - done < batch ? count - done : batch))
    file="$BENCH_WORK/data/initiatives-$n-$seed.json"
    [ -s "$file" ] || java "$BENCH_ROOT/bench/generator/GenerateInitiatives.java" "$n" "$seed" "$file" \
      >>"$BENCH_WORK/generator.log" 2>&1 || die "generator failed, see $BENCH_WORK/generator.log"
    bench_post -o /dev/null -F:operation=import -F:contentType=json -F:replace=true \
      -F":contentFile=@$file" "$BASE_URL$folder" || die "import of $file failed"
    BENCH_IMPORTED+=("$file")
    done=$((done + n))
    seed=$((seed + 1))
    log "imported $done / $count into $folder"
  done
  log "import of $count initiatives took $((SECONDS - t0)) s"
  NEXT_SEED=$seed
}

# bench_load COUNT SEED_BASE: imports COUNT generated initiatives into the data folder (bench_import) and waits
# until the public endpoint serves COUNT more features than before. Sets BENCH_FEATURES and NEXT_SEED.
bench_load() {
  local count=$1 seed=$2 before after target
  before="$(bench_feature_count)"
  target=$((before + count))
  bench_import "$count" "$seed" "$DATA_PATH"
  log "waiting for the endpoint to serve $target"
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
