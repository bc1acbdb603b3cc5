#!/usr/bin/env bash
# Start-up benchmark: the packaged app against a bare JavaFX window on the same runtime, timed from outside, in one
# run; with --big also a decade-old journal against an empty one, and the memory of both.
#
#   bench/startup.sh [--rounds N] [--image DIR] [--compare-image DIR] [--big] [--max-ratio R]
#
# Needs an app image (./mvnw -Pinstaller package -DskipTests, or -Dinstaller.types=app-image). Every round starts,
# in alternating order (ABCD, DCBA, ...), on one shared virtual display (Xvfb, unless $DISPLAY is set):
#   app       the app image's launcher as users start it (with its AOT cache / AppCDS archive), on an existing
#             journal (made by the warm-up start: the welcome opens after the first frame and is not counted)
#   no-cache  the same runtime and JVM options without the app's archive (the runtime's default CDS archive only)
#   bare      bench/BareWindow.java: an empty window, on the image's own runtime with the same JVM options (with the
#             runtime's default CDS archive, as any app would)
#   themed    bench/ThemedWindow.java: the bare window plus the AtlantaFX stylesheet and one button, started like
#             bare; how much of the gap is the theme every styled app pays, and how much is NetJournal's own
#   big       (--big) the app on a decade-old journal: 50,000 contacts, 200,000 interactions with their search
#             index (≈ 100 MB, generated once by org.netjournal.bench.BigJournal from the test classes)
#   app-cmp   (--compare-image DIR) the app of another image, e.g. the JDK 17 fallback (bare-cmp: its bare window)
# The first frame is timed from outside: from just before the fork to the moment the probe's line
# (NETJOURNAL_STARTUP_MS=..., printed right after the first frame) arrives on the pipe. The figure in that line is
# not used: it counts from the process start as the kernel gives it in whole seconds since boot, so it reads high
# by a constant per boot (≈ 0.5 s). The script also takes the CPU time of each process (user + system, all threads,
# up to its exit right after that frame), which a busy machine disturbs less. The app's first frame shows the window,
# the navigator and the start page's heading; its cards follow in the next frame: "page complete" is timed the same
# way from the probe's second line (NETJOURNAL_COMPLETE_MS=...), and the process exits right after it.
# With --big, the app is then started on each journal without the probe, and 10 s later its resident set (RSS) and
# proportional set size (PSS: shared pages such as the mapped AOT cache counted by share) are read from
# /proc/PID/smaps_rollup.
# Prints medians and the ratios app/bare and big/empty. With --max-ratio it exits 1 when app/bare is above R.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

rounds=10
image=target/installer/image/NetJournal
compare_image=""
big=false
max_ratio=""
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds="$2"; shift 2 ;;
    --image) image="$2"; shift 2 ;;
    --compare-image) compare_image="$2"; shift 2 ;;
    --big) big=true; shift ;;
    --max-ratio) max_ratio="$2"; shift 2 ;;
    *) echo "startup.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
[ -n "${EPOCHREALTIME:-}" ] || { echo "startup.sh: needs bash 5 (EPOCHREALTIME)" >&2; exit 2; }
for dir in "$image" ${compare_image:+"$compare_image"}; do
  [ -x "$dir/bin/NetJournal" ] && [ -x "$dir/lib/runtime/bin/java" ] \
    || { echo "startup.sh: no app image at $dir (build it first)" >&2; exit 2; }
done
javac="${JAVA_HOME:+$JAVA_HOME/bin/}javac"

