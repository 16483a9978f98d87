/** Wire schema of an analysis (DESIGN.md "Response shape"); the core's result types derive from it. */
import { Type, type Static } from 'typebox'

const Offset = Type.Integer({ minimum: 0, description: 'UTF-16 code-unit offset into the submitted text' })

export const SpanSchema = Type.Object({ start: Offset, end: Offset, text: Type.String() })
export const RangeSchema = Type.Object({ start: Offset, end: Offset })

export const VoiceSchema = Type.Union([Type.Literal('reported'), Type.Literal('quoted'), Type.Literal('adopted')])

export const SourceSpanSchema = Type.Object({
  start: Offset,
  end: Offset,
  text: Type.String(),
  type: Type.Union([Type.Literal('official'), Type.Literal('anonymous'), Type.Literal('expert'), Type.Literal('critic'), Type.Literal('media'), Type.Literal('person'), Type.Literal('unspecified')]),
  actor: Type.Optional(Type.String({ description: 'State actor the source speaks for, where a lexicon knows it (ru, in, …)' })),
  refersTo: Type.Optional(Type.Object(SpanSchema.properties, { description: 'For a pronoun source: the earlier named source it stands for (he/she: a person in this paragraph or the one before; a sentence-opening It: an organisation or document credited in the sentence just before)' }))
})

export const AttributionSchema = Type.Object({
  cue: SpanSchema,
  source: SourceSpanSchema,
  content: Type.Optional(RangeSchema),
  contentParts: Type.Optional(Type.Array(RangeSchema, {
    minItems: 2,
    description: 'When the content runs across its own tag (“We will not yield,” Peskov said, “and we will win.”): the parts on either side of the tag, tag left out; `content` spans them all'
  })),
  entry: Type.String({ description: 'Attribution lexicon entry of the cue' })
})

export const MatchSchema = Type.Object({
  dimension: Type.Union([Type.Literal('stateFraming'), Type.Literal('criticalFraming')]),
  lexicon: Type.String(),
  entry: Type.String(),
  role: Type.String(),
  actor: Type.Optional(Type.String()),
  start: Offset,
  end: Offset,
  text: Type.String(),
  voice: Type.Optional(VoiceSchema),
  negated: Type.Boolean(),
  weight: Type.Number()
})

export const ScoresSchema = Type.Object({
  attribution: Type.Number({ minimum: 0, maximum: 1 }),
  stateFraming: Type.Number({ minimum: 0, maximum: 1 }),
  criticalFraming: Type.Number({ minimum: 0, maximum: 1 }),
  sentiment: Type.Number({ minimum: -1, maximum: 1 })
})

export const FlagsSchema = Type.Object({
  attribution: Type.Boolean(),
  stateFraming: Type.Boolean(),
  criticalFraming: Type.Boolean()
})

export const SentenceSchema = Type.Object({ start: Offset, end: Offset, sentiment: Type.Number({ minimum: -1, maximum: 1 }) })

export const HtmlBlockSchema = Type.Object({
  tag: Type.String({ description: 'The block element the paragraph came from (p, h1, li, …)' }),
  start: Type.Integer({ minimum: 0, description: 'Start of the element in the submitted HTML (UTF-16)' }),
  end: Type.Integer({ minimum: 0, description: 'End (exclusive) of the element in the submitted HTML' })
}, { description: 'HTML input only' })

export const ParagraphSchema = Type.Object({
  index: Type.Integer({ minimum: 0 }),
  start: Offset,
  end: Offset,
  block: Type.Optional(HtmlBlockSchema),
  sentences: Type.Array(SentenceSchema),
  scores: ScoresSchema,
  flags: FlagsSchema,
  attributions: Type.Array(AttributionSchema),
  matches: Type.Array(MatchSchema)
})

export const DocumentSummarySchema = Type.Object({
  paragraphs: Type.Integer({ minimum: 0 }),
  sentences: Type.Integer({ minimum: 0 }),
  tokens: Type.Integer({ minimum: 0 }),
  characters: Type.Integer({ minimum: 0 }),
  scores: ScoresSchema,
  flags: FlagsSchema,
  unread: Type.Optional(Type.Array(RangeSchema, {
    description: 'Runs of more than 256 characters without whitespace (links, encoded data, unspaced scripts) that the tokenizer cannot read in linear time and the analysis therefore skipped; present only when there are any'
  }))
})

export const LexiconRefSchema = Type.Object({ id: Type.String(), version: Type.String() })

export const AnalysisResultSchema = Type.Object({
  text: Type.Optional(Type.String({ description: 'HTML input only: the extracted plain text that all offsets index' })),
  engine: Type.Object({ name: Type.Literal('slant'), version: Type.String() }),
  lexicons: Type.Array(LexiconRefSchema),
  document: DocumentSummarySchema,
  paragraphs: Type.Array(ParagraphSchema)
})

export const AnalyzeResponseSchema = Type.Object({
  id: Type.Optional(Type.String()),
  ...AnalysisResultSchema.properties
}, { $id: 'AnalyzeResponse' })

export type Span = Static<typeof SpanSchema>
export type SourceSpan = Static<typeof SourceSpanSchema>
export type Attribution = Static<typeof AttributionSchema>
export type Match = Static<typeof MatchSchema>
export type Scores = Static<typeof ScoresSchema>
export type Flags = Static<typeof FlagsSchema>
export type SentenceResult = Static<typeof SentenceSchema>
export type ParagraphResult = Static<typeof ParagraphSchema>
export type DocumentSummary = Static<typeof DocumentSummarySchema>
export type AnalysisResult = Static<typeof AnalysisResultSchema>
export type AnalyzeResponse = Static<typeof AnalyzeResponseSchema>
