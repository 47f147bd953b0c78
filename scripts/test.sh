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
gate "tests + coverage of src/ (c8)" npx c8 node --import tsx --test --test-concurrency=2 --test-timeout=900000 "$@" "${files[@]}"
