/**
 * A PRF → one profile, the way Outlook's `/importprf` would create it (docs/file-formats.md §5), offline:
 *
 * 1. `[General]`: ProfileName (absent: "Outlook", with a warning; not a valid profile name: FormatError on
 *    its line), DefaultProfile=Yes → the default of the Office 16.0 root. OverwriteProfile,
 *    ModifyDefaultProfileIfPresent and BackupProfile act on a machine's existing profiles: an import into the
 *    workspace always adds a new profile (renamed " (2)" when the name is taken) and leaves the others
 *    alone, so they are reported as information only.
 * 2. Each `[Service List]` entry whose mapping section has `ServiceName=`: the service is created from the
 *    catalog (`createService`: service, providers, extra sections, master lists), then each mapped value
 *    is set, typed by the mapping, on the section `propertyHome` names (PT_STRING8 as REG_SZ, the codec's
 *    way). `UniqueService=Yes` skips a service whose PR_SERVICE_NAME the profile already has; a
 *    SERVICE_SINGLE_COPY refusal (MAPI_E_NO_ACCESS) skips it too; both are reported.
 * 3. Entries whose mapping has `SectionGUID=` (ServiceX = Outlook client, ServiceEGSn = Exchange Global
 *    Section): their values go to that fixed section, created when missing — after every service, so an
 *    Exchange service's MAPISVC.INF values for 13dbb0c8… do not overwrite the PRF's.
 * 4. `DefaultStore=ServiceN`: STATUS_DEFAULT_STORE moves to that service's store provider (setDefaultStore,
 *    which also sets SERVICE_DEFAULT_STORE on its service). Without it, the first store created keeps the
 *    flag the catalog gave it, and its service gets SERVICE_DEFAULT_STORE the same way.
 * 5. `[AccountN]`: importAccounts.ts.
 *
 * The warnings are the "report of what could not be represented": every resolvePrf issue (keys with no
 * mapping, values that do not convert, duplicate keys, unlisted sections…) with its line, every service not
 * in the catalog, every value not written and why, and the General options' meaning for this import.
 */
import type { ProfileDoc } from '../../../shared/profileDoc.js';
import { PROFILE_ROOTS } from '../../../shared/profileDoc.js';
import type { PropertyValue } from '../../../shared/profileView.js';
import { isAppError } from '../../../shared/errors.js';
import { causeOf, type ImportWarning } from '../../../shared/i18n/importWarnings.js';
import { MAPI_STORE_PROVIDER, STATUS } from '../../../shared/mapi/flags.js';
import { valueNameOfTag } from '../../../shared/mapi/propTag.js';
import { emptyProfile } from '../admin/profileAdmin.js';
import { profileNameProblem } from '../admin/profileName.js';
import { createService } from '../admin/serviceAdminCreate.js';
import { setDefaultStore } from '../admin/serviceAdminFlags.js';
import { deleteValue, setProperty } from '../edit/editProperty.js';
import { FormatError } from '../formats/formatError.js';
import { loadDefaultCatalog, type ServiceCatalog } from '../formats/mapisvc/index.js';
import {
  parsePrf,
  resolvePrf,
  type PrfGeneral,
  type PrfMappingSection,
  type ResolvedPrfProperty,
  type ResolvedPrfService,
} from '../formats/prf/index.js';
import { ignoredWarning } from '../formats/prf/iniText.js';
import { profileView } from '../model/index.js';
import { importAccounts } from './importAccounts.js';
import { propertyHome, stringTwin } from './propertyHome.js';
import { codecValue } from './prfValueText.js';

export interface PrfImport {
  profiles: ProfileDoc[];
  defaults: { root: string; name: string }[];
  /** The report of what could not be represented, as reasons and parameters (shared/i18n/importWarnings.ts). */
  warnings: ImportWarning[];
}

const ROOT = PROFILE_ROOTS.office16;
const DEFAULT_NAME = 'Outlook';
const { STATUS_DEFAULT_STORE, STATUS_NO_DEFAULT_STORE } = STATUS;

