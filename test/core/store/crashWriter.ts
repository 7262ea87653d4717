/**
 * Child process for the crash test: commits numbered transactions forever, each touching three
 * documents (A and B get the number; a third is created or deleted), and prints each number once its
 * commit has returned. The parent kills it with SIGKILL at a random moment.
 */
import { ProfileStore } from '../../../electron/core/store/profileStore.js';
import type { ProfileDoc } from '../../../shared/profileDoc.js';
import { step } from '../../helpers/historyStep.js';

const dir = process.argv[2]!;
const store = ProfileStore.open(dir, { historyLimit: 100000 });
const root = 'HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\Outlook\\Profiles';
const filler = Array.from({ length: 40 }, (_, i) => ({ name: `0003${(0x6600 + i).toString(16)}`, type: 3, data: 'ab'.repeat(200) }));
const doc = (id: string, n: number): ProfileDoc => ({
  id,
  name: `${id} ${n}`,
  origin: { source: 'created', root },
  keys: [
    { path: '', values: [] },
    { path: '9207f3e0a3b11019908b08002b2a56c2', values: filler },
  ],
});

let n = Number(store.get('A')?.name.split(' ')[1] ?? 0);
for (;;) {
  n++;
  store.transact(step(`commit ${n}`), (tx) => {
    tx.put(doc('A', n));
    if (n % 2 === 0) tx.put(doc(`C${n}`, n));
    else tx.delete(`C${n - 1}`);
    tx.put(doc('B', n));
  });
  process.stdout.write(`${n}\n`);
}
