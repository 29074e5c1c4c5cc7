// Character tests on UTF-16 code units, written as comparisons so the tokenizer can
// scan with charCodeAt and never build a string or run a regex per character.

/** Exactly the characters JavaScript's `\s` matches, so "no whitespace in a token" means what tests check. */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isAsciiUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

export function isAsciiLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

export function isAsciiLetter(c: number): boolean {
  return isAsciiLower(c | 0x20);
}

/** Upper case in any cased script (`É`, `Ž`, `Д`); non-ASCII letters are rare enough to ask the string. */
export function isUpper(c: number): boolean {
  if (c < 128) return isAsciiUpper(c);
  const char = String.fromCharCode(c);
  return char !== char.toLowerCase();
}

export function isLower(c: number): boolean {
  if (c < 128) return isAsciiLower(c);
  const char = String.fromCharCode(c);
  return char !== char.toUpperCase();
}

/** A high surrogate that starts an emoji (U+1F000–U+1FAFF): a symbol of its own, not part of a word. */
export function isEmojiLead(c: number): boolean {
  return c >= 0xd83c && c <= 0xd83e;
}

/**
 * Characters that make up words and numbers: ASCII letters, digits and `_`, and every
 * non-ASCII code unit except spaces, punctuation and symbol blocks. Letters of other
 * scripts, combining marks, zero-width joiners and non-emoji surrogates count as word
 * characters, so no word is ever cut inside a code point.
 */
export function isWordChar(c: number): boolean {
  if (c < 128) return isAsciiLower(c | 0x20) || isDigit(c) || c === 95;
  if (c < 0xc0) return c === 0xaa || c === 0xad || c === 0xb2 || c === 0xb3 || c === 0xb5 || c === 0xb9 || c === 0xba;
  if (c < 0x2000) return c !== 0xd7 && c !== 0xf7 && !isScriptPunctuation(c) && !isSpace(c);
  if (c <= 0x206f) return (c >= 0x200b && c <= 0x200d) || c === 0x2060;
  if (c < 0xd800) return !isSymbolBlock(c);
  if (c <= 0xdfff) return !isEmojiLead(c);
  return !isSymbolBlock(c);
}

/** Sentence and clause marks of Arabic and Devanagari (`،` `؛` `؟` `۔` `।` `॥`). */
function isScriptPunctuation(c: number): boolean {
  return c === 0x60c || c === 0x61b || c === 0x61f || c === 0x6d4 || c === 0x964 || c === 0x965;
}

/** Currency, letterlike, arrows, maths, box drawing, dingbats, CJK and full-width punctuation. */
function isSymbolBlock(c: number): boolean {
  return (
    (c >= 0x20a0 && c <= 0x214f) ||
    (c >= 0x2190 && c <= 0x2bff) ||
    (c >= 0x3000 && c <= 0x303f) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff01 && c <= 0xff0f) ||
    (c >= 0xff1a && c <= 0xff20) ||
    (c >= 0xff3b && c <= 0xff40) ||
    (c >= 0xff5b && c <= 0xff65) ||
    c === 0xfffd
  );
}

/** `'` `’` `´`: these join clitics (`don't`, `Japan’s`) and names (`O'Brien`). */
export function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0xb4;
}

/** `-`, `‐` (U+2010) and the non-breaking `‑` (U+2011): the hyphens that join compounds. */
export function isHyphen(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011;
}

/** Quote marks of every kind, straight, curly, low and angle. */
export function isQuote(c: number): boolean {
  return (
    c === 34 ||
    c === 39 ||
    c === 96 ||
    c === 0xb4 ||
    c === 0xab ||
    c === 0xbb ||
    (c >= 0x2018 && c <= 0x201f) ||
    c === 0x2039 ||
    c === 0x203a
  );
}

/** Marks that may close a sentence's quote or aside after its final `.` (`future.”`, `(see above.)`). */
export function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 41 || c === 93 || c === 125 || c === 0x2019 || c === 0x201d || c === 0xbb || c === 0x203a;
}

/** `.` `?` `!` `…` and the Arabic/Devanagari sentence ends: marks that can end a sentence. */
export function isTerminal(c: number): boolean {
  return c === 46 || c === 63 || c === 33 || c === 0x2026 || c === 0x61f || c === 0x6d4 || c === 0x964 || c === 0x965;
}
