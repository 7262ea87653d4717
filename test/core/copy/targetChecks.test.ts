/**
 * Property: the plan's target checks, which read the service graph and decode only what they need, say
 * what the full profile view says — the unique flags held and by whom, the single-copy refusal, the
 * shared data files — on profiles grown by random service creations and default-store changes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createService, setDefaultStore } from '../../../electron/core/admin/serviceAdmin.js';
import { heldFlags } from '../../../electron/core/copy/index.js';
import { refuseSingleCopy, sharedDataFiles, targetHeldFlags } from '../../../electron/core/copy/targetChecks.js';
import { loadDefaultCatalog } from '../../../electron/core/formats/mapisvc/index.js';
import { indexDoc, profileView } from '../../../electron/core/model/index.js';
import { serviceGraph, serviceViews } from '../../../electron/core/model/profileView.js';
import type { ProfileDoc } from '../../../shared/profileDoc.js';
import { AppError } from '../../../shared/errors.js';
import type { ProfileView, ServiceView } from '../../../shared/profileView.js';
import { emptyDoc, sampleDoc } from './copyFixtures.js';

const catalog = loadDefaultCatalog().services;
const SERVICE_SINGLE_COPY = 0x2;

/** The checks as they read the full view: the oracle. */
function singleCopyHolder(service: ServiceView, view: ProfileView): ServiceView | undefined {
  if (!service.flags || (service.flags.value & SERVICE_SINGLE_COPY) === 0) return undefined;
  const name = service.serviceName?.toLowerCase();
  return view.services.find((s) => s.exists && name !== undefined && s.serviceName?.toLowerCase() === name);
}
const dataFileHolders = (service: ServiceView, view: ProfileView) =>
  service.dataFiles.flatMap((f) =>
    view.services
      .filter((s) => s.dataFiles.some((d) => d.path.toLowerCase() === f.path.toLowerCase()))
      .slice(0, 1)
      .map((s) => s.uid),
  );

const grow = fc.array(fc.oneof(fc.record({ create: fc.nat(catalog.length - 1) }), fc.record({ defaultStore: fc.nat(9) })), {
  maxLength: 8,
});

function grown(start: ProfileDoc, steps: ({ create: number } | { defaultStore: number })[]): ProfileDoc {
  let doc = start;
  let counter = 0;
  const newUid = () => 'e' + (++counter).toString(16).padStart(31, '0');
  for (const step of steps) {
    try {
      if ('create' in step) doc = createService(doc, catalog[step.create]!, { newUid }).doc;
      else {
        const stores = profileView(doc).services.flatMap((s) => s.providers.filter((p) => p.resourceType === 0x21 && p.exists));
        if (stores.length > 0) doc = setDefaultStore(doc, stores[step.defaultStore % stores.length]!.uid);
      }
    } catch (e) {
      // Only MAPI's refusals are expected, nothing else: a single-copy service the profile already has, or a
      // store that may not be the default (STATUS_NO_DEFAULT_STORE).
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).code).toBe('MAPI_E_NO_ACCESS');
      expect((e as AppError).reason).toBe('create' in step ? 'singleCopyService' : 'storeCannotBeDefault');
      if ('create' in step)
        expect(profileView(doc).services.some((s) => s.serviceName?.toLowerCase() === catalog[step.create]!.name.toLowerCase())).toBe(true);
    }
  }
  return doc;
}

describe('target checks on the service graph', () => {
  it('agree with the full profile view', () => {
    fc.assert(
      fc.property(fc.boolean(), grow, (fromSample, steps) => {
        const doc = grown(fromSample ? sampleDoc() : emptyDoc(), steps);
        const view = profileView(doc);
        const graph = serviceGraph(indexDoc(doc));
        expect(serviceViews(graph)).toEqual(view.services);
        expect(targetHeldFlags(graph)).toEqual(heldFlags(view));
        for (const service of view.services) {
          const holder = singleCopyHolder(service, view);
          if (holder)
            expect(() => refuseSingleCopy(service, graph, doc.name)).toThrow(
              expect.objectContaining({ details: expect.objectContaining({ existingUid: holder.uid, profile: doc.name }) }),
            );
          else expect(() => refuseSingleCopy(service, graph, doc.name)).not.toThrow();
          expect(sharedDataFiles(service, graph).map((w) => w.params.existingServiceUid)).toEqual(dataFileHolders(service, view));
        }
      }),
      { numRuns: 40 },
    );
  });
});
