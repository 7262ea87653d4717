/**
 * The renderer is untrusted (issue 9). For EVERY channel of the contract, through BOTH transports — the
 * Electron adapter (registerIpcHandlers over a table ipcMain, a trusted frame) and the browser-mode server
 * over real HTTP with the token — send requests derived from the channel's own zod schema: not an object,
 * an extra key, `__proto__`/`constructor` keys, each field missing, each field of every wrong JSON type,
 * strings and arrays one past their maximum, numbers out of range. Every one must come back as a typed
 * E_INVALID_REQUEST, and the store folder must be byte-for-byte what it was. Byte fields are bytes on
 * Electron's IPC and base64 on the web (shared/wire/wireCodec.ts): each case is written for the web and
 * read back through the same codec for the Electron adapter, so both get the same one fault.
 */
import { readFileSync } from 'node:fs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, channels, type ChannelName } from '../../shared/contract.js';
import { isBytesSchema } from '../../shared/wire/bytes.js';
import { channelWire } from '../../shared/wire/wireCodec.js';
import { dispatchEnvelope } from '../../electron/ipc/dispatch.js';
import { registerIpcHandlers, type IpcEventLike } from '../../electron/ipc/electronAdapter.js';
import { startWebServer, type WebServer } from '../../electron/ipc/web/webServer.js';
import { realHandlers } from '../ipc/testContext.js';
import { SAMPLE, readSample } from '../helpers/samples.js';
import { hashFile, hashTree } from './storeHash.js';

// ---- requests derived from a zod schema -------------------------------------------------------------

type Schema = z.ZodType & { def: Record<string, unknown> & { type: string } };
const OMIT = Symbol('omit');
const defOf = (s: unknown) => (s as Schema).def;
const checks = (s: unknown): Record<string, unknown>[] =>
  ((defOf(s).checks as { _zod: { def: Record<string, unknown> } }[] | undefined) ?? []).map((c) => c._zod.def);
const limit = (s: unknown, check: string, key: 'maximum' | 'minimum' | 'value'): number | undefined =>
  checks(s).find((c) => c.check === check)?.[key] as number | undefined;

/** A value the schema accepts (the smallest that does), or OMIT for an optional field. */
function example(s: unknown): unknown {
  const d = defOf(s);
  switch (d.type) {
    case 'optional':
      return OMIT;
    case 'nullable':
      return null;
    case 'default':
      return OMIT;
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries((s as z.ZodObject).shape)) {
        const e = example(v);
        if (e !== OMIT) out[k] = e;
      }
      return out;
    }
    case 'string': {
      const min = limit(s, 'min_length', 'minimum') ?? 0;
      const candidates = ['x'.repeat(Math.max(min, 1)), '', '00', '0'.repeat(32), 'a'.repeat(min)];
      return candidates.find((c) => (s as z.ZodType).safeParse(c).success) ?? 'x';
    }
    case 'number':
      return [0, 1, limit(s, 'greater_than', 'value')].find((n) => n !== undefined && (s as z.ZodType).safeParse(n).success) ?? 0;
    case 'boolean':
      return false;
    case 'enum':
      return Object.values(d.entries as Record<string, string>)[0];
    case 'literal':
      return (d.values as unknown[])[0];
    case 'array': {
      const min = limit(s, 'min_length', 'minimum') ?? 0;
      return Array.from({ length: min }, () => example(d.element));
    }
    case 'union':
      return example((d.options as unknown[])[0]);
    case 'record':
      return {};
    case 'custom':
      return isBytesSchema(s as z.ZodType) ? new Uint8Array([1, 2, 3]) : undefined;
    default:
      return undefined;
  }
}

const WRONG_TYPES: unknown[] = [42, -1.5, null, true, 'text', [], [1, 'a'], {}, { nested: { deep: 1 } }];

interface Case {
  label: string;
  /** The body as JSON text, so own `__proto__` keys survive to both transports. */
  json: string;
}

