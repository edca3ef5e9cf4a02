#!/usr/bin/env bash
# Benchmark: the public submission endpoint against Sling's own POST servlet creating a node of the same size, in
# the same CMS, same run; then a check that every acknowledged submission is stored.
#
#   bench/submissions.sh            start our own CMS on port 8210 (rate limit lifted), load 10,000 initiatives, measure
#
# Environment: N (initiatives loaded first, default 10000; 0 loads none), SEED (default 1), ROUNDS (wrk runs per
# side, default 2), DURATION (seconds per wrk run, default 30), WARMUP (seconds per side before measuring, default 5),
# CONNECTIONS (default 20, the bar's concurrent clients), BENCH_PORT (default 8210), HEAP (CMS heap, default 1g),
# JFR=1 (record a Java Flight Recording of the CMS during the first candidate run, every journal fsync and every
# contended lock included, and print where the time went: bench/target/submissions/candidate-1.jfr and profile.txt).
#
# Baseline:  POST /var/bench/posts/* as admin (basic auth): Sling's POST servlet creates a new node (name chosen by
#            Sling) with the properties a submission node has and the same values, and the children proposed,
#            proposed/parties/0, proposed/locations/0 (bench/submissions/posts.jq): 4 nodes, as a submission.
# Candidate: POST /bin/samenwerkingskaart/public/submissions anonymously, a valid new initiative
#            (bench/submissions/form.jq), each request with its own idempotency key and token, fetched beforehand
#            from /bin/samenwerkingskaart/public/submissions.token.json (so token fetching is not timed).
# wrk (2 threads, CONNECTIONS connections) with bench/submissions/post.lua, which sends every pre-generated body at
# most once; alternating baseline / candidate. Afterwards: the references of all 201 answers (warm-up included)
# against the nodes in /var/samenwerkingskaart/submissions. Results: stdout and bench/target/submissions/results.md.
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH_WORK="${BENCH_WORK:-$PWD/bench/target/submissions}"
BENCH_PORT="${BENCH_PORT:-8210}"
rm -rf "$BENCH_WORK/refs" "$BENCH_WORK"/wrk-*.txt "$BENCH_WORK"/bodies-*.txt "$BENCH_WORK"/tokens-*.txt
mkdir -p "$BENCH_WORK"
source bench/lib.sh

N="${N:-10000}"
SEED="${SEED:-1}"
ROUNDS="${ROUNDS:-2}"
DURATION="${DURATION:-30}"; DURATION="${DURATION%s}"
WARMUP="${WARMUP:-5}"; WARMUP="${WARMUP%s}"
CONNECTIONS="${CONNECTIONS:-20}"
JFR="${JFR:-0}"
command -v wrk >/dev/null || { log "installing wrk (Debian package)"; apt-get install -y wrk >/dev/null 2>&1 \
  || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }; }
command -v jq >/dev/null || die "jq is needed"

# The product's limit is 10 submissions per client in 10 minutes; all of wrk's requests come from 127.0.0.1.
bench_start_cms -V swk.submissions.rateLimit=100000000
# run.sh reports "running" on the first answer of the map page; a cold Sling may still restart bundles after that.
log "waiting until the token endpoint and the submissions folder answer three times in a row"
streak=0
for i in $(seq 1 300); do
  if bench_all_200 "$BASE_URL" "$SUBMIT_PATH.token.json" \
      && curl -fsS -o /dev/null -u "$BENCH_AUTH" "$BASE_URL$SUBMISSIONS_PATH.1.json" 2>/dev/null; then
    streak=$((streak + 1)); [ "$streak" -ge 3 ] && break
  else
    streak=0
  fi
  sleep 1
done
[ "$streak" -ge 3 ] || die "the submission endpoint or folder does not answer"

if [ "$N" -gt 0 ]; then
  count="$(bench_feature_count)"
  [ "$count" -ge "$N" ] || bench_load "$N" "$SEED"
fi
features="$(bench_feature_count)"

