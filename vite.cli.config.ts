import { resolve } from 'node:path';
import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };

// The `mpe` command line (and the browser mode it starts with `mpe web`): one ES module for Node,
// production dependencies left external (they are installed beside it).
const external = [...builtinModules, ...builtinModules.map((m) => `node:${m}`), ...Object.keys(pkg.dependencies)];

export default defineConfig({
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
