import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      lib: { entry: 'electron/main/index.ts' },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can require only 'electron': one CommonJS file with zod bundled in.
      externalizeDeps: false,
      lib: { entry: 'electron/preload/index.ts', formats: ['cjs'], fileName: () => 'index.cjs' },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    build: {
      outDir: 'out/renderer',
      modulePreload: { polyfill: false },
      minify: true,
      // Function names kept: the diagnostics log names the React components a screen failed in
      // (diagnostics.reportError), which minified names like 'Ke' would not tell IT.
      rollupOptions: { input: 'renderer/index.html', output: { keepNames: true } },
    },
  },
});
