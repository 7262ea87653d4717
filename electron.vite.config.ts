import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import vue from '@vitejs/plugin-vue';

// main and preload: Node targets with dependencies left external; the preload is CommonJS because
// sandboxed preloads cannot be ES modules. renderer: the Vue app, built to out/renderer (the browser
// mode serves the same files).
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve('electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    plugins: [vue()],
    build: {
      outDir: 'out/renderer',
      chunkSizeWarningLimit: 4096,
      rollupOptions: { input: resolve('renderer/index.html') },
    },
  },
});
