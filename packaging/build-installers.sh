#!/usr/bin/env bash
# Builds NetJournal's installers: a trimmed runtime (jlink), an app image with an AOT cache or class-data-sharing
# archive (jpackage + one training start of the app), and this system's installer (jpackage: .deb on Linux, .msi on
# Windows, .dmg on macOS). Everything lands in target/installer/.
#
# Normally run by Maven, which first builds the app jar and copies its dependencies:
#     ./mvnw -Pinstaller package            (-DskipTests to skip the tests, -Dinstaller.version=X to override)
# Direct use (after such a Maven run):
#     packaging/build-installers.sh --version 0.1.0 [--types "app-image deb"] [--app-jar target/netjournal-0.1.0.jar]
#
# Links a JDK 25 runtime with an AOT cache when it finds a JDK 25 (see "which JDK links the runtime" below), else a
# JDK 17 runtime with an AppCDS archive (that needs the JDK's jmods: openjdk-17-jmods on Ubuntu). --runtime 25|17
# (or NETJOURNAL_RUNTIME) insists on one. .deb: dpkg-deb and fakeroot. .msi: WiX on the PATH. .dmg: macOS.
# The archive is made by one training start of the app; on Linux without a display that needs xvfb-run. When it
# cannot be made the build fails; NETJOURNAL_NO_ARCHIVE=1 builds without it on purpose.
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
runtime="${NETJOURNAL_RUNTIME:-auto}"

die() { echo "build-installers.sh: $*" >&2; exit 1; }
warn() { echo "build-installers.sh: WARNING: $*" >&2; }
step() { echo; echo "==> $* (at ${SECONDS}s)"; }

while [ $# -gt 0 ]; do
  case "$1" in
    --version) version="$2"; shift 2 ;;
    --types) types="$2"; shift 2 ;;
    --app-jar) app_jar="$2"; shift 2 ;;
    --jdk) jdk="$2"; shift 2 ;;
    --runtime) runtime="$2"; shift 2 ;;
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

# --- tools: which JDK links the runtime ---------------------------------------------------------------------
# The app is compiled for Java 17 (--release 17) and runs on any later runtime. The installers ship a JDK 25
# runtime with an AOT cache (JEP 483/514/515: classes loaded and linked, method profiles, made by a training start):
# its first frame comes sooner than JDK 17's with an AppCDS archive. Without a JDK 25 the build says so and links
# the JDK 17 runtime with an AppCDS archive instead. A JDK 25 is looked for in $JAVA_HOME_25 (also the
# JAVA_HOME_25_X64 / _ARM64 / _AARCH64 that actions/setup-java sets), in Maven's toolchains
# (~/.m2/toolchains.xml, a <jdk> toolchain of version 25) and in the usual install folders.
feature_of() { # the Java feature version of the JDK in $1 (17, 25, ...), or nothing
  local java="$1/bin/java"
  [ -x "$java" ] || [ -x "$java.exe" ] || return 0
  "$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | tr -d '\r'
}
unix_path() {
  if [ "$os" = windows ] && command -v cygpath >/dev/null 2>&1; then cygpath -u "$1"; else echo "$1"; fi
}
toolchain_jdks() { # jdkHome of every <toolchain> of type jdk and version 25 in Maven's toolchains.xml
  local file="${MAVEN_TOOLCHAINS:-$HOME/.m2/toolchains.xml}"
  [ -f "$file" ] || return 0
  tr '<' '\n' <"$file" | tr -d '\r' | awk -F'>' '
    $1 == "toolchain" { type = ""; version = ""; home = "" }
    $1 == "type" { type = $2 } $1 == "version" { version = $2 } $1 == "jdkHome" { home = $2 }
    $1 == "/toolchain" { gsub(/^[ \t]+|[ \t]+$/, "", home); if (type == "jdk" && version ~ /^[[ ]*25/) print home }'
}
find_jdk25() {
  local candidate
  {
    printf '%s\n' "${JAVA_HOME_25:-}" "${JAVA_HOME_25_X64:-}" "${JAVA_HOME_25_ARM64:-}" "${JAVA_HOME_25_AARCH64:-}"
    toolchain_jdks
    ls -d /usr/lib/jvm/*-25* /usr/lib/jvm/jdk-25* /Library/Java/JavaVirtualMachines/*-25*/Contents/Home \
      /Library/Java/JavaVirtualMachines/*25*/Contents/Home "/c/Program Files/Eclipse Adoptium/jdk-25"* \
      "/c/Program Files/Java/jdk-25"* 2>/dev/null || true
  } | while IFS= read -r candidate; do
    [ -n "$candidate" ] || continue
    candidate="$(unix_path "$candidate")"
    if [ "$(feature_of "$candidate")" = 25 ] && { [ -x "$candidate/bin/jlink" ] || [ -x "$candidate/bin/jlink.exe" ]; }; then
      echo "$candidate"
      break
    fi
  done
}

if [ -z "$jdk" ]; then
  jdk="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
fi
jdk="$(unix_path "$jdk")"
case "$runtime" in
  auto | 25)
    jdk25="$(find_jdk25)"
    if [ -n "$jdk25" ]; then
      jdk="$jdk25"
    elif [ "$runtime" = 25 ]; then
      die "--runtime 25: no JDK 25 found (set JAVA_HOME_25, add a version-25 JDK to ~/.m2/toolchains.xml or install one in /usr/lib/jvm)"
    else
      warn "no JDK 25 found (JAVA_HOME_25, ~/.m2/toolchains.xml, /usr/lib/jvm): linking a JDK 17 runtime with an AppCDS archive instead, which starts slower. Install a JDK 25 (e.g. Temurin 25) to ship the faster runtime."
    fi ;;
  17) ;;
  *) die "--runtime must be auto, 25 or 17, not $runtime" ;;
