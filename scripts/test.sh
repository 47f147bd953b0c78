#!/usr/bin/env bash
# The whole test suite, on a fresh Debian/Ubuntu machine: installs npm deps (npm ci) and the
# Debian Go toolchains the tests build with, then runs the code health gates (format check, lint,
# typecheck) and every test file under test/ with node's test runner (tsx for TypeScript) under c8,
# which prints line/branch coverage of src/ and fails below the floor in .c8rc.json.
# Extra args are passed to `node --test`. Each gate prints the seconds it took.
set -euo pipefail
cd "$(dirname "$0")/.."
gate() {
  local name=$1
  shift
  echo "== $name"
  local t0=$SECONDS
  "$@"
  echo "== $name: $((SECONDS - t0)) s"
}
gate "npm ci" npm ci --no-audit --no-fund --loglevel=error
gate "Go toolchains (Debian packages)" bash scripts/install-go-toolchains.sh
# The e2e tests run the action bundles on Node 24, as the runner does (action.yml: using: node24).
action_node() { GO_CI_KIT_ACTION_NODE=$(bash scripts/action-node.sh) && export GO_CI_KIT_ACTION_NODE && echo "action bundles run on: ${GO_CI_KIT_ACTION_NODE:-$(command -v node)}"; }
gate "Node 24 for the action bundles (npm registry)" action_node
gate "format check (prettier)" npx prettier --check --log-level warn .
gate "lint (eslint, type-aware, import floors)" npx eslint --max-warnings 0 .
gate "typecheck" npx tsc --noEmit -p .
mapfile -t files < <(find test -name '*.test.ts' | sort)
echo "${#files[@]} test files"
rm -rf coverage
# One temp folder for the whole run, removed at the end; each test file gets its own inside it
# (test/helpers/tmp-per-file.ts), removed when the file's process exits.
GO_CI_KIT_TEST_TMP=$(mktemp -d "${TMPDIR:-/tmp}/gck-test-run-XXXXXX")
export GO_CI_KIT_TEST_TMP
# Free disk is sampled while the tests run and the lowest figure printed, so a run that fills the
# disk says how much it needed.
free_kib() { df -Pk "$GO_CI_KIT_TEST_TMP" | awk 'NR == 2 { print $4 }'; }
start_free=$(free_kib)
(
  low=$start_free
  while sleep 5; do
    now=$(free_kib) || break
    ((now < low)) && low=$now && echo "$low" > "$GO_CI_KIT_TEST_TMP/.lowest-free"
  done
) &
sampler=$!
finish() {
  kill "$sampler" 2> /dev/null || true
  local low=$start_free
  [[ -f $GO_CI_KIT_TEST_TMP/.lowest-free ]] && low=$(< "$GO_CI_KIT_TEST_TMP/.lowest-free")
  echo "== disk: $((start_free / 1024)) MiB free at the start of the tests, lowest $((low / 1024)) MiB (the run used up to $(((start_free - low) / 1024)) MiB)"
  chmod -R u+w "$GO_CI_KIT_TEST_TMP" 2> /dev/null || true
  rm -rf "$GO_CI_KIT_TEST_TMP"
}
trap finish EXIT
gate "tests + coverage of src/ (c8)" npx c8 node --import tsx --import ./test/helpers/tmp-per-file.ts --test --test-concurrency=2 --test-timeout=900000 "$@" "${files[@]}"
# The runner's Node 24 restores with zstd inside the process (zlib), which the machine's Node 20
# lacks: the files that test restores both ways run again there for the half Node 20 skipped.
if [[ -n ${GO_CI_KIT_ACTION_NODE:-} && $# -eq 0 ]]; then
  gate "restore tests again on the runner's Node 24" "$GO_CI_KIT_ACTION_NODE" --import tsx --import ./test/helpers/tmp-per-file.ts \
    --test --test-concurrency=2 --test-timeout=900000 test/hostile/restore-archives.test.ts
fi
