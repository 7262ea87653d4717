/**
 * The derived, read-only view of a stored profile (DESIGN.md "Data model"): sections with decoded
 * properties, services with their providers and extra sections, account-manager entries, the master
 * section's lists and every UID reference. Built from the verbatim keys each time; never stored.
 *
 * Flags are decoded per section kind: PR_RESOURCE_FLAGS is SERVICE_* on a service section, STATUS_* on a
 * provider section (docs/mapi-profiles.md §10.3).
 *
 * @example
 * const view = profileView(doc);
 * view.services.map((s) => [s.serviceName, s.flags?.names]); // [['CONTAB', ['SERVICE_SINGLE_COPY', …]], …]
 */
import type { KeyDoc, ProfileDoc } from '../../../shared/profileDoc.js';
import type {
  AccountManagerView,
  AccountView,
  DataFile,
  DecodedProperty,
  Flags,
  MasterView,
  ProfileView,
  ProviderView,
  SectionView,
  ServiceView,
} from '../../../shared/profileView.js';
import { decodeFlags, resourceTypeName, type FlagKind } from '../../../shared/mapi/flags.js';
import { tagOfValueName } from '../../../shared/mapi/propTag.js';
import { SECTION, wellKnownSection } from '../../../shared/mapi/sections.js';
import {
  PR_AB_PROVIDERS,
  PR_DISPLAY_NAME,
  PR_DISPLAY_NAME_W,
  PR_PROFILE_OFFLINE_STORE_PATH,
  PR_PROFILE_OFFLINE_STORE_PATH_W,
  PR_PROVIDER_DISPLAY,
  PR_PROVIDER_DISPLAY_W,
  PR_PROVIDER_DLL_NAME,
  PR_PROVIDER_DLL_NAME_W,
  PR_PST_PATH,
  PR_PST_PATH_W,
  PR_RESOURCE_FLAGS,
  PR_RESOURCE_TYPE,
  PR_SEARCH_KEY,
  PR_SERVICE_DLL_NAME,
  PR_SERVICE_DLL_NAME_W,
  PR_SERVICE_NAME,
  PR_SERVICE_NAME_W,
  PR_SERVICES,
  PR_STORE_PROVIDERS,
  PR_TRANSPORT_PROVIDERS,
} from '../../../shared/mapi/tags.js';
import { accountManagerView } from './accounts.js';
import { fromHex, toHex } from './bytes.js';
import { indexDoc, keyNameOf, propBytes, propNumber, propString, uidListOf, type DocIndex } from './docIndex.js';
import { decodeProperty } from './propertyCodec.js';
import { referencesOf } from './references.js';
import { classify, type Classification } from './sectionKinds.js';

/** Values named like properties: `%04x%04x` or secure `S%04x%04x`. */
const isPropertyName = (name: string): boolean => tagOfValueName(name) !== null || /^S[0-9a-fA-F]{8}$/.test(name);

/**
 * A profile's classified sections and accounts, with service views (`serviceViews`, `serviceViewOf`) and
 * their parts (`dataFilesOf`, `displayNameOf`) built on demand: what the copy engine reads. Decoding every
 * property of every section, as `profileView` does, was most of a copy plan's time on profiles of a
 * hundred sections; a plan needs a handful of properties of a few sections.
 */
export interface ServiceGraph {
  index: DocIndex;
  classification: Classification;
  /** The account manager's view, built on first call (a copy reads the source's accounts only). */
  accountManager(): AccountManagerView | null;
}

export function serviceGraph(index: DocIndex): ServiceGraph {
  const classification = classify(index);
  let accounts: AccountManagerView | null | undefined;
  const accountManager = () => (accounts ??= accountManagerView(index, new Set(classification.services)));
  return { index, classification, accountManager };
}

/** Every service of the profile: master order first, then the other service sections (sectionKinds.ts). */
export const serviceViews = (graph: ServiceGraph): ServiceView[] => graph.classification.services.map((uid) => serviceView(graph, uid));

/** The view of one service, if `uid` is a service of the profile. */
export const serviceViewOf = (graph: ServiceGraph, uid: string): ServiceView | undefined =>
  graph.classification.services.includes(uid) ? serviceView(graph, uid) : undefined;

export function profileView(doc: ProfileDoc): ProfileView {
  const graph = serviceGraph(indexDoc(doc));
  const { index, classification: cls } = graph;
  const services = serviceViews(graph);
  const serviceNameOf = (uid: string): string | undefined => {
    const own = propString(index.sections.get(uid), PR_SERVICE_NAME_W, PR_SERVICE_NAME);
    const svc = cls.serviceOf.get(uid);
    return svc ? (propString(index.sections.get(svc), PR_SERVICE_NAME_W, PR_SERVICE_NAME) ?? own) : own;
  };

  const sections: SectionView[] = doc.keys.filter((k) => k.path !== '').map((k) => sectionView(index, cls, k, serviceNameOf));
  const master = index.sections.get(SECTION.master);
  const masterView: MasterView | null = master
    ? {
        services: uidListOf(master, PR_SERVICES),
        storeProviders: uidListOf(master, PR_STORE_PROVIDERS),
        abProviders: uidListOf(master, PR_AB_PROVIDERS),
        transportProviders: uidListOf(master, PR_TRANSPORT_PROVIDERS),
      }
    : null;
  const searchKey = propBytes(index.sections.get(SECTION.profileInstance), PR_SEARCH_KEY);
  const profileKey = index.byPath.get('');
  return {
    id: doc.id,
    name: doc.name,
    origin: doc.origin,
    searchKey: searchKey ? toHex(searchKey) : null,
    values: (profileKey?.values ?? []).map((v) => decodeProperty({ name: v.name, type: v.type, data: fromHex(v.data) })),
    sections,
    services,
    master: masterView,
    accountManager: graph.accountManager(),
    references: referencesOf(doc, index),
  };
}

