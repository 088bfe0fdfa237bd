import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { promisify } from 'node:util';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt)$/;

/**
 * Writes a brotli (.br) and a gzip (.gz) copy beside every text asset at build time, so the server
 * sends them as they are (@fastify/static `preCompressed`) instead of compressing on every request.
 * Node's own zlib does both; no plugin dependency is needed for a dozen lines.
 */
function precompress(): Plugin {
  return {
    name: 'baocao-precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const dir = options.dir ?? '';
      const files = Object.keys(bundle).filter((name) => COMPRESSIBLE.test(name));
      await Promise.all(
        files.map(async (name) => {
          const file = path.join(dir, name);
          const data = await readFile(file);
          if (data.length < 1024) return;
          const br = await promisify(brotliCompress)(data, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
              [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
            },
          });
          await writeFile(`${file}.br`, br);
          await writeFile(`${file}.gz`, await promisify(gzip)(data, { level: 9 }));
        }),
      );
    },
  };
}

const apiTarget = process.env.BAOCAO_API_URL ?? 'http://localhost:3000';

// The web UI lives in src/web; the Fastify server serves dist/web with an SPA fallback.
export default defineConfig({
  root: fileURLToPath(new URL('./src/web', import.meta.url)),
  plugins: [react(), precompress()],
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
    // antd's core is large by nature (~230 kB gzip); pages load lazily, React gets its own long-cached chunk
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|react-router|react-router-dom|scheduler)[\\/]/,
            },
            // Charts in a chunk of their own, loaded only by the pages that draw one (Tổng quan, Chỉ tiêu).
            { name: 'charts', test: /node_modules[\\/](echarts|zrender|tslib)[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': {
        target: apiTarget,
        changeOrigin: false,
        // src/web/api/*.ts are our own modules, served by Vite itself at /api/…; API routes never end in .ts
        bypass: (req) => (/^\/api\/[^?]*\.tsx?(\?|$)/.test(req.url ?? '') ? req.url : undefined),
      },
    },
  },
});
