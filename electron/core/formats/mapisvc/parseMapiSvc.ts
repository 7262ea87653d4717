/**
 * MAPISVC.INF reader (docs/mapi-profiles.md §13.1): `[Services]` → service sections → their `Providers=` and
 * `Sections=` sections, every property entry typed by its tag.
 *
 * Decisions:
 * - An unknown symbolic tag (`PR_VENDOR_THING=…`) or unknown key is a warning and is kept raw: real INFs
 *   carry vendor keys MAPI itself ignores. `WIZARD_ENTRY_NAME` is a known non-MAPI key (raw, no warning).
 * - A value that does not parse as its tag's type is a FormatError with the line (a warning + raw entry
 *   with `{lenient: true}`).
 * - A `[Services]` entry with no section, a provider or extra section that does not exist, a service with
 *   no `Providers=`, and a `UID=` that is not 32 hex digits are FormatErrors in both modes. The documented
 *   31-digit `13DB0C8A…` typo gets its own message.
 *
 * @example
 * const catalog = parseMapiSvc(readFileSync('MAPISVC.INF'));
 * catalog.services.find((s) => s.name === 'MSEMS')?.singleCopy; // true
 */
import {
  formatErrorText,
  type FormatErrorArgs,
  type FormatErrorReason,
  type FormatErrorSentence,
} from '../../../../shared/i18n/formatErrors.js';
import { FormatError } from '../formatError.js';
import { propType } from '../../../../shared/mapi/propTag.js';
import { PR_RESOURCE_FLAGS, PR_RESOURCE_TYPE, PT } from '../../../../shared/mapi/tags.js';
import { SERVICE } from '../../../../shared/mapi/flags.js';
import { excerptOf, ignoredWarning, readIni, type IniEntry, type IniSection } from '../prf/iniText.js';
import { importWarningText } from '../../../../shared/i18n/importWarnings.js';
import type {
  CatalogExtraSection,
  CatalogListEntry,
  CatalogProvider,
  CatalogSection,
  CatalogService,
  CatalogWarning,
  ParseMapiSvcOptions,
  ServiceCatalog,
} from './catalogTypes.js';
import { COMPUTED_TAGS, NON_MAPI_KEYS, tagOfSymbol } from './infSymbols.js';
import { parseInfValue } from './infValues.js';

const { SERVICE_SINGLE_COPY } = SERVICE;
/** The doc's `UID=13DB0C8AA05101A9BB000AA002FC45A` (31 digits) for pbGlobalProfileSectionGuid (§13.1). */
const DOCUMENTED_UID_TYPO = '13DB0C8AA05101A9BB000AA002FC45A';

type Kind = 'service' | 'provider' | 'extra';

