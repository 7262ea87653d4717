/**
 * A profile → a PRF (docs/file-formats.md §5) that recreates it with `outlook.exe /importprf`, with the list of
 * what a PRF cannot carry.
 *
 * - `[General]`: Custom=1, ProfileName, DefaultProfile (the profile is its root's default), OverwriteProfile=Yes,
 *   ModifyDefaultProfileIfPresent=FALSE, BackupProfile=No, DefaultStore=ServiceN (the service whose store
 *   provider has STATUS_DEFAULT_STORE).
 * - One `[ServiceN]` per service whose PR_SERVICE_NAME has a mapping section (defaultMappings.ts, the OCT 16
 *   tables), with every mapped property the profile holds, read from the section an import writes it to
 *   (propertyHome.ts); a PT_STRING8 mapping also reads a PT_UNICODE value of the same id and vice versa.
 * - `ServiceX=Microsoft Outlook Client` (0a0d02…) and `ServiceEGSn=Exchange Global Section` (13dbb0c8…,
 *   paired with the first Exchange service) when those sections hold mapped values.
 * - `[AccountN]` for POP3 and IMAP accounts of the account manager (accountValues.ts).
 * - The mapping tables themselves, so the file reads the same in any Outlook version.
 *
 * Warnings (also written at the top of the file as comments, so they travel with it): services without a
 * mapping section, properties no mapping expresses (beyond what the catalog and MAPI recreate), secrets,
 * sections and keys no service owns, account-manager entries and values beyond Section 7.
 *
 * Encoding: PRF files are ANSI (§5.1); the text is windows-1252 when every character has a byte there,
 * else UTF-16LE with a BOM (which Outlook 2007+ and our reader take) and a warning says so (decision).
 */
import type { KeyDoc, ProfileDoc } from '../../../shared/profileDoc.js';
import type { ServiceView } from '../../../shared/profileView.js';
import { MAPI_STORE_PROVIDER, STATUS } from '../../../shared/mapi/flags.js';
import { propId, tagOfValueName, valueNameOfTag } from '../../../shared/mapi/propTag.js';
import { SECTION, wellKnownSection } from '../../../shared/mapi/sections.js';
import { tagInfo } from '../../../shared/mapi/tagTable.js';
import { PR_DISPLAY_NAME, PR_DISPLAY_NAME_W } from '../../../shared/mapi/tags.js';
import { loadDefaultCatalog, type ServiceCatalog } from '../formats/mapisvc/index.js';
import {
  writePrf,
  type PrfEntry,
  type PrfFile,
  type PrfMapping,
  type PrfMappingSection,
  type PrfServiceRef,
  type PrfValueSection,
} from '../formats/prf/index.js';
import { encodeWindows1252 } from '../../../shared/codecs/windows1252.js';
import { decodeProperty, fromHex, indexDoc, profileView } from '../model/index.js';
import { encodeUtf16 } from '../model/bytes.js';
import { exportAccounts } from './exportAccounts.js';
import { defaultMappingSections } from './defaultMappings.js';
import { propertyHome, stringTwin } from './propertyHome.js';
import { prfText } from './prfValueText.js';

export interface PrfExport {
  text: string;
  bytes: Uint8Array;
  encoding: 'windows-1252' | 'utf-16le';
  warnings: string[];
}

const { STATUS_DEFAULT_STORE } = STATUS;

/** Ids an import recreates without the PRF: MAPI's own lists and names, provider identities, store entry IDs. */
const RECREATED_IDS = new Set([
  0x3001, 0x3006, 0x3009, 0x300a, 0x3d00, 0x3d01, 0x3d02, 0x3d09, 0x3d0a, 0x3d0b, 0x3d0c, 0x3d0d, 0x3d0f, 0x3d10, 0x3d13, 0x3d15, 0x3e03,
  0x3414, 0x3615, 0x0ff9, 0x0ffa, 0x0ffb, 0x0fff,
]);

