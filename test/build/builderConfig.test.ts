/**
 * The packaging configuration and the icons it points at, checked without packing: every icon exists at
 * the size its name says (generated from build/icon.svg by build/generate-icons.mjs), the ICO and ICNS
 * containers are well formed, and the macOS entitlements are the hardened-runtime minimum.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../build/electron-builder.config.js';

const buildDir = join(import.meta.dirname, '..', '..', 'build');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('build/electron-builder.config.ts', () => {
  it('names the app and writes to dist/', () => {
    expect(config.appId).toBe('io.github.mapiprofileeditor.app');
    expect(config.productName).toBe('MAPI Profile Editor');
    expect(config.directories?.output).toBe('dist');
    expect(config.files).toContain('out/**/*');
  });

  it('builds NSIS and portable on Windows, dmg and zip for both Mac architectures, AppImage and deb', () => {
    const targets = (t: unknown): string[] => (t as { target: string }[]).map((x) => (typeof x === 'string' ? x : x.target));
    expect(targets(config.win?.target)).toEqual(['nsis', 'portable']);
    expect(targets(config.mac?.target)).toEqual(['dmg', 'zip']);
    for (const t of config.mac?.target as { arch: string[] }[]) expect(t.arch).toEqual(['x64', 'arm64']);
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.mac?.hardenedRuntime).toBe(true);
  });

  it('opens .prf everywhere and .reg/.dat on macOS and Linux, as an editor', () => {
    const exts = (list: unknown): string[] => (list as { ext: string }[]).map((a) => a.ext);
    expect(exts(config.fileAssociations)).toEqual(['prf']);
    expect(exts(config.mac?.fileAssociations)).toEqual(['reg', 'dat']);
    expect(exts(config.linux?.fileAssociations)).toEqual(['reg', 'dat']);
    for (const a of [config.fileAssociations, config.mac?.fileAssociations].flat() as { role: string; name: string }[]) {
      expect(a.role).toBe('Editor');
      expect(a.name).toBeTruthy();
    }
  });

  it('points at resources that exist', () => {
    for (const p of [config.win?.icon, config.mac?.icon, config.linux?.icon, config.mac?.entitlements, config.mac?.entitlementsInherit]) {
      expect(existsSync(join(buildDir, '..', p!)), p!).toBe(true);
    }
  });
});

describe('icons', () => {
  it('has every PNG size, each exactly the size its name says', () => {
    for (const n of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
      expect(pngSize(readFileSync(join(buildDir, 'icons', `${n}x${n}.png`)))).toEqual({ width: n, height: n });
    }
    expect(pngSize(readFileSync(join(buildDir, 'icon.png')))).toEqual({ width: 1024, height: 1024 });
    expect(readFileSync(join(buildDir, 'icon.svg'), 'utf8')).toContain('viewBox="0 0 1024 1024"');
  });

  it('has an ICO with sizes up to 256, each entry a PNG of its declared size', () => {
    const ico = readFileSync(join(buildDir, 'icon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const sizes: number[] = [];
    for (let i = 0; i < ico.readUInt16LE(4); i++) {
      const at = 6 + 16 * i;
      const declared = ico[at] === 0 ? 256 : ico[at]!;
      const png = ico.subarray(ico.readUInt32LE(at + 12), ico.readUInt32LE(at + 12) + ico.readUInt32LE(at + 8));
      expect(pngSize(png)).toEqual({ width: declared, height: declared });
      sizes.push(declared);
    }
    expect(sizes).toEqual(expect.arrayContaining([16, 32, 48, 256]));
  });

  it('has an ICNS whose entries fill the file exactly and include 1024 px (ic10)', () => {
    const icns = readFileSync(join(buildDir, 'icon.icns'));
    expect(icns.toString('latin1', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const types: string[] = [];
    let at = 8;
    while (at < icns.length) {
      const len = icns.readUInt32BE(at + 4);
      expect(len).toBeGreaterThan(8);
      types.push(icns.toString('latin1', at, at + 4));
      pngSize(icns.subarray(at + 8, at + len));
      at += len;
    }
    expect(at).toBe(icns.length);
    expect(types).toEqual(expect.arrayContaining(['ic07', 'ic08', 'ic09', 'ic10']));
  });
});

describe('macOS entitlements', () => {
  it('asks only for JIT, the hardened runtime minimum for Electron', () => {
    const plist = readFileSync(join(buildDir, 'entitlements.mac.plist'), 'utf8');
    expect([...plist.matchAll(/<key>([^<]+)<\/key>/g)].map((m) => m[1])).toEqual(['com.apple.security.cs.allow-jit']);
  });
});
