# Sourced by the benchmarks: big_journal makes sure the decade-old journal exists (50,000 contacts, 200,000
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
