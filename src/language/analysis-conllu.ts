// An article's language layer as CoNLL-U (`newsgraph extract --conllu`): one block per
// sentence with the predicted lemma, UPOS, XPOS, head and relation of every token, and
// in MISC where the token lies in the article's `text` (TokenRange=start:end, UTF-16
// offsets, end exclusive), SpaceAfter=No, and its entity or numeric mention as a BIO tag.

import type { LanguageAnalysis } from '../document/analysis.js';
import { bioTags } from './gold-tokens.js';

export function analysisConllu(text: string, analysis: LanguageAnalysis, documentId: string): string {
  // By `type`: the article-level rules may retype a mention after the recogniser labelled it.
  const mentionTags = bioTags(analysis.tokenCount, analysis.mentions.map(({ firstToken, endToken, type }) => ({ firstToken, endToken, label: type })));
  const out = [`# newdoc id = ${documentId}`];
  analysis.sentences.forEach((sentence, index) => {
    out.push(`# sent_id = ${documentId}-${index + 1}`, `# text = ${oneLine(text.slice(sentence.start, sentence.end))}`);
    for (let token = sentence.firstToken; token < sentence.endToken; token++) {
      const start = analysis.starts[token]!;
      const end = analysis.ends[token]!;
      const head = analysis.heads[token]!;
      const misc = [`TokenRange=${start}:${end}`];
      if (token + 1 < sentence.endToken && analysis.starts[token + 1] === end) misc.push('SpaceAfter=No');
      if (mentionTags[token] !== 'O') misc.push(`NER=${mentionTags[token]}`);
      out.push([
        token - sentence.firstToken + 1,
        oneWord(text.slice(start, end)),
        oneWord(analysis.lemmas[token]!),
        analysis.upos[token]!,
        analysis.xpos[token]!,
        '_',
        head < 0 ? 0 : head - sentence.firstToken + 1,
        analysis.deprels[token]!,
        '_',
        misc.join('|'),
      ].join('\t'));
    }
    out.push('');
  });
  return `${out.join('\n')}\n`;
}

/** A `# text` comment holds one line. */
function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ');
}

/** A column holds no tab or line break, and is never empty. */
function oneWord(value: string): string {
  const cleaned = value.replace(/[\t\r\n]/g, ' ');
  return cleaned === '' ? '_' : cleaned;
}
