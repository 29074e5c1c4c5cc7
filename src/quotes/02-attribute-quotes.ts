// Who said each quoted span, by what cue, and whether it is the speaker's whole words
// (direct) or words quoted inside a reported clause (mixed). Rules, in the order tried:
//   termNotSpeech                a short quote named rather than said (`known as “2+2”`,
//                                `the film “Oppenheimer”`, a title after a preposition:
//                                `on “Fox and Friends”`) or with no speech cue in its
//                                sentence: no quote
//   speakerAfterClosingQuote     `“…," Kamikawa said.`, `"…," said Tamar Gabelnick, director
//                                of …`, `"…," he told AFP.`, `"…," read one placard`,
//                                `“…?” Graham asked.` (a sentence of its own)
//   speakerBeforeOpeningQuote    `Austin said: “…”`, `she told reporters, "…"`, also with the
//                                colon ending the sentence or paragraph before; after a
//                                colon, the person the clause is about, whatever the verb
//   (a byline after a dash, `“…” ― Sonya Herridge`, is read with the speaker after)
//   cueBeforeInSentence          `said he "condemned" the decision`, `said China is “…”`,
//                                `called the candidate “extremely physically fit”` (mixed:
//                                the reported clause around the quote; the nearest cue
//                                whose report holds the quote, else the outer cue when the
//                                nearest is inside what another reports)
//   brokenQuote                  `"…," Kamikawa said. "…"`, `"…," he said, "…"`, and a short
//                                reply (`“Neither do I.”`): the part after the attribution
//                                is the same speaker's
//   continuedParagraph           a paragraph that opens with a quote and names no speaker
//                                goes on with the last quote of the paragraph before
//   unattributed                 a quoted sentence no cue reaches: a direct quote, no speaker

import type { Span } from '../document/article.js';
import { isQuoteMark, type QuotedSpan } from './01-find-quote-spans.js';
import { isSpeechVerb, opensAdverbialClause, SUBJECT_RELATIONS, speakerAt, subjectOf, type Speaker } from './speaker.js';
import { JUDGING_VERBS, NAMING_VERBS, NAMING_WORDS, STATEMENT_NOUNS } from './speech-cues.js';
import type { QuoteView } from './quote-view.js';

export interface AttributedQuote extends Span {
  readonly kind: 'direct' | 'mixed';
  readonly speaker: Speaker | null;
  /** The cue as printed (`said`, `told`, `according to`), or null when inherited or none. */
  readonly cue: string | null;
  /** Where the words were said: `told AFP` → `AFP`, `in a statement` → `a statement`. */
  readonly medium: string | null;
  /** The rule that attributed it. */
  readonly rule: string;
  /** The cue's token, also for a part that inherits it; null when none. */
  readonly cueToken: number | null;
}

interface Previous {
  readonly quote: AttributedQuote;
  readonly paragraph: number;
}

interface Cue {
  readonly verb: number;
  /** The verb's subject as the parse gives it (what `subjectOf` finds), or null. */
  readonly subject: number | null;
  readonly speaker: Speaker | null;
  readonly cue: string | null;
  readonly medium: string | null;
}

const SHORT_QUOTE_WORDS = 4;
const SHORT_PHRASE_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN']);
const DASHES: ReadonlySet<string> = new Set(['―', '—', '–', '-', '--']);
/** Words the parse may take for a cue's subject that name a time, not a speaker (`… said Friday`). */
const TIME_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|tomorrow|earlier|later|recently|then|now|last|this)$/;
/** Relative pronouns: the speaker is the noun the clause hangs from (`Morial, who said that …`). */
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'that', 'whom']);
const MAX_SUBJECT_TOKENS = 20;
const INTRODUCERS: ReadonlySet<string> = new Set([':', ',']);
const TITLE_FUNCTION_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'and', 'at', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);
const ADJUNCT_RELATIONS: ReadonlySet<string> = new Set(['obl', 'advcl']);

