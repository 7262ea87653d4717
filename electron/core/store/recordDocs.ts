/**
 * Reading the documents the index places in a history record (storeFiles.ts), and only those, reading no
 * further into the file than they are.
 *
 * StoreJson writes each document of a record on a line of its own (`"ID":{…}`, JSON's whitespace between
 * members: the file is plain JSON still), the documents an open needs first: the after-images and the
 * carried documents, then the before-images, which only an undo reads (storeJson.ts). The record is read in
 * chunks; each line is looked at in bytes (its first byte, its id, the end of a header line) and only a
 * wanted document's line is decoded and parsed, so neither the whole text nor its line slices are ever
 * alive at once. Reading stops once every wanted document is found: opening a store after a change to all
 * of 1,000 profiles read 37 MB of record to use the 18 MB of after-images (issue #19 §3). A record written
 * before-images first (earlier versions) gives the same documents, from further in.
 *
 * The line layout is only a shortcut: a record written otherwise (one line, by an earlier version), or a
 * document its line does not give, is looked up in JSON.parse of the whole record. Profile ids are SAFE_ID
 * (no quote, no backslash), and JSON.stringify escapes every line break inside strings, so a line that
 * starts with `"` inside a docs object is exactly one member. A line break is byte 0x0A, which never occurs
 * inside a multi-byte UTF-8 sequence, so lines are cut in bytes and each decoded whole.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import type { DocPlace } from './storeFiles.js';

type Side = DocPlace['side'];
type RawRecord = {
  before?: { docs?: Record<string, unknown> };
  after?: { docs?: Record<string, unknown> };
  carried?: Record<string, unknown>;
};

/** fs.readSync's shape: bytes read into `buffer` at `offset` from file `position`, 0 at the end. */
export type ReadAt = (fd: number, buffer: Buffer, offset: number, length: number, position: number) => number;

/** One document wanted from a record: its place there. */
export interface WantedDoc {
  side: Side;
  id: string;
}

/** First read; grown (doubled) while one line does not fit, as a record written on one line. */
const CHUNK = 1 << 20;
const NEWLINE = 0x0a;
const QUOTE = 0x22;
const COMMA = 0x2c;
/** A header line ends with the member that opens a docs object: `…"before":{"docs":{` is the longest. */
const HEADER_TAIL = 20;

/**
 * Calls `found` once for each of `wanted`, with its document as read (JSON, not validated) or undefined
 * when the record does not give it (missing, torn, unreadable). `read` is fs.readSync unless a test counts.
 */
export function readRecordDocs(
  file: string,
  wanted: readonly WantedDoc[],
  found: (doc: WantedDoc, raw: unknown) => void,
  read: ReadAt = readSync,
): void {
  const missing = new Map(wanted.map((w) => [`${w.side}:${w.id}`, w]));
  if (missing.size) readLines(file, missing, found, read);
  if (!missing.size) return;
  // Not on a line of its own (a record written on one line), or its line did not parse: the whole record.
  let whole: RawRecord | undefined;
  try {
    whole = JSON.parse(readFileSync(file, 'utf8')) as RawRecord;
  } catch {
    whole = undefined;
  }
  for (const w of missing.values()) found(w, w.side === 'carried' ? whole?.carried?.[w.id] : whole?.[w.side]?.docs?.[w.id]);
}

/** Finds the `missing` documents line by line, removing each found one; stops when none is left. */
function readLines(file: string, missing: Map<string, WantedDoc>, found: (doc: WantedDoc, raw: unknown) => void, read: ReadAt): void {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return;
  }
  try {
    let buf = Buffer.allocUnsafe(CHUNK);
    let start = 0; // first byte of the line not yet looked at
    let end = 0; // end of the bytes read into buf
    let position = 0; // file offset of buf[end]
    let side: Side | undefined;
    const line = (from: number, to: number): void => {
      if (buf[from] !== QUOTE) {
        // A header line: which docs object the next member lines are in (none after `}`, `]`…).
        const tail = buf.toString('latin1', Math.max(from, to - HEADER_TAIL), to);
        side = tail.endsWith('"carried":{')
          ? 'carried'
          : tail.endsWith('"after":{"docs":{')
            ? 'after'
            : tail.endsWith('"before":{"docs":{')
              ? 'before'
              : undefined;
        return;
      }
      if (!side) return;
      const close = buf.indexOf(QUOTE, from + 1);
      if (close < 0 || close >= to) return;
      const key = `${side}:${buf.toString('latin1', from + 1, close)}`;
      const doc = missing.get(key);
      if (!doc) return;
      let raw: unknown;
      try {
        raw = JSON.parse(buf.toString('utf8', close + 2, buf[to - 1] === COMMA ? to - 1 : to));
      } catch {
        return; // left missing: looked up in the whole record
      }
      missing.delete(key);
      found(doc, raw);
    };
    for (;;) {
      let nl: number;
      while (missing.size && (nl = buf.indexOf(NEWLINE, start)) >= 0 && nl < end) {
        line(start, nl);
        start = nl + 1;
      }
      if (!missing.size) return;
      // Keep the partial line, at the front of a buffer with room for more.
      if (start > 0) {
        buf.copy(buf, 0, start, end);
        end -= start;
        start = 0;
      }
      if (end === buf.length) {
        const bigger = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(bigger, 0, 0, end);
        buf = bigger;
      }
      const n = read(fd, buf, end, buf.length - end, position);
      if (n === 0) {
        if (end > start) line(start, end);
        return;
      }
      position += n;
      end += n;
    }
  } finally {
    closeSync(fd);
  }
}
