#!/usr/bin/env bash
# Packs what a GPU machine needs to run our GPU tests and the CUDA-vs-PyTorch bench from a build
# made here: that machine has the CUDA toolkit, PyTorch and python's onnx, but no Qt, libonnx or
# protobuf, and nothing can be installed there. See docs/dev/gpu-machine.md.
#
#   scripts/gpu-bundle.sh <build-dir> [<out-dir>, default .gpu]
#
# <out-dir> (inside the repository, so that it travels with the working tree; ignored through
# .git/info/exclude) then holds:
#   bundle.tar.xz    bin/ (our programs and the plugin, debug info stripped), lib/ (their shared-library
#                    closure without glibc's and CUDA's own libraries, and without libstdc++/libgcc_s,
#                    which the GPU machine has in newer versions), plugins/ (Qt's SQLite driver),
#                    torch_bench.py and tests.tsv (each test's command and environment, from ctest)
#   testdata.tar.xz  the ONNX backend test data the conformance tests read (kept between runs)
#   run-gpu.sh       run there from the repository root: bash <out-dir>/run-gpu.sh
set -euo pipefail

usage() { echo "usage: $0 <build-dir> [<out-dir>, default .gpu]" >&2; exit 2; }
[[ $# -ge 1 && $# -le 2 ]] || usage
repo=$(git -C "$(dirname "${BASH_SOURCE[0]}")" rev-parse --show-toplevel)
build=$(cd "$1" 2>/dev/null && pwd) || { echo "no build folder $1" >&2; exit 2; }
out=${2:-.gpu}
[[ $out = /* ]] || out="$repo/$out"
[[ -f $build/CMakeCache.txt ]] || { echo "$build is not a CMake build folder" >&2; exit 2; }

# Libraries the GPU machine brings itself: glibc's own, the toolchain runtime (newer there; an older
# copy of ours would also be loaded into cuBLAS), and CUDA's (same major version, 13, there).
is_system_lib() {
    case "$1" in
    libc.so.* | libm.so.* | libdl.so.* | libpthread.so.* | librt.so.* | ld-linux*.so.* | libresolv.so.* | \
        libutil.so.* | libanl.so.* | libmvec.so.* | libnss_*.so.* | libBrokenLocale.so.* | libthread_db.so.* | \
        libstdc++.so.* | libgcc_s.so.*) return 0 ;;
    libcudart.so.* | libcublas.so.* | libcublasLt.so.* | libcuda.so.* | libnvidia-*.so.* | libnvrtc*.so.* | \
        libcudnn*.so.* | libnvJitLink.so.*) return 0 ;;
    esac
    return 1
}

# The ctest entries to carry: every test labelled gpu, and the bench. One line per fact, paths of
# this machine turned into placeholders run-gpu.sh fills in there.
testdata_dir=$(sed -n 's/^FLEETDECK_ONNX_TESTDATA_DIR:PATH=//p' "$build/CMakeCache.txt")
testdata_dir=${testdata_dir:-/usr/share/libonnx-testdata/data}
tests_json=$(ctest --test-dir "$build" --show-only=json-v1)
manifest=$(BUILD="$build" SOURCE="$repo" DATA="$testdata_dir" /usr/bin/python3 -c '
import json, os, sys
build, source, data = os.environ["BUILD"], os.environ["SOURCE"], os.environ["DATA"]
# Longest first, so that a folder inside another maps to its own place. The bundle stands for the
# build folder: tests find programs as $FLEETDECK_BINARY_DIR/bin/NAME and insist that their HOME
# lies inside it.
places = [(data, "@DATA@"), (build + "/tests/bench/validation/models", "@WORK@/models"),
          (source + "/tests/bench/validation/torch_bench.py", "@BUNDLE@/torch_bench.py"),
          (build, "@BUNDLE@"), (source, "@REPO@")]
def mapped(text):
    for path, placeholder in places:
        text = text.replace(path, placeholder)
    return text
extra = set()
for test in json.load(sys.stdin)["tests"]:
    props = {p["name"]: p["value"] for p in test.get("properties", [])}
    name = test["name"]
    if "gpu" not in props.get("LABELS", []) and name != "bench_cuda_vs_torch":
        continue
    # ctest gives no command for a test whose program is not built yet.
    command = test.get("command") or [build + "/bin/" + name]
    if not command[0].startswith(build + "/bin/"):
        sys.exit(f"{name}: its command is not a program in {build}/bin: {command}")
    kind = "bench" if name == "bench_cuda_vs_torch" else "test"
    timeout = int(float(props.get("TIMEOUT", 120)))
    print(f"{kind}\t{name}\t{timeout}\t{os.path.basename(command[0])}")
    for value in props.get("ENVIRONMENT", []):
        print(f"env\t{name}\t{mapped(value)}")
        # Other things of the build folder a test names (a folder of test plugins): carried too.
        path = value.split("=", 1)[1]
        inside = os.path.relpath(path, build)
        if (path.startswith(build + "/") and os.path.exists(path)
                and inside.split("/")[0] not in ("bin", "test-home", "tests")):
            extra.add(inside)
    for value in command[1:]:
        print(f"arg\t{name}\t{mapped(value)}")
for inside in sorted(extra):
    print(f"carry\t{inside}")
' <<<"$tests_json")
programs=(libfleetdeck-cuda-engine.so fleetdeck-onnx-check fleetdeck-cli)
mapfile -t -O ${#programs[@]} programs < <(awk -F'\t' '$1 == "test" || $1 == "bench" {print $4}' <<<"$manifest")
missing=()
for program in "${programs[@]}"; do
    [[ -f $build/bin/$program ]] || missing+=("$program")
done
if ((${#missing[@]})); then
    targets=${missing[*]/libfleetdeck-cuda-engine.so/fleetdeck_cuda_engine}
    echo "not built in $build/bin: ${missing[*]}" >&2
    echo "build them first: cmake --build $build -j2 --target ${targets}" >&2
    exit 1
fi

mkdir -p "$out"
case "$out/" in
"$repo"/*)
    exclude=$(git -C "$repo" rev-parse --path-format=absolute --git-path info/exclude)
    entry="/${out#"$repo"/}/"
    mkdir -p "$(dirname "$exclude")"
    grep -qxF "$entry" "$exclude" 2>/dev/null || echo "$entry" >>"$exclude"
    ;;
*) echo "note: $out is outside the repository, so it will not travel with the working tree" >&2 ;;
esac
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage/bundle/bin" "$stage/bundle/lib" "$stage/bundle/plugins"

for program in "${programs[@]}"; do
    objcopy --strip-debug "$build/bin/$program" "$stage/bundle/bin/$program"
done
# A folder a test names: its shared libraries (test plugins), not its static libraries.
while IFS=$'\t' read -r kind inside; do
    [[ $kind = carry ]] || continue
    if [[ -d $build/$inside ]]; then
        mkdir -p "$stage/bundle/$inside"
        for library in "$build/$inside"/*.so*; do
            [[ -f $library ]] && objcopy --strip-debug "$library" "$stage/bundle/$inside/$(basename "$library")"
        done
    else
        mkdir -p "$(dirname "$stage/bundle/$inside")"
        cp "$build/$inside" "$stage/bundle/$inside"
    fi
done <<<"$manifest"
# Qt's SQLite driver: the CLI and the inventory open their database through it.
qt_plugins=$(qtpaths6 --query QT_INSTALL_PLUGINS 2>/dev/null || echo /usr/lib/x86_64-linux-gnu/qt6/plugins)
mkdir -p "$stage/bundle/plugins/sqldrivers"
cp "$qt_plugins/sqldrivers/libqsqlite.so" "$stage/bundle/plugins/sqldrivers/"
# The shared-library closure: ldd already lists every library, indirect ones included.
declare -A closure=()
unresolved=()
while read -r name arrow path _; do
    [[ $arrow = "=>" ]] || continue
    is_system_lib "$name" && continue
    if [[ $path = not ]]; then
        unresolved+=("$name")
    else
        closure[$name]=$path
    fi
done < <(find "$stage/bundle" -type f -exec ldd {} \; 2>/dev/null)
# CUDA's own libraries are not found on a machine without CUDA, and that is fine; anything else is not.
if ((${#unresolved[@]})); then
    unresolved_sorted=$(printf '%s\n' "${unresolved[@]}" | sort -u)
    if grep -qv -e '^libcu' -e '^libnv' <<<"$unresolved_sorted"; then
        echo "libraries ldd cannot find here: $(tr '\n' ' ' <<<"$unresolved_sorted")" >&2
        exit 1
    fi
fi
for name in "${!closure[@]}"; do
    cp -L "${closure[$name]}" "$stage/bundle/lib/$name"
done
cp "$repo/tests/bench/validation/torch_bench.py" "$stage/bundle/"
printf '%s\n' "$manifest" >"$stage/bundle/tests.tsv"

# Newer glibc symbols than the GPU machine's glibc would stop a program there; say which we need.
glibc_needed=$(find "$stage/bundle" -type f -exec objdump -T {} \; 2>/dev/null |
    grep -o 'GLIBC_[0-9.]*' | sort -Vu | tail -1)

rm -f "$out/bundle.tar.xz" "$out/run-gpu.sh"
tar -C "$stage" -cf - bundle | xz -T2 -6 >"$out/bundle.tar.xz"
# 39 MB of test data that never changes: packed once, kept in later bundles.
if [[ ! -s $out/testdata.tar.xz ]]; then
    suites=()
    for suite in node simple pytorch-operator pytorch-converted; do
        [[ -d $testdata_dir/$suite ]] && suites+=("$suite")
    done
    if ((${#suites[@]})); then
        tar -C "$testdata_dir" -cf - "${suites[@]}" | xz -T2 -6 >"$out/testdata.tar.xz.part"
        mv "$out/testdata.tar.xz.part" "$out/testdata.tar.xz"
    else
        echo "note: no ONNX backend test data in $testdata_dir (apt-get install libonnx-testdata); the conformance tests will skip" >&2
    fi
fi

stamp="$(date -u +%Y-%m-%dT%H:%MZ) from $(git -C "$repo" rev-parse --short HEAD)$(git -C "$repo" diff --quiet HEAD -- . ':!*.ts' || echo '+changes'), $(basename "$build"); needs glibc >= ${glibc_needed#GLIBC_}"
sed "s|@STAMP@|$stamp|" >"$out/run-gpu.sh" <<'RUN_GPU'
#!/usr/bin/env bash
# Written by scripts/gpu-bundle.sh (@STAMP@). On the GPU machine, from the repository root:
#     bash .gpu/run-gpu.sh
# Unpacks the bundle into a temporary folder, runs nvidia-smi, each GPU test, the CLI's validate
# on the CUDA engine and the CUDA-vs-PyTorch bench, and writes three logs into $OUT (else
# <bundle>/logs): run-gpu.log (machine, libraries, one line per step), gpu-tests.log, bench.log.
# FLEETDECK_GPU_ONLY=REGEX runs only the steps whose name matches (tst_cudaengine|bench...);
# FLEETDECK_GPU_DEADLINE=SECONDS bounds the whole run (default 540: a device call ends at 600).
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$PWD
logs=${OUT:-$here/logs}
mkdir -p "$logs"
summary=$logs/run-gpu.log tests_log=$logs/gpu-tests.log bench_log=$logs/bench.log
: >"$summary"
: >"$tests_log"
: >"$bench_log"
say() { echo "$*" | tee -a "$summary"; }
start=$SECONDS
deadline=${FLEETDECK_GPU_DEADLINE:-540}
only=${FLEETDECK_GPU_ONLY:-}
failures=0

work=$(mktemp -d /tmp/fleetdeck-gpu.XXXXXX)
b=$work/bundle data=$work/testdata
tar -xJf "$here/bundle.tar.xz" -C "$work" || { say "cannot unpack $here/bundle.tar.xz"; exit 1; }
mkdir -p "$data"
[[ -f $here/testdata.tar.xz ]] && tar -xJf "$here/testdata.tar.xz" -C "$data"
say "bundle @STAMP@"
say "repository $repo; work folder $work; this machine's glibc: $(ldd --version | head -1)"
say "== nvidia-smi"
nvidia-smi 2>&1 | tee -a "$summary"
gpu=yes
if ! nvidia-smi -L >/dev/null 2>&1; then
    gpu=no
    say "no GPU here: a dry run, in which every GPU step should skip"
fi

# CUDA's own libraries come from this machine: the toolkit's folders, else python's nvidia
# packages (PyTorch's wheels), else the loader's cache.
torch_python=${FLEETDECK_TORCH_PYTHON:-$(command -v python3)}
find_cuda_lib() {
    local dir site
    for dir in /usr/local/cuda/lib64 /usr/local/cuda/lib /usr/local/cuda/targets/x86_64-linux/lib \
        /usr/local/cuda-*/lib64 /usr/local/cuda-*/targets/x86_64-linux/lib; do
        [[ -e $dir/$1 ]] && { echo "$dir"; return; }
    done
    for site in $("$torch_python" -c 'import site; print(" ".join(site.getsitepackages()))' 2>/dev/null); do
        dir=$(find "$site/nvidia" -name "$1" -printf '%h\n' 2>/dev/null | head -1)
        [[ -n $dir ]] && { echo "$dir"; return; }
    done
    ldconfig -p | awk -v n="$1" '$1 == n { sub(/\/[^\/]*$/, "", $NF); print $NF; exit }'
}
cuda_dirs=
for lib in libcudart.so.13 libcublas.so.13 libcublasLt.so.13; do
    dir=$(find_cuda_lib "$lib")
    if [[ -z $dir ]]; then
        say "WARNING: $lib is not on this machine; the CUDA engine plugin will not load"
        continue
    fi
    case ":$cuda_dirs:" in *":$dir:"*) ;; *) cuda_dirs=${cuda_dirs:+$cuda_dirs:}$dir ;; esac
done
say "CUDA libraries from: ${cuda_dirs:-nowhere}"
ours_ld=$b/lib${cuda_dirs:+:$cuda_dirs}

# PyTorch runs on this machine's libraries alone: the bench's children inherit its environment.
cat >"$b/bin/torch-python" <<EOF
#!/bin/sh
unset LD_LIBRARY_PATH QT_PLUGIN_PATH
exec "$torch_python" "\$@"
EOF
chmod +x "$b/bin/torch-python"

say "== libraries our programs take from outside the bundle (expected: glibc's, libstdc++, libgcc_s, CUDA's)"
find "$b" -path "$b/lib" -prune -o -type f \( -name "*.so*" -o -perm -u+x \) -print | while read -r file; do
    LD_LIBRARY_PATH=$ours_ld ldd "$file" 2>/dev/null
done | awk '$2 == "=>" { print "  " $1 " " $3 }' | grep -v " $b/lib/" | sort -u | tee -a "$summary"

say "== the bench models (tests/bench/models/generate_models.py, run here: 60 MB of weights do not travel)"
if ! "$b/bin/torch-python" "$repo/tests/bench/models/generate_models.py" "$work/models" >>"$summary" 2>&1; then
    say "cannot generate the bench models (see above)"
    failures=$((failures + 1))
fi

fill() {
    local v=$1
    v=${v//@BUNDLE@/$b}
    v=${v//@WORK@/$work}
    v=${v//@DATA@/$data}
    v=${v//@REPO@/$repo}
    printf '%s' "$v"
}
declare -A timeout_of program_of envs_of args_of
order=()
while IFS=$'\t' read -r kind name value program; do
    case $kind in
    test | bench) timeout_of[$name]=$value program_of[$name]=$program order+=("$name") ;;
    env) envs_of[$name]+=$value$'\n' ;;
    arg) args_of[$name]+=$value$'\n' ;;
    esac
done <"$b/tests.tsv"

# run NAME LOG [VAR=VALUE...] -- PROGRAM [ARG...]: with our libraries, bounded by the step's own
# limit and the time left; one summary line.
run() {
    local name=$1 log=$2 left limit t0 rc
    shift 2
    if [[ -n $only && ! $name =~ $only ]]; then
        return
    fi
    local -a environment=()
    while [[ $1 != -- ]]; do
        environment+=("$1")
        shift
    done
    shift
    left=$((deadline - (SECONDS - start)))
    if ((left < 15)); then
        say "$name: NOT RUN, the time budget ($deadline s) is spent"
        failures=$((failures + 1))
        return
    fi
    limit=${timeout_of[$name]:-300}
    ((limit > left)) && limit=$left
    echo "===== $name" | tee -a "$log"
    t0=$SECONDS
    (cd "$work" && env LD_LIBRARY_PATH="$ours_ld" QT_PLUGIN_PATH="$b/plugins" QT_QPA_PLATFORM=offscreen \
        FLEETDECK_TORCH_PYTHON="$b/bin/torch-python" FLEETDECK_ONNX_TESTDATA_DIR="$data" "${environment[@]}" timeout -k 10 "$limit" "$@" 2>&1) |
        tee -a "$log"
    rc=${PIPESTATUS[0]}
    # The CLI's exit 5 is "no device where one was demanded": right on a dry run, a failure on a GPU.
    if [[ $name = cli-validate && $rc = 5 && $gpu = no ]]; then
        say "$name: exit 5, no CUDA device, as expected without a GPU"
        return
    fi
    ((rc == 0)) || failures=$((failures + 1))
    case $rc in
    0) say "$name: exit 0 ($((SECONDS - t0)) s)" ;;
    124 | 137) say "$name: TIMED OUT after $limit s" ;;
    *) say "$name: FAILED, exit $rc ($((SECONDS - t0)) s)" ;;
    esac
}

