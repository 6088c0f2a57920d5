import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CORE = join(ROOT, 'src/core');

function coreFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return coreFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** Platform globals the core must be handed instead (clock, randomness, timers, crypto). */
const PLATFORM: ReadonlyArray<[string, RegExp]> = [
  ['Date', /\bDate\s*[.(]|\bnew\s+Date\b/],
  ['Math.random', /\bMath\.random\b/],
  ['performance', /\bperformance\s*\./],
  ['crypto', /\bcrypto\s*\./],
];

const platformUses = (text: string) => PLATFORM.filter(([, pattern]) => pattern.test(text)).map(([name]) => name);

describe('the core fence', () => {
  test('the scanner finds each platform global it looks for', () => {
    for (const line of ['Date.now()', 'new Date()', 'Math.random()', 'performance.now()', 'crypto.randomUUID()']) {
      expect(platformUses(line), line).toHaveLength(1);
    }
    expect(platformUses('const updatedAt = input.date; // a Date is passed in')).toEqual([]);
  });

  test('no file in src/core reads the clock, randomness or crypto', () => {
    const files = coreFiles(CORE);
    expect(files.length).toBeGreaterThan(40);
    const found = files.flatMap((path) => platformUses(readFileSync(path, 'utf8')).map((use) => `${relative(ROOT, path)}: ${use}`));
    expect(found).toEqual([]);
  });

  test('the core imports nothing from outside itself but zod (writers that need a library live in src/export)', () => {
    const packages = coreFiles(CORE).flatMap((path) =>
      [...readFileSync(path, 'utf8').matchAll(/from\s+'([^.'][^']*)'/g)]
        .map((match) => match[1]!)
        .filter((name) => name !== 'zod')
        .map((name) => `${relative(ROOT, path)} → ${name}`),
    );
    expect(packages).toEqual([]);
  });

  test('the core tsconfig rejects document, window, fetch, setTimeout and crypto', () => {
    const configPath = join(CORE, 'tsconfig.json');
    const { config } = ts.readConfigFile(configPath, ts.sys.readFile);
    const parsed = ts.parseJsonConfigFileContent(config, ts.sys, CORE);
    const probe = join(CORE, '__fence_probe__.ts');
    const source = ['document', 'window', 'fetch', 'setTimeout', 'crypto'].map((name, i) => `export const g${i} = ${name};`).join('\n');
    const host = ts.createCompilerHost(parsed.options);
    const readFile = host.readFile.bind(host);
    host.readFile = (path) => (path === probe ? source : readFile(path));
    const fileExists = host.fileExists.bind(host);
    host.fileExists = (path) => path === probe || fileExists(path);
    const program = ts.createProgram([probe], parsed.options, host);
    const missing = ts
      .getPreEmitDiagnostics(program)
      .filter((diagnostic) => diagnostic.file?.fileName === probe)
      .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n').match(/name '(\w+)'/)?.[1]);
    expect(missing.sort()).toEqual(['crypto', 'document', 'fetch', 'setTimeout', 'window']);
  }, 30_000);
});

describe('the emulators share no code with the app', () => {
  test('nothing under src/emulator or src/muralEmulator imports the core, the adapter or the actions', () => {
    const files = ['src/emulator', 'src/muralEmulator'].flatMap((dir) => coreFiles(join(ROOT, dir)));
    expect(files.length).toBeGreaterThan(30);
    const imports = files.flatMap((path) =>
      [...readFileSync(path, 'utf8').matchAll(/from\s+'(\.\.\/[^']+)'/g)]
        .map((match) => match[1]!)
        .filter((target) => /^\.\.\/(core|miro|actions|ui)\b/.test(target))
        .map((target) => `${relative(ROOT, path)} → ${target}`),
    );
    expect(imports).toEqual([]);
  });
});
