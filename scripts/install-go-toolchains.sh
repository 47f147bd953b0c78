#!/usr/bin/env bash
# Installs the Debian Go toolchains the tests and the demo use (1.19 from bookworm,
# 1.21-1.23 from bookworm-backports) into /usr/lib/go-1.X, plus rsync/zstd/git/gcc/binutils/zip/unzip
# (gitlab-ci-local, cache archives, cgo fixtures, readelf cross-checks, Windows .zip installs), bsdtar
# (libarchive-tools), plus Debian's Go module
# sources (golang-*-dev, under /usr/share/gocode/src) that test/helpers/thirdparty.ts builds.
# Idempotent: prints what it installed and what was already there.
set -euo pipefail
want=(1.19 1.21 1.22 1.23)
missing=()
for v in "${want[@]}"; do
  if [ -x "/usr/lib/go-$v/bin/go" ]; then echo "go $v: already installed at /usr/lib/go-$v"; else missing+=("$v"); fi
done
tools=()
# zip/unzip: Windows-layout Go .zip archives built and extracted by the platform tests.
for t in zstd rsync git gcc zip unzip; do command -v "$t" >/dev/null || tools+=("$t"); done
command -v readelf >/dev/null || tools+=(binutils)
# bsdtar: cache archives are also written and read the way macOS and Windows runners do (their tar is bsdtar).
command -v bsdtar >/dev/null || tools+=(libarchive-tools)
# The third-party modules test/fixtures/thirdparty imports (their dependencies come with them).
gocode=(golang-github-burntsushi-toml-dev golang-github-cespare-xxhash-dev golang-github-davecgh-go-spew-dev
  golang-github-dustin-go-humanize-dev golang-github-fatih-color-dev golang-github-go-chi-chi-dev
  golang-github-gofrs-uuid-dev golang-github-golang-snappy-dev golang-github-google-go-cmp-dev
  golang-github-google-uuid-dev golang-github-gorilla-mux-dev golang-github-gorilla-websocket-dev
  golang-github-hashicorp-golang-lru-dev golang-github-julienschmidt-httprouter-dev
  golang-github-mattn-go-isatty-dev golang-github-mitchellh-mapstructure-dev golang-github-pkg-errors-dev
  golang-github-pmezard-go-difflib-dev golang-github-sirupsen-logrus-dev golang-github-spf13-cobra-dev
  golang-github-spf13-pflag-dev golang-github-stretchr-testify-dev golang-golang-x-text-dev golang-gopkg-yaml.v3-dev)
for p in "${gocode[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || tools+=("$p")
done
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
