// The span repairs after the model (src/ner/name-repairs.ts), against the fictional
// world of test/fixtures/world, with casing buckets written here: organisations named
// by their purpose, and verbs a title-case headline capitalises next to a place.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeLexicalAttributes } from '../../src/language/lexical.js';
import { sequenceFromForms } from '../../src/language/tokens.js';
import { Gazetteer } from '../../src/ner/gazetteer.js';
import { NameRepairs, type EntitySpan } from '../../src/ner/name-repairs.js';
import { WordClusters } from '../../src/ner/word-clusters.js';

const gazetteer = Gazetteer.fromTsv(readFileSync(new URL('../fixtures/world/gazetteer.tsv', import.meta.url), 'utf8'));
// word, fine and coarse cluster, casing bucket (1 never capitalised mid-sentence … 5 always).
const clusters = WordClusters.fromTsv(['supply\t1\t1\t1', 'arms\t2\t1\t1', 'new\t3\t1\t2', 'greater\t4\t1\t3', 'northern\t6\t1\t2', 'sylvania\t5\t2\t5'].join('\n'));
const repairs = new NameRepairs(gazetteer, clusters);

/** Repairs the spans (written as [first, end, label] over the space-separated words) of the sentence from word `first` on, and gives them back as text. */
function repaired(text: string, spans: Array<[number, number, EntitySpan['label']]>, isHeadline = false, first = 0): string[] {
  const forms = text.split(' ');
  const lex = computeLexicalAttributes(sequenceFromForms(forms));
  const entities = spans.map(([firstToken, endToken, label]) => ({ firstToken, endToken, label }));
  return repairs.repair(lex, first, forms.length, isHeadline, entities).map((span) => `${span.label}:${forms.slice(span.firstToken, span.endToken).join(' ')}`);
}

describe('purpose names of organisations', () => {
  it('joins `to` and the capitalised run after an organisation head into one ORG, dropping what the model saw there', () => {
    expect(repaired('The International Campaign to Ban Landmines said on Monday', [[1, 3, 'ORG'], [4, 6, 'GPE']])).toEqual(['ORG:International Campaign to Ban Landmines']);
    expect(repaired('the Committee to Protect Journalists in Marsport', [[1, 2, 'ORG'], [6, 7, 'GPE']])).toEqual(['ORG:Committee to Protect Journalists', 'GPE:Marsport']);
  });

  it('keeps small words between capitalised ones, but not at the end', () => {
    expect(repaired('a Coalition to Stop the Use of Child Soldiers said', [[1, 2, 'ORG']])).toEqual(['ORG:Coalition to Stop the Use of Child Soldiers']);
    expect(repaired('the Sylvania Fund to Help the poor', [[1, 3, 'ORG']])).toEqual(['ORG:Sylvania Fund to Help']);
  });

  it('leaves names without an organisation head, a lower-case verb, other types and headlines alone', () => {
    expect(repaired('Acme Corp to Buy Rivals', [[0, 2, 'ORG'], [3, 5, 'ORG']])).toEqual(['ORG:Acme Corp', 'ORG:Buy Rivals']);
    expect(repaired('the Council to meet Sylvania', [[1, 2, 'ORG'], [4, 5, 'GPE']])).toEqual(['ORG:Council', 'GPE:Sylvania']);
    expect(repaired('Greater Council to Ban Arms', [[0, 2, 'GPE']])).toEqual(['GPE:Greater Council']);
    expect(repaired('Council to Ban Arms Sales', [[0, 1, 'ORG'], [2, 5, 'MISC']], true)).toEqual(['ORG:Council', 'MISC:Ban Arms Sales']);
  });
});

describe('organisations of a country', () => {
  it('joins a country to the organisation right after it, and a country`s forces stationed in another', () => {
    expect(repaired('the Sylvania Indo-Ostra Command in Marsport', [[1, 2, 'GPE'], [2, 4, 'ORG'], [5, 6, 'GPE']])).toEqual(['ORG:Sylvania Indo-Ostra Command', 'GPE:Marsport']);
    expect(repaired('the Sylvania Forces Freedonia headquarters', [[1, 2, 'GPE'], [3, 4, 'GPE']])).toEqual(['ORG:Sylvania Forces Freedonia']);
  });

  it('leaves apart what something stands between, another word, and other types', () => {
    expect(repaired('Sylvania and United Rivers Organisation', [[0, 1, 'GPE'], [2, 5, 'ORG']])).toEqual(['GPE:Sylvania', 'ORG:United Rivers Organisation']);
    expect(repaired('Sylvania forces Freedonia', [[0, 1, 'GPE'], [2, 3, 'GPE']])).toEqual(['GPE:Sylvania', 'GPE:Freedonia']);
    expect(repaired('Sylvania Beats Freedonia', [[0, 1, 'GPE'], [2, 3, 'GPE']])).toEqual(['GPE:Sylvania', 'GPE:Freedonia']);
    expect(repaired('Sylvanian Acme Corp', [[0, 1, 'NORP'], [1, 3, 'ORG']])).toEqual(['NORP:Sylvanian', 'ORG:Acme Corp']);
  });
});

