// Abbreviations that keep their period as part of the token (`Gen.`, `Inc.`, `Jan.`).
// A closed set, so a typed constant rather than a data file. Matching is exact and
// case-sensitive: `Gen.` is a title, `gen.` is not in news copy. Initials (`J.`) and
// dotted forms (`U.S.`, `a.m.`, `e.g.`) are recognised by shape in scan-word.ts.

/**
 * - `title`: stands before a name (`Gen. Austin`, `Sen. Warren`) and so never ends a sentence.
 * - `numero`: an abbreviation only before a number (`No. 1`, `Vol. 2`); `said no.` keeps `.` apart.
 * - `other`: may end a sentence (`… Apple Inc.`, `… in Jan.`); split-sentences.ts decides.
 */
export type AbbreviationKind = 'title' | 'numero' | 'other';

const titles = [
  'Mr', 'Mrs', 'Ms', 'Messrs', 'Dr', 'Prof', 'Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Sgt', 'Cpl',
  'Pvt', 'Adm', 'Cmdr', 'Cmdt', 'Brig', 'Rep', 'Reps', 'Sen', 'Sens', 'Gov', 'Pres', 'Rev',
  'Hon', 'Amb', 'Supt', 'Det', 'Insp', 'Fr', 'Mt', 'Ft', 'Mme', 'Mlle',
] as const;

const numeros = ['No', 'Nos', 'Vol', 'Vols', 'Art', 'Nr'] as const;

const others = [
  // Company and family suffixes.
  'Inc', 'Corp', 'Co', 'Cos', 'Ltd', 'Bros', 'Jr', 'Sr', 'Plc',
  // Months as AP style abbreviates them (March to July are written out, except in tables).
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  // Addresses and institutions.
  'St', 'Ave', 'Blvd', 'Rd', 'Dept', 'Univ', 'Assn', 'Govt',
  // US states in AP datelines (`SPRINGFIELD, Ill. (AP) —`); two-letter dotted ones (`N.Y.`) go by shape.
  'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Ky',
  'La', 'Md', 'Mass', 'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'Okla', 'Ore', 'Pa',
  'Tenn', 'Vt', 'Va', 'Wash', 'Wis', 'Wyo',
  // Latin and reference shorthand.
  'vs', 'etc', 'al', 'cf', 'ca', 'approx', 'est', 'Fig', 'pp',
] as const;

export const ABBREVIATIONS: ReadonlyMap<string, AbbreviationKind> = new Map<string, AbbreviationKind>([
  ...titles.map((word) => [word, 'title'] as const),
  ...numeros.map((word) => [word, 'numero'] as const),
  ...others.map((word) => [word, 'other'] as const),
]);

/** Longest entry, so callers can skip the lookup (and the string it needs) for longer words. */
export const LONGEST_ABBREVIATION = 6;

/** The kind of `word` (without its period), or null when it is not a listed abbreviation. */
export function findAbbreviation(word: string): AbbreviationKind | null {
  return ABBREVIATIONS.get(word) ?? null;
}
