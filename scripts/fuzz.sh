#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) in build-fuzz/ and runs each in turn,
# each seeded with its own corpus (the FHIR reader with the recorded Blue Button responses of
# tests/data). The time given is the budget of the whole run, split evenly between targets.
#   scripts/fuzz.sh                  60 seconds for all targets
#   scripts/fuzz.sh 600              ten minutes for all targets
#   scripts/fuzz.sh 600 fuzz_csv_writer   ten minutes for one target
# Exits non-zero as soon as a target finds a crash, leak or undefined behaviour.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
bb_install_packages
seconds="${1:-60}"
shift || true
targets=("$@")
if [ "${#targets[@]}" -eq 0 ]; then
    targets=(fuzz_fhir_parser fuzz_csv_writer fuzz_token_response fuzz_sandbox_search)
fi
dir="$BB_ROOT/build-fuzz"
if [ ! -f "$dir/build.ninja" ]; then
    CC=clang CXX=clang++ cmake -S "$BB_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DBBVIEWER_FUZZ=ON -DBUILD_TESTING=OFF >&2
fi
cmake --build "$dir" --target "${targets[@]}" >&2
share=$((seconds / ${#targets[@]}))
[ "$share" -ge 1 ] || share=1
export ASAN_OPTIONS="detect_leaks=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
for target in "${targets[@]}"; do
    corpus="$dir/corpus/$target"
    mkdir -p "$corpus"
    seeds=()
    case "$target" in
    fuzz_fhir_parser)
        find "$BB_ROOT/tests/data" -name '*.json' -size -200k -exec cp -n {} "$corpus/" \; \
            2>/dev/null || true
        ;;
    *)
        seeds=("$BB_ROOT/fuzz/seeds/$target")
        ;;
    esac
    # A dictionary of the input's own words, where a target has one.
    dict=()
    [ -f "$BB_ROOT/fuzz/seeds/$target.dict" ] && dict=(-dict="$BB_ROOT/fuzz/seeds/$target.dict")
    echo "==> $target for $share s" >&2
    "$dir/fuzz/$target" -max_total_time="$share" -max_len=200000 -timeout=10 \
        -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix="$dir/$target-" \
        "${dict[@]}" "$corpus" "${seeds[@]}"
done
