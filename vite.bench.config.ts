import { dirname, resolve } from 'node:path';
import { builtinModules } from 'node:module';
import { defineConfig, type Plugin } from 'vite';
import pkg from './package.json' with { type: 'json' };

// `npm run bench` measures the code as it ships: bundled into one ES module, as out/main and out/cli are.
// Run file by file under tsx, every call across modules goes through an ES module binding the bundle does
// not have; the .reg import measured ≈ 1.3× slower that way than in the bundle.
const external = [
  ...builtinModules,
  ...builtinModules.map((m) => `node:${m}`),
  ...Object.keys(pkg.dependencies),
  ...Object.keys(pkg.devDependencies),
];

/**
 * The bench's own files find the samples, the built renderer and the results file from their source
 * folder: `import.meta.dirname` keeps meaning that folder in the bundle. The app's files are left alone,
 * where it already means the bundle's folder (out/cli/…, out/bench/… are siblings).
 */
const sourceDirname = (): Plugin => ({
  name: 'bench-source-dirname',
  transform(code, id) {
    if (!id.startsWith(resolve('test')) || !code.includes('import.meta.dirname')) return null;
    return { code: code.replaceAll('import.meta.dirname', JSON.stringify(dirname(id))), map: null };
  },
});

export default defineConfig({
  plugins: [sourceDirname()],
  build: {
    ssr: resolve('test/bench/run.ts'),
    outDir: 'out/bench',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: {
      external: (id) => external.includes(id) || external.some((d) => id.startsWith(d + '/')),
      output: { format: 'es', entryFileNames: 'run.js' },
    },
  },
});
