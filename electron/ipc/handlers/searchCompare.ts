import { requireProfile } from '../../core/admin/profileAdmin.js';
import { compareProfiles } from '../../core/compare/compareProfiles.js';
import { searchProfiles } from '../../core/search/searchProfiles.js';
import type { Handlers } from '../dispatch.js';
import type { HandlerContext } from './context.js';

export const searchCompareHandlers = ({ store }: HandlerContext): Pick<Handlers, 'search.run' | 'compare.run'> => ({
  'search.run': ({ query, kind, limit }) => {
    store.refresh();
    return searchProfiles(store.list(), query, kind ?? 'any', limit ?? 500);
  },
  'compare.run': ({ leftId, rightId, sections }) => {
    store.refresh();
    return compareProfiles(requireProfile(store, leftId), requireProfile(store, rightId), sections);
  },
});
