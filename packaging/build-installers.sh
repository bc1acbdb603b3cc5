#!/usr/bin/env bash
# Builds NetJournal's installers: a trimmed runtime (jlink), an app image with an application class-data-sharing
# archive (jpackage + one start of the app), and this system's installer (jpackage: .deb on Linux, .msi on
# Windows, .dmg on macOS). Everything lands in target/installer/.
#
# Normally run by Maven, which first builds the app jar and copies its dependencies:
#     ./mvnw -Pinstaller package            (-DskipTests to skip the tests, -Dinstaller.version=X to override)
# Direct use (after such a Maven run):
#     packaging/build-installers.sh --version 0.1.0 [--types "app-image deb"] [--app-jar target/netjournal-0.1.0.jar]
#
# Needs a full JDK 17 with jmods (Debian/Ubuntu: openjdk-17-jdk-headless, plus openjdk-17-jmods on Ubuntu).
# .deb: dpkg-deb and fakeroot. .msi: WiX 3 on the PATH. .dmg: macOS.
# The CDS archive is made by starting the app once; on Linux without a display that needs xvfb-run.
# NETJOURNAL_REQUIRE_CDS=1 turns "could not make the CDS archive" from a warning into an error (CI sets it).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

readonly APP_NAME=NetJournal
readonly MAIN_MODULE=org.netjournal
readonly MAIN_CLASS=org.netjournal.app.Launcher
readonly DESCRIPTION="A private desktop networking journal for introverts."
readonly VENDOR=NetJournal
readonly OUT=target/installer

version=""
types=native
app_jar=""
jdk="${JAVA_HOME:-}"

die() { echo "build-installers.sh: $*" >&2; exit 1; }
warn() { echo "build-installers.sh: WARNING: $*" >&2; }
step() { echo; echo "==> $* (at ${SECONDS}s)"; }

while [ $# -gt 0 ]; do
  case "$1" in
    --version) version="$2"; shift 2 ;;
    --types) types="$2"; shift 2 ;;
    --app-jar) app_jar="$2"; shift 2 ;;
    --jdk) jdk="$2"; shift 2 ;;
    *) die "unknown option $1" ;;
  esac
done
[ -n "$version" ] || die "--version is required (Maven passes the pom's version)"

case "$(uname -s)" in
  Linux) os=linux; sqlite_os=Linux ;;
  Darwin) os=macos; sqlite_os=Mac ;;
  MINGW* | MSYS* | CYGWIN*) os=windows; sqlite_os=Windows ;;
  *) die "unsupported system $(uname -s)" ;;
esac
case "$(uname -m)" in
  x86_64 | amd64) arch=x86_64 ;;
  aarch64 | arm64) arch=aarch64 ;;
  *) die "unsupported architecture $(uname -m)" ;;
esac
if [ "$os" = windows ]; then
  # Git's bash would rewrite arguments that look like POSIX paths (e.g. "regex:/org...") for Windows programs;
  # every path handed to the JDK tools here is relative, so no rewriting is needed
  export MSYS_NO_PATHCONV=1 MSYS2_ARG_CONV_EXCL="*"
fi
if [ "$types" = native ]; then
  case "$os" in linux) types="app-image deb" ;; windows) types="app-image msi" ;; macos) types="app-image dmg" ;; esac
fi

# --- tools -------------------------------------------------------------------------------------------------
if [ -z "$jdk" ]; then
  jdk="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
fi
if [ "$os" = windows ] && command -v cygpath >/dev/null 2>&1; then
  jdk="$(cygpath -u "$jdk")"
fi
jlink="$jdk/bin/jlink"
jpackage="$jdk/bin/jpackage"
jar_tool="$jdk/bin/jar"
[ -x "$jlink" ] || [ -x "$jlink.exe" ] || die "no jlink in $jdk (need a full JDK 17, not a JRE)"
[ -x "$jpackage" ] || [ -x "$jpackage.exe" ] || die "no jpackage in $jdk"
[ -d "$jdk/jmods" ] || die "no $jdk/jmods: jlink needs the JDK's jmods (Ubuntu/Debian: apt-get install openjdk-17-jmods)"
jdk_feature="$("$jdk/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | tr -d '\r')"
[ "$jdk_feature" = 17 ] || warn "JDK $jdk is Java $jdk_feature; NetJournal's installers are made and tested with JDK 17"

