/**
 * Reading a record's documents one by one (recordDocs.ts): what StoreJson writes, a record written on one
 * line (before the line layout), and a line the shortcut cannot read, all give the documents JSON.parse of
 * the whole record gives.
 */
import { describe, expect, it, vi } from 'vitest';
import { recordDocs } from '../../../electron/core/store/recordDocs.js';
import type { HistoryRecord } from '../../../electron/core/store/storeFiles.js';
import { StoreJson } from '../../../electron/core/store/storeJson.js';
import { realProfile, versioned } from './storeHelpers.js';

const a = realProfile('a', 'A "quoted"\nname');
const b = versioned('b', 1);
const c = versioned('c-1_x', 7);
const record: HistoryRecord = {
  before: { docs: { a, b: null }, order: ['a'], defaults: { 'src\\root': 'A "quoted"\nname' } },
  after: { docs: { a: { ...a, name: 'A2' }, b }, order: ['a', 'b'], defaults: {} },
  carried: { 'c-1_x': c },
};

const every = (text: string) => {
  const docs = recordDocs(text);
  return [
    docs.get('before', 'a'),
    docs.get('before', 'b'),
    docs.get('after', 'a'),
    docs.get('after', 'b'),
    docs.get('carried', 'c-1_x'),
    docs.get('after', 'missing'),
  ];
};
const expected = [a, null, { ...a, name: 'A2' }, b, c, undefined];

describe('a history record read document by document', () => {
  it('gives each document of the line layout StoreJson writes, never parsing the whole record', () => {
    const text = new StoreJson().historyRecord(record);
    const parse = vi.spyOn(JSON, 'parse');
    try {
      const docs = recordDocs(text);
      const found = [
        docs.get('before', 'a'),
        docs.get('before', 'b'),
        docs.get('after', 'a'),
        docs.get('after', 'b'),
        docs.get('carried', 'c-1_x'),
      ];
      expect(found).toEqual(expected.slice(0, -1));
      expect(parse.mock.calls.filter(([t]) => t === text)).toEqual([]);
    } finally {
      parse.mockRestore();
    }
    expect(every(text)).toEqual(expected);
  });

  it('gives each document of a record written on one line, as earlier versions did', () => {
    expect(every(JSON.stringify(record))).toEqual(expected);
  });

  it('falls back to the whole record when a line does not parse, and gives nothing for an unreadable record', () => {
    const text = new StoreJson().historyRecord(record).replace(`"b":${JSON.stringify(b)}\n`, `"b":${JSON.stringify(b).slice(0, -1)}\n}`);
    expect(text.split('\n').includes(`"b":${JSON.stringify(b).slice(0, -1)}`)).toBe(true);
    expect(recordDocs(text).get('after', 'b')).toEqual(b);
    expect(recordDocs(undefined).get('after', 'a')).toBeUndefined();
    const torn = new StoreJson().historyRecord(record).replace(`"b":${JSON.stringify(b)}`, `"b":${JSON.stringify(b)}x`);
    expect(recordDocs(torn).get('after', 'b')).toBeUndefined();
    expect(recordDocs(torn).get('after', 'a')).toEqual({ ...a, name: 'A2' });
  });
});
