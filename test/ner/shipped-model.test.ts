// The shipped recogniser (data/ner + data/gazetteer): it loads only when the files match
// their manifests, and on the seed article it finds every person by exactly their name.
// Skipped, with a message, when the data folders have not been built.

import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeLexicalAttributes } from '../../src/language/lexical.js';
import { EntityRecognizer, NER_FILES, type TokenMention } from '../../src/ner/index.js';
import { defaultDataRoot, readDataFolder } from '../../src/resources/data-folder.js';
import { analyseText } from '../../src/text/index.js';
import { makeTempDir, projectRoot, seedPath } from '../helpers.js';

const dataRoot = defaultDataRoot();
const hasModel = existsSync(join(dataRoot, 'ner', 'manifest.json')) && existsSync(join(dataRoot, 'gazetteer', 'manifest.json'));
if (!hasModel) console.warn('test/ner/shipped-model.test.ts: data/ner or data/gazetteer is missing; run npm run train:ner to build them');

function loadRecognizer(root = dataRoot): EntityRecognizer {
  const ner = readDataFolder('ner', root);
  const gazetteer = readDataFolder('gazetteer', root);
  return EntityRecognizer.fromBytes({
    [NER_FILES.model]: ner.file(NER_FILES.model), [NER_FILES.clusters]: ner.file(NER_FILES.clusters), [NER_FILES.gazetteer]: gazetteer.file(NER_FILES.gazetteer),
  });
}

/** Every mention of a text split into one block per non-empty line, as `clean` gives paragraphs. */
function mentionsOf(recognizer: EntityRecognizer, text: string): Array<TokenMention & { start: number; end: number; text: string }> {
  const blocks = [...text.matchAll(/[^\n]+/g)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  const analysis = analyseText(text, blocks);
  const tokens = { text, ...analysis.tokens };
  const lexical = computeLexicalAttributes(tokens);
  return analysis.sentences.flatMap((sentence) => recognizer.recognise(tokens, lexical, sentence.firstToken, sentence.endToken)).map((mention) => {
    const start = tokens.starts[mention.firstToken]!;
    const end = tokens.ends[mention.endToken - 1]!;
    return { ...mention, start, end, text: text.slice(start, end) };
  });
}

describe.skipIf(!hasModel)('shipped entity recogniser', () => {
  it('loads data/ner with its manifest, which records the dev scores', () => {
    const manifest = readDataFolder('ner').manifest;
    expect(manifest.name).toBe('ner');
    expect(manifest.devScores?.conll).toBeGreaterThan(0);
    expect(() => loadRecognizer()).not.toThrow();
  });

  it('refuses a model file that no longer matches its manifest', () => {
    const root = makeTempDir();
    cpSync(join(dataRoot, 'ner'), join(root, 'ner'), { recursive: true });
    cpSync(join(dataRoot, 'gazetteer'), join(root, 'gazetteer'), { recursive: true });
    const modelPath = join(root, 'ner', NER_FILES.model);
    const bytes = readFileSync(modelPath);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 1) ^ 0xff, bytes.length - 1);
    writeFileSync(modelPath, bytes);
    expect(() => loadRecognizer(root)).toThrow(/does not match the manifest/);
  });

  it('finds every person of the seed article by exactly their name, never with a title', () => {
    const text = readFileSync(join(projectRoot, seedPath), 'utf8');
    const mentions = mentionsOf(loadRecognizer(), text);
    const people = ['Rahm Emanuel', 'Antony Blinken', 'Lloyd Austin', 'Yoko Kamikawa', 'Minoru Kihara', 'Joe Biden', 'Alex Munyambabazi', 'Tamar Gabelnick'];
    for (const name of people) {
      const offsets = [...text.matchAll(new RegExp(name, 'g'))].map((match) => match.index);
      expect(offsets.length, name).toBeGreaterThan(0);
      for (const start of offsets) {
        expect(mentions.find((mention) => mention.start === start && mention.label === 'PERSON'), `${name} at ${start}`).toMatchObject({ text: name, end: start + name.length });
      }
    }
    const titled = mentions.filter((mention) => mention.label === 'PERSON' && /\b(Secretary|Minister|President|Ambassador)\b/.test(mention.text));
    expect(titled).toEqual([]);
  });

  it('types the seed article’s places, nationalities, dates and amounts', () => {
    const text = readFileSync(join(projectRoot, seedPath), 'utf8');
    const found = new Set(mentionsOf(loadRecognizer(), text).map((mention) => `${mention.label}:${mention.text}`));
    for (const expected of ['GPE:Tokyo', 'GPE:Japan', 'GPE:Cambodia', 'NORP:Japanese', 'DATE:July 28, 2024', 'DATE:Tuesday', 'PERCENT:7.2%', 'CARDINAL:50,000', 'ORG:International Campaign to Ban Landmines', 'ORG:US Forces Japan', 'ORG:US Indo-Pacific Command']) {
      expect(found, expected).toContain(expected);
    }
    // The headline `... US Decision to Supply Ukraine` names Ukraine, not a place called `Supply Ukraine`.
    for (const unexpected of ['GPE:Supply Ukraine', 'ORG:International Campaign', 'GPE:Ban Landmines']) expect(found, unexpected).not.toContain(unexpected);
  });
});
