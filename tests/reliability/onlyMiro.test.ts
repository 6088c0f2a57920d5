import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Ways a browser page reaches a server other than through the Miro SDK. */
const NETWORK: ReadonlyArray<[string, RegExp]> = [
  ['fetch(', /\bfetch\s*\(/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['WebSocket', /\bWebSocket\b/],
  ['EventSource', /\bEventSource\b/],
  ['navigator.sendBeacon', /\bsendBeacon\b/],
  ['import() of a URL', /\bimport\s*\(\s*['"`]\s*(?:https?:)?\/\//],
  ['import of a URL', /\bfrom\s+['"`]\s*(?:https?:)?\/\//],
];

/** Each network API the text uses, by name. */
function networkUses(text: string): string[] {
  return NETWORK.filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
}

/**
 * The MURAL adapter (src/mural/) reaches MURAL only through the fetch its caller injects
 * (`connectMural({ fetch })`, called as `this.options.fetch(…)`): a member call `<name>.fetch(` is
 * allowed there. A bare `fetch(` or the global's (`window.fetch(`, `globalThis.fetch(`,
 * `self.fetch(`) stays forbidden there too, and everything stays forbidden everywhere else.
 */
const MURAL_ADAPTER = /(^|[\\/])src[\\/]mural[\\/]/;
const INJECTED_FETCH = /\b(?!(?:window|globalThis|self)\b)[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*\.fetch\s*\(/g;

/**
 * The MURAL companion page (src/muralPage/) talks to its own origin's broker only: one file,
 * `proxyFetch.ts`, may call `window.fetch(proxyPath(…)`, where `proxyPath` refuses anything but a
 * same-origin `/mural/api/…` (or `/mural/auth/session`) path. Any other fetch there, and this form
 * anywhere else, stays forbidden.
 */
const MURAL_PAGE_PROXY = /(^|[\\/])src[\\/]muralPage[\\/]proxyFetch\.ts$/;
const SAME_ORIGIN_PROXY_FETCH = /\bwindow\.fetch\(\s*proxyPath\(/g;

function networkUsesIn(path: string, text: string): string[] {
  if (MURAL_PAGE_PROXY.test(path)) return networkUses(text.replace(SAME_ORIGIN_PROXY_FETCH, ''));
  return networkUses(MURAL_ADAPTER.test(path) ? text.replace(INJECTED_FETCH, '') : text);
}

/** Scripts, styles and links a page loads from another origin than Miro's. */
function foreignUrls(html: string): string[] {
  return [...html.matchAll(/\b(?:src|href)\s*=\s*["']([^"']+)["']/gi)]
    .map((match) => match[1]!)
    .filter((url) => /^(?:https?:)?\/\//i.test(url) && !/^(?:https?:)?\/\/miro\.com\//i.test(url));
}

function filesUnder(dir: string, keep: (path: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, keep);
    return keep(path) ? [path] : [];
  });
}

const sources = [...filesUnder(join(ROOT, 'src'), (path) => /\.tsx?$/.test(path)), ...filesUnder(join(ROOT, 'plugin'), () => true)];

describe('the app talks to Miro only', () => {
  test('the scanner finds every form it looks for', () => {
    const sample = [
      'await fetch (url)',
      'new XMLHttpRequest()',
      'new WebSocket(u)',
      'new EventSource(u)',
      'navigator.sendBeacon(u, b)',
      "await import('https://cdn.example/x.js')",
      'import x from "//cdn.example/x.js"',
    ];
    for (const line of sample) expect(networkUses(line), line).toHaveLength(1);
    expect(networkUses("const dagre = await import('@dagrejs/dagre'); // fetched on demand")).toEqual([]);
    expect(foreignUrls('<script src="https://miro.com/app/static/sdk/v2/miro.js"></script><link href="https://fonts.example/x.css">')).toEqual(['https://fonts.example/x.css']);
  });

  test('only the MURAL adapter may call a fetch, and only the one injected into it', () => {
    const adapter = join(ROOT, 'src', 'mural', 'restClient.ts');
    const elsewhere = join(ROOT, 'src', 'miro', 'readSnapshot.ts');
    expect(networkUsesIn(adapter, 'const response = await this.options.fetch(url, init);')).toEqual([]);
    expect(networkUsesIn(adapter, 'await deps.fetch (url)')).toEqual([]);
    for (const line of ['await fetch(url)', 'await window.fetch(url)', 'await globalThis.fetch(url)', 'await self.fetch(url)']) {
      expect(networkUsesIn(adapter, line), line).toEqual(['fetch(']);
    }
    expect(networkUsesIn(elsewhere, 'const response = await this.options.fetch(url, init);')).toEqual(['fetch(']);
  });

  test('the MURAL page may fetch only through proxyPath, in proxyFetch.ts only', async () => {
    const proxy = join(ROOT, 'src', 'muralPage', 'proxyFetch.ts');
    const otherPageFile = join(ROOT, 'src', 'muralPage', 'MuralPage.tsx');
    const line = "return window.fetch(proxyPath(path), { ...init, credentials: 'same-origin' });";
    expect(networkUsesIn(proxy, line)).toEqual([]);
    for (const other of ['window.fetch(path)', 'fetch(proxyPath(path))', 'globalThis.fetch(proxyPath(path))', 'window.fetch(`https://app.mural.co/${proxyPath(path)}`)']) {
      expect(networkUsesIn(proxy, other), other).toEqual(['fetch(']);
    }
    expect(networkUsesIn(otherPageFile, line)).toEqual(['fetch(']);
    const { proxyPath } = await import('../../src/muralPage/proxyFetch');
    expect(proxyPath('/mural/api/murals/a.1/widgets?limit=100')).toBe('/mural/api/murals/a.1/widgets?limit=100');
    expect(proxyPath('/mural/auth/session')).toBe('/mural/auth/session');
    for (const bad of ['https://app.mural.co/api/public/v1/users/me', '//evil.example/mural/api/x', '/mural/api/../auth/signout', '/mural/auth/signout', '/mural/api/', '/elsewhere', 'mural/api/x', '/mural/api//evil.example']) {
      expect(() => proxyPath(bad), bad).toThrow(TypeError);
    }
  });

  test('no source file under src/ or plugin/ opens a connection of its own', () => {
    expect(sources.length).toBeGreaterThan(50);
    const found = sources.flatMap((path) => networkUsesIn(path, readFileSync(path, 'utf8')).map((use) => `${relative(ROOT, path)}: ${use}`));
    expect(found).toEqual([]);
  });

  test('the pages load nothing from outside Miro but Miro’s SDK', () => {
    const pages = sources.filter((path) => path.endsWith('.html'));
    expect(pages.map((path) => relative(ROOT, path))).toEqual(expect.arrayContaining(['plugin/app.html', 'plugin/index.html', 'plugin/sandbox.html']));
    expect(pages.flatMap((path) => foreignUrls(readFileSync(path, 'utf8')))).toEqual([]);
  });
});

describe('manifest.json', () => {
  const text = readFileSync(join(ROOT, 'manifest.json'), 'utf8');
  const manifest = JSON.parse(text) as Record<string, unknown>;

  test('asks for reading and writing boards, nothing more', () => {
    expect(manifest.scopes).toEqual(['boards:read', 'boards:write']);
  });

  test('holds only appName, sdkVersion SDK_V2, sdkUri and scopes, and reads the same as YAML', () => {
    expect(Object.keys(manifest).sort()).toEqual(['appName', 'scopes', 'sdkUri', 'sdkVersion']);
    expect(manifest.sdkVersion).toBe('SDK_V2');
    expect(manifest.appName).toBe('Accelerate Board');
    expect(manifest.sdkUri).toMatch(/^https?:\/\/[^/\s]+/);
    expect(parseYaml(text)).toEqual(manifest);
  });
});
