// The news agency a dateline names (`MAMOUDZOU, Mayotte (Harbor Ledger) —`) is one
// organisation, and a medium, whatever the recogniser made of its words (`Ledger` as a
// person, `Riverside` of `Riverside Times` as a town): its mentions give way to one ORG
// mention over the agency's name, which names no place.

import { LanguageAnalysis, type Mention } from '../document/analysis.js';
import type { Article, Entity, Span } from '../document/article.js';

/** The characters of the dateline's agency, or null. */
export function agencySpan(article: Article): Span | null {
  const { dateline, text } = article;
  if (!dateline?.agency) return null;
  const start = text.indexOf(dateline.agency, dateline.start);
  return start < 0 || start + dateline.agency.length > dateline.end ? null : { start, end: start + dateline.agency.length };
}

/** The analysis with the mentions inside `span` replaced by `replacement` (none when null). */
export function replaceMentionsIn(analysis: LanguageAnalysis, span: Span, replacement: Mention | null): LanguageAnalysis {
  const kept = analysis.mentions.filter((mention) => mention.end <= span.start || mention.start >= span.end);
  const mentions = replacement ? [...kept, replacement].sort((a, b) => a.start - b.start) : kept;
  return new LanguageAnalysis(analysis.starts, analysis.ends, analysis.sentences, analysis.upos, analysis.xpos, analysis.lemmas, analysis.heads, analysis.deprels, mentions);
}

/** An ORG mention over the tokens of `span`, or null when no token starts and ends on its edges. */
export function organisationMention(analysis: LanguageAnalysis, span: Span): Mention | null {
  let firstToken = -1;
  let endToken = -1;
  for (let t = 0; t < analysis.tokenCount; t++) {
    if (analysis.starts[t] === span.start) firstToken = t;
    if (analysis.ends[t] === span.end) endToken = t + 1;
  }
  return firstToken < 0 || endToken <= firstToken ? null : { start: span.start, end: span.end, firstToken, endToken, type: 'ORG' };
}

/** The agency's entity is a medium (`MED`) unless the dictionaries code it. */
export function markAgencyAsMedium(entities: readonly Entity[], span: Span): Entity[] {
  return entities.map((entity) => entity.actorCode === null && entity.type === 'ORG' && entity.mentions.some((mention) => mention.start === span.start && mention.end === span.end)
    ? { ...entity, actorCode: 'MED' }
    : entity);
}
