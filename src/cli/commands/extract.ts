import { Command } from 'commander';
import { articleJSON } from '../../document/article.js';
import { planSources, readPlannedSources } from '../../ingest/index.js';
import { loadResources } from '../../pipeline.js';
import { processItemsWith, workersFor } from '../../pipeline-pool.js';
import { formatFailure, setExitStatus, writeOut } from '../output.js';
import { addReadOptions, readOptionsFrom } from '../read-options.js';

export function extractCommand(): Command {
  const command = new Command('extract')
    .description('run the pipeline without storing: print one contract JSON object per article (JSON Lines)')
    .argument('<paths...>', 'files or directories; "-" reads stdin')
    .option('--pretty', 'indent the JSON (one object per block instead of per line)');
  addReadOptions(command).action(async (paths: string[], options) => {
    let failed = 0;
    const planned = await planSources(paths);
    const items = processItemsWith(readPlannedSources(planned, readOptionsFrom(options)), loadResources(), options.workers ?? workersFor(planned));
    for await (const item of items) {
      if (item.kind === 'article') {
        await writeOut(`${articleJSON(item.article, options.pretty ? 2 : undefined)}\n`);
      } else if (item.kind === 'failure') {
        failed += 1;
        process.stderr.write(`${formatFailure(item.error)}\n`);
      }
    }
    setExitStatus({ failed });
  });
  return command;
}
