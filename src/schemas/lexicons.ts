/** Wire schema of GET /lexicons. */
import { Type, type Static } from 'typebox'

export const LexiconSummarySchema = Type.Object({
  id: Type.String(),
  version: Type.String(),
  dimension: Type.String(),
  actor: Type.Optional(Type.String()),
  description: Type.Optional(Type.String()),
  entries: Type.Integer({ minimum: 0 })
})

export const LexiconListSchema = Type.Object({ lexicons: Type.Array(LexiconSummarySchema) }, { $id: 'LexiconList' })
export type LexiconList = Static<typeof LexiconListSchema>
