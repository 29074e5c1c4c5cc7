// The MEANTIME corpus (../shared/data/meantime-en, see its SOURCE.md): 120 Wikinews
// articles in CAT XML, read straight from the tarball in memory. Each document comes
// back as text rebuilt from its tokens (spaces where English prose puts them), the
// character span of every token, and its TIMEX3 markables.

import { readFileSync } from 'node:fs';
import { readTarball, sharedDataPath } from './shared-data.js';

export const MEANTIME_TARBALL = 'meantime-en/meantime_newsreader_english_oct15.tar.gz';

export interface Timex {
  readonly type: string;
  readonly value: string;
  readonly isCreationTime: boolean;
  readonly start: number;
  readonly end: number;
}

/** An entity mention and the entity instance it refers to (REFERS_TO), with its syntactic type: NAM (a name), NOM (a noun phrase), PRO (a pronoun)... */
export interface EntityMentionMarkable {
  readonly start: number;
  readonly end: number;
  readonly syntacticType: string;
  /** The m_id of the entity instance, or null when no REFERS_TO links the mention. */
  readonly entity: string | null;
  /** PER, ORG, LOC, PRO, FIN, MIX, or '' when unlinked. */
  readonly entityType: string;
}

export interface MeantimeDocument {
  readonly name: string;
  readonly text: string;
  /** Headline, the date line, then the body: each a block sentences stay inside. */
  readonly blocks: ReadonlyArray<{ readonly start: number; readonly end: number }>;
  /** Timexes anchored to tokens; the ones without tokens (TAG_DESCRIPTOR only) are left out. */
  readonly timexes: readonly Timex[];
  /** End of the last sentence with any markable: MEANTIME annotates only the first sentences of each article. */
  readonly annotatedEnd: number;
  readonly entityMentions: readonly EntityMentionMarkable[];
}

/** The intra-document annotation of every article, in file-name order. */
export function readMeantime(): MeantimeDocument[] {
  const files = readTarball(readFileSync(sharedDataPath(MEANTIME_TARBALL)));
  return [...files.keys()]
    .filter((name) => name.includes('/intra-doc_annotation/') && name.endsWith('.xml'))
    .sort()
    .map((name) => parseDocument(name, files.get(name)!.toString('utf8')));
}

const decode = (value: string): string =>
  value.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

