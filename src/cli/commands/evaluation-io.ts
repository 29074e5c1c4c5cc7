// `newsgraph tag --conll` and `newsgraph parse --conllu`: the evaluation entry points
// of DESIGN.md. Each reads a gold-tokenised file (or stdin) and writes it back with
// the predictions filled in.

import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { groupDocuments, parseConllNer } from '../../corpus/conll.js';
import { CONLLU, formatConllu, parseConllu } from '../../corpus/conllu.js';
import { NewsgraphError } from '../../errors.js';
import { bioTags, parseForms, recogniseDocument } from '../../language/gold-tokens.js';
import { loadLanguageModels } from '../../resources/language-models.js';
import { writeOut } from '../output.js';

export function tagCommand(): Command {
  return new Command('tag')
    .description('named entities for a CoNLL file: each line comes back with the predicted BIO tag (B-PERSON, I-ORG, B-DATE, ...) as a last tab-separated column')
    .requiredOption('--conll <file>', 'one token per line (first column), a blank line between sentences; "-" reads stdin')
    .action(async (options: { conll: string }) => {
      const content = readInput(options.conll);
      const models = loadLanguageModels();
      const tags = new Map<number, string>();
      // Document by document (`-DOCSTART-` lines; else each sentence alone), as extract
      // reads an article: the article-level passes see the whole document.
      for (const document of groupDocuments(parseConllNer(content))) {
        const mentions = recogniseDocument(document.map((sentence) => sentence.forms), models.recognizer);
        document.forEach((sentence, k) => {
          const predicted = bioTags(sentence.forms.length, mentions[k]!);
          sentence.lines.forEach((line, index) => tags.set(line, predicted[index]!));
        });
      }
      const lines = content.split('\n');
      if (lines[lines.length - 1] === '') lines.pop();
      const out = lines.map((raw, index) => {
        const line = raw.replace(/\r$/, '');
        if (line.trim() === '') return '';
        return `${line}\t${tags.get(index) ?? 'O'}`;
      });
      await writeOut(out.join('\n') + '\n');
    });
}

export function parseCommand(): Command {
  return new Command('parse')
    .description('dependency parse of a CoNLL-U file with gold tokenisation: UPOS, XPOS, LEMMA, HEAD and DEPREL come back predicted; other columns are kept')
    .requiredOption('--conllu <file>', 'CoNLL-U input; "-" reads stdin')
    .action(async (options: { conllu: string }) => {
      const name = options.conllu === '-' ? 'stdin' : options.conllu;
      let sentences;
      try {
        sentences = parseConllu(readInput(options.conllu), name);
      } catch (error) {
        throw new NewsgraphError('USAGE', error instanceof Error ? error.message : String(error), { path: name });
      }
      const models = loadLanguageModels();
      for (const sentence of sentences) {
        const syntax = parseForms(sentence.words.map((word) => word.columns[CONLLU.FORM]!), models);
        sentence.words.forEach((word, i) => {
          word.columns[CONLLU.UPOS] = syntax.upos[i]!;
          word.columns[CONLLU.XPOS] = syntax.xpos[i]!;
          word.columns[CONLLU.LEMMA] = syntax.lemmas[i]!;
          word.columns[CONLLU.HEAD] = String(syntax.heads[i]! + 1);
          word.columns[CONLLU.DEPREL] = syntax.deprels[i]!;
        });
      }
      await writeOut(formatConllu(sentences));
    });
}

function readInput(path: string): string {
  try {
    return readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new NewsgraphError('USAGE', `cannot read the file (${reason})`, { path });
  }
}
