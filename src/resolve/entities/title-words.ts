// Words of titles and roles, the small closed sets the role rules read. A title is a run
// of these and capitalised words around at least one head: `Secretary of State`,
// `Japanese Foreign Minister`, `director of the International Campaign to Ban Landmines`.

/** Nouns that make a phrase a title or role. */
export const TITLE_HEADS: ReadonlySet<string> = new Set(`
  president president-elect vice-president premier chancellor minister secretary secretary-general ambassador envoy
  consul diplomat director director-general commander chief chairman chairwoman chair chairperson spokesman
  spokeswoman spokesperson governor senator congressman congresswoman representative mayor councillor councilman
  lawmaker legislator mp general admiral colonel captain lieutenant sergeant marshal brigadier judge justice
  attorney prosecutor king queen prince princess emperor empress monarch pope cardinal archbishop bishop rabbi imam
  sheikh ayatollah ceo cfo founder co-founder head leader official officer adviser advisor counsellor counselor
  coordinator commissioner inspector superintendent manager executive president-general delegate negotiator
  spokesperson researcher professor analyst economist activist campaigner editor correspondent reporter lawyer
  doctor physician nurse coach captain gen. col. lt. sgt. adm. gov. sen. rep. dr. prof.
`.split(/\s+/).filter(Boolean));

/** Words that qualify a head inside a title (`Foreign`, `Deputy`, `former`), lower case. */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set(`
  foreign defense defence state finance interior home justice trade economy health education prime deputy vice
  acting former late chief general executive assistant associate senior top interim incoming outgoing national
  regional local military
`.split(/\s+/).filter(Boolean));

/** Words that join the parts of a title (`Secretary of State`, `Ambassador to Japan`, `spokesman for the ministry`). */
export const TITLE_JOINERS: ReadonlySet<string> = new Set(['of', 'to', 'for', 'at', 'the', "'s", '’s', 'and']);

/** Determiners a role after a name may open with (`, a former minister`). */
export const ROLE_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their']);
