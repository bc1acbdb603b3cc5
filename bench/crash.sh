#!/bin/sh
# Crash safety: 200 SIGKILLs of a writer JVM at random moments; prints kills survived, rows checked and
# the write latency. Then 200 SIGKILLs of the real app (headless) while it types without pauses; prints the
# characters lost per kill, median and worst (see org.netjournal.bench.CrashSafetyBenchmark). The typing kills
# start the whole app each time (about 10 s per kill): TYPING_KILLS=20 gives a quicker figure.
#
#   bench/crash.sh [KILLS [MAX_LIFE_MS [TYPING_KILLS]]]      (defaults: 200 600 200)
#
# Works offline once the dependencies are in the local Maven repository. Not part of `mvn verify`.
set -eu
cd "$(dirname "$0")/.."
MVN=./mvnw
[ -x "$MVN" ] || MVN=mvn
"$MVN" -q -o test-compile org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test
exec java -cp "target/classes:target/test-classes:$(cat target/bench-cp.txt)" \
    org.netjournal.bench.CrashSafetyBenchmark "$@"
