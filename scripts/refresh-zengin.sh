#!/usr/bin/env bash
# Refreshes the Zengin bank/branch directory from the npm package `zengin-code` (MIT, monthly).
#
#   scripts/refresh-zengin.sh            # latest published version
#   scripts/refresh-zengin.sh 1.0.0-p20260824   # a given version
#
# Writes src/main/resources/zengin/zengin.tsv.gz: a first line "# source: ..." naming the package
# and version, then one line per bank "B<TAB>code<TAB>name<TAB>kana" followed by that bank's
# branches "R<TAB>code<TAB>name<TAB>kana". Needs npm and node. Commit the result.
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
out="$here/src/main/resources/zengin/zengin.tsv.gz"
spec="zengin-code${1:+@$1}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

cd "$tmp"
npm pack --silent "$spec" >/dev/null
tar xzf zengin-code-*.tgz
version="$(node -p "require('./package/package.json').version")"

mkdir -p "$(dirname "$out")"
node - "$version" > zengin.tsv <<'JS'
const version = process.argv[2];
const data = require('./package/lib/zengin-data.js');
const clean = s => String(s ?? '').replace(/[\t\r\n]/g, ' ').trim();
const lines = [`# source: npm zengin-code ${version} (MIT License, Copyright (c) 2015 Sho Kusano)`];
for (const code of Object.keys(data).sort()) {
  const bank = data[code];
  lines.push(['B', bank.code, clean(bank.name), clean(bank.kana)].join('\t'));
  const branches = bank.branches || {};
  for (const bc of Object.keys(branches).sort()) {
    const br = branches[bc];
    lines.push(['R', br.code, clean(br.name), clean(br.kana)].join('\t'));
  }
}
process.stdout.write(lines.join('\n') + '\n');
JS
gzip -9n -c zengin.tsv > "$out"
echo "wrote $out ($(wc -c < "$out") bytes) from zengin-code $version: $(grep -c '^B' zengin.tsv) banks, $(grep -c '^R' zengin.tsv) branches"
