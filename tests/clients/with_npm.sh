#!/usr/bin/env bash
# Usage: with_npm.sh PACKAGE_DIR COMMAND...
# Runs COMMAND once PACKAGE_DIR's node_modules matches its package-lock.json
# (`npm ci`, serialized across parallel tests). Exits 77, which ctest counts
# as a skip, when node or npm is missing or the npm registry is unreachable.
set -euo pipefail
dir=$(cd "$1" && pwd); shift
for tool in node npm; do
  command -v "$tool" >/dev/null 2>&1 ||
    { echo "SKIP: $tool not found (scripts/install-deps installs nodejs and npm)"; exit 77; }
done

stamp="$dir/node_modules/.amicus-package-lock"
lock="${TMPDIR:-/tmp}/amicus-npm-ci-$(printf %s "$dir" | md5sum | cut -c1-12).lock"
exec 9>"$lock"
flock 9
if ! cmp -s "$dir/package-lock.json" "$stamp"; then
  log=$(mktemp)
  trap 'rm -f "$log"' EXIT
  if ! (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error) >"$log" 2>&1; then
    if grep -qiE 'ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|network' "$log"; then
      echo "SKIP: npm ci in $dir cannot reach the npm registry:"; tail -5 "$log"; exit 77
    fi
    echo "npm ci in $dir failed:"; cat "$log"; exit 1
  fi
  cp "$dir/package-lock.json" "$stamp"
fi
flock -u 9
exec "$@"
