/**
 * A MAPIUID read three ways (docs/mapi-profiles.md §12, §14.1): the 32 hex digits of its bytes (the
 * registry key name of a section), the GUID form `{C8B0DB13-05AA-1A10-9BB0-00AA002FC45A}` (first three
 * groups little-endian, "a GUID structure put into Intel processor byte order"), and the symbolic name of
 * a constant or well-known UID when there is one.
 */
import { CONSTANT_UIDS, wellKnownSection } from '../mapi/sections.js';

/** `13dbb0c8aa05101a9bb000aa002fc45a` → `{C8B0DB13-05AA-1A10-9BB0-00AA002FC45A}`; null unless 32 hex digits. */
export function guidForm(uidHex: string): string | null {
  if (!/^[0-9a-fA-F]{32}$/.test(uidHex)) return null;
  const h = uidHex.toUpperCase();
  const rev = (s: string) => s.match(/../g)!.reverse().join('');
  return `{${rev(h.slice(0, 8))}-${rev(h.slice(8, 12))}-${rev(h.slice(12, 16))}-${h.slice(16, 20)}-${h.slice(20)}}`;
}

/** The symbolic name of a constant provider UID or of a well-known section UID; undefined otherwise. */
export function uidName(uidHex: string): string | undefined {
  const lower = uidHex.toLowerCase();
  return CONSTANT_UIDS[lower] ?? wellKnownSection(lower)?.name;
}

/** `13dbb0c8… {C8B0DB13-…} pbGlobalProfileSectionGuid`: what a field holding a MAPIUID shows. */
export function uidText(uidHex: string): string {
  const name = uidName(uidHex);
  return `${guidForm(uidHex) ?? uidHex}${name ? ` = ${name}` : ''}`;
}
