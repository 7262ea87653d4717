/**
 * Reading the documents out of a history record (storeFiles.ts) one by one.
 *
 * StoreJson writes each document of a record on a line of its own (`"ID":{…}`, JSON's whitespace between
 * members: the file is plain JSON still). Opening the store then parses only the documents the index places
 * in that record, each on its own, instead of the whole record at once: parsing a 1,000-profile record in one
 * JSON.parse took 1.3–1.9× as long as 1,000 small files (a large graph alive through every collection), and a
 * record of a change to every profile also holds 1,000 before-images the open does not need.
 *
 * The line layout is only a shortcut: a record written otherwise (one line, by an earlier version), or a
 * document its line does not give, is looked up in JSON.parse of the whole record. Profile ids are SAFE_ID
 * (no quote, no backslash), and JSON.stringify escapes every line break inside strings, so a line that
 * starts with `"` inside a docs object is exactly one member.
 */
import type { DocPlace } from './storeFiles.js';

type Side = DocPlace['side'];
type RawRecord = {
  before?: { docs?: Record<string, unknown> };
  after?: { docs?: Record<string, unknown> };
  carried?: Record<string, unknown>;
};

export interface RecordDocs {
  /** The document as read (not validated), or undefined when the record does not hold it. */
  get(side: Side, id: string): unknown;
}

export function recordDocs(text: string | undefined): RecordDocs {
  if (text === undefined) return { get: () => undefined };
  const lines = new Map<string, string>();
  let side: Side | undefined;
  for (const line of text.split('\n')) {
    if (line.endsWith('"carried":{')) side = 'carried';
    else if (line.endsWith('"docs":{'))
      side = line.endsWith('"after":{"docs":{') ? 'after' : line.endsWith('"before":{"docs":{') ? 'before' : undefined;
    else if (side && line.startsWith('"')) {
      const end = line.indexOf('"', 1);
      lines.set(`${side}:${line.slice(1, end)}`, line.slice(end + 2, line.endsWith(',') ? -1 : undefined));
    } else side = undefined;
  }
  let whole: RawRecord | undefined | null = null;
  const fromWhole = (s: Side, id: string): unknown => {
    if (whole === null) {
      try {
        whole = JSON.parse(text) as RawRecord;
      } catch {
        whole = undefined;
      }
    }
    return s === 'carried' ? whole?.carried?.[id] : whole?.[s]?.docs?.[id];
  };
  return {
    get(s, id) {
      const line = lines.get(`${s}:${id}`);
      if (line === undefined) return fromWhole(s, id);
      try {
        return JSON.parse(line) as unknown;
      } catch {
        return fromWhole(s, id);
      }
    },
  };
}
