#!/usr/bin/env bash
# Memory of the packaged app on the decade-old journal (50,000 contacts, 200,000 interactions), as a user works
# with it: 10 s after start, with the Contacts area open, while scrolling the table and while typing filters; and
# on an empty journal 10 s after start. Reads RSS and PSS from /proc/PID/smaps_rollup (PSS counts shared pages,
# such as the mapped AOT cache and the runtime's modules file, by share).
#
#   bench/memory.sh [--rounds N] [--image DIR]
#
# $MEMORY_JAVA_OPTIONS is added to the app's JVM options (to try a collector setting without building an image).
# Drives the real window on a virtual display (Xvfb, unless $DISPLAY is set) with xdotool: the Go menu → Contacts
# (by the window-relative places of the English menu, so the journal is started with the English language), the
# mouse wheel over the table, a click in the filter field and typed text (two filters, then twelve more). Before
# each reading it waits until the app's CPU time stands still (the table loaded, the filter applied). Prints
# medians and the largest PSS. The app is started by its launcher, with the environment the launcher sets.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

rounds=3
image=target/installer/image/NetJournal
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds="$2"; shift 2 ;;
    --image) image="$2"; shift 2 ;;
    *) echo "memory.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
[ -x "$image/bin/NetJournal" ] || { echo "memory.sh: no app image at $image (build it first)" >&2; exit 2; }
command -v xdotool >/dev/null 2>&1 || { echo "memory.sh: needs xdotool (apt-get install xdotool)" >&2; exit 2; }

work="$(mktemp -d)"
xvfb_pid=""
app_pid=""
cleanup() {
  if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; fi
  if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
source bench/common.sh
start_display
big_data="$(big_journal)"

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
settle() { # waits until process $1 used (almost) no CPU for a second, at most 90 s
  local last now quiet=0
  last=$(cpu_ticks "$1")
  for _ in $(seq 180); do
    sleep 0.5
    now=$(cpu_ticks "$1")
    if [ $((now - last)) -le 2 ]; then quiet=$((quiet + 1)); else quiet=0; fi
    last=$now
    [ "$quiet" -ge 2 ] && return 0
  done
}
reading() { # "<RSS MiB> <PSS MiB>" of process $1
  awk '/^Rss:/ { r = $2 } /^Pss:/ { p = $2 } END { printf "%d %d\n", r / 1024, p / 1024 }' "/proc/$1/smaps_rollup"
}
click() { # moves to window-relative x y of window $1, lets JavaFX see the pointer there, clicks
  xdotool mousemove --window "$1" "$2" "$3"
  sleep 0.4
  xdotool click 1
}
start_app() { # starts the app on folder $1 (a fresh copy of the journal); sets app_pid
  JAVA_TOOL_OPTIONS="-Dnetjournal.skipWelcome=true -Duser.language=en ${MEMORY_JAVA_OPTIONS:-}" "$image/bin/NetJournal" --data-dir "$1" \
    >/dev/null 2>&1 &
  app_pid=$!
}
stop_app() {
  kill "$app_pid" 2>/dev/null || true
  wait "$app_pid" 2>/dev/null || true
  app_pid=""
}

phases=(idle contacts scrolled filter-anna filter-mu filter-many)
mkdir -p "$work/readings"
for p in "${phases[@]}" empty; do : >"$work/readings/$p"; done
for round in $(seq "$rounds"); do
  rm -rf "$work/big" "$work/empty"
  cp -R "$big_data" "$work/big"
  start_app "$work/big"
  window=$(xdotool search --sync --onlyvisible --name '^NetJournal$' | head -1)
  sleep 10
  reading "$app_pid" >>"$work/readings/idle"
  # Go → Contacts (the menu's places, relative to the window: the menu bar's second entry, its tenth item)
  click "$window" 75 18
  sleep 0.8
  click "$window" 127 373
  sleep 2
  settle "$app_pid"
  reading "$app_pid" >>"$work/readings/contacts"
  xdotool mousemove --window "$window" 520 430
  sleep 0.4
  for _ in $(seq 150); do xdotool click 5; done # the wheel: 150 steps down the table
  for _ in $(seq 50); do xdotool click 4; done
  settle "$app_pid"
  reading "$app_pid" >>"$work/readings/scrolled"
  click "$window" 420 64 # the filter field
  xdotool type --delay 120 "anna"
  settle "$app_pid"
  reading "$app_pid" >>"$work/readings/filter-anna"
  xdotool key ctrl+a BackSpace
  xdotool type --delay 120 "mü"
  settle "$app_pid"
  reading "$app_pid" >>"$work/readings/filter-mu"
  # twelve more filters, as someone looking for several people: garbage that outlives a keystroke would pile up here
  for word in schmidt berlin x ber ann k "müller" a e i o u; do
    xdotool key ctrl+a BackSpace
    xdotool type --delay 100 "$word"
    sleep 0.5
  done
  settle "$app_pid"
  reading "$app_pid" >>"$work/readings/filter-many"
  stop_app
  start_app "$work/empty"
  sleep 10
  reading "$app_pid" >>"$work/readings/empty"
  stop_app
  echo "round $round: big idle $(tail -1 "$work/readings/idle"), contacts $(tail -1 "$work/readings/contacts"), scrolled" \
    "$(tail -1 "$work/readings/scrolled"), filtered $(tail -1 "$work/readings/filter-anna") / $(tail -1 "$work/readings/filter-mu")" \
    "/ $(tail -1 "$work/readings/filter-many"), empty" \
    "$(tail -1 "$work/readings/empty") (RSS PSS MiB)"
done

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
m() { cut -d' ' -f"$2" <"$work/readings/$1" | median; }
echo
echo "memory, medians of $rounds rounds (MiB):"
label() {
  case "$1" in
    idle) echo "big journal, 10 s after start" ;;
    contacts) echo "big journal, Contacts open" ;;
    scrolled) echo "big journal, after scrolling the table" ;;
    filter-anna) echo "big journal, filter \"anna\"" ;;
    filter-mu) echo "big journal, filter \"mü\"" ;;
    filter-many) echo "big journal, after 12 more filters" ;;
    empty) echo "empty journal, 10 s after start" ;;
  esac
}
for p in "${phases[@]}" empty; do printf '  %-40s RSS %4s   PSS %4s\n' "$(label "$p")" "$(m "$p" 1)" "$(m "$p" 2)"; done
max_pss=$(cat "${phases[@]/#/$work/readings/}" | cut -d' ' -f2 | sort -n | tail -1)
echo "BIG_PSS_MIB=$(m idle 2) BIG_CONTACTS_PSS_MIB=$(m contacts 2) BIG_MAX_PSS_MIB=$max_pss (target <= 250)" \
  "EMPTY_PSS_MIB=$(m empty 2) BIG_RSS_MIB=$(m idle 1) EMPTY_RSS_MIB=$(m empty 1)" \
  "CONTACTS_PSS_RATIO=$(awk -v a="$(m contacts 2)" -v b="$(m idle 2)" 'BEGIN { printf "%.2f", a / b }') (Contacts open / idle)"
