import { describe, expect, it } from 'vitest';
import type { Mention, MentionType } from '../../src/document/analysis.js';
import { makePersonTypesConsistent } from '../../src/language/consistent-person-types.js';

/** Mentions over a text whose tokens are its space-separated words. */
function mentionsOf(text: string, spans: Array<[string, MentionType, number]>): Mention[] {
  const words = text.split(' ');
  const starts: number[] = [];
  words.reduce((offset, word) => (starts.push(offset), offset + word.length + 1), 0);
  return spans.map(([name, type, firstToken]) => {
    const count = name.split(' ').length;
    const start = starts[firstToken]!;
    return { firstToken, endToken: firstToken + count, start, end: start + name.length, type };
  });
}

describe('one type per person name in an article', () => {
  it.each([
    ['Lloyd Austin spoke . Austin said no', [['Lloyd Austin', 'PERSON', 0], ['Austin', 'GPE', 4]], ['PERSON', 'PERSON']],
    ['Austin said no . Lloyd Austin spoke', [['Austin', 'ORG', 0], ['Lloyd Austin', 'PERSON', 4]], ['PERSON', 'PERSON']],
    ['Yoko Kamikawa met Kihara . Yoko arrived', [['Yoko Kamikawa', 'PERSON', 0], ['Kihara', 'PERSON', 3], ['Yoko', 'LOC', 5]], ['PERSON', 'PERSON', 'PERSON']],
  ] as const)('%s', (text, spans, types) => {
    const result = makePersonTypesConsistent(text, mentionsOf(text, spans.map((span) => [...span])));
    expect(result.map((mention) => mention.type)).toEqual(types);
    expect(result.map((mention) => text.slice(mention.start, mention.end))).toEqual(spans.map(([name]) => name));
  });

  it.each([
    // A bare place with no person of that name stays a place.
    ['Austin is in Texas', [['Austin', 'GPE', 0], ['Texas', 'GPE', 3]], ['GPE', 'GPE']],
    // Single-word persons do not spread their name.
    ['Madonna sang . Madonna Inn closed', [['Madonna', 'PERSON', 0], ['Madonna Inn', 'FAC', 3]], ['PERSON', 'FAC']],
    // Multi-word mentions of another type are left alone.
    ['Lloyd Austin spoke at Austin College', [['Lloyd Austin', 'PERSON', 0], ['Austin College', 'ORG', 4]], ['PERSON', 'ORG']],
    // Dates and numbers are never retyped.
    ['Joe March spoke in March', [['Joe March', 'PERSON', 0], ['March', 'DATE', 4]], ['PERSON', 'DATE']],
  ] as const)('leaves alone: %s', (text, spans, types) => {
    const result = makePersonTypesConsistent(text, mentionsOf(text, spans.map((span) => [...span])));
    expect(result.map((mention) => mention.type)).toEqual(types);
  });
});
