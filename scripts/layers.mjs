// Checks the layer order of web/ with dependency-cruiser (rules in .dependency-cruiser.cjs),
// or, with --graph, prints the modules per layer and the edges between layers.
//
// Every source file is handed to dependency-cruiser by name: its TypeScript support goes
// through Babel here (the project's TypeScript 7 has no JavaScript API to parse with).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = 'web';
const files = readdirSync(root, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name))
  .map((entry) => join(entry.parentPath, entry.name))
  .sort();

const graph = process.argv.includes('--graph');
const args = graph
  ? ['--collapse', '^web/[^/]+/', '--output-type', 'text']
  : ['--output-type', 'err'];
const cruise = spawnSync(
  process.execPath,
  [
    'node_modules/dependency-cruiser/bin/dependency-cruise.mjs',
    ...files,
    '--config',
    '.dependency-cruiser.cjs',
    ...args,
  ],
  { encoding: 'utf8' },
);
if (cruise.error) throw cruise.error;

if (!graph) {
  process.stdout.write(cruise.stdout);
  process.stderr.write(cruise.stderr);
  process.exit(cruise.status ?? 1);
}

const layerOf = (file) => file.match(/^web\/([^/]+)\//)?.[1] ?? file;
const perLayer = new Map();
for (const file of files) perLayer.set(layerOf(file), (perLayer.get(layerOf(file)) ?? 0) + 1);
console.log('Modules per layer:');
for (const [layer, count] of perLayer) console.log(`  ${layer.padEnd(12)} ${count}`);
console.log('\nEdges between layers:');
const edges = new Set(
  cruise.stdout
    .split('\n')
    .filter((line) => line.includes(' → web/'))
    .map((line) => line.replaceAll('web/', '').replaceAll('/', '').trim()),
);
for (const edge of [...edges].sort()) console.log(`  ${edge}`);
process.exit(cruise.status ?? 1);