export function attributeQuotes(view: QuoteView, quoted: readonly QuotedSpan[]): AttributedQuote[] {
  const found: AttributedQuote[] = [];
  let previous: Previous | null = null;
  for (const quote of quoted) {
    const attributed = attributeOne(view, quote, previous);
    if (attributed === null) continue;
    // `concerns about “trial lawyers …” and general “legal matters”`: two quoted phrases in
    // one reported clause, by one speaker, are one mixed quote, not the clause twice.
    const last = found[found.length - 1];
    if (last && attributed.kind === 'mixed' && last.kind === 'mixed' && attributed.start < last.end && attributed.speaker?.name === last.speaker?.name) {
      found[found.length - 1] = { ...last, end: Math.max(last.end, attributed.end) };
      continue;
    }
    found.push(attributed);
    if (attributed.speaker !== null) previous = { quote: attributed, paragraph: view.paragraphOf(quote.end - 1) };
  }
  return found;
}

function attributeOne(view: QuoteView, quote: QuotedSpan, previous: Previous | null): AttributedQuote | null {
  const open = view.tokenAt(quote.start);
  const close = view.tokenBefore(quote.end);
  if (open < 0 || close < open) return null;
  const words = wordCount(view, open, close);
  const opensClause = isAtClauseStart(view, open);
  const after = speakerAfterClosingQuote(view, quote, close, opensClause);
  const before = after ? null : speakerBeforeOpeningQuote(view, open);
  const reported = after || before ? null : cueBeforeInSentence(view, open);
  const paragraph = view.paragraphOf(quote.start);
  // `“…?” Kishida asked. “Neither do I.”`: a short sentence after a speaker's quote goes on with it.
  const isShortReply = opensClause && after === null && before === null && reported === null && previous?.paragraph === paragraph && endsSentence(view, quote);
  if (!isShortReply && termNotSpeech(view, open, close, words, after ?? before ?? reported)) return null;
  const content = { start: quote.contentStart, end: quote.contentEnd };
  if (after) {
    // `Ukraine using the US mines would be in "blatant disregard …," said Tamar Gabelnick`: the quote is part of the reported clause.
    if (opensClause) return { ...content, kind: 'direct', ...fromCue(after), rule: 'speakerAfterClosingQuote' };
    return { ...reportedSpan(view, view.sentenceStart(open), quote.end), kind: 'mixed', ...fromCue(after), rule: 'speakerAfterClosingQuote' };
  }
  if (before) {
    // `"…," he said, "…"`: the cue that attributed the part before attributes this part too.
    const isSecondPart = previous !== null && previous.quote.cueToken === before.verb;
    return { ...content, kind: 'direct', ...fromCue(before), rule: isSecondPart ? 'brokenQuote' : 'speakerBeforeOpeningQuote' };
  }
  if (reported) return { ...reportedClauseAround(view, reported.verb, open, quote), kind: 'mixed', ...fromCue(reported), rule: 'cueBeforeInSentence' };
  if (previous && previous.paragraph === paragraph) return { ...content, kind: 'direct', ...inherited(previous.quote), rule: 'brokenQuote' };
  if (previous && previous.paragraph === paragraph - 1 && opensParagraph(view, quote, paragraph)) return { ...content, kind: 'direct', ...inherited(previous.quote), rule: 'continuedParagraph' };
  if (words < SHORT_QUOTE_WORDS + 1 || !opensClause) return null;
  return { ...content, kind: 'direct', speaker: null, cue: null, medium: null, rule: 'unattributed', cueToken: null };
}

function fromCue(cue: Cue): Pick<AttributedQuote, 'speaker' | 'cue' | 'medium' | 'cueToken'> {
  return { speaker: cue.speaker, cue: cue.cue, medium: cue.medium, cueToken: cue.verb };
}

function inherited(quote: AttributedQuote): Pick<AttributedQuote, 'speaker' | 'cue' | 'medium' | 'cueToken'> {
  return { speaker: quote.speaker, cue: null, medium: null, cueToken: quote.cueToken };
}

