// The CoNLL NER reader (IOB1 and IOB2, `-DOCSTART-`, `en:` prefixes, tab or space
// columns), the tag/span conversions and the entity-level scorer.

import { describe, expect, it } from 'vitest';
import { groupDocuments, parseConllNer, repairIob, scoreEntities, spansFromTags, tagsFromSpans } from '../../src/corpus/conll.js';

describe('parseConllNer', () => {
  it('reads CoNLL-2003 (four space-separated columns, IOB2) with documents and blank lines', () => {
    const text = '-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\nGerman JJ B-NP B-MISC\n\nPeter NNP B-NP B-PER\nBlackburn NNP I-NP I-PER\n\n-DOCSTART- -X- -X- O\n\nBRUSSELS NNP B-NP B-LOC\n';
    const sentences = parseConllNer(text);
    expect(sentences.map((sentence) => sentence.forms)).toEqual([['EU', 'rejects', 'German'], ['Peter', 'Blackburn'], ['BRUSSELS']]);
    expect(sentences.map((sentence) => sentence.tags)).toEqual([['B-ORG', 'O', 'B-MISC'], ['B-PER', 'I-PER'], ['B-LOC']]);
    expect(sentences.map((sentence) => sentence.document)).toEqual([0, 0, 1]);
    expect(sentences[0]!.lines).toEqual([2, 3, 4]);
  });

  it('makes each sentence a document of its own in a file without -DOCSTART- lines, and groups documents', () => {
    const sentences = parseConllNer('Hello O\n\nWorld O\n\nAgain O\n');
    expect(sentences.map((sentence) => sentence.document)).toEqual([0, 1, 2]);
    const grouped = groupDocuments(parseConllNer('-DOCSTART- O\n\nA O\n\nB O\n\n-DOCSTART- O\n\nC O\n'));
    expect(grouped.map((document) => document.map((sentence) => sentence.forms[0]))).toEqual([['A', 'B'], ['C']]);
  });

  it('turns IOB1 (wikigold) into IOB2: I- opens an entity unless it continues one of its type', () => {
    const text = 'The I-ORG\nMad I-ORG\nCapsule I-ORG\nfrom O\nJapan I-LOC\nKyoto B-LOC\n';
    expect(parseConllNer(text)[0]!.tags).toEqual(['B-ORG', 'I-ORG', 'I-ORG', 'O', 'B-LOC', 'B-LOC']);
  });

  it('drops the language prefix of WikiANN when every token has one, and reads tab-separated columns', () => {
    const text = 'en:R.H.\tB-ORG\nen:Saunders\tI-ORG\nen:(\tO\n\nen:en:\tO\n';
    expect(parseConllNer(text).map((sentence) => sentence.forms)).toEqual([['R.H.', 'Saunders', '('], ['en:']]);
  });

  it('keeps a colon-prefixed form when not every token has a prefix', () => {
    expect(parseConllNer('en:route O\nParis B-LOC\n')[0]!.forms).toEqual(['en:route', 'Paris']);
  });

  it('treats a separator line holding only a tab (WNUT-17) as a sentence break', () => {
    const sentences = parseConllNer('Hello\tO\n\t\nWorld\tO\n');
    expect(sentences).toHaveLength(2);
  });
});

describe('tags and spans', () => {
  it('reads spans from IOB2 tags, including adjacent entities of one type', () => {
    expect(spansFromTags(['B-PER', 'I-PER', 'B-PER', 'O', 'B-LOC'])).toEqual([
      { start: 0, end: 2, type: 'PER' }, { start: 2, end: 3, type: 'PER' }, { start: 4, end: 5, type: 'LOC' },
    ]);
  });

  it('repairs an I- tag that follows another type', () => {
    expect(repairIob(['B-PER', 'I-ORG', 'O', 'I-LOC'])).toEqual(['B-PER', 'B-ORG', 'O', 'B-LOC']);
  });

  it('writes spans back as IOB2 tags', () => {
    expect(tagsFromSpans([{ start: 1, end: 3, type: 'GPE' }], 4)).toEqual(['O', 'B-GPE', 'I-GPE', 'O']);
  });
});

describe('scoreEntities', () => {
  it('counts exact span and type matches only, per type and overall', () => {
    const scores = scoreEntities([
      { gold: [{ start: 0, end: 2, type: 'PER' }, { start: 3, end: 4, type: 'LOC' }], predicted: [{ start: 0, end: 2, type: 'PER' }, { start: 3, end: 4, type: 'ORG' }] },
      { gold: [{ start: 0, end: 3, type: 'ORG' }], predicted: [{ start: 0, end: 2, type: 'ORG' }] },
    ]);
    expect(scores.byType.PER).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(scores.byType.LOC).toMatchObject({ gold: 1, predicted: 0, correct: 0, f1: 0 });
    expect(scores.byType.ORG).toMatchObject({ gold: 1, predicted: 2, correct: 0 });
    expect(scores.overall).toMatchObject({ gold: 3, predicted: 3, correct: 1 });
    expect(scores.overall.f1).toBeCloseTo(1 / 3);
  });

  it('scores zero, not NaN, when nothing is predicted', () => {
    expect(scoreEntities([{ gold: [{ start: 0, end: 1, type: 'PER' }], predicted: [] }]).overall.f1).toBe(0);
  });
});
