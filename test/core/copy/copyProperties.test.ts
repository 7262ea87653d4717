/**
 * Property: any sequence of createService (default catalog) / copy (within or across profiles) / delete on
 * the real profile and on empty ones leaves every profile lint-clean of errors, with no dangling
 * reference; every copy passes the generic copy oracle (copyOracle.ts); a refusal happens only for the
 * documented reason and leaves everything unchanged.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createService, deleteService, setDefaultStore } from '../../../electron/core/admin/serviceAdmin.js';
import { applyCopy, planCopy } from '../../../electron/core/copy/index.js';
import { loadDefaultCatalog } from '../../../electron/core/formats/mapisvc/index.js';
import { lint } from '../../../electron/core/lint/index.js';
import { danglingReferences, profileView } from '../../../electron/core/model/index.js';
import { AppError } from '../../../shared/errors.js';
import type { ProfileDoc } from '../../../shared/profileDoc.js';
import { emptyDoc, sampleDoc } from './copyFixtures.js';
import { expectFaithfulCopy } from './copyOracle.js';

const catalog = loadDefaultCatalog().services;
const EXPECTED_WARNINGS = new Set(['lintSharedDataFile', 'lintNoDefaultStore', 'lintNoPrimaryIdentity']);

type Op =
  | { op: 'create'; p: number; entry: number; name: boolean }
  | { op: 'copy'; from: number; svc: number; to: number; name: boolean }
  | { op: 'delete'; p: number; svc: number }
  | { op: 'default'; p: number; store: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('create' as const), p: fc.nat(2), entry: fc.nat(catalog.length - 1), name: fc.boolean() }),
  fc.record({ op: fc.constant('copy' as const), from: fc.nat(2), svc: fc.nat(9), to: fc.nat(2), name: fc.boolean() }),
  fc.record({ op: fc.constant('copy' as const), from: fc.nat(2), svc: fc.nat(9), to: fc.nat(2), name: fc.boolean() }),
  fc.record({ op: fc.constant('delete' as const), p: fc.nat(2), svc: fc.nat(9) }),
  fc.record({ op: fc.constant('default' as const), p: fc.nat(2), store: fc.nat(9) }),
);

const services = (doc: ProfileDoc) => profileView(doc).services.filter((s) => s.exists);
const pick = <T>(list: readonly T[], n: number): T | undefined => (list.length === 0 ? undefined : list[n % list.length]);

/** Runs `f`; a refusal must be MAPI_E_NO_ACCESS for a single-copy service whose name the target has. */
function allowSingleCopyRefusal(f: () => void, serviceName: string | null | undefined, target: ProfileDoc): void {
  const before = JSON.stringify(target);
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe('MAPI_E_NO_ACCESS');
    expect(services(target).some((s) => s.serviceName?.toLowerCase() === serviceName?.toLowerCase())).toBe(true);
    // A refusal leaves the target as it was, to the byte.
    expect(JSON.stringify(target)).toBe(before);
  }
}

describe('random sequences of create / copy / delete / set-default', () => {
  it('always lint without error and without dangling reference', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 14 }), (ops) => {
        let counter = 0;
        const newUid = () => 'f' + (++counter).toString(16).padStart(31, '0');
        const docs: ProfileDoc[] = [sampleDoc('p0'), emptyDoc('p1', 'One'), emptyDoc('p2', 'Two')];
        for (const o of ops) {
          if (o.op === 'create') {
            const entry = catalog[o.entry]!;
            allowSingleCopyRefusal(
              () => (docs[o.p] = createService(docs[o.p]!, entry, { newUid, ...(o.name ? { displayName: 'New ' + counter } : {}) }).doc),
              entry.name,
              docs[o.p]!,
            );
          } else if (o.op === 'copy') {
            const svc = pick(services(docs[o.from]!), o.svc);
            if (!svc) continue;
            const source = docs[o.from]!;
            const before = structuredClone(source);
            allowSingleCopyRefusal(
              () => {
                const target = docs[o.to]!;
                const plan = planCopy(source, svc.uid, target, { newUid, ...(o.name ? { displayName: 'Copy ' + counter } : {}) });
                docs[o.to] = applyCopy(plan, target);
                expectFaithfulCopy(plan, before, o.from === o.to ? before : target, docs[o.to]!);
              },
              svc.serviceName,
              docs[o.to]!,
            );
            if (o.from !== o.to) expect(docs[o.from]).toEqual(before);
          } else if (o.op === 'delete') {
            const svc = pick(services(docs[o.p]!), o.svc);
            if (svc) docs[o.p] = deleteService(docs[o.p]!, svc.uid).doc;
          } else {
            const stores = services(docs[o.p]!).flatMap((s) =>
              s.providers.filter((p) => p.resourceType === 0x21 && !((p.flags?.value ?? 0) & 0x40)),
            );
            const store = pick(stores, o.store);
            if (store) docs[o.p] = setDefaultStore(docs[o.p]!, store.uid);
          }
          for (const d of docs) {
            // Errors never; warnings only those the operations may rightly cause (a PST copied next to
            // its original, a deleted default store, an Exchange service without the identity flag).
            expect(lint(d).filter((f) => f.severity === 'error' || (f.severity === 'warning' && !EXPECTED_WARNINGS.has(f.code)))).toEqual(
              [],
            );
            expect(danglingReferences(d)).toEqual([]);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
