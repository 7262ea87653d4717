/**
 * The answer of a change (contract.ts `Change`): the profiles it touched as they now are, their sources,
 * the edited profile's view and the undo step it recorded. The window applies it instead of fetching the
 * whole list, the view and the history again after each change (issue 21 point 4).
 */
import type { Change } from '../../../shared/contract.js';
import { profileView } from '../../core/model/index.js';
import { sourceIdOf } from '../../core/store/profileStore.js';
import { defaultsOf, profilesOf, unsavedOf, type Unsaved } from '../../core/store/savedState.js';
import type { HandlerContext } from './context.js';
import { savesInPlaceFor, summarize, summarizeSource } from './summaries.js';

export interface Touched {
  /** Profiles whose summary may have changed. */
  profiles: string[];
  /** The profile whose view goes with the answer (the one edited: the window shows it). */
  view?: string;
}

/**
 * Runs `change` (one store transaction) and answers what it changed along with its own result. The step
 * is the history's newest entry when the transaction recorded one (a change that changes nothing records
 * none: profileStore.ts transact).
 */
export function answerChange<R>({ store, shell, live }: HandlerContext, change: () => R, touched: Touched): { result: R; change: Change } {
  const before = store.history().at(-1)?.id ?? null;
  const result = change();
  const history = store.history();
  const last = history.at(-1);
  const step = last && last.id !== before && !last.undone ? last : null;
  const docs = store.list();
  // Each touched source's unsaved state, worked out once for its profiles' marks and its own.
  const unsaved = new Map<string, Unsaved>();
  const unsavedIn = (sourceId: string): Unsaved => {
    let u = unsaved.get(sourceId);
    if (!u)
      unsaved.set(sourceId, (u = unsavedOf(profilesOf(docs, sourceId), defaultsOf(store.defaults(), sourceId), store.saved(sourceId))));
    return u;
  };
  const profiles = touched.profiles.flatMap((id) => {
    const doc = store.get(id);
    if (!doc) return [];
    return [summarize(doc, store.isDefault(doc), unsavedIn(sourceIdOf(doc)).changed.includes(doc.id))];
  });
  const savesInPlace = savesInPlaceFor(shell, live);
  const sources = [...unsaved].flatMap(([id, u]) => {
    const source = store.source(id);
    return source ? [summarizeSource(store, source, docs, savesInPlace(source), u)] : [];
  });
  const viewed = touched.view === undefined ? undefined : store.get(touched.view);
  const summary = viewed && profiles.find((p) => p.id === viewed.id);
  return {
    result,
    change: {
      profiles,
      sources,
      ...(viewed && summary ? { view: { summary, view: profileView(viewed) } } : {}),
      step,
      historyFrom: history[0]?.id ?? null,
    },
  };
}
