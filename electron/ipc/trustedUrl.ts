/**
 * Which frame URLs are our renderer. A prefix test is not enough: `http://localhost:5173.evil.example/`
 * starts with the dev server's `http://localhost:5173`, and `file:///…/index.html.evil/x` with the
 * built page's URL. So URLs are parsed and compared by origin (dev server) or by exact file (built app).
 */
export function trustedUrlMatcher(rendererUrl: string): (url: string) => boolean {
  const base = new URL(rendererUrl);
  return (url) => {
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      return false;
    }
    if (base.protocol === 'file:') return u.protocol === 'file:' && u.host === base.host && u.pathname === base.pathname;
    return u.origin === base.origin;
  };
}