export function parseMapiSvc(input: Uint8Array | string, options: ParseMapiSvcOptions = {}): ServiceCatalog {
  const doc = readIni(input, 'mapisvc', { maxBytes: options.maxBytes });
  // Section names are unique (readIni skips a repeated one, as Windows does): one map, so N services cost N lookups, not N².
  const byName = new Map(doc.sections.map((s) => [s.name.toLowerCase(), s]));
  const sectionNamed = (name: string): IniSection | undefined => byName.get(name.toLowerCase());
  // Lines MAPI's INI reader skips (iniText.ts): reported, in the import-warning words, never refused.
  const warnings: CatalogWarning[] = doc.ignored.map((i) => ({
    section: '',
    line: i.line,
    message: importWarningText('en', ignoredWarning(i)),
  }));
  const used = new Set<string>(['services', 'default services', 'help file mappings']);
  const warn = (section: string, e: IniEntry, message: string) => warnings.push({ section, key: e.key, line: e.line, message });

  const listOf = (name: string): CatalogListEntry[] => {
    const s = sectionNamed(name);
    return (s?.entries ?? []).map((e) => ({ name: e.key, value: e.value, line: e.line }));
  };
  const defaultServices = listOf('Default Services');
  const defaultNames = new Set(defaultServices.map((d) => d.name.toLowerCase()));
  const helpFileMappings = listOf('Help File Mappings');

  const sectionFor = (
    name: string,
    e: IniEntry,
    missing: 'mapisvcNoServiceSection' | 'mapisvcNoProviderSection' | 'mapisvcNoExtraSection',
  ): IniSection => {
    const s = sectionNamed(name);
    if (!s) fail(e, missing, { name });
    used.add(s.name.toLowerCase());
    return s;
  };

  const services: CatalogService[] = [];
  const seenServices = new Set<string>();
  for (const entry of sectionNamed('Services')?.entries ?? []) {
    const folded = entry.key.toLowerCase();
    if (seenServices.has(folded)) {
      warn('Services', entry, `service ${entry.key} is listed twice; the first entry is used`);
      continue;
    }
    seenServices.add(folded);
    const section = sectionFor(entry.key, entry, 'mapisvcNoServiceSection');
    const base = readProperties(section, 'service', options, warnings);
    let providerNames: string[] | undefined;
    let extraNames: string[] = [];
    let providersEntry: IniEntry | undefined;
    for (const e of base.links) {
      const names = e.value
        .split(',')
        .map((n) => n.trim())
        .filter((n) => n !== '');
      if (e.key.toLowerCase() === 'providers') {
        if (providerNames) fail(e, 'mapisvcProvidersTwice');
        if (names.length === 0) fail(e, 'mapisvcProvidersEmpty');
        providerNames = names;
        providersEntry = e;
      } else {
        extraNames = extraNames.concat(names);
        for (const n of names) sectionFor(n, e, 'mapisvcNoExtraSection');
      }
    }
    if (!providerNames || !providersEntry) {
      throw new FormatError('mapisvc', { line: section.line, excerpt: `[${section.name}]` }, 'mapisvcNoProviders', { name: section.name });
    }
    const providers: CatalogProvider[] = providerNames.map((n) => {
      const p: CatalogProvider = readProperties(
        sectionFor(n, providersEntry, 'mapisvcNoProviderSection'),
        'provider',
        options,
        warnings,
      ).section;
      const type = p.properties.find((x) => x.tag === PR_RESOURCE_TYPE)?.value;
      const flags = p.properties.find((x) => x.tag === PR_RESOURCE_FLAGS)?.value;
      if (typeof type === 'number') p.resourceType = type;
      if (typeof flags === 'number') p.resourceFlags = flags;
      return p;
    });
    const sections: CatalogExtraSection[] = extraNames.map((n) => {
      const s = sectionNamed(n)!;
      const r = readProperties(s, 'extra', options, warnings);
      const out: CatalogExtraSection = r.section;
      if (r.uid !== undefined) out.uid = r.uid;
      return out;
    });
    const flags = base.section.properties.find((x) => x.tag === PR_RESOURCE_FLAGS)?.value;
    const resourceFlags = typeof flags === 'number' ? flags : 0;
    services.push({
      ...base.section,
      displayName: entry.value,
      resourceFlags,
      singleCopy: (resourceFlags & SERVICE_SINGLE_COPY) !== 0,
      isDefault: defaultNames.has(folded),
      providers,
      sections,
    });
  }

  for (const d of defaultServices) {
    if (!seenServices.has(d.name.toLowerCase())) {
      warnings.push({ section: 'Default Services', key: d.name, line: d.line, message: `${d.name} is not listed in [Services]` });
    }
  }
  const otherSections: CatalogSection[] = doc.sections
    .filter((s) => !used.has(s.name.toLowerCase()))
    .map((s) => ({
      name: s.name,
      line: s.line,
      properties: [],
      raw: s.entries.map((e) => ({ key: e.key, value: e.value, line: e.line })),
    }));

  return { services, defaultServices, helpFileMappings, otherSections, warnings, encoding: doc.encoding };
}

const whereOf = (e: IniEntry) => ({ line: e.line, excerpt: excerptOf(`${e.key}=${e.value}`) });

function fail<R extends FormatErrorReason>(e: IniEntry, reason: R, ...params: FormatErrorArgs<R>): never {
  throw new FormatError('mapisvc', whereOf(e), reason, ...params);
}

