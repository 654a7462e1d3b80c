/// <reference types="vitest/config" />
/**
 * Builds the embeddable partner widget (see widget/README.md) as single classic scripts:
 *   vite build --config vite.widget.config.ts            -> dist/widget/intervisie-finder.js
 *   vite build --config vite.widget.config.ts --mode map -> dist/widget/intervisie-finder-map.js (Leaflet, lazy)
 * The backend serves dist/, so they are at /widget/... on our origin. Also runs the widget's unit tests.
 */
import { defineConfig } from 'vite';

export default defineConfig(({ mode }) => {
  const map = mode === 'map';
  return {
    publicDir: false,
    build: {
      outDir: 'dist/widget',
      // The map build runs second and must keep the widget.
      emptyOutDir: !map,
      target: 'es2020',
      minify: true,
      sourcemap: true,
      lib: {
        entry: map ? 'widget/map.ts' : 'widget/intervisie-finder.ts',
        name: map ? 'IntervisieFinderMap' : 'IntervisieFinderWidget',
        formats: ['iife'],
        fileName: () => (map ? 'intervisie-finder-map.js' : 'intervisie-finder.js'),
      },
    },
    test: {
      environment: 'jsdom',
      include: ['widget/**/*.test.ts'],
      restoreMocks: true,
      unstubGlobals: true,
    },
  };
});
