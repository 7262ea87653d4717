/**
 * Known states of one small hive for the replay tests: S0, then S1–S3 each one save of the regf writer
 * later (a key added; a value changed and one added; a 40 KB value that grows the hive by new bins). A
 * dirty primary file holds S0; logs written by test/helpers/hiveLogs.ts carry the pages from one state to
 * the next, so replay must give back exactly the state its logs reach.
 */
import type { HiveEdit } from '../../../../../electron/core/formats/hive/hiveEdits.js';
import { writeHive } from '../../../../../electron/core/formats/hive/hiveWriter.js';
import { buildHive } from '../buildHive.js';

const utf16z = (s: string) => Buffer.from(s + '\0', 'utf16le').toString('hex');
const dword = (n: number) => Buffer.from(Uint32Array.of(n).buffer).toString('hex');

/** What each state holds, as a test expects to read it: key path → value name → [type, hex]. */
export type Model = Record<string, Record<string, [number, string]>>;

export const EDITS: HiveEdit[][] = [
  [{ path: 'Software\\Added', keys: [{ path: '', values: [{ name: 's', type: 1, data: utf16z('one') }] }] }],
  [
    {
      path: 'Software\\Keep',
      keys: [
        {
          path: '',
          values: [
            { name: 'v', type: 4, data: dword(2) },
            { name: 'w', type: 1, data: utf16z('two') },
          ],
        },
      ],
    },
  ],
  [{ path: 'Software\\Big', keys: [{ path: '', values: [{ name: 'blob', type: 3, data: 'ab'.repeat(40_000) }] }] }],
];

export const MODELS: Model[] = [
  { '': {}, Software: {}, 'Software\\Keep': { v: [4, dword(1)] } },
  { '': {}, Software: {}, 'Software\\Added': { s: [1, utf16z('one')] }, 'Software\\Keep': { v: [4, dword(1)] } },
  { '': {}, Software: {}, 'Software\\Added': { s: [1, utf16z('one')] }, 'Software\\Keep': { v: [4, dword(2)], w: [1, utf16z('two')] } },
  {
    '': {},
    Software: {},
    'Software\\Added': { s: [1, utf16z('one')] },
    'Software\\Big': { blob: [3, 'ab'.repeat(40_000)] },
    'Software\\Keep': { v: [4, dword(2)], w: [1, utf16z('two')] },
  },
];

/** S0…S3, built once per test file (sequence numbers 7 in S0, each save + 1). */
export function hiveStates(minor = 5): Uint8Array[] {
  const s0 = buildHive(
    {
      name: 'ROOT',
      subkeys: [{ name: 'Software', subkeys: [{ name: 'Keep', values: [{ name: 'v', type: 4, data: Uint8Array.of(1, 0, 0, 0) }] }] }],
    },
    { security: true, seq: [7, 7], minor },
  ).bytes;
  const states = [s0];
  EDITS.forEach((edits, i) => states.push(writeHive(states[i]!, edits, { now: new Date(Date.UTC(2026, 0, 1 + i)) }).bytes));
  return states;
}