# One ctest entry, with the environment ctest gives it (its private HOME and XDG folders made here).
run_entry() {
    local name=$1 log=$2 line value
    local -a environment=() arguments=()
    while IFS= read -r line; do
        [[ -n $line ]] || continue
        environment+=("$(fill "$line")")
        value=${environment[-1]#*=}
        [[ $value = "$b/test-home/"* ]] && mkdir -p "$value" && chmod 700 "$value"
    done <<<"${envs_of[$name]:-}"
    while IFS= read -r line; do
        [[ -n $line ]] && arguments+=("$(fill "$line")")
    done <<<"${args_of[$name]:-}"
    [[ ${program_of[$name]} = bench_cuda_vs_torch ]] && environment+=(FLEETDECK_BENCH_WORK_DIR="$work/bench-work")
    run "$name" "$log" "${environment[@]}" -- "$b/bin/${program_of[$name]}" "${arguments[@]}"
}

for name in "${order[@]}"; do
    [[ ${program_of[$name]} = bench_cuda_vs_torch ]] || run_entry "$name" "$tests_log"
done
# The CLI end to end: the plugin found beside the program, a real model, --device cuda.
mkdir -p "$work/home/cli"
timeout_of[cli-validate]=180
run cli-validate "$tests_log" HOME="$work/home/cli" XDG_DATA_HOME="$work/home/cli/data" \
    XDG_CONFIG_HOME="$work/home/cli/config" -- \
    "$b/bin/fleetdeck-cli" --db "$work/home/cli/fleet.db" validate --device cuda "$work/models/mobilenet_v2_like.onnx"
for name in "${order[@]}"; do
    [[ ${program_of[$name]} = bench_cuda_vs_torch ]] && run_entry "$name" "$bench_log"
done

say "== done in $((SECONDS - start)) s, $failures step(s) failed; logs: $summary $tests_log $bench_log"
rm -rf "$work"
((failures == 0))
RUN_GPU
chmod +x "$out/run-gpu.sh"

echo "bundle written to $out (glibc >= ${glibc_needed#GLIBC_} needed there):"
ls -l "$out"
total=$(du -cb "$out"/* | tail -1 | cut -f1)
echo "total: $((total / 1024 / 1024)) MiB ($total bytes); the whole working tree that travels must stay under 64 MiB"
echo "bundled: ${programs[*]}"
echo "tests: $(awk -F'\t' '$1 == "test" || $1 == "bench" {print $2}' <<<"$manifest" | tr '\n' ' ')"
