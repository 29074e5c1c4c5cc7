// Closed word lists that decide how a word splits, taken from the UD English EWT
// treebank the tagger and parser learn from (../shared/data/ud-english-ewt).

/**
 * EWT splits hyphenated compounds (`US - Japan`, `rules - based`, `year - old`) but keeps
 * a bound prefix with its word: `anti-ship`, `non-violent`, `pre-war`, `co-workers`,
 * `e-mail`, `mid-July` are single tokens there. These are the prefixes EWT keeps
 * (train and dev); `self-` and `vice-` are split or mixed in EWT and are left out.
 */
export const HYPHEN_PREFIXES: ReadonlySet<string> = new Set<string>([
  'anti', 'arch', 'co', 'counter', 'cross', 'e', 'ex', 'intra', 'micro', 'mid', 'mis', 'multi',
  'neo', 'non', 'over', 'post', 'pre', 'pro', 'psycho', 're', 'semi', 'socio', 'sub', 'un',
]);

/**
 * Words EWT writes as two syntactic words with no mark between them (`cannot` → `can`
 * `not`, `gonna` → `gon` `na`); the number is where the second word starts.
 */
export const FUSED_WORDS: ReadonlyMap<string, number> = new Map<string, number>([
  ['cannot', 3],
  ['gonna', 3],
  ['wanna', 3],
  ['gotta', 3],
]);

/**
 * Letters after a number that EWT splits off (`10am` → `10` `am`, `10m` → `10` `m`).
 * Ordinals and decades (`2nd`, `1990s`) and codes (`3D`, `5G`) stay whole.
 */
export const NUMBER_UNITS: ReadonlySet<string> = new Set<string>([
  'am', 'pm', 'AM', 'PM', 'm', 'bn', 'mn', 'km', 'kg', 'cm', 'mm', 'mph', 'ft', 'lb', 'lbs',
]);

/** The clitics EWT splits after an apostrophe, lower-cased: `'s` `'m` `'d` `'ll` `'re` `'ve`; `n't` is separate. */
export const APOSTROPHE_CLITICS: ReadonlySet<string> = new Set<string>(['s', 'm', 'd', 'll', 're', 've']);
