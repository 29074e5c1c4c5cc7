// Words that make a capital stand for its government (`Beijing announced`, `Kyiv's
// delegation`, `mines to Kyiv`) rather than name the city (`Paris opens Olympics`,
// `NAIROBI (AP) —`): what a state says, decides or sends, and what it owns. Lemmas.

/** Verbs whose subject, when a capital, is its government. */
export const GOVERNMENT_VERBS: ReadonlySet<string> = new Set(`
  say announce believe accuse warn urge demand reject deny insist claim condemn criticize criticise agree sign
  send supply sanction threaten respond retaliate protest welcome call ask tell confirm vow pledge approve decide
  refuse expel recall summon negotiate propose seek oppose support back recognize recognise annex invade attack
  deploy impose lift halt suspend ban allow order declare state consider fear want hope plan intend expect
`.split(/\s+/).filter(Boolean));

/** Nouns whose possessor, when a capital, is its government (`Washington's announcement`). */
export const GOVERNMENT_NOUNS: ReadonlySet<string> = new Set(`
  delegation announcement decision policy government position stance response move official envoy ambassador force
  military troop embassy ally support demand claim plan proposal offer request refusal approval statement warning
  threat sanction strategy diplomacy leadership administration regime ministry minister representative
`.split(/\s+/).filter(Boolean));

/** Verbs whose `to` phrase, when a capital, is its government receiving (`send mines to Kyiv`). */
export const GIVING_VERBS: ReadonlySet<string> = new Set(`
  send supply give deliver sell transfer provide offer ship pledge lend grant export hand
`.split(/\s+/).filter(Boolean));
