/**
 * Errors the MURAL adapter throws. Each message names the cause in the facilitator's terms and
 * keeps MURAL's status and code, so the panel can show it and a log can be searched for it.
 */
export class MuralApiError extends Error {
  constructor(
    message: string,
    /** HTTP status MURAL answered (0: no answer at all). */
    readonly status: number,
    /** MURAL's error code (`MURAL_NOT_FOUND`, `INVALID_SCOPE`, `TOKEN_EXPIRED`, …) or the adapter's own. */
    readonly code: string,
    /** `"METHOD /path"` of the request that failed. */
    readonly route: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'MuralApiError';
  }
}

/** What MURAL said, as far as the body tells: `{ code, message, details? }`. */
export type MuralErrorBody = { code: string; message: string; details: Array<{ code: string; message: string }> };

export function errorBodyOf(body: unknown): MuralErrorBody {
  const record = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const details = Array.isArray(record.details)
    ? record.details.map((detail) => {
        const d = (typeof detail === 'object' && detail !== null ? detail : {}) as Record<string, unknown>;
        return { code: String(d.code ?? ''), message: String(d.message ?? '') };
      })
    : [];
  return { code: typeof record.code === 'string' ? record.code : '', message: typeof record.message === 'string' ? record.message : '', details };
}

const WRITE_SCOPE = 'murals:write';
const READ_SCOPE = 'murals:read';

/** The error a final (non-retried) MURAL answer turns into, worded by its cause. */
export function muralErrorFor(status: number, body: MuralErrorBody, route: string, muralId: string): MuralApiError {
  const said = body.message ? ` MURAL said: "${body.message}"` : '';
  const tag = `(${status}${body.code ? ` ${body.code}` : ''})`;
  switch (body.code) {
    case 'MURAL_NOT_FOUND':
      return new MuralApiError(
        `MURAL has no mural "${muralId}", or this account cannot open it ${tag}. Check the mural id (the "<workspace>.<number>" in the mural's link) and that you are a member of that mural.`,
        status, body.code, route,
      );
    case 'INVALID_SCOPE': {
      const scope = route.startsWith('GET ') ? READ_SCOPE : WRITE_SCOPE;
      return new MuralApiError(
        `MURAL refused ${route}: the access token was not granted the "${scope}" scope ${tag}. Sign in to MURAL again and allow reading and changing murals (murals:read murals:write).`,
        status, body.code, route,
      );
    }
    case 'TOKEN_EXPIRED':
      return new MuralApiError(
        `The MURAL access token has expired and getAccessToken() gave no fresh one ${tag}. Sign in to MURAL again; the next run completes what this one left.`,
        status, body.code, route,
      );
    case 'UNAUTHORIZED':
      return new MuralApiError(`MURAL did not accept the access token ${tag}. Sign in to MURAL again.${said}`, status, body.code, route);
    case 'WIDGET_NOT_FOUND':
      return new MuralApiError(`MURAL has no widget for ${route} ${tag}: someone removed it meanwhile.${said}`, status, body.code, route);
    case 'BODY': {
      const details = body.details.map((detail) => detail.message).join(' ');
      return new MuralApiError(`MURAL refused the request body of ${route} ${tag} (an adapter bug): ${details || body.message}`, status, body.code, route);
    }
    default:
      return new MuralApiError(`MURAL answered ${route} with ${tag}.${said}`, status, body.code || `HTTP_${status}`, route);
  }
}
