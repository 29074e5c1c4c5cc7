// What the entity rules must not do (issue 4): join different people, read a word before
// a name as a title, resolve pronouns inside quotes or against their gender, make a
// place in a locative phrase a government, or give codes without evidence.

import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/document/article.js';
import { resolveEntities } from '../../src/resolve/entities/index.js';
import { analyseForTest, worldActorDictionary } from './world-actors.js';

const dictionary = worldActorDictionary();

function entitiesOf(text: string): Entity[] {
  return resolveEntities({ text, analysis: analyseForTest(text), date: '2024-07-28' }, dictionary);
}

function namesOf(entities: readonly Entity[], type: string): string[] {
  return entities.filter((entity) => entity.type === type).map((entity) => entity.name);
}

describe('entity rules: negative cases', () => {
  it("joins no group noun without a sector, nor a noun that names one person or modifies the next word", () => {
    const names = (text: string) => entitiesOf(text).map((entity) => entity.name);
    expect(names('Antony Blinken met his Japanese counterparts in Tokyo.')).toContain('Japanese');
    expect(names('Ukrainian soldier Ivan Petrenko was wounded.')).not.toContain('Ukrainian soldier');
    expect(names('Japanese forces drills resumed near Okinawa.')).not.toContain('Japanese forces');
  });

  it('leaves they unresolved when the nearest plural subject is no entity, or the organisation is not its sentence\'s subject', () => {
    const pronouns = (text: string) => entitiesOf(text).flatMap((entity) => entity.mentions.filter((mention) => mention.kind === 'pronoun').map((mention) => `${entity.name}:${mention.text}`));
    expect(pronouns('The Houthis fired two missiles. Aid workers said they were worried.')).toEqual([]);
    expect(pronouns('Landmine victims met Tamar Gabelnick in Kampala, where they protested.')).toEqual([]);
    expect(pronouns('The International Campaign to Ban Landmines will allow the victims to tell their stories.')).toEqual([]);
    expect(pronouns('US Forces Japan said on Friday that they would move.')).toEqual([]);
    expect(pronouns('"They will pay for themselves," Joe Biden said of the Houthis.')).toEqual([]);
  });

  it('makes no described person of a title that says not whose it is, of a named person\'s title, or of a title word used as a modifier', () => {
    const descriptions = (text: string) => entitiesOf(text).filter((entity) => entity.mentions.some((mention) => mention.kind === 'description')).map((entity) => entity.name);
    expect(descriptions('The president said the talks would resume.')).toEqual([]);
    expect(descriptions('The US Secretary of State Antony Blinken arrived in Tokyo.')).toEqual([]);
    expect(descriptions('Lloyd Austin, the US defense secretary, arrived in Tokyo.')).toEqual([]);
    expect(descriptions("Kenya's interior minister, Jane Doe, said the camps would close.")).toEqual([]);
    expect(descriptions('The official Japanese news agency reported the visit.')).toEqual([]);
  });

  it('keeps two people who share a surname apart', () => {
    expect(namesOf(entitiesOf('Joe Biden and Jill Biden arrived in Delaware on Friday.'), 'PERSON')).toEqual(['Joe Biden', 'Jill Biden']);
  });

  it('reads no title from a capitalised word that is not one', () => {
    const [blinken] = entitiesOf('When Antony Blinken arrived in Tokyo, the talks began.').filter((entity) => entity.type === 'PERSON');
    expect(blinken?.roles).toEqual([]);
  });

  it('leaves a pronoun inside quotation marks to the speaker', () => {
    const text = 'Alex Munyambabazi spoke.\n"Every child is waiting for his life to be taken," Munyambabazi said.';
    const [person] = entitiesOf(text).filter((entity) => entity.type === 'PERSON');
    expect(person?.mentions.some((mention) => mention.kind === 'pronoun')).toBe(false);
  });

  it('does not give she to a person already referred to as he', () => {
    const text = 'Antony Blinken spoke first. He left early. She stayed until the end.';
    const [blinken] = entitiesOf(text).filter((entity) => entity.type === 'PERSON');
    expect(blinken?.mentions.map((mention) => mention.text)).toEqual(['Antony Blinken', 'He']);
  });

  it('leaves a capital named as a place, not an actor, coded as its country', () => {
    const washington = entitiesOf('She moved to a small farm outside Washington last year.').find((entity) => entity.name === 'Washington');
    expect(washington?.actorCode).toBe('USA');
  });

  it.each([
    ['Paris opens the Olympics with a parade on the Seine.', 'Paris'],
    ['NAIROBI (AP) — Kenya signed the pact on Monday.', 'NAIROBI'],
  ] as const)('leaves a capital that does not act as a state its country: %s', (text, name) => {
    expect(entitiesOf(text).find((entity) => entity.name === name)?.actorCode).toBe(name === 'Paris' ? 'FRA' : 'KEN');
  });

  it('gives a title no country when the article is about no one country', () => {
    const text = 'Japan and China met in Geneva. Prime Minister Pedro Sanchez sent a message.';
    expect(entitiesOf(text).find((entity) => entity.name === 'Pedro Sanchez')).toMatchObject({ country: null, actorCode: 'GOV' });
  });

  it('reads no government office into a title companies have too', () => {
    const text = 'Japan and Japanese banks gained. Michael Cornelissen, chief executive of the bank, said profits rose.';
    expect(entitiesOf(text).find((entity) => entity.name === 'Michael Cornelissen')?.actorCode).toBe('JPN');
  });

  it('reads no country into a place from its first word', () => {
    expect(entitiesOf('Ships crossed the Indian Ocean.').find((entity) => entity.name === 'Indian Ocean')).toMatchObject({ country: null, actorCode: null });
  });

  it('keeps a country apart from a company named after it', () => {
    const entities = entitiesOf('Japan Airlines bought new jets. Japan welcomed the order.');
    expect(entities.find((entity) => entity.name === 'Japan')?.mentions.map((mention) => mention.text)).toEqual(['Japan']);
  });

  it('keeps an acronym that abbreviates no name of the article its own entity', () => {
    const entities = entitiesOf('Officials said NATO met in Brussels. The report came from The Associated Press.');
    const nato = entities.find((entity) => entity.name === 'NATO');
    expect(nato?.mentions.map((mention) => mention.text)).toEqual(['NATO']);
    expect(entities.find((entity) => entity.name === 'The Associated Press')?.mentions).toHaveLength(1);
  });

  it('gives no country or code to a person the article places nowhere', () => {
    expect(entitiesOf('Mary Roe spoke to the crowd.').find((entity) => entity.name === 'Mary Roe')).toMatchObject({ country: null, actorCode: null, roles: [] });
  });

  it('does not read an organisation named after one country and based in another as a joint body', () => {
    expect(entitiesOf('US Forces Japan moved its headquarters.').find((entity) => entity.name === 'US Forces Japan')?.actorCode).toBe('USAMIL');
  });
});