/** A short quote with a naming word before it, or with no cue at all, names a term or a work. */
function termNotSpeech(view: QuoteView, open: number, close: number, words: number, cue: Cue | null): boolean {
  // `a group called “Moms for America”`: a naming verb with no subject, or right after the
  // noun it names, names a term.
  if (cue !== null && NAMING_VERBS.has(view.lemma(cue.verb)) && (cue.speaker === null || isNamingParticiple(view, cue.verb))) return true;
  if (words >= SHORT_QUOTE_WORDS) return false;
  if (cue === null) return true;
  const start = view.sentenceStart(open);
  for (let t = open - 1; t >= Math.max(start, open - 2); t--) if (NAMING_WORDS.has(view.lower(t))) return true;
  // `on Fox News's “Fox and Friends”`, `project on “Women in Power”`: a title after a
  // preposition or a possessive (not `of`: `a goal of “Peace Through Strength”` quotes a slogan).
  const before = open - 1;
  return before >= start && view.lower(before) !== 'of' && (view.upos(before) === 'ADP' || view.deprel(before) === 'case') && isTitleCase(view, open + 1, close);
}

/** `a group called`, `a plan dubbed`: a past participle right after the noun it names (not `a statement calling …`). */
function isNamingParticiple(view: QuoteView, verb: number): boolean {
  return view.deprel(verb) === 'acl' && view.head(verb) === verb - 1 && !view.lower(verb).endsWith('ing');
}

/** Whether the words in [from, to) are a title: each capitalised, but for short function words. */
function isTitleCase(view: QuoteView, from: number, to: number): boolean {
  let capitalised = 0;
  for (let t = from; t < to; t++) {
    const form = view.form(t);
    if (!/^\p{L}/u.test(form)) continue;
    if (/^\p{Lu}/u.test(form)) capitalised++;
    else if (!TITLE_FUNCTION_WORDS.has(form)) return false;
  }
  return capitalised > 0;
}