if [ -z "$app_jar" ]; then
  app_jar="$(ls target/netjournal-*.jar 2>/dev/null | grep -v -- '-sources\|-javadoc\|-tests' | head -1 || true)"
fi
[ -f "$app_jar" ] || die "no app jar ($app_jar); build with ./mvnw -Pinstaller package"
[ -d "$OUT/dependencies" ] || die "no $OUT/dependencies; build with ./mvnw -Pinstaller package"

# --- module path: every jar becomes a named module ---------------------------------------------------------
# The whole app, not just the JDK, is linked into the runtime image: no class path and no --module-path at start,
# and the CDS archive covers every class. jlink links named modules only. Most of our dependencies are named
# modules (sqlite-jdbc's descriptor sits in META-INF/versions/9). The few plain jars (ez-vcard and its vinnie)
# cannot go on the class path because our own module requires them, so they get a descriptor here: jdeps writes
# an *open* module-info (every package exported and open, like the automatic module they were), javac compiles it
# against the jar, and it is added to a copy of the jar. Nothing is committed, so a new plain dependency is handled
# the same way. org.openjfx ships an empty "javafx-x-21.jar" next to each platform jar "javafx-x-21-<os>.jar";
# those placeholders are left out.
step "Collecting modules"
rm -rf "$OUT/modules" "$OUT/runtime" "$OUT/image" "$OUT/cds-data" "$OUT/descriptors"
mkdir -p "$OUT/modules"
plain_jars=()
for jar in "$OUT"/dependencies/*.jar; do
  description="$("$jar_tool" --describe-module --file "$jar" --release 17 2>&1 | grep -v '^releases:' | sed '/^$/d' | head -1)"
  case "$description" in
    *automatic*)
      case "$(basename "$jar")" in
        javafx-*) echo "   skip $(basename "$jar") (empty JavaFX placeholder)" ;;
        *) plain_jars+=("$jar") ;;
      esac ;;
    *) cp "$jar" "$OUT/modules/"; echo "   $(echo "$description" | cut -d' ' -f1)" ;;
  esac
done
if [ ${#plain_jars[@]} -gt 0 ]; then
  sources="$OUT/descriptors/src"
  mkdir -p "$sources" "$OUT/descriptors/classes"
  "$jdk/bin/jdeps" --multi-release 17 --module-path "$OUT/modules" --ignore-missing-deps \
    --generate-open-module "$sources" \
    "${plain_jars[@]}" | grep -v "^writing to" || true
  patches=()
  for jar in "${plain_jars[@]}"; do
    name="$("$jar_tool" --describe-module --file "$jar" --release 17 2>&1 | sed -n 's/^\([^@ ]*\)@\{0,1\}[^ ]* automatic$/\1/p')"
    [ -n "$name" ] || die "cannot tell the module name of $jar"
    info="$(find "$sources/$name" -name module-info.java | head -1)"
    [ -n "$info" ] || die "jdeps wrote no module-info for $name"
    [ "$info" = "$sources/$name/module-info.java" ] || mv "$info" "$sources/$name/module-info.java"
    patches+=(--patch-module "$name=$jar")
  done
  "$jdk/bin/javac" --release 17 -nowarn -d "$OUT/descriptors/classes" --module-path "$OUT/modules" \
    --module-source-path "$sources" "${patches[@]}" $(find "$sources" -name module-info.java)
  for jar in "${plain_jars[@]}"; do
    name="$("$jar_tool" --describe-module --file "$jar" --release 17 2>&1 | sed -n 's/^\([^@ ]*\)@\{0,1\}[^ ]* automatic$/\1/p')"
    cp "$jar" "$OUT/modules/"
    "$jar_tool" --update --file "$OUT/modules/$(basename "$jar")" -C "$OUT/descriptors/classes/$name" module-info.class
    echo "   $name (plain jar $(basename "$jar"), descriptor added: $(tr -s ' \n' ' ' <"$sources/$name/module-info.java"))"
  done
fi
cp "$app_jar" "$OUT/modules/" # last: jdeps above must not try to resolve our module before its requirements exist

# --- runtime -----------------------------------------------------------------------------------------------
step "Linking the runtime (jlink)"
# SQLite's native libraries stay out of the runtime's module image: the one for this system is put into the
# runtime's lib/ below, where the app loads it directly (storage/SqliteNativeLibrary) instead of unpacking it on
# every start.
excludes=("regex:/org\.xerial\.sqlitejdbc/org/sqlite/native/.*")
if [ "$os" = linux ]; then
  # JavaFX's native libraries sit at the root of the javafx-graphics jar. Left in the image, JavaFX would copy them
  # into ~/.openjfx/cache on first start and check them on every start; in the runtime's lib/ (where JavaFX's own
  # jmods put them) they are loaded directly. Tested on Linux only; Windows and macOS keep JavaFX's default.
  excludes+=("regex:/javafx\.[a-z]+/[^/]+\.so")
fi
exclude_list="$(IFS=,; echo "${excludes[*]}")"
# No --compress: the installers compress better than jlink's zip, and an uncompressed image starts faster.
# jdk.localedata (en, de only) is there for German dates and numbers.
"$jlink" \
  --module-path "$OUT/modules" \
  --add-modules "$MAIN_MODULE,jdk.localedata" \
  --include-locales en,de \
  --exclude-resources "$exclude_list" \
  --strip-debug \
  --no-header-files \
  --no-man-pages \
  --generate-cds-archive \
  --output "$OUT/runtime"
# The base archive for -XX:-UseCompressedOops (heaps over 32 GB) is of no use to a journal app: 11 MB less.
rm -f "$OUT/runtime/lib/server/classes_nocoops.jsa" "$OUT/runtime/bin/server/classes_nocoops.jsa"
if [ "$os" = linux ]; then
  graphics_jar="$(ls "$OUT"/modules/javafx-graphics-*-linux*.jar | head -1)"
  natives=$("$jar_tool" --list --file "$graphics_jar" | grep -E '^[^/]+\.so$' || true)
  [ -n "$natives" ] || die "no native libraries found in $graphics_jar"
  (cd "$OUT/runtime/lib" && "$jar_tool" --extract --file "$OLDPWD/$graphics_jar" $natives)
fi
sqlite_jar="$(ls "$OUT"/modules/sqlite-jdbc-*.jar | head -1)"
sqlite_native="$("$jar_tool" --list --file "$sqlite_jar" | grep -E "^org/sqlite/native/$sqlite_os/$arch/[^/]+$" || true)"
[ "$(echo "$sqlite_native" | grep -c .)" = 1 ] || die "expected one SQLite native library for $sqlite_os/$arch in $sqlite_jar, found: $sqlite_native"
(cd "$OUT/runtime/lib" && "$jar_tool" --extract --file "$OLDPWD/$sqlite_jar" "$sqlite_native" \
  && mv "$sqlite_native" . && rm -rf org)
echo "   SQLite native library: runtime/lib/$(basename "$sqlite_native")"
echo "   modules: $("$OUT/runtime/bin/java" --list-modules | awk '{print $1}' | cut -d@ -f1 | tr '\n' ' ')"

# --- app image ---------------------------------------------------------------------------------------------
java_options=()
while IFS= read -r line; do
  line="${line%$'\r'}"
  case "$line" in '' | '#'*) continue ;; esac
  java_options+=("$line")
done <packaging/launcher-java-options
jpackage_java_options=()
for option in "${java_options[@]}"; do jpackage_java_options+=(--java-options "$option"); done

app_version="$version"
if [ "$os" = macos ] && [ "${version%%.*}" = 0 ]; then
  # macOS bundles need a first version number > 0 (jpackage refuses 0.x). 0.M.P is shipped as 1.M.P until 1.0.
  app_version="1.${version#0.}"
  warn "macOS bundle version $app_version stands for $version"
fi

step "Building the app image (jpackage)"
mkdir -p "$OUT/image"
"$jpackage" --type app-image \
  --dest "$OUT/image" \
  --name "$APP_NAME" \
  --app-version "$app_version" \
  --vendor "$VENDOR" \
  --description "$DESCRIPTION" \
  --runtime-image "$OUT/runtime" \
  --module "$MAIN_MODULE/$MAIN_CLASS" \
  "${jpackage_java_options[@]}" \
  "@packaging/$os/image.args"

case "$os" in
  linux) image="$OUT/image/$APP_NAME"; app_dir="$image/lib/app"; image_java="$image/lib/runtime/bin/java" ;;
  windows) image="$OUT/image/$APP_NAME"; app_dir="$image/app"; image_java="$image/runtime/bin/java.exe" ;;
  macos) image="$OUT/image/$APP_NAME.app"; app_dir="$image/Contents/app"; image_java="$image/Contents/runtime/Contents/Home/bin/java" ;;
esac
[ -d "$app_dir" ] || die "jpackage made no $app_dir"

if [ "$os" = linux ]; then
  # jpackage's Linux launcher asks the package managers which package it belongs to on every start (rpm -qf,
  # dpkg -S and dpkg -L, twice each: about 0.1-0.2 s before Java even starts). This script starts the same runtime
  # with the same options (the app's options file, $APPDIR expanded the same way) and nothing else.
  launcher_script="$image/bin/$APP_NAME"
  {
    echo '#!/bin/sh'
    echo "# Starts $APP_NAME: its own Java runtime with the options from packaging/launcher-java-options."
    echo 'APPDIR="$(dirname "$(readlink -f "$0")")/../lib/app"'
    printf 'exec "$APPDIR/../runtime/bin/java"'
    printf ' \\\n  %s' "\"-Djpackage.app-version=$app_version\""
    for option in "${java_options[@]}"; do
      printf ' \\\n  "%s"' "$option"
    done
    printf ' \\\n  -m "%s" "$@"\n' "$MAIN_MODULE/$MAIN_CLASS"
  } >"$launcher_script.new"
  chmod 755 "$launcher_script.new"
  mv "$launcher_script.new" "$launcher_script"
fi

# --- application class-data-sharing archive -----------------------------------------------------------------
# Start the app once on the image's own runtime with the launcher's options, the start-up probe and a scratch
# data folder; at exit the JVM writes every class it loaded into $APPDIR/netjournal.jsa (on top of the runtime's
# base archive made by jlink --generate-cds-archive). The launcher maps it with -XX:SharedArchiveFile.
step "Making the class-data-sharing archive (one start of the app)"
cds_failed() {
  if [ "${NETJOURNAL_REQUIRE_CDS:-0}" = 1 ]; then die "$*"; fi
  warn "$* - the app image ships without a CDS archive (starts fine, just slower)"
  rm -f "$app_dir/netjournal.jsa"
}
make_cds_archive() {
  local java="$image_java"
  if [ ! -x "$java" ] && [ ! -x "$java.exe" ]; then
    java="$OUT/runtime/bin/java" # the same runtime before jpackage copied it
  fi
  local dump_options=()
  for option in "${java_options[@]}"; do
    case "$option" in -XX:SharedArchiveFile=*) ;; *) dump_options+=("${option//\$APPDIR/$app_dir}") ;; esac
  done
  local display_prefix=()
  if [ "$os" = linux ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    if command -v xvfb-run >/dev/null 2>&1; then
      display_prefix=(xvfb-run -a -s "-screen 0 1280x800x24")
    else
      cds_failed "no display and no xvfb-run (apt-get install xvfb)"
      return
    fi
  fi
  mkdir -p "$OUT/cds-data"
  local log="$OUT/cds-dump.log" pid watchdog status
  # (the ${a[@]+"${a[@]}"} form keeps empty arrays working under set -u in macOS's bash 3.2)
  ${display_prefix[@]+"${display_prefix[@]}"} "$java" "${dump_options[@]}" \
    "-XX:ArchiveClassesAtExit=$app_dir/netjournal.jsa" -Xlog:cds=error \
    -Dnetjournal.startupProbe=true -m "$MAIN_MODULE/$MAIN_CLASS" --data-dir "$OUT/cds-data" >"$log" 2>&1 &
  pid=$!
  # a watchdog instead of timeout(1), which macOS lacks and Windows has as an unrelated command
  # (it takes its sleep down with it when stopped, so nothing keeps the build's output open)
  (
    sleep 180 &
    sleeper=$!
    trap 'kill "$sleeper" 2>/dev/null; exit 0' TERM
    wait "$sleeper"
    kill "$pid" 2>/dev/null
  ) >/dev/null 2>&1 &
  watchdog=$!
  status=0
  wait "$pid" || status=$?
  kill "$watchdog" 2>/dev/null || true
  wait "$watchdog" 2>/dev/null || true
  if [ "$status" != 0 ]; then
    cat "$log" >&2
    cds_failed "the training start failed (exit status $status)"
    return
  fi
  if ! grep -q NETJOURNAL_STARTUP_MS= "$log"; then
    cat "$log" >&2
    cds_failed "the training start printed no start-up probe line"
    return
  fi
  if [ ! -s "$app_dir/netjournal.jsa" ]; then
    cat "$log" >&2
    cds_failed "no archive was written"
    return
  fi
  # -Xshare:auto skips an archive that does not fit (missing, from another build, not an archive), but JDK 17
  # crashes (SIGBUS) on one that is cut short after a valid header. Make sure the one we ship maps completely.
  if ! "$java" "${dump_options[@]}" "-XX:SharedArchiveFile=$app_dir/netjournal.jsa" -Xshare:on \
      "-XX:ErrorFile=$OUT/hs_err_cds_check_%p.log" -version >"$log" 2>&1; then
    cat "$log" >&2
    cds_failed "the archive does not map (-Xshare:on)"
    return
  fi
  echo "   $app_dir/netjournal.jsa ($(du -k "$app_dir/netjournal.jsa" | cut -f1) KiB, maps with -Xshare:on)"
}
make_cds_archive
rm -rf "$OUT/cds-data"

# --- installers --------------------------------------------------------------------------------------------
add_desktop_files_to_deb() {
  # jpackage's .deb only fills /opt/netjournal. Add our own desktop entry, the hicolor icons and the command
  # `netjournal` on the PATH as files the package owns (dpkg triggers refresh the menu and icon caches; nothing to clean up by hand).
  local deb="$1" work="$OUT/deb-root"
  rm -rf "$work"
  dpkg-deb --raw-extract "$deb" "$work"
  install -D -m 0644 packaging/linux/netjournal.desktop "$work/usr/share/applications/netjournal.desktop"
  for size in 16 24 32 48 64 128 256 512; do
    install -D -m 0644 "src/main/resources/org/netjournal/icons/netjournal-$size.png" \
      "$work/usr/share/icons/hicolor/${size}x${size}/apps/netjournal.png"
  done
  install -D -m 0644 assets/netjournal.svg "$work/usr/share/icons/hicolor/scalable/apps/netjournal.svg"
  mkdir -p "$work/usr/bin"
  ln -s /opt/netjournal/bin/$APP_NAME "$work/usr/bin/netjournal"
  local size_kib
  size_kib="$(du -sk --exclude=DEBIAN "$work" | cut -f1)"
  # packaging/linux/resources/control says "Depends: libc6 PACKAGE_CUSTOM_DEPENDENCIES" to drop jpackage's
  # automatic list (every library ldd finds, named as on the build machine); jpackage joins ours as ", a, b".
  sed -i -e "s/^Installed-Size: .*/Installed-Size: $size_kib/" -e 's/^Depends: libc6 , /Depends: libc6, /' \
    "$work/DEBIAN/control"
  rm -f "$deb"
  dpkg-deb --root-owner-group -Zxz --build "$work" "$deb" >/dev/null
  rm -rf "$work"
}

