/**
 * Child process for the concurrent-reader test: commits numbered transactions until killed (A and B to
 * n, C<n> created on even n and deleted on odd n), pausing `PAUSE_MS` between commits like a busy
 * second window. Prints `ready` after the first commit.
 */
import { ProfileStore } from '../../../electron/core/store/profileStore.js';
import { versioned } from './storeHelpers.js';
import { step } from '../../helpers/historyStep.js';

const store = ProfileStore.open(process.argv[2]!, { historyLimit: 50 });
const pause = Number(process.env.PAUSE_MS ?? 2);
for (let n = 1; ; n++) {
  store.transact(step(`commit ${n}`), (tx) => {
    tx.put(versioned('A', n % 256));
    if (n % 2 === 0) tx.put(versioned(`C${n}`, 1));
    else tx.delete(`C${n - 1}`);
    tx.put(versioned('B', n % 256));
  });
  if (n === 1) process.stdout.write('ready\n');
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, pause);
}