/** `“…," Kamikawa said.` / `"…," said Gabelnick`: a cue verb right after the closing mark, with only its subject between. */
function speakerAfterClosingQuote(view: QuoteView, quote: QuotedSpan, close: number, opensClause: boolean): Cue | null {
  let stop = view.sentenceStop(close);
  let t = close + 1;
  while (t < stop && (view.form(t) === ',' || isQuoteMark(view.form(t)))) t++;
  // `“…” ― Sonya Herridge`, `“…?” Graham asked.`: a byline, or the attribution of a quote
  // that ends in a question or an exclamation, which the splitter may make a sentence of its own.
  const endsInQuestion = /[?!]\s*$/u.test(view.text.slice(quote.contentStart, quote.contentEnd));
  if (t === stop && t < view.count && (DASHES.has(view.form(t)) || endsInQuestion) && view.paragraphOf(view.start(t)) === view.paragraphOf(quote.start)) stop = view.sentenceStop(t);
  if (t >= stop || view.start(t) < quote.end) return null;
  if (DASHES.has(view.form(t))) {
    // A name, maybe after a title (`― Sen. Tim Kaine`); not a clause (`― just as he did`).
    for (let k = t + 1; k < stop && k - t <= 3 && view.upos(k) !== 'VERB' && view.upos(k) !== 'AUX'; k++) {
      const mention = view.mentionAt(k);
      if (mention?.entity.type === 'PERSON' && view.upos(k) === 'PROPN') return { verb: t, subject: null, speaker: speakerAt(view, k), cue: null, medium: null };
    }
    // A byline of two proper nouns the name finder left alone (`― Ariana Huichapa.`).
    if (t + 2 < stop && view.upos(t + 1) === 'PROPN' && view.upos(t + 2) === 'PROPN') {
      let end = t + 3;
      while (end < stop && view.upos(end) === 'PROPN') end++;
      const name = view.text.slice(view.start(t + 1), view.end(end - 1));
      return { verb: t, subject: null, speaker: { entity: null, name, kind: 'person' }, cue: null, medium: null };
    }
    return null;
  }
  if (view.lower(t) === 'according' && t + 2 < stop && view.lower(t + 1) === 'to') {
    return { verb: t, subject: null, speaker: speakerAt(view, t + 2), cue: 'according to', medium: null };
  }
  if (!opensClause) {
    // A quote inside its sentence (`… would be in "blatant disregard …," said Gabelnick`)
    // takes a cue right after it, with at most a name, a pronoun or a short noun phrase
    // (`the senator`) before the verb.
    let verb = t;
    const mention = view.mentionAt(t);
    if (mention && !isCueVerb(view, t)) verb = view.tokenBefore(mention.end) + 1;
    else if (view.upos(t) === 'PRON') verb = t + 1;
    else while (verb < stop && verb - t < 3 && SHORT_PHRASE_TAGS.has(view.upos(verb)) && !isCueVerb(view, verb)) verb++;
    if (verb >= stop || !isCueVerb(view, verb) || reportsWhatFollows(view, verb)) return null;
    return cueAfterQuote(view, verb, close);
  }
  // A quote that opens its sentence takes a cue after a longer subject (`, Sen. Claire McCaskill (D-Mo.) said`),
  // however long when the parse says so (`, Scott Pruitt, the attorney general of Oklahoma, one of the states suing the EPA, said`).
  for (let k = t; k < Math.min(stop, t + 3); k++) {
    const verb = view.head(k);
    if (!SUBJECT_RELATIONS.has(view.deprel(k))) continue;
    if (verb > k && verb < stop && isCueVerb(view, verb) && !reportsWhatFollows(view, verb)) return cueAfterQuote(view, verb, close);
    break;
  }
  for (let k = t; k < stop && k - t <= MAX_SUBJECT_TOKENS; k++) {
    // `…," adding that North Korea …`: a verb whose own reported clause follows it is not this quote's.
    if (isCueVerb(view, k)) return reportsWhatFollows(view, k) ? null : cueAfterQuote(view, k, close);
    // Another clause's verb, a quote or a clause break between: this is not the quote's attribution.
    // (A participle or a relative clause inside the subject is not: `one of the states suing the EPA, said`.)
    if (isQuoteMark(view.form(k)) || view.form(k) === ';' || (view.upos(k) === 'VERB' && k > t && !view.deprel(k).startsWith('acl'))) return null;
  }
  return null;
}

/** `Austin said: “…”`, `she told reporters, "…"`: a cue verb, maybe with its object, then a colon or comma before the mark. */
function speakerBeforeOpeningQuote(view: QuoteView, open: number): Cue | null {
  let start = view.sentenceStart(open);
  const before = open - 1;
  // `He said Thursday:` ending the sentence or the paragraph before the quote.
  if (before >= 0 && before < start && view.form(before) === ':') start = view.sentenceStart(before);
  if (before < start || !INTRODUCERS.has(view.form(before))) return null;
  for (let k = before - 1; k >= start && before - k <= 5; k--) {
    if (isCueVerb(view, k)) return cueOf(view, k, open);
    if (isQuoteMark(view.form(k))) return null;
  }
  return view.form(before) === ':' ? personBeforeColon(view, start, before) : null;
}

/**
 * `She then addressed the supporters again: “…”`: a colon before a quote introduces the
 * words of the clause's subject when that is a person, whatever the verb. The verb is the
 * cue.
 */
function personBeforeColon(view: QuoteView, start: number, colon: number): Cue | null {
  // The verb of the clause the colon ends: the first verb above the word before it.
  let verb = colon - 1;
  for (let steps = 0; verb >= start && view.upos(verb) !== 'VERB' && steps < 8; steps++) verb = view.head(verb);
  if (verb < start || verb >= colon || view.upos(verb) !== 'VERB') return null;
  const cue = cueOf(view, verb);
  return cue.speaker?.kind === 'person' && cue.speaker.entity !== null ? cue : null;
}

