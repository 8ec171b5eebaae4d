#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) in build-fuzz/ and runs them,
# seeded with the recorded Blue Button responses of tests/data.
#   scripts/fuzz.sh            60 seconds
#   scripts/fuzz.sh 600        ten minutes
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
bb_install_packages
seconds="${1:-60}"
dir="$BB_ROOT/build-fuzz"
if [ ! -f "$dir/build.ninja" ]; then
    CC=clang CXX=clang++ cmake -S "$BB_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DBBVIEWER_FUZZ=ON -DBUILD_TESTING=OFF >&2
fi
cmake --build "$dir" --target fuzz_fhir_parser >&2
corpus="$dir/corpus"
mkdir -p "$corpus"
find "$BB_ROOT/tests/data" -name '*.json' -size -200k -exec cp -n {} "$corpus/" \; 2>/dev/null || true
export ASAN_OPTIONS="detect_leaks=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
"$dir/fuzz/fuzz_fhir_parser" -max_total_time="$seconds" -max_len=200000 -timeout=10 \
    -rss_limit_mb=4096 -print_final_stats=1 "$corpus"
