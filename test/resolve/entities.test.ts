// Entities from mentions (issue 4): names, surnames, acronyms and pronouns clustered,
// titles and roles with their spans, countries and actor codes, in the fictional
// world's dictionaries (test/fixtures/world/actors) over the shipped language models.

import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/document/article.js';
import { resolveEntities } from '../../src/resolve/entities/index.js';
import { analyseForTest, worldActorDictionary } from './world-actors.js';

const dictionary = worldActorDictionary();

function entitiesOf(text: string, date: string | null = '2024-07-28'): Entity[] {
  return resolveEntities({ text, analysis: analyseForTest(text), date }, dictionary);
}

function entityNamed(entities: readonly Entity[], name: string): Entity {
  const entity = entities.find((candidate) => candidate.name === name);
  if (!entity) throw new Error(`no entity ${name} among ${entities.map((candidate) => candidate.name).join(', ')}`);
  return entity;
}

/** Each mention as `text@start` (`:kind` unless a name), so offsets are checked with the text. */
function mentionsOf(entity: Entity): string[] {
  return entity.mentions.map((mention) => `${mention.text}@${mention.start}${mention.kind && mention.kind !== 'name' ? `:${mention.kind}` : ''}`);
}

describe('clustering mentions into entities', () => {
  it('joins a surname and a pronoun to the full name (personSurname, samePersonEarlierInSentence)', () => {
    const text = 'Defense Secretary Lloyd Austin arrived in Tokyo on Sunday. Austin, in his opening remarks, said the talks mattered.';
    const austin = entityNamed(entitiesOf(text), 'Lloyd Austin');
    expect(mentionsOf(austin)).toEqual(['Lloyd Austin@18', 'Austin@59', 'his@70:pronoun']);
    expect(austin.type).toBe('PERSON');
  });

  it('joins an acronym to the name it abbreviates (acronymOfName)', () => {
    const text = 'US Forces Japan is headquartered in Yokota. The plans give USFJ greater capability.';
    const forces = entityNamed(entitiesOf(text), 'US Forces Japan');
    expect(mentionsOf(forces)).toEqual(['US Forces Japan@0', 'USFJ@59:acronym']);
    expect(forces.actorCode).toBe('USAMIL');
    expect(forces.country).toBe('USA');
  });

  it('joins an acronym that leaves out company words (acronymOfName)', () => {
    const text = 'General Motors Corporation posted a loss. GM said sales fell.';
    expect(mentionsOf(entityNamed(entitiesOf(text), 'General Motors Corporation'))).toEqual(['General Motors Corporation@0', 'GM@42:acronym']);
  });

  it('reads a bare name that opens a company\'s name as the company, not the person who shares it (organisationShort)', () => {
    const text = 'Ford Motor Company will cut 30,000 jobs, said William Clay Ford Jr. on Monday. Ford lost money last year.';
    const entities = entitiesOf(text);
    expect(mentionsOf(entityNamed(entities, 'Ford Motor Company'))).toEqual(['Ford Motor Company@0', 'Ford@79']);
    expect(entityNamed(entities, 'William Clay Ford').mentions).toHaveLength(1);
  });

  it('joins a storm\'s bare name to the storm, typed by its full name (stormName)', () => {
    const text = "Helene's floods cut off towns. Hurricane Helene struck on Friday, and Helene moved north.";
    const helene = entityNamed(entitiesOf(text), 'Hurricane Helene');
    expect(mentionsOf(helene)).toEqual(['Helene@0', 'Hurricane Helene@31', 'Helene@70']);
    expect(helene.type).toBe('EVENT');
  });

  it('joins the names of one country (countryAlias) and names it by its fullest', () => {
    const text = 'The United States sent aid to Uganda. More will come from the US, officials said.';
    const usa = entityNamed(entitiesOf(text), 'United States');
    expect(mentionsOf(usa)).toEqual(['United States@4', 'US@62']);
    expect(usa).toMatchObject({ type: 'GPE', country: 'USA', actorCode: 'USA' });
  });

  it('keeps a capitalised The inside an organisation name that prints it', () => {
    const text = 'According to The Associated Press, the ministers agreed.';
    const press = entityNamed(entitiesOf(text), 'The Associated Press');
    expect(mentionsOf(press)).toEqual(['The Associated Press@13']);
    expect(press.actorCode).toBe('MED');
  });

  it('resolves he and she to the subject of the sentence before (subjectOfRecentSentence)', () => {
    const text = 'The plan was criticised by Tamar Gabelnick, director of the International Campaign to Ban Landmines.\n"These weapons have no place in warfare," she told AFP.';
    const gabelnick = entityNamed(entitiesOf(text), 'Tamar Gabelnick');
    expect(mentionsOf(gabelnick)).toEqual(['Tamar Gabelnick@27', 'she@143:pronoun']);
  });
});

