// The dateline's agency is one medium, not a person or a town (issue 4).

import { describe, expect, it } from 'vitest';
import type { Article, Entity } from '../../src/document/article.js';
import { agencySpan, markAgencyAsMedium, organisationMention, replaceMentionsIn } from '../../src/resolve/dateline-agency.js';
import { analyseForTest } from './world-actors.js';

const TEXT = 'MAMOUDZOU, Mayotte (Harbor Ledger) — Cyclone Chido tore through the island on Saturday.';
const article = { text: TEXT, dateline: { start: 0, end: 36, place: 'MAMOUDZOU, Mayotte', agency: 'Harbor Ledger', dateText: null } } as unknown as Article;

describe('dateline agency', () => {
  it('finds the agency inside the dateline', () => {
    expect(agencySpan(article)).toEqual({ start: 20, end: 33 });
    expect(agencySpan({ ...article, dateline: null } as unknown as Article)).toBeNull();
  });

  it('replaces the mentions inside the agency by one organisation mention over its tokens', () => {
    const analysis = analyseForTest(TEXT);
    const span = agencySpan(article)!;
    const mention = organisationMention(analysis, span);
    expect(mention).toMatchObject({ start: 20, end: 33, type: 'ORG' });
    const replaced = replaceMentionsIn(analysis, span, mention);
    expect(replaced.mentions.filter((other) => other.start >= 20 && other.end <= 33).map((other) => `${TEXT.slice(other.start, other.end)}:${other.type}`)).toEqual(['Harbor Ledger:ORG']);
    expect(replaceMentionsIn(analysis, span, null).mentions.some((other) => other.start >= 20 && other.end <= 33)).toBe(false);
    expect(replaced.mentions.length).toBeGreaterThan(1);
  });

  it('codes the agency as a medium unless the dictionaries coded it', () => {
    const entity = (name: string, start: number, actorCode: string | null): Entity => ({ id: name, name, type: 'ORG', roles: [], country: null, actorCode, mentions: [{ start, end: start + name.length, text: name }] });
    const marked = markAgencyAsMedium([entity('Harbor Ledger', 20, null), entity('Reuters', 20, 'MED'), entity('Other Body', 50, null)], { start: 20, end: 33 });
    expect(marked.map((found) => found.actorCode)).toEqual(['MED', 'MED', null]);
  });
});
