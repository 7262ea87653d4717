/**
 * Which key of one profile is "the same" key of another, by meaning rather than by UID (section UIDs
 * are random per profile, docs/mapi-profiles.md §12.1): services by PR_SERVICE_NAME, then display name,
 * then order; a service's providers by PR_RESOURCE_TYPE, then display name, then order; its extra
 * sections by their place in PR_SERVICE_EXTRA_UIDS; every other key (master, profile instance, fixed
 * well-known sections, the account manager and its subkeys, sections of no role) by its path.
 *
 * The result names each key by a meaning (`service:MSUPST MS#0/provider:0x21#0`), so both sides can be
 * joined on it, and gives the left → right UID map that lets values holding UIDs compare equal when
 * they name matching sections.
 */
import type { ProfileDoc } from '../../../shared/profileDoc.js';
import type { ServiceView } from '../../../shared/profileView.js';
import { profileView } from '../model/index.js';

export interface Meanings {
  /** Lowercase key path → its meaning. */
  byPath: Map<string, string>;
  /** Meaning → the key path as spelled in the profile. */
  byMeaning: Map<string, string>;
}

/** Numbers `items` within groups of the same `group`, ordering each group by `order` (stable). */
function numbered<T>(items: readonly T[], group: (t: T) => string, order: (t: T) => string): Map<T, string> {
  const groups = new Map<string, T[]>();
  for (const it of items) {
    const g = group(it);
    const list = groups.get(g);
    if (list) list.push(it);
    else groups.set(g, [it]);
  }
  const out = new Map<T, string>();
  for (const [g, list] of groups) {
    const sorted = [...list].sort((a, b) => order(a).localeCompare(order(b)));
    sorted.forEach((it, i) => out.set(it, `${g}#${i}`));
  }
  return out;
}

export function meaningsOf(doc: ProfileDoc): Meanings {
  const view = profileView(doc);
  const byPath = new Map<string, string>();
  const services = numbered<ServiceView>(
    view.services,
    (s) => `service:${(s.serviceName ?? '?').toUpperCase()}`,
    (s) => s.displayName ?? '',
  );
  for (const [svc, meaning] of services) {
    byPath.set(svc.uid, meaning);
    const providers = numbered(
      svc.providers.filter((p) => p.exists),
      (p) => `${meaning}/provider:${p.resourceType ?? '?'}`,
      (p) => p.displayName ?? p.providerDisplay ?? '',
    );
    for (const [p, m] of providers) if (!byPath.has(p.uid)) byPath.set(p.uid, m);
  }
  for (const s of view.sections) {
    const lower = s.path.toLowerCase();
    if (byPath.has(lower)) continue;
    if (s.kind === 'extra' && s.serviceUid && byPath.has(s.serviceUid) && !s.wellKnown) {
      const svc = view.services.find((x) => x.uid === s.serviceUid);
      const at = svc ? view.sections.filter((x) => x.kind === 'extra' && x.serviceUid === svc.uid && !x.wellKnown).indexOf(s) : -1;
      byPath.set(lower, `${byPath.get(s.serviceUid)}/extra#${at}`);
    } else byPath.set(lower, `path:${lower}`);
  }
  const byMeaning = new Map<string, string>();
  for (const k of doc.keys) {
    const m = byPath.get(k.path.toLowerCase());
    if (m !== undefined && !byMeaning.has(m)) byMeaning.set(m, k.path);
  }
  return { byPath, byMeaning };
}

/** Left section UID → right section UID for every section matched by meaning under another UID. */
export function uidMap(left: Meanings, right: Meanings): Map<string, string> {
  const map = new Map<string, string>();
  for (const [path, meaning] of left.byPath) {
    const other = right.byMeaning.get(meaning)?.toLowerCase();
    if (other && other !== path && /^[0-9a-f]{32}$/.test(path) && /^[0-9a-f]{32}$/.test(other)) map.set(path, other);
  }
  return map;
}

/** `data` (lowercase hex) with every whole-byte occurrence of a left UID replaced by its right UID. */
export function remapUids(data: string, map: ReadonlyMap<string, string>): string {
  if (map.size === 0 || data.length < 32) return data;
  let out = data;
  for (const [from, to] of map) {
    let at = out.indexOf(from);
    while (at >= 0) {
      if (at % 2 === 0) out = out.slice(0, at) + to + out.slice(at + 32);
      at = out.indexOf(from, at + (at % 2 === 0 ? 32 : 1));
    }
  }
  return out;
}
