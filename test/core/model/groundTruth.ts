/** The ground-truth profile subtree of the 16.0 sample as RegKey[] (test/helpers/samples.ts). */
import type { RegKey } from '../../../electron/core/formats/registry.js';
import { groundTruth } from '../../helpers/samples.js';

export const fromHexString = (hex: string): Uint8Array => new Uint8Array(Buffer.from(hex, 'hex'));

export function groundTruthKeys(): RegKey[] {
  return groundTruth().map((k) => ({
    path: k.key,
    values: k.values.map((v) => ({ name: v.name, type: v.type, data: v.hex })),
  }));
}

export const PROFILE_ROOT = 'HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\Outlook\\Profiles';
