#!/bin/sh
# Contacts at scale: 50,000 contacts and 200,000 interactions in a temporary journal; prints the import rate
# and load / sort / filter timings as ratios against a plain JDBC "SELECT * FROM contact" in the same run, then
# full-text searches (median and p95) against a LIKE scan, and the import once more without the search index.
#
#   bench/contacts.sh [CONTACTS [INTERACTIONS [ROUNDS]]]      (defaults: 50000 200000 15)
#
# Works offline once the dependencies are in the local Maven repository. Not part of `mvn verify`.
set -eu
cd "$(dirname "$0")/.."
MVN=./mvnw
[ -x "$MVN" ] || MVN=mvn
"$MVN" -q -o test-compile org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test
exec java -Xmx1g -cp "target/classes:target/test-classes:$(cat target/bench-cp.txt)" \
    org.netjournal.bench.ContactsScaleBenchmark "$@"
