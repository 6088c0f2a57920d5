import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Gzip sizes of what each page loads: the headless page Miro opens on every board, and the panel. */
export async function benchBundle(): Promise<void> {
  await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'silent' });
  const dist = join(root, 'dist');
  const assets = readdirSync(join(dist, 'assets'));
  console.log('\nBundle sizes (gzip, JavaScript + CSS each page loads; Miro\'s SDK script not included)');
  for (const page of ['index', 'app', 'sandbox']) {
    const html = readFileSync(join(dist, `${page}.html`), 'utf8');
    const files = [...html.matchAll(/(?:src|href)="\/?assets\/([^"]+)"/g)].map((match) => match[1]!).filter((file) => assets.includes(file));
    const gzip = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, 'assets', file))).length, 0);
    const raw = files.reduce((sum, file) => sum + statSync(join(dist, 'assets', file)).size, 0);
    console.log(`  ${page.padEnd(8)} ${(gzip / 1024).toFixed(1).padStart(6)} kB gzip (${(raw / 1024).toFixed(0)} kB raw, ${files.length} files)`);
  }
}
