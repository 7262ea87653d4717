/**
 * Reading the documents the index places in a history record (recordDocs.ts): what StoreJson writes, a
 * record written before-images first or on one line (earlier versions), and a line the shortcut cannot read
 * all give the documents JSON.parse of the whole record gives; reading stops once the wanted documents are
 * found, so the before-images after them are not read.
 */
import { readSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { readRecordDocs, type ReadAt, type WantedDoc } from '../../../electron/core/store/recordDocs.js';
import type { HistoryRecord } from '../../../electron/core/store/storeFiles.js';
import { StoreJson } from '../../../electron/core/store/storeJson.js';
import { realProfile, tempDir, versioned, versionOf } from './storeHelpers.js';

const a = realProfile('a', 'A "quoted"\nname');
const b = versioned('b', 1);
const c = versioned('c-1_x', 7);
const record: HistoryRecord = {
  before: { docs: { a, b: null }, order: ['a'], defaults: { 'src\\root': 'A "quoted"\nname' } },
  after: { docs: { a: { ...a, name: 'A2' }, b }, order: ['a', 'b'], defaults: {} },
  carried: { 'c-1_x': c },
};

const everyPlace: WantedDoc[] = [
  { side: 'before', id: 'a' },
  { side: 'before', id: 'b' },
  { side: 'after', id: 'a' },
  { side: 'after', id: 'b' },
  { side: 'carried', id: 'c-1_x' },
  { side: 'after', id: 'missing' },
];
const expected = [a, null, { ...a, name: 'A2' }, b, c, undefined];

function recordFile(text: string | Buffer): string {
  const file = join(tempDir(), '1.json');
  writeFileSync(file, text);
  return file;
}

/** What readRecordDocs gives for each of `wanted`, in that order, and the bytes it read through readSync. */
function read(file: string, wanted: WantedDoc[] = everyPlace): { docs: unknown[]; bytes: number } {
  const found = new Map<WantedDoc, unknown>();
  let bytes = 0;
  const counting: ReadAt = (fd, buffer, offset, length, position) => {
    const n = readSync(fd, buffer, offset, length, position);
    bytes += n;
    return n;
  };
  readRecordDocs(
    file,
    wanted,
    (w, raw) => {
      expect(found.has(w), `${w.side}:${w.id} given twice`).toBe(false);
      found.set(w, raw);
    },
    counting,
  );
  expect(found.size).toBe(wanted.length);
  return { docs: wanted.map((w) => found.get(w)), bytes };
}

describe('a history record read document by document', () => {
  it('gives each document of the line layout StoreJson writes, never parsing the whole record', () => {
    const text = new StoreJson().historyRecord(record);
    const parse = vi.spyOn(JSON, 'parse');
    try {
      expect(read(recordFile(text), everyPlace.slice(0, -1)).docs).toEqual(expected.slice(0, -1));
      expect(parse.mock.calls.filter(([t]) => t === text)).toEqual([]);
    } finally {
      parse.mockRestore();
    }
    expect(read(recordFile(text)).docs).toEqual(expected);
  });

  it('gives each document of a record written on one line, as earlier versions did', () => {
    expect(read(recordFile(JSON.stringify(record))).docs).toEqual(expected);
  });

  it('gives each document of a record written before-images first, as the previous version did', () => {
    // Written by that version (test/fixtures/store/v3-before-first/README.md): B from 1 to 3, C carried at 1.
    const file = join(import.meta.dirname, '../../fixtures/store/v3-before-first/history/3.json');
    const { docs } = read(file, [
      { side: 'before', id: 'B' },
      { side: 'after', id: 'B' },
      { side: 'carried', id: 'C' },
    ]);
    expect(docs.map((d) => [(d as { id: string }).id, versionOf(d as never)])).toEqual([
      ['B', 1],
      ['B', 3],
      ['C', 1],
    ]);
  });

  it('stops reading once the documents wanted are found: the before-images after them are not read', () => {
    // Before-images far larger than one read, after them: what a change to every profile writes.
    const many = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`p${i}`, { ...a, id: `p${i}`, name: `P${i}` }]));
    const big: HistoryRecord = {
      before: { docs: many, order: Object.keys(many), defaults: {} },
      after: { docs: { p0: { ...many.p0!, name: 'P0 renamed' } }, order: Object.keys(many), defaults: {} },
      carried: { b },
    };
    const text = new StoreJson().historyRecord(big);
    const beforeAt = text.indexOf('"before":');
    expect(beforeAt).toBeLessThan(text.length / 10);
    const wanted: WantedDoc[] = [
      { side: 'after', id: 'p0' },
      { side: 'carried', id: 'b' },
    ];
    const whole = read(recordFile(text), wanted);
    expect(whole.docs).toEqual([big.after.docs.p0, b]);
    expect(whole.bytes).toBeLessThan(text.length / 2);
    // The same record with everything from its before-images on replaced by bytes that are not JSON, nor
    // UTF-8: the documents are found all the same, and nothing falls back to parsing the whole record.
    const garbage = Buffer.concat([Buffer.from(text.slice(0, beforeAt)), Buffer.alloc(text.length - beforeAt, 0xff)]);
    const parse = vi.spyOn(JSON, 'parse');
    try {
      expect(read(recordFile(garbage), wanted).docs).toEqual([big.after.docs.p0, b]);
      expect(parse.mock.calls.filter(([t]) => typeof t === 'string' && t.length > 100_000)).toEqual([]);
    } finally {
      parse.mockRestore();
    }
    // A before-image wanted (after an undo): read as far as it is.
    expect(read(recordFile(text), [{ side: 'before', id: 'p299' }]).docs).toEqual([many.p299]);
  });

  it('falls back to the whole record when a line does not parse, and gives nothing for a missing record', () => {
    const text = new StoreJson().historyRecord(record).replace(`"b":${JSON.stringify(b)}\n`, `"b":${JSON.stringify(b).slice(0, -1)}\n}`);
    expect(text.split('\n').includes(`"b":${JSON.stringify(b).slice(0, -1)}`)).toBe(true);
    expect(read(recordFile(text), [{ side: 'after', id: 'b' }]).docs).toEqual([b]);
    expect(read(join(tempDir(), 'absent.json')).docs).toEqual(everyPlace.map(() => undefined));
    const torn = new StoreJson().historyRecord(record).replace(`"b":${JSON.stringify(b)}`, `"b":${JSON.stringify(b)}x`);
    expect(
      read(recordFile(torn), [
        { side: 'after', id: 'b' },
        { side: 'after', id: 'a' },
      ]).docs,
    ).toEqual([undefined, { ...a, name: 'A2' }]);
  });

  it('gives the documents before the cut of a truncated record, and nothing for those after it', () => {
    const text = new StoreJson().historyRecord(record);
    // Cut inside after-image b, the line after a's.
    const cut = text.indexOf(`"b":${JSON.stringify(b)}`) + 20;
    const { docs } = read(recordFile(text.slice(0, cut)));
    expect(docs).toEqual([undefined, undefined, { ...a, name: 'A2' }, undefined, undefined, undefined]);
  });
});
