import { describe, expect, it } from 'vitest';
import type { Article } from '../src/document/article.js';
import { checkStageOrder, loadResources, processDocument, stages, type Stage } from '../src/pipeline.js';
import { rawText } from './helpers.js';

const stage = (name: string, requires: Stage['requires'], adds: Stage['adds'], run: Stage['run'] = (article) => article): Stage => ({ name, requires, adds, run });

describe('pipeline', () => {
  it('accepts the shipped stage list', () => {
    expect(() => checkStageOrder(stages)).not.toThrow();
  });

  it('refuses a stage that needs a layer no earlier stage adds', () => {
    expect(() => checkStageOrder([stage('quotes', ['sentences', 'entities'], ['quotes']), stage('text', ['text'], ['sentences'])])).toThrow('pipeline: stage "quotes" requires sentences, entities, which no earlier stage adds');
    expect(() => checkStageOrder([stage('text', ['text'], ['sentences']), stage('ner', ['sentences'], ['entities'])])).not.toThrow();
  });

  it('runs clean then each stage, and records the layers they add', () => {
    const addSentence = stage('text', ['text'], ['sentences'], (article: Article) => ({ ...article, sentences: [{ start: 0, end: article.text.length }] }));
    const article = processDocument(rawText('A body sentence that is long enough.'), loadResources(), [addSentence]);
    expect(article.sentences).toEqual([{ start: 0, end: 36 }]);
    expect(article.layers).toEqual(['text', 'captions', 'paragraphs', 'sentences']);
  });
});
