/**
 * What the renderer project's globalSetup (test/helpers/engineAnswers.ts) hands to its tests through
 * vitest's provide/inject. Types only, so both the Node and the renderer typecheck can read it.
 */
import 'vitest';

/** Raw answers of the real engine; the renderer side parses each with the contract's schema. */
export interface EngineAnswers {
  outlookView: unknown;
  copyFlows: Record<'pstToWork' | 'pstSame' | 'lintOutlook' | 'lintAll' | 'compare' | 'search', unknown> & {
    singleCopy: { ok: boolean; error?: unknown };
  };
  /** `profiles.planCopy` of Outlook: beside itself, into the new profiles under Office 15.0, and refused as "Work". */
  copyProfile: { sources: unknown; same: unknown; uplift: unknown; taken: { ok: boolean; error?: unknown } };
}

declare module 'vitest' {
  export interface ProvidedContext {
    engineAnswers: EngineAnswers;
  }
}
