/** Helpers for the PRF ↔ profile tests: read a value's type and bytes, build PRFs on the real OCT sample. */
import type { KeyDoc, ProfileDoc } from '../../../shared/profileDoc.js';
import { profileView } from '../../../electron/core/model/index.js';
import { derivePrf } from '../formats/prf/prfFixtures.js';

export const REG_SZ = 1;
export const REG_BINARY = 3;
export const REG_DWORD = 4;

export const utf16z = (s: string): string => Buffer.from(s + '\0', 'utf16le').toString('hex');
export const le32 = (n: number): string => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b.toString('hex');
};
export const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);

export const keyOf = (doc: ProfileDoc, path: string): KeyDoc | undefined =>
  doc.keys.find((k) => k.path.toLowerCase() === path.toLowerCase());

/** `{type, data}` of a value, or undefined. */
export function valueAt(doc: ProfileDoc, path: string, name: string): { type: number; data: string } | undefined {
  const v = keyOf(doc, path)?.values.find((x) => x.name.toLowerCase() === name.toLowerCase());
  return v && { type: v.type, data: v.data };
}

/** The service of that PR_SERVICE_NAME (the n-th one) with its existing providers. */
export function serviceOf(doc: ProfileDoc, serviceName: string, n = 0) {
  const s = profileView(doc).services.filter((x) => x.serviceName === serviceName)[n];
  if (!s) throw new Error(`no ${serviceName} service #${n}`);
  return { uid: s.uid, providers: s.providers.filter((p) => p.exists), view: s };
}

/** A PRF on the real OCT sample (its own Section 6/7 tables) with the given General, lists and sections. */
export function prf(general: string[], serviceList: string[], sections: string[] = [], accounts: string[] = []): string {
  return derivePrf({ general, serviceList, accounts, sections: sections.join('\n') + '\n' });
}
