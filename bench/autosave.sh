#!/bin/sh
# Autosave latency: the real app (headless, Monocle), typing into a step's notes; prints median and worst time
# from the last keystroke to the note committed in the journal file (see org.netjournal.ui.AutosaveLatencyBenchmark).
#
#   bench/autosave.sh [RUNS]      (default: 50)
#
# Works offline once the dependencies are in the local Maven repository. Not part of `mvn verify`.
set -eu
cd "$(dirname "$0")/.."
MVN=./mvnw
[ -x "$MVN" ] || MVN=mvn
"$MVN" -q -o test-compile org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test
exec java -Dtestfx.robot=glass -Dtestfx.headless=true -Dglass.platform=Monocle -Dmonocle.platform=Headless \
    -Dprism.order=sw -Djava.awt.headless=true \
    -cp "target/classes:target/test-classes:$(cat target/bench-cp.txt)" org.netjournal.ui.AutosaveLatencyBenchmark "$@"
