/**
 * Resolves a PRF's Section 4/5 values through its own Section 6/7 tables (file-formats.md §5.4–5.5):
 * `[Service1] MailboxName=jdoe` + `Service1=Microsoft Exchange Server` + `[Microsoft Exchange Server]
 * MailboxName=PT_STRING8,0x6607` → tag 0x6607001E, value "jdoe".
 *
 * Nothing here throws: what Outlook would ignore (a key with no mapping is "written NOWHERE, silently",
 * §5.1) or refuse (a value that does not parse as its type) is listed in `issues` with its line.
 */
import { PT } from '../../../../shared/mapi/tags.js';
import { parseHexBytes, parsePrfBoolean, parsePrfInteger, parseYesNo } from './prfSyntax.js';
import type {
  PrfEntry,
  PrfFile,
  PrfIssue,
  PrfMapping,
  PrfMappingSection,
  PrfValue,
  PrfValueSection,
  ResolvedPrf,
  ResolvedPrfAccount,
  ResolvedPrfService,
} from './prfTypes.js';

export type PrfConversion = { value: PrfValue } | { error: string; kind: 'invalid-value' | 'unsupported-type' };

/** A PRF value text → the typed value of `ptype` (PT_LONG `0x…` reads as a number, big-endian). */
export function convertPrfValue(ptype: number, raw: string): PrfConversion {
  switch (ptype) {
    case PT.LONG:
    case PT.I2: {
      const n = parsePrfInteger(raw, ptype === PT.LONG ? 32 : 16);
      return n === undefined ? { error: `"${raw}" is not a number (0x… or decimal)`, kind: 'invalid-value' } : { value: n };
    }
    case PT.BOOLEAN: {
      const b = parsePrfBoolean(raw);
      return b === undefined ? { error: `"${raw}" is not TRUE, FALSE, 1 or 0`, kind: 'invalid-value' } : { value: b };
    }
    case PT.STRING8:
    case PT.UNICODE:
      return { value: raw };
    case PT.BINARY:
    case PT.CLSID: {
      const bytes = parseHexBytes(raw);
      if (bytes === undefined || (ptype === PT.CLSID && bytes.length !== 16)) {
        return { error: `"${raw}" is not ${ptype === PT.CLSID ? '32' : 'an even number of'} hex digits`, kind: 'invalid-value' };
      }
      return { value: bytes };
    }
    default:
      return { error: `no PRF value syntax is known for type 0x${ptype.toString(16).padStart(4, '0')}`, kind: 'unsupported-type' };
  }
}

export function resolvePrf(prf: PrfFile): ResolvedPrf {
  const issues: PrfIssue[] = [];
  // Every lookup by name goes through a map built once: a file of N services stays linear, not N².
  const mappingOf = indexByName(prf.mappings);
  const serviceValues = indexByName(prf.services);
  const accountValues = indexByName(prf.accounts);

  const services: ResolvedPrfService[] = prf.serviceList.map((ref) => {
    const mapping = mappingOf(ref.mappingName);
    const values = serviceValues(ref.key);
    if (!mapping) {
      issues.push({
        kind: 'unknown-mapping-section',
        section: 'Service List',
        key: ref.key,
        line: ref.line,
        message: `${ref.key} names [${ref.mappingName}], which the file does not define`,
      });
    }
    const out: ResolvedPrfService = {
      key: ref.key,
      kind: ref.kind,
      mappingName: ref.mappingName,
      isDefaultStore: prf.general.defaultStore?.toLowerCase() === ref.key.toLowerCase(),
      properties: [],
      unmapped: [],
    };
    if (ref.pairsWith !== undefined) out.pairsWith = ref.pairsWith;
    if (mapping?.serviceName !== undefined) out.serviceName = mapping.serviceName;
    if (mapping?.sectionGuid !== undefined) out.sectionGuid = mapping.sectionGuid;
    if (mapping?.mdbGuid !== undefined) out.mdbGuid = mapping.mdbGuid;
    for (const { e, mapping: m, control } of walk(values, mapping, ['uniqueservice', 'overwriteexistingservice'], issues)) {
      if (control) {
        const b = parseYesNo(e.value);
        if (b === undefined) issues.push(invalid(values!, e, `${e.key} must be Yes or No, not "${e.value}"`));
        else if (control === 'uniqueservice') out.uniqueService = b;
        else out.overwriteExistingService = b;
      } else if (!m) {
        out.unmapped.push(e);
      } else {
        const c = convertPrfValue(m.ptype, e.value);
        if ('error' in c) issues.push({ ...invalid(values!, e, `${e.key} (${m.ptypeName}): ${c.error}`), kind: c.kind });
        else out.properties.push({ key: e.key, tag: m.tag, ptypeName: m.ptypeName, value: c.value, raw: e.value, line: e.line });
      }
    }
    return out;
  });

  const accounts: ResolvedPrfAccount[] = prf.internetAccountList.map((ref) => {
    const mapping = mappingOf(ref.mappingName);
    const values = accountValues(ref.key);
    if (!mapping) {
      issues.push({
        kind: 'unknown-mapping-section',
        section: 'Internet Account List',
        key: ref.key,
        line: ref.line,
        message: `${ref.key} names [${ref.mappingName}], which the file does not define`,
      });
    }
    const out: ResolvedPrfAccount = { key: ref.key, mappingName: ref.mappingName, properties: [], unmapped: [] };
    if (mapping?.accountType !== undefined) out.accountType = mapping.accountType;
    for (const { e, mapping: m, control } of walk(values, mapping, ['uniqueservice', 'defaultaccount'], issues)) {
      if (control) {
        const b = parseYesNo(e.value);
        if (b === undefined) issues.push(invalid(values!, e, `${e.key} must be TRUE/FALSE or Yes/No, not "${e.value}"`));
        else if (control === 'uniqueservice') out.uniqueService = b;
        else out.defaultAccount = b;
      } else if (!m) {
        out.unmapped.push(e);
      } else {
        const c = convertPrfValue(m.ptype, e.value);
        if ('error' in c) issues.push({ ...invalid(values!, e, `${e.key} (${m.ptypeName}): ${c.error}`), kind: c.kind });
        else out.properties.push({ key: e.key, id: m.id, ptype: m.ptype, ptypeName: m.ptypeName, value: c.value, raw: e.value, line: e.line });
      }
    }
    return out;
  });

  const keysOf = (refs: readonly { key: string }[]) => new Set(refs.map((r) => r.key.toLowerCase()));
  const listedServices = keysOf(prf.serviceList);
  const listedAccounts = keysOf(prf.internetAccountList);
  for (const s of prf.services) {
    if (!listedServices.has(s.name.toLowerCase())) issues.push(unlisted(s, 'Service List'));
  }
  for (const s of prf.accounts) {
    if (!listedAccounts.has(s.name.toLowerCase())) issues.push(unlisted(s, 'Internet Account List'));
  }
  const store = prf.general.defaultStore;
  if (store !== undefined && !keysOf(prf.serviceList.filter((r) => r.kind === 'service' || r.kind === 'client')).has(store.toLowerCase())) {
    issues.push({
      kind: 'unknown-default-store',
      section: 'General',
      key: 'DefaultStore',
      line: prf.general.lines?.defaultStore,
      message: `DefaultStore=${store} names no service in [Service List]`,
    });
  }
  return { general: prf.general, services, accounts, issues };
}

