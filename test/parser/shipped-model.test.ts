import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashString } from '../../src/linear/hash.js';
import { computeLexicalAttributes } from '../../src/language/lexical.js';
import { sequenceFromForms } from '../../src/language/tokens.js';
import type { Parser } from '../../src/parser/parser.js';
import { defaultDataRoot, readDataFolder } from '../../src/resources/data-folder.js';
import { loadTaggerAndParser } from '../../src/resources/language-models.js';
import { treeProblem } from './fixture.js';

const hasModel = ['parser', 'tagger'].every((folder) => existsSync(join(defaultDataRoot(), folder, 'manifest.json')));
if (!hasModel) console.warn('test/parser/shipped-model: data/parser or data/tagger is missing (run npm run train:tagger and train:parser); its tests are skipped');

let shipped: Parser | null = null;
function loadShippedParser(): Parser {
  shipped ??= loadTaggerAndParser().parser;
  return shipped;
}

/** Parses words given as `form/UPOS/XPOS`; returns each word's head form and relation. */
function parseTagged(parser: Parser, tagged: string): Map<string, { head: string; relation: string }> {
  const words = tagged.split(' ').map((item) => item.split('/') as [string, string, string]);
  const tokens = sequenceFromForms(words.map(([form]) => form));
  const heads = new Int32Array(words.length);
  const labels = new Uint8Array(words.length);
  parser.parse(
    tokens, computeLexicalAttributes(tokens), 0, words.length,
    Uint32Array.from(words, ([, upos]) => hashString(upos)), Uint32Array.from(words, ([, , xpos]) => hashString(xpos)), heads, labels,
  );
  expect(treeProblem(heads, 0, words.length)).toBeNull();
  const arcs = new Map<string, { head: string; relation: string }>();
  words.forEach(([form], i) => arcs.set(form, { head: heads[i] === -1 ? 'ROOT' : words[heads[i]!]![0], relation: parser.relations[labels[i]!]! }));
  return arcs;
}

describe.skipIf(!hasModel)('shipped parser (data/parser)', () => {
  it('loads after its manifest check and lists dev scores and the full UD relations', () => {
    const folder = readDataFolder('parser');
    expect(folder.manifest.devScores?.uas).toBeGreaterThan(86);
    const parser = loadShippedParser();
    expect(parser.relations).toContain('root');
    expect(parser.relations).toContain('nsubj:pass');
    expect(parser.relations).toContain('compound:prt');
  });

  it('finds the obvious arcs of a news sentence (sample/dumps/000_5b580f5d972e92df.txt)', () => {
    // “We are standing at a historic turning point as the rules-based, free and open
    // international order is shaken to the core," Kamikawa said.
    const arcs = parseTagged(
      loadShippedParser(),
      '“/PUNCT/`` We/PRON/PRP are/AUX/VBP standing/VERB/VBG at/ADP/IN a/DET/DT historic/ADJ/JJ turning/NOUN/NN ' +
        'point/NOUN/NN as/SCONJ/IN the/DET/DT rules/NOUN/NNS -/PUNCT/HYPH based/VERB/VBN ,/PUNCT/, free/ADJ/JJ and/CCONJ/CC ' +
        'open/ADJ/JJ international/ADJ/JJ order/NOUN/NN is/AUX/VBZ shaken/VERB/VBN to/ADP/IN the/DET/DT core/NOUN/NN ' +
        '"/PUNCT/\'\' Kamikawa/PROPN/NNP said/VERB/VBD ./PUNCT/.',
    );
    expect(arcs.get('Kamikawa')).toEqual({ head: 'said', relation: 'nsubj' });
    expect(arcs.get('said')).toEqual({ head: 'ROOT', relation: 'root' });
    expect(arcs.get('We')).toEqual({ head: 'standing', relation: 'nsubj' });
    expect(arcs.get('historic')).toEqual({ head: 'point', relation: 'amod' });
    expect(arcs.get('core')?.head).toBe('shaken');
    expect(arcs.get('.')).toEqual({ head: 'said', relation: 'punct' });
  });

  it('labels a passive subject and its auxiliary', () => {
    const arcs = parseTagged(loadShippedParser(), 'The/DET/DT talks/NOUN/NNS were/AUX/VBD held/VERB/VBN in/ADP/IN Tokyo/PROPN/NNP ./PUNCT/.');
    expect(arcs.get('talks')).toEqual({ head: 'held', relation: 'nsubj:pass' });
    expect(arcs.get('were')).toEqual({ head: 'held', relation: 'aux:pass' });
    expect(arcs.get('Tokyo')).toEqual({ head: 'held', relation: 'obl' });
  });
});
