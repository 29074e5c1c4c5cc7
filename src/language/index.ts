// The language stage.
// Reads: `text` and its blocks (headline, captions, paragraphs).
// Adds: `sentences` and the `analysis` layer: tokens, part of speech, lemmas, dependency
// trees and every mention, numeric ones included.
// Leaves to others: entities, coreference, roles, actor codes, geocoding, date values and
// amounts (the resolve stage, src/resolve, reads the analysis), quotes.

import type { Stage } from '../pipeline.js';
import { analyseLanguage, textBlocks } from './analyse.js';

export const languageStage: Stage = {
  name: 'language',
  requires: ['text', 'captions', 'paragraphs'],
  adds: ['sentences'],
  run(article, resources) {
    const analysis = analyseLanguage(article.text, textBlocks(article), resources.language, article.titleSpan);
    const sentences = analysis.sentences.map(({ start, end }) => ({ start, end }));
    return { ...article, sentences, analysis };
  },
};