function parseDocument(name: string, xml: string): MeantimeDocument {
  const tokens = [...xml.matchAll(/<token [^>]*?number="\d+" sentence="(\d+)" t_id="(\d+)">([^<]*)<\/token>/g)]
    .map((match) => ({ sentence: Number(match[1]), id: match[2]!, form: decode(match[3]!) }));
  const { text, spans, blocks } = layOut(tokens);
  const timexes: Timex[] = [];
  for (const match of xml.matchAll(/<TIMEX3 ([^>]*?)>(.*?)<\/TIMEX3>/gs)) {
    const attributes = Object.fromEntries([...match[1]!.matchAll(/(\w+)="([^"]*)"/g)].map((pair) => [pair[1]!, decode(pair[2]!)]));
    const anchored = [...match[2]!.matchAll(/t_id="(\d+)"/g)].map((anchor) => spans.get(anchor[1]!)).filter((span) => span !== undefined);
    if (anchored.length === 0) continue;
    timexes.push({
      type: attributes.type ?? '', value: attributes.value ?? '', isCreationTime: attributes.functionInDocument === 'CREATION_TIME',
      start: Math.min(...anchored.map((span) => span.start)), end: Math.max(...anchored.map((span) => span.end)),
    });
  }
  const markables = xml.slice(xml.indexOf('<Markables'));
  const sentenceOf = new Map(tokens.map((token) => [token.id, token.sentence]));
  const lastSentence = Math.max(0, ...[...markables.matchAll(/t_id="(\d+)"/g)].map((anchor) => sentenceOf.get(anchor[1]!) ?? 0));
  const annotatedEnd = Math.max(0, ...tokens.filter((token) => token.sentence <= lastSentence).map((token) => spans.get(token.id)!.end));
  return { name, text, blocks, timexes, annotatedEnd, entityMentions: parseEntityMentions(xml, spans) };
}

function parseEntityMentions(xml: string, spans: ReadonlyMap<string, { start: number; end: number }>): EntityMentionMarkable[] {
  const entityTypes = new Map<string, string>();
  for (const match of xml.matchAll(/<ENTITY ([^>]*?)\/>/g)) {
    const attributes = Object.fromEntries([...match[1]!.matchAll(/(\w+)="([^"]*)"/g)].map((pair) => [pair[1]!, pair[2]!]));
    if (attributes.m_id) entityTypes.set(attributes.m_id, attributes.ent_type ?? '');
  }
  const referent = new Map<string, string>();
  for (const match of xml.matchAll(/<REFERS_TO [^>]*>(.*?)<\/REFERS_TO>/gs)) {
    const target = /<target m_id="(\d+)"/.exec(match[1]!)?.[1];
    if (target) for (const source of match[1]!.matchAll(/<source m_id="(\d+)"/g)) referent.set(source[1]!, target);
  }
  const mentions: EntityMentionMarkable[] = [];
  for (const match of xml.matchAll(/<ENTITY_MENTION ([^>]*?)>(.*?)<\/ENTITY_MENTION>/gs)) {
    const id = /m_id="(\d+)"/.exec(match[1]!)?.[1] ?? '';
    const anchored = [...match[2]!.matchAll(/t_id="(\d+)"/g)].map((anchor) => spans.get(anchor[1]!)).filter((span) => span !== undefined);
    if (anchored.length === 0) continue;
    const entity = referent.get(id) ?? null;
    mentions.push({
      start: Math.min(...anchored.map((span) => span.start)), end: Math.max(...anchored.map((span) => span.end)),
      syntacticType: /syntactic_type="([^"]*)"/.exec(match[1]!)?.[1] ?? '', entity, entityType: entity === null ? '' : entityTypes.get(entity) ?? '',
    });
  }
  return mentions.sort((a, b) => a.start - b.start);
}

const NO_SPACE_BEFORE = /^(?:[.,;:!?%)\]}]|'s|'|n't|'re|'ve|'ll|'d|'m)$/i;
const NO_SPACE_AFTER = /^[([{$]$/;

/** Text of the tokens: sentence 0 (headline) and 1 (date) on lines of their own, the body as one paragraph. */
function layOut(tokens: ReadonlyArray<{ sentence: number; id: string; form: string }>): {
  text: string; spans: Map<string, { start: number; end: number }>; blocks: Array<{ start: number; end: number }>;
} {
  let text = '';
  const spans = new Map<string, { start: number; end: number }>();
  const blocks: Array<{ start: number; end: number }> = [];
  let previous: { sentence: number; form: string } | null = null;
  let isQuoteOpen = false;
  for (const token of tokens) {
    const isNewBlock = previous === null || (token.sentence !== previous.sentence && token.sentence <= 2);
    if (isNewBlock) {
      if (previous !== null) text += '\n\n';
      blocks.push({ start: text.length, end: text.length });
    } else if (!NO_SPACE_BEFORE.test(token.form) && !NO_SPACE_AFTER.test(previous!.form) && !(token.form === '"' && isQuoteOpen) && !(previous!.form === '"' && isQuoteOpen)) {
      text += ' ';
    }
    if (token.form === '"') isQuoteOpen = !isQuoteOpen;
    spans.set(token.id, { start: text.length, end: text.length + token.form.length });
    text += token.form;
    blocks[blocks.length - 1] = { start: blocks[blocks.length - 1]!.start, end: text.length };
    previous = token;
  }
  return { text, spans, blocks };
}
