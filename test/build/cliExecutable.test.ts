/**
 * `npx mpe …` after `npm run build`: npm runs the package's own `bin` (out/cli/mpe.js) directly, so the build
 * must write it executable — without the bit, `npx mpe` fails with "Permission denied".
 *
 * Needs the build output (`npm test` runs `npm run build` first).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string; bin: { mpe: string } };

describe('the built mpe command', () => {
  it('is written executable, with a node shebang', () => {
    const file = join(root, pkg.bin.mpe);
    expect(statSync(file).mode & 0o111).toBe(0o111);
    expect(readFileSync(file, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('runs through npx without installing anything', () => {
    const out = execFileSync('npx', ['--no-install', 'mpe', '--version'], { cwd: root, encoding: 'utf8' });
    expect(out.trim()).toContain(pkg.version);
  });
});
