/**
 * Attributed assertions: a reporting cue from the attribution lexicon plus a source found
 * around it by part-of-speech rules, and the content the source is credited with.
 * Hedges and agentless passives (*is seen as*, *it is believed*) never make an attribution.
 */
import { AGENCY_DATELINE_OPENING, isHeadline, isQuestion, mayHold, wordBits, type Token, type Sentence } from './nlp/wink.js'
import type { RawMatch } from './match/lexicon.js'
import type { QuoteRegion } from './quotes.js'
import { firstAfter } from './ranges.js'
import { openingSpeakerLabel } from './interview.js'
import type { Attribution, SourceSpan, SourceType, Span } from './types.js'

const NOUN_PHRASE_TAGS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'PRON'])
const HEAD_TAGS = new Set(['NOUN', 'PROPN', 'PRON'])
const SKIPPABLE_BEFORE_VERB = new Set(['ADV', 'AUX', 'PART'])
/** Adverbs wink tags otherwise between a source and its verb (*He further/VERB said*, Indian English; *Officials there/PRON say*). */
const ADVERBS_MISTAGGED = new Set(['further', 'there'])
/** Reporting verbs that may name whom they address before the clause (*warned the Baltic states that*). */
// (*informed*: the tagger reads the past tense as the adjective, lemma and all.)
const OBJECT_THEN_CLAUSE_VERBS = new Set(['warn', 'remind', 'assure', 'reassure', 'inform', 'informed', 'notify', 'promise', 'convince', 'persuade', 'advise', 'caution'])
const PHRASE_PREPOSITIONS = new Set(['of', 'for', 'at', 'from', 'with', 'in', 'to', 'on', 'across', 'around', 'inside', 'within', 'among', 'throughout', 'near', 'outside', 'along', 'beside'])
const NON_SOURCE_PRONOUNS = new Set(['it', 'this', 'that', 'which', 'what', 'who', 'there', 'these', 'those'])
const CLAUSE_OPENERS = new Set(['that', ':', ','])
/** Verbs that put their subject after them in news style (*said the minister*, *added Smith*). */
const INVERTING_VERBS = new Set(['say', 'add', 'note', 'explain', 'write', 'ask', 'continue', 'insist', 'argue', 'claim',
  'warn', 'state', 'declare', 'reply', 'respond', 'counter', 'recall', 'conclude', 'announce', 'acknowledge', 'admit', 'observe', 'quip',
  'answer', 'remark', 'exclaim', 'joke', 'interject', 'shout', 'muse', 'scoff', 'read', 'fume'])
const PERSONAL_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i'])
const INDEFINITE_PEOPLE = new Set(['someone', 'somebody', 'everyone', 'everybody'])
/** *his call for* is *he* calling for it. */
const PERSONAL_OF_POSSESSIVE: Record<string, string> = { his: 'he', her: 'she', their: 'they', its: 'it', our: 'we', my: 'i' }
const POSSESSIVE_PRONOUNS = new Set(Object.keys(PERSONAL_OF_POSSESSIVE))
/** *According to him*: an object pronoun stands for the same person as *he*. */
const PERSONAL_OF_OBJECT: Record<string, string> = { him: 'he', them: 'they' }
const TIME_DETERMINERS = new Set(['last', 'this', 'next', 'that', 'every', 'each'])
const TIME_NOUNS = new Set(['day', 'week', 'month', 'year', 'night', 'morning', 'afternoon', 'evening', 'time', 'weekend', 'today', 'yesterday', 'moment', 'decade'])
/** Reporting verbs whose -s form is usually a plural noun (*Western states*, *claims in the area*). */
const MOSTLY_NOUNS = new Set(['state', 'claim', 'attack', 'report', 'quote', 'note', 'post', 'call', 'comment', 'remark', 'promise', 'warning', 'show',
  'debate', 'detail', 'view', 'support', 'suspect', 'protest', 'demand', 'estimate', 'answer', 'reply', 'question', 'tweet', 'echo', 'signal', 'praise'])
/** Role nouns the tagger calls adjectives at the end of a phrase (*NSE chief explains*). */
const ROLE_WORDS_TAGGED_ADJECTIVE = new Set(['chief', 'official', 'representative', 'executive', 'general'])
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])

/** Where a time phrase ending at `left` (*on Saturday*, *this month*, *last week*) starts; `left` when there is none. */
/** Words between *for* and a plural time noun (*for many years*, *for the past two decades*). */
const SPAN_OF_TIME_WORDS = new Set(['#', 'many', 'several', 'some', 'the', 'past', 'last', 'few', 'a'])

function beforeTimePhrase (tokens: Token[], left: number, sentence: Sentence): number {
  const last = tokens[left - 1]
  if (last === undefined || left - 2 < sentence.firstToken) return left
  // (*The document released Monday shows*: a bare weekday right after a participle is when it was released.)
  if (WEEKDAYS.has(last.normal)) {
    if (tokens[left - 2].normal === 'on' && left - 3 >= sentence.firstToken) return left - 2
    return tokens[left - 2].pos === 'VERB' && tokens[left - 2].normal.endsWith('ed') ? left - 1 : left
  }
  if (TIME_NOUNS.has(last.lemma) && TIME_DETERMINERS.has(tokens[left - 2].normal) && left - 3 >= sentence.firstToken) return left - 2
  // (*Moscow has in the past called*, *has in recent years said*: *in* and a time before the verb.)
  if (left - 4 >= sentence.firstToken && tokens[left - 3].normal === 'in' && (last.normal === 'past' || (TIME_NOUNS.has(last.lemma) && last.normal !== last.lemma)) &&
    (tokens[left - 2].normal === 'the' || tokens[left - 2].normal === 'recent')) return left - 3
  // (*Russian state media have for years accused*, *has for the past two decades said*: a span of time with *for*.)
  if (TIME_NOUNS.has(last.lemma) && last.normal !== last.lemma) {
    for (let i = left - 2; i >= Math.max(sentence.firstToken + 1, left - 5); i--) {
      if (tokens[i].normal === 'for') return i
      if (!SPAN_OF_TIME_WORDS.has(tokens[i].pos === 'NUM' ? '#' : tokens[i].normal)) break
    }
  }
  // (The tagger's adverb *past*, already stepped over with the verb's adverbs.)
  if (last.normal === 'the' && tokens[left]?.normal === 'past' && tokens[left - 2].normal === 'in' && left - 3 >= sentence.firstToken) return left - 2
  // *The State Department less than two weeks ago said*: a span of time counted back from now.
  // (*ago*, an adverb, may already have been stepped over with the verb's adverbs.)
  const agoAt = last.normal === 'ago' ? left - 1 : tokens[left]?.normal === 'ago' ? left : -1
  if (agoAt >= 0) {
    let first = agoAt
    while (first - 1 > sentence.firstToken && first > agoAt - 6 && AGO_PHRASE.has(tokens[first - 1].pos === 'NUM' ? '#' : tokens[first - 1].normal)) first--
    const unit = tokens[agoAt - 1]
    if (first < agoAt - 1 && (TIME_NOUNS.has(unit.lemma) || unit.lemma === 'hour' || unit.lemma === 'minute')) return first
  }
  return left
}

/** Words of a span of time before *ago* (*less than two weeks*, *a few days*, *#* a number). */
const AGO_PHRASE = new Set(['#', 'a', 'an', 'few', 'several', 'many', 'two', 'less', 'more', 'than', 'about', 'nearly', 'almost', 'just', 'only', 'some', 'week', 'weeks', 'day', 'days', 'month', 'months', 'year', 'years', 'hour', 'hours', 'minutes'])

const MAX_SEE_AS = 8
/** *sees the war as a defence*, *what he sees as manipulation*. */
function asFollows (tokens: Token[], from: number, sentence: Sentence): boolean {
  for (let i = from; i < Math.min(sentence.lastToken, from + MAX_SEE_AS); i++) if (tokens[i].normal === 'as') return true
  return false
}

const AS_ONLY_VERBS = new Set(['present', 'cast', 'paint'])
const DENYING_WORDS = new Set(['not', "n't", 'never'])
/**
 * Verbs that still report when denied: a belief (*they do not believe she cares*), and the
 * sourcing note newsrooms mark (*did not respond to a request for comment*).
 */
const SUPPOSED_BELIEFS = new Set(['understand', 'know', 'agree', 'think', 'believe', 'expect', 'accept', 'see', 'realize', 'realise', 'recognize', 'recognise', 'feel', 'want', 'appreciate'])
const MODALS = new Set(['would', 'could', 'might', 'should', 'may', 'must', 'can', "'d"])
const REPORTING_WHEN_DENIED = new Set(['believe', 'think', 'expect', 'doubt', 'agree', 'know', 'feel', 'want', 'trust', 'accept', 'consider', 'see', 'support', 'like', 'care',
  'respond', 'reply', 'return', 'comment', 'understand', 'realize', 'realise', 'recognize', 'recognise'])

const MAX_CLAUSE_SUBJECT = 5
/** *I see Sanders winning*, *he saw his rival had lost*: a clause without *that*. */
function clauseFollows (tokens: Token[], from: number, sentence: Sentence): boolean {
  const first = tokens[from]
  if (first === undefined || from >= sentence.lastToken || !(first.pos === 'PRON' || first.pos === 'PROPN' || first.pos === 'DET' || first.pos === 'NOUN')) return false
  for (let i = from + 1; i < Math.min(sentence.lastToken, from + MAX_CLAUSE_SUBJECT); i++) {
    // (*claims the facility "supplied fuel to the army"*: a quotation may open on the clause's verb.)
    if (tokens[i].isQuote) continue
    if (tokens[i].pos === 'AUX' || (tokens[i].pos === 'VERB' && !tokens[i].normal.endsWith('ing'))) return true
    if (!NOUN_PHRASE_TAGS.has(tokens[i].pos) && tokens[i].normal !== "'s") return false
  }
  return false
}

/** A clause opening on a determiner, a pronoun or a name at `from` (*the rebels fired first*, *Kyiv …*). */
function clauseOpensAt (tokens: Token[], from: number, sentence: Sentence): boolean {
  const first = tokens[from]
  return first !== undefined && (first.pos === 'DET' || first.pos === 'PRON' || first.pos === 'PROPN') && clauseFollows(tokens, from, sentence)
}

/** How long an adverbial between a verb and its *that* may be (*declared once in his campaign that*). */
const MAX_ADVERBIAL_TOKENS = 6

/** *ruled on Monday that …*, *declared in 2011 that …*: an adverbial, then the clause. */
function thatAfterAdverbial (tokens: Token[], from: number, sentence: Sentence): boolean {
  const first = tokens[from]
  if (first === undefined || from >= sentence.lastToken || (first.pos !== 'ADV' && first.pos !== 'ADP')) return false
  for (let i = from + 1; i < Math.min(sentence.lastToken, from + 1 + MAX_ADVERBIAL_TOKENS); i++) {
    if (tokens[i].normal === 'that') return true
    if (!NOUN_PHRASE_TAGS.has(tokens[i].pos) && tokens[i].pos !== 'ADP' && tokens[i].pos !== 'ADV') return false
  }
  return false
}

/** What one declines to do that is speaking (*declined to comment*, *refused to be drawn*, *declined further comment*). */
const DECLINED_SPEECH = new Set(['comment', 'elaborate', 'discuss', 'say', 'answer', 'speak', 'confirm', 'reply', 'respond', 'specify', 'detail',
  'disclose', 'reveal', 'address', 'talk', 'explain', 'draw', 'give', 'provide', 'name', 'identify', 'deny', 'question', 'interview', 'request', 'questions'])

function declinesToSpeak (tokens: Token[], after: number): boolean {
  let i = after
  if (tokens[i]?.normal === 'to') i++
  else if (tokens[i]?.normal === 'further' || tokens[i]?.pos === 'DET') i++
  if (tokens[i]?.normal === 'be') i++
  return DECLINED_SPEECH.has(tokens[i]?.lemma ?? '')
}

/**
 * Whether the noun phrase at `from` names one of `things` within a few words: what is declared is
 * an act (DECLARED_ACTS), what is written a thing (WRITTEN_THINGS), rather than a statement.
 */
function objectIsOneOf (tokens: Token[], from: number, sentence: Sentence, things: Set<string>): boolean {
  for (let i = from; i < Math.min(sentence.lastToken, from + MAX_DECLARED_ACT_GAP + 1); i++) {
    if (things.has(tokens[i].lemma) || things.has(tokens[i].normal)) return true
    // (*declared Feb. 4 a day of mourning*: the act after *a day of*.)
    // (*an all-out economic war*: inside a hyphenated word.)
    const joinedHyphen = (tokens[i].normal === '-' && tokens[i].start === tokens[i - 1]?.end) || (tokens[i - 1]?.normal === '-' && tokens[i - 1].end === tokens[i].start)
    // (*answered more than 40 questions*: a count.)
    const count = tokens[i].normal === 'than' && (tokens[i - 1]?.normal === 'more' || tokens[i - 1]?.normal === 'fewer' || tokens[i - 1]?.normal === 'less')
    // (*Trump's remarks*: past a possessor.)
    if ((tokens[i].normal === 'of' && tokens[i - 1]?.normal === 'day') || joinedHyphen || count || tokens[i].normal === "'s") continue
    if (!NOUN_PHRASE_TAGS.has(tokens[i].pos)) return false
  }
  return false
}

/** Verbs whose infinitive complement keeps their subject's voice (*went on to say*, *appeared to blame*). */
/** Verbs of using an occasion to speak (*used the briefing to accuse*, *took the opportunity to say*). */
const OCCASION_USING_VERBS = new Set(['use', 'take', 'seize'])
const MAX_OCCASION_PHRASE = 6
const CARRYING_VERBS = new Set(['go', 'appear', 'seem', 'continue', 'begin', 'start', 'proceed', 'like', 'wish'])
/**
 * *tried to portray*, *sought to reassure*, *moved to emphasize*: an attempt to speak is the
 * speaking, unlike an intention (*wants to say*, *plans to argue*), which reports nothing yet.
 * Only with a speech verb: *will try to attack Kaliningrad*, *tries to dismiss Putin* are deeds,
 * and so is *tries to deny Russia the right to …* unless a *that* clause follows.
 */
const ATTEMPTING_VERBS = new Set(['try', 'attempt', 'seek', 'move', 'rush', 'hasten', 'manage', 'dare'])
const OBJECT_OPENERS = new Set(['the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'his', 'her', 'their', 'its'])
/** What may follow a reporting verb: its object or complement. */
const VERB_COMPLEMENT_TAGS = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'NUM', 'ADJ', 'ADV', 'SCONJ'])
/** Reporting verbs that are as often actions on a thing: they report only with a clause or a quotation. */
const CLAUSE_ONLY_VERBS = new Set(['maintain', 'recall', 'add', 'insist'])
/** Reporting verbs a thing does as often (*the numbers explain the frustration*, *crude found new buyers*): see verbAttribution. */
const THING_OBJECT_VERBS = new Set(['explain', 'find'])
/**
 * What one writes without saying anything (*China writes the rules*, *wrote the software*). Not
 * *write* in general: *she wrote a lashing dissent*, *That's what McCarthy wrote* report (restricting
 * it to clauses lost 13 real attributions on PolNeAR dev).
 */
const WRITTEN_THINGS = new Set(['rule', 'rulebook', 'history', 'law', 'script', 'playbook', 'code', 'software', 'music', 'song', 'check', 'cheque', 'screenplay', 'constitution'])
/**
 * Verbs of knowing that report a belief only with a clause or a quotation (*knows that the region
 * is tense*): with a plain object they say what someone is familiar with (*Putin knows the region*,
 * *Modi understands the stakes*).
 */
const KNOWING_VERBS = new Set(['know', 'understand', 'remember', 'realize', 'realise'])
const KNOWN_PRONOUNS = new Set(['it', 'this', 'that', 'them'])
/** Participles that are never a past tense: after a noun, a reduced relative (*rules written for another era*). */
const PARTICIPLE_ONLY_FORMS = new Set(['written', 'shown', 'known', 'spoken', 'proven', 'drawn', 'given', 'taken', 'seen', 'told'])
/**
 * Verbs that report only with *that*, a colon or a quotation, or as a tag after their statement
 * (*charged that*, *ruled on Monday that*; not *the rules committee sparked anger*, *who observed
 * voting in Kachin state*).
 */
const THAT_ONLY_VERBS = new Set(['convey', 'rule', 'charge', 'observe'])
/**
 * What a government declares by acting, not by saying something (*declared war*, *declared
 * independence*, *declared martial law*); *declared the war over*, *declared Russia an aggressor*
 * still report.
 */
const DECLARED_ACTS = new Set(['war', 'independence', 'law', 'emergency', 'bankruptcy', 'holiday', 'ceasefire', 'truce', 'mourning',
  'sovereignty', 'lockdown', 'curfew', 'dividend', 'candidacy', 'moratorium', 'quarantine', 'persona', 'personae', 'alert', 'disaster'])
/** How many words may stand between *declare* or *write* and what it names (*declared an all-out economic war*). */
const MAX_DECLARED_ACT_GAP = 6
/** What one defends or justifies in words: a position, a decision, what was said or done. */
const POSITIONS = new Set(['decision', 'policy', 'remark', 'comment', 'statement', 'record', 'move', 'plan', 'stance', 'position', 'choice', 'vote',
  'action', 'strategy', 'approach', 'law', 'bill', 'deal', 'proposal', 'agreement', 'claim', 'view', 'response', 'handling', 'conduct', 'decision-making',
  'use', 'purchase', 'import', 'strike', 'attack', 'operation', 'invasion', 'war', 'ban', 'sanction', 'tariff', 'measure', 'step', 'ruling', 'verdict',
  'appointment', 'nomination', 'budget', 'program', 'programme', 'reform', 'spending', 'cut', 'tweet', 'post', 'speech', 'word', 'language', 'tone',
  'himself', 'herself', 'themselves', 'itself', 'him', 'her', 'them', 'it', 'this', 'that', 'incident', 'route', 'remarks', 'comments',
  'father', 'mother', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'colleague', 'ally', 'friend', 'boss', 'president', 'candidate', 'nominee', 'minister', 'leader'])
/** What is asked or answered when nothing is said in it (*answered 40 questions*). */
const QUESTIONS = new Set(['question', 'questions', 'query', 'queries'])
/** Nouns that make *call* a noun after them (*a conference call*, *a phone call*). */
const CALL_COMPOUNDS = new Set(['conference', 'phone', 'telephone', 'video', 'roll', 'curtain', 'wake-up', 'close'])
/** What a report, a study or a statement does (*It shows*, *It found*). */
const DOCUMENT_VERBS = new Set(['show', 'find', 'estimate', 'conclude', 'allege', 'report'])
/**
 * Verbs of speaking that can share a subject with an earlier verb (*… and said*, *…, saying*).
 * (*“Who is he?” she asked, referring to the new candidate*: what the speaker meant is theirs too.)
 */
const SPEECH_VERBS = new Set([...INVERTING_VERBS, 'tell', 'call', 'accuse', 'urge', 'describe', 'criticize', 'criticise', 'praise', 'vow',
  'promise', 'deny', 'confirm', 'reiterate', 'reaffirm', 'stress', 'emphasize', 'emphasise', 'suggest', 'predict', 'tweet', 'write', 'blame', 'point',
  'frame', 'portray', 'depict', 'characterize', 'characterise', 'cast', 'present', 'paint', 'brand', 'label', 'dub',
  'allege', 'assert', 'contend', 'report', 'convey', 'underline', 'underscore', 'assure', 'refer'])

/**
 * *While saying that he respects her, he continued …*, *Insisting that the war was over, the
 * general resigned*: a reporting participle opening the sentence (after at most a preposition),
 * with a clause or a quotation, shares the subject of the clause after its comma. (*Speaking to
 * reporters, the minister said …* reports through *said*.)
 */
function openingParticipleSubject (context: SentenceContext, cue: RawMatch, left: number, sentence: Sentence): [number, number] | undefined {
  const { tokens } = context
  const verb = tokens[cue.first]
  const opens = left === sentence.firstToken || (left - 1 === sentence.firstToken && GERUND_PREPOSITIONS.has(tokens[left - 1].normal))
  if (!opens || !verb.normal.endsWith('ing') || !isSpeechVerb(verb)) return undefined
  if (tokens[cue.last]?.normal !== 'that' && quoteOpeningIn(context, cue.last, cue.last) === undefined) return undefined
  for (let comma = cue.last; comma < Math.min(sentence.lastToken, cue.last + MAX_CONTENT_SCAN); comma++) {
    if (tokens[comma].normal !== ',' || context.quoteIndex.inside[comma] !== undefined) continue
    const subject = phraseStartingAt(tokens, comma + 1, sentence.lastToken)
    const after = subject === undefined ? undefined : tokens[subject[1]]
    return after !== undefined && (after.pos === 'VERB' || after.pos === 'AUX') ? subject : undefined
  }
  return undefined
}

/** *…,” adding*, *…,'' adding*: a comma followed by the closing quotation mark (one or two tokens) ending at `index`. */
function commaThenQuoteEndsAt (tokens: Token[], index: number): boolean {
  if (tokens[index]?.isQuote !== true) return false
  if (tokens[index - 1]?.normal === ',') return true
  return tokens[index - 1]?.isQuote === true && tokens[index - 2]?.normal === ','
}

/** A speech verb, also as an -ing form the tagger calls a noun (its lemma is then the -ing form: *framing*). */
function isSpeechVerb (token: Token): boolean {
  if (SPEECH_VERBS.has(token.lemma)) return true
  if (!token.normal.endsWith('ing')) return false
  const stem = token.normal.slice(0, -3)
  return SPEECH_VERBS.has(stem) || SPEECH_VERBS.has(stem + 'e')
}

/** *Gov. Mike Pence (R-IN) said* / *Gov. John Kasich (R-OH), said*: a parenthesis after the name stays in the source. */
function parentheticalSubject (context: SentenceContext, left: number, sentence: Sentence): [number, number] | undefined {
  const { tokens } = context
  let end = left
  if (tokens[end - 1]?.normal === ',') end--
  if (tokens[end - 1]?.normal !== ')') return undefined
  let open = end - 2
  while (open > sentence.firstToken && open >= end - 10 && tokens[open].normal !== '(') open--
  if (tokens[open]?.normal !== '(') return undefined
  const name = phraseEndingAt(tokens, open, sentence.firstToken, open)
  return name !== undefined && isNamedSource(context, name) ? [name[0], end] : undefined
}

/** *host of MSNBC's “Morning Joe,” suggested*: the comma that closes an aside may sit inside a closing quote. */
function beforeClosingQuote (tokens: Token[], left: number): number {
  return tokens[left - 1]?.isQuote === true && tokens[left - 2]?.normal === ',' ? left - 1 : left
}

/**
 * *Carly Fiorina, a Republican hopeful, says …*: the verb follows an appositive; the source is
 * the noun phrase before it, appositive included.
 */
const MAX_APPOSITIVE_CHAIN = 2
/** Prepositions that open a scene-setting phrase (not *according to*, *like*, *including*, whose objects may speak). */
const ADVERBIAL_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'outside', 'inside', 'amid', 'despite', 'throughout', 'within', 'over', 'under', 'through', 'upon'])
const CLAUSE_PREPOSITIONS = new Set(['after', 'before', 'since', 'following', 'by'])
const EXAMPLE_OPENERS = new Set(['like', 'including'])
function appositiveSubject (context: SentenceContext, left: number, sentence: Sentence, depth = 0): [number, number] | undefined {
  const { tokens } = context
  left = beforeClosingQuote(tokens, left)
  if (tokens[left - 1]?.normal !== ',') return undefined
  for (let comma = left - 2; comma > sentence.firstToken && comma >= left - 45; comma--) {
    if (tokens[comma].normal !== ',') continue
    // (*Sen. Ted Cruz (R-Texas), also a hopeful, called*: a party label may close the name.)
    let head = phraseEndingAt(tokens, comma, sentence.firstToken, comma) ?? parentheticalSubject(context, comma + 1, sentence)
    // (*An immigration attorney who works with several families, Rachel Brandt, said*: the head with its relative clause.)
    if (head !== undefined) head = headOfRelativeClause(tokens, head, sentence, comma) ?? head
    // *In times of crisis, a spokeswoman, Anna White, said*, *On television, …*, *Last week, …*:
    // an opening prepositional or time phrase is no subject; the appositive after it may be.
    // (*after Warren Buffett, the investor, complained*: *after*, *before*, *since* also open clauses, whose named subject speaks.)
    const scene = head !== undefined && tokens[head[0] - 1]?.pos === 'ADP' && (ADVERBIAL_PREPOSITIONS.has(tokens[head[0] - 1].normal) ||
      (CLAUSE_PREPOSITIONS.has(tokens[head[0] - 1].normal) && !isNamedSource(context, head)))
    if (head !== undefined && (scene || (head[1] - head[0] === 2 && TIME_DETERMINERS.has(tokens[head[0]].normal) && TIME_NOUNS.has(tokens[head[0] + 1].lemma)))) head = undefined
    // The appositive itself must be a noun phrase (*a senior official at the ministry*), not a
    // clause; a relative clause may follow its head (*a strategist who ran two campaigns*) and is cut off.
    // (*a union that has endorsed Sanders*: inside an appositive, *that* after a noun opens one too.)
    let appositiveEnd = left - 1
    for (let i = comma + 2; i < left - 1; i++) {
      if ((RELATIVE_PRONOUNS.has(tokens[i].normal) || tokens[i].normal === 'that') && (HEAD_TAGS.has(tokens[i - 1].pos) || tokens[i - 1].pos === 'ADJ')) {
        appositiveEnd = i
        break
      }
    }
    const appositive = tokens.slice(comma + 1, appositiveEnd)
    // (*A senior official, asking not to be named, said*, *…, speaking on condition of anonymity, said*: the terms of anonymity.)
    // (*…, speaking on condition of anonymity because the talks were confidential, said*: a reason may follow the terms.)
    const anonymityTerms = [comma + 1, comma + 2].some((at) => (context.sourceIndex.covering[at] ?? []).some((match) =>
      match.compiled.entry.sourceType === 'anonymous' && match.first === at && (at === comma + 1 || tokens[comma + 1].normal.endsWith('ing')) &&
      (match.last === appositiveEnd || (match.last < appositiveEnd && REASON_OPENERS.has(tokens[match.last].normal)))))
    // Either side may carry the name: *Carly Fiorina, a hopeful,* / *a Republican hopeful, Carly Fiorina,*
    // / *The employee, a registered Republican who spoke on condition of anonymity,*.
    const name = phraseEndingAt(tokens, appositiveEnd, comma + 1, appositiveEnd)
    const namedAppositive = name !== undefined && name[0] === comma + 1 && isNamedSource(context, name)
    // *after a long pause*, *meanwhile*, *also known as Russia Today*: an aside, not a description of the source.
    // (*Vikram Misri, briefing/NOUN the media after the talks, said*: a participle phrase is an aside too.)
    const aside = ((appositive[0]?.pos === 'ADP' || appositive[0]?.pos === 'ADV') &&
      appositive.every((token) => token.pos !== 'AUX' && (token.pos !== 'VERB' || token.normal.endsWith('ed') || token.normal.endsWith('wn')))) ||
      (appositive[0]?.normal.endsWith('ing') === true && appositive[0].pos !== 'PROPN' && OBJECT_OPENERS.has(appositive[1]?.normal ?? '') && appositive.every((token) => token.pos !== 'AUX')) ||
      // (*A director, reached by telephone, denied*, *The minister, contacted by Reuters, said*: a past participle and its phrase,
      // after a whole subject — not after the object of a preposition: *engagements between India and Russia, spearheaded by …, have underscored*.)
      (appositive[0]?.pos === 'VERB' && /(?:ed|wn)$/.test(appositive[0].normal) && appositive[1]?.pos === 'ADP' && appositive.every((token) => token.pos !== 'AUX') &&
        head !== undefined && tokens[head[0] - 1]?.pos !== 'ADP') ||
      // (*Peskov, asked that question on Thursday, said*, *…, asked whether talks would resume, said*: the question put to the source.)
      (appositive[0]?.normal === 'asked' && appositive.length > 1 && head !== undefined && tokens[head[0] - 1]?.pos !== 'ADP') ||
      anonymityTerms
    // *a self-proclaimed billionaire*: a verb inside a hyphenated compound is part of a noun phrase;
    // so is a participle after its noun (*a weekly based in Ohio*).
    // (*senior associate for education organizing at the institute*, *a weekly catering to readers*.)
    const postModifier = (token: Token, i: number): boolean => (token.normal.endsWith('ed') || token.normal.endsWith('ing')) && HEAD_TAGS.has(appositive[i - 1]?.pos) &&
      appositive[i + 1] !== undefined && appositive[i + 1].normal !== 'that' && (appositive[i + 1].pos === 'ADP' || token.normal.endsWith('ing') || token.normal === 'called' || token.normal === 'named')
    // (*a registered Republican*: a participle used as an adjective.)
    if (!aside && appositive.some((token, i) => (token.pos === 'VERB' || token.pos === 'AUX') && appositive[i - 1]?.normal !== '-' && !postModifier(token, i) &&
      !(token.pos === 'VERB' && isPhraseToken(tokens, comma + 1 + i, comma + 1, appositiveEnd)))) return undefined
    // *…, and their talks, underscore …*: a coordinated phrase, not a description of the source.
    if (appositive[0]?.pos === 'CCONJ') return undefined
    // *J.J. Goldberg, editor at large of The Forward, an influential newspaper, wrote*: appositives
    // in a chain, the name in the first.
    const chainable = head === undefined || !isNamedSource(context, head) || tokens[head[0] - 1]?.normal === ','
    const chained = chainable && depth < MAX_APPOSITIVE_CHAIN ? appositiveSubject(context, comma + 1, sentence, depth + 1) : undefined
    if (chained !== undefined) return [chained[0], aside ? head?.[1] ?? appositiveEnd : appositiveEnd]
    if (head === undefined) return namedAppositive ? name : undefined
    // *the field's biggest hawks, like Rubio and Bush, say*: named members make the group a named source.
    const namedMembers = aside && name !== undefined && name[0] === comma + 2 && EXAMPLE_OPENERS.has(tokens[comma + 1].normal) && isNamedSource(context, name)
    // (*A person, speaking on condition of anonymity, said*: the terms make any one person a source.)
    const anonymousPerson = anonymityTerms && isOnePerson(tokens, head)
    if (!isNamedSource(context, head) && !namedAppositive && !namedMembers && !anonymousPerson) return undefined
    if (aside) return [head[0], head[1]]
    return [head[0], appositiveEnd]
  }
  return undefined
}

const ONE_PERSON = new Set(['a', 'an', 'one', 'another'])
/** *A person*, *one officer*, *One person involved in the talks*: one unnamed someone, a source once the terms of anonymity are given. */
const isOnePerson = (tokens: Token[], [first, last]: [number, number]): boolean => (ONE_PERSON.has(tokens[first].normal) || (tokens[first].pos === 'NUM' && last - first >= 2)) && tokens[last - 1].pos === 'NOUN'
const REASON_OPENERS = new Set(['because', 'as', 'since', 'for'])

/** How far back a coordinated or participle verb looks for its subject (bounded: linear time on run-on text). */
const MAX_SHARED_SUBJECT_DISTANCE = 60
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'whose', 'whom'])
const MAX_RELATIVE_CLAUSE = 40
const MAX_ASIDE = 12
const DASHES = new Set(['—', '–', '--'])
const DASH_BITS = wordBits(DASHES)

/**
 * *Mrs. Clinton, who did not say so on Tuesday, said …*: a relative clause between subject and
 * verb. The source is the named phrase before the clause; the clause itself describes it.
 */
function relativeClauseSubject (context: SentenceContext, left: number, sentence: Sentence): [number, number] | undefined {
  const { tokens } = context
  left = beforeClosingQuote(tokens, left)
  const closingToken = tokens[left - 1]
  // (*Jane Roe - his girlfriend and co-host - told*: a hyphen with spaces around it is a dash.)
  const spacedHyphen = (token: Token | undefined): boolean => token?.normal === '-' && context.text[token.start - 1] === ' ' && context.text[token.end] === ' '
  const closing = spacedHyphen(closingToken) ? '—' : closingToken?.normal
  if (closing !== ',' && !DASHES.has(closing)) return undefined
  for (let open = left - 3; open > sentence.firstToken && open >= left - MAX_RELATIVE_CLAUSE; open--) {
    if ((spacedHyphen(tokens[open]) ? '—' : tokens[open].normal) !== closing) continue
    const first = tokens[open + 1]
    const inside = tokens.slice(open + 1, left - 1)
    // A relative clause (*who spoke at the forum*) or a verbless aside (*after a long pause*, *— and
    // two-thirds of Republicans —*) sits between the subject and its verb.
    const relative = RELATIVE_PRONOUNS.has(first.normal)
    // *Sen. Roy Blunt, facing a stiff challenge from …, noted*: a participle phrase is an aside too.
    // (*Vikram Misri, briefing/NOUN the media after the talks, said*.)
    const participle = ((first.pos === 'VERB' && first.normal.endsWith('ing')) || participleTaggedAsNoun(tokens, open + 1)) &&
      inside.slice(1).every((token) => token.pos !== 'AUX')
    // (*at a later press/VERB gaggle*: the tagger's verbs inside a prepositional aside are nouns.)
    const prepositional = first.pos === 'ADP' && inside.every((token) => token.pos !== 'AUX')
    const aside = inside.length <= MAX_ASIDE && (participle || prepositional || (inside.every((token) => token.pos !== 'VERB' && token.pos !== 'AUX') &&
      (DASHES.has(closing) || first.pos === 'ADV')))
    if (!relative && !aside) continue
    // *Sanders, meanwhile, who sits at zero, said*: a one-word aside before the clause.
    if (tokens[open - 1]?.pos === 'ADV' && tokens[open - 2]?.normal === ',' && open - 2 > sentence.firstToken) open -= 2
    const head = phraseEndingAt(tokens, open, sentence.firstToken, open)
    if (head === undefined) return capitalisedNameBefore(context, open, sentence) ?? parentheticalSubject(context, open + 1, sentence) ?? appositiveSubject(context, open + 1, sentence)
    if (isNamedSource(context, head)) {
      // (*Kenya's ambassador, Martin Kimani, who voted yes, said*: the role the name stands in apposition to.)
      const withRole = tokens[head[0] - 1]?.normal === ',' ? appositiveSubject(context, open + 1, sentence) : undefined
      // (Not a preposition's object before the name: *Around the country, former aides …*, *Of Carson, Levine, who …*.)
      return withRole !== undefined && withRole[0] < head[0] && withRole[1] === head[1] && tokens[withRole[0] - 1]?.pos !== 'ADP' ? withRole : head
    }
    // (*One person, who spoke on condition of anonymity, said*: the terms make any one person a source.)
    if (isOnePerson(tokens, head) && anonymityIn(context, open + 1, left - 1)) return head
    return appositiveSubject(context, open + 1, sentence)
  }
  return undefined
}

/**
 * Whether the terms of anonymity (*speaking on condition of anonymity*, *who asked not to be
 * named*) lie within [first, last): an anonymous source match that states terms, not a noun such
 * as *a source*.
 */
function anonymityIn (context: SentenceContext, first: number, last: number): boolean {
  const { tokens } = context
  for (let i = first; i < last; i++) {
    if (!ANONYMITY_TERMS.has(tokens[i].normal)) continue
    if ((context.sourceIndex.covering[i] ?? []).some((match) => match.compiled.entry.sourceType === 'anonymous' && match.last <= last)) return true
  }
  return false
}
const ANONYMITY_TERMS = new Set(['anonymity', 'anonymously', 'named', 'identified'])
/** Terms of anonymity that only a speaker's own terms use (not *sources*, *people familiar with*, which content may name). */
const SPEAKER_ANONYMITY_TERMS = new Set([...ANONYMITY_TERMS, 'background'])

/** *Alfonso Aguilar, a strategist, who also said that …*: the relative pronoun stands for the phrase before it. */
function relativePronounSubject (context: SentenceContext, left: number, sentence: Sentence): [number, number] | undefined {
  const { tokens } = context
  const pronoun = tokens[left - 1]?.normal
  if (!RELATIVE_PRONOUNS.has(pronoun) || pronoun === 'whose' || left - 2 < sentence.firstToken) return undefined
  // *delegates who backed Paul*, *the man who said*: without a comma only *who*, which names a person or group.
  if (tokens[left - 2].normal !== ',') return pronoun === 'who' ? phraseEndingAt(tokens, left - 1, sentence.firstToken, left - 1) : undefined
  let head = phraseEndingAt(tokens, left - 2, sentence.firstToken, left - 2)
  // *a sharp response from a British MP, who told the BBC*: *who* is the person after *from* or *by*.
  if (head !== undefined && pronoun === 'who') {
    for (let i = head[1] - 2; i > head[0]; i--) {
      if (tokens[i].normal === 'from' || tokens[i].normal === 'by') { head = [i + 1, head[1]]; break }
    }
  }
  return head !== undefined && isNamedSource(context, head) ? head : appositiveSubject(context, left - 1, sentence)
}

/**
 * *McConnell embraced the mogul and said …* / *…, saying that …*: a coordinated or participle
 * reporting verb shares the subject that opens the sentence.
 */
function sharedSubject (context: SentenceContext, left: number, verb: Token, entry: string, sentence: Sentence): [number, number] | undefined {
  const { tokens } = context
  const before = tokens[left - 1]
  const coordinated = before?.pos === 'CCONJ' && (before.normal === 'and' || before.normal === 'but')
  // *…, saying …* and *… upon saying …*
  // (*…,” adding that …*: the comma may sit inside the closing quotation mark.)
  const participle = verb.normal.endsWith('ing') && (before?.normal === ',' || DASHES.has(before?.normal) || GERUND_PREPOSITIONS.has(before?.normal) ||
    commaThenQuoteEndsAt(tokens, left - 1))
  // Speech verbs borrow a subject either way; so does a participle of any other cue but a verb of
  // perceiving (*…, chanting slogans*, *…, questioning whether*; not *after seeing the damage*).
  // (*…, signalling a shift* credits nobody: *signal* is a cue only with a source of its own.)
  // (*The mayor called the plan a disgrace and threatened to sue*: after *and*, any other cue verb
  // shares the subject of an earlier cue verb of its own form — see below — never a guessed one:
  // *… the military, and supporting the police* lists things, and *said she would … and support*
  // coordinates inside the content.)
  const speech = isSpeechVerb(verb)
  if (!coordinated && !participle) return undefined
  // (*a role in supporting*, *participate in attacking*: after *in* a gerund complements a noun or verb; only a speech verb there is the subject's act.)
  if (!speech && (coordinated ? verbForm(verb) === 'ing' : PARTICIPLES_WITHOUT_SUBJECT.has(entry) || before?.normal === 'in')) return undefined
  // *Ms. Khan said Mr. Trump was ignorant and criticized him*, *…, noting that he …, and suggesting*:
  // a coordinated verb pairs with the sentence's earlier reporting verb of the same form, not with
  // the nearest clause inside that verb's content.
  // (*The ministry said India would act in its interest, adding that …*: a participle after a
  // reported clause is the earlier speaker's too, not the clause's own subject.)
  // (*Peskov declined to comment on reports that New Delhi had cut purchases, calling them
  // "speculation"*: a participle after the clause whose subject opens the sentence, or opens the
  // clause after a semicolon, is that subject's, whatever its verb — not a name inside its object.)
  // (*Western governments have criticised New Delhi; Indian officials reject the criticism, arguing
  // that …*: a semicolon starts a new clause, and nothing before it lends a subject.)
  const lookback = context.foundInSentence.slice(-MAX_COORDINATED_LOOKBACK)
  const clauseStart = lastClauseBreak(tokens, left, sentence, Math.min(left, ...lookback.map((found) => found.source[0])))
  const ing = verb.normal.endsWith('ing')
  for (let i = context.foundInSentence.length - 1; i >= Math.max(0, context.foundInSentence.length - MAX_COORDINATED_LOOKBACK); i--) {
    const earlier = context.foundInSentence[i]
    if (earlier.cue[1] > left || earlier.source[1] > earlier.cue[0]) continue
    if (earlier.source[0] < clauseStart) break
    const earlierVerb = context.tokens[earlier.cue[0]]
    if (!speech && coordinated) { if (verbForm(earlierVerb) === verbForm(verb)) return earlier.source; continue }
    if (coordinated ? earlierVerb.normal.endsWith('ing') === ing : SPEECH_VERBS.has(earlierVerb.lemma) || earlier.source[0] === clauseStart) return earlier.source
  }
  return speech || !coordinated ? clauseSubject(context, left, sentence) : undefined
}

/**
 * Where the clause holding `index` starts: after the last semicolon before it that opens a clause
 * with a subject of its own, or at the sentence's start (not *Trump questioned …; blamed Obama …;
 * and said …*, verbs of one subject in a list). Looked for only as far back as `lowest`.
 */
function lastClauseBreak (tokens: Token[], index: number, sentence: Sentence, lowest: number): number {
  for (let i = index - 1; i > Math.max(sentence.firstToken, lowest - 1); i--) {
    const next = tokens[i + 1]
    if (tokens[i].normal === ';' && next.pos !== 'VERB' && next.pos !== 'AUX' && next.pos !== 'ADV' && next.pos !== 'CCONJ') return i + 1
  }
  return sentence.firstToken
}

/** *a figure the Kremlin rejects*: a phrase found as a source that is a noun, then the relative clause's own subject. */
function objectRelativeHead (tokens: Token[], [first, last]: [number, number]): boolean {
  for (let i = first + 1; i < last; i++) if (tokens[i].pos === 'DET' && tokens[i - 1].pos === 'NOUN') return true
  return false
}

// (Not *out*: *called out the Republicans* is a rebuke.)
const CALL_PARTICLES = new Set(['off', 'up', 'back', 'in', 'around', 'over', 'round'])
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us', 'you', 'it'])
/** What ends a telephone call's object: a purpose or a place, a time, or the sentence (*called her to apologize*, *called both candidates on Tuesday*). */
const CALL_OBJECT_ENDS = new Set(['to', 'on', 'at', 'last', 'late', 'early', 'after', 'before', '.', '!', '?', ';'])
const MAX_CALLED_OBJECT = 6
const EXTRACTING_WORDS = new Set(['what', 'which', 'whom'])
const MAX_EXTRACTED_SOURCE = 16

/**
 * *The senator called.*, *Obama called both candidates Tuesday night*, *called her to apologize*,
 * *called off the deal*: a bare *call* whose object gets no name is a telephone call or a phrasal
 * verb, not speech — unlike *called the plan a disgrace*, *called it “absurd”*, *calls Clinton
 * unqualified*, *what he called a cover-up*, where a complement follows the object.
 */
function isPhoneCall (context: SentenceContext, cue: RawMatch, sentence: Sentence): boolean {
  const { tokens } = context
  const next = tokens[cue.last]
  const afterQuote = quoteClosingJustBefore(context, cue.first - 1) !== undefined || quoteClosingJustBefore(context, cue.first) !== undefined
  if (next === undefined || cue.last >= sentence.lastToken || next.normal === '.') return !afterQuote && tokens[cue.first - 1]?.normal !== 'what'
  if (CALL_PARTICLES.has(next.normal) && next.pos !== 'DET') return true
  // (*called herself a moderate*, *call themselves patriots*: naming oneself.)
  if (next.normal.endsWith('self') || next.normal.endsWith('selves')) return false
  // (*what lawmakers called fraud*, *a campaign he has called bigoted*: the object was moved before the source; only the name follows.)
  if (next.pos === 'ADJ') return false
  // (Back over the source only, however long: *what the Russian Ministry of Foreign Affairs calls*.)
  for (let i = cue.first - 1; i >= Math.max(sentence.firstToken, cue.first - MAX_EXTRACTED_SOURCE); i--) {
    if (EXTRACTING_WORDS.has(tokens[i].normal)) return false
    if (tokens[i].pos === 'VERB' || tokens[i].pos === 'PUNCT') break
  }
  // The object: a pronoun, or a noun phrase with one determiner (a second opens the complement: *the plan a disgrace*).
  let end = cue.last
  if (OBJECT_PRONOUNS.has(next.normal)) end++
  else {
    let determiners = 0
    while (end < Math.min(sentence.lastToken, cue.last + MAX_CALLED_OBJECT) && NOUN_PHRASE_TAGS.has(tokens[end].pos) && !tokens[end].isQuote) {
      const determiner = tokens[end].pos === 'DET' || POSSESSIVE_PRONOUNS.has(tokens[end].normal)
      // (*called Modi a puppet*: a determiner after the object's head opens its complement.)
      if (determiner && (++determiners > 1 || (end > cue.last && HEAD_TAGS.has(tokens[end - 1].pos)))) return false
      // (*calls Clinton unqualified*: an adjective after the object's head is its complement.)
      if (tokens[end].pos === 'ADJ' && end > cue.last && HEAD_TAGS.has(tokens[end - 1].pos)) return false
      end++
    }
    if (end === cue.last) return false
  }
  const after = tokens[end]
  return after === undefined || end >= sentence.lastToken || CALL_OBJECT_ENDS.has(after.normal) || WEEKDAYS.has(after.normal)
}

/** Cues whose object is a stance's target, not an assertion (lexicon entry ids). */
const STANCE_ENTRIES = new Set(['dismiss', 'criticize', 'praise', 'endorse', 'propose', 'defend', 'blame', 'refer-to', 'demand', 'discuss', 'decline-comment', 'document'])
const MAX_COORDINATED_LOOKBACK = 8
/**
 * Cue entries whose participle reports nothing of the clause's subject: perceiving (*after seeing
 * the damage*), what a thing shows or signals (*a photograph, showing a crowd*, *…, signalling a shift*), material backing (*…, backing the
 * rebels*, *by supporting the production chain*) and protest, whose participle is the protesters'
 * (*funds demonstrators, protesting the vote*).
 */
const PARTICIPLES_WITHOUT_SUBJECT = new Set(['know', 'show', 'signal', 'endorse', 'complain'])
/** How many words the one threatened may take before *with* (*threatened the Baltic states with …*). */
const MAX_THREATENED_OBJECT = 6
const GERUND_PREPOSITIONS = new Set(['upon', 'after', 'before', 'while', 'by', 'in', 'when'])

/**
 * The subject of the clause a verb at `left` depends on: the nearest named phrase before it that
 * is followed by its own verb (a clause subject, not an object or a dateline):
 * *Washington (AFP) – Hillary Clinton has taken …, saying …*.
 */
function clauseSubject (context: SentenceContext, left: number, sentence: Sentence): [number, number] | undefined {
  const { tokens } = context
  let nearest = true
  for (let end = left - 1; end > sentence.firstToken && end >= left - MAX_SHARED_SUBJECT_DISTANCE; end--) {
    const next = tokens[end]
    if (next.pos !== 'VERB' && next.pos !== 'AUX') continue
    // *Hillary Clinton sternly reprimanded him, saying …*: adverbs and auxiliaries sit between.
    // (Bounded: a run of thousands of auxiliaries would be walked again for every verb.)
    let subjectEnd = end
    const floor = Math.max(sentence.firstToken, end - MAX_ASIDE)
    while (subjectEnd - 1 > floor && SKIPPABLE_BEFORE_VERB.has(tokens[subjectEnd - 1].pos) && tokens[subjectEnd - 1].normal !== "'s") subjectEnd--
    subjectEnd = beforeTimePhrase(tokens, subjectEnd, sentence)
    // (*his assertion that the “media is rigging the polls” and said …*: not a subject inside a quotation.)
    if (context.quoteIndex.inside[end] !== undefined) continue
    const subject = phraseEndingAt(tokens, subjectEnd, sentence.firstToken, subjectEnd) ??
      appositiveSubject(context, subjectEnd, sentence) ?? relativeClauseSubject(context, subjectEnd, sentence) ?? parentheticalSubject(context, subjectEnd, sentence)
    if (subject !== undefined && isNamedSource(context, subject)) return subject
    // *The son defended his father, saying …*: the nearest clause's subject opening the sentence
    // is the speaker even unnamed — a speech verb needs someone to speak.
    if (subject !== undefined && subject[0] === sentence.firstToken && nearest && tokens[subject[1] - 1].pos === 'NOUN') return subject
    nearest = false
  }
  return undefined
}

const MAX_REDUCED_RELATIVE = 8

function reducedRelativeSubject (context: SentenceContext, [clauseEnd, sourceEnd]: [number, number], sentence: Sentence): [number, number] | undefined {
  const { tokens } = context
  for (let participle = clauseEnd - 1; participle > sentence.firstToken && participle >= clauseEnd - MAX_REDUCED_RELATIVE; participle--) {
    const token = tokens[participle]
    if (token.pos === 'PUNCT') return undefined
    const isParticiple = (token.pos === 'VERB' && token.normal.endsWith('ed')) || token.normal === 'out'
    if (!isParticiple) continue
    const head = phraseEndingAt(tokens, participle, sentence.firstToken, participle)
    if (head !== undefined && overlapsSource(context, head[0], head[1])) return [head[0], sourceEnd]
  }
  return undefined
}

/**
 * *All the experts I interviewed said …*, *Everyone we spoke to agreed*: a noun phrase with a
 * relative clause without *who* (pronoun + verb [+ preposition]) before the reporting verb.
 */
function contactClauseSubject (context: SentenceContext, left: number, sentence: Sentence): [number, number] | undefined {
  const { tokens } = context
  let verb = left - 1
  if (tokens[verb]?.pos === 'ADP') verb--
  const pronoun = verb - 1
  if (pronoun <= sentence.firstToken || tokens[verb]?.pos !== 'VERB' || !PERSONAL_PRONOUNS.has(tokens[pronoun].normal)) return undefined
  const head = phraseEndingAt(tokens, pronoun, sentence.firstToken, pronoun)
  if (head === undefined || tokens[head[1] - 1].pos !== 'NOUN' && tokens[head[1] - 1].normal !== 'everyone' && tokens[head[1] - 1].normal !== 'everybody') return undefined
  return [head[0], left]
}

/**
 * *Lynch/VERB announced …*, *…,” Hoover/VERB said.*: a capitalised word the tagger calls a verb or
 * adjective, right before a reporting verb and after a sentence start or punctuation, is a name.
 */
function capitalisedNameBefore (context: SentenceContext, end: number, sentence: Sentence): [number, number] | undefined {
  const { tokens, text } = context
  const word = tokens[end - 1]
  if (word === undefined || end - 1 < sentence.firstToken || (word.pos !== 'VERB' && word.pos !== 'ADJ')) return undefined
  if (!/^\p{Lu}\p{Ll}/u.test(text.slice(word.start, word.end))) return undefined
  const before = tokens[end - 2]
  if (end - 1 > sentence.firstToken && before !== undefined && !(before.pos === 'PUNCT' || before.isQuote)) return undefined
  return [end - 1, end]
}

/** A source a reader can name: a lexicon source, a proper noun head or a personal pronoun. */
function isNamedSource (context: SentenceContext, [first, last]: [number, number]): boolean {
  const { tokens } = context
  const head = tokens[last - 1]
  if (head.pos === 'PROPN' || PERSONAL_PRONOUNS.has(head.normal)) return true
  return namesIn(context, first, headPhraseEnd(tokens, first, last)) || context.sourceIndex.endingAt.has(last)
}

/**
 * Where a source phrase's head ends: only the phrase before its first preposition names someone
 * (*the Kremlin's spokesman*, *officials at the ministry*, but not *reliance on Russian military equipment*).
 */
function headPhraseEnd (tokens: Token[], first: number, last: number): number {
  let headEnd = first
  while (headEnd < last && !(tokens[headEnd].pos === 'ADP' && PHRASE_PREPOSITIONS.has(tokens[headEnd].normal))) headEnd++
  return headEnd
}

function namesIn (context: SentenceContext, first: number, last: number): boolean {
  for (let i = first; i < last; i++) if (context.tokens[i].pos === 'PROPN') return true
  return overlapsSource(context, first, last)
}

/** Nouns of a state or quality (*reliance*, *isolation*, *hostility*, *weakness*). */
const STATE_NOUN = /(?:ance|ence|ancy|ency|ity|ness|ism|tion|sion)s?$/

/**
 * For verbs that also take things as subjects (*underscore*, *suggest*, *reflect*): a name that is
 * only the possessor of a state or quality credits nobody — *Moscow's growing isolation
 * underscores* — while *Scott's family*, *the candidate's doctor*, *the Kremlin's spokesman* and
 * documents (*the paper's reporting*, *Friday's statement*) still speak.
 */
function namesSpeaker (context: SentenceContext, source: [number, number]): boolean {
  if (!isNamedSource(context, source)) return false
  const [first, last] = source
  const { tokens } = context
  const headEnd = headPhraseEnd(tokens, first, last)
  let afterPossessor = first
  for (let i = first; i < headEnd - 1; i++) if (tokens[i].normal === "'s" || (tokens[i].normal === "'" && tokens[i].pos === 'PART')) afterPossessor = i + 1
  const head = tokens[headEnd - 1]
  return afterPossessor === first || head.pos !== 'NOUN' || !STATE_NOUN.test(head.normal) || namesIn(context, afterPossessor, headEnd)
}

/** Articles (not *all*, *both*, which float after their noun: *African-Americans, all expressing concern*). */
const ARTICLES = new Set(['the', 'a', 'an'])
const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those'])
/** Relative words that open a source's clause; not *that*, which is as often a demonstrative (*That official said*). */
const RELATIVE_WORDS = new Set(['which', 'whom'])

const PERSONAL_SOURCE_TYPES = new Set<SourceType>(['person', 'official', 'expert', 'critic'])
/** Media sources that are people, not outlets (*anchor Arnav Mehrotra*, *the columnist*): a *he* or *she* may be one. */
const MEDIA_PERSON = /\b(?:anchor|anchors|presenter|host|columnist|commentator|correspondent|reporter|journalist|pundit|editor|blogger|writer|broadcaster)\b/i
const isPersonalSource = (candidate: { type: SourceType, text: string }): boolean =>
  PERSONAL_SOURCE_TYPES.has(candidate.type) || (candidate.type === 'media' && MEDIA_PERSON.test(candidate.text))


/** The named source a pronoun refers to: the nearest earlier one; *he* and *she* only to people. */
function nearestNamedSource (earlierSources: SourceSpan[], attributions: Attribution[], before: number, pronoun: string): SourceSpan | undefined {
  // *he* and *she* refer to people, never to a ministry, a newspaper or an anonymous group; *it*
  // to an organisation or a document, never to a person (*the spokesman*, *Mr. Peskov*).
  // (*Moldovan officials … She said*: one person is not a group.)
  const personal = pronoun === 'he' || pronoun === 'she'
  // (A pronoun that found no referent of its own is no referent for the next.)
  // (*Sarin said …* after *former ambassador Pankaj Sarin offered …*: a surname that found its full name is a referent, as that name.)
  const named = (candidate: SourceSpan): boolean => candidate.refersTo === undefined || SURNAME.test(candidate.text)
  const fits = (candidate: SourceSpan): boolean => named(candidate) && candidate.start < before && !PERSONAL_PRONOUNS.has(candidate.text.toLowerCase()) &&
    (personal
      // (*An officer, who spoke on condition of anonymity, said … He said*: one unnamed person too.)
      // (*the regional administration*: an official body is no *he* either.)
      ? (isPersonalSource(candidate) || candidate.type === 'anonymous') && !PLURAL_HEAD.test(headWord(candidate.text)) && !isPlaceOrBody(candidate)
      // (*Andrei Turchak wrote … analysts … they argue*: *they* is a group or a body, never one named person.)
      : pronoun === 'they' ? !isOneNamedPerson(candidate) : pronoun !== 'it' || isThing(candidate))
  // Bounded: a paragraph of thousands of *he said* would walk back over all of them for each one.
  const stop = Math.max(0, attributions.length - MAX_PRONOUN_LOOKBACK)
  for (let i = attributions.length - 1; i >= stop; i--) if (fits(attributions[i].source)) return asReferent(attributions[i].source)
  const budget = MAX_PRONOUN_LOOKBACK - (attributions.length - stop)
  for (let i = earlierSources.length - 1; i >= Math.max(0, earlierSources.length - budget); i--) if (fits(earlierSources[i])) return asReferent(earlierSources[i])
  return undefined
}

/** A source as a pronoun's referent: a surname by the full name it refers to. */
function asReferent (source: SourceSpan): SourceSpan {
  if (source.refersTo === undefined) return source
  const referent: SourceSpan = { ...source.refersTo, type: source.type }
  if (source.actor !== undefined) referent.actor = source.actor
  return referent
}
/** What an organisation, an institution or a document is called; an *it* refers only to such a source. */
const THING_HEAD = /(?:ministry|kremlin|government|administration|office|department|agency|service|council|committee|commission|court|company|firm|corporation|bank|embassy|army|military|force|forces|navy|command|staff|operator|regulator|watchdog|mission|bureau|directorate|headquarters|police|party|campaign|group|organi[sz]ation|union|newspaper|network|channel|broadcaster|outlet|website|report|study|poll|survey|statement|letter|memo|document|analysis|ruling|lawsuit|complaint|center|centre|institute|foundation|fund|board|parliament|senate|congress|duma|rada|nato|eu|un|opcw|imf|who|reuters|tass|ria novosti|interfax|rt|sputnik|bbc|cnn|ap|afp|bloomberg|post|times|journal|guardian|telegraph|pravda|izvestia)$/i

/** Whether a source can be an *it*: an organisation, an institution or a document, not a person. */
/**
 * The head word of a source's text: its last word before a comma, a relative clause or a
 * post-modifier (*a senior official* → official, *a person aware of the talks* → person).
 */
function headWord (text: string): string {
  const phrase = text.split(/,|\(| (?:who|whom|with|aware|familiar|close|of|in|at|from|for|on|briefed|speaking|based)\b/)[0].trim()
  return phrase.slice(phrase.lastIndexOf(' ') + 1)
}

/** States and capitals standing for their governments (*India*, *Moscow*, *New Delhi*): never a *he* or *she*. */
const PLACE_NAMES = /^(?:india|russia|moscow|new delhi|delhi|ukraine|kyiv|kiev|washington|beijing|china|america|britain|london|paris|berlin|europe|pakistan|islamabad|brussels|tehran|iran|israel|turkey|ankara)$/i
const isPlaceOrBody = (candidate: SourceSpan): boolean => PLACE_NAMES.test(candidate.text) || isThing(candidate)

/** A person by name (*Andrei Turchak*, *Bill Taylor, an organizer*): two or more capitalised words, the last no plural. */
function isOneNamedPerson (candidate: SourceSpan): boolean {
  if (!PERSONAL_SOURCE_TYPES.has(candidate.type) || isThing(candidate)) return false
  const phrase = candidate.text.split(/,|\(/)[0].trim()
  return /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]*$/u.test(phrase) && !/s$/.test(phrase)
}

/** A plural common noun as a head (*officials*, *commanders*; not the names *Jones*, *Peskov*, nor *boss*). */
const PLURAL_HEAD = /^(?:\p{Ll}[\p{L}-]*[^su]s|people|Officials|Sources|Diplomats|Analysts|Experts|Critics|Lawmakers|Residents)$/u

/**
 * *A senior official, who asked not to be named, said … The official added …*: a definite
 * back-reference to an earlier anonymous source is that source, still anonymous.
 */
function anonymousAntecedent (earlierSources: SourceSpan[], attributions: Attribution[], source: SourceSpan): SourceSpan | undefined {
  const match = /^[Tt]he (?:[\p{Ll}-]+ )?(\p{Ll}+)$/u.exec(source.text)
  if (match === null) return undefined
  const head = match[1]
  const sameHead = (candidate: SourceSpan): boolean => candidate.start < source.start && candidate.refersTo === undefined && headWord(candidate.text).toLowerCase() === head
  const nearest = latestSource(attributions, earlierSources, MAX_PRONOUN_LOOKBACK, sameHead)
  return nearest?.type === 'anonymous' ? nearest : undefined
}

/** Titles of a foreign service, any of which a later *the diplomat* may refer to (a spokesperson only of a foreign ministry). */
const DIPLOMATIC_TITLES = new Set(['ambassador', 'envoy', 'consul', 'spokeswoman', 'spokesman', 'spokesperson'])
/** Roles a definite back-reference names (*the minister said*, *the ministry added*). */
const BACK_REFERENCE_ROLES = new Set(['minister', 'ministry', 'embassy', 'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'envoy', 'president', 'premier',
  'chancellor', 'diplomat', 'secretary', 'commander', 'governor', 'senator', 'analyst', 'economist', 'researcher', 'professor', 'mayor'])

/**
 * *Russian Foreign Minister Sergey Lavrov spoke … “…,” the minister said*: a definite role is the
 * latest source that held that role, with its type and actor.
 */
function roleAntecedent (earlierSources: SourceSpan[], attributions: Attribution[], source: SourceSpan): SourceSpan | undefined {
  const match = /^[Tt]he (\p{Ll}+)$/u.exec(source.text)
  if (match === null || !BACK_REFERENCE_ROLES.has(match[1])) return undefined
  const role = match[1]
  const holds = (candidate: SourceSpan): boolean => {
    if (candidate.start >= source.start || candidate.refersTo !== undefined || candidate.text === source.text || candidate.type === 'anonymous') return false
    const words = candidate.text.toLowerCase().split(/[\s,]+/)
    // (*Foreign Ministry spokeswoman Maria Zakharova … the diplomat stressed*: a diplomat by another title.)
    return words.includes(role) || (role === 'diplomat' && candidate.type === 'official' && words.some((word) => DIPLOMATIC_TITLES.has(word)) &&
      (words.includes('foreign') || !words.some((word) => word.startsWith('spokes'))))
  }
  return latestSource(attributions, earlierSources, MAX_PRONOUN_LOOKBACK, holds)
}

/**
 * The latest source that `fits`: among this paragraph's last MAX_PRONOUN_LOOKBACK attributions,
 * then the last `earlierLimit` of `earlier` (bounded, so a paragraph of thousands stays linear).
 */
function latestSource (attributions: Attribution[], earlier: SourceSpan[], earlierLimit: number, fits: (candidate: SourceSpan) => boolean): SourceSpan | undefined {
  for (let i = attributions.length - 1; i >= Math.max(0, attributions.length - MAX_PRONOUN_LOOKBACK); i--) if (fits(attributions[i].source)) return attributions[i].source
  for (let i = earlier.length - 1; i >= Math.max(0, earlier.length - earlierLimit); i--) if (fits(earlier[i])) return earlier[i]
  return undefined
}

const SURNAME = /^(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?(\p{Lu}[\p{L}'’-]+)$/u
const MAX_NAME_LOOKBACK = 100

/** Two names joined by a comma or *and*. */
const NAME_PAIR = /^\p{Lu}[\p{L}'’-]+(?:,| and) \p{Lu}[\p{L}'’-]+$/u

/**
 * *foreign policy chief Kaja Kallas said … Kallas said*: a bare surname (or *Mr Jaiswal*) is the
 * source named in full earlier in the document, with its type and actor; not a name of its own
 * kind (*Moscow*, *Kyiv* stay what the lexicon says).
 */
function fullNameOf (namedEarlier: SourceSpan[], attributions: Attribution[], source: SourceSpan): SourceSpan | undefined {
  if (source.type !== 'person') return undefined
  const surname = SURNAME.exec(source.text)?.[1]
  if (surname === undefined) return undefined
  // (A named person is not anonymous, whatever the sentence that first named them said.)
  // (Not a pair of names, *Xi, Putin pledge …*: a later *Xi* is one of them, not both.)
  const fits = (candidate: SourceSpan): boolean => candidate.start < source.start && candidate.refersTo === undefined && candidate.type !== 'anonymous' && candidate.text.length > surname.length + 1 &&
    candidate.text.split(/[\s,]+/).includes(surname) && !NAME_PAIR.test(candidate.text)
  return latestSource(attributions, namedEarlier, MAX_NAME_LOOKBACK, fits)
}

function isThing (candidate: SourceSpan): boolean {
  if (candidate.type === 'person' || candidate.type === 'anonymous') return false
  // (*The Russian embassy in Paris*: the head before a place or another post-modifier.)
  return THING_HEAD.test(candidate.text.split(/[,(]/)[0].trim()) || THING_HEAD.test(headWord(candidate.text))
}

/** How many earlier attributions a pronoun looks back over for its named source. */
const MAX_PRONOUN_LOOKBACK = 20

/** What a newsroom does when it checks a claim itself (*we found*, *we verified*, *we geolocated*). */
const OWN_FINDINGS = new Set(['find', 'establish', 'verify', 'confirm', 'examine', 'analyse', 'analyze', 'geolocate', 'identify', 'review', 'check', 'determine', 'conclude'])

/** Source types in the order one wins over another when a source span holds several. */
const TYPE_PRIORITY: SourceType[] = ['anonymous', 'critic', 'media', 'expert', 'official', 'person', 'unspecified']

export interface AttributionContext {
  text: string
  tokens: Token[]
  sentences: Sentence[]
  matches: RawMatch[]
  quotes: QuoteRegion[]
  /** Named sources of earlier attributions (this paragraph and the one before), for pronouns. */
  earlierSources: SourceSpan[]
  /** The text is an interview (a *Q:* label came before): a name and a colon opening a paragraph is a speaker label, whatever follows. */
  interview?: boolean
  /** Sources named in full earlier in the document, latest last, for a later bare surname (*Kallas said*). */
  namedEarlier?: SourceSpan[]
  /** In a transcript or a Q&A, the speaker whose turn this paragraph goes on with (if it has no label of its own). */
  turnSpeaker?: SourceSpan
}

/**
 * The context the rules see for one sentence: only that sentence's matches, and the quote regions
 * indexed by their marks, so a paragraph of any length is analysed in linear time.
 */
interface SentenceContext extends AttributionContext {
  quoteIndex: QuoteIndex
  sourceIndex: SourceIndex
  /** What the rules found so far in the current sentence, in token indices. */
  foundInSentence: Found[]
  /** The first token at which a quotation closes in the current sentence (or just before it);
   * Infinity if none; undefined until a rule asks. */
  firstQuoteClose: number | undefined
  /** A reporting verb of the current sentence is denied (*did not announce*): the sentence credits nobody. */
  deniedSpeech: boolean
  /**
   * Where a statement before its tag can start: the sentence's first token, or the token after a
   * speaker's colon (*Lavrov was blunt: the talks, he said, had failed* — the talks had failed).
   */
  statementStart: number
  /** By sentence, the name that opened it as its subject (*Modi was more guarded.*), read when a *he* or *she* asks. */
  namedSubjects: Map<number, SourceSpan | undefined>
}

/** Whether a quotation closed in this sentence before `index`: one scan per sentence, on first use, since rules ask per cue. */
function quoteClosedEarlierIn (context: SentenceContext, sentence: Sentence, index: number): boolean {
  if (context.firstQuoteClose === undefined) {
    context.firstQuoteClose = Infinity
    if (context.quotes.length > 0) {
      for (let i = Math.max(0, sentence.firstToken - 2); i < sentence.lastToken; i++) {
        const region = context.quoteIndex.byClose.get(i)
        if (region !== undefined && !isScareQuote(context.tokens, region)) {
          context.firstQuoteClose = i
          break
        }
      }
    }
  }
  return context.firstQuoteClose < index
}

/** The most words a quotation set inside a phrase may hold to be a scare quote, not a statement. */
const MAX_SCARE_QUOTE_WORDS = 3

/**
 * A few quoted words with a word right before and right after them (*says German "journalist"
 * Thomas Roeper saw …*): the narrator's scare quotes inside a phrase, which no later tag can report.
 * (Not *a “change agent,” Cole said*: a comma inside the closing mark ends a quoted statement.)
 */
function isScareQuote (tokens: Token[], region: QuoteRegion): boolean {
  return region.close - region.open - 1 <= MAX_SCARE_QUOTE_WORDS && tokens[region.open - 1]?.isWord === true &&
    tokens[region.close - 1].isWord && tokens[region.close + 1]?.isWord === true
}

/**
 * Lexicon sources, hedges and used cues by token, built once per paragraph: the rules ask about a
 * few tokens at a time, so a run-on sentence with thousands of matches stays linear.
 */
interface SourceIndex {
  /** The source matches covering each token, in match order. */
  covering: Array<RawMatch[] | undefined>
  /** Source matches by the token index they end at. */
  endingAt: Map<number, RawMatch[]>
  /** The anonymity matches (*sources close to*, *on condition of anonymity*) of each sentence that holds one. */
  anonymityAt: Map<number, RawMatch[]>
  hedged: Uint8Array
  usedAsCue: Uint8Array
  /** Tokens where a reporting verb's -ing form starts that is the subject's own act (see PARTICIPLES_WITHOUT_SUBJECT). */
  actParticiple: Uint8Array
}

function indexSources (tokens: Token[], matches: RawMatch[], insideQuote: Array<QuoteRegion | undefined>): SourceIndex {
  const index: SourceIndex = { covering: new Array(tokens.length), endingAt: new Map(), anonymityAt: new Map(), hedged: new Uint8Array(tokens.length), usedAsCue: new Uint8Array(tokens.length), actParticiple: new Uint8Array(tokens.length) }
  for (const match of matches) {
    if (match.compiled.role === 'hedge' && match.compiled.lexicon.dimension === 'attribution') index.hedged.fill(1, match.first, match.last)
    if (match.compiled.role === 'verb' && match.compiled.lexicon.dimension === 'attribution' && tokens[match.first].normal.endsWith('ing') &&
      !PARTICIPLES_WITHOUT_SUBJECT.has(match.compiled.entry.id)) index.actParticiple[match.first] = 1
    if (match.compiled.role !== 'source') continue
    // Source words are nouns: *recorded*, *studied*, *polled*, *estimated* share their lemma with
    // *records*, *study*, *poll*, *estimates* but name nobody (-ed and -ing forms only: the tagger
    // calls some plural nouns verbs, *polls/VERB show*).
    // (*those surveyed said*, *voters polled*: a participle after its noun still names them.)
    const before = tokens[match.first - 1]
    if (match.last - match.first === 1 && tokens[match.first].pos === 'VERB' && /(?:ed|ing)$/.test(tokens[match.first].normal) &&
      !(before !== undefined && (before.normal === 'those' || HEAD_TAGS.has(before.pos)))) continue
    // (*Open-source analysts*, *multi-source reporting*: the second half of a hyphenated word modifies; it names nobody.)
    if (before?.normal === '-' && before.start === tokens[match.first - 2]?.end && before.end === tokens[match.first].start) continue
    // (*a George Washington University grad*: a capital inside a longer name is no government.)
    if (match.compiled.entry.sourceType === 'official' && match.last - match.first === 1 && PLACE_NAMES.test(tokens[match.first].normal) && before?.pos === 'PROPN' &&
      tokens[match.last]?.pos === 'PROPN' && before.sentence === tokens[match.first].sentence) continue
    for (let i = match.first; i < match.last; i++) (index.covering[i] ??= []).push(match)
    const ending = index.endingAt.get(match.last)
    if (ending === undefined) index.endingAt.set(match.last, [match])
    else ending.push(match)
    // (*“I've heard from many sources that …,” Brown said*: sourcing inside a quotation is the speaker's, not this source's.)
    if (match.compiled.entry.sourceType === 'anonymous' && insideQuote[match.first] === undefined) {
      const sentence = tokens[match.first].sentence
      const at = index.anonymityAt.get(sentence)
      if (at === undefined) index.anonymityAt.set(sentence, [match])
      else at.push(match)
    }
  }
  return index
}

function anyMarked (marks: Uint8Array, first: number, last: number): boolean {
  // A loop, not subarray().includes(): a view object per call adds up over every cue.
  for (let i = first; i < last; i++) if (marks[i] === 1) return true
  return false
}

interface QuoteIndex {
  byOpen: Map<number, QuoteRegion>
  byClose: Map<number, QuoteRegion>
  /** For each token, the region it lies inside (marks excluded), or undefined. */
  inside: Array<QuoteRegion | undefined>
}

function indexQuotes (quotes: QuoteRegion[], tokenCount: number): QuoteIndex {
  const index: QuoteIndex = { byOpen: new Map(), byClose: new Map(), inside: new Array(tokenCount) }
  for (const region of quotes) {
    if (!index.byOpen.has(region.open)) index.byOpen.set(region.open, region)
    if (!index.byClose.has(region.close)) index.byClose.set(region.close, region)
    for (let i = region.open + 1; i < Math.min(region.close, tokenCount); i++) index.inside[i] = region
  }
  return index
}

/** The first quote region whose mark (by opening or closing mark) sits at a token in [from, to]. */
function quoteMarkIn (marks: Map<number, QuoteRegion>, from: number, to: number): QuoteRegion | undefined {
  for (let i = from; i <= to; i++) {
    const region = marks.get(i)
    if (region !== undefined) return region
  }
  return undefined
}

const quoteOpeningIn = (context: SentenceContext, from: number, to: number): QuoteRegion | undefined => quoteMarkIn(context.quoteIndex.byOpen, from, to)
const quoteClosingIn = (context: SentenceContext, from: number, to: number): QuoteRegion | undefined => quoteMarkIn(context.quoteIndex.byClose, from, to)

/** The earliest quote region closing before `index` with only punctuation between its mark and `index`. */
function quoteClosingJustBefore (context: SentenceContext, index: number, lowest = 0): QuoteRegion | undefined {
  const { tokens } = context
  let found: QuoteRegion | undefined
  for (let i = index - 1; i >= Math.max(lowest, 0); i--) {
    const region = context.quoteIndex.byClose.get(i)
    if (region !== undefined && !isScareQuote(tokens, region)) found = region
    if (tokens[i].pos !== 'PUNCT') break
  }
  return found
}

/** Tokens [first, last) as a source span with the type and actor `classify` gave (the actor left out when there is none). */
function typedSpan (context: SentenceContext, first: number, last: number, { type, actor }: { type: SourceType, actor?: string }): SourceSpan {
  const span: SourceSpan = { ...spanOf(context.text, context.tokens, first, last), type }
  if (actor !== undefined) span.actor = actor
  return span
}

function spanOf (text: string, tokens: Token[], first: number, last: number): Span {
  const start = tokens[first].start
  const end = tokens[last - 1].end
  return { start, end, text: text.slice(start, end) }
}

function isPhrasePreposition (tokens: Token[], i: number, lowest: number, highest: number): boolean {
  const token = tokens[i]
  if (!PHRASE_PREPOSITIONS.has(token.normal) || token.pos !== 'ADP') return false
  const before = tokens[i - 1]
  const after = tokens[i + 1]
  // *said Mayor Don Guardian in a telephone interview*, *… on Sunday*, *… on Twitter*: when and
  // where something was said is not part of who said it.
  if ((token.normal === 'in' || token.normal === 'on') && saysWhenOrWhere(tokens, i + 1, highest)) return false
  return i - 1 >= lowest && i + 1 < highest && before !== undefined && after !== undefined &&
    (before.pos === 'NOUN' || before.pos === 'PROPN' || isPercentSign(before) || ANONYMITY_ADJECTIVES.has(before.normal) || (before.pos === 'NUM' && token.normal === 'of') ||
      // (*Some in Washington say*, *many in Moscow*, *those at the ministry*: people where they are.)
      ((PEOPLE_QUANTIFIERS.has(before.normal) || before.normal === 'those') && (token.normal === 'in' || token.normal === 'at' || token.normal === 'within')) ||
      isReducedRelative(tokens, i - 1, lowest)) &&
    (NOUN_PHRASE_TAGS.has(after.pos) || (after.pos === 'ADV' && tokens[i + 2]?.pos === 'NUM'))
}

const MEDIA_OF_SPEECH = new Set(['twitter', 'facebook', 'instagram', 'television', 'tv', 'radio', 'call', 'conversation', 'appearance', 'remarks', 'message'])
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'])
const MAX_PP_OBJECT = 5

/** Whether the object of a preposition starting at `first` is a time or the medium of a statement. */
function saysWhenOrWhere (tokens: Token[], first: number, highest: number): boolean {
  for (let i = first; i < Math.min(highest, first + MAX_PP_OBJECT); i++) {
    const token = tokens[i]
    if (!NOUN_PHRASE_TAGS.has(token.pos) && token.pos !== 'NUM') return false
    if (WEEKDAYS.has(token.normal) || (MONTHS.has(token.normal) && token.pos === 'PROPN') || TIME_NOUNS.has(token.lemma) ||
      DOCUMENT_NOUNS.has(token.lemma) || MEDIA_OF_SPEECH.has(token.normal)) return true
  }
  return false
}

function isPhraseToken (tokens: Token[], i: number, lowest: number, highest: number): boolean {
  const token = tokens[i]
  // *the bill that senators said*: after a noun, *that* (to the tagger often a determiner) opens a relative clause.
  if ((token.normal === 'that' || token.normal === 'which') && i - 1 >= lowest && HEAD_TAGS.has(tokens[i - 1].pos)) return false
  // *That official said*, *those analysts*: the tagger's pronoun is a determiner before a noun —
  // unless it follows a noun, where *that* opens a relative clause (*the plan that aides said*).
  if (token.pos === 'PRON' && DEMONSTRATIVES.has(token.normal) && i + 1 < highest && (tokens[i + 1].pos === 'NOUN' || tokens[i + 1].pos === 'ADJ') &&
    !(i - 1 >= lowest && HEAD_TAGS.has(tokens[i - 1].pos))) return true
  // (*what multiple lawmakers called “fraud”*: the tagger's determiner *what* opens a free relative.)
  if (token.normal === 'what' || token.normal === 'whatever') return false
  // (*the inspector general*, *the Directorate General of Shipping*: a title's post-nominal *general*.)
  if (token.normal === 'general' && i - 1 >= lowest && (tokens[i - 1].pos === 'NOUN' || tokens[i - 1].pos === 'PROPN')) return true
  if (NOUN_PHRASE_TAGS.has(token.pos)) return !NON_SOURCE_PRONOUNS.has(token.normal) || token.pos !== 'PRON'
  // (*40% of voters*: the tagger's symbol is the noun *percent*.)
  if (token.normal === "'s" || token.normal === '-' || isPercentSign(token)) return true
  // *a right-wing group*, *a well-known analyst*: any word joined to a hyphen is part of the compound.
  const joinedToHyphen = (tokens[i + 1]?.normal === '-' && tokens[i + 1].start === token.end) || (tokens[i - 1]?.normal === '-' && tokens[i - 1].end === token.start)
  if (joinedToHyphen && token.isWord) return true
  // *Cruz's thinking*: after a possessive the tagger's verb is a noun.
  if (token.pos === 'VERB' && tokens[i - 1]?.normal === "'s" && i - 1 > lowest) return true
  // *An EU diplomat involved in the negotiations*, *an officer deployed nearby*: a participle after its noun.
  if (isReducedRelative(tokens, i, lowest) && i + 1 < highest) return true
  // *sources close to*, *people familiar with the matter*, *a person aware of*: anonymous sourcing keeps its phrase.
  if (ANONYMITY_ADJECTIVES.has(token.normal) && (tokens[i + 1]?.normal === 'to' || tokens[i + 1]?.normal === 'with' || tokens[i + 1]?.normal === 'of')) return true
  if (token.normal === 'close') return true
  // *The employee of nearly four years*, *a group of about 300 people*.
  if (token.pos === 'ADV' && tokens[i + 1]?.pos === 'NUM' && tokens[i - 1]?.pos === 'ADP' && i - 1 >= lowest && i + 1 < highest) return true
  if (token.pos === 'CCONJ' && token.normal === 'and') {
    return tokens[i - 1]?.pos === 'PROPN' && (tokens[i + 1]?.pos === 'PROPN' || joinsNameAndItsPeople(tokens, i))
  }
  // (*Witold Bańka*, *Zieliński*: wink cuts a word at a letter it does not know, *ba ń ka*; the
  // pieces, with no space between them, are one word of the name.)
  if (token.pos === 'X' && /^\p{L}+$/u.test(token.normal) && tokens[i - 1]?.end === token.start && tokens[i + 1]?.start === token.end) return true
  // (*Barrow & Finch*, *Procter & Gamble*: an ampersand joins one firm's name.)
  if (token.normal === '&') return tokens[i - 1]?.pos === 'PROPN' && tokens[i + 1]?.pos === 'PROPN'
  // *one unaligned Florida strategist*, *the retired general*: a participle used as an adjective.
  // (*a New York-based newspaper*, *the state-run channel*: a hyphenated compound.)
  // (*a Washington think tank analyst*: a compound noun whose first word the tagger calls a verb.)
  if (isThinkTank(tokens, i)) return true
  if (token.pos === 'VERB' && i + 1 < highest && NOUN_PHRASE_TAGS.has(tokens[i + 1].pos) && tokens[i + 1].pos !== 'PRON' &&
    ((token.normal.endsWith('ed') && (tokens[i - 1]?.pos === 'DET' || tokens[i - 1]?.pos === 'NUM' || tokens[i - 1]?.pos === 'ADJ' || adverbAfterDeterminer(tokens, i - 1))) ||
      tokens[i - 1]?.normal === '-')) return true
  // (*One widely shared post asks*: the adverb of a participle used as an adjective.)
  if (token.pos === 'ADV' && adverbAfterDeterminer(tokens, i) && tokens[i + 1].normal.endsWith('ed') && i + 2 < highest && NOUN_PHRASE_TAGS.has(tokens[i + 2].pos) && tokens[i + 2].pos !== 'PRON') return true
  return isPhrasePreposition(tokens, i, lowest, highest)
}

/** An adverb between a determiner and a participle (*a widely shared post*, *one heavily edited clip*). */
const adverbAfterDeterminer = (tokens: Token[], i: number): boolean => tokens[i]?.pos === 'ADV' && tokens[i].normal.endsWith('ly') &&
  (tokens[i - 1]?.pos === 'DET' || tokens[i - 1]?.pos === 'NUM') && tokens[i + 1]?.pos === 'VERB'

const PLACE_ADVERBS = new Set(['nearby', 'abroad', 'there', 'locally', 'overseas'])
/**
 * Participles that describe a source after its noun (*a diplomat involved in the talks*), not a
 * main verb after its subject (*The messages appeared on email chains*): a closed list.
 */
const SOURCE_PARTICIPLES = new Set(['involved', 'based', 'stationed', 'deployed', 'posted', 'briefed', 'tasked', 'assigned', 'employed',
  'affiliated', 'associated', 'linked', 'aligned', 'allied', 'embedded', 'interviewed', 'contacted', 'quoted', 'cited', 'surveyed', 'polled',
  'detained', 'displaced', 'wounded', 'injured', 'evacuated', 'trapped', 'sheltering'])

/** A source participle right after a noun, with a place or a preposition after it: *involved in*, *based in*, *deployed nearby*. */
function isReducedRelative (tokens: Token[], i: number, lowest: number): boolean {
  const token = tokens[i]
  const next = tokens[i + 1]
  return token !== undefined && SOURCE_PARTICIPLES.has(token.normal) && i - 1 >= lowest && HEAD_TAGS.has(tokens[i - 1].pos) &&
    next !== undefined && ((next.pos === 'ADP' && next.normal !== 'by') || PLACE_ADVERBS.has(next.normal))
}

/** Adjectives of anonymous sourcing that keep their phrase: *sources close to*, *people familiar with*, *a person aware of*. */
const ANONYMITY_ADJECTIVES = new Set(['close', 'familiar', 'aware'])

/** *think tank*, *think-tank* (three tokens to wink). */
const isThinkTank = (tokens: Token[], i: number): boolean => tokens[i].lemma === 'think' &&
  (tokens[i + 1]?.lemma === 'tank' || (tokens[i + 1]?.normal === '-' && tokens[i + 2]?.lemma === 'tank'))

/** Quantifiers that can be the whole subject of a reporting verb (*Many said*, *One in three said*). */
const FLOATING_QUANTIFIERS = new Set(['all', 'both', 'each'])
const PEOPLE_QUANTIFIERS = new Set(['some', 'many', 'others', 'several', 'most', 'few', 'both', 'all', 'another'])
const QUANTIFIER_SUBJECTS = new Set(['many', 'some', 'most', 'others', 'several', 'few', 'both', 'all', 'half', 'majority', 'minority', 'another'])

const ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'last', 'latter', 'former'])

function quantifierSubject (tokens: Token[], left: number, sentence: Sentence): [number, number] | undefined {
  const last = tokens[left - 1]
  if (last === undefined || left - 1 < sentence.firstToken) return undefined
  if (QUANTIFIER_SUBJECTS.has(last.normal)) return [left - 1, left]
  // (*Two diplomats attended. One said …*: one of the people just named, opening its sentence.)
  if (last.normal === 'one' && left - 1 === sentence.firstToken) return [left - 1, left]
  // (*The report identifies four narratives. A second claimed …*, *The first portrayed …*: one of
  // the things or people just listed, opening its sentence.)
  // (The tagger's adverb *second* has been stepped over with the verb's adverbs.)
  if (ARTICLES.has(last.normal) && left - 1 === sentence.firstToken && ORDINALS.has(tokens[left]?.normal ?? '') && tokens[left].pos === 'ADV') return [left - 1, left + 1]
  if (ORDINALS.has(last.normal) && left - 2 === sentence.firstToken && ARTICLES.has(tokens[left - 2].normal)) return [left - 2, left]
  // *One in three*, *two of five*, *all but two*.
  if (last.pos === 'NUM' && (tokens[left - 2]?.normal === 'in' || tokens[left - 2]?.normal === 'of') && tokens[left - 3]?.pos === 'NUM' && left - 3 >= sentence.firstToken) return [left - 3, left]
  if (last.pos === 'NUM' && tokens[left - 2]?.normal === 'but' && tokens[left - 3]?.normal === 'all' && left - 3 >= sentence.firstToken) return [left - 3, left]
  return undefined
}

/** *Mr. Autor and his colleagues found*, *Clinton and her aides said*: the *and* at `i` joins a name and the people of that name. */
function joinsNameAndItsPeople (tokens: Token[], i: number): boolean {
  return tokens[i].normal === 'and' && tokens[i - 1]?.pos === 'PROPN' && POSSESSIVE_PRONOUNS.has(tokens[i + 1]?.normal ?? '') && tokens[i + 2]?.pos === 'NOUN'
}

/** *33%*: a percent sign after a number is the head of a noun phrase, as *percent* is. */
function isPercentSign (token: Token): boolean {
  return token.normal === '%' && token.pos === 'SYM'
}

const HONORIFICS = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'mr', 'mrs', 'ms', 'dr'])
const MAX_PHRASE_TOKENS = 40

/** The noun phrase ending at `last - 1`, scanning left no further than `lowest`; [first, last) or undefined. */
function phraseEndingAt (tokens: Token[], last: number, lowest: number, highest: number, skippedSetting = false): [number, number] | undefined {
  let first = last
  // Bounded: no source is this long, and an unbounded walk per cue is quadratic on hostile text
  // (*Putin reports Putin reports …* for 280 KB took 9.7 s).
  const floor = Math.max(lowest, last - MAX_PHRASE_TOKENS)
  while (first - 1 >= floor && isPhraseToken(tokens, first - 1, lowest, highest)) first--
  // *Comey in June criticized*, *four voters in a Times poll said*: the phrase before when or where it was said.
  const preposition = tokens[first - 1]
  // (Once: *in June in June in …* must not recurse through a hostile run.)
  if (!skippedSetting && first - 1 > lowest && (preposition.normal === 'in' || preposition.normal === 'on') && preposition.pos === 'ADP' &&
    saysWhenOrWhere(tokens, first, last) && isPhraseToken(tokens, first - 2, lowest, highest)) {
    return phraseEndingAt(tokens, first - 1, lowest, highest, true)
  }
  while (first < last && (tokens[first].pos === 'ADP' || tokens[first].pos === 'CCONJ' || tokens[first].normal === "'s" || tokens[first].normal === '-')) first++
  // *a campaign Mr. Khan has called bigoted*: an honorific right after a common noun opens the
  // subject of a relative clause without *that*, not part of the noun's phrase.
  // (*the nine different times Sanders has laid out*: a plural common noun before a name, likewise.)
  for (let i = last - 1; i > first; i--) {
    const before = tokens[i - 1]
    // (*a charge New Delhi has denied*: a claim noun before a name, likewise.)
    if (before.pos === 'NOUN' && (HONORIFICS.has(tokens[i].normal) || (tokens[i].pos === 'PROPN' && ((before.normal !== before.lemma && TIME_NOUNS.has(before.lemma)) || CLAIM_NOUNS.has(before.lemma))))) { first = i; break }
  }
  // *Last week Stumpf …*: a time phrase opening the sentence is not part of the subject.
  if (last - first > 2 && TIME_DETERMINERS.has(tokens[first].normal) && TIME_NOUNS.has(tokens[first + 1].lemma)) first += 2
  // (*In September 2022 Russia declared*: the year ends the time phrase before the name.)
  if (last - first > 2 && MONTHS.has(tokens[first].normal) && YEAR.test(tokens[first + 1].normal)) first++
  if (last - first > 1 && YEAR.test(tokens[first].normal) && tokens[first + 1].pos === 'PROPN') first++
  const head = tokens[last - 1]
  if (first >= last || !(HEAD_TAGS.has(head.pos) || ROLE_WORDS_TAGGED_ADJECTIVE.has(head.normal) || isPercentSign(head) || (head.pos === 'VERB' && tokens[last - 2]?.normal === "'s"))) return undefined
  // *At her weekly briefing she accused*: after a setting that opens the sentence, a subject
  // pronoun is a phrase of its own (not *companies he bashed*, a relative clause).
  if (last - first > 1 && SUBJECT_PRONOUNS.has(head.normal) && head.pos === 'PRON' && tokens[first - 1]?.pos === 'ADP' && first - 1 === lowest) return [last - 1, last]
  return [first, last]
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i'])
const YEAR = /^(?:1[89]|20)\d\d$/

/** The noun phrase starting at `first`, scanning right to `highest`; [first, last) or undefined. */
function phraseStartingAt (tokens: Token[], first: number, highest: number): [number, number] | undefined {
  let last = first
  const ceiling = Math.min(highest, first + MAX_PHRASE_TOKENS)
  while (last < ceiling && isPhraseToken(tokens, last, first, highest)) {
    // A determiner after a noun starts the next phrase: *told reporters | the talks*.
    if (last > first && tokens[last].pos === 'DET' && HEAD_TAGS.has(tokens[last - 1].pos)) break
    last++
  }
  // A hyphenated compound can end in an adjective and still name someone (*the 46-year-old*).
  const compoundEnd = (i: number): boolean => tokens[i].pos === 'ADJ' && tokens[i - 1]?.normal === '-'
  // (*the inspector general*: a title's post-nominal *general* ends the phrase.)
  const titleEnd = (i: number): boolean => tokens[i].normal === 'general' && i > first && HEAD_TAGS.has(tokens[i - 1].pos)
  while (last > first && !HEAD_TAGS.has(tokens[last - 1].pos) && !compoundEnd(last - 1) && !isPercentSign(tokens[last - 1]) && !titleEnd(last - 1)) last--
  return last > first ? [first, last] : undefined
}

/** Whether a lexicon source (*ministry*, *poll*, *the Kremlin*) lies within tokens [first, last). */
function overlapsSource (context: SentenceContext, first: number, last: number): boolean {
  for (let i = first; i < last; i++) if (context.sourceIndex.covering[i] !== undefined) return true
  return false
}

/** The index of the first preposition in [first, last), or `last`. */
function firstPrepositionIn (tokens: Token[], first: number, last: number): number {
  for (let i = first; i < last; i++) if (tokens[i].pos === 'ADP') return i
  return last
}


interface Found {
  cue: [number, number]
  source: [number, number]
  content?: [number, number] | { start: number, end: number }
  entry: string
  /** A sentence-opening *It*: an attribution only if an earlier organisation or document is what it refers to. */
  needsReferent?: boolean
}

/** Words after which a cited noun phrase goes on about something else (*a debt that …*, *purchases of …*). */
const CITED_HEAD_ENDS = new Set(['that', 'which', 'who', 'of', 'over', 'about', 'for', 'with'])

/** The head of a cited noun phrase, before its relative clause or prepositional phrase. */
function citedHead (tokens: Token[], source: [number, number]): [number, number] {
  for (let i = source[0] + 1; i < source[1]; i++) if (CITED_HEAD_ENDS.has(tokens[i].normal)) return [source[0], i]
  return source
}

/** Who may be cited without a name (*citing officials*, *quoting witnesses*). */
const PEOPLE_NOUNS_AFTER_CITING = new Set(['official', 'source', 'witness', 'resident', 'person', 'people', 'expert', 'analyst', 'diplomat', 'aide', 'report', 'document', 'data', 'figure', 'estimate', 'statistic', 'record', 'study', 'survey', 'poll'])
const MAX_COMMENT_TOKENS = 30
const CLAIM_NOUNS = new Set(['claim', 'assertion', 'allegation', 'accusation', 'charge', 'contention',
  // (*…", a phrase Moscow has used to refer to …*: the narrator's gloss on the words.)
  'phrase', 'term', 'euphemism', 'formulation', 'reference'])
const ANONYMITY_REQUESTS = new Set(['ask', 'request', 'decline', 'refuse', 'wish', 'want'])
/** Plural source nouns without an *s* (*commerce ministry data show*). */
const PLURAL_WITHOUT_S = new Set(['data', 'media', 'people', 'police'])
/** A plural form: ending in s, or one of the plurals without it (*data*). */
const isPluralForm = (token: Token): boolean => token.normal.endsWith('s') || PLURAL_WITHOUT_S.has(token.normal)

/**
 * How many opening words (*that*, quotation marks) and closing marks content trimming drops at
 * most: bounded, because every cue of a sentence trims the same edges (a sentence opening with
 * thousands of *that* was quadratic).
 */
const MAX_CONTENT_TRIM = 16

function trimContent (tokens: Token[], first: number, last: number): [number, number] | undefined {
  const openingLimit = Math.min(last, first + MAX_CONTENT_TRIM)
  // (*said only that …*: the hedge on the saying is not what was said.)
  // (Not the determiner of *rejects that view*: a noun that ends the content.)
  const determinerThat = (i: number): boolean => tokens[i].normal === 'that' && tokens[i + 1]?.pos === 'NOUN' && (i + 2 >= last || tokens[i + 2].pos === 'PUNCT')
  while (first < openingLimit && ((CLAUSE_OPENERS.has(tokens[first].normal) && !determinerThat(first)) || tokens[first].isQuote || (tokens[first].normal === 'only' && tokens[first + 1]?.normal === 'that'))) first++
  // (*said on Monday the visit was off*, *said in a statement that …*: when and where it was said are not what was said.)
  const setting = settingLength(tokens, first, last)
  if (setting > 0) {
    first += setting
    while (first < openingLimit && (CLAUSE_OPENERS.has(tokens[first].normal) || tokens[first].isQuote)) first++
  }
  // *…, a claim rejected by Kyiv*: the narrator's comment on the claim closes the sentence; it is
  // not part of what the source said. (Looked for near the end only: linear on run-on text.)
  // (*… to protect Russian speakers — claims that Kyiv dismisses as a pretext*: after a dash, the
  // narrator's label needs no article.)
  for (let comma = last - 3; comma > first && comma >= last - MAX_COMMENT_TOKENS; comma--) {
    const article = tokens[comma + 1].normal === 'a' || tokens[comma + 1].normal === 'an'
    if ((tokens[comma].normal === ',' && article && CLAIM_NOUNS.has(tokens[comma + 2].lemma)) ||
      (DASHES.has(tokens[comma].normal) && CLAIM_NOUNS.has(tokens[article ? comma + 2 : comma + 1].lemma))) {
      last = comma
      break
    }
  }
  // (*Russia denied striking the market, although UN monitors found Russian fragments*: a concession
  // after a comma is the narrator's, not what was said. Looked for near the start only, as above.)
  let quoteMarks = 0
  for (let comma = first + 1; comma < Math.min(last - 1, first + MAX_CONTENT_SCAN); comma++) {
    // (*… said the talks had failed; the ministry later denied it*: a semicolon outside a quotation ends what was said.)
    if (tokens[comma - 1].isQuote) quoteMarks++
    if (tokens[comma].normal === ';' && quoteMarks % 2 === 0 && !tokens[first].isQuote) {
      last = comma
      break
    }
    // (Not the adverb, *In all, though, the justices …*; *…, without giving figures*: how the source spoke, the narrator's.)
    if (tokens[comma].normal === ',' && ((CONCESSIONS.has(tokens[comma + 1].normal) && tokens[comma + 2]?.normal !== ',') ||
      (tokens[comma + 1].normal === 'without' && tokens[comma + 2]?.normal.endsWith('ing') === true))) {
      last = comma
      break
    }
    // (*denied targeting civilians, despite mounting evidence to the contrary*: a closing *despite* phrase, with no comma after it.)
    if (tokens[comma].normal === ',' && tokens[comma + 1].normal === 'despite' && !tokens.slice(comma + 2, Math.min(last, comma + MAX_CONTENT_SCAN)).some((token) => token.normal === ',')) {
      last = comma
      break
    }
  }
  // *repeated the claim without providing evidence*: after an object with no verb of its own, a
  // *without …ing* says how the source spoke; it is the narrator's, not what was said.
  for (let i = first; i < Math.min(last - 1, first + MAX_OBJECT_TOKENS); i++) {
    if (tokens[i].pos === 'VERB' || tokens[i].pos === 'AUX' || tokens[i].isQuote) break
    if (tokens[i].normal === 'without' && tokens[i + 1].normal.endsWith('ing') && i > first) {
      last = i
      break
    }
  }
  const closingLimit = Math.max(first, last - MAX_CONTENT_TRIM)
  while (last > closingLimit && (tokens[last - 1].pos === 'PUNCT' || tokens[last - 1].isQuote)) last--
  return last > first ? [first, last] : undefined
}
/** What can *show* something: records, data and media, not the people or states who act. */
const SHOWING_THINGS = new Set(['poll', 'survey', 'study', 'report', 'data', 'datum', 'figure', 'record', 'document', 'analysis', 'research', 'footage', 'video',
  'image', 'photo', 'photograph', 'picture', 'evidence', 'statistic', 'estimate', 'result', 'test', 'audit', 'investigation', 'email', 'e-mail', 'memo',
  'filing', 'map', 'chart', 'graph', 'number', 'count', 'tally', 'census', 'model', 'projection', 'forecast', 'review', 'assessment', 'list', 'log',
  'transcript', 'recording', 'tape', 'clip', 'post', 'tweet', 'message', 'letter', 'cable', 'paper', 'sample', 'trial', 'experiment', 'index', 'release',
  'return', 'database', 'archive', 'scan', 'satellite', 'exit', 'tracking', 'finding', 'timeline', 'graphic', 'screenshot'])

const REPLYING = new Set(['respond', 'reply', 'answer', 'counter', 'react', 'retort'])
/** What a reply *with* something says: *responded with a statement*, *replied with a tweet*. */
const SPOKEN_THINGS = new Set(['statement', 'remark', 'comment', 'word', 'letter', 'tweet', 'post', 'question', 'quote', 'joke', 'denial', 'message',
  'claim', 'accusation', 'warning', 'threat', 'speech', 'note', 'video', 'rebuttal', 'retort', 'insult', 'jibe', 'quip', 'explanation', 'argument', 'assurance'])

/** Words between *spent* and the time spent (*much of the morning*, *most of the day*). */
const SPENT_SHARES = new Set(['much', 'most', 'all', 'part', 'half', 'of', 'the', 'a', 'an', 'several', 'many', 'two', 'three'])

/** How far into its sentence the verb of an opening *As X notes,* may stand. */
const MAX_AS_CLAUSE = 8

/** Conjunctions of a concession the narrator adds after a statement's comma. */
const CONCESSIONS = new Set(['although', 'though', 'whereas'])
const SETTING_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'this', 'that'])

/**
 * How many tokens at `first` say when or in what a statement was made, before a clause: *on
 * Monday*, *last week*, *on Monday night*, *in a statement*, *in an interview with TASS*. 0 if none,
 * or if nothing like a clause follows (*said in a statement* alone).
 */
function settingLength (tokens: Token[], first: number, last: number): number {
  let end = first
  const word = tokens[first]?.normal
  if ((word === 'on' || word === 'late' || word === 'early') && WEEKDAYS.has(tokens[first + 1]?.normal ?? '')) end = first + 2
  else if (WEEKDAYS.has(word ?? '')) end = first + 1
  else if ((word === 'last' || word === 'this' || word === 'earlier' || word === 'later') && TIME_NOUNS.has(tokens[first + 1]?.normal ?? '')) end = first + 2
  else if (word === 'in' && SETTING_DETERMINERS.has(tokens[first + 1]?.normal ?? '')) {
    let k = first + 2
    // (*in an emailed/VERB statement*: a participle before the medium is its adjective.)
    while (k < Math.min(last, first + 5) && (tokens[k].pos === 'ADJ' || (tokens[k].pos === 'VERB' && tokens[k].normal.endsWith('ed')))) k++
    if (MEDIA_NOUNS.has(tokens[k]?.lemma ?? '')) end = k + 1
  }
  if (end === first) return 0
  // (*on Monday night*, *in an interview with TASS*.)
  if (TIME_NOUNS.has(tokens[end]?.normal ?? '')) end++
  if ((tokens[end]?.normal === 'with' || tokens[end]?.normal === 'to' || tokens[end]?.normal === 'on') && tokens[end + 1]?.pos === 'PROPN') {
    end += 2
    while (end < last && tokens[end].pos === 'PROPN') end++
  }
  // (Not *said Sunday night's debate was …*, and not *in a statement about the talks*: no clause follows.)
  const next = tokens[end]
  if (next === undefined || end >= last - 1 || next.normal === "'s" || next.pos === 'ADP' || (next.pos === 'PUNCT' && next.normal !== ',')) return 0
  return end - first
}

/** Participles that say where a thing that speaks was spread (*a video shared on Telegram*, *a post circulated on X*). */
const SPREAD_PARTICIPLES = new Set(['shared', 'posted', 'published', 'circulated', 'viewed', 'uploaded', 'broadcast', 'aired', 'distributed', 'spread', 'retweeted', 'forwarded'])
/** How far back from the name a participle may stand (*shared more than 200,000 times on Telegram*). */
const MAX_SPREAD_PHRASE = 8

/**
 * When [first, …) is the place where the noun phrase opening the sentence was spread (*A post
 * shared widely on X claims …*), the index of the participle after that phrase; -1 otherwise.
 */
function spreadParticipleBefore (tokens: Token[], first: number, sentence: Sentence): number {
  // (*A video shared thousands of times on Telegram*: the phrase found may start right after the participle.)
  const start = SPREAD_PARTICIPLES.has(tokens[first - 1]?.normal ?? '') ? first + 1 : first
  if (tokens[start - 1] === undefined || (tokens[start - 1].pos !== 'ADP' && start === first)) return -1
  for (let i = start - 2; i > sentence.firstToken && i >= start - MAX_SPREAD_PHRASE; i--) {
    if (SPREAD_PARTICIPLES.has(tokens[i].normal)) {
      // (Measured before it is copied: a long sentence of such cues copied itself once per cue.)
      if (i - sentence.firstToken > MAX_LIST_MEMBER) return -1
      const head = tokens.slice(sentence.firstToken, i)
      return head.length <= MAX_LIST_MEMBER && head.every((token) => NOUN_PHRASE_TAGS.has(token.pos)) && head.some((token) => token.pos === 'NOUN' || token.pos === 'PROPN') ? i : -1
    }
    if (tokens[i].pos === 'VERB' || tokens[i].pos === 'AUX' || tokens[i].normal === ',') return -1
  }
  return -1
}

/** How many words one member of a list of sources may have (*the European Union*). */
const MAX_LIST_MEMBER = 5

/**
 * Where a list of names that opens the sentence starts, when [first, last) is its last member or
 * its last members joined by *and* (*The EU, Britain and Canada*, *Kyiv and its Western allies*);
 * `first` when the source is not the end of such a list.
 */
function listOpeningSentence (tokens: Token[], first: number, last: number, sentence: Sentence, pluralVerb = false): number {
  const joined = tokens[first - 1]?.normal === 'and' || tokens[first - 1]?.normal === 'or'
  if (!joined && tokens[first - 1]?.normal !== ',') return first
  // (*Xi, Putin pledge to …*: a headline joins two names with a comma alone; the plural verb says it is a list.)
  // (Scanned without copying, and stopping at the first word that is no name: a run-on sentence of thousands of cues stays linear.)
  const allNames = (from: number, to: number): boolean => {
    for (let i = from; i < to; i++) if (tokens[i].pos !== 'PROPN') return false
    return true
  }
  if (pluralVerb && tokens[first - 1]?.normal === ',' && first - 2 >= sentence.firstToken && allNames(first, last) && allNames(sentence.firstToken, first - 1)) return sentence.firstToken
  if (!joined && !tokens.slice(first, last).some((token) => token.normal === 'and' || token.normal === 'or')) return first
  let start = first
  let separator = first - 1
  while (separator > sentence.firstToken && (tokens[separator].normal === ',' || tokens[separator].normal === 'and' || tokens[separator].normal === 'or')) {
    let member = separator
    while (member > sentence.firstToken && separator - member < MAX_LIST_MEMBER && NOUN_PHRASE_TAGS.has(tokens[member - 1].pos) && tokens[member - 1].normal !== ',') member--
    if (member === separator || !tokens.slice(member, separator).some((token) => token.pos === 'PROPN' || token.pos === 'NOUN')) return first
    start = member
    separator = member - 1
  }
  // (*Officials from Moscow, Kyiv and Washington said*: the list is the object of the opening head's preposition.)
  const preposition = start - 1
  if (start !== first && preposition > sentence.firstToken && LIST_HEAD_PREPOSITIONS.has(tokens[preposition].normal)) {
    let head = preposition
    while (head > sentence.firstToken && preposition - head < MAX_LIST_MEMBER && NOUN_PHRASE_TAGS.has(tokens[head - 1].pos)) head--
    if (head === sentence.firstToken && tokens.slice(head, preposition).some((token) => token.pos === 'NOUN' || token.pos === 'PROPN')) return head
  }
  return start === sentence.firstToken ? start : first
}

const LIST_HEAD_PREPOSITIONS = new Set(['from', 'of', 'in', 'at'])

/** Where the subject starts after a short opening adverbial and its comma (*Later,*, *On Monday,*, *In Moscow,*); `first` if none. */
function afterOpeningAdverbial (tokens: Token[], first: number, last: number): number {
  if (tokens[first] === undefined || (tokens[first].pos !== 'ADV' && tokens[first].pos !== 'ADP')) return first
  for (let i = first + 1; i < Math.min(last, first + MAX_OPENING_ADVERBIAL); i++) {
    if (tokens[i].normal === ',') return i + 1
    if (!NOUN_PHRASE_TAGS.has(tokens[i].pos) && tokens[i].pos !== 'ADP' && tokens[i].pos !== 'ADV') return first
  }
  return first
}

/** How long an adverbial opening a sentence before its *it* may be (*In a written reply to questions, it said*). */
const MAX_OPENING_ADVERBIAL = 8

/** How far into a content an object without a verb of its own is looked at (see trimContent). */
const MAX_OBJECT_TOKENS = 12

/**
 * *“We will win,” he said, “and we will rebuild.”*: a quotation resumed after its tag is one
 * statement, both parts. The tag may carry an aside first (*said Meera Raghavan, who teaches at
 * JNU, “but …”*, *she said, sitting in her kitchen, “and …”*, *he said, referring to the tax, “and …”*), as long as it reports
 * nothing itself.
 */
function splitQuote (context: SentenceContext, quoteBefore: QuoteRegion | undefined, tagEnd: number): { start: number, end: number } | undefined {
  const { tokens } = context
  if (quoteBefore === undefined || tokens[tagEnd]?.normal !== ',') return undefined
  const resumed = quoteOpeningIn(context, tagEnd + 1, tagEnd + 2)
  if (resumed !== undefined) return { start: quoteBefore.start, end: resumed.end }
  const sentence = tokens[tagEnd].sentence
  const limit = Math.min(tokens.length, tagEnd + MAX_TAG_ASIDE)
  for (let i = tagEnd + 1; i < limit && tokens[i].sentence === sentence; i++) {
    const token = tokens[i]
    if (token.isQuote) {
      const aside = context.quoteIndex.byOpen.get(i)
      return aside !== undefined && tokens[i - 1].normal === ',' ? { start: quoteBefore.start, end: aside.end } : undefined
    }
    // (*said Ann Roe, referring to the tax, “but …”*: what the words were about is part of the aside.)
    if ((isSpeechVerb(token) && token.lemma !== 'refer') || context.sourceIndex.usedAsCue[i] === 1) return undefined
  }
  return undefined
}
/** How long an aside between a tag and the quotation it resumes may be. */
const MAX_TAG_ASIDE = 30

/** Words an aside between a verb and its *that* may hold (*, to their horror, that*). */
const MAX_ASIDE_BEFORE_THAT = 5
/** Where the *that* closing a comma-bounded aside that starts at `from` stands, or -1. */
function thatAfterAside (tokens: Token[], from: number, sentence: Sentence): number {
  for (let i = from; i < sentence.lastToken - 1 && i - from <= MAX_ASIDE_BEFORE_THAT; i++) {
    if (tokens[i].normal === ',' && i > from) return tokens[i + 1].normal === 'that' ? i + 1 : -1
    if (tokens[i].pos === 'VERB' || tokens[i].pos === 'AUX' || tokens[i].isQuote) return -1
  }
  return -1
}

/**
 * *The sanctions, the minister said, would hurt Europe*, *It is not a war of aggression, he
 * insisted, but a necessary response*: a tag set off by commas inside a statement; the content is
 * the whole statement, tag included, as one span can only be. Not when what follows the tag is
 * another act (*…, he said, adding that …*) or where it was said (*…, he said, in a speech*): then
 * only the part before it.
 */
function splitStatement (context: SentenceContext, verb: Token, source: [number, number], after: number, sentence: Sentence, quoteBefore: QuoteRegion | undefined): Found['content'] {
  const { tokens } = context
  // (*…, Jaishankar told the Lok Sabha on Thursday, rejecting …*: whom and when, then the tag's comma.)
  const tagEnd = tagCommaAfter(tokens, after, sentence, verb.lemma)
  if (quoteBefore !== undefined) return splitQuote(context, quoteBefore, tagEnd ?? after)
  // (*What happened in Dnipro, as the ministry explained, was …*: an *as* opening the tag.)
  const tagOpen = tokens[source[0] - 1]?.normal === 'as' ? source[0] - 2 : source[0] - 1
  if (tagEnd === undefined || tokens[tagOpen]?.normal !== ',' || tagOpen <= sentence.firstToken) return undefined
  // (*In a statement, an official said, “We will not comment.”*: a quotation of a whole sentence
  // after the tag is the statement; what came before the tag was when or where it was made.)
  if (tokens[tagEnd + 1]?.isQuote === true && /^\p{Lu}/u.test(context.text.slice(tokens[tagEnd + 2]?.start ?? 0, tokens[tagEnd + 2]?.end ?? 0))) return undefined
  // (*That, he said, is what matters*: a demonstrative subject, not a *that* opening a clause.)
  const before = tagOpen - context.statementStart === 1 && DEMONSTRATIVES.has(tokens[tagOpen - 1].normal)
    ? [tagOpen - 1, tagOpen] as [number, number]
    : trimContent(tokens, interruptedClauseStart(tokens, context.statementStart, tagOpen, sentence), tagOpen)
  // (*…, the White House quickly realized, to their horror, that …*: an aside, then the verb's own
  // clause — no tag interrupting the words before it.)
  const asideThenClause = thatAfterAside(tokens, tagEnd + 1, sentence)
  if (asideThenClause !== -1) return trimContent(tokens, asideThenClause + 1, sentence.lastToken)
  const rest = trimContent(tokens, tagEnd + 1, sentence.lastToken)
  if (before === undefined || rest === undefined) return undefined
  const opening = tokens[rest[0]]
  const anotherAct = opening.pos === 'VERB' && opening.normal.endsWith('ing')
  const setting = opening.pos === 'ADP' && rest[1] - rest[0] <= MAX_CONTENT_SCAN && !tokens.slice(rest[0], rest[1]).some((token) => token.pos === 'VERB' || token.pos === 'AUX')
  return anotherAct || setting || whenReported(tokens, before, rest) ? before : [before[0], rest[1]]
}

/** Words that open a clause of time (*after transit ended*, *as talks resumed*). */
const TIME_SUBORDINATORS = new Set(['after', 'before', 'since', 'when', 'as', 'amid', 'until', 'while', 'following'])
/** How many words of a measure may stand before it (*three weeks after*, *just a day before*). */
const MAX_TIME_MEASURE = 4

/**
 * *Moldova has secured enough gas, its energy ministry said on Wednesday, three weeks after transit
 * ended*: after a whole clause and the tag, a clause of time says when the report was made — the
 * wire lede's shape — not the rest of the statement (*The war, he said, after years of fighting,
 * has to end*: the words before the tag are no clause, so the statement goes on).
 */
function whenReported (tokens: Token[], before: [number, number], rest: [number, number]): boolean {
  let at = rest[0]
  while (at < rest[1] && at - rest[0] < MAX_TIME_MEASURE && !TIME_SUBORDINATORS.has(tokens[at].normal) &&
    (tokens[at].pos === 'NUM' || tokens[at].pos === 'DET' || tokens[at].pos === 'ADV' || tokens[at].pos === 'NOUN')) at++
  if (at >= rest[1] || !TIME_SUBORDINATORS.has(tokens[at].normal)) return false
  // A measure of time (*three weeks*, *a day*, *hours*) before it: a bare *as* or *when* may still be
  // the speaker's (*Prices will rise, the minister said, when the subsidies end*); *amid* never is.
  if (at > rest[0] ? !TIME_UNITS.has(tokens[at - 1].lemma) : !REPORT_SETTINGS.has(tokens[at].normal)) return false
  for (let i = before[0]; i < before[1]; i++) if (tokens[i].pos === 'VERB' || tokens[i].pos === 'AUX') return true
  return false
}
const REPORT_SETTINGS = new Set(['amid', 'following'])
const TIME_UNITS = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade', 'shortly', 'soon', 'just', 'moment', 'night', 'weekend'])

/**
 * Content [first, last) trimmed, when it is a statement: a clause, a quotation or a verbless claim
 * (*US sanctions – a new phase, the minister said*), not an opening adverbial (*Already*, *In
 * March*, *Eight years ago*).
 */
/**
 * Where the clause a parenthetical tag interrupts starts: the conjunct after *, and* (*… the
 * operation was folded into the Africa Corps, and the tone, analysts say, has become …*), or the
 * noun a relative clause opens on (*drafted by Western countries that, he said, had done …*);
 * else the statement's start.
 */
function interruptedClauseStart (tokens: Token[], start: number, tagOpen: number, sentence: Sentence): number {
  if (RELATIVE_CLAUSE_WORDS.has(tokens[tagOpen - 1]?.normal ?? '') && tagOpen - 1 > start) {
    const head = phraseEndingAt(tokens, tagOpen - 1, Math.max(start, sentence.firstToken), tagOpen - 1)
    return head === undefined ? start : head[0]
  }
  let quoteMarks = 0
  for (let i = tagOpen - 2; i > start && tagOpen - i <= MAX_CONTENT_SCAN; i--) {
    if (tokens[i].isQuote) quoteMarks++
    if (quoteMarks % 2 === 0 && ((tokens[i].normal === ',' && COORDINATORS.has(tokens[i + 1].normal)) || tokens[i].normal === ';')) return tokens[i].normal === ';' ? i + 1 : i + 2
  }
  return start
}
const RELATIVE_CLAUSE_WORDS = new Set(['that', 'which', 'who'])

/**
 * Whether the source opens an *as* clause after a comma (*…, as the minister said on Monday*), with
 * words before it and nothing said after the verb `cueLast` ends (not the causal *as* of *…, as I
 * believed the progress had shown us the way*).
 */
function isAsClause (context: SentenceContext, source: [number, number], cueLast: number): boolean {
  const { tokens } = context
  const next = tokens[cueLast]
  // (Not *…, as Putin's press officer pointed out, all the arguments are false*: a parenthetical
  // *as* clause between commas introduces what follows it.)
  const saysNothingAfter = next === undefined || (next.pos === 'PUNCT' && !next.isQuote && next.normal !== ',') || SETTING_PREPOSITIONS.has(next.normal)
  return saysNothingAfter && tokens[source[0] - 1]?.normal === 'as' && tokens[source[0] - 2]?.normal === ',' && source[0] - 2 > context.statementStart
}

/**
 * The clause an *as* clause credits. A denied one is the narrator's answer, not the source's words:
 * *Multi-alignment is not fence-sitting, as some commentators like to claim* — they claim it is —
 * so no content is given rather than the narrator's denial.
 */
function claimBeforeAs (tokens: Token[], first: number, last: number): [number, number] | undefined {
  const clause = clauseBefore(tokens, first, last)
  if (clause === undefined) return undefined
  for (let i = clause[0]; i < clause[1]; i++) if (DENYING_WORDS.has(tokens[i].normal)) return undefined
  return clause
}

function clauseBefore (tokens: Token[], first: number, last: number): [number, number] | undefined {
  const content = trimContent(tokens, first, last)
  if (content === undefined) return undefined
  let hasNoun = false
  for (let i = content[0]; i < content[1]; i++) {
    const token = tokens[i]
    if (token.pos === 'VERB' || token.pos === 'AUX' || token.isQuote) return content
    hasNoun ||= token.pos === 'NOUN'
  }
  // (*Early/PROPN in his campaign*: a capitalised adverb the tagger calls a name, before a preposition.)
  return hasNoun && content[1] - content[0] >= 4 && NOUN_PHRASE_OPENERS.has(tokens[content[0]].pos) && tokens[content[0] + 1].pos !== 'ADP' ? content : undefined
}
const NOUN_PHRASE_OPENERS = new Set(['NOUN', 'PROPN', 'DET', 'PRON'])

/** *“We will stay.” He said.*: a speaker sentence with no content of its own takes the quote just before it. */
function quoteEndingBefore (context: SentenceContext, sentence: Sentence): { start: number, end: number } | undefined {
  const region = quoteClosingIn(context, sentence.firstToken - 2, sentence.firstToken - 1)
  return region === undefined ? undefined : { start: region.start, end: region.end }
}

/**
 * *India is on the side of peace. That is what the Prime Minister said.*: a statement that says
 * nothing of its own after *That/This is what* credits the sentence before.
 */
function creditDemonstrativeReference (tokens: Token[], found: Found, sentence: Sentence, previous: Sentence): void {
  const empty = found.content === undefined || (Array.isArray(found.content) && found.content[1] <= found.content[0])
  const first = sentence.firstToken
  if (!empty || !DEMONSTRATIVES.has(tokens[first]?.normal ?? '') || tokens[first + 1]?.lemma !== 'be' || tokens[first + 2]?.normal !== 'what' || found.source[0] !== first + 3) return
  let last = previous.lastToken
  while (last > previous.firstToken && tokens[last - 1].pos === 'PUNCT' && !tokens[last - 1].isQuote) last--
  if (last > previous.firstToken) found.content = [previous.firstToken, last]
}

/** Whether the tag (*she explained*, *explained Lentzos*) follows a comma after words of its own sentence. */
function tagAfterOwnWords (context: SentenceContext, cue: RawMatch, source: [number, number]): boolean {
  const tagStart = Math.min(cue.first, source[0])
  return context.tokens[tagStart - 1]?.normal === ',' && tagStart - 1 > context.statementStart && trimContent(context.tokens, context.statementStart, tagStart - 1) !== undefined
}

/** *The minister said:* followed by a quotation: the speaker's content is the quote that opens next. */
function quoteOpeningAfter (context: SentenceContext, sentence: Sentence): { start: number, end: number } | undefined {
  const { tokens } = context
  const last = tokens[sentence.lastToken - 1]
  if (last?.normal !== ':' && tokens[sentence.lastToken - 2]?.normal !== ':') return undefined
  const region = quoteOpeningIn(context, sentence.lastToken - 1, sentence.lastToken + 1)
  return region === undefined ? undefined : { start: region.start, end: region.end }
}

/**
 * Where the content of a verb inside a non-restrictive relative clause ends: at the comma that
 * closes the clause before the main verb (*The Kremlin, which has called the war a special
 * military operation, says …*); otherwise at the sentence end.
 */
function relativeClauseEnd (tokens: Token[], source: [number, number], after: number, sentence: Sentence): number {
  if (tokens[source[1]]?.normal !== ',' || !RELATIVE_PRONOUNS.has(tokens[source[1] + 1]?.normal ?? '')) return sentence.lastToken
  // Only the first comma: a later one may close an aside inside the content (*who said the two
  // men, and Mr. Cruz in particular, must do more*).
  for (let i = after; i < sentence.lastToken - 1; i++) {
    if (tokens[i].normal !== ',') continue
    // (*Western media, which claimed that …, now admit they were wrong*: the main verb past an adverb.)
    const verb = tokens[i + 1].pos === 'ADV' && i + 2 < sentence.lastToken ? tokens[i + 2] : tokens[i + 1]
    return verb.pos === 'VERB' || verb.pos === 'AUX' ? i : sentence.lastToken
  }
  return sentence.lastToken
}

/** Whether the noun phrase before `cueFirst` is a plural lexicon source followed by a post-modifier (*Polls in Iowa*). */
function pluralSourceWithModifierBefore (context: SentenceContext, cueFirst: number, sentence: Sentence): boolean {
  const phrase = phraseEndingAt(context.tokens, cueFirst, sentence.firstToken, cueFirst)
  if (phrase === undefined) return false
  const headEnd = headPhraseEnd(context.tokens, phrase[0], phrase[1])
  const head = context.tokens[headEnd - 1]
  // (*Shipping data from Kpler show India …*: *data* is plural without its s.)
  return headEnd < phrase[1] && isPluralForm(head) && context.sourceIndex.endingAt.has(headEnd)
}

/** Nouns of people by what they do (*monitors*, *investigators*, *researchers*, *inspectors*). */
const AGENT_NOUN = /(?:ors?|ers?|ists?|ians?|ants?|ents?)$/
/** Things that end like agent nouns (*the numbers explain*). */
const THINGS_LIKE_AGENTS = new Set(['number', 'paper', 'order', 'letter', 'border', 'matter', 'water', 'power', 'center', 'centre', 'chapter', 'answer', 'offer', 'event', 'moment', 'element', 'percent', 'content', 'component', 'argument', 'comment', 'statement', 'document', 'payment', 'investment', 'movement', 'agreement', 'development', 'environment', 'amount', 'account'])
/**
 * Whether a subject can report what it found or explains with only a noun phrase after the verb:
 * a name, a pronoun, a lexicon source or people by what they do at the head of its phrase — not a
 * thing whose modifier is a name (*Russian crude found new buyers*).
 */
function findsAsSource (context: SentenceContext, [first, last]: [number, number]): boolean {
  const { tokens } = context
  const headEnd = headPhraseEnd(tokens, first, last)
  const head = tokens[headEnd - 1]
  return head.pos === 'PROPN' || PERSONAL_PRONOUNS.has(head.normal) || context.sourceIndex.endingAt.has(headEnd) || (head.pos === 'NOUN' && AGENT_NOUN.test(head.normal) && !THINGS_LIKE_AGENTS.has(head.lemma))
}

/** Participles of making a text public (*an investigation reported in the FT*, *a poll published in Nature*). */
const PUBLISHING_PARTICIPLES = new Set(['reported', 'published', 'released', 'posted', 'cited', 'quoted', 'carried', 'printed', 'aired', 'broadcast', 'issued',
  'conducted', 'commissioned', 'compiled', 'prepared', 'produced', 'presented', 'submitted', 'filed', 'circulated', 'shared'])
const FINITE_AUXILIARIES = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should'])
/** Whether a preposition's noun phrase at `from` is followed at once by a finite verb with no subject of its own. */
function participleBeforeMainVerb (tokens: Token[], from: number, sentence: Sentence): boolean {
  const object = phraseStartingAt(tokens, from + 1, sentence.lastToken)
  if (object === undefined || object[0] !== from + 1 || tokens.slice(object[0], object[1]).some((token) => PERSONAL_PRONOUNS.has(token.normal))) return false
  let after = object[1]
  // (Past a link: *reported in the FT http://on.ft.com/… has revealed*.)
  while (after < sentence.lastToken && !tokens[after].isWord && tokens[after].pos !== 'PUNCT') after++
  const verb = tokens[after]
  return verb !== undefined && (FINITE_AUXILIARIES.has(verb.normal) || (verb.pos === 'VERB' && verb.normal !== verb.lemma && !verb.normal.endsWith('ing')))
}

/** Words that open a source's terms of anonymity after its noun (*who asked not to be named*, *speaking on condition of anonymity*). */
const ANONYMITY_CLAUSE_OPENERS = new Set(['who', 'speaking', 'asking', 'declining', 'requesting', 'refusing', 'on'])
const isAnonymityTerm = (match: RawMatch): boolean => match.compiled.entry.sourceType === 'anonymous'
const anonymityCovers = (context: SentenceContext, at: number): boolean => (context.sourceIndex.covering[at] ?? []).some(isAnonymityTerm)

function verbAttribution (context: SentenceContext, cue: RawMatch, sentence: Sentence): Found | undefined {
  const { tokens } = context
  const verb = tokens[cue.first]
  // wink tags some third-person forms as nouns (*Viguerie notes that*); after a named subject they are verbs.
  const previous = tokens[cue.first - 1]
  const next = tokens[cue.last]
  // *…, The Wall Street Journal reports.*: a speaker after a comma, its content before.
  // (Asked only by the two plural-noun checks below, so not computed for every cue.)
  const speakerAfterContent = (): boolean => {
    const speaker = phraseEndingAt(tokens, cue.first, sentence.firstToken, cue.first)
    return speaker !== undefined && speaker[0] - 1 > sentence.firstToken && tokens[speaker[0] - 1].normal === ','
  }
  // Where a plural subject right before the verb ends: the verb itself, or a mistagged adverb (*Polls there show*).
  const pluralSubjectEnd = previous !== undefined && ADVERBS_MISTAGGED.has(previous.normal) && cue.first - 2 >= sentence.firstToken ? cue.first - 1 : cue.first
  const taggedAsNoun = verb.pos === 'NOUN' && previous !== undefined && (
    (verb.normal.endsWith('s') && (previous.pos === 'PROPN' || previous.normal === ',' || PERSONAL_PRONOUNS.has(previous.normal)) &&
      // *Viguerie notes.* / *Viguerie notes that*, but *Western states this week*.
      // (*Trump claims the vote …*, *Putin views the West as …*: an article or a pronoun opens its object.)
      (!MOSTLY_NOUNS.has(verb.lemma) || next === undefined || next.normal === 'that' || next.normal === ':' || OBJECT_OPENERS.has(next.normal) ||
        (next.pos === 'PUNCT' && speakerAfterContent()) ||
        (next.pos === 'PUNCT' && quoteClosedEarlierIn(context, sentence, cue.first)))) ||
    // (*As Fiona Hill notes, …*, *As Stent (2023) argues, …*: an *as* clause opening the sentence, closed by a comma.)
    (verb.normal.endsWith('s') && next?.normal === ',' && tokens[sentence.firstToken].normal === 'as' && cue.first - sentence.firstToken <= MAX_AS_CLAUSE &&
      (previous.pos === 'PROPN' || previous.normal === ')')) ||
    // (*Xi, Putin pledge to oppose hegemonism*, *Modi and Biden vow to …*: a headline's present after
    // two names, with the infinitive it promises.)
    (verb.normal === verb.lemma && previous.pos === 'PROPN' && (tokens[cue.first - 2]?.normal === 'and' || tokens[cue.first - 2]?.normal === ',') &&
      tokens[cue.first - 3]?.pos === 'PROPN' && next?.normal === 'to' && tokens[cue.last + 1]?.pos === 'VERB') ||
    // *Many fear Trump will …*, *Both think …*: a base form after a quantifier opening the sentence.
    (PEOPLE_QUANTIFIERS.has(previous.normal) && cue.first - 1 === sentence.firstToken && verb.normal === verb.lemma && next?.isWord === true) ||
    // *The government claims the rebels fired first*, *the ministry says Kyiv …*: after a lexicon
    // source noun, an -s form with a clause after it (not *police reports show …*, a compound).
    (verb.normal.endsWith('s') && previous.pos === 'NOUN' && context.sourceIndex.endingAt.has(cue.first) && next !== undefined &&
      (next.normal === 'that' || clauseOpensAt(tokens, cue.last, sentence) || (next.isQuote && clauseOpensAt(tokens, cue.last + 1, sentence)))) ||
    // *…, framing it as an opportunity*: a reporting participle after a comma, with its object after it.
    isParticipleAct(context, cue.first - 1) ||
    // *statistics show that …*: a complement clause only follows a verb.
    // (*Moscow's long-standing demand that …*: after a possessor it is the noun.)
    (next !== undefined && (next.normal === 'that' || next.normal === ':') && HEAD_TAGS.has(previous.pos) && possessorBefore(tokens, cue.first, sentence) === undefined) ||
    // *Polls show …*, *records show.*: a base form right after a plural lexicon source is its verb
    // (but *the AP report* is a noun).
    // (*Polls there show …*: past a mistagged adverb.)
    (verb.normal === verb.lemma && isPluralForm(tokens[pluralSubjectEnd - 1]) && context.sourceIndex.endingAt.has(pluralSubjectEnd)) ||
    // *Polls in New Hampshire show …*, *documents from his tax return show he …*: the same after a
    // plural lexicon source with a post-modifier, when what follows can only be the verb's complement.
    (verb.normal === verb.lemma && HEAD_TAGS.has(previous.pos) && next !== undefined && (VERB_COMPLEMENT_TAGS.has(next.pos) || next.normal === 'that') &&
      pluralSourceWithModifierBefore(context, cue.first, sentence)))
  // In a title-case headline the tagger calls most words proper nouns (*Donald Trump Praises Editor*).
  const headlineVerb = verb.pos === 'PROPN' && previous?.pos === 'PROPN' && next !== undefined && next.isWord &&
    isHeadline(context.text, tokens, sentence)
  // *Ian Read said/ADJ*, *Schneiderman alleged/ADJ in the suit*: after a name or a pronoun the
  // tagger's adjective is the past tense (*the alleged plot* is not).
  // (*The defence ministry alleged/ADJ that …*: after a noun too, when a clause follows.)
  // (*The embassy informed/ADJ the ministry that …*: the person told, then the clause.)
  const addresseeThenClause = (): boolean => {
    if (!OBJECT_THEN_CLAUSE_VERBS.has(verb.lemma)) return false
    const addressee = phraseStartingAt(tokens, cue.last, sentence.lastToken)
    return addressee !== undefined && tokens[addressee[1]]?.normal === 'that'
  }
  const taggedAsAdjective = verb.pos === 'ADJ' && (verb.normal.endsWith('ed') || verb.normal === 'said') && previous !== undefined &&
    (previous.pos === 'PROPN' || PERSONAL_PRONOUNS.has(previous.normal) || (previous.pos === 'NOUN' && (next?.normal === 'that' || next?.normal === ':' || addresseeThenClause()))) && next?.normal !== 'to'
  // (*Russian diplomats present/ADJ the war as a rebellion …*: a verb of casting, with its *as*.)
  const castingTaggedAsAdjective = verb.pos === 'ADJ' && AS_ONLY_VERBS.has(verb.lemma) && previous !== undefined && (previous.pos === 'NOUN' || previous.pos === 'PROPN') &&
    next?.pos === 'DET' && asFollows(tokens, cue.last, sentence)
  if (verb.pos !== 'VERB' && !taggedAsNoun && !headlineVerb && !taggedAsAdjective && !castingTaggedAsAdjective) return undefined
  if (isThinkTank(tokens, cue.first) && previous?.pos !== 'PRON') return undefined
  // (*A Reuters report said …*: a base form right before a finite reporting verb is that verb's subject.)
  if (verb.normal === verb.lemma && next?.pos === 'VERB' && !next.normal.endsWith('ing') && next.normal !== next.lemma && isSpeechVerb(next)) return undefined
  // *Super Tuesday states.*, *Republican debates when …*, *reality TV shows like …*, *also have claims*:
  // the tagger's verb is a plural noun when nothing a verb takes follows it, or right after *have*.
  const thirdPerson = verb.normal.endsWith('s') && !verb.normal.endsWith('ss')
  if (verb.pos === 'VERB' && thirdPerson && previous?.lemma === 'have') return undefined
  if (verb.pos === 'VERB' && thirdPerson && MOSTLY_NOUNS.has(verb.lemma) && previous !== undefined && (previous.pos === 'PROPN' || previous.pos === 'NOUN' || previous.pos === 'ADJ') &&
    !(next !== undefined && (VERB_COMPLEMENT_TAGS.has(next.pos) || next.normal === 'that' || next.normal === ':' || next.isQuote)) &&
    !quoteClosedEarlierIn(context, sentence, cue.first) && !speakerAfterContent()) return undefined
  // *a group called the “We The People Foundation”*, *founded a company called Acme*: a name, not
  // speech — *called* right after an indefinite noun phrase that follows a preposition or a verb.
  // (*on his daily conference call that …*: the noun in a compound.)
  if (verb.normal === 'call' && CALL_COMPOUNDS.has(previous?.normal ?? '')) return undefined
  if (cue.compiled.entry.id === 'call' && cue.last - cue.first === 1 && isPhoneCall(context, cue, sentence)) return undefined
  if (verb.normal === 'called' && previous?.pos === 'NOUN' && next !== undefined && (next.isQuote || /^\p{Lu}/u.test(context.text.slice(next.start, next.end)) || next.normal === 'the')) {
    let determiner = cue.first - 2
    // (*a Pakistan-based group called …*: a hyphenated compound's parts, whatever their tags.)
    while (determiner > sentence.firstToken && (tokens[determiner].pos === 'ADJ' || tokens[determiner].pos === 'NOUN' || tokens[determiner].pos === 'PROPN' || tokens[determiner].normal === '-' || tokens[determiner - 1]?.normal === '-')) determiner--
    const indefinite = tokens[determiner]?.normal === 'a' || tokens[determiner]?.normal === 'an'
    if (indefinite && determiner > sentence.firstToken && (tokens[determiner - 1].pos === 'ADP' || tokens[determiner - 1].pos === 'VERB')) return undefined
    // (*A German news organization called “The Local” cited …*: opening the sentence, the named
    // phrase is the subject of the verb that follows the name.)
    if (indefinite && determiner === sentence.firstToken) {
      let afterName = cue.last
      if (tokens[afterName]?.isQuote === true) {
        afterName++
        while (afterName < sentence.lastToken && tokens[afterName].isQuote !== true) afterName++
        afterName++
      } else {
        while (afterName < sentence.lastToken && tokens[afterName].pos === 'PROPN') afterName++
      }
      if (tokens[afterName]?.pos === 'VERB' || tokens[afterName]?.pos === 'AUX') return undefined
    }
  }
  // (*Ukraine threatens Russia with war*: threatening someone with something is an act; *threatened
  // to cut gas* and *threatened that …* still say what will be done.)
  if (verb.lemma === 'threaten' && next !== undefined && next.normal !== 'to' && next.normal !== 'that' && next.normal !== ':' && !next.isQuote) {
    for (let i = cue.last; i < Math.min(sentence.lastToken, cue.last + MAX_THREATENED_OBJECT); i++) {
      if (tokens[i].normal === 'with') return undefined
      if (tokens[i].pos === 'VERB' || tokens[i].pos === 'AUX' || tokens[i].normal === 'that' || tokens[i].normal === ',') break
    }
  }
  // (*candidates backed by the oligarch*, *forces supported by the United States*: a stance participle
  // after its noun says who stands behind someone, not what anyone said.)
  if (cue.compiled.entry.id === 'endorse' && verb.normal.endsWith('ed') && previous !== undefined && HEAD_TAGS.has(previous.pos) && tokens[cue.last]?.normal === 'by') return undefined
  // *“…,” reads an editorial* / *the sign read: “…”*, but not *he read the report*;
  // *“…,” he continued* / *continued: “…”*, but *the attacks continued.* goes on happening.
  const quoted = quoteClosingJustBefore(context, cue.first) !== undefined || quoteOpeningIn(context, cue.last, cue.last + 2) !== undefined
  // (*“Same woman, different city,” the caption reads.*: the tag's subject between the quotation and the verb.)
  const tagAfterQuote = (): boolean => (next === undefined || SENTENCE_END.has(next.normal) || next.normal === ',') && quoteClosedEarlierIn(context, sentence, cue.first)
  if (verb.lemma === 'read' && !quoted && !tagAfterQuote()) return undefined
  // (*The operation continues, and the regime is collapsing*: a comma then another clause.)
  const continuesSpeaking = next?.normal === ',' ? quoteOpeningIn(context, cue.last + 1, cue.last + 1) !== undefined : CLAUSE_OPENERS.has(next?.normal ?? '')
  if (verb.lemma === 'continue' && !quoted && !continuesSpeaking && !quoteClosedEarlierIn(context, sentence, cue.first)) return undefined
  // (*Indian state refiners*, *state media*: the noun before another noun.)
  if (verb.normal === 'state' && next?.pos === 'NOUN') return undefined
  // (*…, a senior executive said, asking not to be named*: the terms of anonymity, not a second statement.)
  if (ANONYMITY_REQUESTS.has(verb.lemma) && /^\s+(?:not\s+)?to\s+be\s+(?:named|identified|quoted)\b/.test(context.text.slice(verb.end, verb.end + 30))) return undefined
  // *declined to comment*, *refused to elaborate*: declining to speak is sourcing; *refused to return*,
  // *declined an invitation* are acts.
  if (cue.compiled.entry.id === 'decline-comment' && !declinesToSpeak(tokens, cue.last)) return undefined
  // *the police saw the tweet*: seeing reports something only with a clause, a quotation or *as*
  // (*saw that …*, *what he sees as currency manipulation*). (Restricting *know* and *respond* the
  // same way cost more real attributions on PolNeAR dev than it removed: *Obama responded from the
  // White House* is a statement.)
  // (*…, the ministry maintained.*, *“…,” the judge ruled.*: the verb closes its sentence or clause as a tag.)
  const closesAsTag = next !== undefined && (SENTENCE_END.has(next.normal) || next.normal === ',')
  const withClauseOrQuote = (): boolean => quoted || next?.normal === 'that' || next?.normal === ':' ||
    quoteClosedEarlierIn(context, sentence, cue.first) || clauseFollows(tokens, cue.last, sentence) || thatAfterAdverbial(tokens, cue.last, sentence)
  // (*NATO expansion threatens Russia*, *The plan threatens the recovery*: with only an object, a threat
  // is a danger, not words; a threat said in words has its infinitive, its clause or its quotation.)
  // (*they threaten also to divide the votes*: past an adverb.)
  if (verb.lemma === 'threaten' && next !== undefined && next.normal !== 'to' && !(next.pos === 'ADV' && tokens[cue.last + 1]?.normal === 'to') && !withClauseOrQuote()) return undefined
  if (verb.lemma === 'declare' && objectIsOneOf(tokens, cue.last, sentence, DECLARED_ACTS)) return undefined
  // (*defended the decision*, *justified the strikes as …* speak for a position; *they are defending
  // their hegemony*, *troops defended the city* act.)
  // (*one of many nationalist bloggers writing for a few thousand readers*: a participle right after its
  // noun says who they are, with no statement of its own.)
  if (verb.normal.endsWith('ing') && previous !== undefined && previous.pos === 'NOUN' && (next === undefined || next.pos === 'ADP' || next.pos === 'PUNCT') && next?.normal !== ':' && next?.normal !== 'whether' && next?.normal !== 'if' && tokens[cue.last + 1]?.normal !== 'that' && !withClauseOrQuote() && !asFollows(tokens, cue.last, sentence)) return undefined
  // (A person defended in words: *defended Melania Trump*, *defended his father*.)
  if (cue.compiled.entry.id === 'defend' && !withClauseOrQuote() && !asFollows(tokens, cue.last, sentence) && !objectIsOneOf(tokens, cue.last, sentence, POSITIONS) &&
    next?.pos !== 'PROPN') return undefined
  // (*a woman said to be the same actress*, *a unit reported to have withdrawn*: a reduced passive
  // with no agent is hearsay, not anyone's statement.)
  if (/ed$|^said$/.test(verb.normal) && previous !== undefined && HEAD_TAGS.has(previous.pos) && next?.normal === 'to' && (tokens[cue.last + 1]?.lemma === 'be' || tokens[cue.last + 1]?.lemma === 'have')) return undefined
  // (*Lavrov answered more than 40 questions*, *asked pointed questions about drone supply*, *asked
  // about reports that …*: questions asked or answered, with no answer given, assert nothing.)
  // (Not *asked Republicans a simple question: Who …?*, where the question follows.)
  if ((verb.lemma === 'ask' || verb.lemma === 'answer') && (next?.normal === 'about' || (!withClauseOrQuote() && objectIsOneOf(tokens, cue.last, sentence, QUESTIONS))) &&
    !tokens.slice(cue.last, sentence.lastToken).some((token) => token.normal === ':' || token.isQuote)) return undefined
  if (THAT_ONLY_VERBS.has(verb.lemma) && !(next?.normal === 'that' || next?.normal === ':' || next?.isQuote === true || thatAfterAdverbial(tokens, cue.last, sentence)) &&
    !(closesAsTag && (speakerAfterContent() || quoteClosedEarlierIn(context, sentence, cue.first)))) return undefined
  if (verb.lemma === 'see' && !withClauseOrQuote() && !asFollows(tokens, cue.last, sentence)) return undefined
  // (*The West responded with sweeping sanctions*: a reply in deeds; *responded with a statement* is still speech.)
  if (REPLYING.has(verb.lemma) && next?.normal === 'with') {
    const object = phraseStartingAt(tokens, cue.last + 1, sentence.lastToken)
    if (object === undefined || !SPOKEN_THINGS.has(tokens[object[1] - 1].lemma)) return undefined
  }
  // (*Company filings tell a different story*: the idiom sets facts against a claim; nobody is told anything.)
  if (verb.lemma === 'tell' && ARTICLES.has(next?.normal ?? '') && (tokens[cue.last + 1]?.lemma === 'story' || tokens[cue.last + 2]?.lemma === 'story')) return undefined
  if (verb.lemma === 'write' && objectIsOneOf(tokens, cue.last, sentence, WRITTEN_THINGS)) return undefined
  // (*The special military operation goes on.*: going on reports only with what was said, *he went on: “…”*.)
  if (cue.compiled.entry.id === 'continue' && !withClauseOrQuote() && !(closesAsTag && quoteClosedEarlierIn(context, sentence, cue.first))) return undefined
  // (*Voters do not understand the plan*: denied, it still reports what they believe.)
  // (*Our government remembered its duty*: a possessive opens the object too.)
  if (KNOWING_VERBS.has(verb.lemma) && next !== undefined && (next.pos === 'DET' || next.pos === 'NOUN' || next.pos === 'PROPN' || POSSESSIVE_PRONOUNS.has(next.normal)) && !withClauseOrQuote() &&
    !tokens.slice(Math.max(sentence.firstToken, cue.first - 3), cue.first).some((token) => DENYING_WORDS.has(token.normal))) return undefined
  // (*An investigation reported in the FT has revealed that …*: a participle after its noun, its
  // phrase, then the sentence's own verb — it describes the noun and reports nothing.)
  if (verb.normal.endsWith('ed') && previous !== undefined && (previous.pos === 'NOUN' || previous.normal === 'also') &&
    next?.pos === 'ADP' && PHRASE_PREPOSITIONS.has(next.normal) && participleBeforeMainVerb(tokens, cue.last, sentence)) return undefined
  // (*who asked not to be identified discussing private talks*: what the source would not be named doing.)
  if (verb.normal.endsWith('ing') && (context.sourceIndex.covering[cue.first - 1] ?? []).some((match) => isAnonymityTerm(match) && match.last === cue.first &&
    ANONYMITY_CLAUSE_OPENERS.has(tokens[match.first].normal))) return undefined
  // (*NATO had no plans to admit Ukraine, and the Kremlin knew it*: knowing a fact already told is no statement.)
  // (*We keep hearing these claims, and we repeat them*: repeating what was just named says nothing new.)
  if ((KNOWING_VERBS.has(verb.lemma) || verb.lemma === 'repeat') && KNOWN_PRONOUNS.has(next?.normal ?? '') && (tokens[cue.last + 1] === undefined || tokens[cue.last + 1].pos === 'PUNCT' || cue.last + 1 >= sentence.lastToken)) return undefined
  if (PARTICIPLE_ONLY_FORMS.has(verb.normal) && previous?.pos === 'NOUN' && next?.normal !== 'by' && verb.normal !== 'told') return undefined
  // *presented the story as proof*, *cast the talks as a victory*: these describe only with *as*
  // (*presented the budget*, *cast their ballots*).
  if (AS_ONLY_VERBS.has(verb.lemma) && !asFollows(tokens, cue.last, sentence)) return undefined
  // *Russia recalled its ambassador*, *India has maintained its strategic autonomy*: actions —
  // these verbs report only with a clause or a quotation (*recalled that*, *maintains it has no troops*).
  // (*The strikes were precise, the ministry maintained.*: the clause may come first.)
  // (*The streets were deserted, he added, “but …”*: a tag inside the statement; *He added, though, that …*: an aside before the clause.)
  if (CLAUSE_ONLY_VERBS.has(verb.lemma) && !withClauseOrQuote() &&
    !(closesAsTag && speakerAfterContent()) &&
    !(next?.normal === ',' && tokens.slice(cue.last + 1, cue.last + 4).some((token) => token.normal === 'that' || token.isQuote))) return undefined
  // *pro-Russian thinking people*, *the leading experts*: an -ing form between a modifier and its
  // noun is an adjective, not a verb.
  // (*pro-Russian/PROPN*: a hyphenated modifier whatever the tagger calls it.)
  if (verb.normal.endsWith('ing') && next?.pos === 'NOUN' && (previous?.pos === 'ADJ' || ARTICLES.has(previous?.normal ?? '') || (previous?.normal.includes('-') === true && previous.pos !== 'NOUN'))) return undefined
  // *the Baltic states*, *the Gulf states*: after a determiner and an adjective or a name, it is a noun.
  // (Not *What the Kremlin describes*: after a name only *states* is so read.)
  if ((previous?.pos === 'ADJ' || (previous?.pos === 'PROPN' && verb.normal === 'states')) && tokens[cue.first - 2]?.pos === 'DET' && verb.normal.endsWith('s') && cue.last - cue.first === 1) return undefined
  // *Trump's attacks*, *had their say*, *The Washington Post*: after a possessive, or inside a source's name, it is a noun.
  if (previous?.normal === "'s" || (previous !== undefined && POSSESSIVE_PRONOUNS.has(previous.normal) && previous.normal !== 'her') || (context.sourceIndex.covering[cue.first] ?? []).some((match) => match.first < cue.first)) return undefined
  let left = cue.first
  const skippable = (token: Token): boolean => (SKIPPABLE_BEFORE_VERB.has(token.pos) && token.normal !== "'s") || ADVERBS_MISTAGGED.has(token.normal)
  while (left - 1 >= sentence.firstToken && skippable(tokens[left - 1])) left--
  // *Sanders (I-Vt.) on Saturday criticized*, *Wells Fargo just this month announced*: a time phrase
  // between the subject and its verb.
  const verbPhraseStart = left
  left = beforeTimePhrase(tokens, left, sentence)
  while (left - 1 >= sentence.firstToken && skippable(tokens[left - 1])) left--
  // *Any responsible politician would understand this*: a modal belief is a supposition, nobody's statement.
  if (SUPPOSED_BELIEFS.has(verb.lemma) && tokens.slice(verbPhraseStart, cue.first).some((token) => MODALS.has(token.normal))) return undefined
  // (*Moscow would respond*, *Kyiv will answer*: a reply still to come is a threat or a plan, not something said,
  // unless what it will say follows: *will respond that …*, *will reply: “…”*.)
  if (cue.compiled.entry.id === 'counter' && tokens.slice(verbPhraseStart, cue.first).some((token) => MODALS.has(token.normal) || token.normal === 'will' || token.normal === "'ll") &&
    next?.normal !== 'that' && next?.normal !== ':' && next?.isQuote !== true) return undefined
  // *It did not say what measures …*, *He would not say whether …*: a denied act of speech credits nothing.
  // (Verbs that still report when denied, *did not respond*, take no one's quotation instead: see below.)
  const speechDenied = tokens.slice(verbPhraseStart, cue.first).some((token) => DENYING_WORDS.has(token.normal))
  if (speechDenied && !REPORTING_WHEN_DENIED.has(verb.lemma)) {
    context.deniedSpeech = true
    return undefined
  }
  // An agentless passive (*it is said*, *was described as*) credits nobody.
  const entry = cue.compiled.entry.id
  // *to say*, *to maintain*: an infinitive reports nothing (*declined to say*, *its desire to maintain*) —
  // unless a quotation follows: *Mr. Trump was prompted to say, “So far …”* quotes the clause subject.
  // (Looked for before the time phrase: *appeared before reporters this month to discuss* is an infinitive.)
  const infinitive = tokens[verbPhraseStart - 1]?.normal === 'to' ? verbPhraseStart - 1 : tokens[verbPhraseStart]?.normal === 'to' ? verbPhraseStart : tokens[left - 1]?.normal === 'to' ? left - 1 : tokens[left]?.normal === 'to' ? left : -1
  if (infinitive !== -1) {
    const quote = quoteOpeningIn(context, cue.last, cue.last + 2)
    // *went on to say that …*, *appeared to blame …*: the infinitive of a verb of going on or
    // seeming reports what its subject says.
    // (*appeared on Tuesday to blame*: past a time phrase.)
    let governing = beforeTimePhrase(tokens, infinitive, sentence) - 1
    if (tokens[governing]?.normal === 'on') governing--
    // (*Zakharova used her weekly briefing to accuse Britain …*, *took the opportunity to say*: an
    // occasion used to speak is the speaker's act of speaking.)
    let occasionUser = governing
    while (occasionUser > sentence.firstToken && governing - occasionUser < MAX_OCCASION_PHRASE && NOUN_PHRASE_TAGS.has(tokens[occasionUser].pos)) occasionUser--
    const usesOccasion = occasionUser < governing && OCCASION_USING_VERBS.has(tokens[occasionUser].lemma) && tokens[occasionUser].pos === 'VERB' && SPEECH_VERBS.has(verb.lemma)
    const carriesOn = governing >= sentence.firstToken && (((CARRYING_VERBS.has(tokens[governing].lemma) || (ATTEMPTING_VERBS.has(tokens[governing].lemma) && isSpeechVerb(verb) && (verb.lemma !== 'deny' || tokens[cue.last]?.normal === 'that'))) &&
      tokens[governing].pos === 'VERB') || usesOccasion)
    if (quote === undefined && !carriesOn) return undefined
    const subject = clauseSubject(context, infinitive, sentence)
    if (subject === undefined) return undefined
    // (*…, as some commentators like to claim; it is …*: the clause before the *as* is what they claim.)
    if (quote === undefined && isAsClause(context, subject, cue.last)) return { cue: [cue.first, cue.last], source: subject, content: claimBeforeAs(tokens, context.statementStart, subject[0] - 1), entry }
    const content = quote !== undefined ? { start: quote.start, end: quote.end } : trimContent(tokens, cue.last, sentence.lastToken)
    return { cue: [cue.first, cue.last], source: subject, content, entry }
  }
  // *is calling for*, *has been saying*: be + -ing is the progressive, not a passive.
  // (*is bleak and seldom told.*: a participle coordinated with an adjective after *be*, with no
  // object after it — *She was tired and said she would leave* is active.)
  const coordinatedAfterBe = tokens[left - 1]?.pos === 'CCONJ' && (tokens[left - 2]?.pos === 'ADJ' || tokens[left - 2]?.pos === 'VERB') &&
    tokens[left - 3]?.lemma === 'be' && left - 3 >= sentence.firstToken && (next === undefined || SENTENCE_END.has(next.normal) || next.normal === 'by')
  // (*The era of countries being told whom to trade with*: *being* before the participle is a passive too.)
  const passive = !verb.normal.endsWith('ing') && (coordinatedAfterBe || previous?.normal === 'being' || tokens.slice(left, cue.first).some((token) => token.lemma === 'be' || token.lemma === 'get'))
  if (passive) {
    // *was first reported by MSNBC*: the agent after *by* is the source, the subject the content.
    // Without an agent (*it is said*, *was described as*) the passive credits nobody.
    if (tokens[cue.last]?.normal !== 'by') return undefined
    const agent = phraseStartingAt(tokens, cue.last + 1, sentence.lastToken)
    // (*was supported by 96.77% of Crimeans*: a stance needs a named agent, and what it is taken
    // towards is no claim of the agent's.)
    if (agent === undefined || (cue.compiled.entry.namedSourceOnly === true && !namesSpeaker(context, agent))) return undefined
    return { cue: [cue.first, cue.last + 1], source: agent, content: STANCE_ENTRIES.has(entry) ? undefined : passiveSubject(tokens, context.statementStart, left, sentence), entry }
  }
  // *photos posted by the White Helmets*: a participle after its noun with an agent is a reduced
  // passive; the agent is the source, the noun phrase what it put out.
  // (*email chains recently labeled “top secret” by the State Department*: past an adverb, and past
  // the name a naming verb gives.)
  const headBefore = previous?.pos === 'ADV' && cue.first - 2 >= sentence.firstToken ? tokens[cue.first - 2] : previous
  const namedAs = quoteOpeningIn(context, cue.last, cue.last)
  const by = tokens[cue.last]?.normal === 'by' ? cue.last : namedAs !== undefined && tokens[namedAs.close + 1]?.normal === 'by' ? namedAs.close + 1 : -1
  if (by !== -1 && verb.normal.endsWith('ed') && verb.normal !== verb.lemma && (left === cue.first || previous?.pos === 'ADV') &&
    headBefore !== undefined && HEAD_TAGS.has(headBefore.pos) && cue.first - 1 >= sentence.firstToken) {
    let agent = phraseStartingAt(tokens, by + 1, sentence.lastToken)
    // (*Photos posted by the White Helmets show/NOUN the damage*: a reporting verb the tagger calls a noun ends the agent.)
    const agentLast = agent === undefined ? -1 : agent[1] - 1
    if (agent !== undefined && agentLast > agent[0] && context.matches.some((match) => match.first === agentLast && match.compiled.role === 'verb')) agent = [agent[0], agentLast]
    const subject = phraseEndingAt(tokens, headBefore === previous ? cue.first : cue.first - 1, sentence.firstToken, cue.first)
    if (agent === undefined || subject === undefined) return undefined
    return { cue: [cue.first, by === cue.last ? cue.last + 1 : cue.last], source: agent, content: subject, entry }
  }
  // *Merkley, Brown and Menendez all suggested*, *figures — whose … — both suggested*: a floating
  // quantifier after the subject is not the subject.
  const floating = tokens[left - 1]
  if (floating !== undefined && FLOATING_QUANTIFIERS.has(floating.normal) && left - 2 >= sentence.firstToken) {
    const before = tokens[left - 2]
    if (HEAD_TAGS.has(before.pos) || before.normal === ')' || DASHES.has(before.normal)) left--
  }
  const sourceMatchBefore = context.sourceIndex.endingAt.get(left)?.find((match) => match.first >= sentence.firstToken)
  let source = phraseEndingAt(tokens, left, sentence.firstToken, cue.first)
  // *A report cited by Reuters says*: the subject is the whole reduced passive, not its agent.
  if (source !== undefined && tokens[source[0] - 1]?.normal === 'by' && source[0] - 3 >= sentence.firstToken) {
    const participle = tokens[source[0] - 2]
    if (participle.pos === 'VERB' && participle.normal.endsWith('ed') && HEAD_TAGS.has(tokens[source[0] - 3].pos)) {
      const head = phraseEndingAt(tokens, source[0] - 2, sentence.firstToken, cue.first)
      if (head !== undefined) source = [head[0], source[1]]
    }
  }
  // (*Presenters on Channel One spent much of the morning claiming that …*: time spent doing something
  // is no speaker; whoever spent it is.)
  if (source !== undefined && verb.normal.endsWith('ing') && TIME_NOUNS.has(tokens[source[1] - 1].lemma)) {
    let spent = source[0] - 1
    while (spent > sentence.firstToken && source[0] - spent <= 3 && SPENT_SHARES.has(tokens[spent].normal)) spent--
    if (tokens[spent]?.lemma === 'spend' && spent > sentence.firstToken) {
      // (*Channel One*: a name ending in a number, which the phrase rules do not take for a head.)
      const opening: [number, number] = [sentence.firstToken, spent]
      const spender = clauseSubject(context, spent + 1, sentence) ??
        (spent - sentence.firstToken <= MAX_PHRASE_TOKENS && tokens.slice(sentence.firstToken, spent).every((token) => NOUN_PHRASE_TAGS.has(token.pos) || token.pos === 'ADP' || token.normal === "'s") &&
          isNamedSource(context, opening) ? opening : undefined)
      if (spender !== undefined) source = spender
    }
  }
  // (*A retired officer who appears on a Hindi news channel told viewers*: the subject is the
  // person the relative clause describes, not the last noun inside it.)
  if (source !== undefined) source = headOfRelativeClause(tokens, source, sentence, cue.first) ?? source
  if (source === undefined && sourceMatchBefore !== undefined) {
    // A source phrase the POS rules cannot parse (*officials who declined to be named*).
    const before = phraseEndingAt(tokens, sourceMatchBefore.first, sentence.firstToken, cue.first)
    source = [before?.[0] ?? sourceMatchBefore.first, sourceMatchBefore.last]
    // (*Ukraine's military/ADJ said*: the possessor before a source word the tagger calls an adjective.)
    if (before === undefined && tokens[source[0] - 1]?.normal === "'s") source = [phraseEndingAt(tokens, source[0] - 1, sentence.firstToken, cue.first)?.[0] ?? source[0], source[1]]
    // (*those surveyed said*)
    if (tokens[source[0] - 1]?.normal === 'those' && source[0] - 1 >= sentence.firstToken) source = [source[0] - 1, source[1]]
  }
  // *“…,” it added.*: after a direct quote, *it* is an organisation or a document speaking.
  if (source === undefined && tokens[left - 1]?.normal === 'it' && left - 1 >= sentence.firstToken && quoteClosingJustBefore(context, left - 1) !== undefined) source = [left - 1, left]
  // *The ministry released a statement. It said the strikes hit only military targets.*: a
  // sentence-opening *It* before a speech verb is the organisation or document named before it —
  // kept only where one is (see record), so *It said much about him* credits nobody.
  let needsReferent = false
  // (*Belousov, it said, regards India as …*: the same *It* set off by commas inside the statement.)
  const parentheticalIt = tokens[left - 2]?.normal === ',' && tokens[cue.last]?.normal === ',' && left - 2 > sentence.firstToken
  // (*In a statement, it said …*, *On Monday, it said …*: after an opening adverbial, it is still the sentence's first word that counts.)
  const itAfterOpeningAdverbial = left - 1 > sentence.firstToken && afterOpeningAdverbial(tokens, sentence.firstToken, left) === left - 1
  if (source === undefined && tokens[left - 1]?.normal === 'it' && (left - 1 === sentence.firstToken || parentheticalIt || itAfterOpeningAdverbial) && (SPEECH_VERBS.has(verb.lemma) || DOCUMENT_VERBS.has(verb.lemma)) &&
    !verb.normal.endsWith('ing')) {
    source = [left - 1, left]
    needsReferent = true
  }
  // *58 percent of Latino voters overall said*: a post-modifier after the head noun.
  if (source === undefined && (tokens[left - 1]?.pos === 'ADJ' || tokens[left - 1]?.pos === 'ADV') && left - 1 > sentence.firstToken) {
    const trimmed = phraseEndingAt(tokens, left - 1, sentence.firstToken, cue.first)
    if (trimmed !== undefined && tokens[trimmed[1] - 1].pos === 'NOUN') source = trimmed
  }
  // *Some have urged*: a quantifier standing alone for people counts even where only named sources do.
  // (*The first portrayed the government as …*: an ordinal stands for something just named, like a quantifier.)
  // (Only in words: *The second focused on donors* is a case, not a claim.)
  const ordinalBefore = (ORDINALS.has(tokens[left - 1]?.normal ?? '') || ORDINALS.has(tokens[left]?.normal ?? '')) && (isSpeechVerb(verb) || cue.compiled.entry.id === 'portray')
  if (source === undefined && (!cue.compiled.entry.namedSourceOnly || PEOPLE_QUANTIFIERS.has(tokens[left - 1]?.normal) || ordinalBefore)) source = quantifierSubject(tokens, left, sentence)
  // *“…, an amazing leader,” said the 46-year-old*: the words before the verb are the quote, not its speaker.
  // (Only where the verb can invert and a phrase follows: *Perry, … “I'm with her,” shouted, “…”*.)
  const quoteRightBefore = quoteClosingJustBefore(context, left) !== undefined && INVERTING_VERBS.has(verb.lemma) &&
    phraseStartingAt(tokens, cue.last, sentence.lastToken) !== undefined
  if (quoteRightBefore) source = undefined
  // *…, at Mar-a-Lago, Mr. Trump's private club, calling him …*: a participle after a comma shares
  // the clause's subject before any appositive is considered.
  if (source === undefined && !quoteRightBefore && verb.normal.endsWith('ing') && tokens[left - 1]?.normal === ',') source = sharedSubject(context, left, verb, cue.compiled.entry.id, sentence)
  // *While saying that he respects her, he continued …*, *Insisting that …, the minister left*.
  if (source === undefined && !quoteRightBefore) source = openingParticipleSubject(context, cue, left, sentence)
  // *the order released Friday said*: a participle and its time phrase after the subject.
  if (source === undefined && left < verbPhraseStart && left - 1 > sentence.firstToken && tokens[left - 1].pos === 'VERB' && tokens[left - 1].normal.endsWith('ed')) {
    const head = phraseEndingAt(tokens, left - 1, sentence.firstToken, left - 1)
    if (head !== undefined) source = [head[0], verbPhraseStart]
  }
  // *A poll released on Tuesday showed …*: the time phrase ended a participle clause.
  if (source === undefined && cue.compiled.entry.namedSourceOnly === true && left - 1 > sentence.firstToken &&
    ((tokens[left - 1].pos === 'VERB' && tokens[left - 1].normal.endsWith('ed')) || tokens[left - 1].normal === 'out')) source = reducedRelativeSubject(context, [left, verbPhraseStart], sentence)
  if (source === undefined && !quoteRightBefore) source = capitalisedNameBefore(context, left, sentence) ?? contactClauseSubject(context, left, sentence) ?? parentheticalSubject(context, left, sentence) ?? appositiveSubject(context, left, sentence) ?? relativeClauseSubject(context, left, sentence) ?? relativePronounSubject(context, left, sentence) ?? sharedSubject(context, left, verb, cue.compiled.entry.id, sentence)
  // *A poll released last week showed …*, *a report out this week shows …*: a participle clause
  // between a named document and its verb.
  if (source !== undefined && cue.compiled.entry.namedSourceOnly === true && !namesSpeaker(context, source)) source = reducedRelativeSubject(context, source, sentence) ?? source
  // (*An investigation reported in the FT has revealed …*: the phrase of a participle describing the
  // subject is not the subject.)
  if (source !== undefined && source[0] - 2 > sentence.firstToken && tokens[source[0] - 1].pos === 'ADP' && PUBLISHING_PARTICIPLES.has(tokens[source[0] - 2].normal)) {
    const head = phraseEndingAt(tokens, source[0] - 2, sentence.firstToken, source[0] - 2)
    if (head !== undefined && context.sourceIndex.endingAt.has(head[1])) source = [head[0], source[1]]
  }
  // (*Officials, who asked not to be identified discussing the talks, said …*: the terms of
  // anonymity are the real source's, not a speaker; nor is a verb inside them, *who asked that his
  // name not be used*.)
  if (source !== undefined && ((ANONYMITY_CLAUSE_OPENERS.has(tokens[source[0]].normal) && verb.normal.endsWith('ing')) || anonymityCovers(context, cue.first)) && anonymityCovers(context, source[0])) return undefined
  // (*A person who asked not to be identified discussing private talks said …*: what they asked
  // not to be identified doing is part of the source, which starts at its noun.)
  if (source !== undefined && source[0] - 2 > sentence.firstToken && tokens[source[0] - 1].pos === 'VERB' && tokens[source[0] - 1].normal.endsWith('ing') && anonymityCovers(context, source[0] - 2)) {
    const terms = (context.sourceIndex.covering[source[0] - 2] ?? []).find(isAnonymityTerm)!
    const head = phraseEndingAt(tokens, terms.first, sentence.firstToken, terms.first)
    if (head !== undefined && head[1] === terms.first) source = [head[0], source[1]]
  }
  // *companies he bashed*, *the guides I wrote*: a pronoun after a noun opens a relative clause
  // whose verb describes the noun; nobody is credited with an assertion.
  // (*On Tuesday he said*, *last week she said*: a time phrase, the pronoun alone is the source.)
  if (source !== undefined && source[1] - source[0] >= 2 && PERSONAL_PRONOUNS.has(tokens[source[1] - 1].normal)) {
    const before = tokens[source[1] - 2]
    // (*the things he said* still reports speech.)
    if (before.pos === 'NOUN' && !TIME_NOUNS.has(before.lemma) && verb.lemma !== 'say' && verb.lemma !== 'tell') return undefined
    source = [source[1] - 1, source[1]]
  }
  // *more resilient than many expected*: a comparison with what someone thought, not a statement.
  // (Not *A video shared more than 200,000 times on Telegram claims*: how often a thing was spread.)
  if (source !== undefined && tokens[source[0] - 1]?.normal === 'than' && source[1] <= cue.first && cue.first - source[1] <= 2 &&
    spreadParticipleBefore(tokens, source[0], sentence) === -1) return undefined
  if (source !== undefined) {
    let after = cue.last
    if (verb.lemma === 'tell') after = phraseStartingAt(tokens, after, sentence.lastToken)?.[1] ?? after
    // *warned the Baltic states that …*, *assured Kyiv that …*: the person told, then the clause.
    else if (OBJECT_THEN_CLAUSE_VERBS.has(verb.lemma)) {
      const object = phraseStartingAt(tokens, after, sentence.lastToken)
      if (object !== undefined && object[0] === after && (tokens[object[1]]?.normal === 'that' || tokens[object[1]]?.normal === ':')) after = object[1]
    }
    // *said: “…”* — a quotation opening right after the cue is the content, however many sentences it runs.
    // (Past a comma, a colon or *that* only: *Kyiv says the “liberation” Moscow talks about has …* quotes a word of its clause.)
    const quoteOpening = quoteOpeningIn(context, after, after) ?? (CLAUSE_OPENERS.has(tokens[after]?.normal ?? '') ? quoteOpeningIn(context, after + 1, after + 1) : undefined)
    // (*Critics say "root causes" is simply a euphemism for …*: a quotation that its clause's verb
    // follows is that clause's subject; the statement is the clause.)
    // (Not *chanted "Build a wall," referring to …*: a quotation closed on its own comma is whole.)
    const afterQuote = quoteOpening === undefined ? undefined : tokens[quoteOpening.close + 1]
    const clauseGoesOn = quoteOpening !== undefined && afterQuote !== undefined && quoteOpening.close < sentence.lastToken - 1 && tokens[quoteOpening.close - 1]?.pos !== 'PUNCT' &&
      (afterQuote.pos === 'AUX' || (afterQuote.pos === 'VERB' && !afterQuote.normal.endsWith('ing')))
    const quoteAfter = clauseGoesOn ? undefined : quoteOpening
    // A quote closing the previous sentence is this speaker's only when the speaker has no quote of its own.
    let quoteBefore = quoteClosingJustBefore(context, source[0], quoteAfter === undefined ? sentence.firstToken - 1 : sentence.firstToken)
    // (*Asked about remarks by an official who had called the purchases "profiteering", Jaiswal said …*:
    // a quotation inside the question put to the speaker is the question's, not the answer.)
    if (quoteBefore !== undefined && tokens[sentence.firstToken].normal === 'asked' && quoteBefore.open > sentence.firstToken &&
      !context.foundInSentence.some((found) => found.cue[0] < quoteBefore!.open)) quoteBefore = undefined
    // (*“…” He added that trade had grown.*: a speaker with a clause of its own does not take the quote before its sentence.)
    // (*“…,” the ministry said, adding that the UAE had mediated*: nor does a participle with its own clause.)
    if (quoteBefore !== undefined && (quoteBefore.close < sentence.firstToken || verb.normal.endsWith('ing')) && tokens[after]?.normal === 'that' && trimContent(tokens, after, sentence.lastToken) !== undefined) quoteBefore = undefined
    // (*Jaishankar said the opposition was “playing politics.” He said India's votes …*: a quoted
    // fragment ending the sentence before is part of that sentence's statement, not a quotation of
    // its own; a speaker with a clause of its own does not take it.)
    if (quoteBefore !== undefined && quoteBefore.close < sentence.firstToken && !opensItsSentence(tokens, quoteBefore) &&
      statementAfterVerb(context, verb, cue, source, after, sentence) !== undefined) quoteBefore = undefined
    // (*…,” he said, adding: “…”*: a participle's own quotation after it.)
    const participleQuote = verb.normal.endsWith('ing') && quoteAfter !== undefined
    // A direct quote before the speaker (*“…,” one person tweeted*) is attribution whatever the verb.
    // (*Twelve percent indicated that …*: a share of those polled.)
    const standsForPeople = (source[1] - source[0] === 1 && (PEOPLE_QUANTIFIERS.has(tokens[source[0]].normal) || INDEFINITE_PEOPLE.has(tokens[source[0]].normal))) ||
      (source[1] - source[0] === 2 && tokens[source[0]].pos === 'NUM' && (tokens[source[0] + 1].normal === 'percent' || isPercentSign(tokens[source[0] + 1]))) ||
      (source[1] - source[0] === 2 && ARTICLES.has(tokens[source[0]].normal) && ORDINALS.has(tokens[source[0] + 1].normal))
    // (A referring *It* names its source through the referent, checked when it is recorded.)
    // (*Two former employees, who spoke on condition of anonymity, confirmed that …*: terms of anonymity make people of the source.)
    const anonymousPeople = context.sourceIndex.anonymityAt.has(verb.sentence) && tokens[source[1] - 1].pos === 'NOUN' && next?.normal === 'that'
    if (quoteBefore === undefined && cue.compiled.entry.namedSourceOnly === true && !namesSpeaker(context, source) && !standsForPeople && !needsReferent && !anonymousPeople) return undefined
    // (*Polls show …*, *the footage shows …*; not *The collective West has once again shown that it does
    // not want peace*: what an actor's conduct shows is the narrator's inference.)
    // (Only of a state's adversary, named as the framing lexicons name it: PolNeAR counts *Sanders showed no sign of …* as a cue.)
    if (verb.lemma === 'show' && quoteBefore === undefined && !tokens.slice(source[0], source[1]).some((token) => SHOWING_THINGS.has(token.lemma)) &&
      context.matches.some((match) => match.compiled.lexicon.dimension === 'stateFraming' && (match.compiled.role === 'adversary' || match.compiled.role === 'term') &&
        match.first >= source[0] && match.last <= source[1])) return undefined
    // (*The numbers explain the frustration*, *Russian crude found new buyers*: with only a noun phrase
    // after it, a thing that explains or finds is an event; a person, a body or a study still reports
    // what it found: *The minister explained the delay*, *The study found a link*.)
    if (THING_OBJECT_VERBS.has(verb.lemma) && quoteBefore === undefined && !withClauseOrQuote() && !findsAsSource(context, source)) return undefined
    // The statement may run on past its tag; else a quotation before or after the speaker; else
    // what follows the verb.
    let content: Found['content'] = participleQuote ? undefined : splitStatement(context, verb, source, after, sentence, quoteBefore)
    // (*The economy is growing, as the minister said on Monday*, *Multi-alignment is not fence-sitting,
    // as some commentators like to claim; it is …*: an *as* clause after a comma credits the clause
    // before it, and says nothing after its verb.)
    if (isAsClause(context, source, cue.last) && quoteBefore === undefined) return { cue: [cue.first, cue.last], source, content: claimBeforeAs(tokens, context.statementStart, source[0] - 1), entry }
    // (*The administration did not respond.*: a source that said nothing takes no one's quotation.)
    if (content === undefined && quoteBefore !== undefined && !participleQuote) content = speechDenied ? undefined : statementEndingInQuote(context, sentence, quoteBefore)
    else if (content === undefined) {
      const stanceOnObject = STANCE_ENTRIES.has(entry) && tokens[after]?.normal !== 'that' && tokens[after]?.normal !== ':' && !asFollows(tokens, after, sentence)
      content = quoteAfter !== undefined
        ? { start: quoteAfter.start, end: quoteAfter.end }
        // *The US supported the coup*: a stance verb's object is not a claim credited to the
        // source — only a clause or a quotation is — so framing in it stays the narrator's.
        // (*criticized the alliance's expansion as a violation of …*: what the object is called after *as* is a claim.)
        // (*rejected the idea that India was sitting on the fence*: the claim a stance answers is content.)
        : (stanceOnObject
            ? claimAnswered(tokens, after, sentence) ?? wordsSpokenOf(tokens, cue, after, sentence)
            : statementAfterVerb(context, verb, cue, source, after, sentence)) ??
          // (*“…” Ministers will discuss sanctions next week.*: a stance with an object of its own takes no quotation.)
          // (*Lentzos said it was "science fiction." Variation within a nation is far larger, she
          // explained.*: a tag after words of its own sentence credits those words, not the quotation before.)
          (speechDenied || (stanceOnObject && tokens[after]?.isWord === true) || tagAfterOwnWords(context, cue, source) ? undefined : quoteEndingBefore(context, sentence)) ?? (speechDenied ? undefined : quoteOpeningAfter(context, sentence)) ??
          // *The committee raised $57 million, records show.*: the speaker comes last, the content first.
          // (*Already, Trump has denounced …*: not an opening adverb; what comes first must be a clause.)
          // (*When asked, the spokesman declined to elaborate*: a clause of when or why is the narrator's setting.)
          // (*According to two people familiar with the talks, the Ukrainian side proposed …*: what is
          // before the comma is another attribution's tag, not this one's content.)
          // (*…, the minister said, rejecting the charges*: a participle's borrowed subject tags the clause before, not the participle.)
          (tokens[source[0] - 1]?.normal === ',' && !SETTING_CLAUSE_OPENERS.has(tokens[context.statementStart]?.normal ?? '') && tokens[context.statementStart]?.normal !== 'asked' &&
            !isParticipleAct(context, cue.first - 1) &&
            // (*The toll stands at 300, a figure the Kremlin rejects*: what a rejecting or denying
            // source answers in an object relative is the narrator's statement, not its own.)
            !((STANCE_ENTRIES.has(entry) || entry === 'deny') && objectRelativeHead(tokens, source)) &&
            !context.foundInSentence.some((found) => Math.min(found.cue[0], found.source[0]) <= context.statementStart && Math.max(found.cue[1], found.source[1]) >= source[0] - 1)
            ? clauseBefore(tokens, context.statementStart, source[0])
            : undefined)
    }
    // (*US officials have not commented on the visit, but a spokesperson urged …*: a source that did
    // not respond or comment said nothing; what follows is another's statement or the narrator's.)
    if (speechDenied && SOURCING_NOTE_VERBS.has(verb.lemma)) content = undefined
    // (*“…,” he said, referring to the Klan*: a reference after the speaker's tag names what the
    // words were about; the words are the tag's statement, not a second one.)
    if (entry === 'refer-to' && verb.normal.endsWith('ing') && context.foundInSentence.some((found) => found.source[0] === source![0] && found.source[1] === source![1])) content = undefined
    return needsReferent ? { cue: [cue.first, cue.last], source, content, entry, needsReferent } : { cue: [cue.first, cue.last], source, content, entry }
  }
  // Inverted: *"…," said a senior official* / *…, said the minister.* Only speech verbs invert, and
  // only onto a named source: *…, underscores the strategic importance* credits nobody.
  const before = tokens[cue.first - 1]
  if (before !== undefined && cue.first - 1 >= sentence.firstToken && !(before.pos === 'PUNCT' || before.isQuote)) return undefined
  // *…, saying he is informed*: a participle never inverts; what follows it is the content.
  if (!INVERTING_VERBS.has(verb.lemma) || verb.normal.endsWith('ing')) return undefined
  // *Announced March 23*, *Declared Candidates*: a list or headline, not an inverted speaker.
  if (cue.first === sentence.firstToken && quoteClosingJustBefore(context, cue.first) === undefined) return undefined
  let inverted = phraseStartingAt(tokens, cue.last, sentence.lastToken)
  // *…, said the bureau's director, James B. Comey, on Monday.*: the name in apposition after the role.
  if (inverted !== undefined && tokens[inverted[1]]?.normal === ',') {
    const name = phraseStartingAt(tokens, inverted[1] + 1, sentence.lastToken)
    const after = tokens[name?.[1] ?? 0]
    if (name !== undefined && tokens.slice(name[0], name[1]).every((token) => token.pos === 'PROPN') &&
      (name[1] >= sentence.lastToken || after.pos === 'PUNCT' || after.normal === 'on' || after.normal === 'in')) inverted = [inverted[0], name[1]]
  }
  // *…, said Tatiana Stanovaya, founder of the analysis firm R.Politik.*: the name's appositive, to
  // the sentence's end, says who the speaker is (and what type of source).
  if (inverted !== undefined && tokens[inverted[1]]?.normal === ',' && tokens[inverted[1] - 1].pos === 'PROPN') {
    const comma = inverted[1]
    let role = phraseStartingAt(tokens, comma + 1, sentence.lastToken)
    // (*…, lead/VERB crude analyst at Kpler*: a title's first word the tagger calls a verb.)
    if (role === undefined && tokens[comma + 1]?.pos === 'VERB' && (tokens[comma + 2]?.pos === 'NOUN' || tokens[comma + 2]?.pos === 'ADJ')) {
      const rest = phraseStartingAt(tokens, comma + 2, sentence.lastToken)
      if (rest !== undefined && rest[0] === comma + 2) role = [comma + 1, rest[1]]
    }
    const end = tokens[role?.[1] ?? 0]
    // (*…, a researcher at the Atlantic Council, who has tracked …*: a relative clause after the role is what they did, not who they are.)
    const relativeAfter = end?.normal === ',' && RELATIVE_PRONOUNS.has(tokens[role![1] + 1]?.normal ?? '')
    // (*…, said Lena Vogt, an analyst who studies Russian information operations.*: a restrictive relative clause too.)
    const restrictiveAfter = end !== undefined && RELATIVE_PRONOUNS.has(end.normal) && role !== undefined && role[1] - role[0] >= 2
    // (*…, said Dan Mocanu, a political scientist in Bucharest, in a telephone interview.*: where or
    // how it was said, after the role, ends the sentence.)
    const settingAfter = end?.normal === ',' && role !== undefined && settingEndsSentence(tokens, role[1] + 1, sentence)
    if (role !== undefined && role[0] === comma + 1 && (role[1] >= sentence.lastToken || (end.pos === 'PUNCT' && role[1] + 1 >= sentence.lastToken) || end.isQuote || relativeAfter || restrictiveAfter || settingAfter)) inverted = [inverted[0], role[1]]
  }
  const quoteBefore = quoteClosingJustBefore(context, cue.first)
  // After a closing quote any noun phrase is the speaker (*said the 46-year-old*); otherwise it must be named.
  // (*…, said the people, who asked not to be identified*: wire copy's back-reference to its unnamed sources.)
  if (inverted === undefined || (quoteBefore === undefined && !isNamedSource(context, inverted) && !isDefinitePeople(tokens, inverted))) return undefined
  // *…, said parents still want …*: a phrase that goes on into a clause is the content's subject, not a speaker.
  const afterInverted = tokens[inverted[1]]
  if (afterInverted !== undefined && inverted[1] < sentence.lastToken && (afterInverted.pos === 'VERB' || afterInverted.pos === 'AUX' || afterInverted.pos === 'ADV')) return undefined
  // (*MEA defends Russia ties, says India's energy choices 'not up for negotiation'*: a headline's
  // phrase with its quoted predicate right after it is what is said, not who says it.)
  // (Not *says German "journalist" Christoph Hörstel*: a scare-quoted title before the name.)
  const quotedAfter = afterInverted !== undefined && inverted[1] < sentence.lastToken && afterInverted.isQuote && quoteBefore === undefined ? quoteOpeningIn(context, inverted[1], inverted[1]) : undefined
  if (quotedAfter !== undefined && tokens[quotedAfter.close + 1]?.pos !== 'PROPN') return undefined
  const content = splitQuote(context, quoteBefore, inverted[1]) ?? (quoteBefore !== undefined ? statementEndingInQuote(context, sentence, quoteBefore) : trimContent(tokens, context.statementStart, cue.first))
  return { cue: [cue.first, cue.last], source: inverted, content, entry }
}

/** The most words a setting after a speaker's role may take. */
const MAX_SETTING = 8

/** Whether a prepositional phrase of setting, without a verb, runs from `first` to the sentence's end. */
function settingEndsSentence (tokens: Token[], first: number, sentence: Sentence): boolean {
  // (*in a telephone interview*, *on Monday*, *during a visit*)
  if (!SETTING_PREPOSITIONS.has(tokens[first]?.normal ?? '') || tokens[first].pos !== 'ADP') return false
  let i = first + 1
  while (i < sentence.lastToken && i - first <= MAX_SETTING && (tokens[i].isWord ? tokens[i].pos !== 'VERB' && tokens[i].pos !== 'AUX' : false)) i++
  while (i < sentence.lastToken && (tokens[i].pos === 'PUNCT' || tokens[i].isQuote)) i++
  return i >= sentence.lastToken
}

/** *the people*, *the two people*, *the person*: unnamed people the copy has introduced. */
function isDefinitePeople (tokens: Token[], [first, last]: [number, number]): boolean {
  const head = tokens[last - 1]
  return tokens[first].normal === 'the' && (head.normal === 'people' || head.normal === 'person') && (last - first === 2 || (last - first === 3 && tokens[first + 1].pos === 'NUM'))
}

/** The tagger's part-of-speech slips inside names (*Associated* VERB, *exit polls*) do not end a source after *according to*. */
const MAX_PREPOSITION_SOURCE = 14
function sourceAfterPreposition (tokens: Token[], first: number, limit: number): [number, number] | undefined {
  let last = first
  while (last < limit && last - first < MAX_PREPOSITION_SOURCE && !(tokens[last].pos === 'PUNCT' && tokens[last].normal !== '-' && !tokens[last].isQuote)) last++
  while (last > first && (tokens[last - 1].pos === 'PUNCT' || tokens[last - 1].isQuote)) last--
  if (last - first >= MAX_PREPOSITION_SOURCE) return phraseStartingAt(tokens, first, limit)
  // *According to police, …*: the tagger reads *to* as an infinitive's and its object as a verb,
  // but a preposition's object is a noun phrase.
  const nounAfterTo = last > first && last - first <= 2 && tokens[first - 1]?.normal === 'to' && tokens[first].pos === 'VERB'
  return nounAfterTo || tokens.slice(first, last).some((token) => HEAD_TAGS.has(token.pos)) ? [first, last] : undefined
}

/** *going according to plan*, *according to the law*: what a thing goes by, not who said it. */
const NOT_SOURCES_AFTER_ACCORDING = new Set(['plan', 'schedule', 'script', 'law', 'rule', 'tradition', 'custom', 'protocol', 'expectation', 'form'])

function prepositionAttribution (context: SentenceContext, cue: RawMatch, sentence: Sentence): Found | undefined {
  const { tokens } = context
  let source = sourceAfterPreposition(tokens, cue.last, sentence.lastToken)
  if (source === undefined) return undefined
  const headIndex = tokens[source[0]].pos === 'DET' ? source[0] + 1 : source[0]
  // (*the law firm of …* is a source: the word goes on into a compound.)
  if (NOT_SOURCES_AFTER_ACCORDING.has(tokens[headIndex]?.lemma ?? '') && !HEAD_TAGS.has(tokens[headIndex + 1]?.pos ?? '')) return undefined
  // *According to Meduza, a Riga-based news site, state channels …*: an appositive after the
  // source says who it is; the content starts after it.
  // (*According to Harsh Pant, vice-president at the Observer Research Foundation, …*: a title needs no article.)
  const titleAfter = (token: Token | undefined): boolean => token !== undefined && (token.pos === 'NOUN' || token.pos === 'ADJ') && /^\p{Ll}/u.test(context.text.slice(token.start, token.end))
  if (tokens[source[1]]?.normal === ',' && (ARTICLES.has(tokens[source[1] + 1]?.normal ?? '') || tokens[source[1] + 1]?.normal === 'another' || titleAfter(tokens[source[1] + 1]))) {
    const appositive = phraseStartingAt(tokens, source[1] + 1, sentence.lastToken)
    if (appositive !== undefined && tokens[appositive[1]]?.normal === ',' && HEAD_TAGS.has(tokens[appositive[1] - 1].pos)) source = [source[0], appositive[1]]
  }
  // *New Delhi refused to condemn Moscow, citing its time-tested ties*: what is cited is a reason,
  // not a source; the clause's subject gives it (*citing local officials* names a source).
  // (*citing a debt that Chisinau disputes*, *citing purchases of Russian oil*: a name inside the
  // cited thing's relative clause or *of* phrase does not make the thing a source.)
  // (Not after *quoting*: what is quoted is a source, *quoting the interview on …*.)
  const participle = cue.last - cue.first === 1 && tokens[cue.first].normal.endsWith('ing')
  const cited = participle && tokens[cue.first].normal === 'citing' ? citedHead(tokens, source) : source
  if (participle && !isNamedSource(context, cited) && !PEOPLE_NOUNS_AFTER_CITING.has(tokens[cited[1] - 1].lemma)) {
    const subject = clauseSubject(context, cue.first, sentence)
    const reason = trimContent(tokens, cue.last, sentence.lastToken)
    return subject === undefined || reason === undefined ? undefined : { cue: [cue.first, cue.last], source: subject, content: reason, entry: cue.compiled.entry.id }
  }
  // (*By the autumn, according to the administration, fewer than 1,500 people remained*: before the
  // cue only an opening adverbial, whose comma ends right before it; the statement follows.)
  const afterAdverbial = context.statementStart === sentence.firstToken && tokens[cue.first - 1]?.normal === ',' &&
    afterOpeningAdverbial(tokens, sentence.firstToken, cue.first) === cue.first && tokens[source[1]]?.normal === ','
  const atStart = afterAdverbial || trimContent(tokens, context.statementStart, cue.first) === undefined
  const content = atStart ? trimContent(tokens, source[1], sentence.lastToken) : trimContent(tokens, context.statementStart, cue.first)
  return { cue: [cue.first, cue.last], source, content, entry: cue.compiled.entry.id }
}

const MAX_ADJECTIVES_BEFORE_NOUN_CUE = 2

/** Where a possessor ends before a nominal cue: *Moscow's claim*, *the Democrats' new warning*, *his repeated call for*. */
function possessorBefore (tokens: Token[], cueFirst: number, sentence: Sentence): { mark: number, pronoun: boolean } | undefined {
  let i = cueFirst - 1
  // (*repeated*, *renewed* are participles to the tagger.)
  const modifies = (token: Token): boolean => token.pos === 'ADJ' || (token.pos === 'VERB' && token.normal.endsWith('ed'))
  let modifiers = 0
  while (i > sentence.firstToken && modifiers < MAX_ADJECTIVES_BEFORE_NOUN_CUE) {
    // (*long-standing*, *often-repeated*: a hyphenated compound is one modifier, whatever its tags.)
    if (tokens[i - 1]?.normal === '-' && i - 3 >= sentence.firstToken) i -= 3
    else if (modifies(tokens[i])) i--
    else break
    modifiers++
  }
  if (i < sentence.firstToken) return undefined
  const token = tokens[i]
  if (token.normal === "'s" && i > sentence.firstToken) return { mark: i, pronoun: false }
  // *the Democrats' warning*: a plural possessive is a bare apostrophe after a plural noun.
  if ((token.normal === "'" || token.normal === '’') && i > sentence.firstToken && tokens[i - 1].normal.endsWith('s') && HEAD_TAGS.has(tokens[i - 1].pos)) return { mark: i, pronoun: false }
  if (POSSESSIVE_PRONOUNS.has(token.normal)) return { mark: i, pronoun: true }
  return undefined
}

const CLAUSE_JOINS = new Set([',', ';', ':', 'and', 'but', '—', '–'])

/** The nominal cue of a view credited to its owner: *In Moscow's telling, …*, *In her view, …*. */
const IN_THEIR_VIEW = 'in-their-telling'

/** Cues whose last word names where the claim appeared or who made it (*a claim echoed in*, *made by*). */
const AGENT_PREPOSITIONS = new Set(['by', 'in'])

function nounAttribution (context: SentenceContext, cue: RawMatch, sentence: Sentence): Found | undefined {
  const { tokens } = context
  let source: [number, number] | undefined
  const possessor = possessorBefore(tokens, cue.first, sentence)
  // (*In Moscow's telling, …*, *In his view, …*: only after *in*, and the possessor is the source
  // whatever the clause's subject; *The company's view, however, was ignored* credits nothing.)
  if (cue.compiled.entry.id === IN_THEIR_VIEW) {
    if (possessor === undefined) return undefined
    const owner: [number, number] | undefined = possessor.pronoun ? [possessor.mark, possessor.mark + 1] : phraseEndingAt(tokens, possessor.mark, sentence.firstToken, possessor.mark)
    const opener = owner === undefined ? -1 : owner[0] - 1
    // (Opening its sentence or clause: not *Asked who leads the party in his view, he said Ryan*.)
    if (owner === undefined || tokens[opener]?.normal !== 'in' || !(opener === sentence.firstToken || CLAUSE_JOINS.has(tokens[opener - 1].normal))) return undefined
    source = owner
  } else if (possessor?.pronoun === true) {
    // *Latino Republicans have been unsparing in their criticism of …*: the clause's subject owns it.
    source = clauseSubject(context, possessor.mark, sentence) ?? [possessor.mark, possessor.mark + 1]
  } else if (possessor !== undefined) {
    source = phraseEndingAt(tokens, possessor.mark, sentence.firstToken, possessor.mark)
  } else if (AGENT_PREPOSITIONS.has(tokens[cue.last - 1].normal)) {
    // *support for the plan*, *emphasis on sovereignty*: after any other preposition comes the topic, not a source.
    source = phraseStartingAt(tokens, cue.last, sentence.lastToken)
  }
  if (source === undefined) return undefined
  // (*the claim, made by some commentators, that the West is lecturing India*: the claim's clause after its agent.)
  let that = source[1]
  if (tokens[that]?.normal === ',') that++
  if (source[0] > cue.first && tokens[that]?.normal === 'that' && that + 1 < sentence.lastToken) {
    const content = trimContent(tokens, that + 1, subjectClauseEnd(tokens, that + 1, sentence.lastToken))
    if (content !== undefined) return { cue: [cue.first, cue.last], source, content, entry: cue.compiled.entry.id }
  }
  if (source[0] > cue.first) {
    // (*Moscow's version … is a claim echoed in …*: the copula and article before the cue are not the claim's.)
    let end = cue.first
    if (ARTICLES.has(tokens[end - 1]?.normal ?? '') && end - 1 > sentence.firstToken) end--
    if (tokens[end - 1]?.lemma === 'be' && end - 1 > sentence.firstToken) end--
    const content = trimContent(tokens, context.statementStart, end)
    return { cue: [cue.first, cue.last], source, content, entry: cue.compiled.entry.id }
  }
  // *Moscow's claims that it is protecting Russian speakers do not survive …*: a claim opening the
  // sentence is its subject, so the claim's clause ends where the sentence's own verb begins.
  const end = source[0] === sentence.firstToken ? subjectClauseEnd(tokens, cue.last, sentence.lastToken) : sentence.lastToken
  // (*In Moscow's telling, …*, *The ministry's message: …*: the punctuation the pattern ends on is not the cue.)
  const cueEnd = cue.last - 1 > cue.first && tokens[cue.last - 1].pos === 'PUNCT' ? cue.last - 1 : cue.last
  return { cue: [cue.first, cueEnd], source, content: trimContent(tokens, cue.last, end), entry: cue.compiled.entry.id }
}

/**
 * Where a clause that is a sentence's subject ends: at a verb group that follows the clause's own
 * verb and a noun, an adjective or a verb (*that it is protecting Russian speakers | do not
 * survive*, *that it remains neutral | are hard to square*, *that troops were deployed | has been
 * refuted*); otherwise at `end`.
 */
function subjectClauseEnd (tokens: Token[], from: number, end: number): number {
  let seenVerb = false
  for (let i = from; i < Math.min(end, from + MAX_CONTENT_SCAN); i++) {
    const token = tokens[i]
    if (token.pos === 'AUX' && seenVerb && i > from) {
      const before = tokens[i - 1]
      if (before.pos === 'NOUN' || before.pos === 'PROPN' || before.pos === 'ADJ' || (before.pos === 'VERB' && !before.normal.endsWith('ing'))) return i
    }
    if (token.pos === 'VERB' || token.pos === 'AUX') seenVerb = true
  }
  return end
}

/**
 * *told the Security Council on Friday that …*, *said last week that …*: when the speech was
 * is not what was said. Skipped only before *that* or a comma, where the clause plainly starts after it.
 */
function afterTimePhrase (tokens: Token[], from: number, end: number): number {
  let past = from
  // (*said in a statement it was the 14th mediation*: a medium, then a clause without *that*.)
  const afterMedium = clauseAfterMedium(tokens, from, end)
  if (afterMedium !== undefined) return afterMedium
  if (tokens[past]?.normal === 'on' && (WEEKDAYS.has(tokens[past + 1]?.normal ?? '') || MONTHS.has(tokens[past + 1]?.normal ?? ''))) {
    past += 2
    // (*said on Friday evening that*, *on March 3 that*.)
    while (past < end && past < from + 4 && (TIME_NOUNS.has(tokens[past].lemma) || tokens[past].pos === 'NUM')) past++
    // (Without *that*, *said on Friday the troops would leave* may date the leaving: the day stays in the content.)
    if (past < end && tokens[past].normal !== 'that' && tokens[past].normal !== ',' && tokens[past].normal !== ':') return from
  } else if (tokens[past]?.normal === 'more' && tokens[past + 1]?.normal === 'than' && REPEATS.has(tokens[past + 2]?.normal ?? '')) past += 3
  else if (WEEKDAYS.has(tokens[past]?.normal ?? '')) past += 1
  else if (TIME_DETERMINERS.has(tokens[past]?.normal ?? '') && TIME_NOUNS.has(tokens[past + 1]?.lemma ?? '')) past += 2
  else if (SETTING_PREPOSITIONS.has(tokens[past]?.normal ?? '') || tokens[past]?.pos === 'ADV' || tokens[past]?.normal === ',') {
    // *said in a statement that …*, *told reporters at a briefing in Delhi: …*, *said repeatedly
    // that …*, *claimed, without offering evidence, that …*: how, when or where, then the clause.
    // (An aside set off by a comma runs to *that*; a setting may also end at a comma.)
    const aside = tokens[past].normal === ','
    const limit = Math.min(end, from + MAX_SETTING_TOKENS)
    let i = from + 1
    const gerund = (k: number): boolean => tokens[k].normal.endsWith('ing') && (GERUND_PREPOSITIONS.has(tokens[k - 1]?.normal ?? '') || tokens[k - 1]?.normal === 'without')
    while (i < limit && !((tokens[i].pos === 'VERB' || tokens[i].pos === 'AUX') && !gerund(i)) && tokens[i].normal !== 'that' && tokens[i].normal !== ':' && (aside || tokens[i].normal !== ',')) i++
    if (i < limit && (tokens[i].normal === 'that' || tokens[i].normal === ':' || (!aside && tokens[i].normal === ',' && tokens[from].pos !== 'ADV'))) past = i
  }
  if (past === from) return from
  if (tokens[past]?.pos === 'NUM') past++
  return past < end && (tokens[past].normal === 'that' || tokens[past].normal === ',' || tokens[past].normal === ':') ? past : from
}

const REPEATS = new Set(['once', 'twice'])
/** What a statement is made in or through (*said in a statement*, *told in an interview*, *wrote in a post*). */
const MEDIA_NOUNS = new Set(['statement', 'interview', 'briefing', 'speech', 'post', 'tweet', 'letter', 'message', 'broadcast', 'address', 'communique', 'communiqué', 'note', 'release', 'video', 'call', 'conference', 'report', 'comment', 'remark', 'op-ed', 'column', 'article', 'filing', 'email'])
/** A participle that extends a medium (*a statement carried by RIA Novosti*, *a post published on X*). */
const MEDIUM_PARTICIPLES = new Set(['carried', 'published', 'posted', 'released', 'issued', 'broadcast', 'aired', 'shared', 'quoted', 'cited', 'reported', 'seen', 'sent'])
const MAX_MEDIUM_TOKENS = 12

/**
 * *said in a statement that …*, *said in a statement carried by RIA Novosti that …*, *said in a
 * statement it was …*: where a statement was made, then what it said. The index of the *that*, or
 * of the clause's first word when no *that* opens it; undefined when `from` opens no medium.
 */
function clauseAfterMedium (tokens: Token[], from: number, end: number): number | undefined {
  if (tokens[from]?.normal !== 'in' && tokens[from]?.normal !== 'on' && tokens[from]?.normal !== 'during') return undefined
  let i = from + 1
  const limit = Math.min(end, from + MAX_MEDIUM_TOKENS)
  while (i < limit && (tokens[i].pos === 'DET' || tokens[i].pos === 'ADJ' || tokens[i].pos === 'NUM' || (tokens[i].pos === 'PROPN' && !MEDIA_NOUNS.has(tokens[i].lemma)))) i++
  if (i >= limit || !MEDIA_NOUNS.has(tokens[i].lemma) || tokens[i].pos === 'VERB') return undefined
  i++
  // (*carried by RIA Novosti*, *published on its website*: the medium's own description.)
  if (i < limit && MEDIUM_PARTICIPLES.has(tokens[i].normal) && (tokens[i + 1]?.pos === 'ADP')) {
    i += 2
    while (i < limit && (tokens[i].pos === 'DET' || tokens[i].pos === 'PROPN' || tokens[i].pos === 'NOUN' || tokens[i].pos === 'ADJ')) i++
  }
  if (i >= end) return undefined
  if (tokens[i].normal === 'that' || tokens[i].normal === ':') return i
  return opensClauseAt(tokens, i, end) ? i : undefined
}

/** A clause of its own starts at `i`: a subject, then its verb within a few words. */
function opensClauseAt (tokens: Token[], i: number, end: number): boolean {
  const opensClause = (tokens[i].pos === 'PRON' && !POSSESSIVE_PRONOUNS.has(tokens[i].normal)) || tokens[i].pos === 'PROPN' ||
    ((tokens[i].pos === 'DET' || tokens[i].pos === 'NOUN') && (tokens[i + 1]?.pos === 'NOUN' || tokens[i + 1]?.pos === 'VERB' || tokens[i + 1]?.pos === 'AUX'))
  if (!opensClause) return false
  for (let k = i + 1; k < Math.min(end, i + 6); k++) if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') return true
  return false
}

/**
 * *…, that Kyiv's backers bore full responsibility, describing the sanctions as …*: a reporting
 * participle after a comma is the speaker's next act (credited on its own: see sharedSubject), not
 * part of this content.
 */
function beforeParticipleAct (context: SentenceContext, from: number, end: number): number {
  const { tokens } = context
  for (let i = from; i < Math.min(end - 1, from + MAX_CONTENT_SCAN); i++) {
    if (isParticipleAct(context, i)) return i
  }
  return end
}

/** How many words of audience and setting may follow a tag before its comma (*told the Lok Sabha on Thursday,*). */
const MAX_TAG_TAIL = 8
const NOUN_PHRASE_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN'])

/**
 * The comma closing a tag after `after`: right there, or past the audience of *told* and a setting
 * that opens with a preposition or a day (*told the Lok Sabha on Thursday,*), with no verb and no
 * quotation mark. Not past an object (*the authorities blame Moscow, which …*).
 */
function tagCommaAfter (tokens: Token[], after: number, sentence: Sentence, verbLemma: string): number | undefined {
  const limit = Math.min(sentence.lastToken, after + MAX_TAG_TAIL)
  let start = after
  // (*the Kremlin has promised repeatedly,*: how often or how firmly it said so.)
  while (start < limit && tokens[start].pos === 'ADV' && tokens[start].normal !== 'that') start++
  if (verbLemma === 'tell') while (start < limit && NOUN_PHRASE_WORDS.has(tokens[start].pos)) start++
  if (start < limit && tokens[start].normal !== ',' && !SETTING_PREPOSITIONS.has(tokens[start].normal) && !WEEKDAYS.has(tokens[start].normal) && !TIME_DETERMINERS.has(tokens[start].normal)) return undefined
  for (let i = start; i < limit; i++) {
    const token = tokens[i]
    if (token.normal === ',') return i
    if (token.pos === 'VERB' || token.pos === 'AUX' || token.isQuote || token.normal === 'that') return undefined
  }
  return undefined
}

/** *, describing the sanctions as …*, *, framing it as …* (a noun to the tagger): a reporting participle right after the comma at `comma`. */
function isParticipleAct (context: SentenceContext, comma: number): boolean {
  const { tokens } = context
  const participle = tokens[comma + 1]
  // (*…,” adding that …*: a closing quotation mark after the comma.)
  const separator = tokens[comma]?.normal === ',' || commaThenQuoteEndsAt(tokens, comma)
  // (*…, rejecting the charges*: any reporting participle that is the speaker's act, as sharedSubject credits it.)
  if (!separator || participle === undefined || !participle.normal.endsWith('ing') || (!isSpeechVerb(participle) && context.sourceIndex.actParticiple[comma + 1] !== 1)) return false
  return participle.pos === 'VERB' || participleTaggedAsNoun(tokens, comma + 1) || (participle.pos === 'NOUN' && tokens[comma + 2]?.normal === 'that')
}

/** *briefing/NOUN the media*, *framing/NOUN it as*: an -ing form the tagger calls a noun, with an object after it. */
function participleTaggedAsNoun (tokens: Token[], i: number): boolean {
  return tokens[i]?.pos === 'NOUN' && tokens[i].normal.endsWith('ing') && OBJECT_OPENERS.has(tokens[i + 1]?.normal ?? '')
}

/**
 * What a speaker before (or, *While saying that …, he*, after) its verb is credited with: from after
 * the verb (past when it was said, or to what a free relative names) to where the statement ends.
 */
function contentAfterVerb (context: SentenceContext, verb: Token, cue: RawMatch, source: [number, number], after: number, sentence: Sentence): [number, number] | undefined {
  const { tokens } = context
  // (*RIA Novosti quoted a Russian officer as saying that the drills were routine*: what the quoted person said.)
  const quotedSaying = verb.lemma === 'quote' ? asSayingAfter(tokens, after, sentence) : undefined
  if (quotedSaying !== undefined) return trimContent(tokens, quotedSaying, sentence.lastToken)
  const start = afterTimePhrase(tokens, namedThingStart(tokens, source, after), sentence.lastToken)
  // A subject after the verb closes the participle phrase's content at its comma.
  const statementEnd = source[0] > cue.first ? source[0] - 1 : objectContentEnd(tokens, verb, source, after, relativeClauseEnd(tokens, source, after, sentence))
  return trimContent(tokens, start, beforeNextReport(context, verb, after, beforeParticipleAct(context, after, statementEnd)))
}

/** How far *quoted X as saying* may put its *as saying* after the verb. */
const MAX_QUOTED_PERSON = 12

/** The first word of what *quoted X as saying (that) …* reports, or undefined. */
function asSayingAfter (tokens: Token[], after: number, sentence: Sentence): number | undefined {
  for (let i = after; i < Math.min(sentence.lastToken - 1, after + MAX_QUOTED_PERSON); i++) {
    if (tokens[i].normal === 'as' && tokens[i + 1].normal === 'saying') return tokens[i + 2]?.normal === 'that' ? i + 3 : i + 2
    if (tokens[i].pos === 'VERB' || tokens[i].isQuote) return undefined
  }
  return undefined
}

/** Words that open a clause inside a sentence: a passive after one has its subject there. */
const SUBORDINATORS = new Set(['after', 'before', 'when', 'whenever', 'while', 'because', 'since', 'although', 'though', 'until', 'once', 'if', 'whereas', 'that', 'which', 'who'])

/**
 * What a passive with an agent reports: its subject, in its own clause — *about 20 minutes after
 * the first explosions were reported by residents* reports the explosions, not the sentence around
 * them; *the claim, which was first posted by a channel* (a relative word right before the verb)
 * the noun it refers to.
 */
function passiveSubject (tokens: Token[], start: number, verbAt: number, sentence: Sentence): [number, number] | undefined {
  for (let i = verbAt - 1; i > start && verbAt - i <= MAX_CONTENT_SCAN; i--) {
    // (A verb of another clause on the way back: the passive is that clause's, which has its subject further back.)
    if (tokens[i].pos === 'VERB') break
    if (!SUBORDINATORS.has(tokens[i].normal)) continue
    const subject = trimContent(tokens, i + 1, verbAt)
    if (subject !== undefined && tokens.slice(subject[0], subject[1]).some((token) => HEAD_TAGS.has(token.pos))) return subject
    const nounEnd = tokens[i - 1]?.normal === ',' ? i - 1 : i
    return phraseEndingAt(tokens, nounEnd, sentence.firstToken, nounEnd)
  }
  return trimContent(tokens, start, verbAt)
}

/**
 * *Peskov said talks were possible and added that Moscow was ready*: a reporting verb coordinated
 * after the content is the speaker's next statement (credited on its own), not part of this one.
 */
function beforeNextReport (context: SentenceContext, verb: Token, from: number, end: number): number {
  const { tokens, matches } = context
  // Matches are in token order: start at the first after `from` and read no further than the
  // content scan, so a sentence of thousands of cues stays linear.
  const limit = Math.min(end, from + MAX_CONTENT_SCAN)
  for (let k = firstAfter(matches.length, (i) => matches[i].first, from + 1); k < matches.length && matches[k].first < limit; k++) {
    const match = matches[k]
    const joiner = tokens[match.first - 1]
    const next = tokens[match.first]
    // (A verb of speech in the form of the first, so not *said prices would rise and show …*.)
    // (*said the army had advanced and declined further comment*: refusing to say more is the speaker's next act too.)
    if (match.compiled.role === 'verb' && (joiner?.normal === 'and' || joiner?.normal === 'but') && next.pos === 'VERB' &&
      (isSpeechVerb(next) || match.compiled.entry.id === 'decline-comment') && verbForm(next) === verbForm(verb)) {
      return tokens[match.first - 2]?.normal === ',' ? match.first - 2 : match.first - 1
    }
    // (*said the talks were useful, and the Ukrainian side rejected the proposal*: a new subject
    // after a comma and a conjunction, with a report of its own, opens the next statement.)
    // (Not *…, but Chaffetz declined*: a refusal there is the end of the story told, not a new report.)
    if (match.compiled.role === 'verb' && next.pos === 'VERB' && match.compiled.entry.id !== 'decline-comment') {
      let subject = match.first
      while (subject > from + 2 && match.first - subject < MAX_LIST_MEMBER && (NOUN_PHRASE_WORDS.has(tokens[subject - 1].pos) || tokens[subject - 1].normal === "'s")) subject--
      if (subject < match.first && COORDINATORS.has(tokens[subject - 1].normal) && tokens[subject - 2].normal === ',') return subject - 2
    }
  }
  return end
}

/** Nouns for a claim that a stance answers (*rejected the idea that …*, *dismissed reports that …*). */
const ANSWERED_CLAIMS = new Set([...CLAIM_NOUNS, 'idea', 'suggestion', 'notion', 'report', 'speculation', 'premise', 'view', 'perception', 'impression'])

/**
 * *When Indian officials speak of strategic autonomy, …*: what someone speaks of names their own
 * words, unlike what they discuss (*The leaders discussed the crisis*, the narrator's topic).
 */
function wordsSpokenOf (tokens: Token[], cue: RawMatch, after: number, sentence: Sentence): [number, number] | undefined {
  if (tokens[cue.last - 1]?.normal !== 'of') return undefined
  return phraseStartingAt(tokens, after, sentence.lastToken)
}

function claimAnswered (tokens: Token[], after: number, sentence: Sentence): [number, number] | undefined {
  const noun = tokens[after]?.pos === 'DET' ? after + 1 : after
  if (!ANSWERED_CLAIMS.has(tokens[noun]?.lemma ?? '') || tokens[noun + 1]?.normal !== 'that') return undefined
  return trimContent(tokens, noun + 2, sentence.lastToken)
}

/**
 * *The deal is close, officials said on Tuesday.* / *…, the analysts said in a note last month.*:
 * when and where something was said is not what was said; the statement is then the one before
 * the tag (the fallbacks after this).
 */
function statementAfterVerb (context: SentenceContext, verb: Token, cue: RawMatch, source: [number, number], after: number, sentence: Sentence): [number, number] | undefined {
  const content = contentAfterVerb(context, verb, cue, source, after, sentence)
  if (content === undefined || isSettingOnly(context.tokens, content[0], content[1])) return undefined
  // (*…, Peskov said on Monday, dismissing reports of a split*: after the setting comes the speaker's next act, not a statement.)
  if (context.tokens[content[0] - 1]?.normal === ',' && isParticipleAct(context, content[0] - 1)) return undefined
  // (*Russia will retaliate, the EU said when it imposed sanctions.*: when it was said, after a statement before the tag.)
  if (SETTING_CLAUSE_OPENERS.has(context.tokens[content[0]].normal) && context.tokens[source[0] - 1]?.normal === ',') return undefined
  // (*did not respond to a request for comment*, *did not comment on the case*: the sourcing note
  // names whom the newsroom asked; the request is not what they said.)
  return SOURCING_NOTE_VERBS.has(verb.lemma) && context.tokens[content[0]].pos === 'ADP' ? undefined : content
}

const SOURCING_NOTE_VERBS = new Set(['respond', 'reply', 'return', 'comment'])
const SETTING_CLAUSE_OPENERS = new Set(['when', 'while', 'as', 'after', 'before', 'since'])

const MAX_SETTING_TOKENS = 10
const SETTING_PREPOSITIONS = new Set(['on', 'in', 'at', 'for', 'during', 'after', 'before', 'via', 'through', 'from', 'late', 'early', 'earlier', 'later'])

/** Whether tokens [first, last) are only a time, place or medium: a preposition or time phrase and no verb. */
function isSettingOnly (tokens: Token[], first: number, last: number): boolean {
  const opening = tokens[first]
  const opensSetting = SETTING_PREPOSITIONS.has(opening.normal) || WEEKDAYS.has(opening.normal) || TIME_NOUNS.has(opening.lemma) ||
    (TIME_DETERMINERS.has(opening.normal) && TIME_NOUNS.has(tokens[first + 1]?.lemma ?? ''))
  if (!opensSetting || last - first > MAX_CONTENT_SCAN) return false
  for (let i = first; i < last; i++) if (tokens[i].pos === 'VERB' || tokens[i].pos === 'AUX' || tokens[i].normal === 'that') return false
  return true
}

/**
 * How far the content rules below read into a content for the point where it ends: further than
 * any statement's clause, and bounded, because each cue of a sentence reads its own content (one
 * 400 KB sentence of cues had taken 10 s).
 */
const MAX_CONTENT_SCAN = 60

/** *what the Kremlin describes as the “denazification” of Ukraine*: in a free relative the content is what comes after *as*. */
function namedThingStart (tokens: Token[], source: [number, number], after: number): number {
  return tokens[source[0] - 1]?.normal === 'what' && tokens[after]?.normal === 'as' ? after + 1 : after
}

const verbForm = (token: Token): string => token.normal.endsWith('ing') ? 'ing' : token.normal === token.lemma ? 'base' : token.normal.endsWith('s') ? 's' : 'past'
const COORDINATORS = new Set(['and', 'but'])

/**
 * Where the content of a reporting verb ends when it is an object, not a clause:
 * - *What the Kremlin describes as the “denazification” of Ukraine has meant …*: in a free
 *   relative the named thing ends where the sentence's own verb (or a comma) begins;
 * - *They describe the operation as an invasion and ignore the shelling*: a verb of the cue's own
 *   form coordinated after the object is the source's next act, not what it said. (A verb before
 *   the *and* makes the content a clause, whose own verbs may be coordinated: *said prices rose and fell*.)
 */
function objectContentEnd (tokens: Token[], verb: Token, source: [number, number], after: number, end: number): number {
  const freeRelative = tokens[source[0] - 1]?.normal === 'what'
  for (let i = after; i < Math.min(end, after + MAX_CONTENT_SCAN); i++) {
    const token = tokens[i]
    if (freeRelative) {
      if (i > after && (token.normal === ',' || token.pos === 'AUX' || (token.pos === 'VERB' && !token.normal.endsWith('ing')))) return i
      continue
    }
    if ((token.pos === 'VERB' && !token.normal.endsWith('ing')) || token.pos === 'AUX' || token.normal === 'that') return end
    if (COORDINATORS.has(token.normal) && tokens[i + 1]?.pos === 'VERB' && i + 1 < end && verbForm(tokens[i + 1]) === verbForm(verb)) return i
    // (*Someone called it a “quiet revolution,” and I agree*: a clause with its own subject.)
    if (COORDINATORS.has(token.normal) && PERSONAL_PRONOUNS.has(tokens[i + 1]?.normal ?? '') && (tokens[i + 2]?.pos === 'VERB' || tokens[i + 2]?.pos === 'AUX')) return i
  }
  return end
}

/**
 * The source type and actor of tokens [first, last). Terms of anonymity elsewhere in the sentence
 * (*…, an official said on condition of anonymity*) make it anonymous, but not those inside what
 * it said (`content`, character offsets): *The minister said sources had leaked the plan*.
 */
function classify (context: SentenceContext, first: number, last: number, sentence: Sentence, content?: { start: number, end: number }): { type: SourceType, actor?: string } {
  const { tokens, sourceIndex } = context
  // (*Some in India argue*, *many in Moscow believe*: people in a country, not its government.)
  if (last - first >= 3 && PEOPLE_QUANTIFIERS.has(tokens[first].normal) && tokens[first + 1].normal === 'in' && !sourceIndex.anonymityAt.has(tokens[first].sentence)) return { type: 'unspecified' }
  let relative = first
  while (relative < last && !RELATIVE_PRONOUNS.has(tokens[relative].normal)) relative++
  // Sources overlapping the span, in match order (matches are ordered by their first token).
  // (*The Central Bureau of Investigation, which busted a trafficking network,*: what a relative
  // clause names is not what the source is; its terms of anonymity still count.)
  // (*Corporate filings reviewed by Reuters show*: who examined the documents is not who they speak for.)
  const examinedAt = examiningParticipleAt(tokens, first, last)
  const inSource: RawMatch[] = []
  // (*A person close to one of Russia's largest oil exporters*, *an adviser to India's largest
  // refiner*: a state named after the head's preposition as the owner of what is no state body says
  // whose company it is, not whom the source speaks for; *officials at Russia's central bank* still do.)
  const modifierAt = headPhraseEnd(tokens, first, last)
  const ownerOfNoStateBody = (match: RawMatch): boolean => match.first >= modifierAt && match.compiled.entry.sourceType === 'official' && tokens[match.last]?.normal === "'s" &&
    COMMERCIAL_HEADS.has(tokens[possessedHeadAt(tokens, match.last + 1, last)].lemma)
  for (let i = first; i < examinedAt; i++) {
    for (const match of sourceIndex.covering[i] ?? []) {
      if (!inSource.includes(match) && (match.first < relative || match.compiled.entry.sourceType === 'anonymous') && !ownerOfNoStateBody(match)) inSource.push(match)
    }
  }
  // (*…, said growth would slow, speaking on condition of anonymity*: words that can only be of the
  // speaker count wherever they stand.)
  // (*According to two people familiar with the talks, the Ukrainian side proposed …*: the anonymity of another source is its own.)
  const inOtherSource = (match: RawMatch): boolean => context.foundInSentence.some(({ source }) =>
    source[0] <= match.first && match.last <= source[1] && (last <= source[0] || first >= source[1]))
  // (*The officials, who did not wish to be named, said Moscow had assured New Delhi …*: a source
  // inside another's statement is named by that statement, whatever anonymity the speaker asked for.)
  const insideOtherStatement = context.foundInSentence.some((found) => Array.isArray(found.content) && found.content[0] <= first && last <= found.content[1] &&
    (found.source[1] <= first || found.source[0] >= last))
  const anonymousInSentence = !insideOtherStatement && (sourceIndex.anonymityAt.get(tokens[sentence.firstToken].sentence) ?? []).some((match) =>
    (content === undefined || tokens[match.first].start < content.start || tokens[match.first].start >= content.end ||
    tokens.slice(match.first, match.last).some((token) => SPEAKER_ANONYMITY_TERMS.has(token.normal))) && !inOtherSource(match))
  // *Alfonso Aguilar, the director of a think tank*: the name before an appositive is the head.
  let comma = first + 1
  while (comma < last && tokens[comma].normal !== ',') comma++
  // (*Robert Menendez (D-N.J.)*: the name before a party label.)
  let headEnd = comma
  if (tokens[headEnd - 1].normal === ')') {
    while (headEnd > first + 1 && tokens[headEnd - 1].normal !== '(') headEnd--
    if (headEnd > first + 1) headEnd--
  }
  // (*The memo released Monday*: not the day.)
  while (headEnd > first + 1 && WEEKDAYS.has(tokens[headEnd - 1].normal)) headEnd--
  // *Clinton and her aides*: the name is the head.
  for (let i = first + 1; i < headEnd; i++) if (joinsNameAndItsPeople(tokens, i)) { headEnd = i; break }
  const head = tokens[headEnd - 1]
  // *Holger Schmieding of Berenberg, Germany's largest private bank*: an official possessor after a
  // name, or beside another type, says whose something is, not that the source speaks for a state.
  // (*China's representative* is still official.)
  const isOfficialPossessor = (match: RawMatch): boolean => match.compiled.entry.sourceType === 'official' && tokens[match.last]?.normal === "'s" && match.last + 1 < last
  const typeOf = (match: RawMatch): SourceType => match.compiled.entry.sourceType ?? 'unspecified'
  const withoutPossessors = inSource.filter((match) => !isOfficialPossessor(match)).map(typeOf)
  const dropPossessors = withoutPossessors.length < inSource.length && (head.pos === 'PROPN' || withoutPossessors.some((type) => type !== 'unspecified'))
  let types = dropPossessors ? withoutPossessors : inSource.map(typeOf)
  // (*Researchers at Clemson University's Media Forensics Hub*: the head's own type, before its
  // preposition, says who speaks; what the preposition names says where they work. Not a generic
  // role, *David Paleologos, director of the … Political Research Center*, which the place types.)
  const prepositionAt = headPhraseEnd(tokens, first, last)
  const headTypes = prepositionAt < last ? inSource.filter((match) => match.last <= prepositionAt && !isOfficialPossessor(match)).map(typeOf).filter((type) => type !== 'unspecified' && type !== 'person') : []
  if (headTypes.length > 0) types = headTypes
  // (At least the span's first word: a span may open on its preposition, *From the ministry's view*.)
  const phraseHeadAt = Math.max(first, Math.min(prepositionAt, headEnd, examinedAt) - 1)
  const phraseHead = tokens[phraseHeadAt]
  // (*Supporters of the government argue*, *the government's defenders say*: whom they back is not what they are.)
  if (SUPPORTER_HEADS.has(phraseHead.normal)) types = ['unspecified']
  // (*A UN report found*, *a government report says*: a report speaks for whoever wrote it; *the report*
  // alone, or *a Reuters report*, is the press's.)
  const reportMakers = REPORT_HEADS.has(phraseHead.normal) ? inSource.filter((match) => match.last <= phraseHeadAt).map(typeOf).filter((type) => type !== 'unspecified' && type !== 'person') : []
  if (reportMakers.length > 0) types = reportMakers
  // (*figures shared by the Ministry of External Affairs*: data a body gives out speak for that body.)
  // (*according to official figures*: data the state gives out, named by the adjective.)
  if (types.includes('official') && types.includes('expert') && (issuedByBody(tokens, first, last) || officialData(tokens, first, last))) types = types.filter((type) => type !== 'expert')
  if (anonymousInSentence) types.push('anonymous')
  // A proper noun, or one capitalised word the tagger mislabels (*Lynch/VERB announced*), names a
  // person — also after a generic role (*Democratic nominee Hillary Clinton*).
  const capitalisedWord = (head.pos === 'VERB' || head.pos === 'ADJ') && !QUANTIFIER_SUBJECTS.has(head.normal) && /^\p{Lu}\p{Ll}/u.test(context.text.slice(head.start, head.end))
  const onlyGenericRoles = !types.some((type) => type !== 'unspecified') && sourceIndex.covering[headEnd - 1] === undefined
  // (*the bureau's director, James B. Comey*: a name in apposition after the role.)
  const nameAfterRole = comma < last && tokens[last - 1].pos === 'PROPN' && tokens[comma + 1]?.pos === 'PROPN'
  // (*The FSB*, *the Treasury*, *the ICRC*: a name after *the* is a body, not a person. A bare
  // acronym may be a transcript's speaker in capitals, *PENCE:*.)
  // (*The Samajwadi Party's Rekha Yadav*: a name after a possessor is a person.)
  // (*says IOC*, *WADA said*: a bare acronym in capitals is a body — unless it labels a transcript's line, *PENCE:*.)
  const acronym = last - first === 1 && /^\p{Lu}{2,6}$/u.test(context.text.slice(tokens[first].start, tokens[first].end)) && tokens[last]?.normal !== ':'
  const bodyName = (head.pos === 'PROPN' && !nameAfterRole && tokens[first].normal === 'the' && !tokens.slice(first, headEnd).some((token) => token.normal === "'s")) || acronym
  // (*A video on Telegram claims*, *a post on X*: a name after a preposition is where the thing that speaks appeared.)
  const beforePreposition = headPhraseEnd(tokens, first, headEnd)
  const postedThing = beforePreposition < headEnd && PUBLISHED_THINGS.has(tokens[beforePreposition - 1]?.lemma ?? '')
  if ((types.length === 0 || onlyGenericRoles) && (head.pos === 'PROPN' || capitalisedWord || nameAfterRole) && !bodyName && !postedThing) types.push('person')
  if (types.length === 0 && (head.normal === 'he' || head.normal === 'she')) types.push('person')
  // (*US accused Moscow*, *USA admits*: the country's acronym speaks for its government, as *the United States* does.)
  if (acronym && COUNTRY_ACRONYMS.has(context.text.slice(tokens[first].start, tokens[first].end))) types.push('official')
  // (*As Mearsheimer (2014) argues*, *Stent (2023) notes*: a name cited with a year is a scholar.)
  if (tokens[last - 1]?.normal === ')' && tokens[last - 2]?.pos === 'NUM' && /^(?:1[89]|20)\d\d$/.test(tokens[last - 2].normal) && tokens[last - 3]?.normal === '(') types.push('expert')
  let type = TYPE_PRIORITY.find((candidate) => types.includes(candidate)) ?? 'unspecified'
  // *Ajai Shukla, a former Indian Army colonel*, *a retired diplomat*: out of office, an official
  // speaks from experience, not for the state (no actor).
  const formerly = type === 'official' && tokens.slice(first, last).some((token) => FORMER.has(token.normal))
  if (formerly) type = 'expert'
  // Whose voice the source is: not the state its critics oppose (*Kremlin critics*, *Moscow's
  // critics*), and not the capital a foreign diplomat is posted to (*the EU ambassador in New
  // Delhi*; but *officials in Moscow* are Russian).
  // (*Robert Fico, who travelled to Moscow last month,*: a relative clause says what the source did, not whom it speaks for.)
  const posted = POSTED_ROLES.has(tokens[headPhraseEnd(tokens, first, last) - 1]?.lemma ?? '')
  // (*a trade policy fellow at a New Delhi think tank*: an expert speaks from expertise, not for the state where it works.)
  const actor = type === 'critic' || type === 'expert' || formerly
    ? undefined
    : inSource.find((match) => match.compiled.lexicon.actor !== undefined && match.first < relative && !(posted && POSTING_PREPOSITIONS.has(tokens[match.first - 1]?.normal ?? '')))?.compiled.lexicon.actor
  return actor === undefined ? { type } : { type, actor }
}

/** What a country owns that is no state body: its companies and its rich. */
const COMMERCIAL_HEADS = new Set(['exporter', 'importer', 'refiner', 'refinery', 'producer', 'company', 'firm', 'corporation', 'conglomerate', 'lender', 'carmaker', 'automaker',
  'airline', 'miner', 'supplier', 'trader', 'manufacturer', 'retailer', 'business', 'businessman', 'billionaire', 'oligarch', 'tycoon', 'insurer', 'shipper', 'exchange', 'brand'])
/** The head noun of the noun phrase opening at `from` (its last modifier-or-noun word before `last`). */
function possessedHeadAt (tokens: Token[], from: number, last: number): number {
  let at = from
  while (at + 1 < last && (tokens[at + 1].pos === 'NOUN' || tokens[at + 1].pos === 'PROPN' || tokens[at + 1].pos === 'ADJ') && (tokens[at].pos === 'ADJ' || tokens[at].pos === 'NOUN' || tokens[at].pos === 'PROPN' || tokens[at].pos === 'ADV')) at++
  return at
}

const FORMER = new Set(['former', 'retired', 'ex', 'erstwhile'])
/** Heads of a source phrase that name people by whom they back (typed by the attribution lexicon's organisation entry). */
const SUPPORTER_HEADS = new Set(['supporter', 'supporters', 'defender', 'defenders', 'loyalist', 'loyalists', 'apologist', 'apologists', 'admirer', 'admirers', 'cheerleader', 'cheerleaders'])
const REPORT_HEADS = new Set(['report', 'reports', 'paper', 'papers', 'dossier', 'readout', 'investigation', 'investigations', 'inquiry', 'inquiries', 'probe', 'audit', 'audits'])
/** Participles of looking at a thing made by someone else (*documents seen by*, *emails obtained by*), unlike those of issuing it (*figures released by*). */
const EXAMINING_PARTICIPLES = new Set(['reviewed', 'seen', 'obtained', 'examined', 'viewed', 'verified', 'analysed', 'analyzed', 'inspected', 'read', 'studied'])

/** Where a source phrase's examining participle with its agent begins (*filings reviewed by Reuters*), or `last`. */
function examiningParticipleAt (tokens: Token[], first: number, last: number): number {
  for (let i = first + 1; i < last - 1; i++) if (EXAMINING_PARTICIPLES.has(tokens[i].normal) && tokens[i + 1].normal === 'by') return i
  return last
}
/** A finite verb right after a reporting verb: the clause reported has lost its subject to a relative clause (*… says undermines …*). */
function opensGappedClause (token: Token | undefined): boolean {
  return token !== undefined && ((token.pos === 'VERB' && !token.normal.endsWith('ing') && token.normal !== token.lemma) || (token.pos === 'AUX' && token.normal !== 'to'))
}

/** Things put out on a platform or in a medium, which speak for whoever made them (*a video on Telegram*). */
const PUBLISHED_THINGS = new Set(['video', 'post', 'clip', 'message', 'tweet', 'article', 'photo', 'image', 'footage', 'leaflet', 'broadcast', 'story', 'headline', 'meme', 'graphic', 'caption', 'thread', 'blog', 'entry', 'comment', 'advert', 'ad', 'banner', 'poster', 'segment', 'report', 'statement'])
const DATA_WORDS = new Set(['figure', 'figures', 'data', 'statistic', 'statistics', 'estimate', 'estimates', 'record', 'records'])
const ISSUING_WORDS = new Set(['by', 'from'])

/** How far back from a subject the pronoun of a restrictive relative clause is looked for. */
const MAX_RESTRICTIVE_CLAUSE = 12

/**
 * The noun phrase with the restrictive relative clause that describes it, when `phrase` ends that
 * clause right before the verb: *An official who works at the ministry said* → *An official who
 * works at the ministry*, not *the ministry*.
 */
function headOfRelativeClause (tokens: Token[], phrase: [number, number], sentence: Sentence, verbAt: number): [number, number] | undefined {
  const floor = Math.max(sentence.firstToken + 1, phrase[0] - MAX_RESTRICTIVE_CLAUSE)
  for (let i = phrase[0] - 1; i >= floor; i--) {
    const token = tokens[i]
    if (token.isQuote || token.normal === ',' || SENTENCE_END.has(token.normal)) return undefined
    if (token.normal !== 'who' && token.normal !== 'which') continue
    if (!HEAD_TAGS.has(tokens[i - 1].pos)) return undefined
    // The clause has a verb of its own before the phrase, and reports nothing (*A diplomat who
    // attended the talks said Moscow understood*: *Moscow* is the subject of what was said).
    const clause = tokens.slice(i + 1, phrase[0])
    // (*Analysts who study/NOUN Russian propaganda note*: the tagger's noun right after *who* is the
    // clause's verb, and the phrase found is the clause itself.)
    const verbTaggedNoun = clause.length === 0 && tokens[phrase[0]].pos === 'NOUN' && tokens[phrase[0]].normal === tokens[phrase[0]].lemma
    if (!verbTaggedNoun && (!clause.some((inside) => inside.pos === 'VERB' || inside.pos === 'AUX') || clause.some(isSpeechVerb))) return undefined
    const head = phraseEndingAt(tokens, i, sentence.firstToken, verbAt)
    return head === undefined ? undefined : [head[0], phrase[1]]
  }
  return undefined
}

/** Countries named by an acronym in capitals, the state speaking. */
const COUNTRY_ACRONYMS = new Set(['US', 'USA', 'UK'])

/** *official figures*, *official data*: data the adjective says the state gives out. */
function officialData (tokens: Token[], first: number, last: number): boolean {
  for (let i = first; i < last - 1; i++) if (tokens[i].normal === 'official' && DATA_WORDS.has(tokens[i + 1].normal)) return true
  return false
}

/** *figures shared by the ministry*, *data from the central bank*: a data word, then who issued it. */
function issuedByBody (tokens: Token[], first: number, last: number): boolean {
  let dataWord = false
  for (let i = first; i < last; i++) {
    if (DATA_WORDS.has(tokens[i].normal)) dataWord = true
    else if (dataWord && ISSUING_WORDS.has(tokens[i].normal)) return true
  }
  return false
}
const ANONYMITY_SUBJECTS = new Set(['they', 'he', 'she', 'both', 'all'])
/** *One of them*, *two of those*: members of a group named before. */
const MEMBER_OF_THEM = /^(?:one|two|three|some|both|all|most|each|another|either|neither|several|many) of (?:them|those)$/i
/** *One of the executives*, *two of the officials*, *the diplomats*: a member or the whole of a group named before. */
const MEMBER_OF_GROUP = /^(?:(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ss]ome|[Bb]oth|[Aa]ll|[Mm]ost|[Ee]ach|[Aa]nother|[Nn]either|[Ee]ither) of )?[Tt]he (?:[\p{Ll}-]+ )?(\p{Ll}+s)$/u
const singular = (word: string): string => word.replace(/s$/, '')

/** The plural common noun that heads the subject opening the sentence (*Three senior executives spoke …* → executives). */
function pluralSubjectHead (tokens: Token[], sentence: Sentence): string | undefined {
  let i = sentence.firstToken
  while (i < sentence.lastToken && (tokens[i].pos === 'NUM' || tokens[i].pos === 'DET' || tokens[i].pos === 'ADJ' || tokens[i].pos === 'NOUN')) i++
  const head = tokens[i - 1]
  return i > sentence.firstToken && (tokens[i]?.pos === 'VERB' || tokens[i]?.pos === 'AUX') && head.pos === 'NOUN' && head.normal !== head.lemma && head.normal.endsWith('s') ? head.normal : undefined
}
const POSTED_ROLES = new Set(['ambassador', 'diplomat', 'embassy', 'envoy', 'mission', 'correspondent', 'consul', 'consulate', 'delegation', 'attaché', 'attache', 'representative'])
const POSTING_PREPOSITIONS = new Set(['in', 'at', 'to'])

/** How many words a transcript's *Title, Name:* label may run to (*Official Spokesperson, Shri Randhir Jaiswal:*). */
const MAX_TITLE_AND_NAME = 8

/**
 * *Official Spokesperson, Shri Randhir Jaiswal:*, *Sergey Lavrov, Foreign Minister:*: a briefing
 * transcript's label gives the title and the name on either side of one comma, the title one of
 * the words below.
 */
function titleAndName (context: SentenceContext, first: number, colon: number): boolean {
  if (colon - first > MAX_TITLE_AND_NAME) return false
  const commas = context.tokens.slice(first, colon).filter((token) => token.normal === ',').length
  if (commas !== 1) return false
  for (let i = first; i < colon; i++) if (LABEL_TITLES.has(context.tokens[i].normal)) return true
  return false
}
/** The title in such a label (not *Paris, France:*, a dateline). */
const LABEL_TITLES = new Set(['spokesperson', 'spokesman', 'spokeswoman', 'minister', 'secretary', 'ambassador', 'president', 'chairman', 'chairwoman', 'chairperson',
  'director', 'envoy', 'representative', 'adviser', 'advisor', 'chief', 'governor', 'mayor', 'senator', 'commander', 'official', 'deputy', 'counsellor', 'counselor', 'press'])

/**
 * *Lavrov: “We will respond.”* / *Russian officials: the talks failed*: a sentence that opens with
 * a named source and a colon credits what follows to it.
 */
function colonAttribution (context: SentenceContext, sentence: Sentence): Found | undefined {
  const { tokens } = context
  // A transcript line may open with a stray quotation mark (*"PENCE: Well, …*).
  let first = sentence.firstToken
  while (first < sentence.lastToken && tokens[first].isQuote) first++
  const introduced = first === 0 ? labelWithParenthesis(context, sentence) : undefined
  if (introduced !== undefined) return introduced
  // (*12:00 — Russian Defence Ministry: "…"*, *MOSCOW — Peskov: "…"*: a live blog's time stamp or a
  // dateline before the label. Not a transcript's capitals, *PENCE: …*, which the dateline pattern also fits.)
  if (first === 0 && tokens.length > 0) {
    const opening = datelineEnd(context.text, tokens[0].start)
    const stamp = context.text.slice(tokens[0].start, opening)
    if (opening > tokens[0].start && (/^\d/.test(stamp) || /[—–-]\s*$/.test(stamp))) while (first < sentence.lastToken - 1 && tokens[first].start < opening) first++
  }
  // (*12:40 NATO: "…"*, *16:20 GMT Zakharova: …*: a time stamp without a dash before the label.)
  first = pastClockTime(tokens, first, sentence.lastToken - 1)
  for (let colon = first + 1; colon < Math.min(sentence.lastToken - 1, first + 14); colon++) {
    if (tokens[colon].normal !== ':') continue
    // *Gillibrand on Hillary’s Transcripts: ‘I Think She Will.’*: a headline naming its speaker and topic.
    const speakerOnTopic = quoteOpeningIn(context, colon + 1, colon + 1) === undefined ? undefined : nameBeforeOn(tokens, first, colon)
    // Other speaker labels are short (*TAPPER:*, *Russian officials:*); a long title-case line is a heading.
    const label = colon < first + MAX_SPEAKER_LABEL ? phraseEndingAt(tokens, colon, first, colon) : undefined
    // In a title-case headline the tagger's classes are noise (*McCain Challenger Kelli Ward/VERB:*,
    // *OK/INTJ Gov Fallin:*): a short run of capitalised words before the colon is the label.
    const titled = titleAndName(context, first, colon)
    const capitalisedLabel = (label === undefined || label[0] !== first) && (colon - first <= 5 || titled) &&
      tokens.slice(first, colon).every((token, k) => /^\p{Lu}/u.test(context.text.slice(token.start, token.end)) || (titled && token.normal === ',' && k > 0 && first + k < colon - 1))
      ? [first, colon] as [number, number]
      : undefined
    const source = speakerOnTopic ?? capitalisedLabel ?? label
    if (source === undefined || source[0] !== first) return undefined
    // *The report states: "…"*: a reporting verb right before the colon introduces the quotation; the verb rule credits it.
    if (context.matches.some((match) => match.compiled.role === 'verb' && match.last === colon && match.first >= source[0] + 1)) return undefined
    // (*Desecration of the Presidential Seat in Kyiv:*: a known source after a preposition is a place or a topic, not the label's speaker.)
    // (*Russia regional elections:*, *India-Russia ties:*: a topic that merely names a source is no speaker; the source must be the label's head.)
    const known = overlapsSource(context, source[0], firstPrepositionIn(tokens, source[0], source[1])) &&
      (context.sourceIndex.covering[source[1] - 1] !== undefined || tokens[source[1] - 1].pos === 'PROPN')
    // Transcripts label speakers in capitals (*TAPPER: …*).
    const speakerLabel = context.text.slice(tokens[source[0]].start, tokens[source[1] - 1].end)
    // (*10:45 IST: PM Modi, in his opening remarks, …*: a live blog's time stamp names nobody.)
    if (tokens[source[0]].pos === 'NUM' || /^\d/.test(context.text.slice(tokens[source[0]].start, tokens[source[0]].end))) return undefined
    // *Q: …* / *A: …*: an interview's question and answer markers name nobody.
    if (speakerLabel === 'Q' || speakerLabel === 'A') return undefined
    // *CLAIM: …*, *Our ruling: …*, *Fact Check: …*: a fact-check's or a page's labels name nobody;
    // *NEW DELHI: …*, *MOSCOW, Nov 14: …*: nor does a dateline.
    // (*New Delhi: The Lok Sabha witnessed …*: the Indian papers' dateline, in title case, opening a paragraph of prose;
    // a headline, *Moscow: Kyiv must accept reality*, has no full stop.)
    const titleCaseDateline = sentence.firstToken === 0 && DATELINE_CITIES.has(speakerLabel.toUpperCase()) && SENTENCE_END.has(tokens[sentence.lastToken - 1].normal)
    if (NOT_SPEAKER_LABELS.has(tokens[source[1] - 1].lemma) || NOT_SPEAKER_LABELS.has(tokens[source[1] - 1].normal) || isDatelineLabel(speakerLabel) || titleCaseDateline) return undefined
    const transcript = /^\p{Lu}[\p{Lu} .'-]*$/u.test(speakerLabel) && speakerLabel.length >= 2
    // Title-case headings (*Strategic Depth: Beyond …*) look like names to the tagger; a name
    // before the colon counts when what follows is speech: a quotation or the speaker's *I*/*we*.
    // (*The Week in Verification: other claims we looked at*: a name after *the* is a heading or a body, no person.)
    const named = (tokens[colon - 1].pos === 'PROPN' || capitalisedLabel !== undefined) && source[1] - source[0] <= 5 && tokens[source[0]].normal !== 'the' && (
      quoteOpeningIn(context, colon + 1, sentence.lastToken - 1) !== undefined ||
      tokens.slice(colon + 1, sentence.lastToken).some((token) => FIRST_PERSON.has(context.text.slice(token.start, token.end))))
    // (*Sorokin: Trust is built by actions.*: in an interview a name opening the paragraph is its speaker.)
    const interviewee = context.interview === true && sentence.firstToken === 0 && source[1] - source[0] <= 3 && tokens.slice(source[0], source[1]).every((token) => token.pos === 'PROPN' || /^\p{Lu}/u.test(context.text.slice(token.start, token.end)))
    if (!known && !transcript && !named && !interviewee && speakerOnTopic === undefined) return undefined
    const content = trimContent(tokens, colon + 1, sentence.lastToken)
    // (*Terras: That argument was never true.*, *That is another question.*: after a speaker's colon, *that* opens the answer.)
    if (content !== undefined && content[0] === colon + 2 && tokens[colon + 1].normal === 'that') content[0] = colon + 1
    // *View full results: http://…*: a link is not something a source said.
    if (content === undefined || /^(https?:\/\/|www\.)\S+$/.test(context.text.slice(tokens[content[0]].start, tokens[content[1] - 1].end))) return undefined
    // *Said Ellis: “…”*: an inverted reporting verb opening the label is the cue, the rest the speaker.
    // (*Zelensky: "Every such night is a Russian choice. We will answer."*: a quotation opening after the
    // colon is said whole, however many sentences it runs to, as after *said:*.)
    const quotation = quoteOpeningIn(context, colon + 1, colon + 2)
    const said = quotation !== undefined && quotation.close > sentence.lastToken ? { start: quotation.start, end: quotation.end } : content
    if (SAID_FORMS.has(tokens[source[0]].normal) && source[1] - source[0] >= 2) return { cue: [source[0], source[0] + 1], source: [source[0] + 1, source[1]], content: said, entry: 'colon' }
    return { cue: [colon, colon + 1], source, content: said, entry: 'colon' }
  }
  return undefined
}

const MAX_SPEAKER_LABEL = 8
/** Transcript labels that name a part, not a person: who speaks is said in the parenthesis after them. */
const ROLE_LABELS = new Set(['q', 'question', 'moderator', 'host', 'anchor', 'interviewer', 'reporter', 'journalist', 'presenter', 'chair', 'chairman', 'chairperson', 'speaker'])
const MAX_LABEL_PARENTHESIS = 16

/**
 * A transcript label with the speaker in a parenthesis: *Q (Suhasini Haidar, The Hindu): …*,
 * *MODERATOR (Randhir Jaiswal, MEA spokesperson): …* name the speaker inside it;
 * *SERGEI LAVROV (Foreign Minister): …* is the name with its role.
 */
function labelWithParenthesis (context: SentenceContext, sentence: Sentence): Found | undefined {
  const { tokens, text } = context
  const first = sentence.firstToken
  let open = first
  while (open < Math.min(sentence.lastToken, first + 4) && tokens[open].normal !== '(') open++
  if (tokens[open]?.normal !== '(' || open === first || !tokens.slice(first, open).every((token) => /^\p{Lu}/u.test(text.slice(token.start, token.end)))) return undefined
  let close = open + 1
  while (close < Math.min(sentence.lastToken, open + MAX_LABEL_PARENTHESIS) && tokens[close].normal !== ')') close++
  if (tokens[close]?.normal !== ')' || close === open + 1 || tokens[close + 1]?.normal !== ':') return undefined
  const content = trimContent(tokens, close + 2, sentence.lastToken)
  if (content === undefined) return undefined
  const roleOnly = open === first + 1 && ROLE_LABELS.has(tokens[first].normal)
  return { cue: [close + 1, close + 2], source: roleOnly ? [open + 1, close] : [first, close + 1], content, entry: 'colon' }
}

/** A live page's time of day (*16:20*), and the zone that may follow it; *9.45* is one only with its zone (not *98.33 percent*). */
const CLOCK_TIME = /^\d{1,2}:\d{2}$/
const DOTTED_CLOCK_TIME = /^\d{1,2}\.\d{2}$/
/** The zones (and halves of the day) a time stamp names, as written: DATELINE's list, which a time-stamp token also reads. */
const TIME_ZONE_NAMES = ['GMT', 'UTC', 'IST', 'MSK', 'BST', 'CET', 'CEST', 'EST', 'EDT', 'ET', 'PT', 'am', 'pm', 'a.m.', 'p.m.']
// (A token also reads Eastern European and Pacific time spelt out, which the dateline pattern does not.)
const TIME_ZONES = new Set([...TIME_ZONE_NAMES, 'EET', 'EEST', 'PST', 'PDT'].map((zone) => zone.toLowerCase()))
/** The token after a time stamp (and its zone) at `at`, or `at` when there is none; never past `limit`. */
function pastClockTime (tokens: Token[], at: number, limit: number): number {
  if (at >= limit) return at
  const zoned = at + 1 < limit && TIME_ZONES.has(tokens[at + 1].normal)
  if (CLOCK_TIME.test(tokens[at].normal)) return zoned ? at + 2 : at + 1
  return zoned && DOTTED_CLOCK_TIME.test(tokens[at].normal) ? at + 2 : at
}

const NOT_SPEAKER_LABELS = new Set(['claim', 'verdict', 'ruling', 'rating', 'check', 'fact', 'note', 'update', 'context', 'background', 'editorial',
  'analysis', 'opinion', 'summary', 'conclusion', 'correction', 'clarification', 'disclaimer', 'explainer', 'timeline', 'watch', 'read',
  'listen', 'photo', 'video', 'caption', 'headline', 'subtitle', 'excerpt', 'transcript', 'dateline',
  // (*GUEST COLUMN: It's time …*: a standfirst's genre label.)
  'column', 'commentary', 'comment', 'exclusive', 'review', 'feature', 'op-ed', 'essay', 'viewpoint', 'perspective', 'dispatch', 'obituary', 'profile', 'factbox',
  // (*BREAKING: NATO says …*, *Live: Drone attack on Odesa*: a news page's kicker.)
  'breaking', 'live', 'latest', 'developing', 'alert', 'urgent', 'recap'])
/** The cities a wire dateline names in capitals (*NEW DELHI:*); a dateline with a date is one whatever the city. */
const DATELINE_CITIES = new Set(['MOSCOW', 'NEW DELHI', 'DELHI', 'WASHINGTON', 'KYIV', 'KIEV', 'BEIJING', 'LONDON', 'BRUSSELS', 'PARIS',
  'BERLIN', 'ISLAMABAD', 'MUMBAI', 'KOLKATA', 'CHENNAI', 'BENGALURU', 'GENEVA', 'TOKYO', 'MINSK', 'TBILISI', 'CHISINAU', 'TALLINN',
  'RIGA', 'VILNIUS', 'WARSAW', 'ANKARA', 'TEHRAN', 'JERUSALEM', 'CAIRO', 'UNITED NATIONS', 'ST PETERSBURG', 'ST. PETERSBURG', 'KAZAN', 'SRINAGAR', 'KABUL', 'DHAKA', 'KATHMANDU', 'COLOMBO'])
const DATE_IN_LABEL = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b/
const isDatelineLabel = (label: string): boolean => DATELINE_CITIES.has(label) || (/^\p{Lu}{2}/u.test(label) && DATE_IN_LABEL.test(label))

/** How a source spoke, said before a colon: *was blunt*, *put it simply*, *struck a defiant tone*. */
const MANNER_WORDS = new Set(['blunt', 'bluntly', 'clear', 'direct', 'explicit', 'emphatic', 'unequivocal', 'categorical', 'adamant',
  'defiant', 'frank', 'candid', 'succinct', 'terse', 'curt', 'brief', 'dismissive', 'scathing', 'firm', 'forthright', 'unambiguous',
  'plain', 'simple', 'simply', 'short', 'cautious', 'upbeat', 'sceptical', 'skeptical', 'conciliatory', 'combative', 'uncompromising',
  'insistent', 'further'])
/** What a source said, named before a colon: *struck a different tone*, *the ministry's message was clear*. */
const SPEECH_NOUNS = new Set(['tone', 'message', 'word', 'warning', 'verdict', 'response', 'reply', 'answer', 'retort', 'point',
  'explanation', 'assessment', 'argument', 'position', 'line'])
const MAX_MANNER_PREDICATE = 6

/**
 * *Lavrov was blunt: there would be no ceasefire* / *Peskov put it simply: “…”* / *The ministry's
 * message was clear: …*: a named source, a short predicate about how or what it said, then a
 * colon, credits what follows to the source. Not *The result was clear: …* (nobody speaks) and not
 * *It was clear: …* (the narrator's own conclusion).
 */
function mannerColonAttribution (context: SentenceContext, sentence: Sentence): Found | undefined {
  const { tokens } = context
  const first = sentence.firstToken
  if (context.quoteIndex.inside[first] !== undefined || tokens[first].isQuote) return undefined
  // (*Peskov's answer was short — the Kremlin would not comment*: a dash serves as the colon.)
  let colon = first + 1
  const limit = Math.min(sentence.lastToken - 1, first + MAX_PHRASE_TOKENS + MAX_APPOSITIVE_TOKENS)
  while (colon < limit && tokens[colon].normal !== ':' && !DASHES.has(tokens[colon].normal)) colon++
  if (colon >= limit) return undefined
  // (*Peskov's answer was short*: a verb cue's word read as the noun after a possessive is what was said, not a cue.)
  if (context.matches.some((match) => isCue(match) && match.first < colon && !(match.compiled.role === 'verb' && tokens[match.first].pos === 'NOUN' && tokens[match.first - 1]?.normal === "'s"))) return undefined
  const phrase = phraseStartingAt(tokens, first, colon)
  if (phrase === undefined || phrase[1] >= colon) return undefined
  // *The ministry's message was clear*: the possessor is the source, the noun says what it said.
  let source: [number, number] = phrase
  let predicateStart = phrase[1]
  // *Maria Zakharova, the foreign ministry's spokeswoman, went further: …*: the appositive belongs to the source.
  const appositiveEnd = appositiveAfter(tokens, phrase[1], colon)
  if (appositiveEnd !== undefined) {
    source = [first, appositiveEnd]
    predicateStart = appositiveEnd + 1
  }
  const possessive = tokens.slice(first, phrase[1]).findIndex((token) => token.normal === "'s")
  if (possessive > 0) {
    if (!SPEECH_NOUNS.has(tokens[phrase[1] - 1].lemma)) return undefined
    source = [first, first + possessive]
    predicateStart = first + possessive + 1
  }
  const headEnd = headPhraseEnd(tokens, source[0], source[1])
  const head = tokens[headEnd - 1]
  // A person or a body: not a record (*The result was clear*, *The figures were plain*).
  const speaks = (i: number): boolean => tokens[i].pos === 'PROPN' ||
    (context.sourceIndex.covering[i] ?? []).some((match) => (match.compiled.entry.sourceType ?? 'unspecified') !== 'unspecified')
  const named = head !== undefined && (PERSONAL_PRONOUNS.has(head.normal)
    ? headEnd - source[0] === 1 && head.normal !== 'i' && head.normal !== 'we'
    : tokens.slice(source[0], headEnd).some((_, offset) => speaks(source[0] + offset)))
  if (!named) return undefined
  const predicate = tokens.slice(predicateStart, colon)
  if (colon - predicateStart > MAX_MANNER_PREDICATE || !predicate.some((token) => token.pos === 'VERB' || token.pos === 'AUX')) return undefined
  const putIt = predicate.some((token, i) => token.lemma === 'put' && predicate[i + 1]?.normal === 'it')
  const spoken = putIt || tokens.slice(predicateStart, colon).some((token) => MANNER_WORDS.has(token.normal) || (SPEECH_NOUNS.has(token.lemma) && token.pos === 'NOUN'))
  if (!spoken) return undefined
  const content = trimContent(tokens, colon + 1, sentence.lastToken)
  return content === undefined ? undefined : { cue: [predicateStart, colon], source, content, entry: 'colon' }
}
const SAID_FORMS = new Set(['said', 'says', 'added', 'adds', 'wrote', 'writes', 'asked', 'asks'])

/** Whether a sentence's text holds a dash that may stand for a colon (*was blunt — …*). */
function hasDash (sentenceText: string): boolean {
  return sentenceText.includes('—') || sentenceText.includes('–') || sentenceText.includes('--')
}

/** How long an appositive between a source and its predicate may be (*, the foreign ministry's spokeswoman,*). */
const MAX_APPOSITIVE_TOKENS = 10

/** Where an appositive opening with the comma at `comma` ends (at its closing comma), before `limit`. */
function appositiveAfter (tokens: Token[], comma: number, limit: number): number | undefined {
  if (tokens[comma]?.normal !== ',') return undefined
  const phrase = phraseStartingAt(tokens, comma + 1, Math.min(limit, comma + 1 + MAX_APPOSITIVE_TOKENS))
  return phrase !== undefined && phrase[0] === comma + 1 && tokens[phrase[1]]?.normal === ',' ? phrase[1] : undefined
}

const MAX_TOPIC_HEADING = 12
/** Where or how someone is, not what they spoke on (*Modi on a two-day visit*, *Lavrov on the sidelines*). */
const OCCASIONS = new Set([...MEDIA_OF_SPEECH, 'visit', 'trip', 'tour', 'sidelines', 'way', 'arrival', 'phone', 'stage', 'board', 'record', 'camera', 'air', 'telegram', 'x', 'leave', 'holiday', 'vacation'])

/**
 * *Zakharova on Western hypocrisy*: an agency's subheading, a line of its own without a full stop,
 * that names a person and the topic they spoke on, credits the topic to them, as *Zakharova: …* would.
 * (Not a place or a body, *Kyiv on edge after strikes*, nor a date, *Putin on Monday*.)
 */
function speakerOnTopicHeading (context: SentenceContext, sentence: Sentence): Found | undefined {
  const { tokens } = context
  const first = sentence.firstToken
  const last = sentence.lastToken
  if (context.sentences.length !== 1 || last - first > MAX_TOPIC_HEADING || SENTENCE_END.has(tokens[last - 1].normal)) return undefined
  const name = nameBeforeOn(tokens, first, last)
  if (name === undefined || name[1] + 1 >= last) return undefined
  const topic = tokens[name[1] + 1]
  if (topic.pos === 'NUM' || WEEKDAYS.has(topic.normal) || MONTHS.has(topic.normal) || TIME_NOUNS.has(topic.normal) || topic.normal === 'the' && TIME_NOUNS.has(tokens[name[1] + 2]?.normal ?? '')) return undefined
  const speaker = typedSpan(context, name[0], name[1], classify(context, name[0], name[1], sentence))
  // (A state's own speaker, the agencies' subject: not *Biden on the campaign trail*, *Trump on Twitter*.)
  if (speaker.type !== 'official' || speaker.actor === undefined || isPlaceOrBody(speaker)) return undefined
  for (let i = name[1] + 1; i < last; i++) if (OCCASIONS.has(tokens[i].normal)) return undefined
  return { cue: [name[1], name[1] + 1], source: name, content: [name[1] + 1, last], entry: 'heading-on-topic' }
}

/** A proper-noun name of one to four words opening the sentence and followed by *on*. */
function nameBeforeOn (tokens: Token[], first: number, limit: number): [number, number] | undefined {
  let end = first
  while (end < limit && end - first < 4 && tokens[end].pos === 'PROPN') end++
  return end > first && tokens[end]?.normal === 'on' ? [first, end] : undefined
}

/** Words that show the text after a colon is somebody's own speech (*Cuban: I'd consider a bid*); not *US*. */
const FIRST_PERSON = new Set(['I', 'me', 'my', 'My', 'we', 'We', 'our', 'Our', 'us'])

/**
 * *“We will not retreat.” — Sergei Lavrov* / *No one is above the law. — Paul Ryan (@SpeakerRyan)*:
 * a dash after a quotation or a finished sentence, then a name that ends the line, signs what
 * came before. A dash inside a sentence (*He arrived in Kyiv — Ukraine's capital*) signs nothing.
 */
function dashAttribution (context: SentenceContext, sentence: Sentence, previous: Sentence | undefined): Found | undefined {
  const { tokens } = context
  if (!mayHold(sentence, DASH_BITS)) return undefined
  for (let dash = sentence.firstToken; dash < sentence.lastToken - 1; dash++) {
    if (!DASHES.has(tokens[dash].normal)) continue
    const source = phraseStartingAt(tokens, dash + 1, sentence.lastToken)
    if (source === undefined || source[0] !== dash + 1 || !isNamedSource(context, source)) return undefined
    const after = tokens[source[1]]
    const endsLine = source[1] >= sentence.lastToken || after.normal === '(' || after.normal === ',' || after.pos === 'NUM' ||
      (after.pos === 'PUNCT' && source[1] + 1 >= sentence.lastToken)
    if (!endsLine) return undefined
    const quote = quoteClosingJustBefore(context, dash, Math.max(0, sentence.firstToken - 1))
    if (quote !== undefined) return { cue: [dash, dash + 1], source, content: { start: quote.start, end: quote.end }, entry: 'dash' }
    const before = tokens[dash - 1]
    if (dash > sentence.firstToken && before !== undefined && SENTENCE_END.has(before.normal)) {
      const content = trimContent(tokens, context.statementStart, dash)
      return content === undefined ? undefined : { cue: [dash, dash + 1], source, content, entry: 'dash' }
    }
    if (dash === sentence.firstToken && previous !== undefined) {
      const content = trimContent(tokens, previous.firstToken, previous.lastToken)
      return content === undefined ? undefined : { cue: [dash, dash + 1], source, content, entry: 'dash' }
    }
    return undefined
  }
  return undefined
}

const SENTENCE_END = new Set(['.', '!', '?', '…'])

/** Documents and encounters that carry what a sentence opening *In a …,* reports. */
const DOCUMENT_NOUNS = new Set(['poll', 'survey', 'study', 'report', 'interview', 'statement', 'letter', 'memo', 'op-ed', 'editorial',
  'tweet', 'post', 'speech', 'filing', 'book', 'column', 'email', 'essay', 'article', 'analysis', 'briefing', 'testimony', 'podcast'])
const MAX_DOCUMENT_PHRASE = 15
/** Documents that speak for their authors when they open a sentence (*The joint statement runs to …*). */
const SPEAKING_DOCUMENTS = new Set([...DOCUMENT_NOUNS, 'declaration', 'communique', 'communiqué', 'document', 'readout', 'resolution', 'memo', 'memorandum', 'dossier'])
const MAX_DOCUMENT_MODIFIERS = 3

/** A document opening the sentence as its subject (*The joint statement*, *A leaked memo*), as a source span. */
function documentOpening (context: SentenceContext, sentence: Sentence): SourceSpan | undefined {
  const { tokens } = context
  const first = sentence.firstToken
  if (tokens[first]?.pos !== 'DET') return undefined
  let head = first + 1
  while (head < sentence.lastToken && head - first <= MAX_DOCUMENT_MODIFIERS && !SPEAKING_DOCUMENTS.has(tokens[head].lemma) && (tokens[head].pos === 'ADJ' || tokens[head].pos === 'NOUN' || tokens[head].pos === 'VERB' && tokens[head].normal.endsWith('ed'))) head++
  const next = tokens[head + 1]
  if (!SPEAKING_DOCUMENTS.has(tokens[head]?.lemma ?? '') || next === undefined || (next.pos !== 'VERB' && next.pos !== 'AUX')) return undefined
  return typedSpan(context, first, head + 1, classify(context, first, head + 1, sentence))
}

/**
 * *In an NBC News poll released Monday, 50 percent chose Clinton.* / *In a statement, …*: a
 * sentence that opens with a document credits its clause to that document (when no other cue in
 * the sentence names a source).
 */
function inDocument (context: SentenceContext, sentence: Sentence): Found | undefined {
  const { tokens } = context
  if (tokens[sentence.firstToken]?.normal !== 'in') return undefined
  const limit = Math.min(sentence.lastToken, sentence.firstToken + MAX_DOCUMENT_PHRASE)
  let comma = sentence.firstToken + 1
  while (comma < limit && tokens[comma].normal !== ',') comma++
  if (comma >= limit || comma === sentence.firstToken + 1) return undefined
  // The phrase's first common noun after any possessor is the document: *In a statement released
  // Tuesday*, *In May's Washington Post poll*, but not *In the spring after the email scandal broke*.
  let phraseStart = sentence.firstToken + 1
  for (let i = phraseStart; i < comma; i++) if (tokens[i].normal === "'s") phraseStart = i + 1
  const nounAt = tokens.slice(phraseStart, comma).findIndex((token) => token.pos === 'NOUN')
  const firstNoun = tokens[phraseStart + nounAt]
  if (nounAt < 0 || !DOCUMENT_NOUNS.has(firstNoun.lemma)) return undefined
  // One document, determined (*In a statement*, *In his speech*, *In May's poll*), not a habit (*In speech after speech*).
  const determined = tokens.slice(sentence.firstToken + 1, phraseStart + nounAt).some((token) => token.pos === 'DET' || token.pos === 'PROPN' || token.pos === 'NUM' || token.normal === "'s" || POSSESSIVE_PRONOUNS.has(token.normal))
  if (!determined) return undefined
  // (*In a statement, it said …*: the statement's speaker is the verb's subject, even when the rules could not name it.)
  if (context.matches.some((match) => match.compiled.role === 'verb' && match.first > comma && tokens[match.first - 1]?.pos === 'PRON')) return undefined
  const content = trimContent(tokens, comma + 1, sentence.lastToken)
  return content === undefined ? undefined : { cue: [sentence.firstToken, sentence.firstToken + 1], source: [sentence.firstToken + 1, comma], content, entry: 'in-document' }
}

/** *as the minister put it, …* / *…, as one diplomat put it*: the source sits inside the cue. */
function asPutIt (context: SentenceContext, sentence: Sentence): Found | undefined {
  const { tokens } = context
  if (!mayHold(sentence, AS_BITS) || !mayHold(sentence, IT_BITS)) return undefined
  for (let as = sentence.firstToken; as < sentence.lastToken - 3; as++) {
    if (tokens[as].normal !== 'as') continue
    const source = phraseStartingAt(tokens, as + 1, sentence.lastToken)
    if (source === undefined) continue
    const put = tokens[source[1]]
    const it = tokens[source[1] + 1]
    if (put?.lemma !== 'put' || it?.normal !== 'it') continue
    const cueEnd = source[1] + 2
    // (*The US measures were, as he put it, “a matter we will deal with …”*: the quotation is what he said.)
    const quoteAfter = quoteOpeningIn(context, cueEnd, cueEnd + 1)
    if (quoteAfter !== undefined) return { cue: [as, cueEnd], source, content: { start: quoteAfter.start, end: quoteAfter.end }, entry: 'as-put-it' }
    const content = trimContent(tokens, context.statementStart, as) ?? trimContent(tokens, cueEnd, sentence.lastToken)
    return { cue: [as, cueEnd], source, content, entry: 'as-put-it' }
  }
  return undefined
}

const AS_BITS = wordBits(['as'])
const IT_BITS = wordBits(['it'])

const NO_QUOTES: QuoteIndex = { byOpen: new Map(), byClose: new Map(), inside: [] }
const isCue = (match: RawMatch): boolean => match.compiled.role === 'verb' || match.compiled.role === 'preposition' || match.compiled.role === 'noun'

/** Question words before *does X say …?* that leave what X says whole (not *what*, which asks for it). */
const STATEMENT_QUESTION_WORDS = new Set(['why', 'how', 'when', 'where'])
const DO_SUPPORT = new Set(['do', 'does', 'did'])
/** The most words between *does* and the reporting verb that may name who says it. */
const MAX_QUESTIONED_SOURCE = 6

/**
 * *Why does Moscow say NATO provoked the war?*, *Does the Kremlin claim that …?*: an explainer's
 * question about a statement still credits the statement to its speaker (a question asserts nothing
 * else, so the other rules set it aside). Only a named source and a clause after the verb count.
 */
function askedAboutStatement (context: SentenceContext, sentence: Sentence): Found | undefined {
  const { tokens } = context
  let first = sentence.firstToken
  while (first < sentence.lastToken && tokens[first].isQuote) first++
  if (STATEMENT_QUESTION_WORDS.has(tokens[first]?.normal ?? '')) first++
  if (!DO_SUPPORT.has(tokens[first]?.normal ?? '')) return undefined
  const sourceFirst = first + 1
  for (const cue of context.matches) {
    if (cue.compiled.role !== 'verb' || cue.first <= sourceFirst || cue.first - sourceFirst > MAX_QUESTIONED_SOURCE || tokens[cue.first].sentence !== tokens[sentence.firstToken].sentence) continue
    // (The verb's bare form right after its subject: *does Moscow say*, not *does Moscow still say* read wrongly as a name.)
    if (tokens[cue.first].normal !== tokens[cue.first].lemma) continue
    const source: [number, number] = [sourceFirst, cue.first]
    if (tokens.slice(sourceFirst, cue.first).some((token) => !token.isWord || token.pos === 'VERB' || token.pos === 'AUX') || !namesSpeaker(context, source)) return undefined
    let contentFirst = cue.last
    if (tokens[contentFirst]?.normal === 'that') contentFirst++
    let contentLast = sentence.lastToken
    while (contentLast > contentFirst && (tokens[contentLast - 1].pos === 'PUNCT' || tokens[contentLast - 1].isQuote)) contentLast--
    // (Not *Does he know what that entails?*, *Why do Republican leaders deny what is going on?*: a question asked about a question.)
    if (tokens[cue.last]?.normal !== 'that' && (QUESTION_WORDS.has(tokens[cue.last]?.normal ?? '') || !clauseOpensAt(tokens, cue.last, sentence))) return undefined
    return { cue: [cue.first, cue.last], source, content: [contentFirst, contentLast], entry: cue.compiled.entry.id }
  }
  return undefined
}

/** The rules' context for a paragraph, before any sentence is read. */
function sentenceContext (context: AttributionContext, quoteIndex: QuoteIndex): SentenceContext {
  // Written out rather than spread from `context`: the spread cost more than all the rules' indexes.
  return {
    text: context.text,
    tokens: context.tokens,
    sentences: context.sentences,
    matches: [],
    quotes: context.quotes,
    earlierSources: context.earlierSources,
    interview: context.interview,
    namedEarlier: context.namedEarlier,
    quoteIndex,
    sourceIndex: indexSources(context.tokens, context.matches, quoteIndex.inside),
    foundInSentence: [],
    firstQuoteClose: undefined,
    deniedSpeech: false,
    statementStart: 0,
    namedSubjects: new Map()
  }
}

export function findAttributions (context: AttributionContext): Attribution[] {
  const { text, tokens, sentences, matches, quotes } = context
  const quoteIndex = quotes.length === 0 ? NO_QUOTES : indexQuotes(quotes, tokens.length)
  const quoteEnds = new Set(quotes.map((region) => region.end))
  const quoteStarts = new Set(quotes.map((region) => region.start))
  // Matches never cross a sentence: group them once instead of filtering per sentence.
  const bySentence: RawMatch[][] = sentences.map(() => [])
  for (const match of matches) bySentence[tokens[match.first].sentence]?.push(match)
  const attributions: Attribution[] = []
  const local = sentenceContext(context, quoteIndex)

  /** The sentence before the one the rules are reading (a referring *It* looks no further back). */
  let previousSentence: Sentence | undefined
  // Plural heads of subjects who spoke anonymously in a sentence crediting nobody (*Three executives
  // spoke on condition of anonymity*), for a later *one of the executives* (singular forms).
  const anonymousGroups: string[] = []
  // Where the paragraph's own text starts after a dateline, worked out when an attribution first needs
  // it: most paragraphs credit nobody, and the test is three regular expressions.
  let datelineAt: number | undefined
  const dateline = (): number => (datelineAt ??= tokens.length === 0 ? 0 : datelineEnd(text, tokens[0].start))
  const record = (found: Found, sentence: Sentence): void => {
    local.sourceIndex.usedAsCue.fill(1, found.cue[0], found.cue[1])
    // *according to UN estimates*: a cue word inside an earlier attribution's source is part of that source.
    local.sourceIndex.usedAsCue.fill(1, found.source[0], found.source[1])
    local.foundInSentence.push(found)
    let [sourceFirst, sourceLast] = found.source
    // (*Nobody in Moscow is asking …*, *No official has said …*: a denied subject speaks for no one —
    // still a source, as the labelled data has it, but neither Moscow nor an official.)
    const denied = deniedSubjectStart(tokens, sourceFirst)
    if (denied !== -1) sourceFirst = denied
    else {
      // (*Not everyone in the Opposition agreed*: the people in a body, not the body.)
      if ((tokens[sourceFirst - 1]?.normal === 'in' || tokens[sourceFirst - 1]?.normal === 'of') && NOT_ALL.has(tokens[sourceFirst - 2]?.normal ?? '') && sourceFirst - 2 >= sentence.firstToken) sourceFirst -= 2
      // (*Not all researchers see …*: the source keeps its *not*, or it reads as the opposite.)
      if (tokens[sourceFirst - 1]?.normal === 'not' && NOT_ALL.has(tokens[sourceFirst].normal) && sourceFirst - 1 >= sentence.firstToken) sourceFirst--
    }
    // (*In August the US imposed tariffs, saying …*, *In 2024 the ICC issued warrants*: the date before the subject is not part of it.)
    while (sourceLast - sourceFirst > 1 && isDateWord(tokens[sourceFirst]) && (tokens[sourceFirst + 1].normal === 'the' || isDateWord(tokens[sourceFirst + 1]) ||
      (tokens[sourceFirst + 1].pos === 'PROPN' && !isDateWord(tokens[sourceFirst])))) sourceFirst++
    // (*16:20 The EU has condemned …*, *16:20 GMT NATO said*: a live page's time stamp is the page's, not the source's.)
    sourceFirst = pastClockTime(tokens, sourceFirst, sourceLast - 1)
    if (Array.isArray(found.content)) found.content = [pastClockTime(tokens, found.content[0], found.content[1] - 1), found.content[1]]
    // (*MOSCOW - Russian officials said …*, *09:41 IST - Jaishankar said …*: the dateline is the paper's, not the source's.)
    // (Not a speaker label, *SERGEI LAVROV (Foreign Minister):*, which the dateline pattern also fits.)
    if (tokens[sourceLast - 1].start >= dateline()) while (sourceLast - sourceFirst > 1 && tokens[sourceFirst].start < dateline()) sourceFirst++
    // *The changes, which officials said will …*: the relative word opens the clause, the source is *officials*.
    if (sourceLast - sourceFirst >= 2 && RELATIVE_WORDS.has(tokens[sourceFirst].normal)) sourceFirst++
    // (*It was a decision the ministry said was final*: a second noun phrase after a noun opens a relative clause; its subject speaks.)
    // (Only a source before its verb, and not after an -ing form: *according to a strategist monitoring the race*.)
    for (let i = sourceLast - 2; i > sourceFirst && found.cue[0] >= sourceLast; i--) {
      if (tokens[i].normal === ',' || RELATIVE_PRONOUNS.has(tokens[i].normal)) break
      if (ARTICLES.has(tokens[i].normal) && tokens[i - 1].pos === 'NOUN' && !tokens[i - 1].normal.endsWith('ing') && tokens[i + 1].pos !== 'PUNCT' &&
        !tokens.slice(sourceFirst, i).some((token) => token.normal === ',' || RELATIVE_PRONOUNS.has(token.normal))) { sourceFirst = i; break }
    }
    // (*a practice Brussels says undermines competition*: a name after a common noun, with the verb of
    // the clause it opens right after the cue, is the subject of a relative clause without *that*.)
    if (found.cue[0] >= sourceLast && found.cue[1] === found.cue[0] + 1 && opensGappedClause(tokens[found.cue[1]])) {
      let name = sourceLast
      while (name - 1 > sourceFirst && tokens[name - 1].pos === 'PROPN') name--
      // (*a move analyst Tatiana Stanovaya says was planned*: with the role before the name.)
      const role = name < sourceLast ? local.sourceIndex.covering[name - 1]?.find((match) => match.last === name) : undefined
      if (role !== undefined) name = role.first
      const before = tokens[name - 1]
      if (name < sourceLast && name > sourceFirst && before.pos === 'NOUN' && local.sourceIndex.covering[name - 1] === undefined) sourceFirst = name
    }
    // (*Explaining the vote, India's deputy representative, R. Ravindra, said …*: the object of a
    // participle opening the sentence is no part of the speaker.)
    // (Not a name that opens with an -ing word, *Playing Field Promotions, a talent agency, says*.)
    const nameOpening = tokens[sourceFirst].pos === 'PROPN' && tokens[sourceFirst + 1]?.pos === 'PROPN'
    if (found.cue[0] >= sourceLast && sourceFirst - 1 === sentence.firstToken && tokens[sourceFirst - 1].pos === 'VERB' && tokens[sourceFirst - 1].normal.endsWith('ing')) {
      let comma = sourceFirst
      while (comma < sourceLast - 1 && tokens[comma].normal !== ',') comma++
      // (A name's first word the tagger calls a verb joins the name: the comma after it opens the appositive.)
      if (nameOpening && comma > sourceFirst + 1 && tokens.slice(sourceFirst, comma).every((token) => token.pos === 'PROPN')) sourceFirst--
      else if (comma < sourceLast - 1) sourceFirst = comma + 1
    }
    // (*The EU, Britain and Canada said …*, *Kyiv and its Western allies call …*: the whole list that opens the sentence speaks.)
    if (found.cue[0] >= sourceLast) sourceFirst = listOpeningSentence(tokens, sourceFirst, sourceLast, sentence, tokens[found.cue[0]].normal === tokens[found.cue[0]].lemma && found.cue[0] === sourceLast)
    // (*A post shared widely on X claims …*: the post speaks, not X, and its type is the post's.)
    let typedLast = sourceLast
    if (found.cue[0] >= sourceLast) {
      const spreadAt = spreadParticipleBefore(tokens, sourceFirst, sentence)
      if (spreadAt !== -1) {
        sourceFirst = sentence.firstToken
        typedLast = spreadAt
      }
    }
    const span = spanOf(text, tokens, sourceFirst, sourceLast)
    const saidChars = found.content === undefined || !Array.isArray(found.content) ? found.content : found.content[1] > found.content[0] ? { start: tokens[found.content[0]].start, end: tokens[found.content[1] - 1].end } : undefined
    const { type, actor } = denied !== -1 || peopleOfPlace(text, tokens, sourceFirst, sourceLast) ? { type: 'unspecified' as const, actor: undefined } : classify(local, sourceFirst, typedLast, sentence, saidChars)
    const source: SourceSpan = { start: span.start, end: span.end, text: span.text, type }
    if (actor !== undefined) source.actor = actor
    const word = tokens[sourceFirst].normal
    // (*Someone called it a “quiet revolution”*: an indefinite person is an unspecified source, referring to no one.)
    const pronoun = sourceLast - sourceFirst === 1 && !INDEFINITE_PEOPLE.has(word) && (tokens[sourceFirst].pos === 'PRON' || POSSESSIVE_PRONOUNS.has(word)) ? PERSONAL_OF_POSSESSIVE[word] ?? PERSONAL_OF_OBJECT[word] ?? word : undefined
    if (pronoun === 'i' || pronoun === 'we') {
      // (*OM: Peskov said there would be no mobilisation. I remember the date.*: in a turn, *I* and
      // *we* are its speaker; *Ministers insist … I do not doubt that cheap oil helped.*: elsewhere,
      // outside a quotation, the writer — never an earlier third-person source; inside one, the speaker quoted.)
      const speaker = turnSpeakerOf(context, attributions) ?? speakerQuoting(attributions, source.start)
      if (speaker !== undefined) referTo(source, speaker)
      // (*Here is what we found.*, *We could not verify the video*: outside any quotation, a newsroom's
      // *we* finding or checking is the outlet's own reporting, credited to no source. An opinion's
      // *I believe* or *we know* stays the writer's stated view, as the labelled data has it.)
      else if (pronoun === 'we' && local.quoteIndex.inside[sourceFirst] === undefined && OWN_FINDINGS.has(tokens[found.cue[0]].lemma)) return
    } else if (pronoun !== undefined) {
      if (!PERSONAL_PRONOUNS.has(pronoun) && pronoun !== 'it') return
      const nearestSource = nearestNamedSource(context.earlierSources, attributions, source.start, pronoun)
      // *Modi was more guarded. He told the summit …*: a named subject after the last source is nearer.
      let subject: SourceSpan | undefined
      // (Read only for *he* and *she*, a few sentences back: most sentences never need their subject.)
      if (pronoun === 'he' || pronoun === 'she') {
        for (let k = tokens[sourceFirst].sentence; k >= Math.max(0, tokens[sourceFirst].sentence - MAX_SUBJECT_LOOKBACK) && subject === undefined; k--) {
          if (!local.namedSubjects.has(k)) local.namedSubjects.set(k, openingSubject(local, sentences[k]))
          const candidate = local.namedSubjects.get(k)
          // (*India follows only UN sanctions, he said*: a country or a capital is no *he*.)
          if (candidate !== undefined && candidate.start < source.start && !isPlaceOrBody(candidate)) subject = candidate
        }
      }
      let named = subject !== undefined && (nearestSource === undefined || subject.start > nearestSource.end) ? subject : nearestSource
      // (A subject that is a source already, *Sarin said …* for *former ambassador Pankaj Sarin*, by its full name.)
      if (named === subject && subject !== undefined) {
        // (Bounded, as nearestNamedSource is.)
        const spoke = attributions.slice(-MAX_PRONOUN_LOOKBACK).find((a) => a.source.start === subject!.start && a.source.refersTo !== undefined && SURNAME.test(a.source.text))
        if (spoke !== undefined) named = asReferent(spoke.source)
      }
      // (*The joint statement runs to 81 paragraphs. It reaffirms …*: a document that opens the sentence before is what *it* says.)
      if (pronoun === 'it' && previousSentence !== undefined && (named === undefined || named.start < tokens[previousSentence.firstToken].start)) named = documentOpening(local, previousSentence) ?? bodyOpening(local, previousSentence) ?? named
      // A referring *It* takes its referent from the sentence just before it, in the same paragraph:
      // further back, *it* is more often a thing that was never a source (*… released the video.
      // It shows …* had been credited to the police two sentences earlier).
      if (found.needsReferent === true && (named === undefined || previousSentence === undefined || named.start < tokens[previousSentence.firstToken].start)) return
      if (named !== undefined) referTo(source, named)
    }
    const antecedent = pronoun === undefined
      ? anonymousAntecedent(context.earlierSources, attributions, source) ?? fullNameOf(context.namedEarlier ?? [], attributions, source) ?? roleAntecedent(context.namedEarlier ?? [], attributions, source)
      : undefined
    if (antecedent !== undefined) referTo(source, antecedent)
    else if (pronoun === undefined && source.type !== 'anonymous' && anonymousGroups.length > 0) {
      const member = MEMBER_OF_GROUP.exec(source.text)?.[1]
      if (member !== undefined && anonymousGroups.includes(singular(member))) source.type = 'anonymous'
    }
    // (*Two officials, who spoke on condition of anonymity, said … One of them said …*: a member of the
    // group just quoted is of its kind.)
    if (pronoun === undefined && MEMBER_OF_THEM.test(source.text)) {
      const group = latestSource(attributions, context.earlierSources, 1, (candidate) => candidate.start < source.start && PLURAL_HEAD.test(headWord(candidate.text)))
      if (group !== undefined) {
        source.type = group.type
        if (group.actor !== undefined) source.actor = group.actor
      }
    }
    const attribution: Attribution = { cue: spanOf(text, tokens, found.cue[0], found.cue[1]), source, entry: found.entry }
    const content = found.content
    if (Array.isArray(content)) attribution.content = { start: tokens[content[0]].start, end: contentEnd(local, content) }
    else if (content !== undefined) attribution.content = content
    attributions.push(attribution)
  }

  for (let sentenceIndex = 0; sentenceIndex < sentences.length; sentenceIndex++) {
    const sentence = sentences[sentenceIndex]
    previousSentence = sentences[sentenceIndex - 1]
    local.matches = bySentence[sentenceIndex]
    local.foundInSentence = []
    local.firstQuoteClose = undefined
    local.deniedSpeech = false
    local.statementStart = sentence.firstToken
    const attributionsBefore = attributions.length
    // *FALLIN: I think he is …*, *Report: half the meetings …*: the speaker label credits the whole
    // line, whatever reporting verbs its content holds.
    // (Most sentences hold no colon: one native search of the sentence's text instead of two token scans.
    // Not `text.indexOf(':', sentence.start)`, which read on to the next colon anywhere after the
    // sentence, once per sentence: 0.9 s over 900 KB of short sentences with one colon at the end.)
    const sentenceText = text.slice(sentence.start, sentence.end)
    const colon = sentenceText.includes(':') ? colonAttribution(local, sentence) ?? mannerColonAttribution(local, sentence)
      : hasDash(sentenceText) ? mannerColonAttribution(local, sentence) : undefined
    if (colon !== undefined) {
      record(colon, sentence)
      if (Array.isArray(colon.content)) local.statementStart = colon.content[0]
    }
    // *So how did the campaigns respond?*: a question asserts nothing.
    if (local.matches.some(isCue) && !isQuestion(tokens, sentence)) {
      const cues = local.matches.filter(isCue).sort((a, b) => a.first - b.first || (b.last - b.first) - (a.last - a.first))
      const askedUntil = askedClauseEnd(tokens, sentence)
      for (const cue of cues) {
        if (anyMarked(local.sourceIndex.hedged, cue.first, cue.last) || anyMarked(local.sourceIndex.usedAsCue, cue.first, cue.last)) continue
        // (*Asked whether Moscow would respond, Peskov said …*: the question put to the speaker asserts nothing.)
        if (cue.first < askedUntil && cue.first > sentence.firstToken) continue
        // (*who asked not to be named because he still advises the government*: the reason for anonymity,
        // a verb with its object, is no statement; *because she feared losing her job* stays a belief.)
        if (OBJECT_OPENERS_NOT_CLAUSE.has(tokens[cue.last]?.pos ?? '') && inReasonForAnonymity(local, cue.first, sentence)) continue
        const region = quoteIndex.inside[cue.first]
        if (region !== undefined && !(region.close === tokens.length)) continue
        const found = cue.compiled.role === 'verb'
          ? verbAttribution(local, cue, sentence)
          : cue.compiled.role === 'preposition'
            ? prepositionAttribution(local, cue, sentence)
            : nounAttribution(local, cue, sentence)
        if (found !== undefined && previousSentence !== undefined) creditDemonstrativeReference(tokens, found, sentence, previousSentence)
        if (found !== undefined && !beliefInsideStatement(local, found)) record(found, sentence)
      }
      // (*He thinks the vote will hold, the governor said*: a view inside a statement whose tag comes after it.)
      for (const found of local.foundInSentence) {
        if (!beliefInsideStatement(local, found)) continue
        const start = tokens[found.cue[0]].start
        const at = attributions.findIndex((attribution, i) => i >= attributionsBefore && attribution.cue.start === start)
        if (at !== -1) attributions.splice(at, 1)
      }
    }
    else if (local.matches.some(isCue)) {
      const asked = askedAboutStatement(local, sentence)
      if (asked !== undefined) record(asked, sentence)
    }
    const putIt = asPutIt(local, sentence)
    if (putIt !== undefined) record(putIt, sentence)
    // (*In a post to its Twitter account, WikiLeaks did not announce …*: the post says nothing either.)
    const notice = attributions.length > attributionsBefore ? undefined : fullTextNotice(local, sentence)
    if (notice !== undefined) record(notice, sentence)
    const document = attributions.length > attributionsBefore || local.deniedSpeech ? undefined : inDocument(local, sentence)
    if (document !== undefined) record(document, sentence)
    const signed = attributions.length > attributionsBefore ? undefined : dashAttribution(local, sentence, sentences[sentenceIndex - 1])
    if (signed !== undefined) record(signed, sentence)
    const heading = attributions.length > attributionsBefore ? undefined : speakerOnTopicHeading(local, sentence)
    if (heading !== undefined) record(heading, sentence)
    // *…, three officials said. They spoke on condition of anonymity because …*: the terms given
    // after the statement make its source anonymous.
    if (attributions.length === attributionsBefore && local.sourceIndex.anonymityAt.has(sentenceIndex) && ANONYMITY_SUBJECTS.has(tokens[sentence.firstToken]?.normal ?? '')) {
      const latest = attributions.at(-1)?.source ?? context.earlierSources.at(-1)
      if (latest !== undefined && latest.type !== 'media') latest.type = 'anonymous'
    } else if (attributions.length === attributionsBefore && local.sourceIndex.anonymityAt.has(sentenceIndex)) {
      const group = pluralSubjectHead(tokens, sentence)
      if (group !== undefined) anonymousGroups.push(singular(group))
    }
    // *“Our ties are strong,” the secretary said. “We will act in our interest.”*: a quotation that
    // is a whole sentence of its own, right after a quoted statement, goes on with that statement.
    // (*Jaiswal said the position was unchanged. “We have made it clear.”*: so does a quotation
    // right after the speaker's reported statement.)
    // (*“…,” he said, referring to the Klan. “…”*: the quotation resumed goes on the tag's statement, not on the aside's.)
    const last = attributions[attributions.length - 1]
    const statement = last?.entry === 'refer-to' && last.content === undefined && attributions.length >= 2 ? attributions[attributions.length - 2] : last
    if (attributions.length === attributionsBefore && statement?.content !== undefined && previousSentence !== undefined &&
      statement.content.end >= tokens[previousSentence.firstToken].start &&
      // (*She asked that her surname be withheld. “I voted …”*: a request is no statement a quotation goes on with.)
      (quoteEnds.has(statement.content.end) || (statement.cue.start >= tokens[previousSentence.firstToken].start && !isRequest(text, statement)))) {
      const resumed = resumedQuote(local, sentence)
      // A content that opened inside a quotation closes inside one; one that opened on the
      // speaker's own words keeps the quotation's closing mark, as it has its opening one.
      if (resumed !== undefined) statement.content = { start: statement.content.start, end: quoteStarts.has(statement.content.start) ? resumed.end : tokens[Math.min(resumed.close, tokens.length - 1)].end }
    }
    // *Sergei Lavrov, the foreign minister, arrived on Monday. … The minister said …*: a person the
    // narrator introduces as a sentence's subject is named for later back-references, as a source is.
    if (context.namedEarlier !== undefined && attributions.length === attributionsBefore) {
      if (!local.namedSubjects.has(sentenceIndex)) local.namedSubjects.set(sentenceIndex, openingSubject(local, sentence))
      const subject = local.namedSubjects.get(sentenceIndex)
      if (subject !== undefined && /\s/.test(subject.text)) context.namedEarlier.push(subject)
    }
  }
  for (const attribution of attributions) {
    // (*WASHINGTON, Nov 21 (Reuters) - The United States imposed …, the Treasury said*: the dateline is the paper's, not what was said.)
    if (attribution.content !== undefined && attribution.content.start < dateline() && dateline() < attribution.content.end) attribution.content = { start: dateline(), end: attribution.content.end }
    const parts = contentParts(tokens, quotes, attribution)
    if (parts !== undefined) attribution.contentParts = parts
  }
  return attributions
}

/**
 * Lexicon entries of a view held: a belief (*believe/think*, *know*, *expect*, *fear/worry*,
 * *suspect/doubt/hope*) or a stance (*support/oppose/back*, *agree*).
 */
const BELIEF_ENTRIES = new Set(['believe', 'know', 'expect', 'fear', 'suspect', 'endorse', 'agree'])

/**
 * *The governor said he thinks the vote will hold*, *Smith told CNN that she believes …*, *Most
 * senators have said they would support him*, *He thinks the vote will hold, the governor said*: a
 * view a pronoun holds inside the clause of another statement of its sentence is part of that
 * statement, already credited to its speaker, not a second attribution. (Speech inside speech stays
 * one: *He said she told him …* is a chain of sources; so does a named believer, *He said Jones
 * believes …*.)
 */
function beliefInsideStatement (context: SentenceContext, found: Found): boolean {
  if (!BELIEF_ENTRIES.has(found.entry)) return false
  const [first, last] = found.source
  if (last - first !== 1 || !PERSONAL_PRONOUNS.has(context.tokens[first].normal)) return false
  return context.foundInSentence.some((other) => other !== found && Array.isArray(other.content) && other.content[0] <= first && found.cue[1] <= other.content[1])
}

/** *asked that her surname be withheld*, *asked reporters not to …*: a request, not a statement. */
const isRequest = (text: string, attribution: Attribution): boolean => attribution.entry === 'ask' && /^\s+(?:that|to|not to|\p{Ll}+ (?:not )?to)\b/u.test(text.slice(attribution.cue.end, attribution.cue.end + 40))

/** Quantifiers that *not* makes partial (*not all*, *not every analyst*). */
const NOT_ALL = new Set(['all', 'every', 'everyone', 'everybody', 'many', 'most'])
const NEGATIVE_SUBJECTS = new Set(['nobody', 'none', 'noone', 'neither', 'nor'])
const ABBREVIATED_MONTHS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'])
/** A month, a weekday, a year or a day's number (*August*, *Dec*, *2024*, *11*). */
const isDateWord = (token: Token): boolean => MONTHS.has(token.normal) || ABBREVIATED_MONTHS.has(token.normal.replace(/\.$/, '')) || WEEKDAYS.has(token.normal) || /^\d{1,4}$/.test(token.normal)
/**
 * *Not everyone in Russia agrees*, *Many in Europe say*: people of a place, not its state — no
 * official and no state actor, whatever the place is.
 */
function peopleOfPlace (text: string, tokens: Token[], first: number, last: number): boolean {
  let head = first
  if (tokens[head]?.normal === 'not') head++
  if (!(NOT_ALL.has(tokens[head]?.normal ?? '') || INDEFINITE_PEOPLE.has(tokens[head]?.normal ?? '')) || tokens[head + 1]?.normal !== 'in' || head + 2 >= last) return false
  return PLACE_NAMES.test(text.slice(tokens[head + 2].start, tokens[last - 1].end).replace(/^the\s+/i, ''))
}

/** Where a source that is, or is the object of a preposition after, *nobody*, *no one*, *none*, *no* + noun starts (-1 if it is none of these). */
function deniedSubjectStart (tokens: Token[], first: number): number {
  const denies = (i: number): boolean => NEGATIVE_SUBJECTS.has(tokens[i]?.normal ?? '') || (tokens[i]?.normal === 'no' && (tokens[i + 1]?.pos === 'NOUN' || tokens[i + 1]?.normal === 'one'))
  if (denies(first)) return first
  // (*Nobody in Moscow*, *none of the officials*: the source phrase is the preposition's object.)
  if (tokens[first - 1]?.pos !== 'ADP') return -1
  if (denies(first - 2)) return first - 2
  return tokens[first - 2]?.normal === 'one' && tokens[first - 3]?.normal === 'no' ? first - 3 : -1
}

/**
 * *The following is the full text of the readout published on the Kremlin website, …*: a
 * document printed in full after its notice. The cue is *full text of*, the source the document
 * (typed by whose it is); its content is the paragraphs that follow (see CarryOver).
 */
function fullTextNotice (context: SentenceContext, sentence: Sentence): Found | undefined {
  const { tokens } = context
  if (!mayHold(sentence, FULL_BITS) || !mayHold(sentence, TEXT_BITS)) return undefined
  for (let i = sentence.firstToken; i + 2 < sentence.lastToken; i++) {
    if (!FULL.has(tokens[i].normal) || tokens[i + 1].normal !== 'text' || tokens[i + 2].normal !== 'of') continue
    let end = i + 3
    while (end < sentence.lastToken && tokens[end].normal !== ',' && tokens[end].normal !== ':' && !SENTENCE_END.has(tokens[end].normal) && tokens[end].normal !== 'followed') end++
    if (end === i + 3) return undefined
    return { cue: [i, i + 3], source: [i + 3, end], entry: FULL_TEXT_ENTRY }
  }
  return undefined
}
const FULL = new Set(['full', 'complete', 'entire'])
const FULL_BITS = wordBits(FULL)
const TEXT_BITS = wordBits(['text'])
export const FULL_TEXT_ENTRY = 'full-text'

/** Where an attribution's content lies: its parts around the tag, where it has them, else its one span. */
export function contentRanges (attribution: Attribution): Array<{ start: number, end: number }> {
  return attribution.contentParts ?? (attribution.content === undefined ? [] : [attribution.content])
}

/** The source (or what it refers to) of the latest attribution whose content holds `at`. */
function speakerQuoting (attributions: Attribution[], at: number): SourceSpan | undefined {
  // (Bounded as the other look-backs: a paragraph of thousands of *We said it.* walked all of them for each.)
  for (let i = attributions.length - 1; i >= Math.max(0, attributions.length - MAX_PRONOUN_LOOKBACK); i--) {
    const { content, source } = attributions[i]
    if (content === undefined || content.start > at || content.end <= at) continue
    if (source.refersTo === undefined) return source
    return { ...source.refersTo, type: source.type, ...(source.actor === undefined ? {} : { actor: source.actor }) }
  }
  return undefined
}

/** A source that stands for another (a pronoun, a role, a surname): it refers to it and takes its type and actor. */
function referTo (source: SourceSpan, referent: SourceSpan): void {
  source.refersTo = { start: referent.start, end: referent.end, text: referent.text }
  source.type = referent.type
  if (referent.actor !== undefined) source.actor = referent.actor
}

/** In a transcript or a Q&A, the speaker of the turn a paragraph belongs to: its own label, else the turn it goes on with. */
function turnSpeakerOf (context: AttributionContext, attributions: Attribution[]): SourceSpan | undefined {
  const { tokens, text } = context
  const label = context.interview === true && tokens.length > 0 ? openingSpeakerLabel(text, { start: tokens[0].start, end: tokens[tokens.length - 1].end }, attributions) : undefined
  return label?.source ?? context.turnSpeaker
}

/** A wire dateline (*WASHINGTON, Nov 21 (Reuters) -*, *MOSCOW/KYIV (AP) —*, *New Delhi:*) or a live blog's time stamp (*11:52 GMT —*). */
const DATELINE = new RegExp(String.raw`^(?:\p{Lu}[\p{Lu}.'’-]*\p{Lu}\.?(?: \p{Lu}[\p{Lu}.'’-]*\p{Lu}\.?){0,2}(?:\s*\/\s*\p{Lu}[\p{Lu}.'’-]*\p{Lu}\.?(?: \p{Lu}[\p{Lu}.'’-]*\p{Lu}\.?){0,2})*(?:,\s+\p{Lu}\p{Ll}{2,}\.?\s+\d{1,2}(?:,\s+\d{4})?|,\s+\p{Lu}\p{Ll}+\.?(?: \p{Lu}\p{Ll}+)?)?(?:\s+\([^)\n]{1,60}\))?\s*(?:—|–|--|-|:)|\d{1,2}[:.]\d{2}(?:\s*(?:${TIME_ZONE_NAMES.map((zone) => zone.replaceAll('.', String.raw`\.`)).join('|')}))?\s*(?:—|–|--|-|:))\s+`, 'u')
const TITLE_CASE_DATELINE = /^(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?):\s+/u

/** Where the paragraph's text begins after a dateline or time stamp at `start` (`start` itself if none). */
export function datelineEnd (text: string, start: number): number {
  const opening = text.slice(start, start + 120)
  const wire = DATELINE.exec(opening) ?? AGENCY_DATELINE_OPENING.exec(opening)
  if (wire !== null) return start + wire[0].length
  const titleCase = TITLE_CASE_DATELINE.exec(opening)
  return titleCase !== null && DATELINE_CITIES.has(titleCase[1].toUpperCase()) ? start + titleCase[0].length : start
}

/** What a part of a content drops before the tag that interrupts it (a sentence's own . ? ! stay). */
const BEFORE_TAG = new Set([',', '—', '–', '-', ':', ';'])

/**
 * *“We will not yield,” Peskov said, “and we will win.”*, *India, he said, would pursue …*: a
 * content that runs across its own tag is also given as the parts on either side of it, so what
 * was said can be shown without the words that say who said it. After a quotation the second part
 * is the quotation that opens next; otherwise the statement goes on after the tag's comma.
 */
function contentParts (tokens: Token[], quotes: QuoteRegion[], { content, cue, source }: Attribution): Array<{ start: number, end: number }> | undefined {
  if (content === undefined) return undefined
  const tagStart = Math.min(cue.start, source.start)
  const tagEnd = Math.max(cue.end, source.end)
  if (tagStart <= content.start || tagEnd >= content.end) return undefined
  const tokenFrom = (offset: number): number => firstAfter(tokens.length, (i) => tokens[i].start, offset - 1)
  let lastBefore = tokenFrom(tagStart) - 1
  // (*What happened, as the ministry explained, was …*: the *as* opening the tag is the tag's.)
  if (tokens[lastBefore]?.normal === 'as') lastBefore--
  let quoted = false
  while (lastBefore >= 0 && tokens[lastBefore].start > content.start && (tokens[lastBefore].isQuote || BEFORE_TAG.has(tokens[lastBefore].normal))) {
    quoted ||= tokens[lastBefore].isQuote
    lastBefore--
  }
  if (lastBefore < 0 || tokens[lastBefore].end <= content.start) return undefined
  let resumeAt: number | undefined
  const afterTag = tokenFrom(tagEnd)
  if (quoted) {
    // (Quote regions are in text order: searched, not scanned from the first for every split tag.)
    const next = quotes[firstAfter(quotes.length, (i) => quotes[i].open, afterTag - 1)]
    resumeAt = next !== undefined && next.start < content.end ? next.start : undefined
  } else {
    let comma = afterTag
    while (comma < tokens.length && tokens[comma].start < content.end && tokens[comma].normal !== ',') comma++
    resumeAt = tokens[comma + 1]?.start
  }
  if (resumeAt === undefined || resumeAt >= content.end) return undefined
  return [{ start: content.start, end: tokens[lastBefore].end }, { start: resumeAt, end: content.end }]
}

/**
 * Where content [first, last) ends in the text: trimming drops closing marks, but a quotation
 * that opened inside the content keeps its closing mark (*the report was “a fabrication”*, not
 * *the report was “a fabrication*).
 */
function contentEnd (context: SentenceContext, [first, last]: [number, number]): number {
  const { tokens } = context
  for (let i = last; i < Math.min(tokens.length, last + 3) && (tokens[i].pos === 'PUNCT' || tokens[i].isQuote); i++) {
    const region = context.quoteIndex.byClose.get(i)
    if (region !== undefined) return region.open >= first ? tokens[i].end : tokens[last - 1].end
  }
  return tokens[last - 1].end
}

const SENTENCE_OPENERS = new Set(['but', 'and', 'yet', 'so', 'still', 'meanwhile'])
/** How many sentences back *he* or *she* looks for a named subject. */
const MAX_SUBJECT_LOOKBACK = 4
const MAX_SUBJECT_NAME = 5

/**
 * A person's name opening a sentence as its subject, with its type and actor: *Modi was more
 * guarded.*, *But Prime Minister Narendra Modi told …*. Not a possessor (*Modi's visit*), and not
 * a name that starts a longer noun phrase (*Modi government officials*).
 */
function namedSubject (context: SentenceContext, sentence: Sentence): SourceSpan | undefined {
  const { tokens, text } = context
  let first = sentence.firstToken
  while (first < sentence.lastToken && (tokens[first].isQuote || SENTENCE_OPENERS.has(tokens[first].normal) || tokens[first].normal === ',')) first++
  // (*Later, Maria Zakharova went further.*, *On Monday, Lavrov …*: an opening adverbial before the subject.)
  first = afterOpeningAdverbial(tokens, first, sentence.lastToken)
  // (*“India is a great power,” he told Modi*: a name inside a quotation is the speaker's word, not the sentence's subject.)
  if (context.quoteIndex.inside[first] !== undefined) return undefined
  // (*The Samajwadi Party's Rekha Yadav asked …*: a name after its party or country, which stay in the span.)
  const spanFirst = first
  let possessive = tokens[first]?.normal === 'the' ? first + 1 : first
  while (possessive < sentence.lastToken && possessive - first < MAX_SUBJECT_NAME && tokens[possessive].pos === 'PROPN') possessive++
  if (possessive > first && tokens[possessive]?.normal === "'s" && tokens[possessive + 1]?.pos === 'PROPN' && tokens[possessive - 1].pos === 'PROPN') first = possessive + 1
  // (*Kremlin spokesman Dmitry Peskov was asked …*: a role may stand between the names; the run ends on a name.)
  let end = first
  let scan = first
  // (*President/NOUN Vladimir Putin arrived …*: a capitalised title the tagger calls a noun opens the name.)
  const titleFirst = tokens[first]?.pos === 'NOUN' && tokens[first + 1]?.pos === 'PROPN' && /^\p{Lu}/u.test(text.slice(tokens[first].start, tokens[first].end))
  while (scan < sentence.lastToken && scan - first < MAX_SUBJECT_NAME && (tokens[scan].pos === 'PROPN' || HONORIFICS.has(tokens[scan].normal) || (scan === first && titleFirst) ||
    (scan > first && ROLE_IN_NAME.has(tokens[scan].pos) && /^\p{Ll}/u.test(text.slice(tokens[scan].start, tokens[scan].end))))) {
    scan++
    if (tokens[scan - 1].pos === 'PROPN' || HONORIFICS.has(tokens[scan - 1].normal)) end = scan
  }
  if (scan > end && tokens[end] !== undefined && tokens[end].pos !== 'VERB' && tokens[end].pos !== 'AUX' && tokens[end].normal !== ',') return undefined
  const next = tokens[end]
  // (*Lavrov then returned to …*: an adverb before the verb.)
  const verbAfterAdverb = next?.pos === 'ADV' && (tokens[end + 1]?.pos === 'VERB' || tokens[end + 1]?.pos === 'AUX')
  if (end === first || next === undefined || tokens[end - 1].pos !== 'PROPN' || (next.pos !== 'VERB' && next.pos !== 'AUX' && next.normal !== ',' && !verbAfterAdverb)) return undefined
  // (*Jaishankar, speaking next, was more measured*: a participle aside.)
  // (*Ihor Tkachenko, 41, who ran a garage, spends …*: an age and a relative clause describe the person.)
  const described = tokens[end + 1]?.normal === 'who' || (tokens[end + 1]?.pos === 'NUM' && tokens[end + 2]?.normal === ',')
  if (next.normal === ',' && !(described || tokens[end + 1]?.normal === 'for' || tokens[end + 1]?.pos === 'ADV' || (tokens[end + 1]?.pos === 'VERB' && tokens[end + 1].normal.endsWith('ing')))) return undefined
  const typed = classify(context, first, end, sentence)
  return PERSONAL_SOURCE_TYPES.has(typed.type) ? typedSpan(context, spanFirst, end, typed) : undefined
}

/**
 * The person a Q&A's introduction presents (*Hannah Wexler is a senior fellow at …*, *She spoke to
 * us …*, *Jaishankar told The Hindu …*): the first personal source of the paragraph's
 * attributions, a pronoun standing for the person it refers to, or else the first name opening a
 * sentence as its subject.
 */
export function introducedPerson (context: AttributionContext, attributions: Attribution[]): SourceSpan | undefined {
  for (const { source } of attributions) {
    if (!PERSONAL_SOURCE_TYPES.has(source.type)) continue
    if (source.refersTo !== undefined) {
      const { start, end, text } = source.refersTo
      return { start, end, text, type: source.type, ...(source.actor === undefined ? {} : { actor: source.actor }) }
    }
    // (A *he* that refers to no one yet says nothing of who is interviewed.)
    if (/\s/.test(source.text) || /^\p{Lu}/u.test(source.text)) return source
  }
  const { tokens, sentences, quotes } = context
  const local = sentenceContext(context, quotes.length === 0 ? NO_QUOTES : indexQuotes(quotes, tokens.length))
  for (const sentence of sentences) {
    const subject = openingSubject(local, sentence)
    if (subject !== undefined) return subject
  }
  return undefined
}

/** The person a sentence opens with as its subject, bare (*Modi was …*) or with an appositive (*Arun Mehrotra, India's Ambassador …, has …*). */
const openingSubject = (context: SentenceContext, sentence: Sentence): SourceSpan | undefined => namedSubject(context, sentence) ?? namedWithAppositive(context, sentence) ?? introducedSubject(context, sentence)

/** Words that open a clause of time or reason before a sentence's subject (*When the noise subsided, …*). */
const OPENING_CLAUSE_WORDS = new Set(['when', 'after', 'before', 'while', 'as', 'once', 'since', 'until', 'although', 'though'])
/** How long an opening clause and a subject's role words may be. */
const MAX_OPENING_CLAUSE = 12
const MAX_ROLE_WORDS = 8

/**
 * *When the noise subsided, former ambassador to Moscow Pankaj Sarin offered a cooler assessment.*:
 * a person the narrator introduces by a lower-case role and a full name, past an opening clause,
 * as the subject of the sentence's verb — the nearest *he* after it is that person, not an earlier
 * paragraph's speaker.
 */
function introducedSubject (context: SentenceContext, sentence: Sentence): SourceSpan | undefined {
  const { tokens } = context
  let first = sentence.firstToken
  // (*Opening the show, anchor …*, *On Monday, anchor …*: an opening participle or prepositional
  // phrase is set off by its comma as a clause of time is.)
  const opener = tokens[first]
  // (The tagger may call a capitalised opening participle a name: *Opening/PROPN the show*; an
  // object's determiner after it tells it from *Beijing, …*.)
  const participleOpens = opener !== undefined && opener.normal.endsWith('ing') &&
    (opener.pos === 'VERB' || ((opener.pos === 'PROPN' || opener.pos === 'NOUN') && (tokens[first + 1]?.pos === 'DET' || POSSESSIVE_PRONOUNS.has(tokens[first + 1]?.normal ?? ''))))
  const opensAside = opener !== undefined && (OPENING_CLAUSE_WORDS.has(opener.normal) || opener.pos === 'ADP' || participleOpens ||
    (opener.pos === 'VERB' && opener.normal.endsWith('ed')))
  if (opensAside) {
    let comma = first + 1
    while (comma < Math.min(sentence.lastToken, first + MAX_OPENING_CLAUSE) && tokens[comma].normal !== ',') comma++
    if (tokens[comma]?.normal !== ',') return undefined
    first = comma + 1
  }
  let verb = first
  while (verb < Math.min(sentence.lastToken, first + MAX_ROLE_WORDS) && (NOUN_PHRASE_TAGS.has(tokens[verb].pos) || tokens[verb].pos === 'ADP')) verb++
  // (A full name right before the verb: two capitalised words the tagger calls names.)
  if (verb - first < 3 || (tokens[verb]?.pos !== 'VERB' && tokens[verb]?.pos !== 'AUX') || tokens[verb - 1].pos !== 'PROPN' || tokens[verb - 2].pos !== 'PROPN') return undefined
  if (context.quoteIndex.inside[first] !== undefined) return undefined
  // (A role in lower case opens the phrase, *former ambassador …*: not *the Moscow Patriarchate has lost …*, a body.)
  // (*Anchor Arnav Mehrotra set the tone*: opening the sentence, a role the source lexicon knows is capitalised only as its first word.)
  const roleOpensSentence = first === sentence.firstToken && context.sourceIndex.covering[first] !== undefined
  if ((!roleOpensSentence && !/^\p{Ll}/u.test(context.text.slice(tokens[first].start, tokens[first].end))) || tokens[first].pos === 'DET') return undefined
  const typed = classify(context, first, verb, sentence)
  return isPersonalSource({ type: typed.type, text: context.text.slice(tokens[first].start, tokens[verb - 1].end) }) ? typedSpan(context, first, verb, typed) : undefined
}
/**
 * *For two decades the Kremlin has sold the world a story. Russia, it says, is …*: a state body or
 * an organisation that is the subject of the sentence before is what a parenthetical *it* says.
 */
function bodyOpening (context: SentenceContext, sentence: Sentence): SourceSpan | undefined {
  const { tokens } = context
  // (Past a short opening adverbial without its comma: *For two decades the Kremlin has …*.)
  for (let first = sentence.firstToken; first < Math.min(sentence.lastToken, sentence.firstToken + MAX_OPENING_BEFORE_BODY); first++) {
    if (tokens[first].pos === 'VERB' || tokens[first].pos === 'AUX') return undefined
    if (first > sentence.firstToken && tokens[first].pos !== 'DET' && tokens[first].pos !== 'PROPN') continue
    const subject = phraseStartingAt(tokens, first, sentence.lastToken)
    if (subject === undefined || subject[0] !== first || !context.sourceIndex.endingAt.has(subject[1])) continue
    const verb = tokens[subject[1]]
    if (verb === undefined || (verb.pos !== 'VERB' && verb.pos !== 'AUX')) return undefined
    const span = typedSpan(context, subject[0], subject[1], classify(context, subject[0], subject[1], sentence))
    return span.type === 'official' && isThing(span) ? span : undefined
  }
  return undefined
}
const MAX_OPENING_BEFORE_BODY = 5

/** How many tokens an appositive after a name may hold (*Arun Mehrotra, India's Ambassador to Russia,*). */
const MAX_APPOSITIVE = 16

/** *Arun Mehrotra, India's Ambassador to Russia, has …*: a name opening the sentence, with the appositive that says who they are. */
function namedWithAppositive (context: SentenceContext, sentence: Sentence): SourceSpan | undefined {
  const { tokens } = context
  const first = sentence.firstToken
  let comma = first
  while (comma < sentence.lastToken && comma - first < MAX_SUBJECT_NAME && (tokens[comma].pos === 'PROPN' || HONORIFICS.has(tokens[comma].normal))) comma++
  if (comma - first < 2 || tokens[comma]?.normal !== ',') return undefined
  let close = comma + 1
  while (close < sentence.lastToken && close - comma <= MAX_APPOSITIVE && tokens[close].normal !== ',') close++
  if (tokens[close]?.normal !== ',' || close === comma + 1 || (tokens[close + 1]?.pos !== 'VERB' && tokens[close + 1]?.pos !== 'AUX')) return undefined
  // (The appositive is a noun phrase, not a clause: *Mr. Trump, who is not taking donations,*; a
  // noun phrase may carry its own relative clause: *Grigory Yudin, a sociologist who left Russia in 2022,*.)
  const nounPhrase = tokens[comma + 1].pos === 'DET' && (tokens[comma + 2]?.pos === 'NOUN' || tokens[comma + 2]?.pos === 'ADJ')
  // The source ends before the relative clause: what the person did is not who they are.
  let end = close
  for (let i = comma + 1; i < close; i++) {
    if (RELATIVE_PRONOUNS.has(tokens[i].normal) && nounPhrase && i > comma + 2) {
      end = i
      break
    }
    if (tokens[i].pos === 'VERB' || tokens[i].pos === 'AUX' || RELATIVE_PRONOUNS.has(tokens[i].normal)) return undefined
  }
  const typed = classify(context, first, end, sentence)
  return PERSONAL_SOURCE_TYPES.has(typed.type) ? typedSpan(context, first, end, typed) : undefined
}

const ROLE_IN_NAME = new Set(['NOUN'])

/** An object after a verb (*advises the government*), where a clause (*feared losing her job*, *feared her employer would …*) would be a belief. */
const OBJECT_OPENERS_NOT_CLAUSE = new Set(['DET', 'NOUN', 'PROPN'])
/** How far back from a cue a *because* and the terms of anonymity before it are looked for. */
const MAX_ANONYMITY_REASON = 20

/** A cue inside the reason a source gives for anonymity (*…, speaking on condition of anonymity because he advises …,*), before the aside's comma. */
function inReasonForAnonymity (context: SentenceContext, cueFirst: number, sentence: Sentence): boolean {
  const { tokens } = context
  if (!context.sourceIndex.anonymityAt.has(tokens[sentence.firstToken].sentence)) return false
  for (let i = cueFirst - 1; i >= Math.max(sentence.firstToken, cueFirst - MAX_ANONYMITY_REASON); i--) {
    if (tokens[i].normal === ',') return false
    if (tokens[i].normal !== 'because' && tokens[i].normal !== 'as' && tokens[i].normal !== 'since') continue
    return anonymityIn(context, Math.max(sentence.firstToken, i - MAX_ANONYMITY_REASON), i)
  }
  return false
}

const QUESTION_WORDS = new Set(['whether', 'if', 'about', 'what', 'why', 'how', 'when', 'who', 'where', 'which'])
/** How far an opening *Asked whether …,* clause may run to its comma. */
const MAX_ASKED_CLAUSE = 25

/** The comma ending a sentence-opening *Asked whether …,* / *When asked about …,* clause, or the sentence's first token if none. */
function askedClauseEnd (tokens: Token[], sentence: Sentence): number {
  let first = sentence.firstToken
  if (tokens[first]?.normal === 'when') first++
  if (tokens[first]?.normal !== 'asked' || !QUESTION_WORDS.has(tokens[first + 1]?.normal ?? '')) return sentence.firstToken
  for (let i = first + 2; i < Math.min(sentence.lastToken, first + MAX_ASKED_CLAUSE); i++) if (tokens[i].normal === ',') return i
  return sentence.firstToken
}

/** Whether a quotation opens its sentence (*“We will not retreat.”*), rather than opening after words of the sentence. */
function opensItsSentence (tokens: Token[], quote: QuoteRegion): boolean {
  const before = tokens[quote.open - 1]
  return before === undefined || before.sentence !== tokens[quote.open].sentence || /^[.!?…]$/.test(before.normal)
}

/**
 * The statement a quotation before the tag closes: the quotation, or — when it opens inside this
 * sentence after words of its own (*The Kyiv regime is using civilians “as human shields,”
 * Zakharova said*) — the whole statement from its start, closing mark included.
 */
function statementEndingInQuote (context: SentenceContext, sentence: Sentence, quote: QuoteRegion): { start: number, end: number } {
  const { tokens } = context
  let first = Math.max(sentence.firstToken, context.statementStart)
  while (first < quote.open && tokens[first].isQuote) first++
  if (quote.open <= first || quote.open >= sentence.lastToken || tokens[quote.close] === undefined) return { start: quote.start, end: quote.end }
  return { start: tokens[first].start, end: tokens[quote.close].end }
}

/** A quotation opening the sentence with no speaker tag of its own after it. */
function resumedQuote (context: SentenceContext, sentence: Sentence): QuoteRegion | undefined {
  const { tokens } = context
  const region = context.quoteIndex.byOpen.get(sentence.firstToken)
  if (region === undefined) return undefined
  // (Left open at the paragraph's end, news style: the quotation goes on in the next paragraph.)
  if (region.close >= tokens.length) return region
  const after = tokens[region.close + 1]
  return after !== undefined && after.sentence === tokens[region.close].sentence && after.isWord ? undefined : region
}

/** At most this many sentences between two statements of one speaker are read as that speaker's. */
const MAX_SANDWICHED_SENTENCES = 2
/**
 * Plural words that open a sentence by pointing back at what was just said (*They include …*). Not
 * *It* or *This*, which as often open the narrator's background (*It was his first visit since 2019.*).
 */
const ANAPHORIC_OPENERS = new Set(['they', 'these'])

/**
 * *The minister said the goals remained unchanged. They include the demilitarisation of Ukraine …
 * Russia is ready for talks, he added.*: in agency copy the sentences between two statements of
 * one speaker, the first of them pointing back at what was said, are that speaker's too. The first
 * statement's content runs on over them (so their terms are reported, not adopted). Only sentences
 * no attribution touches, and only when the later tag's source is the earlier one's, by name or by
 * the pronoun that refers to it.
 */
export function extendOverSandwichedSentences (tokens: Token[], sentences: Sentence[], attributions: Attribution[]): void {
  if (attributions.length < 2) return
  const sentenceOf = (offset: number): number => tokens[firstAfter(tokens.length, (i) => tokens[i].start, offset - 1)]?.sentence ?? -1
  const sameSpeaker = (earlier: SourceSpan, later: SourceSpan): boolean =>
    later.refersTo?.start === earlier.start || later.text === earlier.text || (later.refersTo !== undefined && later.refersTo.start === earlier.refersTo?.start)
  for (let k = 0; k + 1 < attributions.length; k++) {
    const first = attributions[k]
    const next = attributions[k + 1]
    if (first.content === undefined || first.content.end < first.cue.start) continue
    const from = sentenceOf(first.cue.start)
    const to = sentenceOf(next.cue.start)
    if (from === -1 || to - from - 1 < 1 || to - from - 1 > MAX_SANDWICHED_SENTENCES || sentenceOf(first.content.end - 1) !== from) continue
    const opener = tokens[sentences[from + 1].firstToken]
    // (*Officials said the sanctions had failed. They met in Geneva …*: after plural speakers, *They* is the speakers.)
    if (!ANAPHORIC_OPENERS.has(opener.normal) || !sameSpeaker(first.source, next.source) || !pluralNounIn(tokens, first.content) ||
      pluralSpeaker(tokens, first.source.refersTo ?? first.source)) continue
    // (Nothing of the later statement reaches back into the sentences between.)
    const laterReach = Math.min(next.source.start, next.cue.start, next.content?.start ?? Infinity)
    const last = sentences[to - 1]
    if (laterReach < last.end) continue
    let end = last.lastToken - 1
    while (end > last.firstToken && SENTENCE_END.has(tokens[end].normal)) end--
    first.content = { start: first.content.start, end: tokens[end].end }
    const lastPart = first.contentParts?.at(-1)
    if (lastPart !== undefined) lastPart.end = first.content.end
  }
}

/** Whether a plural common noun lies in a span (what a sentence-opening *They* can point back at). */
function pluralNounIn (tokens: Token[], span: { start: number, end: number }): boolean {
  for (let i = firstAfter(tokens.length, (k) => tokens[k].start, span.start - 1); i < tokens.length && tokens[i].end <= span.end; i++) {
    if (tokens[i].pos === 'NOUN' && tokens[i].normal !== tokens[i].lemma) return true
  }
  return false
}

/** Whether a source names several speakers (*Officials*, *Russian diplomats*, *They*): its last word is a plural. */
function pluralSpeaker (tokens: Token[], source: { start: number, end: number }): boolean {
  const last = tokens[firstAfter(tokens.length, (k) => tokens[k].end, source.end) - 1]
  return last !== undefined && (last.normal === 'they' || (last.normal !== last.lemma && last.normal.endsWith('s') && (last.pos === 'NOUN' || last.pos === 'PROPN')))
}
