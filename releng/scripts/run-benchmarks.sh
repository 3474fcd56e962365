#!/bin/sh
# Copyright (c) 2026 Maillage contributors.
# SPDX-License-Identifier: EPL-2.0
#
# Runs the load/save and report benchmarks of releng/org.maillage.benchmarks (JMH) and the retained-heap measure,
# and writes their results to releng/org.maillage.benchmarks/results/. Not part of ./run-tests: it takes several
# minutes and measures this machine, it checks nothing. See docs/performance.md.
#
# Extra arguments go to JMH, e.g. a benchmark filter and sizes: run-benchmarks.sh LoadBenchmark -p elements=5000
# (the heap measure then still runs on every size).
set -eu
cd "$(dirname "$0")/../.."
. releng/scripts/common.sh
maillage_select_jdk
maillage_say "JDK: $JAVA_HOME"

# The report benchmarks start the built product in their JVM (BIRT needs OSGi): build it when it is missing.
if [ ! -d "$MAILLAGE_PRODUCT_DIR/plugins" ]; then
    maillage_say "building the product for the report benchmarks..."
    ./mvnw -B -q -DskipTests package -pl releng/org.maillage.product -am
fi

module=releng/org.maillage.benchmarks
results=$module/results
./mvnw -B -q -f "$module/pom.xml" package
mkdir -p "$results"

# One fork, 2 s iterations: the whole run takes about six minutes on two shared cores; errors are wide.
"$JAVA_HOME/bin/java" -jar "$module/target/maillage-benchmarks.jar" \
    -f 1 -wi 3 -i 5 -w 2s -r 2s -e ReportBenchmark \
    -rf json -rff "$results/jmh-result.json" -o "$results/jmh-output.txt" "$@"
tail -n 20 "$results/jmh-output.txt"

# The report benchmarks keep their own forks and iterations (annotations): a first report is only first in a fresh
# JVM, so it is a single shot in each of five forks. About 5 minutes.
"$JAVA_HOME/bin/java" -jar "$module/target/maillage-benchmarks.jar" ReportBenchmark \
    -rf json -rff "$results/report-jmh-result.json" -o "$results/report-jmh-output.txt"
tail -n 10 "$results/report-jmh-output.txt"

"$JAVA_HOME/bin/java" -Xms3g -Xmx3g -cp "$module/target/maillage-benchmarks.jar" \
    org.maillage.benchmarks.RetainedHeap "$results/retained-heap.md"

{
    echo "Command: releng/scripts/run-benchmarks.sh $*"
    echo "Date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "Commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD 2>/dev/null \
        || echo ' + local changes')"
    echo "Java: $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 2 | tail -n 1)"
    echo "CPU: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
    echo "Memory: $(free -g | awk '/^Mem:/ { print $2 " GiB" }')"
} > "$results/machine.txt"
maillage_say "results in $results/"
