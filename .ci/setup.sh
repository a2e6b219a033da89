#!/usr/bin/env bash
# Installs what the project needs on a fresh machine: npm dependencies (from the lock file) and, with
# --browser, Debian's Chromium for the end-to-end tests. Safe to run again: it skips what is there.
set -euo pipefail
cd "$(dirname "$0")/.."

node_major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$node_major" -lt 20 ]; then
	echo "Liaison needs Node.js 20 or 22 (found $(node --version))." >&2
	exit 1
fi

# npm ci writes node_modules/.package-lock.json: reinstall when it is missing or older than the lock file.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
	npm ci --no-audit --no-fund
fi

if [ "${1:-}" = "--browser" ]; then
	chrome="${CHROME_PATH:-/usr/bin/chromium}"
	if [ ! -x "$chrome" ]; then
		if command -v apt-get >/dev/null 2>&1; then
			sudo=""
			[ "$(id -u)" -ne 0 ] && sudo="sudo"
			$sudo apt-get update -qq
			DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium
		else
			echo "End-to-end tests need Chromium at $chrome (set CHROME_PATH to use another)." >&2
			exit 1
		fi
	fi
fi
