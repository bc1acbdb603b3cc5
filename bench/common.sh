# Sourced by the benchmarks.
#
# big_journal makes sure the decade-old journal exists (50,000 contacts, 200,000
# interactions with their search index, ≈ 100 MB; generated once by org.netjournal.bench.BigJournal from the test
# classes) and prints its folder. NETJOURNAL_BIG_JOURNAL names another folder.
big_journal() {
  local data="${NETJOURNAL_BIG_JOURNAL:-target/bench-big-journal}"
  if [ ! -s "$data/netjournal.db" ]; then
    echo "generating the big journal in $data (once; takes a minute)..." >&2
    ./mvnw -q -o test-compile org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
      -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test >&2
    rm -rf "$data"
    java -cp "target/classes:target/test-classes:$(cat target/bench-cp.txt)" org.netjournal.bench.BigJournal "$data" >&2
  fi
  echo "$data"
}

# start_display: a virtual display (Xvfb) unless $DISPLAY is set; its process id in xvfb_pid (kill it at the end).
start_display() {
  xvfb_pid=""
  [ -z "${DISPLAY:-}" ] || return 0
  command -v Xvfb >/dev/null 2>&1 || { echo "no display and no Xvfb (apt-get install xvfb)" >&2; exit 2; }
  local display_file
  display_file="$(mktemp)"
  Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$display_file" 2>/dev/null &
  xvfb_pid=$!
  for _ in $(seq 50); do [ -s "$display_file" ] && break; sleep 0.1; done
  export DISPLAY=":$(cat "$display_file")"
  rm -f "$display_file"
}
