#!/usr/bin/env bash
# Dialogs under a real window manager: starts the app image on its own virtual display with openbox (Monocle, the
# UI tests' headless toolkit, has no window manager and hid the bug where the first dialog of a run opened at
# 200×200 in the screen's corner), opens dialogs by keyboard as a user does and checks with xwininfo that each
# window is at least as large as its content needs (the app logs what that is) and centred on the main window.
#
#   packaging/linux/check-dialogs.sh [APP_LAUNCHER]   (default target/installer/image/NetJournal/bin/NetJournal)
#
# Called from .ci/package; needs Xvfb, openbox, xdotool and xwininfo (installed with apt-get when missing, as root).
set -euo pipefail
cd "$(dirname "$0")/../.."
launcher=${1:-target/installer/image/NetJournal/bin/NetJournal}
fail() { echo "dialog check FAILED: $*" >&2; exit 1; }
pass() { echo "  ok  $*"; }

need=()
command -v Xvfb >/dev/null || need+=(xvfb)
command -v openbox >/dev/null || need+=(openbox)
command -v xdotool >/dev/null || need+=(xdotool)
command -v xwininfo >/dev/null || need+=(x11-utils)
if ((${#need[@]})); then
  DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${need[@]}" >/dev/null
fi

tmp=$(mktemp -d)
xvfb="" wm="" app=""
cleanup() {
  [ -n "$app" ] && kill "$app" 2>/dev/null || true
  [ -n "$wm" ] && kill "$wm" 2>/dev/null || true
  [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT

Xvfb -displayfd 3 -screen 0 1440x900x24 -nolisten tcp 3>"$tmp/display" 2>/dev/null &
xvfb=$!
for _ in $(seq 100); do [ -s "$tmp/display" ] && break; sleep 0.1; done
[ -s "$tmp/display" ] || fail "Xvfb did not start"
export DISPLAY=":$(cat "$tmp/display")"
openbox >/dev/null 2>&1 &
wm=$!
sleep 1

cat >"$tmp/people.vcf" <<'EOF'
BEGIN:VCARD
VERSION:3.0
FN:Ada Dialogcheck
N:Dialogcheck;Ada;;;
EMAIL:ada@example.org
END:VCARD
EOF

data="$tmp/data"
mkdir -p "$data"
LANG=${CHECK_LANG:-en_US.UTF-8} "$launcher" --data-dir "$data" >"$tmp/app.out" 2>&1 &
app=$!
main=""
for _ in $(seq 240); do
  main=$(xdotool search --onlyvisible --name '^NetJournal$' 2>/dev/null | head -1 || true)
  [ -n "$main" ] && break
  sleep 0.25
done
[ -n "$main" ] || { cat "$tmp/app.out" >&2; fail "no NetJournal window"; }

geometry() { # WINDOW -> "x y width height" of its client area on the screen
  xwininfo -id "$1" | awk '/Absolute upper-left X/ { x = $NF } /Absolute upper-left Y/ { y = $NF }
    /^ *Width:/ { w = $NF } /^ *Height:/ { h = $NF } END { print x, y, w, h }'
}

dialog_window() { # the newest visible NetJournal window other than the main one
  local id
  for _ in $(seq 160); do # up to 40 s: CI machines can be slow
    for id in $(xdotool search --onlyvisible --class NetJournal 2>/dev/null | sort -u); do
      if [ "$id" != "$main" ] && xwininfo -id "$id" 2>/dev/null | grep -q 'Map State: IsViewable'; then
        local w; w=$(xwininfo -id "$id" | awk '/^ *Width:/ { print $NF }')
        [ "${w:-0}" -gt 20 ] && { echo "$id"; return 0; }
      fi
    done
    sleep 0.25
  done
  return 1
}

# check NAME: the dialog the app logged as NAME must be as large as it needs and centred on the main window
check() {
  local name=$1 window line content_w content_h needs_w needs_h x y w h
  window=$(dialog_window) || fail "$name: no dialog window appeared"
  sleep 1.5 # the window manager and the app settle the size
  for _ in $(seq 40); do
    line=$(grep "Dialog $name: " "$data/netjournal.log" 2>/dev/null | tail -1 || true)
    [ -n "$line" ] && break
    sleep 0.25
  done
  [ -n "$line" ] || fail "$name: the app did not log the dialog's size"
  read -r needs_w needs_h < <(echo "$line" | sed -n 's/.*needs \([0-9]*\)x\([0-9]*\),.*/\1 \2/p')
  read -r x y w h < <(geometry "$window")
  [ "$w" -ge $((needs_w - 2)) ] && [ "$h" -ge $((needs_h - 2)) ] \
    || fail "$name: window ${w}x${h}, but its content needs ${needs_w}x${needs_h} ($line)"
  [ "$w" -gt 200 ] && [ "$h" -gt 200 ] || fail "$name: window only ${w}x${h}"
  local mx my mw mh
  read -r mx my mw mh < <(geometry "$main")
  local dx=$(( (x + w / 2) - (mx + mw / 2) )) dy=$(( (y + h / 2) - (my + mh / 2) ))
  [ "${dx#-}" -le 40 ] && [ "${dy#-}" -le 60 ] \
    || fail "$name: not centred on the main window (dialog ${w}x${h}+$x+$y, window ${mw}x${mh}+$mx+$my)"
  pass "$name opens at ${w}x${h} (needs ${needs_w}x${needs_h}), centred on the window"
  shown=$window
}

close_dialog() { # Esc in the dialog just checked, then the keys go to the main window again
  xdotool windowactivate --sync "$shown" >/dev/null 2>&1 || true
  sleep 0.5
  key Escape
  for _ in $(seq 80); do xwininfo -id "$shown" 2>/dev/null | grep -q 'IsViewable' || break; sleep 0.25; done
  xwininfo -id "$shown" 2>/dev/null | grep -q 'IsViewable' && fail "Esc did not close the dialog"
  focus_main
}

key() { xdotool key "$@"; sleep 0.6; }
focus_main() { # keys go to the main window again once a dialog closed
  xdotool windowactivate --sync "$main" >/dev/null 2>&1 || true
  xdotool windowfocus --sync "$main" >/dev/null 2>&1 || true
  sleep 1
}

# first start on an empty journal: the welcome is the first dialog of the run
check welcome
close_dialog
# the import preview, the dialog that opened at 200×200: File → Import (Ctrl+I), then the path typed into GTK's chooser
key ctrl+i
chooser=""
for _ in $(seq 160); do # GTK's chooser carries no NetJournal class; its title names vCard in both languages
  chooser=$({ xdotool search --onlyvisible --name vCard 2>/dev/null || true; } | head -1)
  [ -n "$chooser" ] && break
  sleep 0.25
done
[ -n "$chooser" ] || fail "Ctrl+I opened no file chooser"
sleep 1
xdotool type --delay 20 "$tmp/people.vcf"
sleep 0.5
key Return
for _ in $(seq 80); do xwininfo -id "$chooser" 2>/dev/null | grep -q 'IsViewable' || break; sleep 0.25; done
check importPreview
close_dialog
key ctrl+comma
check settings
close_dialog
key ctrl+n
check sessionEntry
close_dialog
echo "dialog check passed"
