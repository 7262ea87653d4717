/**
 * Reading a copy plan (shared/copyPlan.ts) for the preview: the UIDs to replay so the copy applied is the
 * one previewed, rewrites grouped by section, and hex shortened for the eye (the full value stays in a
 * tooltip).
 */
import type { CopyPlan, Rewrite } from '../../shared/copyPlan';
import { splitUids } from './hex';

/** The preview's new UIDs in the order the plan drew them: the service first, then the other sections as listed. */
export function previewUids(plan: CopyPlan): string[] {
  const rest = plan.sections.filter((s) => !s.fixedUid && s.uid !== plan.service.newUid).map((s) => s.uid);
  return [plan.service.newUid, ...rest];
}

/** `6876da12…` for a UID; the caller shows the whole UID in a tooltip. */
export const shortUid = (uid: string): string => (uid.length > 8 ? `${uid.slice(0, 8)}…` : uid);

export interface HexPart {
  /** What is shown. */
  text: string;
  /** The full hex of this part. */
  full: string;
  /** A UID the copy created (highlighted). */
  isNew: boolean;
}

/**
 * A value's bytes as parts to show: one part per UID when the bytes are whole UIDs (a single UID or a
 * list), else the hex cut to 24 digits. `newUids` marks the UIDs the copy drew.
 */
export function hexParts(hex: string, newUids: ReadonlySet<string>): HexPart[] {
  const h = hex.toLowerCase();
  if (h.length > 0 && h.length % 32 === 0 && h.length <= 32 * 16) {
    return splitUids(h).map((u) => ({ text: shortUid(u), full: u, isNew: newUids.has(u) }));
  }
  const found = [...newUids].find((u) => h.includes(u));
  return [{ text: h.length > 24 ? `${h.slice(0, 24)}…` : h, full: h, isNew: found !== undefined }];
}

export interface RewriteGroup {
  section: string;
  rewrites: Rewrite[];
}

/** Rewrites grouped by the key they are in, groups in first-seen order. */
export function groupRewrites(rewrites: readonly Rewrite[]): RewriteGroup[] {
  const groups = new Map<string, RewriteGroup>();
  for (const r of rewrites) {
    let g = groups.get(r.section);
    if (!g) groups.set(r.section, (g = { section: r.section, rewrites: [] }));
    g.rewrites.push(r);
  }
  return [...groups.values()];
}
