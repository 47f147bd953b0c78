#!/usr/bin/env bash
# Installs the Debian Go toolchains the tests and the demo use (1.19 from bookworm,
# 1.21-1.23 from bookworm-backports) into /usr/lib/go-1.X, plus rsync/zstd/git/gcc/binutils
# (gitlab-ci-local, cache archives, cgo fixtures, readelf cross-checks).
# Idempotent: prints what it installed and what was already there.
set -euo pipefail
want=(1.19 1.21 1.22 1.23)
missing=()
for v in "${want[@]}"; do
  if [ -x "/usr/lib/go-$v/bin/go" ]; then echo "go $v: already installed at /usr/lib/go-$v"; else missing+=("$v"); fi
done
tools=()
for t in zstd rsync git gcc; do command -v "$t" >/dev/null || tools+=("$t"); done
command -v readelf >/dev/null || tools+=(binutils)
if [ ${#missing[@]} -eq 0 ] && [ ${#tools[@]} -eq 0 ]; then exit 0; fi
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
src=/etc/apt/sources.list.d/bookworm-backports.sources
if [ ! -f "$src" ]; then
  echo "adding bookworm-backports apt source ($src)"
  $SUDO tee "$src" >/dev/null <<'SRC'
Types: deb
URIs: http://deb.debian.org/debian
Suites: bookworm-backports
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
fi
$SUDO apt-get update -qq
pkgs=("${tools[@]}")
for v in "${missing[@]}"; do
  if [ "$v" = "1.19" ]; then pkgs+=("golang-$v-go"); else pkgs+=("golang-$v-go/bookworm-backports"); fi
done
echo "installing: ${pkgs[*]}"
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${pkgs[@]}" >/dev/null
for v in "${missing[@]}"; do echo "go $v: installed $(/usr/lib/go-$v/bin/go version)"; done
