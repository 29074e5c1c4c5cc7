// Names the recogniser finds in a title-case headline, checked against the body: kept
// when the body repeats them, cut to the first words the body names, or dropped when the
// body writes one of their words in lower case.

import { describe, expect, it } from 'vitest';
import type { Mention } from '../../src/document/analysis.js';
import { repairHeadlineMentions } from '../../src/language/headline-mentions.js';
import type { TokenSequence } from '../../src/language/tokens.js';

/** Tokens of `text` split at spaces and newlines, and the span of its first line (the headline). */
function article(text: string): { tokens: TokenSequence; headline: { start: number; end: number }; mention: (name: string, type: Mention['type'], from?: number) => Mention } {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const match of text.matchAll(/[^\s]+/g)) {
    starts.push(match.index);
    ends.push(match.index + match[0].length);
  }
  const tokens = { text, count: starts.length, starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
  const mention = (name: string, type: Mention['type'], from = 0): Mention => {
    const start = text.indexOf(name, from);
    if (start < 0) throw new Error(`no ${name} in the text`);
    const firstToken = starts.indexOf(start);
    const endToken = ends.indexOf(start + name.length) + 1;
    if (firstToken < 0 || endToken <= firstToken) throw new Error(`${name} is not a run of tokens`);
    return { start, end: start + name.length, firstToken, endToken, type };
  };
  return { tokens, headline: { start: 0, end: text.indexOf('\n') }, mention };
}

describe('repairHeadlineMentions', () => {
  const { tokens, headline, mention } = article(
    'Landmine Victims Gather to Protest US Decision to Supply Ukraine\n\nLandmine victims from across the world gathered in Siem Reap . Ukraine and the US disagree .',
  );
  const body = headline.end;

  it('drops a headline name the body does not repeat and writes in lower case, and keeps the ones it repeats', () => {
    const misread = mention('Landmine Victims Gather', 'ORG');
    const us = mention('US', 'GPE');
    const ukraine = mention('Ukraine', 'GPE');
    const bodyUkraine = mention('Ukraine', 'GPE', body);
    expect(repairHeadlineMentions(tokens, headline, [misread, us, ukraine, bodyUkraine])).toEqual([us, ukraine, bodyUkraine]);
  });

  it('keeps names outside the headline, numbers, and everything when there is no headline', () => {
    const bodyName = mention('Siem Reap', 'GPE');
    const protest = mention('Protest', 'CARDINAL');
    const misread = mention('Landmine Victims Gather', 'ORG');
    expect(repairHeadlineMentions(tokens, headline, [protest, bodyName])).toEqual([protest, bodyName]);
    expect(repairHeadlineMentions(tokens, null, [misread])).toEqual([misread]);
  });

  it('cuts a headline name to its longest first words that the body names', () => {
    const cut = article('Europa Clipper Lifts Off on Mission\n\nNASA launched the Europa Clipper on Monday .');
    const whole = cut.mention('Europa Clipper Lifts Off', 'ORG');
    const inBody = cut.mention('Europa Clipper', 'ORG', cut.headline.end);
    const [first, second] = repairHeadlineMentions(cut.tokens, cut.headline, [whole, inBody]);
    expect(cut.tokens.text.slice(first!.start, first!.end)).toBe('Europa Clipper');
    expect([first!.firstToken, first!.endToken, first!.type]).toEqual([0, 2, 'ORG']);
    expect(second).toEqual(inBody);
  });

  it('keeps a headline name the body repeats, though it writes one of its words in lower case', () => {
    const bank = article('Bank of Sylvania Cuts Rates\n\nThe Bank of Sylvania cut rates on Monday , the bank said .');
    const name = bank.mention('Bank of Sylvania', 'ORG');
    expect(repairHeadlineMentions(bank.tokens, bank.headline, [name])).toEqual([name]);
  });
});
