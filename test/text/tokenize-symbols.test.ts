// Numbers, punctuation, quotes, dashes, URLs and handles; each case lists the tokens
// and expectTokens checks their offsets too.

import { describe, expect, it } from 'vitest';
import { analyseWhole } from '../../src/text/index.js';
import { expectTokens, tokenSpans } from './expect-tokens.js';

type Case = readonly [string, readonly string[]];

describe('numbers stay whole', () => {
  const cases: Case[] = [
    ['50,000 troops', ['50,000', 'troops']],
    ['a 7.2% increase', ['a', '7.2', '%', 'increase']],
    ['1,234.56', ['1,234.56']],
    ['in 2024.', ['in', '2024', '.']],
    ['3/4 of', ['3/4', 'of']],
    ['9/11', ['9/11']],
    ['$5 billion', ['$', '5', 'billion']],
    ['€4.5bn', ['€', '4.5', 'bn']],
    ['“2+2” talks', ['“', '2+2', '”', 'talks']],
    ['at 10:30', ['at', '10:30']],
    ['at 10am', ['at', '10', 'am']],
    ['the 2nd and 23rd', ['the', '2nd', 'and', '23rd']],
    ['the 1990s', ['the', '1990s']],
    ['3D and 5G', ['3D', 'and', '5G']],
    ['1,2,3', ['1', ',', '2', ',', '3']],
    ['dial +44 20', ['dial', '+44', '20']],
    ['2 + 2', ['2', '+', '2']],
    ['version 1.2.3', ['version', '1.2.3']],
    ['#1 seed', ['#', '1', 'seed']],
  ];
  it.each(cases)('tokenizes %j', (text, tokens) => expectTokens(text, tokens));
});

describe('quotes, dashes and ellipses', () => {
  const cases: Case[] = [
    ['"condemned"', ['"', 'condemned', '"']],
    ['“the greatest strategic challenge.”', ['“', 'the', 'greatest', 'strategic', 'challenge', '.', '”']],
    ['‘quoted’', ['‘', 'quoted', '’']],
    ["''quoted''", ["''", 'quoted', "''"]],
    ['``quoted\'\'', ['``', 'quoted', "''"]],
    ['´tis', ['´', 'tis']],
    ['«non»', ['«', 'non', '»']],
    ["'quoted'", ["'", 'quoted', "'"]],
    ['weapons — a shift', ['weapons', '—', 'a', 'shift']],
    ['2023–2024', ['2023', '–', '2024']],
    ['word—word', ['word', '—', 'word']],
    ['wait -- what', ['wait', '--', 'what']],
    ['wait...what', ['wait', '...', 'what']],
    ['so… yes', ['so', '…', 'yes']],
    ['Really?!', ['Really', '?', '!']],
    ['No!!!', ['No', '!!!']],
    ['(not pictured)', ['(', 'not', 'pictured', ')']],
    ['core," Kamikawa', ['core', ',', '"', 'Kamikawa']],
    ['and/or', ['and', '/', 'or']],
    ['REUTERS/Issei Kato', ['REUTERS', '/', 'Issei', 'Kato']],
    ['AT&T and S&P', ['AT&T', 'and', 'S&P']],
    ['rock & roll', ['rock', '&', 'roll']],
    ['great 😀 news', ['great', '😀', 'news']],
  ];
  it.each(cases)('tokenizes %j', (text, tokens) => expectTokens(text, tokens));
});

describe('URLs, emails, handles and hashtags are one token each', () => {
  const cases: Case[] = [
    ['see https://example.com/a?b=c.', ['see', 'https://example.com/a?b=c', '.']],
    ['(http://example.com/x)', ['(', 'http://example.com/x', ')']],
    ['https://en.wikipedia.org/wiki/Foo_(bar), then', ['https://en.wikipedia.org/wiki/Foo_(bar)', ',', 'then']],
    ['“www.reuters.com”', ['“', 'www.reuters.com', '”']],
    ['visit reuters.com.', ['visit', 'reuters.com', '.']],
    ['mail bob.smith@example.co.uk.', ['mail', 'bob.smith@example.co.uk', '.']],
    ['said @AFP_news on #Ukraine2024', ['said', '@AFP_news', 'on', '#Ukraine2024']],
    ['http: and www', ['http', ':', 'and', 'www']],
    ['Vodafone (VOD.L) and Toyota (7203.T)', ['Vodafone', '(', 'VOD.L', ')', 'and', 'Toyota', '(', '7203.T', ')']],
    ['Montedison Spa <MONI.MI> said', ['Montedison', 'Spa', '<', 'MONI.MI', '>', 'said']],
  ];
  it.each(cases)('tokenizes %j', (text, tokens) => expectTokens(text, tokens));
});

describe('datelines and seed sentences', () => {
  const cases: Case[] = [
    ['KYIV, Ukraine (AP) — The', ['KYIV', ',', 'Ukraine', '(', 'AP', ')', '—', 'The']],
    ['TOKYO (Reuters) -', ['TOKYO', '(', 'Reuters', ')', '-']],
    [
      'In March, Beijing announced a 7.2% increase in its defense budget, already the world’s second-highest behind the United States, marking a massive military expansion.',
      ['In', 'March', ',', 'Beijing', 'announced', 'a', '7.2', '%', 'increase', 'in', 'its', 'defense', 'budget', ',', 'already', 'the', 'world', '’s', 'second', '-', 'highest', 'behind', 'the', 'United', 'States', ',', 'marking', 'a', 'massive', 'military', 'expansion', '.'],
    ],
    [
      'Alex Munyambabazi, who lost a leg to a landmine in northern Uganda in 2005, said he "condemned" the decision by the US to supply antipersonnel mines to Kyiv as it battles Russian forces.',
      ['Alex', 'Munyambabazi', ',', 'who', 'lost', 'a', 'leg', 'to', 'a', 'landmine', 'in', 'northern', 'Uganda', 'in', '2005', ',', 'said', 'he', '"', 'condemned', '"', 'the', 'decision', 'by', 'the', 'US', 'to', 'supply', 'antipersonnel', 'mines', 'to', 'Kyiv', 'as', 'it', 'battles', 'Russian', 'forces', '.'],
    ],
  ];
  it.each(cases)('tokenizes %j', (text, tokens) => expectTokens(text, tokens));

  it('counts offsets in UTF-16 units across astral characters', () => {
    expect(tokenSpans(analyseWhole('😀 ok'))).toEqual([[0, 2], [3, 5]]);
  });
});