/** `said he "condemned" the decision`: a cue verb earlier in the sentence whose reported clause holds the quote. */
function cueBeforeInSentence(view: QuoteView, open: number): Cue | null {
  const start = view.sentenceStart(open);
  // Earlier quotes of the sentence may lie between: `said China's policy “…” and that “…”`.
  // The nearest cue whose report holds the quote, past cues of other clauses (`Flynn said
  // Trump was “right” when he said …, “the generals …”` is Flynn's); else the nearest.
  let nearest = -1;
  for (let k = open - 1; k >= start; k--) {
    if (!isCueVerb(view, k)) continue;
    // (Past a side clause the parse hung the quote on, no: `The spot concludes with footage
    // of Trump saying …, “That makes me smart”` is Trump's.)
    const holder = childHolding(view, k, open + 1);
    if (holder >= 0 && (nearest < 0 || view.deprel(holder) !== 'parataxis')) return cueOf(view, k);
    if (nearest < 0) nearest = k;
  }
  return nearest < 0 ? null : cueOf(view, outermostCue(view, nearest, start));
}

/**
 * `Clinton said anybody who complains about a microphone “is not having a good night”`: a
 * cue inside the clause another cue reports, when the quote is not its own, is part of
 * what is reported; the outer one speaks (`adding that … “threaten …”` keeps `adding`).
 */
function outermostCue(view: QuoteView, verb: number, start: number): number {
  let outer = verb;
  // Not through an adjunct: `The spot concludes with footage of Trump saying` is Trump's,
  // not the spot's.
  for (let t = verb, steps = 0; view.head(t) >= start && steps < 8; t = view.head(t), steps++) {
    if (ADJUNCT_RELATIONS.has(view.deprel(t))) break;
    const above = view.head(t);
    if (above < verb && isSpeechVerb(view, above)) outer = above;
  }
  return outer;
}

/** `adding that …`, `said China is …`: a clause the verb reports starts right after it (not `said O'Neill, on what was …`, a misparse). */
function reportsWhatFollows(view: QuoteView, verb: number): boolean {
  return view.children(verb).some((child) => {
    if (child <= verb || view.deprel(child) !== 'ccomp') return false;
    if (opensAdverbialClause(view, child) || !isFiniteClause(view, child)) return false;
    const { first } = view.extent(child);
    return first <= verb + 2 && view.upos(first) !== 'PUNCT' && !SUBJECT_RELATIONS.has(view.deprel(verb + 1));
  });
}

/** A clause with a subject or a `that` (`adding that North Korea …`), not a phrase the parse made one (`told cheering supporters`). */
function isFiniteClause(view: QuoteView, head: number): boolean {
  return view.children(head).some((child) => SUBJECT_RELATIONS.has(view.deprel(child)) || view.deprel(child) === 'expl' || (view.deprel(child) === 'mark' && view.lower(child) === 'that'));
}

/**
 * The cue after a quote: its speaker is the subject if the parse puts it after the quote
 * (`Kamikawa said`, `said Tamar Gabelnick`), else the phrase right after the verb (the
 * parse may take a word of the quoted clause for the subject: `Ukraine using the US mines
 * would be in "…," said Tamar Gabelnick`; `read one placard`).
 */
function cueAfterQuote(view: QuoteView, verb: number, close: number): Cue {
  const cue = cueOf(view, verb);
  if (cue.subject !== null && cue.subject > close && !TIME_WORDS.test(view.lower(cue.subject))) return cue;
  // A name or a noun between the quote and the verb (`Sen. Claire McCaskill (D-Mo.) said`), else right after it.
  const between = speakerTokenIn(view, close + 1, verb) ?? speakerTokenIn(view, verb + 1, Math.min(view.sentenceStop(verb), verb + 4));
  return { ...cue, speaker: between === null ? null : speakerAt(view, between) };
}

/** The token of a name (a person's first), else of the first noun or pronoun, in [from, to). */
function speakerTokenIn(view: QuoteView, from: number, to: number): number | null {
  let noun: number | null = null;
  for (let t = from; t < to; t++) {
    const mention = view.mentionAt(t);
    if (mention?.entity.type === 'PERSON') return t;
    if (noun === null && (mention || ['NOUN', 'PROPN', 'PRON'].includes(view.upos(t))) && !TIME_WORDS.test(view.lower(t))) noun = t;
  }
  return noun;
}