export function exportPrf(
  doc: ProfileDoc,
  isDefault: boolean,
  opts: { mappings?: PrfMappingSection[]; catalog?: ServiceCatalog } = {},
): PrfExport {
  const mappings = opts.mappings ?? defaultMappingSections();
  const catalog = opts.catalog ?? loadDefaultCatalog();
  const warnings: string[] = [];
  const warn = (m: string) => warnings.push(m);
  const index = indexDoc(doc);
  const view = profileView(doc);
  /** `section|valuename` of every value the PRF carries or an import recreates. */
  const covered = new Set<string>();
  const cover = (section: string, name: string) => covered.add(`${section.toLowerCase()}|${name.toLowerCase()}`);
  const owned = new Set<string>([SECTION.master, SECTION.profileInstance, SECTION.accountManager]);

  const serviceList: PrfServiceRef[] = [];
  const services: PrfValueSection[] = [];
  let defaultStore: string | undefined;
  let firstExchange: string | undefined;
  let slot = 0;

  for (const s of view.services.filter((x) => x.exists)) {
    const label = `service "${s.displayName ?? s.uid}" (${s.serviceName ?? 'no PR_SERVICE_NAME'})`;
    const mapping = s.serviceName
      ? mappings.find((m) => m.kind === 'service' && m.serviceName?.toLowerCase() === s.serviceName!.toLowerCase())
      : undefined;
    if (!mapping) {
      warn(`${label}: no PRF mapping section names this service, so a PRF cannot carry it`);
      continue;
    }
    const key = `Service${++slot}`;
    const providers = s.providers.filter((p) => p.exists).map((p) => p.uid);
    const sections = [s.uid, ...providers, ...s.extraSections.filter((x) => x.exists).map((x) => x.uid)];
    sections.forEach((u) => owned.add(u));
    const entries = mappedEntries(
      index.byPath,
      mapping,
      (m) => {
        const home = propertyHome(mapping, m.tag, providers.length);
        if (home.kind === 'secret' || home.kind === 'fixed') return undefined;
        return home.kind === 'provider' ? providers[0] : s.uid;
      },
      cover,
      (m) => warn(`${key} ${m}`),
    );
    // The display name lives on the sole provider too; the import writes it there again.
    if (providers.length === 1)
      for (const n of [valueNameOfTag(PR_DISPLAY_NAME), valueNameOfTag(PR_DISPLAY_NAME_W)]) cover(providers[0]!, n);
    coverRecreated(index.byPath, sections, s, catalog, cover);
    serviceList.push({ key, kind: 'service', mappingName: mapping.name });
    services.push({ name: key, entries });
    if (s.providers.some((p) => p.exists && p.resourceType === MAPI_STORE_PROVIDER && ((p.flags?.value ?? 0) & STATUS_DEFAULT_STORE) !== 0))
      defaultStore ??= key;
    if (s.serviceName?.toLowerCase() === 'msems') firstExchange ??= key;
  }

  // Fixed sections (SectionGUID= mappings): the Outlook client section and the Exchange Global Section.
  for (const mapping of mappings.filter((m) => m.kind === 'service' && m.sectionGuid !== undefined)) {
    const uid = mapping.sectionGuid!.toLowerCase();
    if (!index.byPath.has(uid)) continue;
    let key: string | undefined;
    let ref: PrfServiceRef | undefined;
    if (uid === SECTION.outlookGlobal) {
      key = 'ServiceX';
      ref = { key, kind: 'client', mappingName: mapping.name };
    } else if (uid === SECTION.exchangeGlobal && firstExchange) {
      key = firstExchange.replace(/^Service/, 'ServiceEGS');
      ref = { key, kind: 'egs', pairsWith: firstExchange, mappingName: mapping.name };
    }
    const entries = mappedEntries(
      index.byPath,
      mapping,
      (m) => (propertyHome(mapping, m.tag, 0).kind === 'fixed' ? uid : undefined),
      key ? cover : () => {},
      (m) => warn(`${key ?? mapping.name} ${m}`),
    );
    if (entries.length === 0) continue;
    if (!key || !ref) {
      warn(
        `[${mapping.name}] values in section ${uid}: a PRF pairs them with an Exchange service, which this profile has none of; not carried`,
      );
      continue;
    }
    owned.add(uid);
    serviceList.push(ref);
    services.push({ name: key, entries });
  }

  const accounts = exportAccounts(index, mappings, warn);
  uncoveredValues(doc, owned, covered, view.services, warn);

  const model: PrfFile = {
    general: {
      custom: true,
      profileName: doc.name,
      defaultProfile: isDefault,
      overwriteProfile: 'yes',
      modifyDefaultProfileIfPresent: false,
      backupProfile: false,
      ...(defaultStore ? { defaultStore } : {}),
      other: [],
    },
    serviceList,
    internetAccountList: accounts.refs,
    services,
    accounts: accounts.sections,
    mappings,
    otherSections: [],
  };
  let text = writePrf(model);
  if (warnings.length > 0) {
    const lines = text.split('\r\n');
    const report = [
      '; Not carried by this PRF (MAPI Profile Editor export report):',
      ...warnings.map((w) => `;   ${w.replace(/[\r\n]+/g, ' ')}`),
    ];
    text = [lines[0]!, ...report, ...lines.slice(1)].join('\r\n');
  }
  text += '\r\n';
  const ansi = encodeWindows1252(text);
  if (ansi) return { text, bytes: ansi, encoding: 'windows-1252', warnings };
  warnings.push(
    'some text has no windows-1252 (ANSI) character: the PRF is written as UTF-16LE with a BOM, which Outlook 2007 and later read',
  );
  const utf16 = encodeUtf16(text);
  const bytes = new Uint8Array(utf16.length + 2);
  bytes.set([0xff, 0xfe]);
  bytes.set(utf16, 2);
  return { text, bytes, encoding: 'utf-16le', warnings };
}

