/**
 * A fresh clone is the whole project (issue 16 §1): no file under test/ reads a path outside the repository,
 * except `test/helpers/extraRealData.ts`, the one door to the optional extra real data beside the checkout.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outsideReferences, outsideReferencesInShell, type OutsideReference } from './outsideReferences.js';

const ROOT = resolve(import.meta.dirname, '../..');
const TEST_DIR = join(ROOT, 'test');
/** The one file allowed to reach outside (the extra real data of unknown licence). */
const DOOR = join(TEST_DIR, 'helpers/extraRealData.ts');

const CODE = /\.(ts|mts|cts|js|mjs|cjs)$/;
const SHELL = /\.sh$/;
/** Data the tests read (hives, exports, ground truth, docs of the fixtures): paths inside are data, not reads. */
const DATA = /\.(json|reg|prf|xz|md|txt|png|inf)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name === '__screenshots__' ? [] : filesUnder(p);
    return [p];
  });
}

const scan = (file: string): OutsideReference[] => {
  const text = readFileSync(file, 'utf8');
  return SHELL.test(file) ? outsideReferencesInShell(text) : outsideReferences(text, file, ROOT);
};

describe('the tests read nothing outside the repository', () => {
  const files = filesUnder(TEST_DIR);

  it('every file under test/ is code the scanner reads, or data', () => {
    expect(files.filter((f) => !CODE.test(f) && !SHELL.test(f) && !DATA.test(f)).map((f) => relative(ROOT, f))).toEqual([]);
  });

  it('no code file under test/ refers to a path outside the repository, except extraRealData.ts', () => {
    const findings = files
      .filter((f) => (CODE.test(f) || SHELL.test(f)) && f !== DOOR)
      .flatMap((f) => scan(f).map((r) => `${relative(ROOT, f)}:${r.line}: ${r.text} → ${r.path}`));
    expect(findings).toEqual([]);
  });

  it('extraRealData.ts is the door: the scanner sees it reach ../shared/samples', () => {
    expect(scan(DOOR).map((r) => relative(ROOT, r.path))).toContain('../shared/samples');
  });
});

describe('the scanner catches what it is for (sources fed as strings, placed in test/planted/)', () => {
  const at = join(TEST_DIR, 'planted/example.test.ts');
  const paths = (source: string) => outsideReferences(source, at, ROOT).map((r) => r.path);
  // Built from parts, so that this file's own literals do not name a place outside the repository.
  const abs = (...parts: string[]) => '/' + parts.join('/');

  // Paths outside the repository, shown relative to its root.
  it.each([
    ["resolve(import.meta.dirname, '../../../shared/samples/x.prf')", '../shared/samples/x.prf'],
    ["join(import.meta.dirname, '..', '..', '..', 'shared')", '../shared'],
    ["const ROOT = resolve(import.meta.dirname, '../..');\nreadFileSync(join(ROOT, '../kit/a.reg'));", '../kit/a.reg'],
    ["const here = dirname(fileURLToPath(import.meta.url));\nresolve(here, '../../..', 'x')", '../x'],
    ["readFileSync(new URL('../../../notes.md', import.meta.url))", '../notes.md'],
    ["resolve(process.cwd(), '..', 'samples')", '../samples'],
    ["import data from '../../../elsewhere/data.js';", '../elsewhere/data.js'],
    ["const m = await import('../../../elsewhere/m.js');", '../elsewhere/m.js'],
  ])('finds %s', (source, path) => {
    expect(paths(source).map((p) => relative(ROOT, p))).toEqual([path]);
  });

  it.each([
    [`readFileSync('${abs('work', 'shared', 'samples', 'x.prf')}')`, abs('work', 'shared', 'samples', 'x.prf')],
    [`execFileSync('xz', ['-dc', \`${abs('home', 'me', 'kit')}/\${name}\`])`, abs('home', 'me', 'kit') + '/'],
    [`spawn('sh', ['-c', 'cat ${abs('etc', 'hostname')}'])`, abs('etc', 'hostname')],
    [`symlinkSync('${abs('etc', 'passwd')}', link)`, abs('etc', 'passwd')],
  ])('finds the absolute path in %s', (source, path) => {
    expect(paths(source)).toEqual([path]);
  });

  it.each([
    "resolve(import.meta.dirname, '../fixtures/real/a.xz')",
    "const ROOT = resolve(import.meta.dirname, '../..');\njoin(ROOT, 'out', 'main')",
    "import { x } from '../../electron/core/x.js';",
    `execFileSync('${abs('usr', 'bin', 'python3')}', ['-c', 'import hivex'])`,
    `mkdtempSync('${abs('tmp', 'mpe-')}')`,
    "join(tmpdir(), '..', 'x')",
    "upload('../../../../etc/passwd')",
    'fetch(`${base}/api/call`)',
  ])('leaves %s alone', (source) => {
    expect(paths(source)).toEqual([]);
  });

  it('reads shell scripts too, comments left out', () => {
    expect(
      outsideReferencesInShell(
        `#!${abs('bin', 'sh')}\n# ${abs('home', 'x')}\ncp ${abs('home', 'me', 'a')} "$here"\nmktemp -d ${abs('tmp', 'x.XXXX')}\n`,
      ).map((r) => r.path),
    ).toEqual([abs('home', 'me', 'a')]);
  });
});
