/** Wire schema of POST /analyze with a JSON body. */
import { Type, type Static } from 'typebox'

export const AnalyzeOptionsSchema = Type.Object({
  sentences: Type.Optional(Type.Boolean({ default: true, description: 'Include per-sentence offsets and sentiment in each paragraph' }))
}, { additionalProperties: false })

export const AnalyzeRequestSchema = Type.Object({
  text: Type.String({ minLength: 1, pattern: '\\S', description: 'The article; must contain a non-whitespace character' }),
  format: Type.Optional(Type.Union([Type.Literal('text'), Type.Literal('html')], { default: 'text', description: 'text, or html: reduced to text by block elements; the response then carries the extracted text and each paragraph\'s source block' })),
  id: Type.Optional(Type.String({ maxLength: 256, description: 'Client id, echoed in the response' })),
  options: Type.Optional(AnalyzeOptionsSchema)
}, { additionalProperties: false, $id: 'AnalyzeRequest' })

export const AnalyzeQuerySchema = Type.Object({
  id: Type.Optional(Type.String({ maxLength: 256, description: 'Client id for a text/plain body, echoed in the response' }))
}, { additionalProperties: false })

export type AnalyzeOptions = Static<typeof AnalyzeOptionsSchema>
export type AnalyzeRequest = Static<typeof AnalyzeRequestSchema>
