#!/usr/bin/env bash
# The whole test suite, on a fresh Debian/Ubuntu machine: installs npm deps (npm ci) and the
# Debian Go toolchains the tests build with, type-checks, then runs every test file under test/
# with node's test runner (tsx for TypeScript). Extra args are passed to `node --test`.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== npm ci"
npm ci --no-audit --no-fund --loglevel=error
echo "== Go toolchains (Debian packages)"
bash scripts/install-go-toolchains.sh
echo "== typecheck"
npx tsc --noEmit -p .
echo "== tests"
mapfile -t files < <(find test -name '*.test.ts' | sort)
echo "${#files[@]} test files"
node --import tsx --test --test-concurrency=2 --test-timeout=900000 "$@" "${files[@]}"