/** Bad variants of one field of `base` (at path `where`). */
function fieldCases(field: unknown, where: string, set: (v: unknown) => string, remove: (() => string) | undefined): Case[] {
  const out: Case[] = [];
  const d = defOf(field);
  const inner = d.type === 'optional' ? defOf(field).innerType : field;
  const accepts = (v: unknown) => (field as z.ZodType).safeParse(v).success;
  if (remove && d.type !== 'optional') out.push({ label: `${where} missing`, json: remove() });
  // On the web a byte field is base64 text, so 'text' (valid base64) is bytes there, not a fault.
  const bytes = isBytesSchema(inner as z.ZodType);
  const wrong = bytes ? [...WRONG_TYPES.filter((v) => v !== 'text'), 'not base64!', 'QUJD='] : WRONG_TYPES;
  for (const v of wrong) if (!accepts(v)) out.push({ label: `${where} = ${JSON.stringify(v)}`, json: set(v) });
  const id = defOf(inner).type;
  if (id === 'string') {
    const max = limit(inner, 'max_length', 'maximum');
    // The 400 MB file field is checked by the web body limit instead (a test below).
    if (max !== undefined && max <= 4 * 1024 * 1024) out.push({ label: `${where} ${max + 2} characters`, json: set('0'.repeat(max + 2)) });
  }
  if (id === 'number') {
    const max = limit(inner, 'less_than', 'value');
    const min = limit(inner, 'greater_than', 'value');
    if (max !== undefined) out.push({ label: `${where} = max + 1`, json: set(max + 1) });
    if (min !== undefined) out.push({ label: `${where} = min - 1`, json: set(min - 1) });
    if (checks(inner).some((c) => c.format === 'safeint')) out.push({ label: `${where} = 0.5`, json: set(0.5) });
  }
  if (id === 'array') {
    const max = limit(inner, 'max_length', 'maximum');
    const element = example(defOf(inner).element);
    if (max !== undefined && max <= 100_000)
      out.push({ label: `${where} ${max + 1} items`, json: set(Array.from({ length: max + 1 }, () => element)) });
    const min = limit(inner, 'min_length', 'minimum');
    if (min !== undefined && min > 0) out.push({ label: `${where} empty`, json: set([]) });
    // One bad element: the element's own cases, and an element with an extra key.
    const elementSchema = defOf(inner).element;
    if (defOf(elementSchema).type === 'object') {
      const good = element as Record<string, unknown>;
      out.push({ label: `${where}[0] extra key`, json: set([{ ...good, extra: 1 }]) });
      for (const [k, v] of Object.entries((elementSchema as z.ZodObject).shape)) {
        out.push(
          ...fieldCases(
            v,
            `${where}[0].${k}`,
            (x) => set([{ ...good, [k]: x }]),
            () => set([Object.fromEntries(Object.entries(good).filter(([kk]) => kk !== k))]),
          ),
        );
      }
    }
  }
  return out;
}

