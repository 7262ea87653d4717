/**
 * What the editor remembers between runs besides the profiles: the window's own state (panel sizes,
 * open profile and tab, language, theme) and the files opened recently. Kept by the main process in the
 * store's folder, so the browser mode — whose port, and so whose localStorage, changes every run —
 * remembers as well as the desktop app.
 */
import { z } from 'zod';

/** Window state: small values the renderer owns, by key (`mpe.panels`, `mpe.view`…). */
export const UI_STATE_KEY = /^mpe\.[a-z][a-zA-Z.]{0,40}$/;
export const UiState = z
  .record(z.string().regex(UI_STATE_KEY), z.string().max(4096))
  .refine((r) => Object.keys(r).length <= 32, 'at most 32 keys');
export type UiState = z.infer<typeof UiState>;

/** How many files "Open recent" lists. */
export const RECENT_FILES_MAX = 10;

export const RecentFile = z.object({
  /** Opaque handle for `recent.open`: the window never sends a path back (see contract.ts). */
  id: z.string(),
  name: z.string(),
  /** Shown to the user; only the main process reads it. */
  path: z.string(),
  /** ISO time it was last opened. */
  openedAt: z.string(),
  profileCount: z.number().int(),
  /** False when the file is no longer there. */
  exists: z.boolean(),
});
export type RecentFile = z.infer<typeof RecentFile>;
