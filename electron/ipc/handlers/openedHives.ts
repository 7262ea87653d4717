/**
 * The bytes of hives opened without a path (an upload in the browser mode, a drop), kept in memory by
 * source id for as long as the process runs: the regf writer edits a hive, so saving one needs the hive
 * it came from, and the page cannot hand the file over again. Bounded: the oldest are dropped beyond
 * the limit (saving such a source then asks to open the file again).
 */
export class OpenedHives {
  private readonly bytes = new Map<string, Uint8Array>();
  constructor(private readonly limitBytes = 512 * 1024 * 1024) {}

  set(sourceId: string, hive: Uint8Array): void {
    this.bytes.delete(sourceId);
    this.bytes.set(sourceId, hive);
    let total = [...this.bytes.values()].reduce((n, b) => n + b.length, 0);
    for (const [id, b] of this.bytes) {
      if (total <= this.limitBytes || id === sourceId) break;
      this.bytes.delete(id);
      total -= b.length;
    }
  }

  get(sourceId: string): Uint8Array | undefined {
    return this.bytes.get(sourceId);
  }
}
