import fs from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const repo = path.resolve(import.meta.dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8')) as {
  imports: Record<string, string>;
};

/** The package.json `imports` aliases (#domain/*, #i18n/* …), so the app can import the pure domain code. */
const alias = Object.entries(pkg.imports).map(([key, target]) => ({
  find: new RegExp(`^${key.replace(/[.*+?^${}()|[\]\\/]/g, (c) => (c === '*' ? '(.*)' : `\\${c}`))}$`),
  replacement: path.join(repo, target).replace('*', '$1'),
}));

/** Writes .gz and .br beside each text file, served as they are by @fastify/static (preCompressed). */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'andon-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    writeBundle(_options, bundle) {
      for (const name of Object.keys(bundle)) {
        if (!/\.(js|css|html|svg|json)$/.test(name)) continue;
        const file = path.join(outDir, name);
        const content = fs.readFileSync(file);
        if (content.length < 1024) continue;
        fs.writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
        fs.writeFileSync(
          `${file}.br`,
          brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        );
      }
    },
  };
}

/** React Flow and what only it brings (d3's drag and zoom, its store): loaded with the studio's loop editor. */
const flowPackages = /[\\/]node_modules[\\/](@xyflow|d3-[a-z]+|zustand|classcat)[\\/]/;

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react(), precompress()],
  resolve: { alias },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: true,
    rolldownOptions: {
      // React, i18next and the router in one long-cached chunk; each page in its own. ECharts (and
      // its renderer) in a chunk of their own, loaded only when the dashboard draws a chart; React
      // Flow (and the d3 pieces and store it brings) in another, loaded with the studio's loop editor.
      output: {
        codeSplitting: {
          groups: [
            { name: 'charts', test: /[\\/]node_modules[\\/](echarts|zrender|tslib)[\\/]/, priority: 3 },
            // Before the flow group, so React itself (a dependency React Flow's group would pull in) stays here.
            { name: 'vendor', test: (id) => /[\\/]node_modules[\\/]/.test(id) && !flowPackages.test(id), priority: 2 },
            { name: 'flow', test: flowPackages, priority: 1 },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    fs: { allow: [repo] },
    // `npm run dev` serves the API on 4310; the app's requests go there.
    proxy: { '/api': { target: `http://127.0.0.1:${process.env['PORT'] ?? 4310}`, changeOrigin: false } },
  },
});
