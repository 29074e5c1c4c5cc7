// The parser ships its own copy of the word clusters (src/parser/cluster-table.ts),
// taken from data/clusters at training time; the source file's sha256 is recorded.

import { encodeClusterTable } from '../../src/parser/cluster-table.js';
import { readDataFolder } from '../../src/resources/data-folder.js';

export interface ParserClusters {
  readonly bytes: Uint8Array;
  /** sha256 of data/clusters/clusters.tsv, from its manifest. */
  readonly sourceSha256: string;
}

export function buildParserClusters(): ParserClusters {
  const folder = readDataFolder('clusters');
  const tsv = new TextDecoder().decode(folder.file('clusters.tsv'));
  const words: string[] = [];
  const ids: number[][] = [];
  for (const line of tsv.split('\n')) {
    if (line === '') continue;
    const [word, coarse, middle, fine] = line.split('\t');
    if (word === undefined || fine === undefined) throw new Error(`data/clusters/clusters.tsv: malformed line "${line}"`);
    words.push(word);
    ids.push([Number(coarse), Number(middle), Number(fine)]);
  }
  const sourceSha256 = folder.manifest.files.find((file) => file.path === 'clusters.tsv')?.sha256 ?? 'unknown';
  return { bytes: encodeClusterTable(words, ids), sourceSha256 };
}
