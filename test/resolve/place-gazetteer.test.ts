import { mkdtempSync, cpSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataRoot, readDataFolder } from '../../src/resources/data-folder.js';
import { loadPlaceGazetteer } from '../../src/resources/place-gazetteer.js';
import { geocodePlaces, normalisePlaceName, PlaceGazetteer, type GazetteerPlace } from '../../src/resolve/places/index.js';
import { analysedText } from './place-world.js';
import { countryPoint } from '../../scripts/lib/country-centroids.js';
import { distanceKm } from '../../src/resolve/places/choose-place.js';

const gazetteer = loadPlaceGazetteer();


function biggest(name: string, kinds: readonly string[]): GazetteerPlace | undefined {
  return gazetteer.lookup(name).filter((place) => kinds.includes(place.kind)).sort((a, b) => b.population - a.population)[0];
}

describe('the shipped place gazetteer (data/places)', () => {
  it('loads with its manifest naming sources, licenses and the GeoNames attribution', () => {
    const manifest = readDataFolder('places', defaultDataRoot()).manifest;
    expect(manifest.name).toBe('places');
    expect(JSON.stringify(manifest.sources)).toMatch(/GeoNames.*CC BY 4\.0/);
    expect(gazetteer.size).toBeGreaterThan(100_000);
  });

  // Truth: the places' coordinates on Wikipedia (Hawaii's: GeoNames').
  const truths: ReadonlyArray<readonly [string, readonly string[], string, number, number, number]> = [
    ['Tokyo', ['capital'], 'JPN', 35.68, 139.69, 50],
    ['Kyiv', ['capital'], 'UKR', 50.45, 30.52, 50],
    ['Kiev', ['capital'], 'UKR', 50.45, 30.52, 50],
    ['Siem Reap', ['city', 'admin1'], 'KHM', 13.36, 103.86, 50],
    ['Fussa', ['city'], 'JPN', 35.74, 139.33, 50],
    // An archipelago 600 km across: its point is the middle of its towns.
    ['Hawaii', ['admin1'], 'USA', 20.75, -156.5, 100],
    ['Uganda', ['country'], 'UGA', 1.37, 32.29, 50],
    ['Cambodia', ['country'], 'KHM', 12.57, 104.99, 50],
    ['Taiwan', ['country'], 'TWN', 23.7, 121.0, 50],
    ['Washington', ['capital'], 'USA', 38.9, -77.04, 50],
    // Countries at GeoNames' point (the Factbook's for Canada, whose GeoNames point is an
    // outlier), within the 161 km of geoparsing evaluations (issue 4).
    ['Russia', ['country'], 'RUS', 60, 100, 161],
    ['Canada', ['country'], 'CAN', 60, -95, 161],
    ['Indonesia', ['country'], 'IDN', -5, 120, 161],
    ['United States', ['country'], 'USA', 39.76, -98.5, 161],
  ];
  it.each(truths)('finds %s near the truth', (name, kinds, country, lat, lon, tolerance) => {
    const place = biggest(name, kinds);
    expect(place?.country).toBe(country);
    expect(distanceKm(place!, { lat, lon })).toBeLessThan(tolerance);
  });

  it('places the seed\'s Yokota in Tokyo\'s western suburbs, Siem Reap in Cambodia and Washington at the capital', () => {
    const input = analysedText('US Forces [[Japan]]/GPE headquartered in [[Yokota]]/GPE in the western suburbs of [[Tokyo]]/GPE. ' +
      'A conference in [[Siem Reap]]/GPE province, [[Cambodia]]/GPE; [[Washington]]/GPE sent mines to [[Kyiv]]/GPE as [[Russia]]/GPE attacked.');
    const places = new Map(geocodePlaces(input, gazetteer).map((place) => [input.text.slice(place.mentions[0]!.start, place.mentions[0]!.end), place]));
    // Yokota Air Base, Fussa.
    expect(distanceKm(places.get('Yokota')!, { lat: 35.75, lon: 139.35 })).toBeLessThan(50);
    expect(places.get('Siem Reap')).toMatchObject({ country: 'KHM' });
    expect(distanceKm(places.get('Siem Reap')!, { lat: 13.36, lon: 103.86 })).toBeLessThan(50);
    expect(places.get('Washington')).toMatchObject({ name: 'Washington, D.C.', country: 'USA' });
    expect([...places.keys()]).toEqual(['Japan', 'Yokota', 'Tokyo', 'Siem Reap', 'Cambodia', 'Washington', 'Kyiv', 'Russia']);
  });

  it('takes GeoNames\' country point unless the Factbook\'s and the centroid both put it more than 500 km away (issue 4)', () => {
    const published = { geonames: new Map([['AAA', [60, -113] as const], ['BBB', [35, 105] as const]]), factbook: new Map([['AAA', [60, -95] as const], ['BBB', [35, 103] as const]]) };
    expect(countryPoint('AAA', [57, -100], published)).toEqual([60, -95]);
    expect(countryPoint('AAA', [59, -110], published)).toEqual([60, -113]);
    expect(countryPoint('BBB', [36, 103], published)).toEqual([35, 105]);
    expect(countryPoint('CCC', [1, 2], published)).toEqual([1, 2]);
  });

  it('maps demonyms to countries', () => {
    expect(['Japanese', 'Turkish', 'Ukrainian', 'American', 'Ukrainians'].map((word) => gazetteer.countryOfDemonym(word))).toEqual(['JPN', 'TUR', 'UKR', 'USA', 'UKR']);
  });

  it('refuses a places file changed after the build', () => {
    const root = mkdtempSync(join(tmpdir(), 'places-'));
    cpSync(join(defaultDataRoot(), 'places'), join(root, 'places'), { recursive: true });
    writeFileSync(join(root, 'places', 'demonyms.tsv'), 'Martian\tMAR\n');
    expect(() => loadPlaceGazetteer(root)).toThrow(/sha256/);
  });
});

