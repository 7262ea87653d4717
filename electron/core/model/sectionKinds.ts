/**
 * Which section is what (docs/mapi-profiles.md §2, §10.3): the master section's PR_SERVICES and each
 * section's own properties decide services, providers and extra sections.
 *
 * - service: listed in the master PR_SERVICES, or carrying PR_SERVICE_NAME without PR_SERVICE_UID;
 * - provider: carrying PR_SERVICE_UID, or listed in a service's PR_STORE/AB/TRANSPORT_PROVIDERS;
 * - extra: listed in a service's PR_SERVICE_EXTRA_UIDS;
 * - accountManager: the `9375cff0…` key and every key below it;
 * - wellKnown: another well-known section (sections.ts) with none of the roles above;
 * - other: everything else (non-section subkeys, sections of no known role).
 */
import type { SectionKind } from '../../../shared/profileView.js';
import { SECTION, wellKnownSection } from '../../../shared/mapi/sections.js';
import {
  PR_AB_PROVIDERS,
  PR_SERVICE_EXTRA_UIDS,
  PR_SERVICE_NAME,
  PR_SERVICE_NAME_W,
  PR_SERVICE_UID,
  PR_SERVICES,
  PR_STORE_PROVIDERS,
  PR_TRANSPORT_PROVIDERS,
} from '../../../shared/mapi/tags.js';
import { propValueDoc, uidListOf, uidOf, type DocIndex } from './docIndex.js';

export type ProviderList = 'store' | 'ab' | 'transport' | 'backLink';

export interface ProviderLink {
  uid: string;
  listedIn: ProviderList[];
  backLink: boolean;
}

export interface Classification {
  /** Kind of every key, by lowercase relative path ('' excluded). */
  kinds: ReadonlyMap<string, SectionKind>;
  /** Service UIDs: master order first, then the other service sections in key order. */
  services: readonly string[];
  /** Master PR_SERVICES. */
  masterServices: readonly string[];
  providersOf: ReadonlyMap<string, readonly ProviderLink[]>;
  extrasOf: ReadonlyMap<string, readonly string[]>;
  /** Owning service of provider and extra sections. */
  serviceOf: ReadonlyMap<string, string>;
}

const LISTS: readonly [number, ProviderList][] = [
  [PR_STORE_PROVIDERS, 'store'],
  [PR_AB_PROVIDERS, 'ab'],
  [PR_TRANSPORT_PROVIDERS, 'transport'],
];

export function classify(index: DocIndex): Classification {
  const master = index.sections.get(SECTION.master);
  const masterServices = uidListOf(master, PR_SERVICES);
  const reserved = new Set<string>([SECTION.master, SECTION.profileInstance, SECTION.accountManager]);

  const services: string[] = [...new Set(masterServices)];
  for (const [uid, key] of index.sections) {
    if (reserved.has(uid) || services.includes(uid)) continue;
    const named = propValueDoc(key, PR_SERVICE_NAME_W) ?? propValueDoc(key, PR_SERVICE_NAME);
    if (named && !propValueDoc(key, PR_SERVICE_UID)) services.push(uid);
  }
  const serviceSet = new Set(services);
  const { backLinkOf, backLinked } = backLinks(index);

  const providersOf = new Map<string, ProviderLink[]>();
  const extrasOf = new Map<string, string[]>();
  const serviceOf = new Map<string, string>();
  for (const svc of services) {
    const key = index.sections.get(svc);
    const links: ProviderLink[] = [];
    const link = (uid: string): ProviderLink => {
      let l = links.find((x) => x.uid === uid);
      if (!l) {
        l = { uid, listedIn: [], backLink: backLinkOf.get(uid) === svc };
        links.push(l);
      }
      return l;
    };
    for (const [tag, list] of LISTS) for (const uid of uidListOf(key, tag)) link(uid).listedIn.push(list);
    for (const uid of backLinked.get(svc) ?? []) if (!links.some((l) => l.uid === uid)) link(uid).listedIn.push('backLink');
    providersOf.set(svc, links);
    for (const l of links) if (!serviceOf.has(l.uid)) serviceOf.set(l.uid, svc);
    const extras = [...new Set(uidListOf(key, PR_SERVICE_EXTRA_UIDS))];
    extrasOf.set(svc, extras);
    for (const x of extras) if (!serviceOf.has(x)) serviceOf.set(x, svc);
  }
  // A provider section whose service is not a service section of this profile (dangling back-link).
  for (const [uid, back] of backLinkOf) if (!serviceOf.has(uid) && !serviceSet.has(uid)) serviceOf.set(uid, back);

  const providerSet = new Set<string>();
  for (const links of providersOf.values()) for (const l of links) providerSet.add(l.uid);
  const extraSet = new Set<string>([...extrasOf.values()].flat());

  const kinds = new Map<string, SectionKind>();
  for (const key of index.doc.keys) {
    if (key.path === '') continue;
    const lower = key.path.toLowerCase();
    const top = lower.split('\\')[0]!;
    let kind: SectionKind;
    if (top === SECTION.accountManager) kind = 'accountManager';
    else if (lower !== top) kind = 'other';
    else if (!index.sections.has(lower)) kind = 'other';
    else if (lower === SECTION.master) kind = 'master';
    else if (lower === SECTION.profileInstance) kind = 'profileInstance';
    else if (serviceSet.has(lower)) kind = 'service';
    else if (providerSet.has(lower) || propValueDoc(key, PR_SERVICE_UID)) kind = 'provider';
    else if (extraSet.has(lower)) kind = 'extra';
    else if (wellKnownSection(lower)) kind = 'wellKnown';
    else kind = 'other';
    kinds.set(lower, kind);
  }
  return { kinds, services, masterServices, providersOf, extrasOf, serviceOf };
}

/**
 * Each section's PR_SERVICE_UID (a provider's back-link to its service, docs/mapi-profiles.md §2.1), read once:
 * by section, and the sections naming each service in stored order.
 */
function backLinks(index: DocIndex): { backLinkOf: Map<string, string>; backLinked: Map<string, string[]> } {
  const backLinkOf = new Map<string, string>();
  const backLinked = new Map<string, string[]>();
  for (const [uid, section] of index.sections) {
    const service = uidOf(section, PR_SERVICE_UID);
    if (service === undefined) continue;
    backLinkOf.set(uid, service);
    const list = backLinked.get(service);
    if (list) list.push(uid);
    else backLinked.set(service, [uid]);
  }
  return { backLinkOf, backLinked };
}