# The baseline's folder: unordered, like the submissions folder.
bench_post -o /dev/null -Fjcr:primaryType=sling:Folder "$BASE_URL/var/bench" || die "cannot create /var/bench"
bench_post -o /dev/null -Fjcr:primaryType=sling:Folder "$BASE_URL$POSTS_PATH" || die "cannot create $POSTS_PATH"
stored_before="$(bench_stored_references | wc -l)"

# Warm-up (not counted): also tells how many bodies a measured run needs.
log "warm-up: ${WARMUP}s on each side (not counted)"
bench_tokens 3000 "$BENCH_WORK/tokens-warmup.txt"
bench_submission_bodies "$BENCH_WORK/tokens-warmup.txt" "$BENCH_WORK/bodies-c-warmup.txt" warmup
bench_post_bodies 3000 "$BENCH_WORK/bodies-b-warmup.txt" warmup
bench_wrk_post warmup-baseline baseline "$BENCH_WORK/bodies-b-warmup.txt" "${WARMUP}s" "$CONNECTIONS"
b_warm="$RPS"; b_201_total=$N201; W_5XX=$N5XX
bench_wrk_post warmup-candidate candidate "$BENCH_WORK/bodies-c-warmup.txt" "${WARMUP}s" "$CONNECTIONS"
c_warm="$RPS"; W_5XX=$((W_5XX + N5XX))
need() { awk -v r="$1" -v d="$DURATION" 'BEGIN {n = int(r * d * 3) + 500; print (n < 1000 ? 1000 : n)}'; }
c_need="$(need "$c_warm")"; b_need="$(need "$b_warm")"
log "bodies per measured run: candidate $c_need (warm-up ${c_warm}/s x ${DURATION}s x 3), baseline $b_need"

# jfr_summary FILE SECONDS: the journal's fsyncs (count, total and mean time, share of the run), contended locks by
# class, and the hottest methods of the execution samples (top frames, and frames of our packages anywhere).
jfr_summary() {
  local file=$1 secs=$2
  echo "JFR $file (${secs}s of candidate load)"
  jfr print --json --events jdk.FileForce "$file" | jq -r --argjson s "$secs" '
    [.recording.events[] | select(.values.path | tostring | test("submission-journal"))
     | .values.duration | sub("^PT"; "") | sub("S$"; "") | tonumber] as $d
    | "journal fsyncs: \($d | length), total \($d | add // 0 | . * 1000 | round) ms, mean \(if ($d | length) > 0 then ($d | add / length * 1000 * 100 | round / 100) else 0 end) ms, \((($d | add // 0) / $s * 100) | round) % of the run (serialised: one at a time)"'
  jfr print --json --events jdk.JavaMonitorEnter "$file" | jq -r '
    [.recording.events[] | {c: .values.monitorClass.name, d: (.values.duration | sub("^PT"; "") | sub("S$"; "") | tonumber)}]
    | group_by(.c) | map({c: .[0].c, n: length, ms: (map(.d) | add * 1000 | round)}) | sort_by(-.ms) | .[:5][]
    | "contended lock \(.c): \(.n) waits, \(.ms) ms in total"'
  jfr print --json --stack-depth 40 --events jdk.ExecutionSample "$file" | jq -r '
    [.recording.events[] | .values.stackTrace.frames] as $st
    | "execution samples: \($st | length)",
      "top frames:",
      ($st | map(.[0] | "\(.method.type.name).\(.method.name)") | group_by(.) | map({m: .[0], n: length})
       | sort_by(-.n) | .[:12][] | "  \(.n)  \(.m)"),
      "samples with a frame of nl.samenwerkingskaart (inclusive), by method:",
      ($st | map([.[] | select(.method.type.name | startswith("nl/samenwerkingskaart")) | "\(.method.type.name).\(.method.name)"] | unique)
       | flatten | group_by(.) | map({m: .[0], n: length}) | sort_by(-.n) | .[:12][] | "  \(.n)  \(.m)")'
}

t0=$SECONDS
for r in $(seq 1 "$ROUNDS"); do
  bench_tokens "$c_need" "$BENCH_WORK/tokens-$r.txt"
  bench_submission_bodies "$BENCH_WORK/tokens-$r.txt" "$BENCH_WORK/bodies-c-$r.txt" "r$r"
  bench_post_bodies "$b_need" "$BENCH_WORK/bodies-b-$r.txt" "r$r"
