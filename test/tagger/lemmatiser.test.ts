import { describe, expect, it } from 'vitest';
import { Lemmatiser } from '../../src/tagger/lemmatiser.js';

describe('lemmatiser', () => {
  const lemmatiser = new Lemmatiser('was\tVBD\tbe\nmice\tNNS\tmouse\nAmericans\tNNPS\tAmerican\n');

  it.each([
    ['agencies', 'NNS', 'agency'],
    ['boxes', 'NNS', 'box'],
    ['troops', 'NNS', 'troop'],
    ['claims', 'VBZ', 'claim'],
    ['stopped', 'VBD', 'stop'],
    ['called', 'VBD', 'call'],
    ['tried', 'VBN', 'try'],
    ['reaffirmed', 'VBD', 'reaffirm'],
    ['standing', 'VBG', 'stand'],
    ['greatest', 'JJS', 'great'],
    ['Austin', 'NNP', 'Austin'],
    ['The', 'DT', 'the'],
    ['was', 'VBD', 'be'],
    ['mice', 'NNS', 'mouse'],
    ['Americans', 'NNPS', 'American'],
  ])('%s/%s → %s', (form, xpos, lemma) => {
    expect(lemmatiser.lemma(form, xpos)).toBe(lemma);
  });

  it.each([
    ['joked', 'VBD', 'joke'],
    ['voted', 'VBN', 'vote'],
    ['praised', 'VBD', 'praise'],
    ['emphasised', 'VBD', 'emphasise'],
    ['apologizing', 'VBG', 'apologize'],
    ['reiterated', 'VBD', 'reiterate'],
    ['negotiating', 'VBG', 'negotiate'],
    ['urging', 'VBG', 'urge'],
    ['pledged', 'VBD', 'pledge'],
    ['argued', 'VBD', 'argue'],
    ['announced', 'VBD', 'announce'],
    ['conceded', 'VBD', 'concede'],
    ['concluding', 'VBG', 'conclude'],
    ['described', 'VBD', 'describe'],
    ['declared', 'VBD', 'declare'],
    ['handled', 'VBN', 'handle'],
    ['agreed', 'VBD', 'agree'],
    ['realizes', 'VBZ', 'realize'],
  ])('gives back the silent e the suffix took: %s/%s → %s', (form, xpos, lemma) => {
    expect(lemmatiser.lemma(form, xpos)).toBe(lemma);
  });

  it.each([
    ['visited', 'VBD', 'visit'],
    ['focused', 'VBD', 'focus'],
    ['opened', 'VBD', 'open'],
    ['looked', 'VBD', 'look'],
    ['warned', 'VBD', 'warn'],
    ['appealed', 'VBD', 'appeal'],
    ['crawled', 'VBD', 'crawl'],
    ['entered', 'VBD', 'enter'],
    ['developing', 'VBG', 'develop'],
    ['buzzes', 'VBZ', 'buzz'],
  ])('adds no e where the verb has none: %s/%s → %s', (form, xpos, lemma) => {
    expect(lemmatiser.lemma(form, xpos)).toBe(lemma);
  });

  it('leaves short and non-inflected forms alone', () => {
    expect(lemmatiser.lemma('gas', 'NN')).toBe('gas');
    expect(lemmatiser.lemma('bus', 'NNS')).toBe('bus');
    expect(lemmatiser.lemma('red', 'VBD')).toBe('red');
  });

  it('refuses a malformed table line', () => {
    expect(() => new Lemmatiser('only-two\tcolumns\n')).toThrow(/malformed line/);
  });
});