/** The property entries of one section; `Providers=`/`Sections=` (service) and `UID=` (extra) set aside. */
function readProperties(
  s: IniSection,
  kind: Kind,
  options: ParseMapiSvcOptions,
  warnings: CatalogWarning[],
): { section: CatalogSection; links: IniEntry[]; uid?: string } {
  const section: CatalogSection = { name: s.name, line: s.line, properties: [], raw: [] };
  const links: IniEntry[] = [];
  let uid: string | undefined;
  const warn = (e: IniEntry, message: string) => warnings.push({ section: s.name, key: e.key, line: e.line, message });
  const keepRaw = (e: IniEntry) => section.raw.push({ key: e.key, value: e.value, line: e.line });
  const seenTags = new Map<number, number>();

  for (const e of s.entries) {
    const upper = e.key.toUpperCase();
    if (upper === 'PROVIDERS' || upper === 'SECTIONS') {
      if (kind === 'service') links.push(e);
      else {
        warn(e, `${e.key}= belongs in a service section; MAPI ignores it in a ${kind} section`);
        keepRaw(e);
      }
      continue;
    }
    if (upper === 'UID') {
      if (kind !== 'extra') {
        warn(e, `UID= only fixes the UID of a Sections= section; it is ignored in a ${kind} section`);
        keepRaw(e);
        continue;
      }
      if (uid !== undefined) fail(e, 'mapisvcUidTwice');
      uid = readUid(e);
      continue;
    }
    if (NON_MAPI_KEYS.has(upper)) {
      keepRaw(e);
      continue;
    }
    const tag = /^[0-9a-fA-F]{8}$/.test(e.key) ? parseInt(e.key, 16) >>> 0 : tagOfSymbol(e.key);
    if (tag === undefined) {
      warn(e, upper.startsWith('PR_') ? `unknown property name ${e.key}; kept as text` : `unknown key ${e.key}; kept as text`);
      keepRaw(e);
      continue;
    }
    if (COMPUTED_TAGS.has(tag)) warn(e, `${e.key} is computed by MAPI and must not appear in MAPISVC.INF`);
    const first = seenTags.get(tag);
    if (first !== undefined) warn(e, `${e.key} sets a property already set at line ${first}`);
    else seenTags.set(tag, e.line);

    const r = parseInfValue(tag, e.value);
    if ('error' in r) {
      const why = { reason: r.error.reason, params: { ...r.error.params, key: e.key } } as FormatErrorSentence;
      if (!options.lenient) throw FormatError.of('mapisvc', whereOf(e), why);
      warn(e, `${formatErrorText('en', why.reason, why.params)}; kept as text`);
      keepRaw(e);
      continue;
    }
    if (tag === PR_RESOURCE_FLAGS) {
      const wrong = kind === 'service' ? 'status' : 'service';
      if (r.families.includes(wrong)) {
        warn(
          e,
          kind === 'service'
            ? 'STATUS_* flags on a service section: PR_RESOURCE_FLAGS here takes SERVICE_* bits (docs/mapi-profiles.md §10.3)'
            : 'SERVICE_* flags on a provider section: PR_RESOURCE_FLAGS here takes STATUS_* bits (docs/mapi-profiles.md §10.3)',
        );
      }
    }
    if (propType(tag) === PT.LONG && r.families.includes('resourceType') && tag !== PR_RESOURCE_TYPE) {
      warn(e, `${e.key} takes a MAPI_*_PROVIDER resource type, which belongs to PR_RESOURCE_TYPE`);
    }
    section.properties.push({ key: e.key, tag, value: r.value, raw: e.value, line: e.line });
  }
  return uid === undefined ? { section, links } : { section, links, uid };
}

function readUid(e: IniEntry): string {
  const v = e.value.trim();
  if (/^[0-9a-fA-F]{32}$/.test(v)) return v.toLowerCase();
  if (v.toUpperCase() === DOCUMENTED_UID_TYPO) {
    fail(e, 'mapisvcUidTypo', { value: v });
  }
  fail(e, 'mapisvcUidLength', { value: v, length: v.length });
}
