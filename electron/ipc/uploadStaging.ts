/**
 * Files sent in pieces before they are imported. The window sends a big file in chunks (`uploads.begin`,
 * `uploads.append`…) so that no single request — and no single task of the page that builds it — carries
 * 40 MB: the page stays responsive, shows real progress, and can cancel between chunks (`uploads.discard`).
 * The bytes stay in memory of this process only, never on disk, and are dropped when taken, discarded, or
 * left idle for IDLE_MS.
 */
import { randomBytes } from 'node:crypto';
import { AppError } from '../../shared/errors.js';

export const UPLOAD_LIMITS = {
  /** One file: the same bound as a one-request upload (the contract's UploadedFile). */
  fileBytes: 300 * 1024 * 1024,
  /** Everything staged at once, so a runaway page cannot exhaust memory. */
  totalBytes: 600 * 1024 * 1024,
  /** Uploads waiting at once (one import takes at most 100 files). */
  count: 100,
  /** Uploads abandoned by a closed window are dropped after this long without a chunk. */
  idleMs: 10 * 60 * 1000,
} as const;

interface Upload {
  name: string;
  size: number;
  received: number;
  chunks: Uint8Array[];
  touched: number;
}

export class UploadStaging {
  private readonly uploads = new Map<string, Upload>();

  constructor(private readonly now: () => number = Date.now) {}

  begin(name: string, size: number): string {
    this.dropIdle();
    if (size > UPLOAD_LIMITS.fileBytes)
      throw new AppError('E_INVALID_REQUEST', 'fileTooLarge', { file: name, size, limit: UPLOAD_LIMITS.fileBytes });
    if (this.uploads.size >= UPLOAD_LIMITS.count || this.stagedBytes() + size > UPLOAD_LIMITS.totalBytes)
      throw new AppError('E_IO', 'uploadsFull', { count: UPLOAD_LIMITS.count, limit: UPLOAD_LIMITS.totalBytes });
    const id = randomBytes(16).toString('hex');
    this.uploads.set(id, { name, size, received: 0, chunks: [], touched: this.now() });
    return id;
  }

  /** Adds one chunk; refuses bytes beyond the announced size (and then forgets the upload). */
  append(id: string, bytes: Uint8Array): number {
    const u = this.require(id);
    if (u.received + bytes.length > u.size) {
      this.uploads.delete(id);
      throw new AppError('E_INVALID_REQUEST', 'uploadOverflow', { file: u.name, size: u.size });
    }
    u.chunks.push(bytes);
    u.received += bytes.length;
    u.touched = this.now();
    return u.received;
  }

  /** The whole file, once every announced byte arrived; the upload is forgotten either way. */
  take(id: string): { name: string; bytes: Uint8Array } {
    const u = this.require(id);
    this.uploads.delete(id);
    if (u.received !== u.size)
      throw new AppError('E_INVALID_REQUEST', 'uploadIncomplete', { file: u.name, received: u.received, size: u.size });
    return { name: u.name, bytes: Buffer.concat(u.chunks, u.size) };
  }

  discard(id: string): void {
    this.uploads.delete(id);
  }

  /** How many uploads are waiting (begun, not yet taken or discarded). */
  get pending(): number {
    return this.uploads.size;
  }

  private require(id: string): Upload {
    this.dropIdle();
    const u = this.uploads.get(id);
    if (!u) throw new AppError('E_INVALID_REQUEST', 'uploadNotFound', { upload: id });
    return u;
  }

  private stagedBytes(): number {
    let n = 0;
    for (const u of this.uploads.values()) n += u.size;
    return n;
  }

  private dropIdle(): void {
    const limit = this.now() - UPLOAD_LIMITS.idleMs;
    for (const [id, u] of this.uploads) if (u.touched < limit) this.uploads.delete(id);
  }
}
