/** Result types of the pure analysis core: the wire schema (schemas/analyze-response.ts) is their single source. */
export type {
  Span, SourceSpan, Attribution, Match, Scores, Flags, SentenceResult, ParagraphResult, DocumentSummary, AnalysisResult
} from '../schemas/analyze-response.js'

export type SourceType = 'official' | 'anonymous' | 'expert' | 'critic' | 'media' | 'person' | 'unspecified'
export type Voice = 'reported' | 'quoted' | 'adopted'
