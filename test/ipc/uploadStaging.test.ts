import { describe, expect, it } from 'vitest';
import { UPLOAD_LIMITS, UploadStaging } from '../../electron/ipc/uploadStaging.js';

const bytesOf = (s: string) => new TextEncoder().encode(s);

describe('chunked uploads', () => {
  it('reassembles the chunks in order, then forgets the upload', () => {
    const staging = new UploadStaging();
    const id = staging.begin('a.reg', 11);
    expect(staging.append(id, bytesOf('hello '))).toBe(6);
    expect(staging.append(id, bytesOf('world'))).toBe(11);
    expect(Buffer.from(staging.take(id).bytes).toString()).toBe('hello world');
    expect(staging.pending).toBe(0);
    expect(() => staging.take(id)).toThrow(/no longer waiting/);
  });

  it('refuses a short or an overlong upload, importing nothing', () => {
    const staging = new UploadStaging();
    const short = staging.begin('short.reg', 10);
    staging.append(short, bytesOf('abc'));
    expect(() => staging.take(short)).toThrow('Only 3 of the 10 bytes of short.reg arrived');
    const long = staging.begin('long.reg', 2);
    expect(() => staging.append(long, bytesOf('abc'))).toThrow('More bytes arrived for long.reg than its announced 2 bytes');
    expect(staging.pending).toBe(0);
  });

  it('bounds one file and everything staged at once, and drops uploads left idle', () => {
    let now = 0;
    const staging = new UploadStaging(() => now);
    expect(() => staging.begin('huge.reg', UPLOAD_LIMITS.fileBytes + 1)).toThrow(/over the limit/);
    staging.begin('a', UPLOAD_LIMITS.fileBytes);
    staging.begin('b', UPLOAD_LIMITS.fileBytes);
    expect(() => staging.begin('c', 1)).toThrow(/Too many files/);
    now += UPLOAD_LIMITS.idleMs + 1;
    staging.begin('c', 1);
    expect(staging.pending).toBe(1);
    // Empty files cost no bytes, but the count is bounded too.
    for (let i = 1; i < UPLOAD_LIMITS.count; i++) staging.begin(`e${i}`, 0);
    expect(() => staging.begin('one too many', 0)).toThrow('at most 100 files');
  });

  it('discard forgets an upload; its id then fails cleanly', () => {
    const staging = new UploadStaging();
    const id = staging.begin('a.reg', 3);
    staging.discard(id);
    expect(() => staging.append(id, bytesOf('abc'))).toThrow(/no longer waiting/);
  });
});
