import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planSources } from '../../src/ingest/walk.js';
import { makeTempDir } from '../helpers.js';

describe('planSources', () => {
  it('walks directories in name order, skipping hidden entries and excluded paths, following a link loop once', async () => {
    const dir = makeTempDir();
    mkdirSync(join(dir, 'b', '.git'), { recursive: true });
    writeFileSync(join(dir, 'b', '.git', 'HEAD'), 'ref');
    writeFileSync(join(dir, 'b', 'two.txt'), 'two');
    writeFileSync(join(dir, 'a.txt'), 'one');
    writeFileSync(join(dir, '.DS_Store'), 'junk');
    writeFileSync(join(dir, 'news.db'), 'db');
    symlinkSync(dir, join(dir, 'b', 'loop'));
    const planned = await planSources([dir, '-'], [join(dir, 'news.db')]);
    expect(planned).toEqual([
      { kind: 'file', path: join(dir, 'a.txt'), size: 3 },
      { kind: 'file', path: join(dir, 'b', 'two.txt'), size: 3 },
      { kind: 'stdin' },
    ]);
  });
});
