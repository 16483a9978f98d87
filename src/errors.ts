/**
 * Error codes (one status and one title each) and the RFC 9457 problem builder
 * (https://www.rfc-editor.org/rfc/rfc9457). Problem details never carry article text.
 */
import type { Problem } from './schemas/problem.js'

export const ERRORS = {
  SLANT_ERR_BODY_INVALID_JSON: { status: 400, title: 'Body is not valid JSON' },
  SLANT_ERR_BODY_INVALID: { status: 400, title: 'Request does not match the schema' },
  SLANT_ERR_TEXT_EMPTY: { status: 400, title: 'Text is empty' },
  SLANT_ERR_BODY_MISSING: { status: 400, title: 'Body is missing' },
  SLANT_ERR_UNAUTHORIZED: { status: 401, title: 'API key required' },
  SLANT_ERR_NOT_FOUND: { status: 404, title: 'Not found' },
  SLANT_ERR_METHOD_NOT_ALLOWED: { status: 405, title: 'Method not allowed' },
  SLANT_ERR_BODY_TOO_LARGE: { status: 413, title: 'Body too large' },
  SLANT_ERR_TOO_MANY_PARAGRAPHS: { status: 413, title: 'Too many paragraphs' },
  SLANT_ERR_BATCH_TOO_LARGE: { status: 413, title: 'Batch results too large' },
  SLANT_ERR_MEDIA_TYPE: { status: 415, title: 'Unsupported media type' },
  SLANT_ERR_ENCODING: { status: 415, title: 'Unsupported content encoding' },
  SLANT_ERR_NO_ARTICLE_TEXT: { status: 422, title: 'No article text found' },
  SLANT_ERR_HTML_TOO_DEEP: { status: 422, title: 'HTML nested too deeply' },
  SLANT_ERR_RATE_LIMITED: { status: 429, title: 'Too many requests' },
  SLANT_ERR_INTERNAL: { status: 500, title: 'Internal server error' },
  SLANT_ERR_NOT_READY: { status: 503, title: 'Service not ready' },
  SLANT_ERR_OVERLOADED: { status: 503, title: 'Service overloaded' },
  SLANT_ERR_TIMEOUT: { status: 503, title: 'Analysis took too long' },
  SLANT_ERR_REQUEST_MALFORMED: { status: 400, title: 'Malformed HTTP request' },
  SLANT_ERR_HEADERS_TOO_LARGE: { status: 431, title: 'Request headers too large' },
  SLANT_ERR_REQUEST_TIMEOUT: { status: 408, title: 'Request not received in time' },
  // nginx's 499: never read by the client (it has gone), but logged and counted as what it was.
  SLANT_ERR_CLIENT_CLOSED: { status: 499, title: 'Client closed the request' }
} as const satisfies Record<string, { status: number, title: string }>

export type ErrorCode = keyof typeof ERRORS

const TYPE_BASE = 'https://slant.dev/problems/'

export function problemType (code: ErrorCode): string {
  return TYPE_BASE + code.replace(/^SLANT_ERR_/, '').toLowerCase().replace(/_/g, '-')
}

export function problem (code: ErrorCode, detail?: string, extra: Partial<Problem> = {}): Problem {
  const { status, title } = ERRORS[code]
  return { type: problemType(code), title, status, code, ...(detail === undefined ? {} : { detail }), ...extra }
}

/** An error carrying a problem; thrown anywhere, rendered by the one error handler in app.ts. */
export class ProblemError extends Error {
  readonly statusCode: number
  retryAfterSeconds?: number
  constructor (readonly code: ErrorCode, readonly detail?: string, options: { retryAfterSeconds?: number, cause?: unknown } = {}) {
    super(detail ?? ERRORS[code].title, { cause: options.cause })
    this.name = 'ProblemError'
    this.statusCode = ERRORS[code].status
    if (options.retryAfterSeconds !== undefined) this.retryAfterSeconds = options.retryAfterSeconds
  }
}
