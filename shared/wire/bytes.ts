/**
 * File bytes in the contract: a `Uint8Array`, which Electron's IPC carries by structured clone as it is.
 * Only the browser mode's HTTP bridge, whose JSON has no bytes, turns them into base64 and back at its
 * edge (wireCodec.ts); it finds the byte fields by walking each channel's schema for the schemas made here.
 */
import { z } from 'zod';

const byteSchemas = new WeakSet<z.ZodType>();

/** Bytes of at most `maxBytes`. */
export function Bytes(maxBytes: number) {
  const schema = z
    .custom<Uint8Array>((v) => v instanceof Uint8Array, { message: 'expected bytes' })
    .refine((v) => v.length <= maxBytes, { message: `at most ${maxBytes} bytes` });
  byteSchemas.add(schema);
  return schema;
}

export const isBytesSchema = (schema: z.ZodType): boolean => byteSchemas.has(schema);
