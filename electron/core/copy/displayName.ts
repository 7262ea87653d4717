/** The copy's new PR_DISPLAY_NAME, in the string type the service section already uses (_W by default). */
import type { KeyDoc, ValueDoc } from '../../../shared/profileDoc.js';
import { PR_DISPLAY_NAME, PR_DISPLAY_NAME_W } from '../../../shared/mapi/tags.js';
import { valueNameOfTag } from '../../../shared/mapi/propTag.js';
import { decodeProperty, encodeProperty, fromHex, toHex } from '../model/index.js';

export function displayNameValue(key: KeyDoc, displayName: string): ValueDoc {
  const existing =
    key.values.find((v) => v.name.toLowerCase() === valueNameOfTag(PR_DISPLAY_NAME_W)) ??
    key.values.find((v) => v.name.toLowerCase() === valueNameOfTag(PR_DISPLAY_NAME));
  const like = existing ? decodeProperty({ name: existing.name, type: existing.type, data: fromHex(existing.data) }) : { ptype: 0x1f };
  const encoded = encodeProperty(displayName, like);
  return { name: existing?.name ?? valueNameOfTag(PR_DISPLAY_NAME_W), type: encoded.type, data: toHex(encoded.data) };
}
