import { splitCredit } from './credit-patterns.js';

// What a line looks like, independent of where it stands: a headline, scraper residue,
// or a separator. Shared by ingest (to split dumps into articles) and clean.

/** Scraper and page-furniture lines that are never article text (compared lower-cased, without a trailing colon). */
const boilerplateLines = new Set([
  'advertisement', 'advertising', 'skip advertisement', 'story continues below advertisement', 'continue reading',
  'continue reading below', 'article continues below', 'ad', 'sponsored', 'sponsored content', 'promoted',
  'share', 'share this', 'share this article', 'share this story', 'share on facebook', 'share on twitter', 'share on x',
  'tweet', 'email', 'print', 'save', 'copy link', 'link copied', 'comments', 'view comments', 'show comments',
  'read more', 'read more below', 'related', 'related articles', 'related stories', 'related coverage', 'related content',
  'see also', 'more on this story', 'most read', 'most popular', 'trending', 'trending now', 'recommended', 'top stories',
  'sign up', 'subscribe', 'subscribe now', 'log in', 'sign in', 'register', 'newsletter', 'listen to this article',
  'listen', 'watch', 'play video', 'video', 'image', 'photo', 'photos', 'gallery', 'expand', 'close', 'menu', 'search',
  'loading', 'loading...', 'back to top', 'next article', 'previous article', 'next', 'previous', 'home',
  'accept cookies', 'we use cookies', 'cookie settings',
]);

const boilerplatePatterns: readonly RegExp[] = [
  /^(©|\(c\)|copyright\b)/i,
  /^all rights reserved\.?$/i,
  /^(click|tap) here\b/i,
  /^follow (us|[\w@.]+) on (twitter|x|facebook|instagram|telegram|linkedin)\b/i,
  /^sign up for (our|the)\b.{0,80}newsletter/i,
  /^\d+\s+(comments?|shares?|reactions?)$/i,
  /^(updated|published|last updated)\s*:?\s*\d{1,2}[:.]\d{2}\s*(am|pm)?\s*(gmt|utc|[a-z]{2,4})?$/i,
];

/** A line made only of repeated separator characters: `-----`, `=====`, `#####`, a form feed. */
export function isSeparatorLine(line: string): boolean {
  const trimmed = line.trim();
  return /^\f+$/.test(line.replace(/[ \t]/g, '')) || /^([-=_#~])\1{2,}$/.test(trimmed);
}

/** Residue a scraper left: letters too few to be a sentence (`TT`), stray symbols, page furniture. */
export function isResidueLine(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length === 0) return false;
  const alphanumerics = countAlphanumerics(trimmed, 4);
  if (alphanumerics <= 3 && !/[.?!…”"’]/.test(trimmed)) return true;
  if (alphanumerics === 0) return true;
  // Page furniture is short; a paragraph is never one.
  if (trimmed.length > longestBoilerplate) return false;
  const key = trimmed.toLowerCase().replace(/\s+/g, ' ').replace(/[:›»>|•·]+$/, '').trim();
  if (boilerplateLines.has(key)) return true;
  return boilerplatePatterns.some((pattern) => pattern.test(trimmed));
}

const longestBoilerplate = 120;
const alphanumeric = /[\p{L}\p{N}]/u;

/** Letters and digits in `text`, counting no further than `limit`. */
function countAlphanumerics(text: string, limit: number): number {
  let count = 0;
  for (const char of text) {
    if (alphanumeric.test(char)) count += 1;
    if (count >= limit) break;
  }
  return count;
}

/** Looks like a headline: one short line, several words, not ending like a sentence or a clause. */
export function isTitleLike(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length < 12 || trimmed.length > 250) return false;
  const words = trimmed.split(/\s+/);
  if (words.length < 3 || words.length > 30) return false;
  if (/[.,;:]["”’')]?$/.test(trimmed) && !/\b[A-Z]\.$|\.\.\.$|…$/.test(trimmed)) return false;
  if (!/^[\p{Lu}\p{N}"“‘'(]/u.test(trimmed)) return false;
  // Two sentences (`... in Paiporta, Oct. 30, 2024. (AP Photo/...)`) make a caption or a paragraph.
  if (/\p{Ll}{2,}[.!?]["”’)]?\s+\S/u.test(trimmed)) return false;
  if (splitCredit(trimmed).credit !== null) return false;
  return !isResidueLine(trimmed);
}

/** Compares lines the way a reader would: ignoring edge and repeated white space. */
export function lineKey(line: string): string {
  return line.trim().replace(/\s+/g, ' ');
}