/** The `key=value` entries of one mapping section, each read from the section `sectionOf` names. */
function mappedEntries(
  byPath: ReadonlyMap<string, KeyDoc>,
  mapping: PrfMappingSection,
  sectionOf: (m: PrfMapping) => string | undefined,
  cover: (section: string, name: string) => void,
  warn: (m: string) => void,
): PrfEntry[] {
  const entries: PrfEntry[] = [];
  const seen = new Set<string>();
  for (const m of mapping.mappings) {
    if (seen.has(m.key.toLowerCase())) continue; // readers use the first mapping of a key
    seen.add(m.key.toLowerCase());
    const section = sectionOf(m);
    const key = section === undefined ? undefined : byPath.get(section.toLowerCase());
    if (!key) continue;
    const twin = stringTwin(m.tag);
    const names = [valueNameOfTag(m.tag), ...(twin !== undefined ? [valueNameOfTag(twin)] : [])];
    const value = names.map((n) => key.values.find((v) => v.name.toLowerCase() === n)).find((v) => v !== undefined);
    if (!value) continue;
    const decoded = decodeProperty({ name: value.name, type: value.type, data: fromHex(value.data) });
    if (decoded.secure || decoded.value === undefined) {
      warn(`${m.key}: value ${value.name} of ${section} ${decoded.secure ? 'is secure' : 'does not decode'}; not carried`);
      continue;
    }
    const text = prfText(m.ptype, decoded.value);
    if ('error' in text) {
      warn(`${m.key}: value ${value.name} of ${section} cannot be written as ${m.ptypeName}: ${text.error}`);
      continue;
    }
    entries.push({ key: m.key, value: text.text });
    cover(section!, value.name);
  }
  return entries;
}

/** Marks as covered what an import of this service recreates: MAPI's own values and the catalog's. */
function coverRecreated(
  byPath: ReadonlyMap<string, KeyDoc>,
  sections: readonly string[],
  s: ServiceView,
  catalog: ServiceCatalog,
  cover: (section: string, name: string) => void,
): void {
  const entry = catalog.services.find((c) => c.name.toLowerCase() === s.serviceName?.toLowerCase());
  const catalogIds = new Set<number>();
  if (entry)
    for (const sec of [entry, ...entry.providers, ...entry.sections]) for (const p of sec.properties) catalogIds.add(propId(p.tag));
  for (const uid of sections) {
    for (const v of byPath.get(uid)?.values ?? []) {
      const tag = tagOfValueName(v.name);
      if (tag !== null && (RECREATED_IDS.has(propId(tag)) || catalogIds.has(propId(tag)))) cover(uid, v.name);
    }
  }
}

/** One warning per key holding values that are neither carried nor recreated. */
function uncoveredValues(
  doc: ProfileDoc,
  owned: ReadonlySet<string>,
  covered: ReadonlySet<string>,
  services: readonly ServiceView[],
  warn: (m: string) => void,
): void {
  // Sections of services no mapping names were reported with their service, once.
  const unmapped = new Set(
    services.filter((s) => s.exists).flatMap((s) => [s.uid, ...s.providers.map((p) => p.uid), ...s.extraSections.map((x) => x.uid)]),
  );
  // Provider-defined tags (0x6600–0x67FF) are named after the service that owns the section.
  const serviceNameOf = new Map(
    services.flatMap((s) => [s.uid, ...s.providers.map((p) => p.uid)].map((u) => [u, s.serviceName ?? undefined] as const)),
  );
  for (const key of doc.keys) {
    const lower = key.path.toLowerCase();
    const top = lower.split('\\')[0]!;
    if (top === SECTION.accountManager) continue; // exportAccounts reports these
    if (lower === SECTION.master || lower === SECTION.profileInstance) continue; // MAPI creates them
    if (!owned.has(top) && unmapped.has(top)) continue;
    const left = key.values.filter((v) => !covered.has(`${lower}|${v.name.toLowerCase()}`));
    if (left.length === 0) continue;
    const names = left.slice(0, 8).map((v) => {
      const tag = tagOfValueName(v.name);
      const info = tag !== null ? tagInfo(tag, serviceNameOf.get(top)) : undefined;
      return info ? `${v.name} (${info.name})` : v.name === '' ? '(default)' : v.name;
    });
    const more = left.length > 8 ? ` and ${left.length - 8} more` : '';
    const what =
      key.path === ''
        ? 'the profile key'
        : owned.has(top)
          ? `section ${key.path}`
          : `${wellKnownSection(top)?.name ?? 'section'} ${key.path} (no service a PRF carries owns it)`;
    warn(`${what}: ${left.length} value(s) no PRF mapping expresses: ${names.join(', ')}${more}`);
  }
}
