#!/usr/bin/env bash
# Upgrade test on Debian/Ubuntu (run as root; it installs and removes the package "netjournal" on this machine):
# installs an older build, writes data with it, installs the newer build over it with apt, starts it and checks
# that the data is still there; then removes the package and checks that the data survives that too.
#
#   packaging/linux/test-upgrade.sh                       builds 0.0.9 and the pom's version first (~5 min)
#   packaging/linux/test-upgrade.sh --old A.deb --new B.deb
#
# The data goes where users have it: the default folder ~/.local/share/netjournal of a scratch user (created and
# deleted by the script), never into /opt/netjournal. Not part of CI (two full package builds); run it when the packaging or the schema changes.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

old_deb=""
new_deb=""
while [ $# -gt 0 ]; do
  case "$1" in
    --old) old_deb="$(readlink -f "$2")"; shift 2 ;;
    --new) new_deb="$(readlink -f "$2")"; shift 2 ;;
    *) echo "test-upgrade.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
[ "$(id -u)" = 0 ] || { echo "test-upgrade.sh: run as root (it installs the package)" >&2; exit 2; }

fail() { echo "upgrade test FAILED: $*" >&2; exit 1; }
step() { echo; echo "==> $*"; }

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

if [ -z "$old_deb" ] || [ -z "$new_deb" ]; then
  step "Building the older package (0.0.9) and the newer one (pom version)"
  ./mvnw -B -q -Pinstaller package -DskipTests -Dinstaller.version=0.0.9
  cp target/installer/netjournal_0.0.9-1_amd64.deb "$tmp/"
  old_deb="$tmp/netjournal_0.0.9-1_amd64.deb"
  ./mvnw -B -q -Pinstaller package -DskipTests
  new_deb="$(ls target/installer/netjournal_*_amd64.deb | head -1)"
  new_deb="$(readlink -f "$new_deb")"
fi
old_version="$(dpkg-deb -f "$old_deb" Version)"
new_version="$(dpkg-deb -f "$new_deb" Version)"
dpkg --compare-versions "$new_version" gt "$old_version" || fail "$new_version is not newer than $old_version"

# A scratch user, as people use it: not root, data in the default folder ~/.local/share/netjournal (Java takes
# the home folder from the user database, not from $HOME, so a real user is the honest test).
user=njupgrade$$
useradd --create-home --home-dir "$tmp/home" --shell /bin/bash "$user"
trap 'userdel "$user" 2>/dev/null || true; rm -rf "$tmp"' EXIT
chmod 755 "$tmp"
data="$tmp/home/.local/share/netjournal"
as_user() { runuser -u "$user" -- env -u XDG_DATA_HOME -u NETJOURNAL_HOME HOME="$tmp/home" "$@"; }

run_window() { # starts the installed app's window on a virtual display with the start-up probe
  as_user env JAVA_TOOL_OPTIONS=-Dnetjournal.startupProbe=true timeout 120 \
    xvfb-run -a -s "-screen 0 1280x800x24" netjournal >"$tmp/window.out" 2>&1 || { cat "$tmp/window.out" >&2; fail "the window did not start"; }
  grep -q '^NETJOURNAL_STARTUP_MS=' "$tmp/window.out" || { cat "$tmp/window.out" >&2; fail "no start-up probe line"; }
}

step "Installing $old_version"
if dpkg -s netjournal >/dev/null 2>&1; then apt-get remove -y -q netjournal >/dev/null; fi
apt-get install -y -q "$old_deb" >/dev/null
[ "$(dpkg-query -W -f '${Version}' netjournal)" = "$old_version" ] || fail "$old_version is not installed"

step "Writing data with $old_version"
cat >"$tmp/contacts.vcf" <<'EOF'
BEGIN:VCARD
VERSION:3.0
FN:Ada Upgradetest
N:Upgradetest;Ada;;;
EMAIL:ada@example.org
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Grace Keepsdata
N:Keepsdata;Grace;;;
END:VCARD
EOF
chmod 644 "$tmp/contacts.vcf"
as_user netjournal import "$tmp/contacts.vcf" || fail "import with $old_version"
run_window
[ -s "$data/netjournal.db" ] || fail "no journal in $data"
as_user netjournal export --format csv >"$tmp/before.csv" || fail "export with $old_version"
grep -q 'Upgradetest' "$tmp/before.csv" && grep -q 'Keepsdata' "$tmp/before.csv" || fail "the contacts were not written"
sha_before="$(sha256sum "$tmp/before.csv" | cut -d' ' -f1)"
if find /opt/netjournal -name '*.db' | grep -q .; then fail "a journal was written into /opt/netjournal"; fi
echo "   $(grep -c . "$tmp/before.csv") lines exported from $data/netjournal.db"

step "Upgrading to $new_version with apt"
apt-get install -y -q "$new_deb" >/dev/null
[ "$(dpkg-query -W -f '${Version}' netjournal)" = "$new_version" ] || fail "$new_version is not installed"

step "Starting $new_version and reading the data"
run_window
as_user netjournal export --format csv >"$tmp/after.csv" || fail "export with $new_version"
[ "$(sha256sum "$tmp/after.csv" | cut -d' ' -f1)" = "$sha_before" ] || { diff "$tmp/before.csv" "$tmp/after.csv" >&2; fail "the data changed"; }
echo "   the same contacts after the upgrade ($(grep -o '^NETJOURNAL_STARTUP_MS=.*' "$tmp/window.out"))"

step "Removing the package (apt-get remove) keeps the data"
apt-get remove -y -q netjournal >/dev/null
[ -s "$data/netjournal.db" ] || fail "removing the package removed the journal"
[ ! -e /opt/netjournal/bin/NetJournal ] || fail "the launcher is still there after remove"
echo "   $data/netjournal.db is still there"
echo
echo "upgrade test passed: $old_version -> $new_version kept the data"
