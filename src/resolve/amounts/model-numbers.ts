// Numbers an article uses as names: `Boeing 737`, `Russell 2000`, `Windows 95`. Once a
// bare number follows a proper noun anywhere in the article, its other bare uses (`737
// aircraft`, `the 737 replacement`) name the same model and count nothing.

import type { LanguageAnalysis } from '../../document/analysis.js';

/** Texts of bare integers (no comma, no decimals) that follow a proper noun in the same sentence. */
export function findModelNumbers(text: string, analysis: LanguageAnalysis): Set<string> {
  const names = new Set<string>();
  for (const sentence of analysis.sentences) {
    for (let token = sentence.firstToken + 1; token < sentence.endToken; token++) {
      const form = text.slice(analysis.starts[token]!, analysis.ends[token]!);
      if (/^\d+$/.test(form) && analysis.upos[token - 1] === 'PROPN' && analysis.ends[token - 1]! < analysis.starts[token]!) names.add(form);
    }
  }
  return names;
}
