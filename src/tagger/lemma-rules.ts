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
  // `watches`, `buzzes`, `waltzes` lose -es; `realizes`, `sizes` only -s.
  if (/(?:ch|sh|x|zz|ss|[^aeiouz]z)es$/.test(word)) return word.slice(0, -2);
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
  return suffix === 'ed' || suffix === 'ing' ? withSilentE(stem) : stem;
}

/**
 * Stems of verbs whose silent `e` the suffix took (`joked` → `joke`, `praised` →
 * `praise`, `reiterating` → `reiterate`), by their endings; words the endings get wrong
 * (`focused`, `combated`) are the exception table's. Checked on EWT dev with the table
 * rebuilt from train (NOTES.md).
 */
const SILENT_E_ENDINGS = new RegExp([
  '[uv]$', // argue, continue, solve, involve
  '[^aeiou]e$', // agree, free
  'c$', // announce, produce, force
  '(?:[rdl]g|eng|ung|chang|rang)$', // urge, pledge, bulge, challenge, plunge, change, arrange
  '[aeiouy]z$', // realize, seize, emphasize
  '(?:is|[^c]us|os|eas|has)$', // praise, emphasise, cause, close, increase, purchase
  '(?:[^aeiou]|[iu])at$', // reiterate, negotiate, evacuate
  '[^aeiou](?:ut|[iuo]d|ed|eg|ag|ib|in|il|ok|ak|ik|am|um)$', // execute, deride, conclude, concede, allege, manage, describe, examine, compile, provoke, nickname, assume
  '[^aeiouwrl]l$', // recycle, handle, struggle, hassle
  '[^aeiou](?:ar|ir|ur)$', // declare, require, ensure
].join('|'));
/** A stem of one syllable closed by one consonant (`vot`, `jok`, `nam`): its verb ends in `e`. */
const SHORT_OPEN_SYLLABLE = /^[^aeiou]*[aeiou][^aeiouwxy]$/;
const SILENT_E_EXCEPTIONS = new Set(['combat', 'focus', 'visit', 'limit', 'edit', 'exit', 'audit', 'credit', 'target', 'benefit', 'begin', 'occur', 'commit', 'submit', 'admit', 'permit', 'vomit', 'fidget', 'format']);

function withSilentE(stem: string): string {
  if (stem.length < 2 || SILENT_E_EXCEPTIONS.has(stem)) return stem;
  return SILENT_E_ENDINGS.test(stem) || SHORT_OPEN_SYLLABLE.test(stem) ? `${stem}e` : stem;
}
