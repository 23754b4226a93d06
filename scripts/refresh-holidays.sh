#!/usr/bin/env bash
# Refreshes Japan's national holidays from the npm package `@holiday-jp/holiday_jp` (MIT; maintained
# from the Cabinet Office's list, including holidays moved by law).
#
#   scripts/refresh-holidays.sh           # latest published version
#   scripts/refresh-holidays.sh 2.5.1     # a given version
#
# Writes src/main/resources/calendar/holidays-jp.tsv: a first line "# source: ..." naming the package
# and version, then one line per holiday "yyyy-mm-dd<TAB>name<TAB>English name". Needs npm and node.
# Commit the result; shared.BankCalendar reads it.
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
out="$here/src/main/resources/calendar/holidays-jp.tsv"
spec="@holiday-jp/holiday_jp${1:+@$1}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

cd "$tmp"
npm pack --silent "$spec" >/dev/null
tar xzf holiday-jp-holiday_jp-*.tgz
version="$(node -p "require('./package/package.json').version")"

mkdir -p "$(dirname "$out")"
node - "$version" > "$out" <<'JS'
const version = process.argv[2];
const holidays = require('./package/lib/holidays.js');
const clean = s => String(s ?? '').replace(/[\t\r\n]/g, ' ').trim();
const dates = Object.keys(holidays).sort();
const lines = [`# source: npm @holiday-jp/holiday_jp ${version} (MIT License), ${dates[0]} to ${dates[dates.length - 1]}`];
for (const d of dates) {
  lines.push([d, clean(holidays[d].name), clean(holidays[d].name_en)].join('\t'));
}
console.log(lines.join('\n'));
JS
echo "wrote $out ($(wc -l < "$out") lines, version $version)"