/** Lookup by name, compared case-insensitively; the first of equal names wins (as a linear find would). */
function indexByName<T extends { name: string }>(list: readonly T[]): (name: string) => T | undefined {
  const map = new Map<string, T>();
  for (const item of list) {
    const folded = item.name.toLowerCase();
    if (!map.has(folded)) map.set(folded, item);
  }
  return (name) => map.get(name.toLowerCase());
}

/** Each mapping section's first mapping per key (lower-cased), built once per section. */
const firstMappings = new WeakMap<PrfMappingSection, Map<string, PrfMapping>>();
function mappingFor(section: PrfMappingSection, folded: string): PrfMapping | undefined {
  let map = firstMappings.get(section);
  if (!map) {
    map = new Map();
    for (const m of section.mappings) {
      const key = m.key.toLowerCase();
      if (!map.has(key)) map.set(key, m);
    }
    firstMappings.set(section, map);
  }
  return map.get(folded);
}

/**
 * The entries of a value section with their mapping (first mapping of that key, as GetPrivateProfileString
 * reads the first), control keys flagged; later duplicates of a key become issues and are skipped. Keys
 * with no mapping also become issues here.
 */
function* walk(
  values: PrfValueSection | undefined,
  mapping: PrfMappingSection | undefined,
  controlKeys: readonly string[],
  issues: PrfIssue[],
): Generator<{ e: PrfEntry; mapping?: PrfMapping; control?: string }> {
  if (!values) return;
  const seen = new Map<string, number | undefined>();
  for (const e of values.entries) {
    const folded = e.key.toLowerCase();
    if (seen.has(folded)) {
      issues.push({
        kind: 'duplicate-key',
        section: values.name,
        key: e.key,
        line: e.line,
        message: `${e.key} is set again in [${values.name}] (first at line ${seen.get(folded)}); Outlook reads the first`,
      });
      continue;
    }
    seen.set(folded, e.line);
    if (controlKeys.includes(folded)) {
      yield { e, control: folded };
      continue;
    }
    const m = mapping ? mappingFor(mapping, folded) : undefined;
    if (!m) {
      issues.push({
        kind: 'unmapped-key',
        section: values.name,
        key: e.key,
        line: e.line,
        message: mapping
          ? `${e.key} has no mapping in [${mapping.name}]: Outlook writes it nowhere`
          : `${e.key} cannot be mapped: [${values.name}] has no mapping section`,
      });
      yield { e };
      continue;
    }
    yield { e, mapping: m };
  }
}

const invalid = (s: PrfValueSection, e: PrfEntry, message: string): PrfIssue => ({
  kind: 'invalid-value',
  section: s.name,
  key: e.key,
  line: e.line,
  message,
});

const unlisted = (s: PrfValueSection, list: string): PrfIssue => ({
  kind: 'unlisted-section',
  section: s.name,
  line: s.line,
  message: `[${s.name}] is not listed in [${list}]; Outlook ignores it`,
});
