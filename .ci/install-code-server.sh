#!/usr/bin/env bash
# Installs the Debian tools the tests use (Chromium, pandoc, xmllint, GNU parallel, networkx) and code-server 4.100.3 (VS Code 1.100.3, Node 20) into .vscode-test/cs, offline-safe (npm registry + Debian only).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd); T=$ROOT/.vscode-test; mkdir -p "$T/tmp" "$T/cs"
if ! command -v chromium >/dev/null || ! command -v rg >/dev/null || ! command -v pandoc >/dev/null || ! command -v xmllint >/dev/null || ! command -v parallel >/dev/null || ! /usr/bin/python3 -c 'import networkx' 2>/dev/null || [ ! -e /usr/include/gssapi/gssapi.h ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium ripgrep libkrb5-dev pandoc libxml2-utils parallel python3-networkx >/dev/null
fi
[ -x "$T/cs/node_modules/.bin/code-server" ] && exit 0
# @vscode/ripgrep's postinstall downloads from GitHub unless the asset is already in $TMPDIR/vscode-ripgrep-cache-<ver>/
C=$T/tmp/vscode-ripgrep-cache-1.15.11; mkdir -p "$C" "$T/tmp/rg"; cp /usr/bin/rg "$T/tmp/rg/rg"
tar czf "$C/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$T/tmp/rg" rg
cd "$T/cs"; echo '{"name":"cs","private":true,"dependencies":{"code-server":"4.100.3"}}' > package.json
# npm_config_yes: node-pty's postinstall runs `npx node-gyp`; --unsafe-perm: code-server's postinstall demands it as root
TMPDIR=$T/tmp npm_config_yes=true npm install --unsafe-perm --no-audit --no-fund --loglevel=error
