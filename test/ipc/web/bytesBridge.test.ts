/**
 * Every channel that carries bytes, both ways, through both real transports: the browser mode's HTTP
 * server (the client does what renderer/api.ts does: the same codec, JSON, fetch) and the Electron adapter
 * (registerIpcHandlers, handed Uint8Array as structured clone hands them). On the wire the bytes must be
 * the base64 Node's Buffer writes (an encoder that is not ours), and what arrives must be the bytes sent.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatchEnvelope } from '../../../electron/ipc/dispatch.js';
import { registerIpcHandlers, type IpcEventLike } from '../../../electron/ipc/electronAdapter.js';
import { startWebServer, type WebServer } from '../../../electron/ipc/web/webServer.js';
import type { ChannelName, Envelope, RequestOf, ResponseOf } from '../../../shared/contract.js';
import { channelWire } from '../../../shared/wire/wireCodec.js';
import { SAMPLE, readSample, sampleHive } from '../../helpers/samples.js';
import { realHandlers } from '../testContext.js';

const INF = readFileSync(join(import.meta.dirname, '../../../electron/core/formats/mapisvc/defaultCatalog.inf'));

let server: WebServer;
const web = realHandlers('web');
const electron = realHandlers('electron');
const trusted = 'file:///app/out/renderer/index.html';
const listeners = new Map<string, (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>>();
registerIpcHandlers({ handle: (c, l) => void listeners.set(c, l) }, electron.handlers, (url) => url === trusted);

beforeAll(async () => {
  const rendererDir = mkdtempSync(join(tmpdir(), 'mpe-bytes-bridge-'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html>');
  server = await startWebServer({ handlers: web.handlers, rendererDir });
});
afterAll(() => server.close());

/** One call over HTTP, as the browser mode's page makes it; also answers the JSON that crossed the wire. */
async function viaWeb<C extends ChannelName>(
  channel: C,
  request: RequestOf<C>,
): Promise<{ envelope: Envelope<ResponseOf<C>>; sent: unknown; received: unknown }> {
  const wire = channelWire(channel);
  const sent = wire.request.toWire(request);
  const res = await fetch(`http://127.0.0.1:${server.port}/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
    body: JSON.stringify(sent),
  });
  const received = (await res.json()) as Envelope<unknown>;
  const envelope = (received.ok ? { ok: true, value: wire.response.fromWire(received.value) } : received) as Envelope<ResponseOf<C>>;
  return { envelope, sent, received };
}

/** One call over the Electron adapter, with the request as structured clone delivers it. */
const viaIpc = async <C extends ChannelName>(channel: C, request: RequestOf<C>) =>
  (await listeners.get(channel)!({ senderFrame: { url: trusted } }, structuredClone(request))) as Envelope<ResponseOf<C>>;

const value = <T>(e: Envelope<T>): T => {
  if (!e.ok) throw new Error(`${e.error.code}: ${e.error.message}`);
  return e.value;
};
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

describe('bytes through the HTTP bridge and the Electron adapter', () => {
  it('profiles.import: a binary hive crosses both as the same bytes (base64 on the wire only)', async () => {
    const hive = sampleHive();
    const request = { files: [{ name: 'NTUSER.DAT', data: hive }] };
    const { envelope, sent } = await viaWeb('profiles.import', request);
    expect((sent as { files: { data: unknown }[] }).files[0]!.data).toBe(b64(hive));
    const direct = value(await dispatchEnvelope(realHandlers().handlers, 'profiles.import', request));
    expect(direct.imported.length).toBeGreaterThan(0);
    expect(value(envelope).imported.map((p) => p.name)).toEqual(direct.imported.map((p) => p.name));
    expect(value(await viaIpc('profiles.import', request)).imported.map((p) => p.name)).toEqual(direct.imported.map((p) => p.name));
  });

  it('uploads.append: chunks of a file arrive whole, on both transports', async () => {
    const file = readSample(SAMPLE.hivexReg);
    const names: string[][] = [];
    for (const send of [viaIpc, async <C extends ChannelName>(c: C, r: RequestOf<C>) => (await viaWeb(c, r)).envelope]) {
      const { uploadId } = value(await send('uploads.begin', { name: 'outlook.reg', size: file.length }));
      for (let at = 0; at < file.length; at += 1000) {
        expect(value(await send('uploads.append', { uploadId, data: file.subarray(at, at + 1000) })).received).toBe(
          Math.min(at + 1000, file.length),
        );
      }
      names.push(value(await send('profiles.importUploads', { uploadIds: [uploadId] })).imported.map((p) => p.name));
    }
    const direct = value(
      await dispatchEnvelope(realHandlers().handlers, 'profiles.import', { files: [{ name: 'outlook.reg', data: file }] }),
    );
    expect(names).toEqual([direct.imported.map((p) => p.name), direct.imported.map((p) => p.name)]);
  });

  it('services.catalog and services.create: the user’s MAPISVC.INF arrives as sent', async () => {
    const catalog = { name: 'MAPISVC.INF', data: new Uint8Array(INF) };
    const direct = value(await dispatchEnvelope(realHandlers().handlers, 'services.catalog', { catalog }));
    expect(direct.services.length).toBeGreaterThan(1);
    const { envelope, sent } = await viaWeb('services.catalog', { catalog });
    expect((sent as { catalog: { data: unknown } }).catalog.data).toBe(b64(INF));
    expect(value(envelope)).toEqual(direct);
    expect(value(await viaIpc('services.catalog', { catalog }))).toEqual(direct);
    for (const [send, handlers] of [
      [async <C extends ChannelName>(c: C, r: RequestOf<C>) => (await viaWeb(c, r)).envelope, web.handlers],
      [viaIpc, electron.handlers],
    ] as const) {
      const profileId = value(await dispatchEnvelope(handlers, 'profiles.create', { name: 'Bytes' })).id;
      expect(value(await send('services.create', { profileId, serviceName: 'CONTAB', catalog })).serviceUid).toMatch(/^[0-9a-f]{32}$/i);
      await dispatchEnvelope(handlers, 'profiles.delete', { id: profileId });
    }
  });

  it('profiles.export and exports.read: the answer is bytes, the very ones of a direct call', async () => {
    const file = readSample(SAMPLE.hivexReg);
    const ids = (h: typeof web.handlers) =>
      dispatchEnvelope(h, 'profiles.import', { files: [{ name: 'to-export.reg', data: file }] }).then((r) =>
        value(r).imported.map((p) => p.id),
      );
    const webIds = await ids(web.handlers);
    const ipcIds = await ids(electron.handlers);
    const direct = value(await dispatchEnvelope(web.handlers, 'profiles.export', { ids: webIds, format: 'reg' })).data;
    expect(direct).toBeInstanceOf(Uint8Array);
    expect(direct.length).toBeGreaterThan(100);

    const { envelope, received } = await viaWeb('profiles.export', { ids: webIds, format: 'reg' });
    expect((received as { value: { data: unknown } }).value.data).toBe(b64(direct));
    expect(value(envelope).data).toEqual(new Uint8Array(direct));
    const overIpc = value(await viaIpc('profiles.export', { ids: ipcIds, format: 'reg' })).data;
    expect(overIpc).toBeInstanceOf(Uint8Array);
    expect(overIpc).toEqual(new Uint8Array(direct));

    const begun = value((await viaWeb('exports.begin', { ids: webIds, format: 'reg' })).envelope);
    const read = await viaWeb('exports.read', { exportId: begun.exportId, offset: 0 });
    expect((read.received as { value: { data: unknown } }).value.data).toBe(b64(direct));
    expect(value(read.envelope).data).toEqual(new Uint8Array(direct));
    const ipcBegun = value(await viaIpc('exports.begin', { ids: ipcIds, format: 'reg' }));
    expect(value(await viaIpc('exports.read', { exportId: ipcBegun.exportId, offset: 0 })).data).toEqual(new Uint8Array(direct));
  });

  it('bytes sent as text to the Electron adapter, or as broken base64 to the bridge, are refused', async () => {
    const { uploadId } = value(await viaIpc('uploads.begin', { name: 'x.reg', size: 3 }));
    expect(await listeners.get('uploads.append')!({ senderFrame: { url: trusted } }, { uploadId, data: 'QUJD' })).toMatchObject({
      ok: false,
      error: { code: 'E_INVALID_REQUEST' },
    });
    const res = await fetch(`http://127.0.0.1:${server.port}/api/uploads.append`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
      body: JSON.stringify({ uploadId: 'a'.repeat(32), data: 'QUJD=' }),
    });
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'E_INVALID_REQUEST' } });
  });
});
