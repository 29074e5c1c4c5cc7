// Capitalised words that begin sentences but rarely continue a name. After an
// abbreviation that may end a sentence (`U.S.`, `Inc.`, an initial), a new sentence is
// assumed only when one of these follows: `… in the U.S. The next …` splits, while
// `U.S. Forces Japan`, `Lloyd J. Austin` and `Apple Inc. Chief Executive` do not.
// Closed-class words only (determiners, pronouns, conjunctions, prepositions and a few
// sentence adverbs): a noun here would break names like `U.S. Army`.

const starters = [
  'A', 'An', 'The', 'This', 'That', 'These', 'Those', 'Some', 'Many', 'Most', 'All', 'Both',
  'Each', 'Every', 'Several', 'Such', 'Other', 'Another', 'No', 'Not', 'None',
  'I', 'We', 'You', 'He', 'She', 'It', 'They', 'My', 'Our', 'Your', 'His', 'Her', 'Its', 'Their',
  'There', 'Here', 'What', 'Who', 'Which', 'Why', 'How', 'Where', 'When',
  'But', 'And', 'Or', 'So', 'Yet', 'Nor', 'If', 'While', 'Although', 'Though', 'Because',
  'Since', 'Until', 'Unless', 'Whether', 'As', 'After', 'Before', 'During', 'In', 'On', 'At',
  'For', 'From', 'With', 'Without', 'By', 'Under', 'Over', 'Despite', 'Among', 'Amid',
  'According', 'However', 'Meanwhile', 'Still', 'Also', 'Then', 'Now', 'Instead', 'Later',
  'Earlier', 'Last', 'Today', 'Yesterday', 'Thus', 'Indeed', 'Even', 'Only',
] as const;

export const SENTENCE_STARTERS: ReadonlySet<string> = new Set<string>(starters);

export function isSentenceStarter(word: string): boolean {
  return SENTENCE_STARTERS.has(word);
}
