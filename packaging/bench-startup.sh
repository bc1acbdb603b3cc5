#!/usr/bin/env bash
# Start-up benchmark: the packaged app against a bare JavaFX window on the same runtime, in one run.
#
#   packaging/bench-startup.sh [--rounds N] [--image DIR] [--max-ratio R]
#
# Needs an app image (./mvnw -Pinstaller package -DskipTests, or -Dinstaller.types=app-image). Every round starts,
# in alternating order (ABCCBA...), on one shared virtual display (Xvfb, unless $DISPLAY is set):
#   app     the app image's launcher as users start it (with its CDS archive), on a journal that already exists
#   no-cds  the same launcher without the app's archive (only the runtime's default CDS archive, like bare)
#   bare    bench/BareWindow.java: an empty window, on the image's own runtime with the launcher's JVM options
#           (without the app's archive: it uses the runtime's default CDS archive, as any app would)
#   themed  bench/ThemedWindow.java: the bare window plus the AtlantaFX stylesheet and one button, started like
#           bare; shows how much of the gap is the theme every styled app pays, and how much is NetJournal's own
# Each start prints the time from process start to the first painted frame (NETJOURNAL_STARTUP_MS=...); the script
# also takes the CPU time of each process (user + system, all threads, up to its exit right after that frame),
# which a busy machine disturbs less. It prints the medians and the ratios app/bare. With --max-ratio it exits 1
# when the time ratio is above R.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

rounds=10
image=target/installer/image/NetJournal
max_ratio=""
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds="$2"; shift 2 ;;
    --image) image="$2"; shift 2 ;;
    --max-ratio) max_ratio="$2"; shift 2 ;;
    *) echo "bench-startup.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
launcher="$image/bin/NetJournal"
java="$image/lib/runtime/bin/java"
[ -x "$launcher" ] && [ -x "$java" ] || { echo "bench-startup.sh: no app image at $image (build it first)" >&2; exit 2; }
javac="${JAVA_HOME:+$JAVA_HOME/bin/}javac"

work="$(mktemp -d)"
xvfb_pid=""
cleanup() {
  if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# the baseline, compiled against the very JavaFX jars that were linked into the runtime
"$javac" --release 17 -nowarn -d "$work/classes" --module-path target/installer/modules --add-modules javafx.graphics \
  bench/BareWindow.java
"$javac" --release 17 -nowarn -d "$work/classes" -cp "$work/classes" --module-path target/installer/modules \
  --add-modules javafx.controls,atlantafx.base bench/ThemedWindow.java

# the launcher's JVM options, $APPDIR expanded, without the app's CDS archive
bare_options=()
while IFS= read -r line; do
  case "$line" in '' | '#'* | -XX:SharedArchiveFile=*) continue ;; esac
  bare_options+=("${line//\$APPDIR/$image/lib/app}")
done <packaging/launcher-java-options

if [ -z "${DISPLAY:-}" ]; then
  command -v Xvfb >/dev/null 2>&1 || { echo "bench-startup.sh: no display and no Xvfb (apt-get install xvfb)" >&2; exit 2; }
  Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" 2>/dev/null &
  xvfb_pid=$!
  for _ in $(seq 50); do [ -s "$work/display" ] && break; sleep 0.1; done
  export DISPLAY=":$(cat "$work/display")"
fi

export JAVA_TOOL_OPTIONS="-Dnetjournal.startupProbe=true" # the same for every variant
run() { # prints "<ms to first frame> <CPU ms of the whole process>", or nothing when the start failed
  local TIMEFORMAT='%3U %3S'
  {
    time case "$1" in
      app) "$launcher" --data-dir "$work/data" ;;
      no-cds) # _JAVA_OPTIONS come after the launcher's own options, so this wins over the app's archive
        _JAVA_OPTIONS="-XX:SharedArchiveFile=$image/lib/runtime/lib/server/classes.jsa" "$launcher" --data-dir "$work/data" ;;
      bare) "$java" ${bare_options[@]+"${bare_options[@]}"} -cp "$work/classes" BareWindow ;;
      themed) "$java" ${bare_options[@]+"${bare_options[@]}"} --add-modules atlantafx.base -cp "$work/classes" ThemedWindow ;;
    esac >"$work/out" 2>/dev/null
  } 2>"$work/time"
  local ms cpu
  ms="$(sed -n 's/^NETJOURNAL_STARTUP_MS=//p' "$work/out")"
  cpu="$(awk '{ printf "%d", ($1 + $2) * 1000 }' "$work/time")"
  [ -n "$ms" ] && echo "$ms $cpu"
}
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "NA"; else if (NR % 2) print v[(NR + 1) / 2]; else print int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

variants=(app no-cds bare themed)
echo "warming up (creates the journal, fills the file cache)..."
for v in "${variants[@]}"; do run "$v" >/dev/null; done
: >"$work/app"; : >"$work/no-cds"; : >"$work/bare"; : >"$work/themed"
for round in $(seq "$rounds"); do
  if [ $((round % 2)) = 1 ]; then order=(app no-cds bare themed); else order=(themed bare no-cds app); fi
  line="round $round:"
  for v in "${order[@]}"; do
    result="$(run "$v" || true)"
    [ -n "$result" ] || { echo "bench-startup.sh: $v did not start" >&2; exit 1; }
    echo "$result" >>"$work/$v"
    line="$line $v=${result% *}ms (cpu ${result#* }ms)"
  done
  echo "$line"
done

m() { cut -d' ' -f"$2" <"$work/$1" | median; }
app=$(m app 1); nocds=$(m no-cds 1); bare=$(m bare 1); themed=$(m themed 1)
app_cpu=$(m app 2); nocds_cpu=$(m no-cds 2); bare_cpu=$(m bare 2); themed_cpu=$(m themed 2)
echo
echo "medians over $rounds rounds ($(nproc 2>/dev/null || echo '?') CPUs, load $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')):"
echo "                                     first frame   CPU time of the process"
printf '  app (packaged, with CDS archive)   %6s ms     %6s ms\n' "$app" "$app_cpu"
printf '  app without its AppCDS archive     %6s ms     %6s ms\n' "$nocds" "$nocds_cpu"
printf '  bare JavaFX window, same runtime   %6s ms     %6s ms\n' "$bare" "$bare_cpu"
printf '  themed window (AtlantaFX + button) %6s ms     %6s ms\n' "$themed" "$themed_cpu"
ratio=$(awk -v a="$app" -v b="$bare" 'BEGIN { printf "%.2f", a / b }')
echo "STARTUP_RATIO=$ratio (time to first frame, app / bare window; target <= 1.3)"
echo "CPU_RATIO=$(awk -v a="$app_cpu" -v b="$bare_cpu" 'BEGIN { printf "%.2f", a / b }') (CPU time, app / bare window; less sensitive to a busy machine)"
echo "THEMED_RATIO=$(awk -v a="$themed" -v b="$bare" 'BEGIN { printf "%.2f", a / b }') (themed window / bare window: the theme's share) APP_VS_THEMED=$(awk -v a="$app" -v b="$themed" 'BEGIN { printf "%.2f", a / b }')"
echo "CDS_GAIN=$(awk -v a="$app" -v n="$nocds" 'BEGIN { printf "%.2f", n / a }') (time to first frame without the app's archive / with it)"
if [ -n "$max_ratio" ] && awk -v r="$ratio" -v m="$max_ratio" 'BEGIN { exit !(r > m) }'; then
  echo "bench-startup.sh: ratio $ratio is above $max_ratio" >&2
  exit 1
fi