export function importPrf(bytes: Uint8Array, fileName: string, catalog: ServiceCatalog = loadDefaultCatalog()): PrfImport {
  const prf = parsePrf(bytes);
  const resolved = resolvePrf(prf);
  // Lines Outlook's INI reader skips come first, in file order: they explain what is missing from the rest.
  const warnings: ImportWarning[] = [...(prf.ignored ?? []).map(ignoredWarning), ...resolved.issues.map((i) => i.warning)];
  const warn = (w: ImportWarning) => warnings.push(w);
  const mappings = new Map<string, PrfMappingSection>();
  for (const m of prf.mappings) if (!mappings.has(m.name.toLowerCase())) mappings.set(m.name.toLowerCase(), m);
  const mappingOf = (name: string) => mappings.get(name.toLowerCase());

  const name = profileName(prf.general, warn);
  let doc: ProfileDoc = { ...emptyProfile(name, ROOT), origin: { source: 'prf', file: fileName, root: ROOT } };
  generalNotes(prf.general, name, warn);

  const created = new Map<string, string>(); // [Service List] key (lower case) → service UID
  const fixed: { svc: ResolvedPrfService; mapping: PrfMappingSection }[] = [];
  for (const svc of resolved.services) {
    const mapping = mappingOf(svc.mappingName);
    if (!mapping) continue; // reported by resolvePrf
    if (mapping.kind === 'account') {
      warn({ reason: 'prfAccountTableAsService', params: { service: svc.key, mapping: svc.mappingName } });
      continue;
    }
    if (mapping.sectionGuid !== undefined) {
      fixed.push({ svc, mapping });
      continue;
    }
    if (mapping.serviceName === undefined) {
      warn({ reason: 'prfMappingWithoutTarget', params: { service: svc.key, mapping: svc.mappingName } });
      continue;
    }
    const entry = catalog.services.find((s) => s.name.toLowerCase() === mapping.serviceName!.toLowerCase());
    if (!entry) {
      warn({
        reason: 'prfServiceNotInCatalog',
        params: { service: svc.key, serviceName: mapping.serviceName, mapping: svc.mappingName, count: svc.properties.length },
      });
      continue;
    }
    const sameName = profileView(doc).services.find((s) => s.exists && s.serviceName?.toLowerCase() === entry.name.toLowerCase());
    if (svc.uniqueService === true && sameName) {
      warn({
        reason: 'prfUniqueServiceExists',
        params: { service: svc.key, serviceName: entry.name, existing: sameName.displayName ?? sameName.uid },
      });
      continue;
    }
    try {
      const r = createService(doc, entry, {});
      doc = r.doc;
      created.set(svc.key.toLowerCase(), r.serviceUid);
    } catch (e) {
      if (isAppError(e)) {
        warn({ reason: 'prfServiceNotCreated', params: { service: svc.key, serviceName: entry.name }, cause: causeOf(e) });
        continue;
      }
      throw e;
    }
    const serviceUid = created.get(svc.key.toLowerCase())!;
    const providers = profileView(doc)
      .services.find((s) => s.uid === serviceUid)!
      .providers.filter((p) => p.exists)
      .map((p) => p.uid);
    for (const p of svc.properties) doc = applyProperty(doc, svc, mapping, p, serviceUid, providers, warn);
    serviceNotes(svc, warn);
  }

  for (const { svc, mapping } of fixed) {
    const uid = mapping.sectionGuid!.toLowerCase();
    if (!doc.keys.some((k) => k.path.toLowerCase() === uid)) doc = { ...doc, keys: [...doc.keys, { path: uid, values: [] }] };
    for (const p of svc.properties) doc = applyProperty(doc, svc, mapping, p, uid, [], warn);
    serviceNotes(svc, warn);
  }

  if (prf.general.defaultStore !== undefined) doc = applyDefaultStore(doc, prf.general, created, warn);
  else doc = confirmDefaultStore(doc);
  doc = importAccounts(doc, resolved.accounts, mappingOf, warn);

  const defaults = prf.general.defaultProfile === true ? [{ root: ROOT, name }] : [];
  return { profiles: [doc], defaults, warnings };
}

function profileName(general: PrfGeneral, warn: (w: ImportWarning) => void): string {
  const name = general.profileName?.trim();
  if (name === undefined || name === '') {
    warn({ reason: 'prfNoProfileName', params: { name: DEFAULT_NAME } });
    return DEFAULT_NAME;
  }
  const problem = profileNameProblem(name);
  if (problem) {
    const reason = (
      {
        empty: 'prfProfileNameEmpty',
        tooLong: 'prfProfileNameTooLong',
        outerSpace: 'prfProfileNameOuterSpace',
        backslash: 'prfProfileNameBackslash',
        control: 'prfProfileNameControl',
      } as const
    )[problem];
    throw new FormatError('prf', { line: general.lines?.profileName }, reason, { name });
  }
  return name;
}

