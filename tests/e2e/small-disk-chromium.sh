#!/bin/bash
# Chromium whose IndexedDB lives on a file system of its own, STORMWATCH_DISK_MB large (default
# 16), for the disk-full test (tests/e2e/disk-full.spec.ts, docs/RELIABILITY.md H7). Playwright
# passes the profile as --user-data-dir; a tmpfs is mounted on its Default/IndexedDB in a private
# mount namespace (unshare; as an ordinary user this needs unprivileged user namespaces). The
# rest of the profile keeps the real disk: with the whole profile on a full disk Chromium itself
# crashed. The browser's process id and the mount point are written to STORMWATCH_DISK_INFO, so
# the test reaches the file system through /proc/<pid>/root.
set -euo pipefail
dir=""
for a in "$@"; do
  case "$a" in --user-data-dir=*) dir="${a#--user-data-dir=}" ;; esac
done
if [ -z "$dir" ]; then
  echo "small-disk-chromium: no --user-data-dir given" >&2
  exit 2
fi
mkdir -p "$dir/Default/IndexedDB"
exec unshare --mount --map-root-user bash -c '
  mount -t tmpfs -o size="$1"m tmpfs "$2" || { echo "small-disk-chromium: cannot mount a tmpfs (unshare/user namespaces)" >&2; exit 3; }
  [ -n "${STORMWATCH_DISK_INFO:-}" ] && echo "$$ $2" > "$STORMWATCH_DISK_INFO"
  shift 2
  exec "$@"' \
  _ "${STORMWATCH_DISK_MB:-16}" "$dir/Default/IndexedDB" "${STORMWATCH_REAL_CHROMIUM:-/usr/bin/chromium}" "$@"
