#!/usr/bin/env bash
# A screenshot tour of the PACKAGED app as a person sees it: a virtual display with a real window manager
# (openbox), every area and every dialog at 960×600 (the smallest window), 1440×900 and 2560×1440, in English with
# the light theme and in German with the dark one, on a small sample journal. Driven by keys only (xdotool), the
# way a keyboard user works. Look at the pictures: nothing may be cut off.
#
#   ./mvnw -q -o -B -Pinstaller package -DskipTests      # the app image the tour starts
#   bench/ui-tour.sh [OUT_DIR]                             # default: target/ui-tour
#   TOUR_SIZES=960x600 TOUR_VARIANTS=de-dark bench/ui-tour.sh   # one size, one variant
#
# Needs Xvfb, openbox, xdotool, ImageMagick (import), sqlite3 and a de_DE.UTF-8 locale; installs what is missing
# with apt-get when run as root. Not part of `mvn verify`.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath -m "${1:-target/ui-tour}")
image=target/installer/image/NetJournal/bin/NetJournal
[ -x "$image" ] || { echo "no app image at $image: build it with ./mvnw -q -o -B -Pinstaller package -DskipTests" >&2; exit 1; }
need=()
for tool in Xvfb:xvfb openbox:openbox xdotool:xdotool import:imagemagick sqlite3:sqlite3 xwininfo:x11-utils; do
  command -v "${tool%%:*}" >/dev/null || need+=("${tool#*:}")
