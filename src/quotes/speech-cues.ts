// The closed sets of words the quote rules read. The verbs are the commonest cues of
// PolNeAR's training compartment (political news: `said` 4,594 times, `says`, `told`,
// `wrote`, `added`, `asked`, `called`, `noted`, `reported`, `announced`, …) and the
// other verbs of speech news uses; verbs of thought and wish (`think`, `want`) are not
// speech and are left out.

/** Lemmas of verbs that report speech or writing. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(`
  say tell add write ask note report announce suggest argue tweet post continue explain declare
  acknowledge claim state warn insist reply respond recall conclude promise vow pledge admit confirm deny urge
  stress emphasize emphasise caution contend maintain remark observe testify complain predict quip joke read
  concede mention shout scream chant whisper exclaim boast lament assert allege inform reiterate repeat
  proclaim retort counter charge thank apologize apologise demand threaten
  plead answer assure challenge cite quote refer
`.split(/\s+/).filter(Boolean));

/**
 * Verbs that judge or name in words (`called the candidate “extremely physically fit”`,
 * `praised Putin as a “strong leader”`, `blasted the media for being “unbelievably
 * dishonest”`): cues of the quotes in their clause, not of reported speech without marks.
 */
export const JUDGING_VERBS: ReadonlySet<string> = new Set(`
  call describe label brand dub hail praise blast slam attack criticize criticise accuse blame mock knock deride
  dismiss decry condemn applaud tout encourage urge defend characterize characterise portray term nickname
`.split(/\s+/).filter(Boolean));

/** Judging verbs that name (`a group called “Moms for America”`): with no subject of their own, they name a term. */
export const NAMING_VERBS: ReadonlySet<string> = new Set(['call', 'dub', 'label', 'brand', 'term', 'nickname', 'name', 'title', 'entitle']);

/** Nouns of a statement that speaks for its author (`in a statement`, `the joint statement`). */
export const STATEMENT_NOUNS: ReadonlySet<string> = new Set(`
  statement statements interview remarks speech address briefing conference communique communiqué letter tweet
  post release report op-ed column declaration
`.split(/\s+/).filter(Boolean));

/** Things that carry words without speaking them: a quote they hold is theirs, not a person's. */
export const OBJECT_SOURCES: ReadonlySet<string> = new Set(`
  placard placards sign signs banner banners poster posters billboard billboards slogan slogans graffiti t-shirt
  headline headlines caption note notes message messages card cards
`.split(/\s+/).filter(Boolean));

/** Words before a quote that name a work or a term rather than report speech (`the film “Oppenheimer”`, `known as “2+2”`, `so-called`). */
export const NAMING_WORDS: ReadonlySet<string> = new Set(`
  book books film films movie movies song songs album albums novel novels show shows series play plays poem
  poems article articles essay essays column titled entitled known term word words phrase slogan code codenamed
  operation so-called
`.split(/\s+/).filter(Boolean));
