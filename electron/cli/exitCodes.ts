/** `mpe` exit codes (DESIGN.md "Command line"): a stable contract for scripts. */
export const EXIT = {
  ok: 0,
  lintErrors: 1,
  usage: 2,
  mapiError: 3,
  badInput: 4,
} as const;
