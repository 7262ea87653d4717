import { chmodSync } from 'node:fs';
import { resolve } from 'node:path';
import { builtinModules } from 'node:module';
import { defineConfig, type Plugin } from 'vite';
import pkg from './package.json' with { type: 'json' };

// The `mpe` command line (and the browser mode it starts with `mpe web`): one ES module for Node,
// production dependencies left external (they are installed beside it).
const external = [...builtinModules, ...builtinModules.map((m) => `node:${m}`), ...Object.keys(pkg.dependencies)];

// `npx mpe` runs out/cli/mpe.js through npm's bin link, which needs the execute bit; rollup writes files
// 0644, so the build sets it.
const executable: Plugin = {
  name: 'mpe-executable',
  writeBundle(options, bundle) {
    for (const file of Object.keys(bundle)) if (file === 'mpe.js') chmodSync(resolve(options.dir!, file), 0o755);
  },
};

export default defineConfig({
  plugins: [executable],
  build: {
    ssr: resolve('electron/cli/mpe.ts'),
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: {
      external: (id) => external.includes(id) || external.some((d) => id.startsWith(d + '/')),
      output: { format: 'es', entryFileNames: 'mpe.js', banner: '#!/usr/bin/env node' },
    },
  },
});
