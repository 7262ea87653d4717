/**
 * Child process for the crash-point tests: `commit DIR N [HISTORY_LIMIT]` opens the store, then commits
 * one transaction (A and B to version 2, C created) and dies after the N-th rename of that commit;
 * `migrate DIR N` dies after the N-th rename of opening (migrating) the store at DIR; `undo DIR N` after
 * the N-th rename of an undo.
 */
import { killAfterRename } from './killAfterRename.js';
import { ProfileStore } from '../../../electron/core/store/profileStore.js';
import { versioned } from './storeHelpers.js';
import { step } from '../../helpers/historyStep.js';

const [mode, dir, n, historyLimit] = process.argv.slice(2) as [string, string, string, string | undefined];
if (mode === 'migrate') {
  killAfterRename(Number(n));
  ProfileStore.open(dir);
} else if (mode === 'undo') {
  const store = ProfileStore.open(dir);
  killAfterRename(Number(n));
  store.undo();
} else {
  const store = ProfileStore.open(dir, historyLimit ? { historyLimit: Number(historyLimit) } : {});
  killAfterRename(Number(n));
  store.transact(step('child: A and B to 2, add C'), (tx) => {
    tx.put(versioned('A', 2));
    tx.put(versioned('B', 2));
    tx.put(versioned('C', 2));
  });
}
process.stdout.write('done\n');
