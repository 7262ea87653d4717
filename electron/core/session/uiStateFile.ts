/**
 * The window's remembered state (shared/session.ts), one JSON object in the store's folder: the renderer's
 * values by key (`mpe.panels`, `mpe.theme`…) and, under `window`, the desktop window's size and place,
 * which main keeps itself (the renderer never reads or writes it: no key of its own can be `window`).
 */
import { join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../../shared/errors.js';
import { UiState } from '../../../shared/session.js';
import { readJsonFile, writeJsonFile } from './jsonFile.js';

const Pixels = z.number().int().min(-100_000).max(100_000);
/** The desktop window's bounds (Electron's Rectangle) and whether it was maximized. */
export const WindowPlacement = z.object({
  bounds: z.object({ x: Pixels, y: Pixels, width: Pixels.min(1), height: Pixels.min(1) }).optional(),
  maximized: z.boolean().optional(),
});
export type WindowPlacement = z.infer<typeof WindowPlacement>;

/** The file as a whole: read leniently, each part on its own (a damaged placement loses only the placement). */
const FileShape = z.record(z.string(), z.unknown());

export class UiStateFile {
  private readonly path: string;

  constructor(dir: string) {
    this.path = join(dir, 'ui-state.json');
  }

  /** The renderer's values. */
  read(): UiState {
    const { window: _window, ...values } = this.whole();
    const parsed = UiState.safeParse(values);
    return parsed.success ? parsed.data : {};
  }

  /** Merges `values` in; an empty string forgets a key. Refuses to grow past the schema's bound. */
  update(values: UiState): void {
    const next = { ...this.read(), ...values };
    for (const [k, v] of Object.entries(next)) if (v === '') delete next[k];
    const checked = UiState.safeParse(next);
    if (!checked.success) throw new AppError('E_INVALID_REQUEST', 'uiStateTooBig');
    this.write(checked.data, this.placement());
  }

  placement(): WindowPlacement {
    const parsed = WindowPlacement.safeParse(this.whole().window);
    return parsed.success ? parsed.data : {};
  }

  setPlacement(placement: WindowPlacement): void {
    this.write(this.read(), WindowPlacement.parse(placement));
  }

  private whole(): Record<string, unknown> {
    return readJsonFile(this.path, FileShape, {});
  }

  private write(values: UiState, placement: WindowPlacement): void {
    writeJsonFile(this.path, Object.keys(placement).length ? { ...values, window: placement } : values);
  }
}
