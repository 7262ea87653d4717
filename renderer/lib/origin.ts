/** How a profile's origin is named in the workspace: the registry root as a short label, grouped by file. */
import type { ProfileSummary } from '../../shared/contract';

export type RootLabel = 'office16' | 'office15' | 'messaging' | 'other';

/** `…\Office\16.0\Outlook\Profiles` → office16 (paths compare case-insensitively, as in the registry). */
export function rootKind(root: string): RootLabel {
  const r = root.toLowerCase();
  if (r.includes('\\office\\16.0\\')) return 'office16';
  if (r.includes('\\office\\15.0\\')) return 'office15';
  if (r.includes('windows messaging subsystem')) return 'messaging';
  return 'other';
}

export interface ProfileGroup {
  key: string;
  /** The source the group's profiles belong to (shared/source.ts). */
  sourceId: string;
  /** The file name, or null when the profiles were created/copied in the editor. */
  file: string | null;
  source: ProfileSummary['origin']['source'];
  root: RootLabel;
  rootPath: string;
  profiles: ProfileSummary[];
}

/**
 * Groups by source and registry root, in first-seen order; profiles keep the order the main process gave.
 * Two files of one name (three NTUSER.DAT) are three groups: a group is a source, never a file name.
 */
export function groupByOrigin(profiles: readonly ProfileSummary[], sourceNames: ReadonlyMap<string, string> = new Map()): ProfileGroup[] {
  const groups = new Map<string, ProfileGroup>();
  for (const p of profiles) {
    const sourceId = p.origin.sourceId ?? 'new';
    const file = sourceNames.get(sourceId) ?? p.origin.file ?? null;
    const key = `${sourceId}|${p.origin.root.toLowerCase()}`;
    let g = groups.get(key);
    if (!g) {
      g = { key, sourceId, file, source: p.origin.source, root: rootKind(p.origin.root), rootPath: p.origin.root, profiles: [] };
      groups.set(key, g);
    }
    g.profiles.push(p);
  }
  return [...groups.values()];
}
