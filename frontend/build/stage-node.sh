#!/usr/bin/env bash
# Stage this machine's own node as a nodejs.org-style distribution tarball, so that
# frontend-maven-plugin's install-node-and-npm can "download" it from a file:// root
# (nodejs.org is not reachable from our machines; the npm registry is).
#
# Usage: stage-node.sh <dist-root>
#   Writes <dist-root>/<version>/node-<version>-linux-x64.tar.gz containing
#   node-<version>-linux-x64/bin/node, and prints <version> (e.g. v20.20.2) on stdout
#   as the ONLY stdout output: Maven reads it into the property vigil.node.version.
#
# The node used is $VIGIL_NODE if set, else the first `node` on PATH. Its version is
# derived from the binary itself, so a machine with a different node just stages a
# different version directory; nothing is pinned here.
set -euo pipefail

dist_root="${1:?usage: stage-node.sh <dist-root>}"

log() { echo "[stage-node] $*" >&2; }

node_bin="${VIGIL_NODE:-$(command -v node || true)}"
if [[ -z "$node_bin" || ! -x "$node_bin" ]]; then
  log "ERROR: no node found on PATH (or \$VIGIL_NODE). Install Node.js >= 20.19 (e.g. apt-get install nodejs)."
  exit 1
fi
node_bin="$(readlink -f "$node_bin")"

version="$("$node_bin" --version)"
if [[ ! "$version" =~ ^v[0-9]+\.[0-9]+\.[0-9]+$ ]]; then
  log "ERROR: unexpected version string '$version' from $node_bin"
  exit 1
fi

case "$(uname -m)" in
  x86_64 | amd64) arch=x64 ;;
  aarch64 | arm64) arch=arm64 ;;
  *) log "ERROR: unsupported architecture $(uname -m)"; exit 1 ;;
esac

name="node-${version}-linux-${arch}"
out_dir="${dist_root}/${version}"
tarball="${out_dir}/${name}.tar.gz"

# Re-use an existing tarball if it is newer than the node binary it was made from.
if [[ -s "$tarball" && "$tarball" -nt "$node_bin" ]]; then
  log "re-using $tarball"
  echo "$version"
  exit 0
fi

log "staging $node_bin ($version) as $tarball"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/$name/bin" "$out_dir"
cp "$node_bin" "$work/$name/bin/node"
chmod 0755 "$work/$name/bin/node"
# gzip -1: the archive only lives under target/, so speed beats size.
tar -C "$work" -cf - "$name" | gzip -1 > "$tarball.tmp"
mv "$tarball.tmp" "$tarball"
echo "$version"
