/**
 * Node module-customization hooks (module.register, Node ≥ 20.6): the specifier `electron` resolves to
 * the stand-in, whoever imports it. Without them the real `electron` package answers, which outside
 * Electron is only the path of its binary (node_modules/electron/index.js), and the app's named imports
 * fail.
 */
const STAND_IN = new URL('./electron.mjs', import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron') return { url: STAND_IN, shortCircuit: true };
  return nextResolve(specifier, context);
}
