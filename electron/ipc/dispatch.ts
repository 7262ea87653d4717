/**
 * One call through the contract, whatever the transport: parse the request with the channel's schema,
 * run the handler, and answer with the envelope. Handlers throw AppError; anything else becomes
 * E_INTERNAL so a bug never leaks a stack trace or half a value to the renderer.
 */
import { z } from 'zod';
import { channels, isChannelName, type ChannelName, type Envelope, type RequestOf, type ResponseOf } from '../../shared/contract.js';
import { AppError, isAppError } from '../../shared/errors.js';

export type Handler<C extends ChannelName> = (request: z.output<(typeof channels)[C]['request']>) => ResponseOf<C> | Promise<ResponseOf<C>>;
export type Handlers = { [C in ChannelName]: Handler<C> };

export async function dispatch(handlers: Handlers, channel: unknown, raw: unknown): Promise<Envelope<unknown>> {
  try {
    if (!isChannelName(channel)) {
      throw new AppError('E_INVALID_REQUEST', 'invalidRequest', {
        issues: `unknown channel ${JSON.stringify(String(channel)).slice(0, 80)}`,
      });
    }
    // Every request is a plain object. zod's object check alone lets a Date, Map or typed array through
    // as `{}` (Electron's structured clone can send them), so anything else is refused here.
    if (!isPlainObject(raw)) {
      throw new AppError('E_INVALID_REQUEST', 'invalidRequest', { issues: 'the request must be a plain JSON object' });
    }
    const parsed = channels[channel].request.safeParse(raw);
    if (!parsed.success) {
      throw new AppError('E_INVALID_REQUEST', 'invalidRequest', { issues: z.prettifyError(parsed.error).slice(0, 2000) });
    }
    const handler = handlers[channel] as (request: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (e) {
    return { ok: false, error: toAppError(e).toShape() };
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

export function toAppError(e: unknown): AppError {
  if (isAppError(e)) return e;
  return new AppError('E_INTERNAL', 'internal', { message: e instanceof Error ? e.message : String(e) });
}

/** Typed direct call, for the CLI and tests: same parsing, same envelope. */
export function dispatchEnvelope<C extends ChannelName>(
  handlers: Handlers,
  channel: C,
  request: RequestOf<C>,
): Promise<Envelope<ResponseOf<C>>> {
  return dispatch(handlers, channel, request) as Promise<Envelope<ResponseOf<C>>>;
}
