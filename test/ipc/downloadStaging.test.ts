import { describe, expect, it } from 'vitest';
import { DOWNLOAD_LIMITS, DownloadStaging } from '../../electron/ipc/downloadStaging.js';

const pattern = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 7) & 0xff);

describe('chunked exports', () => {
  it('hands out the file in 1 MiB chunks, in order, and forgets it after the last one', () => {
    const staging = new DownloadStaging();
    const file = pattern(2 * DOWNLOAD_LIMITS.chunkBytes + 5);
    const id = staging.stage(file);
    const chunks: Uint8Array[] = [];
    for (let offset = 0; offset < file.length; offset += chunks[chunks.length - 1]!.length) chunks.push(staging.read(id, offset));
    expect(chunks.map((c) => c.length)).toEqual([DOWNLOAD_LIMITS.chunkBytes, DOWNLOAD_LIMITS.chunkBytes, 5]);
    expect(Buffer.concat(chunks).equals(Buffer.from(file))).toBe(true);
    expect(staging.pending).toBe(0);
    expect(() => staging.read(id, 0)).toThrow(/no longer waiting/);
  });

  it('an empty file is one empty read; a read past the end is refused', () => {
    const staging = new DownloadStaging();
    const empty = staging.stage(new Uint8Array(0));
    expect(staging.read(empty, 0)).toEqual(new Uint8Array(0));
    expect(staging.pending).toBe(0);
    const small = staging.stage(pattern(3));
    expect(() => staging.read(small, 4)).toThrow('The export was read past its end (byte 4 of 3).');
  });

  it('a discard releases the file; idle and surplus exports are dropped', () => {
    let now = 0;
    const staging = new DownloadStaging(() => now);
    const discarded = staging.stage(pattern(DOWNLOAD_LIMITS.chunkBytes + 1));
    staging.read(discarded, 0);
    staging.discard(discarded);
    expect(() => staging.read(discarded, DOWNLOAD_LIMITS.chunkBytes)).toThrow(/no longer waiting/);

    const ids = Array.from({ length: DOWNLOAD_LIMITS.count + 1 }, () => staging.stage(pattern(10)));
    expect(staging.pending).toBe(DOWNLOAD_LIMITS.count);
    expect(() => staging.read(ids[0]!, 0)).toThrow(/no longer waiting/);
    now += DOWNLOAD_LIMITS.idleMs + 1;
    staging.stage(pattern(1));
    expect(staging.pending).toBe(1);
  });

  it('bounds the bytes waiting: older exports make room for a new one, which stays even alone over the limit', () => {
    const limits = { count: DOWNLOAD_LIMITS.count, totalBytes: 3000 };
    const staging = new DownloadStaging(Date.now, limits);
    const [a, b] = [staging.stage(new Uint8Array(1000)), staging.stage(new Uint8Array(1000))];
    const c = staging.stage(new Uint8Array(1001));
    expect(staging.pending).toBe(2);
    expect(() => staging.read(a, 0)).toThrow(/no longer waiting/);
    expect(staging.read(b, 0).length).toBeGreaterThan(0);
    const huge = staging.stage(new Uint8Array(limits.totalBytes + 1));
    expect(staging.pending).toBe(1);
    expect(() => staging.read(c, 0)).toThrow(/no longer waiting/);
    expect(staging.read(huge, 0).length).toBeGreaterThan(0);
  });
});
