/**
 * Copying a message service (the preview, then the copy as one transaction), Check (lint) and its fixes.
 * The copy applied is the one previewed: the preview's new UIDs are replayed and the target must not
 * have changed since (MAPI_E_OBJECT_CHANGED otherwise).
 */
import { AppError } from '../../../shared/errors.js';
import type { ProfileDoc } from '../../../shared/profileDoc.js';
import { valueNameOfTag } from '../../../shared/mapi/propTag.js';
import { PR_DISPLAY_NAME_W } from '../../../shared/mapi/tags.js';
import { requireProfile } from '../../core/admin/profileAdmin.js';
import { applyCopy, copyRefusals, planCopy, randomUid } from '../../core/copy/index.js';
import { applyFix, lintDefaults, lintProfile } from '../../core/lint/index.js';
import { isDeepStrictEqual } from 'node:util';
import { defaultsOf, profilesOf } from '../../core/store/savedState.js';
import type { Handlers } from '../dispatch.js';
import type { HandlerContext } from './context.js';
import { answerChange } from './changeAnswer.js';

export function serviceHandlers(
  ctx: HandlerContext,
): Pick<Handlers, 'services.planCopy' | 'services.copyTargets' | 'services.copy' | 'lint.run' | 'lint.fix'> {
  const { store } = ctx;
  return {
    'services.planCopy': ({ sourceId, serviceUid, targetId, displayName, ownPst }) => {
      store.refresh();
      return planCopy(requireProfile(store, sourceId), serviceUid, requireProfile(store, targetId), {
        displayName,
        ...(ownPst ? { dataFile: ownPst } : {}),
      });
    },
    'services.copyTargets': ({ sourceId, serviceUid }) => {
      store.refresh();
      return copyRefusals(requireProfile(store, sourceId), serviceUid, store.list());
    },
    'services.copy': ({ sourceId, serviceUid, targetId, displayName, ownPst, previewUids, fingerprint }) => {
      const source = requireProfile(store, sourceId);
      const target = requireProfile(store, targetId);
      const service = source.keys.find((k) => k.path.toLowerCase() === serviceUid.toLowerCase());
      const label = service ? serviceLabel(source, serviceUid) : serviceUid;
      const copy = () =>
        store.transact({ key: 'copyService', params: { service: label, profile: target.name } }, (tx) => {
          const src = requireProfile(tx, sourceId);
          const tgt = requireProfile(tx, targetId);
          const uids = [...(previewUids ?? [])].map((u) => u.toLowerCase());
          const plan = planCopy(src, serviceUid, tgt, {
            displayName,
            ...(ownPst ? { dataFile: ownPst } : {}),
            newUid: () => uids.shift() ?? randomUid(),
          });
          if (fingerprint !== undefined && fingerprint !== plan.targetFingerprint)
            throw new AppError('MAPI_E_OBJECT_CHANGED', 'copyTargetChanged', { profile: tgt.name });
          tx.put(applyCopy(plan, tgt));
          return plan;
        });
      // The source is untouched (DESIGN.md, the copy engine §7): only the target changes.
      const { result, change } = answerChange(ctx, copy, { profiles: [targetId], view: targetId });
      return { ...result, change };
    },
    'lint.run': ({ id }) => {
      store.refresh();
      const docs = id ? [requireProfile(store, id)] : store.list();
      return {
        profiles: docs.map((d) => ({ id: d.id, name: d.name, findings: lintProfile(d) })),
        // Each source keeps its own defaults (shared/source.ts): checked against its own profiles.
        workspace: id
          ? []
          : Object.keys(store.sources()).flatMap((s) => lintDefaults(defaultsOf(store.defaults(), s), profilesOf(store.list(), s))),
      };
    },
    // The fix applied is one the profile offers now, equal to the one previewed: one transaction, one undo step.
    'lint.fix': ({ id, fix }) => {
      const doc = requireProfile(store, id);
      const what = [...new Set(fix.changes.map((c) => (c.removeKey ? c.section : `${c.property} (${c.section})`)))].join(', ');
      const fixOne = () =>
        store.transact({ key: 'fixFinding', params: { what, profile: doc.name } }, (tx) => {
          const current = requireProfile(tx, id);
          if (!lintProfile(current).some((f) => f.fix && isDeepStrictEqual(f.fix, fix)))
            throw new AppError('MAPI_E_NOT_FOUND', 'lintFixNotFound', { profile: current.name });
          const fixed = applyFix(current, fix);
          tx.put(fixed);
          return { findings: lintProfile(fixed) };
        });
      const { result, change } = answerChange(ctx, fixOne, { profiles: [id], view: id });
      return { ...result, change };
    },
  };
}

/** The display name of a service section, for the history. */
function serviceLabel(doc: ProfileDoc, uid: string): string {
  const key = doc.keys.find((k) => k.path.toLowerCase() === uid.toLowerCase());
  const name = key?.values.find((v) => v.name === valueNameOfTag(PR_DISPLAY_NAME_W));
  return name ? Buffer.from(name.data, 'hex').toString('utf16le').replace(/\0+$/, '') : uid;
}