esac
jdk_feature="$(feature_of "$jdk")"
case "$jdk_feature" in
  25) archive_kind=aot ;;  # AOT cache, -XX:AOTCache
  17) archive_kind=cds ;;  # AppCDS archive, -XX:SharedArchiveFile
  *) die "the runtime JDK $jdk is Java ${jdk_feature:-?}; NetJournal's installers link a JDK 25 (or, as the fallback, a JDK 17)" ;;
esac
jlink="$jdk/bin/jlink"
jpackage="$jdk/bin/jpackage"
jar_tool="$jdk/bin/jar"
[ -x "$jlink" ] || [ -x "$jlink.exe" ] || die "no jlink in $jdk (need a full JDK, not a JRE)"
[ -x "$jpackage" ] || [ -x "$jpackage.exe" ] || die "no jpackage in $jdk"
if [ "$jdk_feature" = 17 ]; then
  [ -d "$jdk/jmods" ] || die "no $jdk/jmods: JDK 17's jlink needs the JDK's jmods (Ubuntu/Debian: apt-get install openjdk-17-jmods)"
fi
# (JDK 25 builds such as Temurin's have no jmods: their jlink links from the JDK's own run-time image, JEP 493)
echo "build-installers.sh: linking the runtime of Java $jdk_feature from $jdk ($("$jdk/bin/java" -version 2>&1 | sed -n 2p | tr -d '\r'))"

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
rm -rf "$OUT/modules" "$OUT/runtime" "$OUT/image" "$OUT/training-data" "$OUT/descriptors"
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
# JDK 25 also writes one for -XX:+UseCompactObjectHeaders, which the launcher does not use
rm -f "$OUT/runtime/lib/server/classes_coh.jsa" "$OUT/runtime/bin/server/classes_coh.jsa" \
  "$OUT/runtime/lib/server/classes_nocoops_coh.jsa" "$OUT/runtime/bin/server/classes_nocoops_coh.jsa"
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
read_options() { # the options in file $1, one per line, into java_options
  local line
  while IFS= read -r line; do
    line="${line%$'\r'}"
    case "$line" in '' | '#'*) continue ;; esac
    java_options+=("$line")
  done <"$1"
}
java_options=()
read_options packaging/launcher-java-options
read_options "packaging/launcher-java-options-jdk$jdk_feature"
# The archive the training start below makes, and the options that name it. They are added to the launcher only
# once the archive exists and maps: a launcher that names a missing archive would, on JDK 17, also turn off the
# runtime's own default archive (measured: +31 % to the first frame).
if [ "$archive_kind" = aot ]; then
  archive_name=netjournal.aot
  archive_options=("-XX:AOTCache=\$APPDIR/$archive_name")
