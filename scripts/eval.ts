// `npm run eval`: every quality figure on the development splits in ../shared/data,
// with the targets beside them. Writes eval/results.json as well.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateDates } from './eval-dates.js';
import { evaluateEntities } from './eval-entities.js';
import { evaluateNer } from './eval-ner.js';
import { evaluatePlaces } from './eval-places.js';
import { evaluateQuotes } from './eval-quotes.js';
import { evaluateParser } from './eval-parser.js';
import { evaluateTagger } from './eval-tagger.js';
import { hasSharedData, projectRoot } from './lib/shared-data.js';

interface Target {
  readonly label: string;
  readonly section: string;
  readonly key: string;
  readonly minimum: number;
}

const TARGETS: readonly Target[] = [
  { label: 'UPOS accuracy, EWT dev', section: 'tagger', key: 'uposAccuracy', minimum: 96 },
  { label: 'UAS, EWT dev, predicted tags', section: 'parser', key: 'uas', minimum: 89 },
  { label: 'LAS, EWT dev, predicted tags', section: 'parser', key: 'las', minimum: 86 },
  { label: 'entity F1, CoNLL-2003 dev', section: 'ner', key: 'conll', minimum: 90 },
  { label: 'entity F1, wikigold', section: 'ner', key: 'wikigold', minimum: 80 },
  { label: 'date values, MEANTIME', section: 'dates', key: 'valueAccuracyExpressible', minimum: 90 },
  { label: 'toponyms within 161 km, LGL', section: 'places', key: 'lgl', minimum: 75 },
  { label: 'toponyms within 161 km, GeoVirus', section: 'places', key: 'geovirus', minimum: 75 },
  { label: 'quote recall, PolNeAR dev', section: 'quotes', key: 'recall', minimum: 85 },
  { label: 'direct quote precision, PolNeAR dev', section: 'quotes', key: 'precision', minimum: 85 },
  { label: 'speaker accuracy, PolNeAR dev', section: 'quotes', key: 'speakerAccuracy', minimum: 90 },
];

if (!hasSharedData()) {
  process.stderr.write('npm run eval needs the corpora in ../shared/data (beside the project); they are absent, so nothing was evaluated.\n');
  process.exit(1);
}

const results: Record<string, Record<string, number>> = {};
process.stdout.write('tagger (UD English EWT dev)\n');
results.tagger = await evaluateTagger();
process.stdout.write(`  UPOS ${results.tagger.uposAccuracy!.toFixed(2)}  XPOS ${results.tagger.xposAccuracy!.toFixed(2)}  lemmas ${results.tagger.lemmaAccuracy!.toFixed(2)}\n`);
process.stdout.write('parser (UD English EWT dev)\n');
results.parser = await evaluateParser();
process.stdout.write(`  predicted tags: UAS ${results.parser.uas!.toFixed(2)}  LAS ${results.parser.las!.toFixed(2)}  (full labels ${results.parser.lasFullLabels!.toFixed(2)})\n`);
process.stdout.write(`  gold tags:      UAS ${results.parser.goldTagsUas!.toFixed(2)}  LAS ${results.parser.goldTagsLas!.toFixed(2)}\n`);
process.stdout.write('named entities (types mapped to PER/ORG/LOC/MISC)\n');
results.ner = await evaluateNer();
process.stdout.write('dates (MEANTIME, gold DATE timexes)\n');
results.dates = await evaluateDates();
process.stdout.write('places (LGL and GeoVirus, from raw text)\n');
results.places = await evaluatePlaces();
process.stdout.write('entities (MEANTIME: coreference of names and pronouns)\n');
results.entities = await evaluateEntities();
process.stdout.write('quotes (PolNeAR dev: quote-bearing attributions, direct quotes, speakers)\n');
results.quotes = { ...(await evaluateQuotes('dev')) };

process.stdout.write('\ntargets\n');
for (const target of TARGETS) {
  const value = results[target.section]?.[target.key];
  const verdict = value === undefined ? 'missing' : value >= target.minimum ? 'met' : 'NOT MET';
  process.stdout.write(`  ${target.label.padEnd(34)} ${(value ?? NaN).toFixed(2).padStart(6)}  (target >= ${target.minimum})  ${verdict}\n`);
}
const outDir = join(projectRoot, 'eval');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'results.json'), `${JSON.stringify({ date: new Date().toISOString(), results }, null, 2)}\n`);
