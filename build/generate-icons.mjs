#!/usr/bin/env node
/**
 * Renders build/icon.svg into every icon the installers need, and writes them into the repository:
 *   build/icons/<N>x<N>.png  N = 16 … 1024   (Linux icon set; electron-builder reads the folder)
 *   build/icon.png           1024 px          (fallback, and what electron-builder derives others from)
 *   build/icon.ico           16 … 256 px       (Windows: PNG-compressed entries, Vista and later)
 *   build/icon.icns          16 … 1024 px      (macOS: PNG entries, 10.7 and later)
 *
 * Only the SVG rasteriser is a dependency (@resvg/resvg-js: prebuilt binaries ship inside npm packages,
 * so it installs offline-friendly); ICO and ICNS are plain containers written here.
 * Run from the repository root: `node build/generate-icons.mjs` (or `npm run icons`).
 * @resvg/resvg-js is resolved from the current directory, so a one-off run may use a scratch install:
 * `cd /tmp/x && npm i @resvg/resvg-js && node /path/to/build/generate-icons.mjs`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
/** ICNS OSType per PNG entry (Apple's icns types; the @2x ones reuse the larger renders). */
const ICNS_ENTRIES = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
];

function loadResvg() {
  const require = createRequire(join(process.cwd(), 'package.json'));
  try {
    return require('@resvg/resvg-js').Resvg;
  } catch {
    console.error('generate-icons: @resvg/resvg-js is not installed (npm install --save-dev @resvg/resvg-js).');
    process.exit(2);
  }
}

function render(Resvg, svg, size) {
  const resvg = new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: 'rgba(0,0,0,0)' });
  return resvg.render().asPng();
}

/** ICO: ICONDIR, one ICONDIRENTRY per image (width/height 0 means 256), then the PNGs. */
export function buildIco(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, i) => {
    const at = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, at);
    header.writeUInt8(size >= 256 ? 0 : size, at + 1);
    header.writeUInt8(0, at + 2);
    header.writeUInt8(0, at + 3);
    header.writeUInt16LE(1, at + 4);
    header.writeUInt16LE(32, at + 6);
    header.writeUInt32LE(png.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map((i) => i.png)]);
}

/** ICNS: 'icns' + total length (big-endian), then entries of OSType + length (header included) + PNG. */
export function buildIcns(entries) {
  const parts = entries.map(({ type, png }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const body = Buffer.concat(parts);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([head, body]);
}

function main() {
  const Resvg = loadResvg();
  const svg = readFileSync(join(here, 'icon.svg'));
  const pngs = new Map(PNG_SIZES.map((size) => [size, render(Resvg, svg, size)]));
  mkdirSync(join(here, 'icons'), { recursive: true });
  for (const [size, png] of pngs) writeFileSync(join(here, 'icons', `${size}x${size}.png`), png);
  writeFileSync(join(here, 'icon.png'), pngs.get(1024));
  writeFileSync(join(here, 'icon.ico'), buildIco(ICO_SIZES.map((size) => ({ size, png: pngs.get(size) }))));
  writeFileSync(join(here, 'icon.icns'), buildIcns(ICNS_ENTRIES.map(([type, size]) => ({ type, png: pngs.get(size) }))));
  console.log(`generate-icons: ${pngs.size} PNG sizes, icon.ico (${ICO_SIZES.length} images), icon.icns (${ICNS_ENTRIES.length} entries)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
