/** Schema of a lexicon YAML file (docs/lexicon-format.md); validated at start-up by lexicons/loader.ts. */
import { Type, type Static } from 'typebox'

export const SourceTypeSchema = Type.Union([
  Type.Literal('official'), Type.Literal('anonymous'), Type.Literal('expert'), Type.Literal('critic'),
  Type.Literal('media'), Type.Literal('person'), Type.Literal('unspecified')
])

export const EntryRoleSchema = Type.Union([
  Type.Literal('term'), Type.Literal('denial'), Type.Literal('distancing'), Type.Literal('source'),
  Type.Literal('verb'), Type.Literal('preposition'), Type.Literal('noun'), Type.Literal('hedge'), Type.Literal('adversary'),
  Type.Literal('hostility')
])

export const LexiconEntrySchema = Type.Object({
  id: Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' }),
  role: Type.Optional(EntryRoleSchema),
  patterns: Type.Array(Type.String({ minLength: 1 }), { minItems: 1 }),
  weight: Type.Number({ exclusiveMinimum: 0, maximum: 3 }),
  sourceType: Type.Optional(SourceTypeSchema),
  namedSourceOnly: Type.Optional(Type.Boolean({ description: 'verb cues: only a named source (a lexicon source, a proper noun or a personal pronoun) makes an attribution' })),
  examples: Type.Array(Type.String({ minLength: 1 }), { minItems: 1 }),
  counterExamples: Type.Optional(Type.Array(Type.String({ minLength: 1 }))),
  source: Type.Optional(Type.String({ minLength: 1 })),
  note: Type.Optional(Type.String({ minLength: 1 }))
}, { additionalProperties: false })

export const LexiconFileSchema = Type.Object({
  id: Type.String({ pattern: '^[a-z][a-zA-Z0-9]*(\\.[a-z0-9-]+)?$' }),
  version: Type.String({ pattern: '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z.-]+)?$' }),
  dimension: Type.Union([Type.Literal('attribution'), Type.Literal('stateFraming'), Type.Literal('criticalFraming')]),
  actor: Type.Optional(Type.String({ pattern: '^[a-z][a-z0-9-]*$' })),
  description: Type.Optional(Type.String()),
  entries: Type.Array(LexiconEntrySchema, { minItems: 1 })
}, { additionalProperties: false })

export type LexiconEntry = Static<typeof LexiconEntrySchema>
export type LexiconFile = Static<typeof LexiconFileSchema>