/** What each [General] option means for an import into the workspace (information, docs/file-formats.md §5.2). */
function generalNotes(g: PrfGeneral, name: string, warn: (w: ImportWarning) => void): void {
  const line = (k: keyof NonNullable<PrfGeneral['lines']>) => g.lines?.[k];
  if (g.custom !== true) warn({ reason: 'prfCustomMissing', params: { line: line('custom') } });
  if (g.overwriteProfile === 'yes') warn({ reason: 'prfOverwriteYes', params: { name, line: line('overwriteProfile') } });
  if (g.overwriteProfile === 'append') warn({ reason: 'prfOverwriteAppend', params: { name, line: line('overwriteProfile') } });
  if (g.overwriteProfile === 'no') warn({ reason: 'prfOverwriteNo', params: { name, line: line('overwriteProfile') } });
  if (g.modifyDefaultProfileIfPresent === true)
    warn({ reason: 'prfModifyDefault', params: { name, line: line('modifyDefaultProfileIfPresent') } });
  if (g.backupProfile !== undefined)
    warn({ reason: g.backupProfile ? 'prfBackupYes' : 'prfBackupNo', params: { line: line('backupProfile') } });
  for (const e of g.other) warn({ reason: 'prfGeneralUnknown', params: { key: e.key, line: e.line } });
}

function serviceNotes(svc: ResolvedPrfService, warn: (w: ImportWarning) => void): void {
  // Keys with no mapping are already 'unmapped-key' issues of resolvePrf.
  if (svc.overwriteExistingService !== undefined) {
    warn({ reason: 'prfOverwriteExistingService', params: { service: svc.key, value: svc.overwriteExistingService ? 'Yes' : 'No' } });
  }
}

function applyProperty(
  doc: ProfileDoc,
  svc: ResolvedPrfService,
  mapping: PrfMappingSection,
  p: ResolvedPrfProperty,
  ownUid: string,
  providers: readonly string[],
  warn: (w: ImportWarning) => void,
): ProfileDoc {
  const where = { service: svc.key, key: p.key, line: p.line };
  const home = propertyHome(mapping, p.tag, providers.length);
  if (home.kind === 'secret') {
    warn({ reason: home.secret === 'pstPassword' ? 'prfPstPasswordNotWritten' : 'prfSecureNotWritten', params: where });
    return doc;
  }
  const sections =
    home.kind === 'provider' ? providers : home.kind === 'display' ? [ownUid, ...(providers.length === 1 ? providers : [])] : [ownUid];
  for (const section of sections) {
    try {
      doc = setTyped(doc, section, p.tag, codecValue(p.tag & 0xffff, p.value));
    } catch (e) {
      if (!isAppError(e)) throw e;
      warn({ reason: 'prfValueNotWritten', params: { ...where, value: p.raw }, cause: causeOf(e) });
      return doc;
    }
  }
  return doc;
}

/** Sets a property; a value of the other string type with the same id is removed (one value per id). */
function setTyped(doc: ProfileDoc, section: string, tag: number, value: PropertyValue): ProfileDoc {
  const twin = stringTwin(tag);
  const key = doc.keys.find((k) => k.path.toLowerCase() === section.toLowerCase());
  if (twin !== undefined && key?.values.some((v) => v.name.toLowerCase() === valueNameOfTag(twin)))
    doc = deleteValue(doc, section, valueNameOfTag(twin));
  return setProperty(doc, section, valueNameOfTag(tag), value);
}

/**
 * Without DefaultStore, the store the catalog marked STATUS_DEFAULT_STORE (the first one created: later ones
 * lose the flag) stays the default; setDefaultStore makes its service say so too (SERVICE_DEFAULT_STORE), as
 * it does when DefaultStore names it, so the profile is the same either way.
 */
function confirmDefaultStore(doc: ProfileDoc): ProfileDoc {
  const store = profileView(doc)
    .services.flatMap((s) => s.providers)
    .find((p) => p.exists && p.resourceType === MAPI_STORE_PROVIDER && ((p.flags?.value ?? 0) & STATUS_DEFAULT_STORE) !== 0);
  return store ? setDefaultStore(doc, store.uid) : doc;
}

function applyDefaultStore(
  doc: ProfileDoc,
  g: PrfGeneral,
  created: ReadonlyMap<string, string>,
  warn: (w: ImportWarning) => void,
): ProfileDoc {
  const slot = g.defaultStore!;
  const where = { store: slot, line: g.lines?.defaultStore };
  const serviceUid = created.get(slot.toLowerCase());
  if (!serviceUid) {
    warn({ reason: 'prfDefaultStoreNotCreated', params: where });
    return doc;
  }
  const service = profileView(doc).services.find((s) => s.uid === serviceUid)!;
  const store = service.providers.find(
    (p) => p.exists && p.resourceType === MAPI_STORE_PROVIDER && ((p.flags?.value ?? 0) & STATUS_NO_DEFAULT_STORE) === 0,
  );
  if (!store) {
    warn({ reason: 'prfDefaultStoreNone', params: { ...where, service: service.displayName ?? slot } });
    return doc;
  }
  try {
    return setDefaultStore(doc, store.uid);
  } catch (e) {
    if (!isAppError(e)) throw e;
    warn({ reason: 'prfDefaultStoreFailed', params: where, cause: causeOf(e) });
    return doc;
  }
}
