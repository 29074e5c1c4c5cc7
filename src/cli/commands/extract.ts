import { Command } from 'commander';
import { articleJSON, type Article } from '../../document/article.js';
import { analysisConllu } from '../../language/analysis-conllu.js';
import { planSources, readPlannedSources } from '../../ingest/index.js';
import { loadResources } from '../../pipeline.js';
import { processItemsWith, workersFor } from '../../pipeline-pool.js';
import { formatFailure, setExitStatus, writeOut } from '../output.js';
import { addReadOptions, readOptionsFrom } from '../read-options.js';

export function extractCommand(): Command {
  const command = new Command('extract')
    .description('run the pipeline without storing: print one contract JSON object per article (JSON Lines)')
    .argument('<paths...>', 'files or directories; "-" reads stdin')
    .option('--pretty', 'indent the JSON (one object per block instead of per line)')
    .option('--conllu', 'print the language layer instead: CoNLL-U with predicted lemmas, tags, heads and relations, and in MISC each token\'s TokenRange in `text` and its mention as a BIO tag (NER=B-PERSON)');
  addReadOptions(command).action(async (paths: string[], options) => {
    let failed = 0;
    const planned = await planSources(paths);
    const workers = options.workers ?? workersFor(planned);
    const items = processItemsWith(readPlannedSources(planned, readOptionsFrom(options)), loadResources(), workers, { keepAnalysis: options.conllu === true });
    for await (const item of items) {
      if (item.kind === 'article') {
        await writeOut(options.conllu ? conlluOf(item.article) : `${articleJSON(item.article, options.pretty ? 2 : undefined)}\n`);
      } else if (item.kind === 'failure') {
        failed += 1;
        process.stderr.write(`${formatFailure(item.error)}\n`);
      }
    }
    setExitStatus({ failed });
  });
  return command;
}

/** The article's language layer; an article the language stage did not reach has no sentences to print. */
function conlluOf(article: Article): string {
  return article.analysis ? analysisConllu(article.text, article.analysis, article.id) : `# newdoc id = ${article.id}\n`;
}
