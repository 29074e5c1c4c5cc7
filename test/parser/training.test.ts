import { describe, expect, it } from 'vitest';
import { DependencyParser } from '../../src/parser/index.js';
import { parseSentence, readSample, trainSmallParser } from './fixture.js';

describe('parser training', () => {
  const sentences = readSample();
  const files = trainSmallParser(sentences);

  it('gives the same model bytes when run twice with the same seed', () => {
    const again = trainSmallParser(sentences);
    expect(Buffer.from(again.transitions).equals(Buffer.from(files.transitions))).toBe(true);
    expect(Buffer.from(again.labeller).equals(Buffer.from(files.labeller))).toBe(true);
  });

  it('parses its own training sentences well', () => {
    const parser = DependencyParser.fromBytes(files);
    let words = 0;
    let attached = 0;
    let labelled = 0;
    for (const sentence of sentences) {
      const { heads, labels } = parseSentence(parser, sentence);
      const n = sentence.heads.length;
      for (let i = 0; i < n; i++) {
        words++;
        const gold = sentence.heads[i] === n ? -1 : sentence.heads[i];
        if (heads[i] !== gold) continue;
        attached++;
        if (parser.relations[labels[i]!] === sentence.relations[i]) labelled++;
      }
    }
    expect(attached / words).toBeGreaterThan(0.9);
    expect(labelled / words).toBeGreaterThan(0.85);
  });

  it('refuses a model file that is not a parser model', () => {
    expect(() => DependencyParser.fromBytes({ ...files, transitions: files.labeller })).toThrow(/format/);
    expect(() => DependencyParser.fromBytes({ ...files, labeller: files.transitions })).toThrow(/format/);
    expect(() => DependencyParser.fromBytes({ ...files, clusters: new Uint8Array(16) })).toThrow(/cluster/);
  });
});
