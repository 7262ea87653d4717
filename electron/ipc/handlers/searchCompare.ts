import { requireProfile } from '../../core/admin/profileAdmin.js';
import { compareProfiles } from '../../core/compare/compareProfiles.js';
import { searchProfiles } from '../../core/search/searchProfiles.js';
import type { Handlers } from '../dispatch.js';
import type { HandlerContext } from './context.js';
import { savedProfileOf } from './savedProfile.js';

export const searchCompareHandlers = ({ store }: HandlerContext): Pick<Handlers, 'search.run' | 'compare.run'> => ({
  'search.run': ({ query, kind, limit }) => {
    store.refresh();
    return searchProfiles(store.list(), query, kind ?? 'any', limit ?? 500);
  },
  'compare.run': ({ leftId, right, sections }) => {
    store.refresh();
    const left = requireProfile(store, leftId);
    if ('profileId' in right) return compareProfiles(left, requireProfile(store, right.profileId), sections);
    const saved = savedProfileOf(left, left.origin.sourceId === undefined ? undefined : store.sources()[left.origin.sourceId]);
    // A file that no longer holds the profile: an empty counterpart, so every key reads "only left".
    if (saved === null) return { ...compareProfiles(left, { ...left, keys: [] }, sections), notInSavedFile: true };
    return compareProfiles(left, saved, sections);
  },
});
