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
