/**
 * The one error every parser throws: what was expected, and where — a 1-based line for text formats,
 * a byte offset for binary ones — with a short excerpt of the input.
 */
export class FormatError extends Error {
  readonly format: string;
  readonly line?: number;
  readonly offset?: number;
  readonly excerpt?: string;

  constructor(
    format: string,
    message: string,
    where: { line?: number; offset?: number; excerpt?: string } = {},
  ) {
    super(message);
    this.name = 'FormatError';
    this.format = format;
    this.line = where.line;
    this.offset = where.offset;
    this.excerpt = where.excerpt;
  }

  /** `FILE:LINE: sentence` or `FILE@0xOFFSET: sentence`, the CLI's exit-4 format (DESIGN.md). */
  located(file: string): string {
    if (this.line !== undefined) return `${file}:${this.line}: ${this.message}`;
    if (this.offset !== undefined) return `${file}@0x${this.offset.toString(16)}: ${this.message}`;
    return `${file}: ${this.message}`;
  }
}
