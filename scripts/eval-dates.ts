// Date normalisation on MEANTIME (English, intra-document annotation), a dev set: per
// article the text is rebuilt from the gold tokens, the creation time (DCT) is the
// reference date, the real language pipeline and resolveDates run over it, and each
// gold DATE timex (the DCT excluded) counts as right when an extracted date overlapping
// it has exactly its value. Gold values such as `2008-W37`, `2008-Q3`, `PAST_REF` have
// no form in the contract, so the figure is given over all DATE timexes and over the
// ones whose value the contract can express (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`).
// Run: node --import tsx scripts/eval-dates.ts [--errors]

import { fileURLToPath } from 'node:url';
import type { DateValue } from '../src/document/article.js';
import { analyseLanguage } from '../src/language/analyse.js';
import { resolveDates } from '../src/resolve/dates/index.js';
import { loadLanguageModels } from '../src/resources/language-models.js';
import { readMeantime, type MeantimeDocument, type Timex } from './lib/meantime.js';
import { spansOverlap } from '../src/document/span.js';

const EXPRESSIBLE = /^\d{4}(?:-\d\d(?:-\d\d)?)?$/;

interface Outcome {
  readonly document: MeantimeDocument;
  readonly reference: string | null;
  readonly gold: readonly Timex[];
  readonly extracted: readonly DateValue[];
}

/** The DCT as `YYYY-MM-DD`: most are ISO, a few are written `DD-MM-YYYY`. */
export function referenceOf(document: MeantimeDocument): string | null {
  const value = document.timexes.find((timex) => timex.isCreationTime)?.value ?? '';
  const iso = /^(\d{4}-\d\d-\d\d)/.exec(value);
  if (iso) return iso[1]!;
  const dayFirst = /^(\d\d)-(\d\d)-(\d{4})$/.exec(value);
  return dayFirst ? `${dayFirst[3]}-${dayFirst[2]}-${dayFirst[1]}` : null;
}

function isRight(timex: Timex, extracted: readonly DateValue[]): boolean {
  return extracted.some((date) => spansOverlap(date, timex) && date.value === timex.value);
}

export async function evaluateDates(log: (line: string) => void = console.log, showErrors = false): Promise<Record<string, number>> {
  const models = loadLanguageModels();
  const outcomes: Outcome[] = readMeantime().map((document) => {
    const analysis = analyseLanguage(document.text, document.blocks, models, document.blocks[0] ?? null);
    const reference = referenceOf(document);
    const gold = document.timexes.filter((timex) => timex.type === 'DATE' && !timex.isCreationTime);
    return { document, reference, gold, extracted: resolveDates({ text: document.text, analysis, reference }) };
  });
  const all = outcomes.flatMap((outcome) => outcome.gold.map((timex) => isRight(timex, outcome.extracted)));
  const expressible = outcomes.flatMap((outcome) => outcome.gold.filter((timex) => EXPRESSIBLE.test(timex.value)).map((timex) => isRight(timex, outcome.extracted)));
  // MEANTIME annotates only the first sentences; precision is read there.
  const extracted = outcomes.flatMap((outcome) => annotatedDates(outcome).map((date) => outcome.document.timexes.some((timex) => spansOverlap(date, timex))));
  const share = (flags: readonly boolean[]): number => Math.round((10000 * flags.filter(Boolean).length) / Math.max(1, flags.length)) / 100;
  const results = {
    valueAccuracyExpressible: share(expressible), expressibleGold: expressible.length,
    valueAccuracyAll: share(all), allGold: all.length,
    precision: share(extracted), extracted: extracted.length, spurious: extracted.filter((isGold) => !isGold).length,
  };
  log(`  value accuracy, gold DATE values the contract can express: ${results.valueAccuracyExpressible.toFixed(2)}% of ${results.expressibleGold}`);
  log(`  value accuracy, all gold DATE timexes (weeks, quarters, PAST_REF...): ${results.valueAccuracyAll.toFixed(2)}% of ${results.allGold}`);
  log(`  precision, extracted dates in the annotated sentences overlapping a gold timex: ${results.precision.toFixed(2)}% of ${results.extracted} (${results.spurious} overlap none)`);
  if (showErrors) for (const line of errorLines(outcomes)) log(line);
  return results;
}

function annotatedDates({ document, extracted }: Pick<Outcome, 'document' | 'extracted'>): DateValue[] {
  return extracted.filter((date) => date.end <= document.annotatedEnd);
}

/** One line per missed gold timex and per spurious extraction, for tuning the rules. */
function errorLines(outcomes: readonly Outcome[]): string[] {
  const lines: string[] = [];
  for (const { document, reference, gold, extracted } of outcomes) {
    const context = (span: { start: number; end: number }): string => document.text.slice(Math.max(0, span.start - 40), span.end + 40).replace(/\s+/g, ' ');
    for (const timex of gold.filter((candidate) => !isRight(candidate, extracted))) {
      const found = extracted.filter((date) => spansOverlap(date, timex)).map((date) => `${date.text}=${date.value}`).join(', ') || '-';
      const tag = EXPRESSIBLE.test(timex.value) ? 'MISS' : 'miss';
      lines.push(`${tag} ${JSON.stringify(document.text.slice(timex.start, timex.end))} gold ${timex.value} got ${found} ref ${reference} | ${context(timex)}`);
    }
    for (const date of annotatedDates({ document, extracted }).filter((candidate) => !document.timexes.some((timex) => spansOverlap(candidate, timex)))) {
      lines.push(`SPURIOUS ${JSON.stringify(date.text)}=${date.value} ref ${reference} | ${context(date)}`);
    }
  }
  return lines;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log('dates (MEANTIME English, dev)');
  await evaluateDates(console.log, process.argv.includes('--errors'));
}
