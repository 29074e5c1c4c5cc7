// Unlabelled English for distributional word clusters: the training splits of the
// labelled corpora (their words, not their labels) and the Reuters-21578 news text.
// Never a dev or test split.

import { CONLLU, parseConllu } from '../../src/corpus/conllu.js';
import { readSharedText } from './shared-data.js';

export const UNLABELLED_SOURCES = [
  { name: 'Reuters-21578 (news-corpus)', path: '../shared/data/news-corpus', license: 'Reuters-21578 Distribution 1.0 (research use); only word statistics are shipped' },
  { name: 'UD_English-EWT train (words only)', path: '../shared/data/ud-english-ewt', license: 'CC BY-SA 4.0', commit: '15d613d8447b3478787d4c278730a1e48a945efb' },
  { name: 'CoNLL-2003 train (words only)', path: '../shared/data/conll2003', license: 'Reuters RCV1 research use; only word statistics are shipped', commit: 'dcb6c7439a7de43abc2448bad5b1d81a47f26c0d' },
  { name: 'WikiANN en train (words only)', path: '../shared/data/wikiann-en', license: 'unstated (silver standard from Wikipedia)', commit: 'db7ff3ca4ba1df39907f8bdc036a556fed5ecde7' },
  { name: 'WNUT-17 train and BTC (words only)', path: '../shared/data/wnut17, ../shared/data/btc', license: 'CC BY 4.0', commit: '27f595cc97631cca4d54a6af6cb07752532367f6' },
] as const;

/** Sentences as arrays of raw tokens. `tokenize` splits running text (the news corpus). */
export function* unlabelledSentences(tokenize: (text: string) => string[]): Generator<string[]> {
  const news = readSharedText('news-corpus/reuters21578.shared.jsonl.gz');
  for (const line of news.split('\n')) {
    if (line.trim() === '') continue;
    const record = JSON.parse(line) as { title?: string; text?: string };
    for (const paragraph of `${record.title ?? ''}\n${record.text ?? ''}`.split(/\n\s*\n|\n {2,}/)) {
      const tokens = tokenize(paragraph.replace(/\s+/g, ' '));
      if (tokens.length > 0) yield tokens;
    }
  }
  for (const sentence of parseConllu(readSharedText('ud-english-ewt/en_ewt-ud-train.conllu.gz'))) {
    yield sentence.words.map((word) => word.columns[CONLLU.FORM]!);
  }
  yield* columnSentences(readSharedText('conll2003/train.txt.gz'), ' ');
  yield* columnSentences(readSharedText('wikiann-en/train.txt.gz'), '\t', (form) => form.replace(/^en:/, ''));
  yield* columnSentences(readSharedText('wnut17/wnut17train.conll'), '\t');
  for (const section of ['a', 'b', 'e', 'f', 'g', 'h']) yield* columnSentences(readSharedText(`btc/${section}.conll.gz`), '\t');
}

function* columnSentences(content: string, separator: string, clean: (form: string) => string = (form) => form): Generator<string[]> {
  let sentence: string[] = [];
  for (const line of content.split('\n')) {
    const form = line.split(separator)[0]!.trim();
    if (form === '' || form.startsWith('-DOCSTART-')) {
      if (sentence.length > 0) yield sentence;
      sentence = [];
      continue;
    }
    sentence.push(clean(form));
  }
  if (sentence.length > 0) yield sentence;
}
