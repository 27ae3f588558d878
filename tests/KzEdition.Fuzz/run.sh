#!/usr/bin/env bash
# Fuzzes entry points of the build with libFuzzer for a bounded time (SharpFuzz instruments the
# .NET code; driver/libfuzzer-sharpfuzz.c is the libFuzzer side).
#
#   tests/KzEdition.Fuzz/run.sh TARGET[,TARGET…] SECONDS [libFuzzer flags…]
#
# TARGET: source | cleaner | witnesses | frontmatter | markdown (Targets/FuzzTargets.cs); several,
# comma-separated, run one after the other, SECONDS each, from one publish.
# Needs clang (clang-14 or newer) with libFuzzer's runtime (Debian: libclang-rt-14-dev) and the
# local dotnet tool SharpFuzz.CommandLine (.config/dotnet-tools.json; `dotnet tool restore`).
# Work goes to tests/KzEdition.Fuzz/work/ (ignored by git; KZEDITION_FUZZ_WORK moves it): the
# published, instrumented harness, the driver, the seeds, the corpus libFuzzer grows (kept between
# runs) and crashes/<TARGET>/. Exit 0 when nothing crashed; 1 on a crash, naming the input and the
# command that replays it; 2 on bad usage or a missing tool.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
all="source, cleaner, witnesses, frontmatter, markdown"

if [ $# -lt 2 ] || ! [[ "$2" =~ ^[0-9]+$ ]]; then
  echo "usage: $0 TARGET[,TARGET…] SECONDS [libFuzzer flags…]   (TARGET: $all)" >&2
  exit 2
fi
IFS=, read -ra targets <<<"$1"
seconds="$2"; shift 2
for target in "${targets[@]}"; do
  case "$target" in
    source|cleaner|witnesses|frontmatter|markdown) ;;
    *) echo "unknown target '$target' ($all)" >&2; exit 2 ;;
  esac
done

clang="${CLANG:-$(command -v clang-14 || command -v clang || true)}"
if [ -z "$clang" ]; then
  echo "clang is not installed (Debian: apt-get install clang-14 libclang-rt-14-dev)" >&2
  exit 2
fi

work="${KZEDITION_FUZZ_WORK:-$here/work}"
publish="$work/publish"
driver="$work/libfuzzer-sharpfuzz"
mkdir -p "$work"

# The driver, built again when its source changed.
if [ ! -x "$driver" ] || [ "$here/driver/libfuzzer-sharpfuzz.c" -nt "$driver" ]; then
  if ! "$clang" -Werror -Wall -O2 -fsanitize=fuzzer "$here/driver/libfuzzer-sharpfuzz.c" -o "$driver"; then
    echo "could not build the libFuzzer driver: is libFuzzer's runtime installed (Debian: libclang-rt-14-dev)?" >&2
    exit 2
  fi
fi

# A fresh publish each run, then instrumented: SharpFuzz refuses an assembly instrumented twice.
# Seeds from the real input are remade each run, before instrumenting: instrumented code runs
# only under the driver. Only the edition's code and Markdig are instrumented (coverage where the
# bugs would be); YAML, Scriban and the runtime run as they are.
rm -rf "$publish"
dotnet publish "$here/KzEdition.Fuzz.csproj" -c Release -o "$publish" --nologo -v quiet -p:UseAppHost=true >/dev/null
for target in "${targets[@]}"; do
  rm -rf "$work/seeds/$target"
  "$publish/KzEdition.Fuzz" --seeds "$target" "$repo/input" "$work/seeds/$target" >/dev/null
done
(cd "$repo" && dotnet tool restore >/dev/null)
for assembly in KzEdition.dll Markdig.dll; do
  (cd "$repo" && dotnet sharpfuzz "$publish/$assembly") >/dev/null
done

# A heap bound for the .NET program: memory that grows past it (issue 19's quadratic witness
# alignment took 22 GB) ends in OutOfMemoryException, a crash, not a machine out of memory.
export DOTNET_GCHeapHardLimit=0x40000000

crashed=0
for target in "${targets[@]}"; do
  case "$target" in
    source|cleaner) dict="$here/dictionaries/source.dict"; max_len=65536 ;;
    witnesses) dict="$here/dictionaries/source.dict"; max_len=131072 ;;
    *) dict="$here/dictionaries/markdown.dict"; max_len=32768 ;;
  esac
  mkdir -p "$work/crashes/$target" "$work/corpus/$target"
  # The kept regression inputs join the seeds.
  regressions="$repo/tests/fuzz-corpus/$target"
  [ -d "$regressions" ] || regressions=""

  log="$work/$target.log"
  echo "fuzzing $target for ${seconds}s (log: $log)"
  status=0
  "$driver" --target_path="$publish/KzEdition.Fuzz" --target_arg="$target" \
    -max_total_time="$seconds" -max_len="$max_len" -timeout=20 -dict="$dict" \
    -artifact_prefix="$work/crashes/$target/" -print_final_stats=1 "$@" \
    "$work/corpus/$target" "$work/seeds/$target" ${regressions:+"$regressions"} >"$log" 2>&1 || status=$?

  # libFuzzer's closing figures: executions, their rate, features (the .NET code's edges) and corpus.
  { grep -E '^#[0-9]+' "$log" | tail -1; grep -E '^stat::(number_of_executed_units|average_exec_per_sec|new_units_added)' "$log"; } || true
  if [ "$status" -ne 0 ]; then
    crashed=1
    crash="$(grep -oE "Test unit written to [^ ]+" "$log" | tail -1 | sed 's/Test unit written to //' || true)"
    grep -B2 -A25 -E "Unhandled|Exception|ended during" "$log" | head -40 >&2 || tail -30 "$log" >&2
    echo "CRASH in target $target: ${crash:-see $log}" >&2
    echo "replay (uninstrumented): dotnet run -c Release --project tests/KzEdition.Fuzz -- $target ${crash:-FILE}; keep it as a regression input in tests/fuzz-corpus/$target/" >&2
  else
    echo "no crash in $target"
  fi
done
exit "$crashed"