for type in $types; do
  case "$type" in
    app-image) continue ;;
    deb | msi | dmg) ;;
    *) die "unknown installer type $type" ;;
  esac
  step "Building the .$type (jpackage)"
  if [ "$type" = deb ]; then
    for tool in dpkg-deb fakeroot; do
      command -v "$tool" >/dev/null 2>&1 || die "$tool is missing (apt-get install ${tool/dpkg-deb/dpkg})"
    done
  fi
  rm -f "$OUT"/*."$type"
  # (.deb: jpackage's own package is only unpacked again below, so it is not compressed; the final one is xz)
  DPKG_DEB_COMPRESSOR_TYPE=none "$jpackage" --type "$type" \
    --dest "$OUT" \
    --name "$APP_NAME" \
    --app-version "$app_version" \
    --vendor "$VENDOR" \
    --description "$DESCRIPTION" \
    --license-file LICENSE \
    --app-image "$image" \
    "@packaging/$os/package.args"
  if [ "$type" = deb ]; then
    add_desktop_files_to_deb "$(ls "$OUT"/*.deb | head -1)"
  fi
  if [ "$app_version" != "$version" ]; then # name the file after the real version
    for file in "$OUT"/*"$app_version"*."$type"; do mv "$file" "${file//$app_version/$version}"; done
  fi
done

step "Done"
for file in "$OUT"/*.deb "$OUT"/*.msi "$OUT"/*.dmg; do
  [ -f "$file" ] && echo "   $file  $(du -k "$file" | cut -f1) KiB"
done
echo "   app image: $image ($(du -sk "$image" | cut -f1) KiB)"