describe('titles and roles', () => {
  it.each([
    ['Japanese Foreign Minister Yoko Kamikawa met reporters.', 'Yoko Kamikawa', 'Foreign Minister', 9, 'JPN', 'JPNGOV'],
    ['US Secretary of State Antony Blinken met reporters.', 'Antony Blinken', 'Secretary of State', 3, 'USA', 'USAGOV'],
    ['US Ambassador to Japan, Rahm Emanuel, attended the meeting.', 'Rahm Emanuel', 'Ambassador to Japan', 3, 'USA', 'USAGOV'],
    ['Defense Secretary Lloyd Austin arrived on Sunday.', 'Lloyd Austin', 'Defense Secretary', 0, null, 'GOVMIL'],
  ] as const)('%s', (text, name, role, roleStart, country, actorCode) => {
    const person = entityNamed(entitiesOf(text), name);
    expect(person.roles).toEqual([role]);
    expect(person.roleMentions?.[0]).toMatchObject({ role, start: roleStart, end: roleStart + role.length, country });
    expect(person.actorCode).toBe(actorCode);
  });

  it('reads a role after the name with its organisation, and takes the organisation\'s code (roleAfterName)', () => {
    const text = 'The plan was criticised by Tamar Gabelnick, director of the International Campaign to Ban Landmines.';
    const gabelnick = entityNamed(entitiesOf(text), 'Tamar Gabelnick');
    expect(gabelnick.roleMentions).toEqual([{ role: 'director of the International Campaign to Ban Landmines', start: 44, end: 99, country: null, organisation: 'International Campaign to Ban Landmines' }]);
    expect(gabelnick.actorCode).toBe('NGOHRI');
  });

  it('gives a title in a list the country of the title before it', () => {
    const text = 'Japanese Foreign Minister Yoko Kamikawa, Defense Minister Minoru Kihara and their guests attended.';
    const kihara = entityNamed(entitiesOf(text), 'Minoru Kihara');
    expect(kihara.roleMentions?.[0]).toMatchObject({ role: 'Defense Minister', country: 'JPN' });
    expect(kihara).toMatchObject({ country: 'JPN', actorCode: 'JPNGOVMIL' });
  });

  it('gives a title that names no country the country the article is about (mainCountryOfArticle)', () => {
    const text = 'Floods in Spain killed dozens. Prime Minister Pedro Sanchez visited Valencia on Friday. Spain declared three days of mourning.';
    expect(entityNamed(entitiesOf(text), 'Pedro Sanchez')).toMatchObject({ country: 'ESP', actorCode: 'ESPGOV', roles: ['Prime Minister'] });
  });

  it('takes the country of a group the names stand in apposition to (groupBeforeNames)', () => {
    const text = 'The ministers joined their Japanese counterparts, Yoko Kamikawa and Minoru Kihara, in Tokyo.';
    const entities = entitiesOf(text);
    for (const name of ['Yoko Kamikawa', 'Minoru Kihara']) expect(entityNamed(entities, name)).toMatchObject({ country: 'JPN', actorCode: 'JPN' });
  });

  it('makes a person with no office a civilian of the place in their story (placeInRelativeClause)', () => {
    const text = 'Alex Munyambabazi, who lost a leg to a landmine in northern Uganda in 2005, spoke to the crowd.';
    expect(entityNamed(entitiesOf(text), 'Alex Munyambabazi')).toMatchObject({ country: 'UGA', actorCode: 'UGACVL', roles: [] });
  });
});

describe('people described by their office, not named (findDescribedPeople)', () => {
  it('makes a described official a person whose role and code the description gives, and joins a later bare title to it', () => {
    const text = 'The commander for the US Forces Japan has no authority. The commander reports to Hawaii.';
    const commander = entityNamed(entitiesOf(text), 'commander for the US Forces Japan');
    expect(mentionsOf(commander)).toEqual(['commander for the US Forces Japan@4:description', 'commander@60:description']);
    expect(commander).toMatchObject({ type: 'PERSON', roles: ['commander for the US Forces Japan'], actorCode: 'USAMIL', country: 'USA' });
    expect(commander.roleMentions).toEqual([{ start: 4, end: 37, role: 'commander for the US Forces Japan', country: 'USA', organisation: 'US Forces Japan' }]);
  });

  it("reads the possessor as the office's country (`Japan's defense minister`), and a pronoun after it as that person", () => {
    const text = "Japan's defense minister said on Tuesday that he would visit Kyiv.";
    const minister = entityNamed(entitiesOf(text), "Japan's defense minister");
    expect(mentionsOf(minister)).toEqual(["Japan's defense minister@0:description", 'he@46:pronoun']);
    expect(minister).toMatchObject({ roles: ['defense minister'], country: 'JPN', actorCode: 'JPNGOVMIL' });
  });

  it('codes a spokesperson as whom they speak for, not as the press', () => {
    const text = 'A spokesman for the US Forces Japan said the drill would go ahead.';
    expect(entityNamed(entitiesOf(text), 'spokesman for the US Forces Japan').actorCode).toBe('USAMIL');
  });
});

