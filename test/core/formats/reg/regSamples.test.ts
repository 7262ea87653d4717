/**
 * The real samples: hivexregedit's and Wine's exports must give exactly the ground truth hivex read from the
 * hive, and re-writing a regedit-format export (Wine's `reg export` here; the two real regedit exports of the
 * extra real data when present) must give back its exact bytes (docs/file-formats.md §4.2, §4.6).
 */
import { describe, expect, it } from 'vitest';
import { parseReg, toSnapshot, writeReg } from '../../../../electron/core/formats/reg/index.js';
import { EXTRA, describeExtra, readExtra } from '../../../helpers/extraRealData.js';
import { SAMPLE, WINE_EXPORTS, readSample, toHex, utf16Text } from '../../../helpers/samples.js';
import { groundTruthView, snapshotView } from './regCompare.js';

/** What a regedit-style ASCII file would be had regedit written it: UTF-16LE with BOM. */
function asUtf16leWithBom(ascii: Uint8Array): Uint8Array {
  const out = new Uint8Array(2 + ascii.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  ascii.forEach((b, i) => (out[2 + 2 * i] = b));
  return out;
}

describe('hivexregedit sample', () => {
  const file = parseReg(readSample(SAMPLE.hivexReg));

  it('is read as UTF-8, version 5.00', () => {
    expect(file.encoding).toBe('utf-8');
    expect(file.version).toBe('5.00');
  });

  // hivexregedit sorts the values of a key by name while the JSON lists them in hive order, so the values of
  // each key are compared as lists sorted by name; keys are compared in order. hivexregedit writes the key
  // as the hive spells it (`SOFTWARE`) where the JSON has `Software`: paths compare case-insensitively.
  it('toSnapshot gives exactly the ground truth: every key in order, every value name, type and byte', () => {
    const snapshot = toSnapshot(file);
    expect(snapshotView(snapshot.keys)).toEqual(groundTruthView());
    expect(snapshot.deletedKeys).toEqual([]);
    expect(snapshot.deletedValues).toEqual([]);
  });

  it('records the line of every key and value', () => {
    const text = new TextDecoder().decode(readSample(SAMPLE.hivexReg)).split('\n');
    for (const entry of file.entries) {
      expect(text[entry.line - 1]).toBe(`[${entry.path}]`);
      if (entry.kind !== 'key') continue;
      for (const op of entry.ops) expect(text[op.line - 1]!.startsWith(`"${op.kind === 'set' ? op.value.name : op.name}"=`)).toBe(true);
    }
  });
});

describeExtra('regedit samples', () => {
  it('the UTF-16LE export is written back byte for byte', () => {
    const bytes = readExtra(EXTRA.regeditUtf16);
    const file = parseReg(bytes);
    expect(file.encoding).toBe('utf-16le');
    const { keys } = toSnapshot(file);
    expect(keys.map((k) => k.path)).toEqual([
      'HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\14.0\\Outlook\\Security',
      'HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\15.0\\Outlook\\Security',
      'HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\Outlook\\Security',
    ]);
    expect(keys[0]!.values[0]).toEqual({ name: 'EnableRoamingFolderHomepages', type: 4, data: '01000000' });
    expect(toHex(writeReg(keys))).toBe(toHex(bytes));
  });

  it('the wrapped ASCII export is written back byte for byte once re-encoded as regedit would (UTF-16LE)', () => {
    const bytes = readExtra(EXTRA.regeditWrapped);
    const file = parseReg(bytes);
    expect(file.encoding).toBe('utf-8');
    const { keys } = toSnapshot(file);
    const values = keys.flatMap((k) => k.values);
    expect(values.find((v) => v.name === 'ThemeFont')).toEqual({ name: 'ThemeFont', type: 4, data: '02000000' });
    expect(values.find((v) => v.name === 'NewTheme')).toEqual({ name: 'NewTheme', type: 1, data: '0000' });
    expect(values.find((v) => v.name === 'Template')).toEqual({ name: 'Template', type: 2, data: '0000' });
    const composeFont = values.find((v) => v.name === 'ComposeFontComplex')!;
    expect(new TextDecoder().decode(Buffer.from(composeFont.data, 'hex')).startsWith('<html>\r\n\r\n<head>')).toBe(true);
    expect(toHex(writeReg(keys))).toBe(toHex(asUtf16leWithBom(bytes)));
  });
});

// Wine's reg.exe writes regedit's format with code that is not ours (test/fixtures/real/wineExports.sh).
describe('Wine `reg export` files (regedit format from an independent implementation)', () => {
  it.each(WINE_EXPORTS)('%s is written back byte for byte: UTF-16LE, BOM, CRLF, 80-column hex with "\\"', (name) => {
    const bytes = readSample(name);
    const file = parseReg(bytes);
    expect(file.encoding).toBe('utf-16le');
    expect(file.version).toBe('5.00');
    expect(toHex(writeReg(toSnapshot(file).keys))).toBe(toHex(bytes));
  });

  it('the files exercise what regedit writes: BOM, CRLF only, wrapped hex lines of at most 80 columns', () => {
    const texts = WINE_EXPORTS.map((name) => readSample(name));
    for (const bytes of texts) expect([bytes[0], bytes[1]]).toEqual([0xff, 0xfe]);
    const lines = texts.flatMap((bytes) => utf16Text(bytes).split('\r\n'));
    expect(lines.join('')).not.toMatch(/[\r\n]/);
    const continued = lines.filter((l) => l.endsWith('\\'));
    expect(continued.length).toBeGreaterThan(100);
    for (const l of continued) expect(l.length).toBeLessThanOrEqual(80);
    for (const prefix of ['=hex:', '=hex(2):', '=hex(7):', '=hex(b):', '=dword:', '="']) {
      expect(lines.some((l) => l.includes(prefix))).toBe(true);
    }
  });

  it('hex(2), hex(7), hex(b), dword and escaped strings read as their registry types and bytes', () => {
    const values = WINE_EXPORTS.flatMap((name) => toSnapshot(parseReg(readSample(name))).keys.flatMap((k) => k.values));
    const byName = (name: string) => values.find((v) => v.name === name)!;
    const utf16z = (s: string) => Buffer.from(s + '\0', 'utf16le').toString('hex');
    expect(byName('TEMP')).toEqual({ name: 'TEMP', type: 2, data: utf16z('%USERPROFILE%\\AppData\\Local\\Temp') });
    expect(byName('DisplayName')).toEqual({ name: 'DisplayName', type: 2, data: '' });
    expect(byName('RegistrationTime')).toEqual({ name: 'RegistrationTime', type: 11, data: 'f02366741b81d701' });
    expect(byName('ProcessDependencies').type).toBe(7);
    expect(byName('Revision')).toEqual({ name: 'Revision', type: 4, data: '65080000' });
    expect(byName('ChocolateyToolsLocation')).toEqual({ name: 'ChocolateyToolsLocation', type: 1, data: utf16z('C:\\tools') });
  });

  it('the Profiles export gives exactly the ground truth libhivex read from the hive', () => {
    const { keys } = toSnapshot(parseReg(readSample(SAMPLE.wineProfiles)));
    expect(snapshotView(keys)).toEqual(groundTruthView());
  });
});
