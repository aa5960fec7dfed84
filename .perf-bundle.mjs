// usage: node bundle.mjs entry out [swapFile=replacementFile ...]
import * as esbuild from 'esbuild';
import fs from 'node:fs';
const [entry, out, ...swaps] = process.argv.slice(2);
const map = new Map(swaps.map((s) => s.split('=')));
await esbuild.build({ bundle: true, platform: 'node', format: 'cjs', target: 'node20', entryPoints: [entry], outfile: out, logLevel: 'warning', sourcemap: false,
  plugins: [{ name: 'swap', setup(b) { b.onLoad({ filter: /\.ts$/ }, (a) => map.has(a.path) ? { contents: fs.readFileSync(map.get(a.path), 'utf8'), loader: 'ts', resolveDir: a.path.replace(/\/[^/]*$/, '') } : undefined); } }] });
