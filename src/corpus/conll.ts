// CoNLL-style named-entity files: one token per line, the form first and the tag
// last (space- or tab-separated, any columns between), a blank line between
// sentences, `-DOCSTART-` between documents. CoNLL-2003 and WNUT use IOB2, wikigold
// IOB1 (`I-` opens an entity unless it continues one of the same type); both read as
// IOB2. WikiANN prefixes every form with its language (`en:Paris`): the prefix is
// dropped when every token of the file carries one.

export interface NerSentence {
  readonly forms: readonly string[];
  /** IOB2 tags (`B-PER`, `I-PER`, `O`). */
  readonly tags: readonly string[];
  /** 0-based line of each token in the input, for writers that echo the input. */
  readonly lines: readonly number[];
  /**
   * Index of the document the sentence belongs to, counted by `-DOCSTART-` lines; in a
   * file without them (WNUT-17's tweets, most hand-made files) each sentence is a
   * document of its own.
   */
  readonly document: number;
}

export interface EntitySpan {
  /** First token (inclusive) and end token (exclusive), within the sentence. */
  readonly start: number;
  readonly end: number;
  readonly type: string;
}

const LANGUAGE_PREFIX = /^[a-z]{2,3}:(?=.)/;

/** Consecutive sentences of one document, document by document. */
export function groupDocuments<T extends { readonly document: number }>(sentences: readonly T[]): T[][] {
  const documents: T[][] = [];
  for (const sentence of sentences) {
    const last = documents[documents.length - 1];
    if (last && last[0]!.document === sentence.document) last.push(sentence);
    else documents.push([sentence]);
  }
  return documents;
}

/** Parses a CoNLL NER text; tags come back as IOB2 whatever the input scheme. */
export function parseConllNer(content: string): NerSentence[] {
  const rows = content.split('\n');
  const tokenRows = rows.filter((row) => row.trim() !== '' && !row.startsWith('-DOCSTART-'));
  const hasPrefix = tokenRows.length > 0 && tokenRows.every((row) => LANGUAGE_PREFIX.test(row));
  const sentences: NerSentence[] = [];
  let forms: string[] = [];
  let tags: string[] = [];
  let lines: number[] = [];
  const hasDocuments = rows.some((row) => row.startsWith('-DOCSTART-'));
  let document = 0;
  const flush = (): void => {
    if (forms.length > 0) sentences.push({ forms, tags: repairIob(tags), lines, document: hasDocuments ? document : sentences.length });
    forms = [];
    tags = [];
    lines = [];
  };
  rows.forEach((raw, index) => {
    const row = raw.replace(/\r$/, '');
    if (row.trim() === '') return flush();
    if (row.startsWith('-DOCSTART-')) {
      flush();
      if (sentences.length > 0) document++;
      return;
    }
    const columns = row.split(/[\t ]+/).filter((column) => column !== '');
    const form = columns[0]!;
    forms.push(hasPrefix ? form.replace(LANGUAGE_PREFIX, '') : form);
    tags.push(columns.length > 1 ? columns[columns.length - 1]! : 'O');
    lines.push(index);
  });
  flush();
  return sentences;
}

/** IOB1 or damaged IOB2 to IOB2: an `I-X` that continues nothing of type X opens an entity. */
export function repairIob(tags: readonly string[]): string[] {
  const out: string[] = [];
  let previousType = '';
  for (const tag of tags) {
    const type = tag.length > 2 && tag[1] === '-' ? tag.slice(2) : '';
    if (type === '' || (tag[0] !== 'B' && tag[0] !== 'I')) {
      out.push('O');
      previousType = '';
    } else if (tag[0] === 'I' && type === previousType) {
      out.push(tag);
    } else {
      out.push(`B-${type}`);
      previousType = type;
    }
  }
  return out;
}

/** The entity spans of an IOB2 tag sequence. */
export function spansFromTags(tags: readonly string[]): EntitySpan[] {
  const spans: EntitySpan[] = [];
  const iob2 = repairIob(tags);
  for (let start = 0; start < iob2.length; start++) {
    const tag = iob2[start]!;
    if (tag === 'O') continue;
    const type = tag.slice(2);
    let end = start + 1;
    while (end < iob2.length && iob2[end] === `I-${type}`) end++;
    spans.push({ start, end, type });
    start = end - 1;
  }
  return spans;
}

/** IOB2 tags for `length` tokens from non-overlapping spans. */
export function tagsFromSpans(spans: readonly EntitySpan[], length: number): string[] {
  const tags = new Array<string>(length).fill('O');
  for (const span of spans) {
    for (let k = span.start; k < span.end; k++) tags[k] = `${k === span.start ? 'B' : 'I'}-${span.type}`;
  }
  return tags;
}

export interface PrecisionRecall {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly gold: number;
  readonly predicted: number;
  readonly correct: number;
}

export interface EntityScores {
  readonly overall: PrecisionRecall;
  readonly byType: Readonly<Record<string, PrecisionRecall>>;
}

/** Entity-level exact match (same first token, end token and type), micro-averaged. */
export function scoreEntities(pairs: Iterable<{ readonly gold: readonly EntitySpan[]; readonly predicted: readonly EntitySpan[] }>): EntityScores {
  const counts = new Map<string, { gold: number; predicted: number; correct: number }>();
  const countsOf = (type: string): { gold: number; predicted: number; correct: number } => {
    let entry = counts.get(type);
    if (!entry) counts.set(type, (entry = { gold: 0, predicted: 0, correct: 0 }));
    return entry;
  };
  for (const { gold, predicted } of pairs) {
    const goldKeys = new Set(gold.map(spanKey));
    for (const span of gold) countsOf(span.type).gold++;
    for (const span of predicted) {
      const entry = countsOf(span.type);
      entry.predicted++;
      if (goldKeys.has(spanKey(span))) entry.correct++;
    }
  }
  const byType: Record<string, PrecisionRecall> = {};
  const total = { gold: 0, predicted: 0, correct: 0 };
  for (const type of [...counts.keys()].sort()) {
    const entry = counts.get(type)!;
    byType[type] = precisionRecall(entry.gold, entry.predicted, entry.correct);
    total.gold += entry.gold;
    total.predicted += entry.predicted;
    total.correct += entry.correct;
  }
  return { overall: precisionRecall(total.gold, total.predicted, total.correct), byType };
}

function spanKey(span: EntitySpan): string {
  return `${span.start}:${span.end}:${span.type}`;
}

function precisionRecall(gold: number, predicted: number, correct: number): PrecisionRecall {
  const precision = predicted > 0 ? correct / predicted : 0;
  const recall = gold > 0 ? correct / gold : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, gold, predicted, correct };
}
