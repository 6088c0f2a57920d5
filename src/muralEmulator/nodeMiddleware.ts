import type { MuralHandler } from './types';

/** The parts of Node's `IncomingMessage` the middleware reads (structural, so no Node or framework import). */
export type NodeRequestLike = AsyncIterable<Uint8Array | string> & {
  method?: string;
  url?: string;
  headers: Record<string, string | string[] | undefined>;
};

/** The parts of Node's `ServerResponse` it writes. */
export type NodeResponseLike = {
  statusCode: number;
  setHeader(name: string, value: string): unknown;
  end(body?: Uint8Array): unknown;
  destroy(error?: Error): unknown;
};

/**
 * A Connect/Vite-style `(req, res, next)` middleware serving `handle` under `mountPath`:
 * `GET {mountPath}/murals/x` is answered as `GET {baseUrl}/murals/x`. Other paths go to `next()`.
 * A lost answer (the handler's TypeError) destroys the socket, as a dropped connection would.
 */
export function muralMiddleware(
  handle: MuralHandler,
  options: { baseUrl: string; mountPath: string },
): (req: NodeRequestLike, res: NodeResponseLike, next?: () => void) => void {
  const mount = options.mountPath.replace(/\/$/, '');
  const base = options.baseUrl.replace(/\/$/, '');
  return (req, res, next) => {
    const url = req.url ?? '/';
    if (url !== mount && !url.startsWith(`${mount}/`) && !url.startsWith(`${mount}?`)) {
      next?.();
      return;
    }
    void (async () => {
      const chunks: Uint8Array[] = [];
      for await (const chunk of req) chunks.push(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk);
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (value === undefined || name.toLowerCase() === 'host' || name.toLowerCase() === 'content-length') continue;
        headers.set(name, Array.isArray(value) ? value.join(', ') : value);
      }
      const method = (req.method ?? 'GET').toUpperCase();
      const body = method === 'GET' || method === 'HEAD' ? undefined : concat(chunks);
      const request = new Request(`${base}${url.slice(mount.length)}`, { method, headers, ...(body ? { body } : {}) });
      let response: Response;
      try {
        response = await handle(request);
      } catch (error) {
        res.destroy(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      res.statusCode = response.status;
      response.headers.forEach((value, name) => res.setHeader(name, value));
      res.end(new Uint8Array(await response.arrayBuffer()));
    })();
  };
}

function concat(chunks: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(new ArrayBuffer(chunks.reduce((size, chunk) => size + chunk.length, 0)));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
