/**
 * The store's JSON, built from each document serialized once per transaction, is exactly what
 * JSON.stringify gives for objects in their schema's key order (a history record's members in the order it
 * writes them: after-images, carried documents, before-images); a copy is deep and equal.
 */
import { describe, expect, it, vi } from 'vitest';
import { StoreJson } from '../../../electron/core/store/storeJson.js';
import { emptyIndex, type HistoryRecord, type Journal } from '../../../electron/core/store/storeFiles.js';
import { realProfile, versioned } from './storeHelpers.js';

const a = realProfile('a', 'A');
const b = versioned('b', 1);
const record: HistoryRecord = {
  before: { docs: { a, b: null }, order: ['a'], defaults: {} },
  after: { docs: { a: { ...a, name: 'A2' }, b }, order: ['a', 'b'], defaults: { root: 'A2' } },
};
const index = {
  ...emptyIndex(),
  revision: 3,
  order: ['a', 'b'],
  history: { items: [{ id: 1, description: 'x', at: '2026-01-01T00:00:00.000Z' }], position: 1, nextId: 2 },
};

/** The record as StoreJson lays it out: what an open needs first (storeJson.ts historyRecord). */
const writtenOrder = (r: HistoryRecord) => ({ after: r.after, ...(r.carried ? { carried: r.carried } : {}), before: r.before });

describe('StoreJson', () => {
  it('writes a journal, with or without its history record, as JSON.stringify does', () => {
    const plain: Journal = { docs: record.after.docs, index, dropHistory: [4, 5] };
    const withHistory: Journal = { docs: plain.docs, index, historyFile: { id: 1, record }, dropHistory: plain.dropHistory };
    expect(new StoreJson().journal(plain)).toBe(JSON.stringify(plain));
    expect(new StoreJson().journal(withHistory)).toBe(
      JSON.stringify({ ...withHistory, historyFile: { id: 1, record: writtenOrder(record) } }),
    );
  });

  it('writes a history record as JSON.stringify does, each document on a line of its own, and a document as JSON.stringify does', () => {
    const json = new StoreJson();
    const carried = { ...record, carried: { b } };
    for (const r of [record, carried]) {
      const text = json.historyRecord(r);
      // A line break outside a string is JSON whitespace; inside one, JSON.stringify writes \n.
      expect(text.replaceAll('\n', '')).toBe(JSON.stringify(writtenOrder(r)));
      expect(JSON.parse(text)).toEqual(r);
      expect(text.indexOf('"after":')).toBeLessThan(text.indexOf('"before":'));
    }
    expect(
      json
        .historyRecord(carried)
        .split('\n')
        .filter((line) => line.startsWith('"')),
    ).toEqual([
      `"a":${JSON.stringify(record.after.docs.a)},`,
      `"b":${JSON.stringify(b)}`,
      `"b":${JSON.stringify(b)}`,
      `"a":${JSON.stringify(a)},`,
      '"b":null',
    ]);
    expect(json.doc(a)).toBe(JSON.stringify(a));
  });

  // What it is for (storeJson.ts): one commit puts a document in several places, and it is serialized once.
  it('serializes a document once however often a transaction writes it', () => {
    const json = new StoreJson();
    const stringify = vi.spyOn(JSON, 'stringify');
    try {
      json.doc(a);
      json.historyRecord(record);
      json.journal({ docs: { a }, index, dropHistory: [] });
      json.copy(a);
      expect(stringify.mock.calls.filter(([value]) => value === a)).toHaveLength(1);
    } finally {
      stringify.mockRestore();
    }
  });

  it('keys what it keeps by the document object, not by its id: another document of the same id gets its own text', () => {
    const json = new StoreJson();
    json.doc(a);
    const renamed = { ...a, name: 'Renamed' };
    expect(json.doc(renamed)).toBe(JSON.stringify(renamed));
    expect(json.doc(renamed)).not.toBe(json.doc(a));
  });

  it('copies a document deeply', () => {
    const copy = new StoreJson().copy(a);
    expect(copy).toEqual(a);
    copy.keys[0]!.values.push({ name: 'x', type: 1, data: '00' });
    expect(a).toEqual(realProfile('a', 'A'));
  });
});
