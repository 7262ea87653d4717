/**
 * The one error every parser throws: what was expected, and where — a 1-based line for text formats,
 * a byte offset for binary ones — with a short excerpt of the input.
 *
 * What was expected is a reason of shared/i18n/formatErrors.ts and its parameters, so the window can say it
 * in the UI's language; `message` is its English sentence, built when the error is made (only ever on the
 * way to a throw: nothing of it runs on a parser's happy path).
 *
 * @example
 * throw new FormatError('reg', { offset: 0 }, 'fileTooLarge', { size: bytes.length, limit: maxBytes });
 * throw new FormatError('prf', { line, excerpt }, 'iniSectionClose');
 */
import { AppError } from '../../../shared/errors.js';
import {
  type FormatErrorArgs,
  type FormatErrorDetail,
  type FormatErrorReason,
  type FormatErrorSentence,
  formatErrorText,
  locatedText,
} from '../../../shared/i18n/formatErrors.js';

/** Where in the input: a 1-based line (text) or a byte offset (binary), and what is there. */
export interface FormatErrorWhere {
  line?: number;
  offset?: number;
  excerpt?: string;
}

export class FormatError<R extends FormatErrorReason = FormatErrorReason> extends Error {
  readonly format: string;
  readonly reason: R;
  readonly params: Readonly<Record<string, string | number>>;
  readonly line?: number;
  readonly offset?: number;
  readonly excerpt?: string;

  /** `format` names the parser ('reg', 'hive', 'prf', 'mapisvc', 'detect'); then where, then what. */
  constructor(format: string, where: FormatErrorWhere, reason: R, ...[params]: FormatErrorArgs<R>) {
    const p: Readonly<Record<string, string | number>> = params ?? {};
    super(formatErrorText('en', reason, p));
    this.name = 'FormatError';
    this.format = format;
    this.reason = reason;
    this.params = p;
    this.line = where.line;
    this.offset = where.offset;
    this.excerpt = where.excerpt;
  }

  /** The error of a sentence made elsewhere (a syntax check that returns what is wrong rather than throwing). */
  static of(format: string, where: FormatErrorWhere, sentence: FormatErrorSentence): FormatError {
    return new FormatError(format, where, sentence.reason, ...([sentence.params] as FormatErrorArgs<FormatErrorReason>));
  }

  /** `FILE:LINE: sentence` or `FILE@0xOFFSET: sentence`, the CLI's exit-4 format (DESIGN.md). */
  located(file: string): string {
    return locatedText('en', file, this, this.message);
  }

  /** What the window needs to say this error in its own language (an E_FORMAT AppError's `formatError`). */
  detail(): FormatErrorDetail {
    return {
      format: this.format,
      reason: this.reason,
      params: { ...this.params },
      ...(this.line !== undefined ? { line: this.line } : {}),
      ...(this.offset !== undefined ? { offset: this.offset } : {}),
    };
  }

  /**
   * The E_FORMAT error of `file`: its English message is the located sentence (what the CLI prints), its
   * details carry the reason, parameters and place (what the window says in French).
   */
  toAppError(file: string): AppError {
    return new AppError('E_FORMAT', 'badFormat', { file, message: this.located(file) }, { formatError: this.detail() });
  }
}
