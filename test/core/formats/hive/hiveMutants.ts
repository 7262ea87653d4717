/**
 * The reader's fuzz corpus of mutated hives, shared by the reader's fuzz test (our reader and libhivex agree
 * on every mutant both read) and the writer's (every mutant the reader accepts can be saved): built hives
 * (buildHive.ts) with 1–3 bit flips or byte writes, half of them in the fields of a record (nk, vk, subkey
 * list), the rest anywhere past the base block (whose checksum both readers check), mostly in value data.
 */
import fc from 'fast-check';
import { BASE } from '../../../../electron/core/formats/hive/regfLayout.js';
import type { Built } from './buildHive.js';

/** `count` mutants of `built` (seeded): each a copy of one of them with its edits applied. */
export function mutantsOf(built: readonly Built[], count: number, seed: number): Uint8Array[] {
  const records = built.map((b) => [...b.nk.values(), ...b.vk.values(), ...b.subkeyList.values()]);
  const edits = fc.array(
    fc.record({
      record: fc.boolean(),
      at: fc.nat(),
      field: fc.nat({ max: 79 }),
      bit: fc.nat({ max: 7 }),
      byte: fc.option(fc.nat({ max: 255 })),
    }),
    { minLength: 1, maxLength: 3 },
  );
  return fc.sample(fc.tuple(fc.nat({ max: built.length - 1 }), edits), { numRuns: count, seed }).map(([b, list]) => {
    const bytes = built[b]!.bytes.slice();
    for (const { record, at, field, bit, byte } of list) {
      const starts = records[b]!;
      const i = Math.min(bytes.length - 1, record ? starts[at % starts.length]! + field : BASE.SIZE + (at % (bytes.length - BASE.SIZE)));
      bytes[i] = byte === null ? bytes[i]! ^ (1 << bit) : byte;
    }
    return bytes;
  });
}
