#!/usr/bin/env bash
# Runs clang-tidy-14 (checks in .clang-tidy) over every first-party translation unit of a
# configured build's compile database, in parallel, and exits non-zero on any finding.
#
#   scripts/tidy.sh               uses build/
#   scripts/tidy.sh build-asan    another configured build directory
#   BB_TIDY_TESTS=1 scripts/tidy.sh   also the sources under tests/ (about twice as long)
#
# Sources: lib/, app/, bench/ and fuzz/; never Qt's generated moc/autogen files. The tests
# are left out by default because parsing Qt's headers makes each file cost several seconds,
# and the tests alone would double the run on a two-core machine.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build}"
case "$build" in /*) ;; *) build="$PWD/$build" ;; esac
db="$build/compile_commands.json"
tidy="${CLANG_TIDY:-clang-tidy-14}"

if [ ! -f "$db" ]; then
    echo "tidy: no $db; configure the build first (scripts/setup.sh)" >&2
    exit 2
fi
command -v "$tidy" > /dev/null || { echo "tidy: $tidy not found" >&2; exit 2; }

dirs="lib|app|bench|fuzz"
[ "${BB_TIDY_TESTS:-0}" = 1 ] && dirs="$dirs|tests"

# First-party sources only: under the source tree (not the build tree), in the chosen folders.
mapfile -t files < <(python3 - "$db" "$root" "$dirs" <<'EOF'
import json, re, sys
db, root, dirs = sys.argv[1:]
pattern = re.compile(re.escape(root) + r"/(" + dirs + r")/.*\.cpp$")
seen = set()
for entry in json.load(open(db)):
    path = entry["file"]
    if pattern.match(path) and "_autogen" not in path and path not in seen:
        seen.add(path)
        print(path)
EOF
)
if [ "${#files[@]}" -eq 0 ]; then
    echo "tidy: no first-party sources in $db" >&2
    exit 2
fi

jobs=$(nproc 2>/dev/null || echo 2)
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
echo "==> clang-tidy over ${#files[@]} files, $jobs at a time" >&2

# One log per file, so parallel runs never interleave their output.
export tidy build out
status=0
printf '%s\n' "${files[@]}" | xargs -P "$jobs" -I{} sh -c '
    log="$out/$(printf %s "$1" | tr / _).log"
    "$tidy" -p "$build" --quiet "$1" > "$log" 2>&1 || echo "$1" >> "$out/failed"
' sh {} || status=$?

# Any finding counts, also a plain warning (a compiler diagnostic that only clang gives).
if [ -s "$out/failed" ] || [ "$status" -ne 0 ] ||
    grep -q -E '^/.*: (warning|error): ' "$out"/*.log; then
    # A header's finding shows once per file that includes it: print each finding once.
    cat "$out"/*.log | grep -v -E '^[0-9]+ warnings? (and [0-9]+ errors? )?generated\.$' |
        awk '/^\/.*: (warning|error): /{ keep = !seen[$0]++ } keep' || true
    count=$(cat "$out"/*.log | { grep -E '^/.*: (warning|error): ' || true; } | sort -u | wc -l)
    echo "tidy: $count finding(s) in ${#files[@]} files" >&2
    exit 1
fi
echo "tidy: no findings in ${#files[@]} files" >&2
