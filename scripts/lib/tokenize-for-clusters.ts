// Splits running news text into EWT-style tokens for counting words: clitics
// (`do` `n't`, `Kyiv` `'s`), hyphens, numbers and punctuation apart.

const TOKEN = /[A-Za-z]+(?=n't\b)|n't\b|'(?:s|re|ve|ll|d|m)\b|(?:[A-Za-z]\.){2,}|\d+(?:[.,:/]\d+)*|[A-Za-z]+|[^\sA-Za-z\d]/g;

export function tokenizeForClusters(text: string): string[] {
  return text.match(TOKEN) ?? [];
}
