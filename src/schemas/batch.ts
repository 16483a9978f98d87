/** Wire schemas of POST /analyze/batch. Items are validated one by one so a bad item fails alone. */
import { Type } from 'typebox'

export function batchRequestSchema (maxDocuments: number) {
  return Type.Object({
    documents: Type.Array(Type.Unknown({ description: 'An /analyze request body: {text, format?, id?, options?}' }), { minItems: 1, maxItems: maxDocuments })
  }, { additionalProperties: false, $id: 'BatchRequest' })
}

export const BatchItemSchema = Type.Object({
  index: Type.Integer({ minimum: 0, description: 'Position of the document in the request' }),
  id: Type.Optional(Type.String()),
  status: Type.Integer({ description: '200 with an analysis, or the status of the item\'s problem' }),
  analysis: Type.Optional(Type.Ref('AnalyzeResponse')),
  problem: Type.Optional(Type.Ref('Problem'))
}, { $id: 'BatchItem' })

export const BatchResponseSchema = Type.Object({
  items: Type.Array(Type.Ref('BatchItem'))
}, { $id: 'BatchResponse' })

