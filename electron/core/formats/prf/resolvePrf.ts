/**
 * Resolves a PRF's Section 4/5 values through its own Section 6/7 tables (docs/file-formats.md §5.4–5.5):
 * `[Service1] MailboxName=jdoe` + `Service1=Microsoft Exchange Server` + `[Microsoft Exchange Server]
 * MailboxName=PT_STRING8,0x6607` → tag 0x6607001E, value "jdoe".
 *
 * Nothing here throws: what Outlook would ignore (a key with no mapping is "written NOWHERE, silently",
 * §5.1) or refuse (a value that does not parse as its type) is listed in `issues` with its line, each as
 * an import warning (a reason and its parameters, worded in the window's language) and its English sentence.
 */
import { importWarningText, type ImportWarning } from '../../../../shared/i18n/importWarnings.js';
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

/** Why a value text does not convert: the import warning's reason (and, for an unknown type, the type). */
export type PrfConversionError =
  | { kind: 'invalid-value'; reason: 'prfNotANumber' | 'prfNotABoolean' | 'prfNotHex' | 'prfNotClsid' }
  | { kind: 'unsupported-type'; reason: 'prfUnsupportedType'; type: string };
export type PrfConversion = { value: PrfValue } | { error: PrfConversionError };

/** A PRF value text → the typed value of `ptype` (PT_LONG `0x…` reads as a number, big-endian). */
export function convertPrfValue(ptype: number, raw: string): PrfConversion {
  switch (ptype) {
    case PT.LONG:
    case PT.I2: {
      const n = parsePrfInteger(raw, ptype === PT.LONG ? 32 : 16);
      return n === undefined ? { error: { kind: 'invalid-value', reason: 'prfNotANumber' } } : { value: n };
    }
    case PT.BOOLEAN: {
      const b = parsePrfBoolean(raw);
      return b === undefined ? { error: { kind: 'invalid-value', reason: 'prfNotABoolean' } } : { value: b };
    }
    case PT.STRING8:
    case PT.UNICODE:
      return { value: raw };
    case PT.BINARY:
    case PT.CLSID: {
      const bytes = parseHexBytes(raw);
      if (bytes === undefined || (ptype === PT.CLSID && bytes.length !== 16)) {
        return { error: { kind: 'invalid-value', reason: ptype === PT.CLSID ? 'prfNotClsid' : 'prfNotHex' } };
      }
      return { value: bytes };
    }
    default:
      return { error: { kind: 'unsupported-type', reason: 'prfUnsupportedType', type: `0x${ptype.toString(16).padStart(4, '0')}` } };
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
    if (!mapping) issues.push(unknownMapping('Service List', ref));
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
        if (b === undefined) issues.push(invalidControl(values!, e, 'prfNotYesNo'));
        else if (control === 'uniqueservice') out.uniqueService = b;
        else out.overwriteExistingService = b;
      } else if (!m) {
        out.unmapped.push(e);
      } else {
        const c = convertPrfValue(m.ptype, e.value);
        if ('error' in c) issues.push(notConverted(values!, e, m.ptypeName, c.error));
        else out.properties.push({ key: e.key, tag: m.tag, ptypeName: m.ptypeName, value: c.value, raw: e.value, line: e.line });
      }
    }
    return out;
  });

  const accounts: ResolvedPrfAccount[] = prf.internetAccountList.map((ref) => {
    const mapping = mappingOf(ref.mappingName);
    const values = accountValues(ref.key);
    if (!mapping) issues.push(unknownMapping('Internet Account List', ref));
    const out: ResolvedPrfAccount = { key: ref.key, mappingName: ref.mappingName, properties: [], unmapped: [] };
    if (mapping?.accountType !== undefined) out.accountType = mapping.accountType;
    for (const { e, mapping: m, control } of walk(values, mapping, ['uniqueservice', 'defaultaccount'], issues)) {
      if (control) {
        const b = parseYesNo(e.value);
        if (b === undefined) issues.push(invalidControl(values!, e, 'prfNotTrueFalse'));
        else if (control === 'uniqueservice') out.uniqueService = b;
        else out.defaultAccount = b;
      } else if (!m) {
        out.unmapped.push(e);
      } else {
        const c = convertPrfValue(m.ptype, e.value);
        if ('error' in c) issues.push(notConverted(values!, e, m.ptypeName, c.error));
        else
          out.properties.push({ key: e.key, id: m.id, ptype: m.ptype, ptypeName: m.ptypeName, value: c.value, raw: e.value, line: e.line });
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
    const line = prf.general.lines?.defaultStore;
    issues.push(
      issue('unknown-default-store', 'General', 'DefaultStore', line, { reason: 'prfUnknownDefaultStore', params: { store, line } }),
    );
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
      const first = String(seen.get(folded));
      issues.push(
        issue('duplicate-key', values.name, e.key, e.line, {
          reason: 'prfDuplicateKey',
          params: { key: e.key, section: values.name, first, line: e.line },
        }),
      );
      continue;
    }
    seen.set(folded, e.line);
    if (controlKeys.includes(folded)) {
      yield { e, control: folded };
      continue;
    }
    const m = mapping ? mappingFor(mapping, folded) : undefined;
    if (!m) {
      const warning: ImportWarning = mapping
        ? { reason: 'prfUnmappedKey', params: { key: e.key, mapping: mapping.name, line: e.line } }
        : { reason: 'prfNoMappingSection', params: { key: e.key, section: values.name, line: e.line } };
      issues.push(issue('unmapped-key', values.name, e.key, e.line, warning));
      yield { e };
      continue;
    }
    yield { e, mapping: m };
  }
}

/** An issue with its warning; its English sentence leaves the line out, a field of its own. */
function issue(
  kind: PrfIssue['kind'],
  section: string,
  key: string | undefined,
  line: number | undefined,
  warning: ImportWarning,
): PrfIssue {
  const message = importWarningText('en', { ...warning, params: { ...warning.params, line: undefined } } as ImportWarning);
  return { kind, section, key, line, warning, message };
}

const unknownMapping = (list: string, ref: { key: string; mappingName: string; line?: number }): PrfIssue =>
  issue('unknown-mapping-section', list, ref.key, ref.line, {
    reason: 'prfUnknownMappingSection',
    params: { key: ref.key, mapping: ref.mappingName, line: ref.line },
  });

const invalidControl = (s: PrfValueSection, e: PrfEntry, reason: 'prfNotYesNo' | 'prfNotTrueFalse'): PrfIssue =>
  issue('invalid-value', s.name, e.key, e.line, { reason, params: { key: e.key, value: e.value, line: e.line } });

function notConverted(s: PrfValueSection, e: PrfEntry, ptype: string, error: PrfConversionError): PrfIssue {
  const warning: ImportWarning =
    error.reason === 'prfUnsupportedType'
      ? { reason: error.reason, params: { key: e.key, ptype, type: error.type, line: e.line } }
      : { reason: error.reason, params: { key: e.key, ptype, value: e.value, line: e.line } };
  return issue(error.kind, s.name, e.key, e.line, warning);
}

const unlisted = (s: PrfValueSection, list: string): PrfIssue =>
  issue('unlisted-section', s.name, undefined, s.line, { reason: 'prfUnlistedSection', params: { section: s.name, list, line: s.line } });
