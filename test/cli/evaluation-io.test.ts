// `newsgraph tag --conll` and `newsgraph parse --conllu`: the evaluation entry points of
// DESIGN.md, run as built. Their output formats are read by benchmarks, so they are
// checked line by line.

import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConllu } from '../../src/corpus/conllu.js';
import { makeTempDir, projectRoot } from '../helpers.js';

const cli = join(projectRoot, 'dist/cli/main.js');

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: projectRoot, input, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('newsgraph tag --conll', () => {
  const input = [
    '-DOCSTART- -X- -X- O',
    '',
    'Secretary NNP B-NP O',
    'of IN B-PP O',
    'State NNP B-NP B-ORG',
    'Antony NNP I-NP B-PER',
    'Blinken NNP I-NP I-PER',
    'arrived VBD B-VP O',
    'in IN B-PP O',
    'Tokyo NNP B-NP B-LOC',
    'on IN B-PP O',
    'Tuesday NNP B-NP O',
    '. . O O',
    '',
    'Japanese JJ B-NP B-MISC',
    'troops NNS I-NP O',
    '',
  ].join('\n');

  it('appends the predicted BIO tag to every line, in our types, and keeps blank lines', () => {
    const result = run(['tag', '--conll', '-'], input);
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n');
    const inputLines = input.split('\n');
    expect(lines).toHaveLength(inputLines.length);
    lines.forEach((line, index) => {
      if (inputLines[index] === '') expect(line).toBe('');
      else expect(line.startsWith(`${inputLines[index]}\t`)).toBe(true);
    });
    const tags = lines.map((line) => line.split('\t')[1] ?? '');
    expect(tags.slice(5, 7)).toEqual(['B-PERSON', 'I-PERSON']);
    expect(tags[9]).toBe('B-GPE');
    expect(tags[11]).toBe('B-DATE');
    expect(tags[14]).toBe('B-NORP');
    expect(tags[0]).toBe('O');
  });

  it('reads a document whole, as extract reads an article, and documents apart', () => {
    const documents = [
      ['Defense Secretary Lloyd Austin said on Monday that talks went well .', 'Austin flew to Tokyo .'],
      ['Austin flew to Tokyo .'],
    ];
    const lines = documents.flatMap((sentences) => ['-DOCSTART- O', '', ...sentences.flatMap((sentence) => [...sentence.split(' ').map((word) => `${word} O`), ''])]);
    const result = run(['tag', '--conll', '-'], lines.join('\n'));
    expect(result.status).toBe(0);
    const austins = result.stdout.split('\n').filter((line) => line.startsWith('Austin O\t')).map((line) => line.split('\t')[1]);
    // The bare surname after the full name is the person; alone in another document the
    // model reads it as the city, and nothing carries over.
    expect(austins).toHaveLength(3);
    expect(austins.slice(0, 2)).toEqual(['I-PERSON', 'B-PERSON']);
    expect(austins[2]).not.toBe('B-PERSON');
  });

  it('refuses a file it cannot read, naming it', () => {
    const result = run(['tag', '--conll', 'no/such/file.conll']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/no\/such\/file\.conll.*ENOENT/);
  });
});

describe('newsgraph parse --conllu', () => {
  const sample = readFileSync(join(projectRoot, 'test/fixtures/parser/ewt-train-sample.conllu'), 'utf8');
  const input = sample.split('\n\n').slice(0, 20).join('\n\n') + '\n\n';

  it('fills UPOS, XPOS, LEMMA, HEAD and DEPREL and keeps everything else', () => {
    const file = join(makeTempDir(), 'in.conllu');
    writeFileSync(file, input);
    const result = run(['parse', '--conllu', file]);
    expect(result.status).toBe(0);
    const gold = parseConllu(input);
    const predicted = parseConllu(result.stdout);
    expect(predicted).toHaveLength(gold.length);
    let agreeing = 0;
    let total = 0;
    predicted.forEach((sentence, s) => {
      expect(sentence.comments).toEqual(gold[s]!.comments);
      const roots = sentence.words.filter((word) => word.columns[6] === '0');
      expect(roots).toHaveLength(1);
      expect(roots[0]!.columns[7]).toBe('root');
      sentence.words.forEach((word, w) => {
        const goldWord = gold[s]!.words[w]!.columns;
        expect([word.columns[0], word.columns[1], word.columns[5], word.columns[9]]).toEqual([goldWord[0], goldWord[1], goldWord[5], goldWord[9]]);
        const head = Number(word.columns[6]);
        expect(head).toBeGreaterThanOrEqual(0);
        expect(head).toBeLessThanOrEqual(sentence.words.length);
        total++;
        if (word.columns[3] === goldWord[3] && word.columns[6] === goldWord[6]) agreeing++;
      });
    });
    // Training sentences: the shipped models should mostly agree with their gold analysis.
    expect(agreeing / total).toBeGreaterThan(0.8);
  });

  it('names the line of a malformed file', () => {
    const result = run(['parse', '--conllu', '-'], '1\tonly\tthree\n');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/stdin: line 1 has 3 columns/);
  });
});
