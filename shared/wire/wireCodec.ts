/**
 * The HTTP bridge's one codec (browser mode): JSON has no bytes, so the byte fields of a request or an
 * answer travel as base64 strings on the wire and are `Uint8Array` everywhere else. Which fields are bytes
 * is read from the channel's own schema (the `Bytes` schemas of bytes.ts), so a new byte field needs no
 * change here. Electron's IPC does not use this: structured clone carries `Uint8Array` as it is.
 *
 * Decoding turns only well-formed base64 at a byte field into bytes; anything else is left as it came, for
 * the channel's schema to refuse with its usual message.
 */
import type { z } from 'zod';
import { channels, type ChannelName } from '../contract.js';
import { base64ToBytes, bytesToBase64 } from './base64.js';
import { isBytesSchema } from './bytes.js';

type Convert = (value: unknown) => unknown;
/** Rebuilds a value with each byte field passed through `convert`; the value given is never changed. */
type Walk = (value: unknown, convert: Convert) => unknown;

export interface WireCodec {
  /** Bytes → base64, before JSON.stringify. */
  toWire(value: unknown): unknown;
  /** base64 → bytes, after JSON.parse. */
  fromWire(value: unknown): unknown;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const encode: Convert = (v) => (v instanceof Uint8Array ? bytesToBase64(v) : v);
const decode: Convert = (v) => (typeof v === 'string' && v.length % 4 === 0 && BASE64.test(v) ? base64ToBytes(v) : v);

export function wireCodec(schema: z.ZodType): WireCodec {
  const walk = walkOf(schema);
  if (!walk) return { toWire: (v) => v, fromWire: (v) => v };
  return { toWire: (v) => walk(v, encode), fromWire: (v) => walk(v, decode) };
}

const byChannel = new Map<string, { request: WireCodec; response: WireCodec }>();

/** The codecs of a channel's request and answer (built once per channel). */
export function channelWire(channel: ChannelName): { request: WireCodec; response: WireCodec } {
  let codecs = byChannel.get(channel);
  if (!codecs) {
    codecs = { request: wireCodec(channels[channel].request), response: wireCodec(channels[channel].response) };
    byChannel.set(channel, codecs);
  }
  return codecs;
}

/** How to reach the byte fields under `schema`, or null when it holds none. */
function walkOf(schema: z.ZodType): Walk | null {
  if (isBytesSchema(schema)) return (v, convert) => convert(v);
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
  switch (def.type) {
    case 'object': {
      const fields: [string, Walk][] = [];
      for (const [key, field] of Object.entries(def.shape as Record<string, z.ZodType>)) {
        const walk = walkOf(field);
        if (walk) fields.push([key, walk]);
      }
      if (fields.length === 0) return null;
      return (v, convert) => {
        if (!isPlainObject(v)) return v;
        const out: Record<string, unknown> = { ...v };
        for (const [key, walk] of fields) if (Object.prototype.hasOwnProperty.call(out, key)) out[key] = walk(out[key], convert);
        return out;
      };
    }
    case 'array': {
      const walk = walkOf(def.element as z.ZodType);
      return walk && ((v, convert) => (Array.isArray(v) ? v.map((item) => walk(item, convert)) : v));
    }
    case 'optional':
    case 'nullable':
    case 'nonoptional':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
      return walkOf(def.innerType as z.ZodType);
    case 'pipe':
      return walkOf(def.in as z.ZodType);
    case 'union':
    case 'record':
    case 'tuple':
    case 'intersection':
    case 'map':
    case 'set':
    case 'lazy':
      // A string there could be bytes or text: refuse to guess (the contract test walks every channel).
      if (containsBytes(def)) throw new Error(`bytes inside a ${def.type} cannot be told apart on the wire`);
      return null;
    default:
      return null;
  }
}

function containsBytes(def: Record<string, unknown>): boolean {
  const parts = [def.options, def.valueType, def.items, def.left, def.right, def.rest].flat().filter(Boolean) as z.ZodType[];
  return parts.some((p) => walkOf(p) !== null);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
