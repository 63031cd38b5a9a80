#!/usr/bin/env bash
# npm run test:clock: the suite and the demo at dates far from today, so no test, fixture, fake or demo
# can lean on the wall clock again (a hard-coded "future" date turned main red on 2026-12-01).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v faketime >/dev/null || { echo "test:clock needs faketime (Debian package 'faketime')" >&2; exit 2; }
for date in "2027-03-01 12:00:00" "2030-01-01 12:00:00"; do
  echo "== at $date"
  faketime "$date" npx vitest run --typecheck.enabled=false --silent
  faketime "$date" npm run --silent demo > /dev/null
done