describe("a people's word and the group it names (joinGroupNouns)", () => {
  it('makes `Japanese forces` and `US officials` groups coded by country and sector, apart from the people and the country', () => {
    const text = 'The US will supply landmines to Japanese forces, US officials said. Ugandan victims fear them.';
    const entities = entitiesOf(text);
    expect(entityNamed(entities, 'Japanese forces')).toMatchObject({ type: 'NORP', country: 'JPN', actorCode: 'JPNMIL', mentions: [{ start: 32, end: 47, text: 'Japanese forces' }] });
    expect(entityNamed(entities, 'US officials')).toMatchObject({ type: 'NORP', country: 'USA', actorCode: 'USAGOV' });
    expect(entityNamed(entities, 'Ugandan victims')).toMatchObject({ country: 'UGA', actorCode: 'UGACVL' });
    expect(mentionsOf(entityNamed(entities, 'US'))).toEqual(['US@4']);
  });

  it('resolves they to a group (resolveGroupPronouns)', () => {
    const text = 'Japanese officials said they were worried.';
    expect(mentionsOf(entityNamed(entitiesOf(text), 'Japanese officials'))).toEqual(['Japanese officials@0', 'they@24:pronoun']);
  });
});

describe('they, them and their (resolveGroupPronouns)', () => {
  it('makes a pronoun after names joined by `and` a mention of each of them', () => {
    const text = 'Secretary of State Antony Blinken and Defense Secretary Lloyd Austin joined their Japanese counterparts.';
    const entities = entitiesOf(text);
    expect(mentionsOf(entityNamed(entities, 'Antony Blinken'))).toEqual(['Antony Blinken@19', 'their@76:pronoun']);
    expect(mentionsOf(entityNamed(entities, 'Lloyd Austin'))).toEqual(['Lloyd Austin@56', 'their@76:pronoun']);
  });

  it('resolves they to a plural name in the sentence before, and a later they to the same', () => {
    const text = 'The Houthis fired two missiles on Tuesday. They said they would fire more.';
    expect(mentionsOf(entityNamed(entitiesOf(text), 'Houthis'))).toEqual(['Houthis@4', 'They@43:pronoun', 'they@53:pronoun']);
  });

  it("resolves their to an organisation that is its own sentence's subject", () => {
    const text = 'The International Campaign to Ban Landmines published their report on Friday.';
    expect(mentionsOf(entityNamed(entitiesOf(text), 'International Campaign to Ban Landmines'))).toEqual(['International Campaign to Ban Landmines@4', 'their@54:pronoun']);
  });
});

describe('actor codes', () => {
  it('codes a named actor by the code that holds on the article date', () => {
    const text = 'Jane Doe spoke to the crowd on Monday.';
    expect(entityNamed(entitiesOf(text, '2024-07-28'), 'Jane Doe').actorCode).toBe('FRDGOV');
    expect(entityNamed(entitiesOf(text, '2015-07-28'), 'Jane Doe').actorCode).toBe('FRDOPP');
  });

  it.each([
    ['In March, Beijing announced a 7.2% increase in its defense budget.', 'Beijing', 'CHNGOV'],
    ["Kyiv's delegation was expected to report at the meeting.", 'Kyiv', 'UKRGOV'],
    ['The US will send anti-personnel landmines to Kyiv.', 'Kyiv', 'UKRGOV'],
    ['Japan has long suffered threats that Washington believes are grave.', 'Washington', 'USAGOV'],
  ] as const)('reads a capital that acts as its government: %s', (text, name, actorCode) => {
    expect(entityNamed(entitiesOf(text), name)).toMatchObject({ type: 'GPE', actorCode, country: actorCode.slice(0, 3) });
  });

  it('gives a national body named without its country the country the article is about', () => {
    const text = "The Nuclear Regulation Authority said Japan's plants were safe. Japan and Japanese officials agreed.";
    expect(entityNamed(entitiesOf(text), 'Nuclear Regulation Authority')).toMatchObject({ country: 'JPN', actorCode: 'JPNGOV' });
  });

  it('codes a company officer as business, the company\'s country first', () => {
    const text = 'US shares fell, said James Crandell, analyst at Salomon Brothers Inc. The US market then rose.';
    expect(entityNamed(entitiesOf(text), 'James Crandell')).toMatchObject({ actorCode: 'USABUS', roles: ['analyst at Salomon Brothers Inc.'] });
  });

  it('codes a joint body of two countries as intergovernmental', () => {
    const text = 'They met at the Japan-US Security Consultative Committee in Tokyo.';
    expect(entityNamed(entitiesOf(text), 'Japan-US Security Consultative Committee')).toMatchObject({ actorCode: 'IGO', country: null });
  });
});