else
  archive_name=netjournal.jsa
  archive_options=("-XX:SharedArchiveFile=\$APPDIR/$archive_name" -Xshare:auto)
fi

app_version="$version"
if [ "$os" = macos ] && [ "${version%%.*}" = 0 ]; then
  # macOS bundles need a first version number > 0 (jpackage refuses 0.x). 0.M.P is shipped as 1.M.P until 1.0.
  app_version="1.${version#0.}"
  warn "macOS bundle version $app_version stands for $version"
fi

step "Building the app image (jpackage)"
mkdir -p "$OUT/image"
jpackage_java_options=()
for option in "${java_options[@]}"; do jpackage_java_options+=(--java-options "$option"); done
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
[ -x "$image_java" ] || image_java="$OUT/runtime/bin/java" # the same runtime before jpackage copied it
[ -x "$image_java" ] || [ -x "$image_java.exe" ] || die "no java in the app image"
launcher_cfg="$app_dir/$APP_NAME.cfg"
[ -f "$launcher_cfg" ] || die "jpackage made no $launcher_cfg"

# The icon font the launcher names (-Dnetjournal.iconFont): the outlined Material font, copied out of Ikonli's
# module, so JavaFX reads it in place instead of copying it to /tmp at every start (ui/common/IconFonts).
icons_jar="$(ls "$OUT"/modules/ikonli-material2-pack-*.jar | head -1)"
icon_font="$("$jar_tool" --list --file "$icons_jar" | grep -E '/fonts/MaterialIcons-Outlined\.ttf$' || true)"
[ "$(echo "$icon_font" | grep -c .)" = 1 ] || die "expected one MaterialIcons-Outlined.ttf in $icons_jar, found: $icon_font"
mkdir -p "$app_dir/fonts"
(cd "$app_dir/fonts" && "$jar_tool" --extract --file "$OLDPWD/$icons_jar" "$icon_font" \
  && mv "$icon_font" MaterialIcons-Outlined.ttf && rm -rf META-INF)
chmod 0644 "$app_dir/fonts/MaterialIcons-Outlined.ttf"
echo "   icon font: $(basename "$app_dir")/fonts/MaterialIcons-Outlined.ttf"

# --- the archive: AOT cache (JDK 25) or AppCDS archive (JDK 17), made by a training start --------------------
# The app is started once on the image's own runtime with the launcher's options, on a filled journal (a generated
# full export imported with the app's own command line: contacts, interactions, sessions, step notes, so the
# window, the home page and the journal loading are trained, not the first start's welcome), until its first
# frame (start-up probe). At exit the JVM writes what it loaded, linked and profiled into $APPDIR/$archive_name.
# Linux without a display gets a virtual one (xvfb-run); there JavaFX uses, and so trains, its software pipeline.
# The build fails when the archive cannot be made; NETJOURNAL_NO_ARCHIVE=1 builds without one, on purpose.
run_options=()
for option in "${java_options[@]}"; do run_options+=("${option//\$APPDIR/$app_dir}"); done

