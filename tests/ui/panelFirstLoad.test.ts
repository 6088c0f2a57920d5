import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** Value imports only: `import type` and `export type` are erased and load nothing. */
const STATIC_IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

/** Every module the panel page loads before its first paint: the static import graph from its entry. */
function firstLoadModules(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!file.startsWith(root)) return;
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      if (!specifier!.startsWith('.')) {
        seen.add(`package:${specifier!.split('/')[0]!.startsWith('@') ? specifier!.split('/').slice(0, 2).join('/') : specifier!.split('/')[0]}`);
        continue;
      }
      const base = join(dirname(file), specifier!);
      const resolved = ['', '.ts', '.tsx', '/index.ts'].map((suffix) => base + suffix).find((path) => existsSync(path) && !path.endsWith('/'));
      if (resolved && /\.tsx?$/.test(resolved)) visit(resolved);
    }
  };
  visit(join(root, entry));
  return new Set([...seen].map((path) => (path.startsWith(root) ? relative(root, path) : path)));
}

describe('the panel’s first load', () => {
  const modules = firstLoadModules('plugin/app.tsx');

  test('carries the form and the sections, not what only the actions, the map layout, the review or the exports need', () => {
    expect(modules.has('src/ui/Panel.tsx')).toBe(true);
    const lazyOnly = [...modules].filter(
      (path) =>
        path.startsWith('src/actions/') ||
        path.startsWith('src/core/export/') ||
        path.startsWith('src/core/layout/') ||
        path.startsWith('src/emulator/') ||
        path === 'src/core/review/reviewFromSnapshot.ts' ||
        path === 'package:yaml' ||
        path === 'package:@dagrejs/dagre',
    );
    expect(lazyOnly).toEqual([]);
  });
});
