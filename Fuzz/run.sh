#!/usr/bin/env bash
# Builds the libFuzzer targets and runs each for a set time (default 60 s) on its seed corpus.
# Usage: Fuzz/run.sh [SECONDS] [parser|numbers|importers]
# Crashes land in Fuzz/crashes/; add each as a seed (and a test) once it is fixed.
# lld links the instrumented binaries (gold trips over the fuzzer runtime).
set -euo pipefail
# Let libFuzzer, not the Swift backtracer, catch a crash so the input is saved.
export SWIFT_BACKTRACE=enable=no
cd "$(dirname "$0")"
seconds=${1:-60}
only=${2:-}
swift build -c release --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer -Xswiftc -use-ld=lld
bin=$(swift build -c release --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer -Xswiftc -use-ld=lld --show-bin-path)
mkdir -p crashes work/parser work/numbers work/importers
for target in parser numbers importers; do
  [ -n "$only" ] && [ "$only" != "$target" ] && continue
  echo "== fuzz-$target for ${seconds}s"
  "$bin/fuzz-$target" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix=crashes/"$target"- work/"$target" corpus/"$target"
done