run_watched() { # runs "$@" with its output in $log, killed after $1 seconds; returns its exit status
  local limit="$1" pid watchdog status=0
  shift
  "$@" >"$log" 2>&1 &
  pid=$!
  # a watchdog instead of timeout(1), which macOS lacks and Windows has as an unrelated command
  # (it takes its sleep down with it when stopped, so nothing keeps the build's output open)
  (
    sleep "$limit" &
    sleeper=$!
    trap 'kill "$sleeper" 2>/dev/null; exit 0' TERM
    wait "$sleeper"
    kill "$pid" 2>/dev/null
  ) >/dev/null 2>&1 &
  watchdog=$!
  wait "$pid" || status=$?
  kill "$watchdog" 2>/dev/null || true
  wait "$watchdog" 2>/dev/null || true
  return "$status"
}
archive_failed() {
  [ -f "$log" ] && cat "$log" >&2
  rm -f "$app_dir/$archive_name"
  die "could not make the $archive_description: $* (set NETJOURNAL_NO_ARCHIVE=1 to build without it; the app then starts slower)"
}
make_archive() {
  local data="$OUT/training-data" display_prefix=() status=0 training_options
  log="$OUT/training.log"
  rm -rf "$data" "$app_dir/$archive_name"
  if [ "$os" = linux ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    command -v xvfb-run >/dev/null 2>&1 || archive_failed "no display and no xvfb-run to start a virtual one (apt-get install xvfb)"
    display_prefix=(xvfb-run -a -s "-screen 0 1280x800x24")
    echo "   no display: training on a virtual one (xvfb-run)"
  fi
  "$jdk/bin/java" packaging/TrainingJournal.java "$OUT/training.json" >"$log" 2>&1 \
    || archive_failed "packaging/TrainingJournal.java failed"
  run_watched 120 "$image_java" "${run_options[@]}" -m "$MAIN_MODULE/$MAIN_CLASS" --data-dir "$data" \
    import "$OUT/training.json" || archive_failed "importing the training journal failed"
  echo "   training journal: $(grep -o '[0-9]* contacts.*' "$log")"
  if [ "$archive_kind" = aot ]; then
    # JEP 514: one training run records and, at its exit, assembles the cache (in a child JVM)
    training_options=("-XX:AOTCacheOutput=$app_dir/$archive_name" -Xlog:aot=warning)
  else
    training_options=("-XX:ArchiveClassesAtExit=$app_dir/$archive_name" -Xlog:cds=error)
  fi
  # prism.order as JavaFX's default: a build machine rarely has a graphics card, where the app itself skips the
  # OpenGL check (app/GpuProbe), but the cache should also know the OpenGL pipeline's classes for machines with one.
  # (the ${a[@]+"${a[@]}"} form keeps empty arrays working under set -u in macOS's bash 3.2)
  run_watched 300 ${display_prefix[@]+"${display_prefix[@]}"} "$image_java" "${run_options[@]}" \
    "${training_options[@]}" -Dprism.order=es2,sw -Dnetjournal.startupProbe=true -m "$MAIN_MODULE/$MAIN_CLASS" --data-dir "$data" \
    || archive_failed "the training start failed (exit status $?)"
  grep -q NETJOURNAL_STARTUP_MS= "$log" || archive_failed "the training start printed no start-up probe line"
  [ -s "$app_dir/$archive_name" ] || archive_failed "no archive was written"
  echo "   training start: $(grep NETJOURNAL_STARTUP_MS= "$log")"
  # Check that the archive maps with the launcher's options, before the launcher names it. JDK 25:
  # -XX:AOTMode=on refuses to start without the cache. JDK 17: -Xshare:auto would skip an archive that does not
  # fit, but crashes (SIGBUS) on one cut short after a valid header, so -Xshare:on proves it maps completely.
  if [ "$archive_kind" = aot ]; then
    run_watched 60 "$image_java" "${run_options[@]}" "-XX:AOTCache=$app_dir/$archive_name" -XX:AOTMode=on \
      -Xlog:aot=info "-XX:ErrorFile=$OUT/hs_err_archive_check_%p.log" -m "$MAIN_MODULE/$MAIN_CLASS" --help \
      || archive_failed "the AOT cache does not map (-XX:AOTMode=on)"
    grep -q 'Opened AOT cache' "$log" || archive_failed "the JVM did not open the AOT cache (-Xlog:aot)"
  else
    run_watched 60 "$image_java" "${run_options[@]}" "-XX:SharedArchiveFile=$app_dir/$archive_name" -Xshare:on \
      "-XX:ErrorFile=$OUT/hs_err_archive_check_%p.log" -version || archive_failed "the archive does not map (-Xshare:on)"
  fi
  echo "   $app_dir/$archive_name ($(du -k "$app_dir/$archive_name" | cut -f1) KiB, maps with the launcher's options)"
  rm -rf "$data" "$OUT/training.json"
}
if [ "$archive_kind" = aot ]; then
  archive_description="AOT cache"
else
  archive_description="AppCDS archive"
fi
if [ "${NETJOURNAL_NO_ARCHIVE:-0}" = 1 ]; then
  warn "NETJOURNAL_NO_ARCHIVE=1: the app image ships without its $archive_description (starts slower)"
  rm -f "$app_dir/$archive_name"
else
  step "Making the $archive_description (one training start of the app on a filled journal)"
  make_archive
  java_options+=("${archive_options[@]}")
  # the jpackage launchers (Windows, macOS) read their JVM options from the .cfg: name the archive there too
  awk -v extra="$(printf 'java-options=%s\n' "${archive_options[@]}")" '
    { lines[NR] = $0; if ($0 ~ /^java-options=/) last = NR }
    END { for (i = 1; i <= NR; i++) { print lines[i]; if (i == last) print extra } }' \
    "$launcher_cfg" >"$launcher_cfg.new"
  mv "$launcher_cfg.new" "$launcher_cfg"
fi

if [ "$os" = linux ]; then
  # jpackage's Linux launcher asks the package managers which package it belongs to on every start (rpm -qf,
  # dpkg -S and dpkg -L, twice each: about 0.1-0.2 s before Java even starts). This script starts the same runtime
  # with the same options (those of the .cfg, $APPDIR expanded the same way) and nothing else.
  launcher_script="$image/bin/$APP_NAME"
  {
    echo '#!/bin/sh'
    echo "# Starts $APP_NAME: its own Java $jdk_feature runtime with the options from packaging/launcher-java-options*."
    echo 'APPDIR="$(dirname "$(readlink -f "$0")")/../lib/app"'
    # GTK loads the system's OpenGL at start to choose window visuals for OpenGL, which NetJournal never asks GTK
    # for. Without a graphics device (a virtual machine without 3D, a remote or virtual display) that is Mesa's
    # software renderer with its LLVM compiler: ≈ 30 MiB for as long as the app runs. app/GpuProbe makes the same
    # check for JavaFX's own pipeline. A GDK_GL of the user's own is kept.
    echo 'gpu=""'
    echo 'for device in /dev/dri/card* /dev/dri/renderD* /dev/nvidia*; do [ -e "$device" ] && gpu=yes; done'
    echo '[ -n "$gpu" ] || [ -n "${GDK_GL+set}" ] || { GDK_GL=disable; export GDK_GL; }'
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
echo "   launcher options (Java $jdk_feature): ${java_options[*]}"

# --- installers --------------------------------------------------------------------------------------------
add_desktop_files_to_deb() {
  # jpackage's .deb only fills /opt/netjournal. Add our own desktop entry, the hicolor icons and the command
  # `netjournal` on the PATH and the AppStream metainfo as files the package owns (dpkg triggers refresh the menu and icon caches; nothing to clean up by hand).
  local deb="$1" work="$OUT/deb-root"
  rm -rf "$work"
  dpkg-deb --raw-extract "$deb" "$work"
  install -D -m 0644 packaging/linux/netjournal.desktop "$work/usr/share/applications/netjournal.desktop"
  # AppStream metainfo: a software centre opened on the .deb shows what NetJournal is (summary, screenshots)
  install -D -m 0644 packaging/linux/org.netjournal.netjournal.metainfo.xml \
    "$work/usr/share/metainfo/org.netjournal.netjournal.metainfo.xml"
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
  resource_args=()
  if [ "$type" = deb ]; then
    # our control file (packaging/linux/resources/control), with the version placeholder of this jpackage:
    # JDK 25's says APPLICATION_VERSION_WITH_RELEASE where JDK 17's says APPLICATION_VERSION-APPLICATION_RELEASE
    rm -rf "$OUT/linux-resources"
    cp -R packaging/linux/resources "$OUT/linux-resources"
    if [ "$jdk_feature" != 17 ]; then
      sed -i 's/APPLICATION_VERSION-APPLICATION_RELEASE/APPLICATION_VERSION_WITH_RELEASE/' "$OUT/linux-resources/control"
    fi
    resource_args=(--resource-dir "$OUT/linux-resources")
  fi
  # (.deb: jpackage's own package is only unpacked again below, so it is not compressed; the final one is xz)
  DPKG_DEB_COMPRESSOR_TYPE=none "$jpackage" --type "$type" \
    --dest "$OUT" \
    --name "$APP_NAME" \
    --app-version "$app_version" \
    --vendor "$VENDOR" \
    --description "$DESCRIPTION" \
    --license-file LICENSE \
    --app-image "$image" \
    ${resource_args[@]+"${resource_args[@]}"} \
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