done
log "fetched $((ROUNDS * c_need)) tokens and wrote the bodies in $((SECONDS - t0)) s"
c_bytes="$(awk '{s += length($0)} END {printf "%d", s / NR}' "$BENCH_WORK/bodies-c-1.txt")"
b_bytes="$(awk '{s += length($0)} END {printf "%d", s / NR}' "$BENCH_WORK/bodies-b-1.txt")"

declare -a B_RPS B_P95 C_RPS C_P95 NOTES
total_5xx=$((W_5XX)); total_201=0; wrapped_any=0
for r in $(seq 1 "$ROUNDS"); do
  bench_wrk_post "baseline-$r" baseline "$BENCH_WORK/bodies-b-$r.txt" "${DURATION}s" "$CONNECTIONS"
  B_RPS+=("$RPS"); B_P95+=("$P95"); b_201_total=$((b_201_total + N201))
  NOTES+=("baseline $r: $N201 x 201, $N5XX x 5xx, other $NOTHER, socket errors $NERR, bodies reused $WRAPPED")
  total_5xx=$((total_5xx + N5XX)); [ "$WRAPPED" = 0 ] || wrapped_any=1
  if [ "$JFR" = 1 ] && [ "$r" = 1 ]; then
    # The profile settings, with every fsync (jdk.FileForce) and every contended monitor recorded, not only >= 10 ms.
    sed -E '/<event name="jdk.(FileForce|JavaMonitorEnter)">/,/<\/event>/ s/>[0-9]+ ms</>0 ms</' \
      "$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")/lib/jfr/profile.jfc" >"$BENCH_WORK/bench.jfc"
    rm -f "$BENCH_WORK/candidate-1.jfr"
    jcmd "$BENCH_CMS_PID" JFR.start name=swkbench settings="$BENCH_WORK/bench.jfc" \
      filename="$BENCH_WORK/candidate-1.jfr" >/dev/null || die "JFR.start failed"
  fi
  bench_wrk_post "candidate-$r" candidate "$BENCH_WORK/bodies-c-$r.txt" "${DURATION}s" "$CONNECTIONS"
  if [ "$JFR" = 1 ] && [ "$r" = 1 ]; then
    jcmd "$BENCH_CMS_PID" JFR.stop name=swkbench >/dev/null || die "JFR.stop failed"
    jfr_summary "$BENCH_WORK/candidate-1.jfr" "$DURATION" >"$BENCH_WORK/profile.txt"
    cat "$BENCH_WORK/profile.txt" >&2
  fi
  C_RPS+=("$RPS"); C_P95+=("$P95")
  NOTES+=("candidate $r: $N201 x 201, $N5XX x 5xx, other $NOTHER, socket errors $NERR, bodies reused $WRAPPED")
  total_5xx=$((total_5xx + N5XX)); total_201=$((total_201 + N201)); [ "$WRAPPED" = 0 ] || wrapped_any=1
done