work="$(mktemp -d)"
xvfb_pid=""
cleanup() {
  if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# the baselines, compiled against the very JavaFX jars that were linked into the runtime
"$javac" --release 17 -nowarn -d "$work/classes" --module-path target/installer/modules --add-modules javafx.graphics \
  bench/BareWindow.java
"$javac" --release 17 -nowarn -d "$work/classes" -cp "$work/classes" --module-path target/installer/modules \
  --add-modules javafx.controls,atlantafx.base bench/ThemedWindow.java

runtime_of() { sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' "$1/lib/runtime/release"; }
# an image by its runtime, and by its folder when both images have the same runtime (e.g. two builds compared)
image_name() {
  if [ -n "$compare_image" ] && [ "$(runtime_of "$image")" = "$(runtime_of "$compare_image")" ]; then
    echo "$1 ($(runtime_of "$1"))"
  else
    echo "the $(runtime_of "$1") image"
  fi
}
# The JVM options the image's launchers use (its .cfg, $APPDIR expanded), without the archive options: the options
# of no-cache, bare and themed. Read from the image, not from packaging/, so they are what was shipped.
options_without_archive() {
  sed -n 's/^java-options=//p' "$1/lib/app/NetJournal.cfg" | grep -v '^-XX:AOTCache=\|^-XX:SharedArchiveFile=\|^-Xshare:\|^-Djpackage' \
    | sed "s|\$APPDIR|$1/lib/app|g"
}
mapfile -t plain_options < <(options_without_archive "$image")
if [ -n "$compare_image" ]; then mapfile -t compare_options < <(options_without_archive "$compare_image"); fi

# The Linux launcher turns GTK's OpenGL off where there is no graphics device (GDK_GL=disable); the variants that
# start java directly (no-cache, bare, themed) get the same environment, so the ratios compare like with like.
if grep -q GDK_GL "$image/bin/NetJournal" 2>/dev/null && [ -z "${GDK_GL+set}" ] \
  && ! compgen -G '/dev/dri/card*' >/dev/null && ! compgen -G '/dev/dri/renderD*' >/dev/null \
  && ! compgen -G '/dev/nvidia*' >/dev/null; then
  export GDK_GL=disable
fi

source bench/common.sh
start_display

if $big; then
  big_data="$(big_journal)"
  # the journal is started on a copy made once per run, so every start sees the same file (the first start of
  # the day writes its daily backup: the warm-up start takes it)
  cp -R "$big_data" "$work/big-journal"
fi

command_of() { # the command line of variant $1, in the array cmd
  # the app starts as the desktop starts it: without arguments (the journal folder from NETJOURNAL_HOME), so the
  # command-line parser, which only a start with arguments loads, is not counted
  case "$1" in
    app) cmd=(env "NETJOURNAL_HOME=$work/data" "$image/bin/NetJournal") ;;
    no-cache) cmd=(env "NETJOURNAL_HOME=$work/data" "$image/lib/runtime/bin/java" "${plain_options[@]}"
      -m org.netjournal/org.netjournal.app.Launcher) ;;
    bare) cmd=("$image/lib/runtime/bin/java" "${plain_options[@]}" -cp "$work/classes" BareWindow) ;;
    themed) cmd=("$image/lib/runtime/bin/java" "${plain_options[@]}" --add-modules atlantafx.base -cp "$work/classes"
      ThemedWindow) ;;
    big) cmd=(env "NETJOURNAL_HOME=$work/big-journal" "$image/bin/NetJournal") ;;
    app-cmp) cmd=(env "NETJOURNAL_HOME=$work/data-cmp" "$compare_image/bin/NetJournal") ;;
    bare-cmp) cmd=("$compare_image/lib/runtime/bin/java" "${compare_options[@]}" -cp "$work/classes" BareWindow) ;;
  esac
}
run() { # prints "<ms from fork to the first-frame line> <CPU ms of the whole process>", or nothing when it failed
  local cmd start
  command_of "$1"
  local TIMEFORMAT='%3U %3S'
  {
    time {
      start=$EPOCHREALTIME
      JAVA_TOOL_OPTIONS="-Dnetjournal.startupProbe=true -Dnetjournal.skipWelcome=true" "${cmd[@]}" 2>/dev/null | while IFS= read -r line; do
        case "$line" in
          "NETJOURNAL_STARTUP_MS="*) echo "$EPOCHREALTIME" >"$work/frame" ;;
          "NETJOURNAL_COMPLETE_MS="*) echo "$EPOCHREALTIME" >"$work/complete" ;;
        esac
      done
    }
  } 2>"$work/time"
  [ -s "$work/frame" ] || return 0
  # the bare and themed windows have nothing to complete: their complete page is their first frame
  [ -s "$work/complete" ] || cp "$work/frame" "$work/complete"
  awk -v s="$start" -v f="$(cat "$work/frame")" -v c="$(cat "$work/complete")" \
    '{ printf "%d %d %d\n", (f - s) * 1000, ($1 + $2) * 1000, (c - s) * 1000 }' "$work/time"
  rm -f "$work/frame" "$work/complete"
}
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "NA"; else if (NR % 2) print v[(NR + 1) / 2]; else print int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

