// Word tokens in the UD English EWT convention: clitics, hyphens, abbreviations and
// initials. Each case lists the tokens; expectTokens also checks their offsets.

import { describe, expect, it } from 'vitest';
import { analyseWhole } from '../../src/text/index.js';
import { expectTokens, tokenSpans } from './expect-tokens.js';

type Case = readonly [string, readonly string[]];

describe('clitics', () => {
  const cases: Case[] = [
    ["don't", ['do', "n't"]],
    ["can't", ['ca', "n't"]],
    ["won't", ['wo', "n't"]],
    ["DON'T", ['DO', "N'T"]],
    ['isn’t', ['is', 'n’t']],
    ["Kyiv's delegation", ['Kyiv', "'s", 'delegation']],
    ['Japan’s space agency', ['Japan', '’s', 'space', 'agency']],
    ['Japan´s', ['Japan', '´s']],
    ["they're", ['they', "'re"]],
    ["we've", ['we', "'ve"]],
    ["I'll", ['I', "'ll"]],
    ["he'd", ['he', "'d"]],
    ["I'm", ['I', "'m"]],
    ['we’re', ['we', '’re']],
    ["KYIV'S", ['KYIV', "'S"]],
    ["the 1990's", ['the', '1990', "'s"]],
    ['cannot', ['can', 'not']],
    ['Cannot', ['Can', 'not']],
    ['gonna', ['gon', 'na']],
    ['wanna', ['wan', 'na']],
    ['gotta', ['got', 'ta']],
    ["the United States' decision", ['the', 'United', 'States', "'", 'decision']],
    ['the States’ role', ['the', 'States', '’', 'role']],
    ["Apple Inc.'s shares", ['Apple', 'Inc.', "'s", 'shares']],
  ];
  it.each(cases)('tokenizes %j', (text, tokens) => expectTokens(text, tokens));

  it('gives the offsets of a split negation', () => {
    expect(tokenSpans(analyseWhole("I don't"))).toEqual([[0, 1], [2, 4], [4, 7]]);
  });
});

describe('apostrophes inside words', () => {
  const cases: Case[] = [
    ["O'Brien", ["O'Brien"]],
    ['Côte d’Ivoire', ['Côte', 'd’Ivoire']],
    ["rock'n'roll", ["rock'n'roll"]],
    ["the class of '73", ['the', 'class', 'of', "'73"]],
    ['the ’90s', ['the', '’90s']],
    ["Sweets'", ['Sweets', "'"]],
    ['cannoted gonnas', ['cannoted', 'gonnas']],
  ];
  it.each(cases)('tokenizes %j', (text, tokens) => expectTokens(text, tokens));
});

describe('hyphens (split, as EWT does, except its bound prefixes and phone numbers)', () => {
  const cases: Case[] = [
    ['US-Japan', ['US', '-', 'Japan']],
    ['rules-based', ['rules', '-', 'based']],
    ['Indo-Pacific', ['Indo', '-', 'Pacific']],
    ['second-highest', ['second', '-', 'highest']],
    ['self-governing', ['self', '-', 'governing']],
    ['a 50-year-old man', ['a', '50', '-', 'year', '-', 'old', 'man']],
    ['Jamaat-e-Islami', ['Jamaat', '-', 'e', '-', 'Islami']],
    ['over-the-counter', ['over', '-', 'the', '-', 'counter']],
    ['anti-personnel', ['anti-personnel']],
    ['Anti-Personnel Mine Ban', ['Anti-Personnel', 'Mine', 'Ban']],
    ['non-violent', ['non-violent']],
    ['e-mail', ['e-mail']],
    ['co-workers', ['co-workers']],
    ['mid-July', ['mid-July']],
    ['re-election', ['re-election']],
    ['F-16 jets', ['F', '-', '16', 'jets']],
    ['AK-47s', ['AK', '-', '47s']],
    ['call 713-853-3989', ['call', '713-853-3989']],
    ['on 11-20-2000', ['on', '11-20-2000']],
    ['in 1969-1970', ['in', '1969', '-', '1970']],
    ['won 3-2', ['won', '3', '-', '2']],
    ['the U.S.-led force', ['the', 'U.S.', '-', 'led', 'force']],
    ['‐ non‑breaking', ['‐', 'non‑breaking']],
  ];
  it.each(cases)('tokenizes %j', (text, tokens) => expectTokens(text, tokens));
});

describe('abbreviations and initials keep their period', () => {
  const cases: Case[] = [
    ['U.S. troops', ['U.S.', 'troops']],
    ['the U.N. says', ['the', 'U.N.', 'says']],
    ['Gen. Austin', ['Gen.', 'Austin']],
    ['Lt. Col. Smith', ['Lt.', 'Col.', 'Smith']],
    ['Mr. and Mrs. Doe', ['Mr.', 'and', 'Mrs.', 'Doe']],
    ['Dr. Sen. Gov.', ['Dr.', 'Sen.', 'Gov.']],
    ['Acme Inc. and Foo Corp. and Bar Co.', ['Acme', 'Inc.', 'and', 'Foo', 'Corp.', 'and', 'Bar', 'Co.']],
    ['Jan. 6 and Dec. 31', ['Jan.', '6', 'and', 'Dec.', '31']],
    ['Sept. 11', ['Sept.', '11']],
    ['No. 1 seed', ['No.', '1', 'seed']],
    ['he said no.', ['he', 'said', 'no', '.']],
    ['the answer is No.', ['the', 'answer', 'is', 'No', '.']],
    ['Biden vs. Trump', ['Biden', 'vs.', 'Trump']],
    ['at 10 a.m. and 5 p.m.', ['at', '10', 'a.m.', 'and', '5', 'p.m.']],
    ['St. Louis', ['St.', 'Louis']],
    ['Lloyd J. Austin', ['Lloyd', 'J.', 'Austin']],
    ['e.g. this', ['e.g.', 'this']],
    ['a Ph.D. student', ['a', 'Ph.D.', 'student']],
    ['SPRINGFIELD, Ill. (AP)', ['SPRINGFIELD', ',', 'Ill.', '(', 'AP', ')']],
    ['in the U.S.', ['in', 'the', 'U.S.']],
    ['Tokyo.', ['Tokyo', '.']],
    ['plan b.', ['plan', 'b', '.']],
  ];
  it.each(cases)('tokenizes %j', (text, tokens) => expectTokens(text, tokens));
});
