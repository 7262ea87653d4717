/**
 * Exported files fetched in pieces: the mirror of uploadStaging.ts. The window asks for an export
 * (`exports.begin`), then reads it in chunks (`exports.read`) so that no single response — and no task of
 * the page that decodes it — carries a 40 MB file: the page stays responsive, shows real progress, and can
 * cancel between chunks (`exports.discard`). The bytes stay in memory of this process only, and are
 * dropped once the last chunk is read, when discarded, when newer exports need the room, or when left idle
 * for DOWNLOAD_LIMITS.idleMs (checked at the next export or read, as uploadStaging does).
 */
import { randomBytes } from 'node:crypto';
import { AppError } from '../../shared/errors.js';

export const DOWNLOAD_LIMITS = {
  /** Bytes per `exports.read`: 1 MiB, the uploads' chunk (1.4 MB of base64 in the browser mode's response). */
  chunkBytes: 1024 * 1024,
  /** Exports waiting at once, and their bytes; beyond either the oldest are dropped (a window exports one
   * file at a time; an export of 10,000 profiles is about 400 MB). */
  count: 4,
  totalBytes: 600 * 1024 * 1024,
  /** Exports abandoned by a closed window are dropped after this long without a read. */
  idleMs: 10 * 60 * 1000,
} as const;

interface Download {
  bytes: Uint8Array;
  /** The name it is offered under (the desktop app's Save dialog proposes it: exports.saveAs). */
  fileName: string;
  touched: number;
}

export class DownloadStaging {
  private readonly downloads = new Map<string, Download>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly limits: { count: number; totalBytes: number } = DOWNLOAD_LIMITS,
  ) {}

  /** Holds the file's bytes until they are read; returns the id to read them by. */
  stage(bytes: Uint8Array, fileName = 'export'): string {
    this.dropIdle();
    const id = randomBytes(16).toString('hex');
    this.downloads.set(id, { bytes, fileName, touched: this.now() });
    // The oldest go first; the new one stays, even alone over the byte limit.
    for (const old of this.downloads.keys()) {
      if (old === id || (this.downloads.size <= this.limits.count && this.stagedBytes() <= this.limits.totalBytes)) break;
      this.downloads.delete(old);
    }
    return id;
  }

  /** A copy of the chunk at `offset` (the caller may keep it); reading the last one forgets the export. */
  read(id: string, offset: number): Uint8Array {
    this.dropIdle();
    const d = this.downloads.get(id);
    if (!d) throw new AppError('E_INVALID_REQUEST', 'exportNotFound', { export: id });
    if (offset > d.bytes.length) throw new AppError('E_INVALID_REQUEST', 'exportOffset', { offset, size: d.bytes.length });
    const end = Math.min(offset + DOWNLOAD_LIMITS.chunkBytes, d.bytes.length);
    if (end === d.bytes.length) this.downloads.delete(id);
    else d.touched = this.now();
    return d.bytes.slice(offset, end);
  }

  /** The whole file and its name, forgotten here (the desktop app's main writes it itself: exports.saveAs). */
  take(id: string): { bytes: Uint8Array; fileName: string } {
    this.dropIdle();
    const d = this.downloads.get(id);
    if (!d) throw new AppError('E_INVALID_REQUEST', 'exportNotFound', { export: id });
    this.downloads.delete(id);
    return { bytes: d.bytes, fileName: d.fileName };
  }

  discard(id: string): void {
    this.downloads.delete(id);
  }

  /** How many exports are waiting to be read. */
  get pending(): number {
    return this.downloads.size;
  }

  private stagedBytes(): number {
    let n = 0;
    for (const d of this.downloads.values()) n += d.bytes.length;
    return n;
  }

  private dropIdle(): void {
    const limit = this.now() - DOWNLOAD_LIMITS.idleMs;
    for (const [id, d] of this.downloads) if (d.touched < limit) this.downloads.delete(id);
  }
}