/** A verb that can attribute a quote: one of speech, or one that judges in words (`called`, `praised`). */
function isCueVerb(view: QuoteView, token: number): boolean {
  // `“…,” he continued`, but not `Rubio will continue to be “a champion …”` (a participle
  // under `continued to call for …` still speaks with its subject: speaker.ts).
  if (view.lemma(token) === 'continue' && view.children(token).some((child) => view.deprel(child) === 'xcomp')) return false;
  return isSpeechVerb(view, token) || (view.upos(token) === 'VERB' && JUDGING_VERBS.has(view.lemma(token)));
}

/** The cue of a verb with its speaker; `quoteOpen`, for a cue before a quote: the parse may take a word inside the quote for the subject. */
function cueOf(view: QuoteView, verb: number, quoteOpen = -1): Cue {
  const parsedSubject = subjectOf(view, verb);
  let ownSubject = parsedSubject;
  // (`Mr. Trump, asked about …, had said, ''I think …''`: the name before the verb.)
  if (quoteOpen >= 0 && ownSubject !== null && ownSubject > quoteOpen) ownSubject = speakerTokenIn(view, view.sentenceStart(verb), verb);
  const subject = antecedentOfRelative(view, ownSubject);
  // `said Tamar Gabelnick` when the parse gives no subject: the name right after the verb.
  const speakerToken = subject ?? (verb + 1 < view.sentenceStop(verb) && view.mentionAt(verb + 1) ? verb + 1 : null);
  const speaker = speakerToken === null ? null : speakerAt(view, speakerToken);
  // `Stevie Wonder, who joked …`: the relative pronoun that speaks is a mention of the speaker.
  if (ownSubject !== null && subject !== ownSubject && speaker?.entity && view.mentionAt(ownSubject) === null) view.resolvedPronouns.set(ownSubject, speaker.entity);
  return { verb, subject: parsedSubject, speaker, cue: view.form(verb), medium: mediumOf(view, verb) };
}

/** `Marc H. Morial, …, who said that …`: a relative pronoun stands for the noun its clause hangs from. */
function antecedentOfRelative(view: QuoteView, subject: number | null): number | null {
  if (subject === null || !RELATIVE_PRONOUNS.has(view.lower(subject))) return subject;
  const clause = view.head(subject);
  return clause >= 0 && view.deprel(clause) === 'acl:relcl' && view.head(clause) >= 0 ? view.head(clause) : null;
}

/** `told AFP` → AFP; `in a statement`, `In the joint statement issued after the talks` → the statement. */
function mediumOf(view: QuoteView, verb: number): string | null {
  for (const child of view.children(verb)) {
    const relation = view.deprel(child);
    if (view.lemma(verb) === 'tell' && (relation === 'obj' || relation === 'iobj')) return nounPhrase(view, child);
    if (relation === 'obl' && STATEMENT_NOUNS.has(view.lemma(child))) return nounPhrase(view, child);
  }
  return null;
}

/** A noun with the words before it that hang from it (`the joint statement`, not what follows). */
function nounPhrase(view: QuoteView, noun: number): string {
  let first = noun;
  while (first - 1 >= view.sentenceStart(noun) && view.head(first - 1) === noun && !['case', 'punct'].includes(view.deprel(first - 1))) first--;
  const mention = view.mentionAt(noun);
  if (mention) return view.text.slice(Math.min(mention.start, view.start(first)), mention.end);
  return view.text.slice(view.start(first), view.end(noun));
}

/**
 * The clause of a cue's report that holds the quote: from the start of the clause (the
 * complement, or the conjunct of it, the quote lies in: `China's foreign policy “…”`,
 * `that “such behavior …”`) to its end, short of a later conjunct; when it is no clause's,
 * from the verb's next word (`describing the rising threat from China as “the greatest
 * strategic challenge.”`).
 */
