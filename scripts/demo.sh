#!/usr/bin/env bash
# The main job on the embedded sample Go module, on a fresh Debian/Ubuntu machine:
# installs npm deps and Debian's Go toolchains where missing, builds the CLI bundle, then for each
# Go of the matrix runs `go-ci-kit setup-go-matrix` (local GOROOTs, per-version caches in a dir
# backend), sources the env it exports, and builds + tests the module with it. Prints a table.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
module=${1:-$root/test/fixtures/sample-module}
versions=(${GO_VERSIONS:-1.19 1.21 1.22 1.23})
echo "== npm ci"; npm ci --no-audit --no-fund --loglevel=error
echo "== Go toolchains (Debian packages)"; bash scripts/install-go-toolchains.sh
work=$(mktemp -d "${TMPDIR:-/tmp}/go-ci-kit-demo.XXXXXX")
echo "== work dir: $work (tool cache, caches, outputs)"
export RUNNER_TOOL_CACHE=$work/tool-cache RUNNER_TEMP=$work/tmp
cp -r "$module" "$work/module"
rows=()
status=0
for v in "${versions[@]}"; do
  out=$work/out-$v
  echo; echo "== Go $v"
  start=$(date +%s%N)
  if ! node dist/cli/index.js setup-go-matrix --out-dir "$out" --go-version "$v" \
       --toolchain-source local --working-directory "$work/module" \
       --cache-backend dir --cache-dir "$work/cache" >"$out.log" 2>&1; then
    cat "$out.log"; rows+=("$v|setup failed|-|-|-"); status=1; continue
  fi
  cat "$out.log"
  setup_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  got=$(node -e 'console.log(require(process.argv[1])["go-version"])' "$out/outputs.json")
  # shellcheck disable=SC1091
  build=ok test=ok
  ( source "$out/env.sh" && cd "$work/module" && go build ./... ) || { build=FAIL; status=1; }
  ( source "$out/env.sh" && cd "$work/module" && go test ./... ) || { test=FAIL; status=1; }
  node dist/cli/index.js setup-go-matrix --post --out-dir "$out" >>"$out.log" 2>&1 || true
  rows+=("$v|$got|${setup_ms} ms|$build|$test")
done
echo
printf '%-8s %-10s %-10s %-6s %-6s\n' asked installed setup build test
for r in "${rows[@]}"; do IFS='|' read -r a b c d e <<<"$r"; printf '%-8s %-10s %-10s %-6s %-6s\n' "$a" "$b" "$c" "$d" "$e"; done
exit $status
