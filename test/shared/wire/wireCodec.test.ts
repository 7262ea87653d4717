/** The HTTP bridge's codec finds the byte fields from the schemas alone, and only those. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CHANNEL_NAMES } from '../../../shared/contract.js';
import { Bytes } from '../../../shared/wire/bytes.js';
import { channelWire, wireCodec } from '../../../shared/wire/wireCodec.js';

const BYTES = new Uint8Array([0, 1, 0x7f, 0x80, 0xfe, 0xff]);

describe('the wire codec', () => {
  it('encodes every byte field of the contract, and nothing else, as Node’s own base64', () => {
    // Each channel's codec applied to a value that has a Uint8Array in every field a byte field could be:
    // only the channels whose schema declares bytes change it.
    const byteChannels = CHANNEL_NAMES.flatMap((c) => {
      const { request, response } = channelWire(c);
      const probe = { data: BYTES, files: [{ name: 'a', data: BYTES }], catalog: { name: 'a', data: BYTES } };
      return [
        ...(JSON.stringify(request.toWire(probe)) !== JSON.stringify(probe) ? [`${c} request`] : []),
        ...(JSON.stringify(response.toWire(probe)) !== JSON.stringify(probe) ? [`${c} response`] : []),
      ];
    });
    expect(byteChannels.sort()).toEqual(
      [
        'profiles.import request',
        'uploads.append request',
        'services.catalog request',
        'services.create request',
        'profiles.export response',
        'exports.read response',
      ].sort(),
    );
    const b64 = Buffer.from(BYTES).toString('base64');
    expect(channelWire('profiles.import').request.toWire({ files: [{ name: 'a', data: BYTES }], format: 'auto' })).toEqual({
      files: [{ name: 'a', data: b64 }],
      format: 'auto',
    });
    expect(channelWire('exports.read').response.toWire({ data: BYTES })).toEqual({ data: b64 });
    expect(channelWire('services.catalog').request.toWire({})).toEqual({});
  });

  it('decodes base64 at a byte field back to the same bytes, and leaves the value it was given as it was', () => {
    const { request } = channelWire('services.create');
    const sent = { profileId: 'p', serviceName: 'S', catalog: { name: 'MAPISVC.INF', data: BYTES } };
    const wire = JSON.parse(JSON.stringify(request.toWire(sent))) as unknown;
    expect(wire).toEqual({
      profileId: 'p',
      serviceName: 'S',
      catalog: { name: 'MAPISVC.INF', data: Buffer.from(BYTES).toString('base64') },
    });
    expect(request.fromWire(wire)).toEqual(sent);
    expect(sent.catalog.data).toBe(BYTES);
  });

  it('leaves what is not base64 at a byte field for the schema to refuse', () => {
    const { request } = channelWire('uploads.append');
    for (const data of ['not base64!', 'QUJD=', 42, null, { 0: 1 }]) {
      expect(request.fromWire({ uploadId: 'x', data })).toEqual({ uploadId: 'x', data });
    }
  });

  it('refuses a schema where bytes and text could not be told apart on the wire', () => {
    expect(() => wireCodec(z.object({ data: z.union([z.string(), Bytes(10)]) }))).toThrow(/union/);
    expect(() => wireCodec(z.record(z.string(), Bytes(10)))).toThrow(/record/);
  });

  it('bounds bytes as the schema says', () => {
    expect(Bytes(3).safeParse(new Uint8Array(3)).success).toBe(true);
    expect(Bytes(3).safeParse(new Uint8Array(4)).success).toBe(false);
    expect(Bytes(3).safeParse('AAAA').success).toBe(false);
  });
});