done
if ((${#need[@]})); then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null; fi
locale -a 2>/dev/null | grep -qi '^de_DE.utf-\?8$' || localedef -i de_DE -f UTF-8 de_DE.UTF-8
mkdir -p "$out"
work=$(mktemp -d)
xvfb="" wm="" app=""
stop_display() {
  [ -n "$app" ] && { kill "$app" 2>/dev/null; wait "$app" 2>/dev/null || true; }
  [ -n "$wm" ] && kill "$wm" 2>/dev/null
  [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null
  app="" wm="" xvfb=""
}
trap 'stop_display; rm -rf "$work"' EXIT

# --- a small sample journal: contacts from a vCard (through the app's own command line), sessions, settings ---
cat >"$work/sample.vcf" <<'EOF'
BEGIN:VCARD
VERSION:3.0
FN:Ada Lovelace
N:Lovelace;Ada;;;
ORG:Analytical Engines Ltd
TITLE:Principal Mathematician
EMAIL:ada@example.org
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Jürgen Großmann-Überländer
N:Großmann-Überländer;Jürgen;;;
ORG:Versicherungsgesellschaft Norddeutschland
TITLE:Leiter Kundenkommunikation
URL:https://www.linkedin.com/in/juergen-example
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Grace Hopper
N:Hopper;Grace;;;
ORG:Navy Computing
EMAIL:grace@example.org
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Thomas Müller
N:Müller;Thomas;;;
ORG:Stadtwerke Musterstadt
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Marie Weiß
N:Weiß;Marie;;;
TITLE:UX Researcher
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Katherine Johnson
N:Johnson;Katherine;;;
ORG:NASA Langley
TITLE:Research Mathematician
END:VCARD
EOF
seed() { # DIR LANGUAGE THEME
  "$image" --data-dir "$1" import "$work/sample.vcf" >/dev/null
  local today; today=$(date +%F)
  sqlite3 "$1/netjournal.db" <<SQL
INSERT OR REPLACE INTO setting (key, value) VALUES ('language', '$2'), ('theme', '$3'), ('firstStart.welcome', 'skipped');
INSERT INTO session (start, duration_minutes, energy_before, energy_after, how_it_felt, notes)
  VALUES ('${today}T09:30', 25, 2, 4, 'Easier than I thought', 'Commented on two posts about accessibility.');
INSERT INTO session_network (session_id, network) VALUES (last_insert_rowid(), 'linkedin');
INSERT INTO session (start, duration_minutes, energy_before, energy_after, how_it_felt, notes)
  VALUES (date('now', '-3 days') || 'T18:00', 15, 3, 3, '', 'Wrote a short post.');
UPDATE step SET notes = 'I want to meet people who build accessible software.' WHERE number = 1;
SQL
  # steps 2 to 6 as tools: chosen networks with a why, a profile checklist, the goal, people on the list, an
  # account worth following, planned and posted posts (written in the tour's language, as a user would)
  local why goal idea posted account
  if [ "$2" = de ]; then
    why='Kolleginnen und Leute aus der Barrierefreiheit'; goal='Eine Stelle in einem Team, das barrierefreie Software baut'
    idea='Was ich bei meinem ersten Meetup gelernt habe'; posted='Drei Tipps für barrierefreie Formulare'
    account='Ruhige Beiträge über gutes Design'
  else
    why='Colleagues and people who work on accessibility'; goal='A job in a team that builds accessible software'
    idea='What I learned at my first meetup'; posted='Three tips for accessible forms'
    account='Calm posts about good design'
  fi
  sqlite3 "$1/netjournal.db" <<SQL
INSERT INTO my_network (network, why, profile_link, reviewed_on, position)
  VALUES ('linkedin', '$why', 'linkedin.com/in/sample', date('now', '-20 days'), 1), ('mastodon', '', '', NULL, 2);
INSERT INTO my_network_check (my_network_id, item)
  SELECT id, item FROM my_network, (SELECT 'account' AS item UNION ALL SELECT 'photo' UNION ALL SELECT 'headline'
                                    UNION ALL SELECT 'two-factor') WHERE network = 'linkedin';
INSERT INTO strategy_goal (id, text, by_when) VALUES (1, '$goal', date('now', '+9 months'));
INSERT OR IGNORE INTO target_contact (contact_id, focus_group) SELECT id, 'colleagues' FROM contact ORDER BY id LIMIT 2;
INSERT INTO interesting_account (name, network, link, why, position) VALUES ('#a11y', 'linkedin', '', '$account', 1);
INSERT INTO post (status, text, date, link, relates_to_goal) VALUES ('idea', '$idea', NULL, '', 1),
  ('posted', '$posted', date('now', '-3 days'), 'linkedin.com/posts/sample', 1);
INSERT INTO post_network (post_id, network) SELECT id, 'linkedin' FROM post;
SQL
  # the coach: the two people on the list last heard of a few weeks ago (due this week, one a rung up), and today
  # the last day of the week, so that home offers the weekly review
  local last_day; last_day=$(LC_ALL=C date -d tomorrow +%A | tr '[:upper:]' '[:lower:]')
  sqlite3 "$1/netjournal.db" <<SQL
INSERT INTO interaction (contact_id, date, kind, network)
  SELECT contact_id, date('now', '-20 days'), 'liked', 'linkedin' FROM target_contact ORDER BY contact_id LIMIT 1;
INSERT INTO interaction (contact_id, date, kind, network)
  SELECT contact_id, date('now', '-16 days'), 'viewed-profile', 'linkedin' FROM target_contact
  ORDER BY contact_id DESC LIMIT 1;
UPDATE contact SET stage = 'like' WHERE id = (SELECT min(contact_id) FROM target_contact);
INSERT OR REPLACE INTO setting (key, value) VALUES ('week.start', '$last_day');
SQL
}

start_display() { # WIDTH HEIGHT: a screen a bit taller than the window, for openbox's title bar
  local d
  for d in $(seq 70 99); do
    if [[ ! -e /tmp/.X11-unix/X$d && ! -e /tmp/.X$d-lock ]]; then
      Xvfb ":$d" -screen 0 "$1x$(($2 + 40))x24" -nolisten tcp >/dev/null 2>&1 & xvfb=$!
      export DISPLAY=":$d"; sleep 1
      openbox >/dev/null 2>&1 & wm=$!; sleep 1
      return 0
    fi
  done
  echo "no free display" >&2; return 1
}

main_window() { { xdotool search --onlyvisible --name '^NetJournal$' 2>/dev/null || true; } | head -1; }

start_app() { # DATA LANG
  LANG=$2 LC_ALL=$2 "$image" --data-dir "$1" >"$1/app.out" 2>&1 & app=$!
  local i win=""
  for i in $(seq 1 120); do
    win=$(main_window); [ -n "$win" ] && break; sleep 0.5
  done
  [ -n "$win" ] || { echo "no NetJournal window (see $1/app.out)" >&2; return 1; }
  sleep 2
}

# TOUR_PAUSE: seconds after each key (default 0.8); more on a busy machine, where the app answers late
key() { xdotool key "$@"; sleep "${TOUR_PAUSE:-0.8}"; }
# Alt+letter held the way a person does: JavaFX opens the menu on the letter while Alt is down
alt() { xdotool keydown alt; sleep 0.3; xdotool key "$1"; sleep 0.3; xdotool keyup alt; sleep "${TOUR_PAUSE:-0.8}"; }
# the screen, cut to the app's windows (with their frames): the main window and any dialog over it
shot() {
  local ids id box="" x0=99999 y0=99999 x1=0 y1=0 x y w h
  ids=$({ xdotool search --onlyvisible --class NetJournal 2>/dev/null || true; } | sort -u)
  for id in $ids; do
    read -r x y w h < <(xwininfo -frame -id "$id" 2>/dev/null | awk '/Absolute upper-left X/ { x = $NF }
      /Absolute upper-left Y/ { y = $NF } /^ *Width:/ { w = $NF } /^ *Height:/ { h = $NF } END { print x, y, w, h }')
    [ "${w:-0}" -gt 40 ] || continue
    ((x < x0)) && x0=$x; ((y < y0)) && y0=$y; ((x + w > x1)) && x1=$((x + w)); ((y + h > y1)) && y1=$((y + h))
  done
  ((x0 < 0)) && x0=0; ((y0 < 0)) && y0=0
  import -window root "$out/.screen.png" 2>/dev/null
  if ((x1 > x0)); then box="-crop $((x1 - x0))x$((y1 - y0))+$x0+$y0 +repage"; fi
  convert "$out/.screen.png" $box "$out/$1.png"
  echo "  $1.png"
}

tour() { # VARIANT LANG LANGUAGE THEME WIDTH HEIGHT
  local variant=$1 lang=$2 size="$5x$6" data="$work/$1-$5" search=muller
  [ "$3" = de ] && search=weiss
  echo "$variant $size"
  seed "$data" "$3" "$4"
  start_display "$5" "$6"
  start_app "$data" "$lang"
  local win; win=$(main_window)
  xdotool windowsize "$win" "$5" "$6"; xdotool windowmove "$win" 0 0; sleep 1.5
  xdotool windowactivate --sync "$win" 2>/dev/null || true; xdotool windowfocus --sync "$win" 2>/dev/null || true
  sleep 1
  local n
  for n in 1 2 3 4 5 6 7; do key "ctrl+$n"; shot "$variant-$size-step$n"; done
  # Go menu (Alt+G): the seven steps, then the areas in the navigator's order
  local areas=(home journal contacts due goals drafts) i
  for i in "${!areas[@]}"; do
    alt g
    for _ in $(seq 0 $((7 + i))); do xdotool key Down; sleep 0.15; done # a burst of keys outruns the menu
    sleep "${TOUR_PAUSE:-0.8}"; key Return; sleep 0.5
    shot "$variant-$size-${areas[$i]}"
  done
  # the coach: home with its cards, then the weekly review (File menu, second item), closed with Esc
  alt g
  for _ in $(seq 0 7); do xdotool key Down; sleep 0.15; done
  sleep "${TOUR_PAUSE:-0.8}"; key Return; sleep 0.5
  shot "$variant-$size-coach-home"
  local file_menu=f; [ "$3" = de ] && file_menu=d # _File, _Datei
  alt "$file_menu"; key Down; key Down; key Return; sleep 2; shot "$variant-$size-dialog-review"; key Escape
  key F1; shot "$variant-$size-help"
  key ctrl+b; shot "$variant-$size-sidebar-hidden"; key ctrl+b
  # the dialogs, each opened by keyboard and closed with Esc
  key ctrl+1
  key ctrl+comma; sleep 1; shot "$variant-$size-dialog-settings"; key Escape
  key ctrl+f; xdotool type --delay 60 "$search"; sleep 1.5; shot "$variant-$size-dialog-search"; key Escape
  # a contact opened from search: its form beside the list, or instead of it in a narrow window
  key ctrl+f; xdotool type --delay 60 "$search"; sleep 1.5; key Return; sleep 1.5; shot "$variant-$size-contact-open"
  key ctrl+1
  key ctrl+n; sleep 1; shot "$variant-$size-dialog-session"; key Escape
  alt h; key Down; key Down; key Return; sleep 1.5; shot "$variant-$size-dialog-about"; key Escape
  # the chooser's location field first: a typed / would open it and eat the next keys
  key ctrl+i; sleep 1.5; key ctrl+l; xdotool type --delay 30 "$work/sample.vcf"; sleep 0.5; key Return; sleep 2
  shot "$variant-$size-dialog-import"; key Escape
  stop_display
  if [ "$size" = 1440x900 ]; then # the pictures the README shows
    mkdir -p "$out/readme"
    local theme=${variant#*-} code=${variant%-*} pair
    for pair in home:home contacts:contacts journal:journal dialog-search:search dialog-settings:settings \
        step1:steps-1 step3:steps-3 coach-home:coach-home dialog-review:review; do
      cp "$out/$variant-$size-${pair%%:*}.png" "$out/readme/${pair#*:}-$code-$theme.png"
    done
  fi
}

welcome() { # VARIANT LANG WIDTH HEIGHT: the first start on an empty journal
  local data="$work/$1-welcome-$3"
  mkdir -p "$data"
  start_display "$3" "$4"
  start_app "$data" "$2"
  local win; win=$(main_window)
  xdotool windowsize "$win" "$3" "$4"; xdotool windowmove "$win" 0 0; sleep 2
  shot "$1-$3x$4-dialog-welcome"
  stop_display
}

# TOUR_SIZES / TOUR_VARIANTS narrow a run down, e.g. TOUR_SIZES="960x600" TOUR_VARIANTS="de-dark"
for size in ${TOUR_SIZES:-960x600 1440x900 2560x1440}; do
  set -- ${size%x*} ${size#*x}
  for variant in ${TOUR_VARIANTS:-en-light de-dark welcome}; do
    case $variant in
      en-light) tour en-light en_US.UTF-8 en light "$1" "$2" ;;
      de-dark) tour de-dark de_DE.UTF-8 de dark "$1" "$2" ;;
      welcome) welcome en-light en_US.UTF-8 "$1" "$2" ;;
    esac
  done
done
echo "screenshots in $out"
