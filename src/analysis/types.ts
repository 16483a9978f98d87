/** Wire-independent result types of the pure analysis core. */

export type Dimension = 'attribution' | 'stateFraming' | 'criticalFraming'
export type FramingDimension = Exclude<Dimension, 'attribution'>
export type SourceType = 'official' | 'anonymous' | 'expert' | 'critic' | 'media' | 'person' | 'unspecified'
export type Voice = 'reported' | 'quoted' | 'adopted'

export interface Span {
  start: number
  end: number
  text: string
}

export interface SourceSpan extends Span {
  type: SourceType
  actor?: string
  /** For a pronoun source (*he said*): the named source it refers to. */
  refersTo?: Span
}

export interface Attribution {
  cue: Span
  source: SourceSpan
  content?: { start: number, end: number }
  /** The attribution lexicon entry of the cue. */
  entry: string
}

export interface Match extends Span {
  dimension: FramingDimension
  lexicon: string
  entry: string
  role: string
  actor?: string
  voice?: Voice
  negated: boolean
  weight: number
}

export interface Scores {
  attribution: number
  stateFraming: number
  criticalFraming: number
  sentiment: number
}

export interface Flags {
  attribution: boolean
  stateFraming: boolean
  criticalFraming: boolean
}

export interface SentenceResult {
  start: number
  end: number
  sentiment: number
}

export interface ParagraphResult {
  index: number
  start: number
  end: number
  sentences: SentenceResult[]
  scores: Scores
  flags: Flags
  attributions: Attribution[]
  matches: Match[]
}

export interface DocumentSummary {
  paragraphs: number
  sentences: number
  tokens: number
  characters: number
  scores: Scores
  flags: Flags
}

export interface AnalysisResult {
  engine: { name: 'slant', version: string }
  lexicons: Array<{ id: string, version: string }>
  document: DocumentSummary
  paragraphs: ParagraphResult[]
}