# Nothing lost: every reference answered with 201 (warm-up included) is a node in the repository.
cat "$BENCH_WORK"/refs/*.txt | sort >"$BENCH_WORK/acknowledged.txt"
bench_stored_references | sort >"$BENCH_WORK/stored.txt"
acknowledged="$(wc -l <"$BENCH_WORK/acknowledged.txt")"
unique_ack="$(sort -u "$BENCH_WORK/acknowledged.txt" | wc -l)"
missing="$(sort -u "$BENCH_WORK/acknowledged.txt" | comm -23 - "$BENCH_WORK/stored.txt" | wc -l)"
stored_after="$(wc -l <"$BENCH_WORK/stored.txt")"
posts="$(bench_child_count "$POSTS_PATH")"
log "acknowledged $acknowledged (unique $unique_ack), stored $stored_after (before: $stored_before), missing $missing"

# What the journal's fsync costs on this disk: O_DSYNC appends of about one journal line.
line_bytes=2048
dd if=/dev/zero of="$BENCH_WORK/cms-home/.fsync-test" bs="$line_bytes" count=500 oflag=dsync 2>"$BENCH_WORK/dd.txt" || true
rm -f "$BENCH_WORK/cms-home/.fsync-test"
fsync_ms="$(awk '/copied/ {for (i = 1; i <= NF; i++) if ($i ~ /^s,?$/) {printf "%.2f", $(i - 1) * 1000 / 500; exit}}' "$BENCH_WORK/dd.txt")"

med() { printf '%s\n' "$@" | bench_median; }
b_rps="$(med "${B_RPS[@]}")"; b_p95="$(med "${B_P95[@]}")"
c_rps="$(med "${C_RPS[@]}")"; c_p95="$(med "${C_P95[@]}")"
ratio_rps="$(awk -v c="$c_rps" -v b="$b_rps" 'BEGIN {printf "%.2f", c / b}')"
ratio_p95="$(awk -v c="$c_p95" -v b="$b_p95" 'BEGIN {printf "%.2f", c / b}')"
verdict() { awk -v v="$1" -v op="$2" -v bar="$3" 'BEGIN {ok = (op == ">=") ? v >= bar : v <= bar; print ok ? "PASS" : "MISS"}'; }

{
  echo "### Submissions ($(date -u '+%Y-%m-%d %H:%M UTC'))"
  echo
  echo "$features published initiatives in the CMS. wrk 2 threads, $CONNECTIONS connections, ${DURATION}s per run," \
    "$ROUNDS rounds per side after ${WARMUP}s warm-up each, alternating. Baseline: Sling's POST servlet," \
    "\`POST $POSTS_PATH/*\` as admin, $b_bytes bytes per body; candidate: \`POST $SUBMIT_PATH\`, anonymous," \
    "$c_bytes bytes per body (key and token included)."
  echo
  echo "| run | baseline req/s | baseline p95 ms | candidate req/s | candidate p95 ms |"
  echo "| --- | ---: | ---: | ---: | ---: |"
  for i in "${!B_RPS[@]}"; do
    echo "| $((i + 1)) | ${B_RPS[$i]} | ${B_P95[$i]} | ${C_RPS[$i]} | ${C_P95[$i]} |"
  done
  echo "| **median** | **$b_rps** | **$b_p95** | **$c_rps** | **$c_p95** |"
  echo
  for note in "${NOTES[@]}"; do echo "- $note"; done
  echo "- acknowledged (201) by the endpoint, warm-up included: $acknowledged ($unique_ack distinct references);" \
    "submissions stored before: $stored_before, after: $stored_after; acknowledged but not stored: **$missing**"
  echo "- stored but not acknowledged (answers still in flight when wrk stopped a run; wrk does not count those):" \
    "$((stored_after - stored_before - unique_ack + missing))"
  echo "- baseline nodes under $POSTS_PATH: $posts (201 answers counted by wrk: $b_201_total, warm-up included)"
  echo "- fsync cost on this disk (dd, ${line_bytes}-byte O_DSYNC appends): ${fsync_ms} ms per append"
  [ "$wrapped_any" = 0 ] || echo "- **WARNING: bodies ran out in a run and were reused (candidate: answered 200, not stored twice); raise the sizing**"
  echo
  echo "| bar (QUALITY.md) | measured | bar | result |"
  echo "| --- | ---: | ---: | --- |"
  echo "| throughput candidate / baseline | $ratio_rps | >= 0.5 | $(verdict "$ratio_rps" ">=" 0.5) |"
  echo "| 5xx answers (all runs and warm-ups, both sides) | $total_5xx | 0 | $([ "$total_5xx" = 0 ] && echo PASS || echo MISS) |"
  echo "| acknowledged submissions missing afterwards | $missing of $unique_ack | 0 | $([ "$missing" = 0 ] && [ "$unique_ack" -gt 0 ] && echo PASS || echo MISS) |"
  echo "| p95 latency candidate / baseline (information) | $ratio_p95 | | |"
} | tee "$BENCH_WORK/results.md"
