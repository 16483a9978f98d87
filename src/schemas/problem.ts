/** RFC 9457 problem details, the body of every error response. */
import { Type, type Static } from 'typebox'

export const ProblemSchema = Type.Object({
  type: Type.String({ description: 'URI naming the problem type' }),
  title: Type.String(),
  status: Type.Integer({ minimum: 400, maximum: 599 }),
  detail: Type.Optional(Type.String()),
  instance: Type.Optional(Type.String()),
  code: Type.String({ description: 'Stable machine-readable code, SLANT_ERR_*' }),
  requestId: Type.Optional(Type.String()),
  errors: Type.Optional(Type.Array(Type.Object({ path: Type.String(), message: Type.String() })))
}, { $id: 'Problem' })

export type Problem = Static<typeof ProblemSchema>

const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid JSON, a missing, empty or non-string text, or an unknown option',
  401: 'A bearer API key is required',
  404: 'No such route',
  413: 'The body is larger than the configured limit (named in the detail)',
  415: 'Unsupported media type or content encoding',
  422: 'HTML without article text (only navigation, scripts or boilerplate), or nested more than 10,000 elements deep',
  429: 'Rate limit exceeded; see Retry-After',
  500: 'An unexpected failure, logged with the request id',
  503: 'Overloaded, timed out or not ready; see Retry-After'
}

/** Route response entries for the given error statuses, all application/problem+json. */
export function problemResponses (...statuses: number[]): Record<number, unknown> {
  return Object.fromEntries(statuses.map((status) => [status, {
    description: PROBLEM_DESCRIPTIONS[status] ?? 'Problem',
    content: { 'application/problem+json': { schema: { $ref: 'Problem#' } } }
  }]))
}