describe('names of events and bodies by their head', () => {
  it('makes a capitalised run ending in a meeting or body head one EVENT or ORG, over the places inside it', () => {
    expect(repaired('they attend their Extended Deterrence Ministerial Meeting at Marsport', [[8, 9, 'GPE']])).toEqual(['EVENT:Extended Deterrence Ministerial Meeting', 'GPE:Marsport']);
    expect(repaired('during the Marsport - Luna Summit on Monday', [[2, 3, 'GPE'], [4, 5, 'GPE']])).toEqual(['EVENT:Marsport - Luna Summit']);
    expect(repaired('at the Freedonia - Sylvania Security Consultative Committee in Marsport', [[2, 3, 'GPE'], [4, 5, 'GPE'], [9, 10, 'GPE']]))
      .toEqual(['ORG:Freedonia - Sylvania Security Consultative Committee', 'GPE:Marsport']);
  });

  it('reads institutes, associations and army units as organisations, over the nationality before them', () => {
    expect(repaired('the Freedonian Coffee Institute said', [[1, 2, 'NORP'], [2, 4, 'ORG']])).toEqual(['ORG:Freedonian Coffee Institute']);
    expect(repaired('the Sylvanian Third Army Corps moved', [[1, 2, 'NORP']])).toEqual(['ORG:Sylvanian Third Army Corps']);
  });

  it('reads contests and prizes as events, and a battle or siege on through `of` and the place after it', () => {
    expect(repaired('fans at the Marsport Cup final', [[3, 4, 'GPE']])).toEqual(['EVENT:Marsport Cup']);
    expect(repaired('won the Sylvania Peace Prize', [[2, 3, 'GPE']])).toEqual(['EVENT:Sylvania Peace Prize']);
    expect(repaired('in the Second Battle of Marsport Ridge in 1862', [[5, 7, 'GPE']])).toEqual(['EVENT:Second Battle of Marsport Ridge']);
    expect(repaired('the Siege of Luna ended', [])).toEqual(['EVENT:Siege of Luna']);
    // Without a capitalised name after `of`, a lone head stays nothing.
    expect(repaired('the Battle of the bulge', [])).toEqual([]);
  });

  it('leaves out openers: a month, a determiner, a first word running text writes in lower case', () => {
    expect(repaired('In July the Sylvania Arms Conference opened', [[3, 4, 'GPE']])).toEqual(['EVENT:Sylvania Arms Conference']);
    expect(repaired('Supply Arms Commission officials met', [])).toEqual(['ORG:Arms Commission']);
  });

  it('leaves a lone head, the tail of a longer name, a span reaching outside the run, and headlines', () => {
    expect(repaired('the Committee met', [])).toEqual([]);
    expect(repaired('the Ways and Means Committee met', [[1, 2, 'ORG']])).toEqual(['ORG:Ways']);
    expect(repaired('the Marsport Council of Elders met', [[1, 5, 'ORG']])).toEqual(['ORG:Marsport Council of Elders']);
    expect(repaired('the Marsport Peace Summit Opens', [[1, 2, 'GPE']], true)).toEqual(['GPE:Marsport']);
  });
});

describe('named storms', () => {
  it('joins a storm word to the name after it as one EVENT, in running text and headlines', () => {
    expect(repaired('after Cyclone Zorba hit Marsport', [[2, 3, 'PERSON'], [4, 5, 'GPE']])).toEqual(['EVENT:Cyclone Zorba', 'GPE:Marsport']);
    expect(repaired('Hurricane Zorba Hits Marsport', [[1, 2, 'GPE'], [3, 4, 'GPE']], true)).toEqual(['EVENT:Hurricane Zorba', 'GPE:Marsport']);
  });

  it('leaves a lower-case storm word, one inside another mention, and names without one', () => {
    expect(repaired('the cyclone Zorba', [[2, 3, 'PERSON']])).toEqual(['PERSON:Zorba']);
    expect(repaired('Typhoon Group Zorba', [[0, 2, 'ORG'], [2, 3, 'PERSON']])).toEqual(['ORG:Typhoon Group', 'PERSON:Zorba']);
    expect(repaired('Storm Zorba', [[1, 2, 'PERSON']])).toEqual(['PERSON:Zorba']);
    // A storm word that ends the sentence before is not joined.
    expect(repaired('It was a Hurricane Zorba said so', [[4, 5, 'PERSON']], false, 4)).toEqual(['PERSON:Zorba']);
    expect(repaired('It was a Hurricane Zorba said so', [[4, 5, 'PERSON']], false, 0)).toEqual(['EVENT:Hurricane Zorba']);
  });
});

describe('capitalised verbs next to a place in a headline', () => {
  it('drops leading words that running text writes in lower case when a listed place remains', () => {
    expect(repaired('Decision to Supply Sylvania Angers Freedonia', [[2, 4, 'GPE'], [5, 6, 'GPE']], true)).toEqual(['GPE:Sylvania', 'GPE:Freedonia']);
    expect(repaired('Plan to Supply Arms Sylvanian', [[2, 5, 'NORP']], true)).toEqual(['NORP:Sylvanian']);
  });

  it('keeps a listed name whole, a word usually capitalised, and running text', () => {
    expect(repaired('Storm Hits New Marsport', [[2, 4, 'GPE']], true)).toEqual(['GPE:New Marsport']);
    expect(repaired('Floods in Greater Sylvania', [[2, 4, 'GPE']], true)).toEqual(['GPE:Greater Sylvania']);
    expect(repaired('STORM IN NORTHERN SYLVANIA', [[2, 4, 'GPE']], true)).toEqual(['GPE:NORTHERN SYLVANIA']);
    expect(repaired('They will Supply Sylvania', [[2, 4, 'GPE']])).toEqual(['GPE:Supply Sylvania']);
    expect(repaired('Supply Ministry Of Sylvania', [[0, 4, 'ORG']], true)).toEqual(['ORG:Supply Ministry Of Sylvania']);
  });
});