describe('PlaceGazetteer in columns (places made on demand, names in a hash table)', () => {
  const header = 'id\tname\taltNames\tlat\tlon\tcountry\tkind\tpopulation\tadmin1\tadmin2';
  const rows = [
    'w:1\tSpringfield\tSpringfield City|SPRINGFIELD\t39.80172\t-89.64371\tUSA\tcity\t116250\tIL\t167',
    'w:2\tIllinois\tIll.|IL\t40.00032\t-89.25037\tUSA\tadmin1\t12830632\tIL\t',
    'w:3\tSpringfield\t\t42.10148\t-72.58981\tUSA\tcity\t155929\tMA\t013',
    'w:4\tUnited States\tUS|U.S.|America\t39.76\t-98.5\tUSA\tcountry\t331449281\t\t',
    'w:5\tZürich\tZurich\t47.36667\t8.55\tCHE\tcity\t341730\tZH\t',
    'w:6\tŁódź\tLodz\t51.75\t19.46667\tPOL\tcity\t768755\t74\t',
    'w:7\t東京\tTokyo\t35.6895\t139.69171\tJPN\tcapital\t8336599\t40\t',
    'w:8\tMare Nostrum\t\t35\t18\t\tsea\t\t\t',
    'w:9\tAsia\t\t29.84064\t89.29688\t\tcontinent\t4600000000\t\t',
    'w:10\tAmerica\t\t40.1\t-75.2\tUSA\tcity\t0.5\tPA\t091\r',
    'w:11\tGießen\t\t50.58727\t8.67554\tDEU\tcity\t89802\t05\t',
    // A name with a byte that was not UTF-8, as the decoder leaves it.
    'w:12\tBr\ufffdcke\t\t51\t7\tDEU\tcity\t100\t07\t',
  ];
  // Enough names that keys share slots of the hash table and probe past each other.
  const towns = Array.from({ length: 500 }, (_, k) => `w:t${k}\tTown ${k}\tTownship ${k % 7}\t${k / 10}\t${k / 10 - 90}\tUSA\tcity\t${k}\tT${k}\t`);
  const world = PlaceGazetteer.fromBytes({ places: new TextEncoder().encode([header, ...rows, ...towns, ''].join('\n')), demonyms: new TextEncoder().encode('American\tUSA\n') });
  const indexes = (name: string): number[] => world.lookup(name).map((place) => place.index);

  it('gives the same object for a place however it is reached', () => {
    const springfield = world.lookup('Springfield')[0]!;
    expect(world.place(0)).toBe(springfield);
    expect(world.lookup('SPRINGFIELD CITY')[0]).toBe(springfield);
    expect(world.lookup('Springfield')[0]).toBe(springfield);
    const illinois = world.lookup('Illinois')[0]!;
    expect(world.admin1Of(springfield)).toBe(illinois);
    expect(world.divisionAbbreviations.get('Ill.')).toBe(illinois);
    expect(world.lookup('IL')).toEqual([illinois]);
    expect(world.countryPlace('USA')).toBe(world.lookup('U.S.')[0]);
    expect(new Set([...world.lookup('Springfield'), ...world.lookup('springfield')]).size).toBe(2);
  });

  it('keeps every field as the file gives it, in the order of the fields', () => {
    expect(Object.entries(world.place(0))).toEqual(Object.entries({
      index: 0, id: 'w:1', name: 'Springfield', lat: 39.80172, lon: -89.64371, country: 'USA', kind: 'city', population: 116250, admin1: 'IL', admin2: '167',
    }));
    expect(world.place(7)).toEqual({ index: 7, id: 'w:8', name: 'Mare Nostrum', lat: 35, lon: 18, country: null, kind: 'sea', population: 0, admin1: null, admin2: null });
    expect(world.place(8).population).toBe(4_600_000_000);
    expect(world.place(9)).toMatchObject({ population: 0.5, admin2: '091' });
    const counts = PlaceGazetteer.fromBytes({ places: new TextEncoder().encode([header, rows[0], rows[8]].join('\n')), demonyms: new Uint8Array(0) });
    expect([counts.place(0).population, counts.place(1).population]).toEqual([116250, 4_600_000_000]);
    expect(world.place(2).admin2).toBe('013');
    expect(world.size).toBe(rows.length + towns.length);
  });

  it('lists the places that share a name in file order, each once', () => {
    expect(indexes('Springfield')).toEqual([0, 2]);
    expect(indexes('America')).toEqual([3, 9]);
    expect(indexes('township 3')).toEqual(towns.flatMap((_, k) => (k % 7 === 3 ? [rows.length + k] : [])));
  });

  it('finds names with accents and letters outside Latin-1, in any case', () => {
    expect(indexes('Zürich')).toEqual([4]);
    expect(world.place(4).name).toBe('Zürich');
    expect(indexes('Gießen')).toEqual([10]);
    expect(world.place(10).name).toBe('Gießen');
    expect(indexes('ZURICH')).toEqual([4]);
    expect(indexes('ŁÓDŹ')).toEqual([5]);
    expect(indexes('Lodz')).toEqual([5]);
    expect(world.place(5).name).toBe('Łódź');
    expect(world.lookup('東京')).toEqual([world.lookup('Tokyo')[0]]);
    expect(world.place(6).name).toBe('東京');
  });

  it('finds each of many names that share slots of the hash table, and no name it lacks', () => {
    for (let k = 0; k < towns.length; k++) {
      expect(indexes(`Town ${k}`)).toEqual([rows.length + k]);
      expect(world.place(rows.length + k)).toMatchObject({ id: `w:t${k}`, lat: k / 10, lon: k / 10 - 90, population: k, admin1: `T${k}` });
    }
    expect(indexes('Town 500')).toEqual([]);
    expect(indexes('Atlantis')).toEqual([]);
    expect(indexes('')).toEqual([]);
    expect(indexes('Br\ufffdcke')).toEqual([11]);
    expect(indexes('Br\ud800cke')).toEqual([]);
  });

  it('looks names up as a Map of every normalised name would', () => {
    const expected = new Map<string, number[]>();
    [...rows, ...towns].forEach((row, index) => {
      const [, name, altNames] = row.split('\t');
      for (const key of [name!, ...(altNames ? altNames.split('|') : [])].map(normalisePlaceName)) {
        const list = expected.get(key) ?? [];
        if (list[list.length - 1] !== index) list.push(index);
        expected.set(key, list);
      }
    });
    for (const [key, list] of expected) expect(indexes(key)).toEqual(list);
  });

  it('refuses a place it does not have', () => {
    expect(() => world.place(world.size)).toThrow(`place gazetteer: no place ${world.size}`);
    expect(() => world.place(-1)).toThrow(/no place -1/);
    expect(() => world.place(1.5)).toThrow(/no place 1.5/);
  });

  it('names the line it cannot read, and refuses a table without its header', () => {
    const demonyms = new Uint8Array(0);
    expect(() => PlaceGazetteer.fromBytes({ places: new TextEncoder().encode(`${header}\n${rows[0]}\nw:x\tNowhere\t\t0\t0\tUSA\tvillage\t0\t\t\n`), demonyms })).toThrow('place gazetteer: line 3 is malformed: w:x\tNowhere');
    expect(() => PlaceGazetteer.fromBytes({ places: new TextEncoder().encode(rows[0]!), demonyms })).toThrow(/lacks its header line/);
  });

  it('reads a table that starts with a byte-order mark', () => {
    const places = new TextEncoder().encode(`\ufeff${header}\n${rows[0]}\n`);
    expect(PlaceGazetteer.fromBytes({ places, demonyms: new Uint8Array(0) }).place(0).id).toBe('w:1');
  });
});