function sectionView(index: DocIndex, cls: Classification, key: KeyDoc, serviceNameOf: (uid: string) => string | undefined): SectionView {
  const lower = key.path.toLowerCase();
  const uid = index.sections.has(lower) ? lower : null;
  const known = uid ? wellKnownSection(uid) : undefined;
  const serviceName = uid ? serviceNameOf(uid) : undefined;
  const properties: DecodedProperty[] = [];
  const values: DecodedProperty[] = [];
  for (const v of key.values) {
    const d = decodeProperty({ name: v.name, type: v.type, data: fromHex(v.data) }, { serviceName });
    (isPropertyName(v.name) ? properties : values).push(d);
  }
  const serviceUid = uid ? cls.serviceOf.get(uid) : undefined;
  return {
    path: key.path,
    keyName: keyNameOf(key.path),
    uid,
    kind: cls.kinds.get(lower) ?? 'other',
    ...(known ? { label: known.name, wellKnown: known.key } : {}),
    ...(serviceUid ? { serviceUid } : {}),
    properties,
    values,
    subkeys: index.childrenOf(key.path).map((k) => keyNameOf(k.path)),
  };
}

function flagsOf(key: KeyDoc | undefined, kind: FlagKind): Flags | null {
  const v = propNumber(key, PR_RESOURCE_FLAGS);
  return v === undefined ? null : { value: v, names: decodeFlags(v, kind) };
}

export const displayNameOf = (key: KeyDoc | undefined): string | null => propString(key, PR_DISPLAY_NAME_W, PR_DISPLAY_NAME) ?? null;

/** The PST and OST paths a service's sections name: its own, its providers' and its extra sections'. */
export function dataFilesOf(graph: ServiceGraph, uid: string): DataFile[] {
  const { index, classification: cls } = graph;
  const providers = (cls.providersOf.get(uid) ?? []).map((link) => link.uid);
  const dataFiles: DataFile[] = [];
  for (const s of [uid, ...providers, ...(cls.extrasOf.get(uid) ?? [])]) {
    const section = index.sections.get(s);
    const pst = propString(section, PR_PST_PATH_W, PR_PST_PATH);
    if (pst !== undefined && pst !== '') dataFiles.push({ kind: 'pst', path: pst, sectionUid: s });
    const ost = propString(section, PR_PROFILE_OFFLINE_STORE_PATH_W, PR_PROFILE_OFFLINE_STORE_PATH);
    if (ost !== undefined && ost !== '') dataFiles.push({ kind: 'ost', path: ost, sectionUid: s });
  }
  return dataFiles;
}

function serviceView(graph: ServiceGraph, uid: string): ServiceView {
  const { index, classification: cls } = graph;
  const accounts: readonly AccountView[] = graph.accountManager()?.accounts ?? [];
  const key = index.sections.get(uid);
  const providers: ProviderView[] = (cls.providersOf.get(uid) ?? []).map((link) => {
    const p = index.sections.get(link.uid);
    const type = propNumber(p, PR_RESOURCE_TYPE);
    return {
      uid: link.uid,
      exists: p !== undefined,
      listedIn: link.listedIn,
      backLink: link.backLink,
      resourceType: type ?? null,
      resourceTypeName: type === undefined ? null : (resourceTypeName(type) ?? null),
      flags: flagsOf(p, 'provider'),
      displayName: displayNameOf(p),
      providerDisplay: propString(p, PR_PROVIDER_DISPLAY_W, PR_PROVIDER_DISPLAY) ?? null,
      dll: propString(p, PR_PROVIDER_DLL_NAME_W, PR_PROVIDER_DLL_NAME) ?? null,
    };
  });
  return {
    uid,
    exists: key !== undefined,
    inMaster: cls.masterServices.includes(uid),
    serviceName: propString(key, PR_SERVICE_NAME_W, PR_SERVICE_NAME) ?? null,
    displayName: displayNameOf(key),
    dll: propString(key, PR_SERVICE_DLL_NAME_W, PR_SERVICE_DLL_NAME) ?? null,
    flags: flagsOf(key, 'service'),
    providers,
    extraSections: (cls.extrasOf.get(uid) ?? []).map((x) => ({ uid: x, exists: index.sections.has(x) })),
    dataFiles: dataFilesOf(graph, uid),
    accounts: accounts.filter((a) => a.serviceUid === uid).map((a) => a.id),
  };
}