variants=(app no-cache bare themed)
$big && variants+=(big)
[ -n "$compare_image" ] && variants+=(app-cmp bare-cmp)
echo "warming up (creates the journals, fills the file cache)..."
for v in "${variants[@]}"; do run "$v" >/dev/null; run "$v" >/dev/null; done
for v in "${variants[@]}"; do : >"$work/$v"; done
reversed=()
for ((i = ${#variants[@]} - 1; i >= 0; i--)); do reversed+=("${variants[i]}"); done
for round in $(seq "$rounds"); do
  if [ $((round % 2)) = 1 ]; then order=("${variants[@]}"); else order=("${reversed[@]}"); fi
  line="round $round:"
  for v in "${order[@]}"; do
    result="$(run "$v")"
    [ -n "$result" ] || { echo "startup.sh: $v did not start" >&2; exit 1; }
    echo "$result" >>"$work/$v"
    read -r frame cpu complete <<<"$result"
    line="$line $v=${frame}ms(cpu $cpu, complete $complete)"
  done
  echo "$line"
done

m() { cut -d' ' -f"$2" <"$work/$1" | median; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
echo
echo "medians over $rounds rounds, runtime $(runtime_of "$image") ($(nproc 2>/dev/null || echo '?') CPUs, load $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')):"
echo "                                          first frame (external)   CPU time of the process   page complete"
label() {
  case "$1" in
    app) echo "app (packaged, with its archive)" ;;
    no-cache) echo "app without its archive" ;;
    bare) echo "bare JavaFX window, same runtime" ;;
    themed) echo "themed window (AtlantaFX + button)" ;;
    big) echo "app on the big journal" ;;
    app-cmp) echo "app of $(image_name "$compare_image")" ;;
    bare-cmp) echo "bare window on $(image_name "$compare_image")" ;;
  esac
}
for v in "${variants[@]}"; do
  printf '  %-38s %8s ms %20s ms %17s ms\n' "$(label "$v")" "$(m "$v" 1)" "$(m "$v" 2)" "$(m "$v" 3)"
done
app=$(m app 1); bare=$(m bare 1)
startup_ratio=$(ratio "$app" "$bare")
echo "STARTUP_RATIO=$startup_ratio (first frame, app / bare window, same runtime; target <= 1.5, goal 1.3)"
echo "COMPLETE_RATIO=$(ratio "$(m app 3)" "$bare") (the start page complete, its cards included, / bare window)"
echo "CPU_RATIO=$(ratio "$(m app 2)" "$(m bare 2)") (CPU time, app / bare window; less sensitive to a busy machine)"
echo "THEMED_RATIO=$(ratio "$(m themed 1)" "$bare") (themed / bare: the theme's share) APP_VS_THEMED=$(ratio "$app" "$(m themed 1)")"
echo "ARCHIVE_GAIN=$(ratio "$(m no-cache 1)" "$app") (first frame without the app's archive / with it)"
if $big; then
  echo "BIG_RATIO=$(ratio "$(m big 1)" "$app") (first frame, big journal / empty journal; target <= 1.15) BIG_CPU_RATIO=$(ratio "$(m big 2)" "$(m app 2)")"
fi
if [ -n "$compare_image" ]; then
  echo "COMPARE_RATIO=$(ratio "$(m app-cmp 1)" "$app") (first frame, app of $(image_name "$compare_image") / app of $(image_name "$image"))" \
    "COMPARE_BARE_RATIO=$(ratio "$(m app-cmp 1)" "$(m bare-cmp 1)")"
fi

if $big; then
  echo
  echo "memory 10 s after start (no probe; /proc/PID/smaps_rollup):"
  memory() { # prints "<RSS MiB> <PSS MiB>" of variant $1, 10 s after its start
    local cmd pid
    command_of "$1"
    JAVA_TOOL_OPTIONS="-Dnetjournal.skipWelcome=true" "${cmd[@]}" >/dev/null 2>&1 &
    pid=$!
    sleep 10
    awk '/^Rss:/ { r = $2 } /^Pss:/ { p = $2 } END { printf "%d %d\n", r / 1024, p / 1024 }' "/proc/$pid/smaps_rollup"
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  }
  for v in app big; do
    : >"$work/mem-$v"
  done
  for round in 1 2 3; do
    for v in app big; do memory "$v" >>"$work/mem-$v"; done
  done
  for v in app big; do
    printf '  %-38s RSS %4s MiB   PSS %4s MiB (median of 3)\n' "$(label "$v")" "$(m "mem-$v" 1)" "$(m "mem-$v" 2)"
  done
  echo "BIG_PSS_MIB=$(m mem-big 2) (target <= 250) EMPTY_PSS_MIB=$(m mem-app 2) BIG_RSS_MIB=$(m mem-big 1) EMPTY_RSS_MIB=$(m mem-app 1)"
fi

if [ -n "$max_ratio" ] && awk -v r="$startup_ratio" -v m="$max_ratio" 'BEGIN { exit !(r > m) }'; then
  echo "startup.sh: ratio $startup_ratio is above $max_ratio" >&2
  exit 1
fi
