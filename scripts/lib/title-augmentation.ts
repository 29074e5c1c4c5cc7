// Extra training sentences with a title phrase before a person: CoNLL-2003 has many
// `President Clinton` but almost no `Secretary of Defense Lloyd Austin`, and the model
// read `State Antony Blinken` as one place. Each copy puts a phrase from TITLES (at
// times after `US`, a LOC) before a person of two words or more; the title stays O.

import { mulberry32 } from '../../src/linear/random.js';
import type { LabelledSentence } from './ner-corpora.js';

const TITLES = [
  'Secretary of State', 'Secretary of Defense', 'Secretary of Defence', 'Secretary of the Treasury', 'Defense Secretary',
  'Foreign Secretary', 'Home Secretary', 'Foreign Minister', 'Defense Minister', 'Defence Minister', 'Prime Minister',
  'Deputy Prime Minister', 'Finance Minister', 'Interior Minister', 'Minister of Foreign Affairs', 'President',
  'Vice President', 'Ambassador', 'Ambassador to Japan', 'Ambassador to the United Nations', 'Attorney General',
  'Senator', 'Sen.', 'Rep.', 'Governor', 'Gov.', 'General', 'Gen.', 'Lt. Gen.', 'Admiral', 'Chancellor', 'Director',
  'Chief Executive', 'Speaker', 'House Speaker', 'Mayor', 'Judge', 'Justice', 'Pope', 'King', 'Queen', 'Prince',
  'Secretary-General', 'Commissioner', 'Envoy', 'Special Envoy', 'Health Minister', 'Trade Representative',
];
const COUNTRIES = ['US', 'U.S.', 'UK', 'Japanese', 'French', 'Russian', 'Chinese', 'German'];

/** One titled copy of each sentence with a person of two words or more; the order is seeded. */
export function withTitlesBeforePeople(sentences: readonly LabelledSentence[], seed: number): LabelledSentence[] {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const copies: LabelledSentence[] = [];
  for (const sentence of sentences) {
    const person = sentence.spans.find((span) => span.type === 'PER' && span.end - span.start >= 2);
    if (!person) continue;
    const title = pick(TITLES).split(' ');
    const country = random() < 0.3 ? pick(COUNTRIES) : null;
    const inserted = country ? [country, ...title] : title;
    const forms = [...sentence.forms.slice(0, person.start), ...inserted, ...sentence.forms.slice(person.start)];
    const shift = (index: number): number => (index >= person.start ? index + inserted.length : index);
    const spans = sentence.spans.map((span) => ({ ...span, start: shift(span.start), end: shift(span.end) }));
    if (country) spans.push({ start: person.start, end: person.start + 1, type: /^(US|U\.S\.|UK)$/.test(country) ? 'LOC' : 'MISC' });
    copies.push({ forms, spans: spans.sort((a, b) => a.start - b.start), hasMisc: sentence.hasMisc, document: sentence.document });
  }
  return copies;
}
