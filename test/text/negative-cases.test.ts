// Inputs that must not split into sentences, and blocks that give no tokens at all.

import { describe, expect, it } from 'vitest';
import { analyseText, analyseWhole } from '../../src/text/index.js';
import { expectSentences } from './expect-tokens.js';

describe('no sentence break', () => {
  it.each([
    'The U.S. Forces Japan command reports to Hawaii.',
    'Secretary of Defense Lloyd J. Austin spoke.',
    'Gen. Austin and Sen. Warren met Dr. Smith.',
    'Budgets rose 7.2% in March.',
    'The meeting ended at 10 p.m. Tuesday in Tokyo.',
    'The U.S. command was reorganized.',
    'Apple Inc. Chief Executive Tim Cook spoke.',
    'It opened on Jan. 6 and closed on Sept. 11.',
    'He is the No. 1 seed.',
    'Read https://example.com/a.b?c=d.e and reply.',
    'Write to bob.smith@example.co.uk today.',
    'He paused... and then went on.',
    'He paused… and then went on.',
    '"Why?" he asked.',
    '“No!” she shouted.',
    'The vote was 52-48: a defeat; the end.',
    'US-Japan Security Talks Underscore Threat from China',
    'St. Louis and Mt. Fuji are far apart.',
    'Sony (U.K.) Ltd said it would double capacity.',
    'Tesco Plc <TSCO.L> said profits rose.',
    'The ministers said China is “engaging in coercive behavior," adding more.',
  ])('keeps %j as one sentence', (text) => {
    expectSentences(text, [text]);
  });
});

describe('no tokens', () => {
  it.each(['', ' ', '\n\n', '\t \u00a0\u2003\u3000'])('gives no tokens and no sentences for %j', (text) => {
    const analysis = analyseWhole(text);
    expect(analysis.tokens.count).toBe(0);
    expect(analysis.sentences).toEqual([]);
  });

  it('gives nothing for an empty block list', () => {
    expect(analyseText('Text outside every block.', [])).toEqual({ tokens: { count: 0, starts: new Int32Array(0), ends: new Int32Array(0) }, sentences: [] });
  });
});
