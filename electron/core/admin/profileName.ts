/**
 * Profile names as IProfAdmin::CreateProfile accepts them (docs/mapi-profiles.md §3): at most 64 characters,
 * no leading or trailing space. The documented alphabet (alphanumerics, underscore, embedded spaces) is
 * narrower than what real profiles carry ("Outlook - Contoso", "Bob's mail (2)"), so we refuse only what
 * the registry or MAPI truly cannot hold: a backslash (it would split the registry key) and control
 * characters. Returns the reason a name is refused, or null.
 */
export type NameProblem = 'empty' | 'tooLong' | 'outerSpace' | 'backslash' | 'control';

export const MAX_PROFILE_NAME = 64;

export function profileNameProblem(name: string): NameProblem | null {
  if (name.length === 0) return 'empty';
  if (name.length > MAX_PROFILE_NAME) return 'tooLong';
  if (name !== name.trim()) return 'outerSpace';
  if (name.includes('\\')) return 'backslash';
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'control';
  return null;
}
