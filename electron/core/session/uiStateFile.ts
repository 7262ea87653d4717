/** The window's remembered state (shared/session.ts), one JSON object in the store's folder. */
import { join } from 'node:path';
import { AppError } from '../../../shared/errors.js';
import { UiState } from '../../../shared/session.js';
import { readJsonFile, writeJsonFile } from './jsonFile.js';

export class UiStateFile {
  private readonly path: string;

  constructor(dir: string) {
    this.path = join(dir, 'ui-state.json');
  }

  read(): UiState {
    return readJsonFile(this.path, UiState, {});
  }

  /** Merges `values` in; an empty string forgets a key. Refuses to grow past the schema's bound. */
  update(values: UiState): void {
    const next = { ...this.read(), ...values };
    for (const [k, v] of Object.entries(next)) if (v === '') delete next[k];
    const checked = UiState.safeParse(next);
    if (!checked.success) throw new AppError('E_INVALID_REQUEST', 'uiStateTooBig');
    writeJsonFile(this.path, checked.data);
  }
}
