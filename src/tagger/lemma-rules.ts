// Suffix rules for lemmas of words the exception table does not list, by Penn tag:
// plural nouns and third-person verbs lose -s/-es (`agencies` → `agency`), past and
// participle forms lose -ed (`stopped` → `stop`), gerunds -ing, comparatives -er/-est.
// Proper nouns keep their case; every other lemma is lower-cased (the EWT convention).

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

export function ruleLemma(form: string, xpos: string): string {
  if (xpos === 'NNP') return form;
  if (xpos === 'NNPS') return stripPlural(form);
  const lower = form.toLowerCase();
  switch (xpos) {
    case 'NNS':
    case 'VBZ':
      return stripPlural(lower);
    case 'VBD':
    case 'VBN':
      return stripSuffix(lower, 'ed', 'ied');
    case 'VBG':
      return stripSuffix(lower, 'ing', 'ying');
    case 'JJR':
    case 'RBR':
      return stripSuffix(lower, 'er', 'ier');
    case 'JJS':
    case 'RBS':
      return stripSuffix(lower, 'est', 'iest');
    default:
      return lower;
  }
}

function stripPlural(word: string): string {
  if (word.length <= 3 || !word.endsWith('s') || word.endsWith('ss')) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:ch|sh|x|z|ss)es$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/** Strips `suffix` (`yForm` gives back a `y`: `tried` → `try`) and undoes a doubled final consonant. */
function stripSuffix(word: string, suffix: string, yForm: string): string {
  if (word.length <= suffix.length + 2) return word;
  if (word.endsWith(yForm) && yForm !== 'ying') return `${word.slice(0, -yForm.length)}y`;
  if (!word.endsWith(suffix)) return word;
  const stem = word.slice(0, -suffix.length);
  const last = stem[stem.length - 1]!;
  const beforeLast = stem[stem.length - 2]!;
  // `stopped` → `stop`, but `called` → `call` and `added` → `add` keep theirs.
  if (last === beforeLast && !VOWELS.has(last) && !['l', 's', 'z', 'f', 'd'].includes(last)) return stem.slice(0, -1);
  return stem;
}
