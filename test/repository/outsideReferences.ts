/**
 * Finds the places where a test source refers to a path outside the repository, so that a fresh clone with
 * nothing beside it (issue 16 §1) cannot depend on one by accident. It reads the source's syntax tree
 * (TypeScript's own parser, which also reads JavaScript) and reports:
 * - an absolute path of this machine's file system in any string or template literal (`/home/…`, `/work/…`,
 *   `/etc/…`), except the few a test may name: the Debian programs the peer tools declare, `/tmp`, `/dev/null`;
 * - a relative module specifier (`import … from '../../..'`, `import()`, `require()`, `vi.mock()`) that
 *   resolves outside the repository;
 * - a path built from the file's own place that lands outside the repository: `resolve`/`join` of
 *   `import.meta.dirname` (or `__dirname`, `process.cwd()`, `new URL(…, import.meta.url)`, a constant made so)
 *   and literal segments, and `new URL('../…', import.meta.url)`.
 * A path built from values known only at run time (a temp dir, an env variable) is not a finding.
 */
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import ts from 'typescript';

export interface OutsideReference {
  line: number;
  /** The literal or expression, as written. */
  text: string;
  /** The path it refers to. */
  path: string;
}

/** Absolute paths a test may name: programs of the Debian packages in test/helpers/peerTools.ts, and scratch places. */
export const ALLOWED_ABSOLUTE: readonly RegExp[] = [/^\/usr\/bin\/(chromium|python3)$/, /^\/tmp(\/|$)/, /^\/dev\/null$/];

/** The top-level folders of a Linux or macOS file system: a literal starting with one names a real place. */
const ABSOLUTE =
  /(?:^|[\s'"=(,])(\/(?:usr|etc|home|work|var|opt|root|mnt|srv|bin|sbin|lib|lib32|lib64|run|media|proc|sys|dev|tmp|snap|boot|nix|Users|Volumes|private)(?:\/[^\s'"`,;)]*)?)/g;

const PATH_CALLS = new Set(['resolve', 'join']);
const MODULE_CALLS = new Set(['require', 'mock', 'doMock', 'importActual', 'importMock']);

export function outsideReferences(source: string, file: string, root: string): OutsideReference[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS);
  const here = dirname(file);
  const found: OutsideReference[] = [];
  const outside = (p: string) => {
    const rel = relative(root, p);
    return rel === '..' || rel.startsWith('../') || isAbsolute(rel);
  };
  const report = (node: ts.Node, path: string) =>
    found.push({ line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, text: node.getText(sf).slice(0, 120), path });
  /** Constants whose value is a path known from the source alone (`const ROOT = resolve(import.meta.dirname, '../..')`). */
  const known = new Map<string, string>();

  const isMeta = (n: ts.Node, name: string) =>
    ts.isPropertyAccessExpression(n) &&
    n.name.text === name &&
    ts.isMetaProperty(n.expression) &&
    n.expression.keywordToken === ts.SyntaxKind.ImportKeyword;
  const calleeName = (n: ts.CallExpression | ts.NewExpression): string | undefined =>
    ts.isIdentifier(n.expression) ? n.expression.text : ts.isPropertyAccessExpression(n.expression) ? n.expression.name.text : undefined;
  const literal = (n: ts.Node): string | undefined => (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) ? n.text : undefined);

  /** An absolute path the expression evaluates to, when the source alone says it; otherwise undefined. */
  function evaluate(n: ts.Expression): string | undefined {
    if (ts.isParenthesizedExpression(n) || ts.isAsExpression(n)) return evaluate(n.expression);
    if (isMeta(n, 'dirname') || (ts.isIdentifier(n) && n.text === '__dirname')) return here;
    if (isMeta(n, 'filename') || (ts.isIdentifier(n) && n.text === '__filename')) return file;
    if (isMeta(n, 'url')) return file;
    if (ts.isIdentifier(n)) return known.get(n.text);
    if (ts.isPropertyAccessExpression(n) && n.name.text === 'pathname') return evaluate(n.expression);
    if (ts.isNewExpression(n) && calleeName(n) === 'URL' && n.arguments?.length) {
      const [spec, base] = n.arguments;
      if (!base) return evaluate(spec!);
      const b = evaluate(base);
      const s = literal(spec!);
      return b !== undefined && s !== undefined ? resolve(dirname(b), s) : undefined;
    }
    if (!ts.isCallExpression(n)) return undefined;
    const name = calleeName(n);
    if (name === 'cwd') return root;
    if ((name === 'dirname' || name === 'fileURLToPath') && n.arguments.length === 1) {
      const v = evaluate(n.arguments[0]!);
      return v === undefined ? undefined : name === 'dirname' ? dirname(v) : v;
    }
    if (name && PATH_CALLS.has(name) && n.arguments.length > 0) {
      // Fold the leading arguments the source knows; a path built further from run-time values is not judged.
      const first = n.arguments[0]!;
      let path = evaluate(first) ?? (name === 'resolve' && literal(first) !== undefined ? resolve(root, literal(first)!) : undefined);
      if (path === undefined) return undefined;
      for (const arg of n.arguments.slice(1)) {
        const seg = literal(arg) ?? evaluate(arg);
        if (seg === undefined) return path;
        path = resolve(path, seg);
      }
      return path;
    }
    return undefined;
  }

  function checkModule(spec: ts.Node | undefined) {
    const s = spec && literal(spec);
    if (s && (s.startsWith('./') || s.startsWith('../'))) {
      const p = resolve(here, s);
      if (outside(p)) report(spec!, p);
    }
  }

  function visit(n: ts.Node): void {
    if (
      ts.isStringLiteral(n) ||
      ts.isNoSubstitutionTemplateLiteral(n) ||
      ts.isTemplateHead(n) ||
      ts.isTemplateMiddle(n) ||
      ts.isTemplateTail(n)
    ) {
      for (const m of n.text.matchAll(ABSOLUTE)) {
        const p = m[1]!;
        if (!ALLOWED_ABSOLUTE.some((re) => re.test(p))) report(n, p);
      }
    }
    if ((ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) && n.moduleSpecifier) checkModule(n.moduleSpecifier);
    if (ts.isCallExpression(n)) {
      const name = calleeName(n);
      if (n.expression.kind === ts.SyntaxKind.ImportKeyword || (name && MODULE_CALLS.has(name))) checkModule(n.arguments[0]);
    }
    if ((ts.isCallExpression(n) && PATH_CALLS.has(calleeName(n) ?? '')) || (ts.isNewExpression(n) && calleeName(n) === 'URL')) {
      const p = evaluate(n);
      if (p !== undefined && outside(p)) report(n, p);
    }
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.initializer) {
      const p = evaluate(n.initializer);
      if (p !== undefined) known.set(n.name.text, p);
    }
    ts.forEachChild(n, visit);
  }
  visit(sf);
  // A call nested in another is reached twice (`join(resolve(…'..'), x)`): one finding per place and path.
  return found.filter((f, i) => found.findIndex((g) => g.line === f.line && g.path === f.path) === i);
}

/** The same absolute-path check over a shell script, comments left out. */
export function outsideReferencesInShell(source: string): OutsideReference[] {
  const found: OutsideReference[] = [];
  source.split('\n').forEach((raw, i) => {
    const line = raw.replace(/(^|\s)#.*$/, '');
    for (const m of line.matchAll(ABSOLUTE)) {
      const p = m[1]!;
      if (!ALLOWED_ABSOLUTE.some((re) => re.test(p))) found.push({ line: i + 1, text: raw.trim().slice(0, 120), path: p });
    }
  });
  return found;
}
