// Names the recogniser finds in a title-case headline stay only when the body repeats
// them or writes none of their words in lower case.

import { describe, expect, it } from 'vitest';
import type { Mention } from '../../src/document/analysis.js';
import { dropHeadlineMisreadings } from '../../src/language/headline-mentions.js';

const HEADLINE = 'Landmine Victims Gather to Protest US Decision to Supply Ukraine';
const BODY = 'Landmine victims from across the world gathered in Siem Reap. Ukraine and the US disagree. The Bank of Sylvania said.';
const TEXT = `${HEADLINE}\n\n${BODY}`;
const headline = { start: 0, end: HEADLINE.length };

function mention(name: string, type: Mention['type'], from = 0): Mention {
  const start = TEXT.indexOf(name, from);
  if (start < 0) throw new Error(`no ${name} in the text`);
  return { start, end: start + name.length, firstToken: 0, endToken: 1, type };
}

describe('dropHeadlineMisreadings', () => {
  it('drops a headline name the body does not repeat and writes in lower case', () => {
    const misread = mention('Landmine Victims Gather', 'ORG');
    const ukraine = mention('Ukraine', 'GPE');
    const us = mention('US', 'GPE');
    const bodyUkraine = mention('Ukraine', 'GPE', HEADLINE.length);
    expect(dropHeadlineMisreadings(TEXT, headline, [misread, us, ukraine, bodyUkraine])).toEqual([us, ukraine, bodyUkraine]);
  });

  it('keeps names outside the headline, numbers, and everything when there is no headline', () => {
    const bodyName = mention('Siem Reap', 'GPE');
    const protest = mention('Protest', 'CARDINAL');
    const misread = mention('Landmine Victims Gather', 'ORG');
    expect(dropHeadlineMisreadings(TEXT, headline, [protest, bodyName])).toEqual([protest, bodyName]);
    expect(dropHeadlineMisreadings(TEXT, null, [misread])).toEqual([misread]);
  });

  it('keeps a headline name the body repeats, though it writes one of its words in lower case', () => {
    const text = `Bank of Sylvania Cuts Rates\n\nThe Bank of Sylvania cut rates on Monday, the bank said.`;
    const bank = { start: 0, end: 16, firstToken: 0, endToken: 3, type: 'ORG' as const };
    expect(dropHeadlineMisreadings(text, { start: 0, end: 27 }, [bank])).toEqual([bank]);
  });
});
