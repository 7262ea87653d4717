/**
 * Exchange accounts (docs/check-rules.md W2): "Only one message service will have [PR_EMSMDB_LEGACY] set to
 * true" — that service answers the calls of MAPI programs written before Outlook 2010 that open the fixed
 * Exchange global section (docs/mapi-profiles.md §11.1, §12.1; Microsoft, "Using multiple Exchange accounts").
 */
import { PR_EMSMDB_LEGACY } from '../../../shared/mapi/tags.js';
import { valueNameOfTag } from '../../../shared/mapi/propTag.js';
import { displayNameOf } from '../model/profileView.js';
import type { DocIndex } from '../model/index.js';
import type { Classification } from '../model/sectionKinds.js';
import type { AddFinding } from './lint.js';

const LEGACY = valueNameOfTag(PR_EMSMDB_LEGACY);

/** The services whose PR_EMSMDB_LEGACY is TRUE (a PT_BOOLEAN is 2 bytes, 01 00). */
export function legacyExchangeServices(index: DocIndex, kinds: Classification): string[] {
  return kinds.services.filter((uid) => {
    const v = index.sections.get(uid)?.values.find((x) => x.name.toLowerCase() === LEGACY);
    return v !== undefined && v.data.length >= 2 && v.data.slice(0, 2) !== '00';
  });
}

export function exchangeFindings(index: DocIndex, kinds: Classification, add: AddFinding): void {
  const legacy = legacyExchangeServices(index, kinds);
  if (legacy.length < 2) return;
  const names = legacy.map((uid) => displayNameOf(index.sections.get(uid)) ?? uid).join(', ');
  for (const uid of legacy.slice(1))
    add('lintSeveralLegacyExchange', { services: names, property: 'PR_EMSMDB_LEGACY', section: uid }, { section: uid, value: LEGACY });
}
