/** A small, fixed lexicon set so rule tests do not move when the shipped lexicons grow. */
import { createEngine, analyze } from '../../src/analysis/index.js'
import type { LexiconFile } from '../../src/schemas/lexicon-file.js'

const entry = (id: string, patterns: string[], extra: Record<string, unknown> = {}) => ({ id, patterns, weight: 1, examples: ['-'], ...extra })

export const FIXTURE_LEXICONS: LexiconFile[] = [
  {
    id: 'attribution', version: '0.0.1', dimension: 'attribution',
    entries: [
      entry('say', ['say'], { role: 'verb' }),
      entry('tell', ['tell'], { role: 'verb' }),
      entry('reiterate', ['reiterate'], { role: 'verb' }),
      entry('report', ['report'], { role: 'verb' }),
      entry('note', ['note'], { role: 'verb', namedSourceOnly: true }),
      entry('underline', ['underline|underscore'], { role: 'verb', namedSourceOnly: true }),
      entry('tweet', ['tweet'], { role: 'verb', namedSourceOnly: true }),
      entry('show', ['show'], { role: 'verb', namedSourceOnly: true }),
      entry('call', ['(call|called for)'], { role: 'verb', namedSourceOnly: true }),
      entry('according-to', ['according to', 'as reported by'], { role: 'preposition' }),
      entry('assertion', ['assertion|claim that'], { role: 'noun' }),
      entry('claim-echoed', ['claim echoed in'], { role: 'noun' }),
      entry('official', ['official', 'ministry', 'minister'], { role: 'source', sourceType: 'official' }),
      entry('anonymous', ['sources close to', 'on condition of anonymity'], { role: 'source', sourceType: 'anonymous' }),
      entry('critic', ['critic'], { role: 'source', sourceType: 'critic' }),
      entry('poll', ['poll'], { role: 'source', sourceType: 'expert' }),
      entry('records', ['records|filings'], { role: 'source', sourceType: 'unspecified' }),
      entry('seen-as', ['be seen as', 'be expected to'], { role: 'hedge' })
    ]
  },
  {
    id: 'state.ru', version: '0.0.1', dimension: 'stateFraming', actor: 'ru',
    entries: [
      entry('kremlin', ['the kremlin', 'moscow'], { role: 'source', sourceType: 'official' }),
      entry('protect-donbass', ['protect|protection [the] [people] [of] donbass']),
      entry('multipolar-world', ['multipolar world [order]']),
      entry('special-military-operation', ['special military operation']),
      entry('defensive-measure', ['defensive measure']),
      entry('not-aggression', ['not [an] act of aggression'], { role: 'denial' }),
      entry('adversary-nato', ['nato'], { role: 'adversary' }),
      entry('adversary-washington', ['washington'], { role: 'adversary' }),
      entry('hostile', ['provocation|encirclement|encircle|aggression'], { role: 'hostility' })
    ]
  },
  {
    id: 'critical', version: '0.0.1', dimension: 'criticalFraming',
    entries: [
      entry('aggression', ['aggression']),
      entry('unprovoked-invasion', ['unprovoked invasion'], { weight: 1.5 }),
      entry('what-it-calls', ['what * call|describe [as]'], { role: 'distancing', weight: 0.5 }),
      entry('so-called', ['so-called'], { role: 'distancing', weight: 0.5 })
    ]
  }
]

export const fixtureEngine = createEngine(FIXTURE_LEXICONS, '0.0.0-test')
export const analyzeWithFixture = (text: string) => analyze(text, fixtureEngine)