function reportedClauseAround(view: QuoteView, verb: number, open: number, quote: QuotedSpan): Span {
  let clause = -1;
  for (let t = open + 1, steps = 0; t >= 0 && t !== verb && steps < 40; t = view.head(t), steps++) {
    if (clause !== -1) break;
    if (view.head(t) === verb && view.deprel(t) === 'ccomp') clause = t;
    else if (view.deprel(t) === 'conj' && isReportedBy(view, view.head(t), verb)) clause = t;
  }
  // No clause: what the verb takes from right after it (`described the Affordable Care Act as a “crazy system”`),
  // to the end of the verb's dependent that holds the quote (`urged Americans to “check out” her sex tape`).
  if (clause < 0) {
    let first = verb + 1;
    while (first < open && (view.lower(first) === 'that' || view.upos(first) === 'PUNCT')) first++;
    const holder = childHolding(view, verb, open + 1);
    return { start: view.start(first), end: holder < 0 ? quote.end : Math.max(quote.end, clauseEnd(view, holder, open, first)) };
  }
  const { first } = view.extent(clause);
  let start = first;
  while (start < open && (view.lower(start) === 'that' || view.upos(start) === 'PUNCT' || view.deprel(start) === 'cc')) start++;
  return { start: view.start(start), end: Math.max(clauseEnd(view, clause, open, start), quote.end) };
}

/** Where the phrase a token heads ends, short of a conjunct after the quote, without trailing punctuation other than marks. */
function clauseEnd(view: QuoteView, head: number, open: number, start: number): number {
  let end = view.extent(head).end;
  for (const child of view.children(head)) {
    if (child > open && ['conj', 'cc', 'parataxis'].includes(view.deprel(child))) end = Math.min(end, view.extent(child).first);
  }
  while (end - 1 > start && view.upos(end - 1) === 'PUNCT' && !isQuoteMark(view.form(end - 1))) end--;
  return view.end(end - 1);
}

/** The verb's dependent whose phrase holds `token`, or -1. */
function childHolding(view: QuoteView, verb: number, token: number): number {
  for (let t = token, steps = 0; t >= 0 && steps < 40; t = view.head(t), steps++) if (view.head(t) === verb) return t;
  return -1;
}

/** Whether a token is the complement a verb reports, or a conjunct of it. */
function isReportedBy(view: QuoteView, token: number, verb: number): boolean {
  for (let t = token, steps = 0; t >= 0 && steps < 6; t = view.head(t), steps++) {
    if (view.head(t) === verb) return view.deprel(t) === 'ccomp';
    if (view.deprel(t) !== 'conj') return false;
  }
  return false;
}

/** The reported clause from token `first` to the quote's end, without leading marks or spaces. */
function reportedSpan(view: QuoteView, first: number, end: number): Span {
  let t = first;
  while (isQuoteMark(view.form(t)) && view.end(t) < end) t++;
  return { start: view.start(t), end };
}

/** Whether only marks, a dash or a colon come before the quote in its sentence. */
function isAtClauseStart(view: QuoteView, open: number): boolean {
  const start = view.sentenceStart(open);
  for (let t = open - 1; t >= start; t--) {
    const form = view.form(t);
    if (form === ':' || form === '—' || form === '–') return true;
    if (!isQuoteMark(form)) return false;
  }
  return true;
}

/** Whether the quote's words end a sentence (`Neither do I.”`). */
function endsSentence(view: QuoteView, quote: QuotedSpan): boolean {
  return /[.?!…]\s*$/u.test(view.text.slice(quote.contentStart, quote.contentEnd));
}

function opensParagraph(view: QuoteView, quote: QuotedSpan, paragraph: number): boolean {
  const span = view.paragraphs[paragraph];
  return span !== undefined && view.text.slice(span.start, quote.start).trim() === '';
}

function wordCount(view: QuoteView, open: number, close: number): number {
  let count = 0;
  for (let t = open; t <= close; t++) if (/\p{L}|\p{N}/u.test(view.form(t))) count++;
  return count;
}
