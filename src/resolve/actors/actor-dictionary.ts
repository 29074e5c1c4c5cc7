// Actor dictionaries in the CAMEO convention (data/actors, built by
// scripts/build-actors.ts from the PETRARCH2 Phoenix dictionaries; a user may add files in
// the same formats). Three tables:
//   named actors  `JOE BIDEN` → USAGOV from 2009-01-20; the code that holds on the
//                 article's date wins (an undated code holds always)
//   agents        role nouns → sector codes: `DEFENSE MINIST` → GOVMIL, `VICTIM` → CVL
//   countries     names and aliases of countries → ISO3, and their capitals

import { parseCameoActors, type DatedCode } from './petrarch-actors.js';

interface Agent {
  readonly words: readonly string[];
  readonly sector: string;
  /** The last word may run on (`MINIST` matches `MINISTER`, `MINISTRY`). */
  readonly isStem: boolean;
}

export interface CountryName {
  readonly country: string;
  readonly isCapital: boolean;
}

/** The form names are looked up in: upper case, no dots, no leading `THE`, single spaces, straight apostrophes. */
export function actorKey(name: string): string {
  return name.toUpperCase().replace(/[’`´]/g, "'").replace(/\./g, '').replace(/\s+/g, ' ').trim().replace(/^THE /, '');
}

export class ActorDictionary {
  private readonly actors = new Map<string, DatedCode[]>();
  /** Agents by their first word. */
  private readonly agents = new Map<string, Agent[]>();
  private readonly countries = new Map<string, CountryName>();
  private readonly countryCodes = new Set<string>();

  /** Adds an actors file (NAME<TAB>CODE<TAB>FROM<TAB>TO); `source` names it in errors. Later files add codes to earlier names. */
  addActors(content: string, source: string): this {
    forEachRow(content, source, 2, ([name, code, from = '', to = '']) => {
      const key = actorKey(name!);
      const codes = this.actors.get(key) ?? [];
      codes.push({ code: code!, from, to });
      this.actors.set(key, codes);
    });
    return this;
  }

  /** Adds a dictionary in PETRARCH's own format (`NAME_ [CODE]`, `+SYNONYM`, dated code lines), as users of PETRARCH keep theirs. */
  addPetrarchActors(content: string): this {
    for (const actor of parseCameoActors(content)) {
      for (const name of [actor.name, ...actor.synonyms]) {
        const key = actorKey(name);
        this.actors.set(key, [...(this.actors.get(key) ?? []), ...actor.datedCodes]);
      }
    }
    return this;
  }

  /** Adds an agents file (PHRASE<TAB>SECTOR<TAB>word|stem). */
  addAgents(content: string, source: string): this {
    forEachRow(content, source, 2, ([phrase, sector, match = 'word']) => {
      const words = actorKey(phrase!).split(' ');
      const list = this.agents.get(words[0]!) ?? [];
      list.push({ words, sector: sector!, isStem: match === 'stem' });
      this.agents.set(words[0]!, list);
    });
    return this;
  }

  /** Adds a countries file (NAME<TAB>ISO3<TAB>country|capital). */
  addCountries(content: string, source: string): this {
    forEachRow(content, source, 2, ([name, country, kind = 'country']) => {
      const key = actorKey(name!);
      // A country's own name wins over a capital of the same name (`Singapore`, `Djibouti`).
      this.countryCodes.add(country!);
      if (this.countries.get(key)?.isCapital === false) return;
      this.countries.set(key, { country: country!, isCapital: kind === 'capital' });
    });
    return this;
  }

  /** The code a named actor has on `date` (`YYYY-MM-DD`; null: its latest open code). */
  codeOfName(name: string, date: string | null): string | null {
    const codes = this.actors.get(actorKey(name));
    if (!codes) return null;
    if (date !== null) {
      const dated = codes.find((entry) => (entry.from !== '' || entry.to !== '') && (entry.from === '' || entry.from <= date) && (entry.to === '' || date < entry.to));
      if (dated) return dated.code;
      return codes.find((entry) => entry.from === '' && entry.to === '')?.code ?? null;
    }
    return (codes.find((entry) => entry.from === '' && entry.to === '') ?? codes.find((entry) => entry.to === '') ?? null)?.code ?? null;
  }

  /** The country a name is, or the capital of. */
  countryOfName(name: string): CountryName | null {
    return this.countries.get(actorKey(name)) ?? null;
  }

  /** Whether a code is a country's ISO3 code (`USA`), as the first three letters of an actor code may be. */
  isCountryCode(code: string): boolean {
    return this.countryCodes.has(code);
  }

  /** The country a word or name stands for: a country's name (`US`), or a named actor coded as a bare country (`Japanese` → JPN). Capitals do not count. */
  countryOf(name: string, date: string | null = null): string | null {
    const named = this.countryOfName(name);
    if (named) return named.isCapital ? null : named.country;
    const code = this.codeOfName(name, date);
    return code !== null && this.countryCodes.has(code) ? code : null;
  }

  private agentsAt(word: string): Iterable<Agent> {
    return agentsStartingWith(this.agents, word);
  }

  /**
   * The sector code of a role (`Secretary of Defense` → GOVMIL): the longest agent phrase
   * found in its words; between two as long, the later (the head of `Defense Minister`).
   */
  sectorOfRole(role: string): string | null {
    const words = actorKey(role).split(' ');
    let best: Agent | null = null;
    let bestEnd = -1;
    for (let i = 0; i < words.length; i++) {
      for (const agent of this.agentsAt(words[i]!)) {
        if (!matchesAt(agent, words, i)) continue;
        if (best === null || agent.words.length > best.words.length || (agent.words.length === best.words.length && i + agent.words.length > bestEnd)) {
          best = agent;
          bestEnd = i + agent.words.length;
        }
      }
    }
    return best?.sector ?? null;
  }
}

/** Agents whose first word is `word`, and one-word stems it starts with (`VICTIM` for `VICTIMS`). */
function* agentsStartingWith(agents: ReadonlyMap<string, readonly Agent[]>, word: string): Generator<Agent> {
  yield* agents.get(word) ?? [];
  for (let length = word.length - 1; length >= 2; length--) {
    for (const agent of agents.get(word.slice(0, length)) ?? []) if (agent.isStem && agent.words.length === 1) yield agent;
  }
}

function matchesAt(agent: Agent, words: readonly string[], start: number): boolean {
  if (start + agent.words.length > words.length) return false;
  const last = agent.words.length - 1;
  for (let k = 0; k < last; k++) if (words[start + k] !== agent.words[k]) return false;
  const word = words[start + last]!;
  const wanted = agent.words[last]!;
  if (agent.isStem) return word.startsWith(wanted);
  return word === wanted || word === `${wanted}S` || word === `${wanted}ES`;
}

function forEachRow(content: string, source: string, minimumFields: number, use: (fields: string[]) => void): void {
  content.split('\n').forEach((line, index) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const fields = line.replace(/\r$/, '').split('\t');
    if (fields.length < minimumFields || fields.slice(0, minimumFields).some((field) => field.trim() === '')) {
      throw new Error(`${source}:${index + 1}: expected ${minimumFields} or more tab-separated fields`);
    }
    use(fields.map((field) => field.trim()));
  });
}
