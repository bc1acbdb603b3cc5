#!/bin/sh
# Large full-JSON restore: writes a full export of CONTACTS contacts (default 75,000: about 250 MB), then
# restores it with the real command (`netjournal --data-dir NEW import FILE`) in a JVM with HEAP (default
# -Xmx512m, as issue 13 asks); prints the wall time, the peak Java heap seen by the GC log and the process's
# peak resident memory.
#
#   bench/restore.sh [CONTACTS [HEAP]]
#
# Works offline once the dependencies are in the local Maven repository. Not part of `mvn verify`.
set -eu
cd "$(dirname "$0")/.."
CONTACTS=${1:-75000}
HEAP=${2:--Xmx512m}
MVN=./mvnw
[ -x "$MVN" ] || MVN=mvn
"$MVN" -q -o test-compile org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test
CP="target/classes:target/test-classes:$(cat target/bench-cp.txt)"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
java -Xmx4g -cp "$CP" org.netjournal.bench.BigExport "$WORK/export.json" "$CONTACTS"
START=$(date +%s.%N)
/usr/bin/time -f "peak resident memory: %M KB" java "$HEAP" -Xlog:gc:file="$WORK/gc.log" -Djava.awt.headless=true \
    -cp "$CP" org.netjournal.app.Launcher --data-dir "$WORK/restored" import "$WORK/export.json"
END=$(date +%s.%N)
echo "restore: $(echo "$END - $START" | bc) s with $HEAP"
# the heap in use before each collection ("12M->3M(32M)"): its maximum is the peak the GC saw
grep -o '[0-9]*M->' "$WORK/gc.log" | sed 's/M->//' | sort -n | tail -1 | sed 's/^/peak heap before a GC: /; s/$/ MB/'
ls -l "$WORK/restored/netjournal.db" | awk '{printf "restored journal: %d MB\n", $5 / 1000000}'
