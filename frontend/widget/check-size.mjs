#!/usr/bin/env node
// Fails the build when the widget script (without the lazy map) is 40 KB gzipped or more.
// Usage: node widget/check-size.mjs [path]  (default: dist/widget/intervisie-finder.js)
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const LIMIT = 40 * 1024;
const file = resolve(process.argv[2] ?? 'dist/widget/intervisie-finder.js');

let source;
try {
  source = readFileSync(file);
} catch {
  console.error(`Widget-bundel niet gevonden: ${file}. Draai eerst "npm run build:widget".`);
  process.exit(1);
}

const gzipped = gzipSync(source, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const line = `intervisie-finder.js: ${kb(source.length)} raw, ${kb(gzipped)} gzip (limit < ${kb(LIMIT)} gzip)`;
if (gzipped >= LIMIT) {
  console.error(`FOUT: widget te groot. ${line}`);
  process.exit(1);
}
console.log(`OK ${line}`);
