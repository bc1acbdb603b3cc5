#!/bin/sh
# Importing a 10,000-row LinkedIn Connections.csv (preview and import), as ratios against Commons CSV merely
# reading the same file in the same run.   bench/linkedin-import.sh [ROWS [ROUNDS]]   (defaults: 10000 7)
# Works offline once the dependencies are in the local Maven repository. Not part of `mvn verify`.
set -eu
cd "$(dirname "$0")/.."
MVN=./mvnw
[ -x "$MVN" ] || MVN=mvn
"$MVN" -q -o test-compile org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test
exec java -Xmx1g -cp "target/classes:target/test-classes:$(cat target/bench-cp.txt)" \
    org.netjournal.bench.LinkedInImportBenchmark "$@"
