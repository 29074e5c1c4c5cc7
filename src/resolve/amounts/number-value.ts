// The value of a written number: digits (`50,000`, `7.2`, `3bn`), number words (`two`,
// `twenty-five`, `a dozen`) and scale words (`2.5 million`, `two hundred thousand`).

const SMALL: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12,
};
const SCALE: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1e3, k: 1e3, million: 1e6, mln: 1e6, m: 1e6, billion: 1e9, bn: 1e9, bln: 1e9, b: 1e9, trillion: 1e12, tn: 1e12,
};

/** Value of a number phrase, or null when a word in it is no number. `a dozen` is 12, `a` alone is no number. */
export function numberValue(phrase: string): number | null {
  const words = phrase.toLowerCase().replace(/(\d)([a-z]+)$/, '$1 $2').split(/[\s-]+/).filter(Boolean);
  if (words.length === 0 || (words.length === 1 && (words[0] === 'a' || words[0] === 'an'))) return null;
  let total = 0;
  let current = 0;
  let hasNumber = false;
  for (const word of words) {
    if (/^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$|^\.\d+$/.test(word)) current += Number(word.replace(/,/g, ''));
    else if (word in SMALL) current = word === 'dozen' ? (current || 1) * 12 : current + SMALL[word]!;
    else if (word === 'hundred') current = (current || 1) * 100;
    else if (word in SCALE) {
      total += (current || 1) * SCALE[word]!;
      current = 0;
    } else return null;
    hasNumber ||= word !== 'a' && word !== 'an';
  }
  return hasNumber ? roundFloat(total + current) : null;
}

/** `2.3 million` is 2300000, not 2299999.9999999995. */
function roundFloat(value: number): number {
  return Number(value.toPrecision(12));
}