/** Every bad request derived from one channel's request schema. */
function casesFor(channel: ChannelName): { base: Record<string, unknown>; cases: Case[] } {
  const schema = channels[channel].request as unknown as z.ZodObject;
  const base = example(schema) as Record<string, unknown>;
  const body = (o: Record<string, unknown>) => JSON.stringify(channelWire(channel).request.toWire(o));
  const cases: Case[] = [
    ...['null', '42', '"x"', '[]', 'true', '[{}]'].map((json) => ({ label: `body ${json}`, json })),
    { label: 'extra key', json: body({ ...base, extra: 'x' }) },
    {
      label: '__proto__ key',
      json: body(base).replace(/^\{/, '{"__proto__":{"polluted":true,"isAdmin":true}' + (Object.keys(base).length ? ',' : '')),
    },
    { label: 'constructor.prototype key', json: body({ ...base, constructor: { prototype: { polluted: true } } }) },
    { label: 'prototype key', json: body({ ...base, prototype: { polluted: true } }) },
  ];
  for (const [k, v] of Object.entries(schema.shape)) {
    const without = () => body(Object.fromEntries(Object.entries(base).filter(([kk]) => kk !== k)));
    cases.push(...fieldCases(v, k, (x) => body({ ...base, [k]: x }), without));
  }
  return { base, cases };
}

// ---- the two transports over one real store ------------------------------------------------------------

const trusted = 'file:///app/out/renderer/index.html';
const { handlers, storeDir } = realHandlers('electron');
const listeners = new Map<string, (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>>();
registerIpcHandlers({ handle: (c, l) => void listeners.set(c, l) }, handlers, (url) => url === trusted);
let server: WebServer;
const WEB_LIMIT = 8 * 1024 * 1024;

function post(path: string, body: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        method: 'POST',
        path,
        headers: {
          Host: `127.0.0.1:${server.port}`,
          Authorization: `Bearer ${server.token}`,
          'Content-Type': 'application/json',
          ...headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

let before: Record<string, string>;

beforeAll(async () => {
  const rendererDir = mkdtempSync(join(tmpdir(), 'mpe-hostile-renderer-'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html>');
  server = await startWebServer({ handlers, rendererDir, maxBodyBytes: WEB_LIMIT });
  // A real profile in the store, so a request that slipped through would have something to change.
  const data = readSample(SAMPLE.hivexReg);
  const imported = await dispatchEnvelope(handlers, 'profiles.import', { files: [{ name: 'sample.reg', data }] });
  expect(imported.ok).toBe(true);
  before = hashTree(storeDir);
});
afterAll(() => server.close());

const expectInvalid = (envelope: unknown, label: string) =>
  expect(envelope, label).toMatchObject({
    ok: false,
    error: { code: 'E_INVALID_REQUEST', reason: expect.any(String), message: expect.any(String) },
  });

describe('a hostile renderer, on every channel, through both transports', () => {
  it('derives a valid example from every request schema (so each variant tests one fault)', () => {
    for (const channel of CHANNEL_NAMES) {
      const { base } = casesFor(channel);
      expect(channels[channel].request.safeParse(base).success, channel).toBe(true);
    }
  });

  for (const channel of CHANNEL_NAMES) {
    it(`${channel}: malformed, wrongly typed, oversized and extra-field requests → E_INVALID_REQUEST, store unchanged`, async () => {
      const { cases } = casesFor(channel);
      expect(cases.length).toBeGreaterThanOrEqual(9);
      const listener = listeners.get(channel)!;
      for (const c of cases) {
        const cloned = channelWire(channel).request.fromWire(JSON.parse(c.json));
        expectInvalid(await listener({ senderFrame: { url: trusted } }, cloned), `electron ${channel}: ${c.label}`);
        const r = await post(`/api/${channel}`, c.json);
        expect(r.status, `web ${channel}: ${c.label}`).toBe(200);
        expectInvalid(JSON.parse(r.body), `web ${channel}: ${c.label}`);
      }
      // Values only structured clone can carry (Electron IPC), never JSON.
      for (const v of [undefined, 1n, new Date(0), new Map([['id', 'x']]), new Uint8Array(4), NaN, Infinity]) {
        expectInvalid(await listener({ senderFrame: { url: trusted } }, v), `electron ${channel}: ${String(v)}`);
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('isAdmin');
      expect(hashTree(storeDir)).toEqual(before);
    }, 60_000);
  }

  it('a valid request from a frame that is not our renderer is refused on every channel, store unchanged', async () => {
    for (const channel of CHANNEL_NAMES) {
      const { base } = casesFor(channel);
      for (const url of ['https://evil.example/', 'file:///tmp/evil.html', 'devtools://devtools/', '']) {
        const r = await listeners.get(channel)!({ senderFrame: { url } }, base);
        expect(r, `${channel} from ${url}`).toMatchObject({ ok: false, error: { code: 'E_INVALID_REQUEST', reason: 'untrustedSender' } });
      }
    }
    expect(hashTree(storeDir)).toEqual(before);
  });

  it('unknown channels, on both transports', async () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'app.info/../profiles.delete', 'profiles.import ', '']) {
      expectInvalid(await dispatchEnvelope(handlers, name as ChannelName, {} as never), name);
      const r = await post(`/api/${encodeURIComponent(name)}`, '{}');
      expectInvalid(JSON.parse(r.body), `web ${name}`);
    }
    expect(hashTree(storeDir)).toEqual(before);
  });

  it('a body over the web limit is refused with 413 before it is parsed, on every channel', async () => {
    const big = JSON.stringify({ files: [{ name: 'x.reg', data: 'A'.repeat(WEB_LIMIT) }] });
    for (const channel of CHANNEL_NAMES) {
      const r = await post(`/api/${channel}`, big);
      expect(r.status, channel).toBe(413);
      expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'E_INVALID_REQUEST', reason: 'requestTooLarge' } });
    }
    expect(hashTree(storeDir)).toEqual(before);
  }, 60_000);
});

describe('no channel takes a file system path from the renderer', () => {
  /** Every key of every request schema, with its path (`profiles.import.files[].name` …) and schema. */
  const keysOf = (s: unknown, at: string): { path: string; schema: unknown }[] => {
    const d = defOf(s);
    if (d.type === 'optional' || d.type === 'nullable' || d.type === 'default') return keysOf(d.innerType, at);
    if (d.type === 'array') return keysOf(d.element, `${at}[]`);
    if (d.type === 'union') return (d.options as unknown[]).flatMap((o) => keysOf(o, at));
    if (d.type !== 'object') return [];
    return Object.entries((s as z.ZodObject).shape).flatMap(([k, v]) => [{ path: `${at}.${k}`, schema: v }, ...keysOf(v, `${at}.${k}`)]);
  };
  /** The object inside optional/nullable/array wrappers. */
  const unwrap = (s: unknown): unknown => {
    const d = defOf(s);
    return d.type === 'optional' || d.type === 'nullable' ? unwrap(d.innerType) : d.type === 'array' ? unwrap(d.element) : s;
  };

  it('every request field named like a path, file, folder or URL is an upload: a name and bytes', () => {
    const pathWords = new Set([
      'path',
      'paths',
      'file',
      'files',
      'filename',
      'dir',
      'directory',
      'folder',
      'url',
      'uri',
      'dest',
      'destination',
      'out',
      'output',
      'location',
      'cwd',
      'store',
      'catalog',
    ]);
    const words = (key: string) => key.split(/(?=[A-Z])|[_\-\s]/).map((w) => w.toLowerCase());
    const found = CHANNEL_NAMES.flatMap((c) => keysOf(channels[c].request, c)).filter((k) =>
      words(k.path.split('.').pop()!).some((w) => pathWords.has(w)),
    );
    expect(found.map((f) => f.path)).toContain('profiles.import.files');
    // The upload's `name` is only a label (shown in reports); its bytes travel in `data`, never read from disk.
    for (const { path, schema } of found) {
      const item = unwrap(schema);
      expect(defOf(item).type, path).toBe('object');
      expect(Object.keys((item as z.ZodObject).shape).sort(), path).toEqual(['data', 'name']);
    }
    expect(readFileSync(join(import.meta.dirname, '../../shared/contract.ts'), 'utf8')).toContain('never as paths from the renderer');
  });

  it('an upload named like a path is read from its bytes, and the file at that path is neither read nor touched', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mpe-path-bait-'));
    const bait = join(dir, 'other.reg');
    // A different, valid .reg at the path the renderer names: importing it would give its profile "Outlook",
    // where the uploaded bytes hold none.
    writeFileSync(bait, readSample(SAMPLE.wineProfiles));
    const baitHash = hashFile(bait);
    const data = readSample(SAMPLE.wineEnvironment);
    for (const name of [
      bait,
      `file://${bait}`,
      '../../../../etc/passwd',
      'C:\\Windows\\System32\\config\\SAM',
      '\\\\server\\share\\x.reg',
    ]) {
      const { handlers: h } = realHandlers('web');
      const r = await dispatchEnvelope(h, 'profiles.import', { files: [{ name, data }] });
      const viaBytes = await dispatchEnvelope(realHandlers('web').handlers, 'profiles.import', { files: [{ name: 'upload.reg', data }] });
      expect(r.ok && viaBytes.ok, name).toBe(true);
      if (r.ok && viaBytes.ok) expect(r.value.imported.map((p) => p.name)).toEqual(viaBytes.value.imported.map((p) => p.name));
      if (r.ok)
        expect(
          r.value.imported.map((p) => p.name),
          name,
        ).toEqual([]);
    }
    expect(hashFile(bait)).toBe(baitHash);
  });
});
