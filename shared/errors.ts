/**
 * The one error shape of the product: core, handlers, CLI and renderer all speak it.
 * `code` is a MAPI error name (with its HRESULT) or one of the app's own codes; `reason` names the
 * sentence in shared/i18n/errorMessages.ts, so the CLI prints it in English and the window in the
 * user's language; `details` holds the sentence's parameters and anything else worth showing.
 */
import { z } from 'zod';
import { MAPI_ERRORS, type MapiErrorName } from './mapi/errors.js';
import { errorText, type ErrorReason } from './i18n/errorMessages.js';

/** Codes that are not MAPI's: bad input file, bad request, store trouble. */
export const APP_ERROR_CODES = ['E_FORMAT', 'E_INVALID_REQUEST', 'E_STORE', 'E_STORE_CHANGED', 'E_IO', 'E_INTERNAL'] as const;
export type AppErrorCode = MapiErrorName | (typeof APP_ERROR_CODES)[number];

export const ErrorShape = z.object({
  code: z.string(),
  hresult: z.number().int().optional(),
  reason: z.string(),
  message: z.string(),
  details: z.record(z.string(), z.unknown()).optional(),
});
export type ErrorShape = z.infer<typeof ErrorShape>;

export type ErrorParams = Record<string, string | number>;

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly hresult?: number;
  readonly reason: ErrorReason;
  readonly details: Record<string, unknown>;

  constructor(code: AppErrorCode, reason: ErrorReason, params: ErrorParams = {}, extra: Record<string, unknown> = {}) {
    super(errorText('en', reason, params));
    this.name = 'AppError';
    this.code = code;
    this.hresult = code in MAPI_ERRORS ? MAPI_ERRORS[code as MapiErrorName] : undefined;
    this.reason = reason;
    this.details = { ...params, ...extra };
  }

  toShape(): ErrorShape {
    return { code: this.code, hresult: this.hresult, reason: this.reason, message: this.message, details: this.details };
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;
