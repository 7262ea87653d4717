/**
 * A profile named on the command line (or in any request by name): `NAME` where one profile of the
 * workspace has it, else `SOURCE:NAME` (SOURCE: the file name, its path, or the source id) or NAME with a
 * separate source (`mpe … --source SOURCE`). Profile names are unique per source and root only
 * (shared/source.ts), so a bare name can be ambiguous: that is an error listing the candidates, never a
 * guess. A whole ref that is itself a profile name wins over a split at its colon ("Sales: EMEA").
 */
import type { ProfileDoc } from '../../../shared/profileDoc.js';
import { AppError } from '../../../shared/errors.js';
import type { SourceDoc } from '../../../shared/source.js';
import { sourceIdOf } from '../store/profileStore.js';

/** Sources that `text` names: by id, file name or path (names and paths compare case-insensitively). */
export function matchSources(sources: Readonly<Record<string, SourceDoc>>, text: string): SourceDoc[] {
  const t = text.toLowerCase();
  const all = Object.values(sources);
  const byId = all.filter((s) => s.id === text);
  if (byId.length > 0) return byId;
  return all.filter((s) => s.name.toLowerCase() === t || (s.path !== undefined && s.path.toLowerCase() === t));
}

/** How `mpe` names a source: its file name, or its path (then its id) when another source has that name. */
export function sourceLabel(source: SourceDoc, sources: Readonly<Record<string, SourceDoc>>): string {
  const namesake = Object.values(sources).some((s) => s.id !== source.id && s.name.toLowerCase() === source.name.toLowerCase());
  if (!namesake) return source.name;
  const pathShared =
    source.path !== undefined &&
    Object.values(sources).some((s) => s.id !== source.id && s.path?.toLowerCase() === source.path!.toLowerCase());
  return source.path !== undefined && !pathShared ? source.path : source.id;
}

export function resolveProfileRef(
  docs: readonly ProfileDoc[],
  sources: Readonly<Record<string, SourceDoc>>,
  ref: string,
  sourceHint?: string,
): ProfileDoc {
  const named = (name: string, within?: SourceDoc[]) =>
    docs.filter((d) => d.name.toLowerCase() === name.toLowerCase() && (!within || within.some((s) => s.id === sourceIdOf(d))));
  let candidates: ProfileDoc[];
  if (sourceHint !== undefined) {
    const within = matchSources(sources, sourceHint);
    if (within.length === 0) throw new AppError('MAPI_E_NOT_FOUND', 'sourceNotFound', { source: sourceHint });
    candidates = named(ref, within);
  } else {
    candidates = named(ref);
    for (let i = ref.indexOf(':'); candidates.length === 0 && i > 0; i = ref.indexOf(':', i + 1)) {
      const within = matchSources(sources, ref.slice(0, i));
      if (within.length > 0) candidates = named(ref.slice(i + 1), within);
    }
  }
  if (candidates.length === 1) return candidates[0]!;
  if (candidates.length === 0) throw new AppError('MAPI_E_NOT_FOUND', 'profileNotFound', { name: ref });
  const labels = candidates.map((d) => {
    const source = sources[sourceIdOf(d)];
    return `${source ? sourceLabel(source, sources) : sourceIdOf(d)}:${d.name}`;
  });
  throw new AppError('E_INVALID_REQUEST', 'profileAmbiguous', { name: ref, candidates: labels.join(', ') }, { candidateList: labels });
}
