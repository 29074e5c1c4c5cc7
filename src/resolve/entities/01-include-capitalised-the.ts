// `The` belongs to some organisations' names: `according to The Associated Press`. The
// recogniser leaves it out (CoNLL does), so a capitalised `The` right before an
// organisation, other than the sentence's first word, joins its mention.

import type { DraftMention } from './entity-draft.js';
import type { TokenView } from './token-view.js';

export function includeCapitalisedThe(view: TokenView, mentions: readonly DraftMention[]): DraftMention[] {
  return mentions.map((mention) => {
    const before = mention.firstToken - 1;
    if (mention.type !== 'ORG' || before < 0 || view.form(before) !== 'The' || view.sentenceStart(before) === before) return mention;
    return { ...mention, firstToken: before, start: view.analysis.starts[before]! };
  });
}
