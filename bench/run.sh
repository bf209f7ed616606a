#!/usr/bin/env bash
# Benchmark of issue 5: for each size, on the same generated input,
#   run   - bin/mpm run end to end on a fresh warehouse (wall, peak RSS, stage times from its log)
#   floor - one Spark pass CSV -> Parquet of the same files, same JVM settings (bin/mpm bench floor)
#   peer  - DuckDB computing IDN-01, RET-05, REI-02, REI-04 from the run's staged Parquet
#   p4    - the pipeline's journeys + members + aggregates for the same four (bin/mpm bench indicators)
# and checks that peer and p4 agree cell by cell before printing one table.
#
# Usage (from anywhere): bench/run.sh [CASES...]      default: 100000 1000000
# Everything it writes is under bench/out/ (git-ignored); inputs are kept and reused, since the
# generator gives the same bytes for the same options.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
out="$here/bench/out"
mkdir -p "$out"
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(100000 1000000)
four="IDN-01,RET-05,REI-02,REI-04"
time_fmt="%e %M" # wall seconds, peak resident set in KiB of the (exec'd) JVM

load() { cut -d' ' -f1 /proc/loadavg; }
log() { echo "bench: $*" >&2; }

# Build first so that no measurement pays for it: bin/mpm builds the jar when sources changed;
# the peer needs the test classes and the test classpath (DuckDB JDBC is a test dependency).
bin/mpm --version >/dev/null
log "compiling the peer and resolving the test classpath"
mvn -B -q test-compile >"$out/test-compile.log" 2>&1 || { tail -n 30 "$out/test-compile.log" >&2; exit 3; }
(cd jobs && mvn -B -q dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$out/test-classpath.txt") >"$out/classpath.log" 2>&1 \
  || { tail -n 30 "$out/classpath.log" >&2; exit 3; }
peer_cp="$here/jobs/target/test-classes:$here/jobs/target/classes:$(cat "$out/test-classpath.txt")"
# the peer gets the same heap bound as bin/mpm; DuckDB's own memory is native and not bounded by it
peer_java=(java -Xmx2g ${MPM_JAVA_OPTS:-} -cp "$peer_cp" org.mekong.mpm.bench.DuckDbPeer)

stamp="$(date -u +%Y%m%dT%H%M%SZ)"
results="$out/results-$stamp.md"
rows=()
declare -A run_s floor_s duck_s p4_s

for n in "${sizes[@]}"; do
  [[ "$n" =~ ^[0-9]+$ ]] || { echo "bench: sizes are case counts, got '$n'" >&2; exit 2; }
  dir="$out/$n"
  input="$dir/input"
  if [[ ! -f "$dir/input.done" ]]; then
    log "$n cases: generating input"
    rm -rf "$input" && mkdir -p "$dir"
    bin/mpm generate --out "$input" --cases "$n" >"$dir/generate.log"
    touch "$dir/input.done"
  fi
  load0="$(load)"

  log "$n cases: mpm run (load $load0)"
  rm -rf "$dir/warehouse"
  rc=0
  /usr/bin/time -f "$time_fmt" -o "$dir/run.time" \
    bin/mpm run --input "$input" --warehouse "$dir/warehouse" >"$dir/run.out" 2>"$dir/run.err" || rc=$?
  # 1 = a generated submission was rejected: the others are still published and measured
  if [[ $rc -gt 1 ]]; then tail -n 20 "$dir/run.err" >&2; exit 3; fi
  read -r wall rss_kib <"$dir/run.time"
  run_s[$n]=$wall
  stage() { sed -n "s/.*stage $1 \([0-9.]*\) s.*/\1/p" "$dir/run.err" | tail -n 1; }

  log "$n cases: floor (load $(load))"
  rm -rf "$dir/floor"
  /usr/bin/time -f "$time_fmt" -o "$dir/floor.time" \
    bin/mpm bench floor --input "$input" --out "$dir/floor" >"$dir/floor.out" 2>"$dir/floor.err" \
    || { tail -n 20 "$dir/floor.err" >&2; exit 3; }
  read -r fwall _ <"$dir/floor.time"
  floor_s[$n]=$fwall

  log "$n cases: DuckDB peer (load $(load))"
  "${peer_java[@]}" "$dir/warehouse" "$dir/peer.cells" >"$dir/peer.out" 2>"$dir/peer.err" \
    || { tail -n 20 "$dir/peer.err" >&2; exit 3; }
  duck="$(sed -n 's/^duckdb query \([0-9.]*\) s, threads \([0-9]*\)$/\1/p' "$dir/peer.out")"
  threads="$(sed -n 's/^duckdb query [0-9.]* s, threads \([0-9]*\)$/\1/p' "$dir/peer.out")"
  duck_s[$n]=$duck

  log "$n cases: pipeline, four indicators (load $(load))"
  bin/mpm bench indicators --warehouse "$dir/warehouse" --only "$four" --cells "$dir/pipeline.cells" \
    >"$dir/p4.out" 2>"$dir/p4.err" || { tail -n 20 "$dir/p4.err" >&2; exit 3; }
  p4="$(sed -n 's/.*, total \([0-9.]*\) s$/\1/p' "$dir/p4.out")"
  p4_s[$n]=$p4
  load1="$(load)"

  # A benchmark comparing different computations is worthless: the cells must agree exactly.
  if diff -q "$dir/peer.cells" "$dir/pipeline.cells" >/dev/null && [[ -s "$dir/peer.cells" ]]; then
    check="MATCH ($(wc -l <"$dir/peer.cells") cells)"
  else
    check="DIFFER"
    log "$n cases: cells differ (< peer, > pipeline; indicator country quarter num den median):"
    diff "$dir/peer.cells" "$dir/pipeline.cells" | grep '^[<>]' | head -n 40 >&2 || true
  fi

  ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf (b > 0 ? "%.1f" : "-"), a / b }'; }
  rows+=("| $n | $wall | $((rss_kib / 1024)) | $(stage ingest) | $(stage journeys) | $(stage indicators)\
 | $(stage 'disclosure protection') | $(stage 'disclosure audit') | $(stage publication) | $fwall | $(ratio "$wall" "$fwall")\
 | $duck ($threads thr) | $p4 | $(ratio "$p4" "$duck") | $check | $load0 → $load1 |")
done

{
  echo "Benchmark $stamp, $(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 }') GiB, load average at start/end of each size"
  echo
  echo "| cases | run s | peak RSS MiB | ingest s | journeys s | indicators s | protection s | audit s | publication s\
 | floor s | run/floor | DuckDB-4 s | pipeline-4 s | pipeline-4/DuckDB | check | load |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|"
  printf '%s\n' "${rows[@]}"
  if [[ ${#sizes[@]} -gt 1 ]]; then
    first="${sizes[0]}" last="${sizes[-1]}"
    echo
    awk -v f="$first" -v l="$last" -v r0="${run_s[$first]}" -v r1="${run_s[$last]}" \
      -v f0="${floor_s[$first]}" -v f1="${floor_s[$last]}" -v d0="${duck_s[$first]}" -v d1="${duck_s[$last]}" \
      -v p0="${p4_s[$first]}" -v p1="${p4_s[$last]}" 'BEGIN {
        printf "growth %s -> %s cases (%.0fx the data): run %.1fx, floor %.1fx, DuckDB-4 %.1fx, pipeline-4 %.1fx the time\n",
          f, l, l / f, r1 / r0, f1 / f0, d1 / d0, p1 / p0 }'
  fi
} | tee "$results"
log "table saved in ${results#"$here"/}; logs under ${out#"$here"/}/<cases>/"
