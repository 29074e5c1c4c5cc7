// The short hand-kept lists that scripts/build-places.ts adds to the package data:
// no npm data package lists seas, straits and news regions with coordinates, nor the
// AP abbreviations of US states, nor demonyms that do not extend a country's name.
// Coordinates of continents, seas and named regions are GeoNames' (geonames.org,
// CC BY 4.0) where GeoNames has the feature, else a point inside it read off
// Wikipedia's article for it (marked `wiki`).

export type RegionKind = 'continent' | 'sea' | 'region';

export interface NewsRegion {
  readonly name: string;
  readonly altNames: readonly string[];
  readonly lat: number;
  readonly lon: number;
  readonly kind: RegionKind;
  /** ISO3 of the one country the region lies in, or null. */
  readonly country: string | null;
  readonly source: 'geonames' | 'wiki';
}

function region(kind: RegionKind, name: string, lat: number, lon: number, altNames: readonly string[] = [], country: string | null = null, source: NewsRegion['source'] = 'geonames'): NewsRegion {
  return { name, altNames, lat, lon, kind, country, source };
}

export const NEWS_REGIONS: readonly NewsRegion[] = [
  region('continent', 'Africa', 7.1881, 21.0938),
  region('continent', 'Asia', 29.8406, 89.2969),
  region('continent', 'Europe', 48.691, 9.1406),
  region('continent', 'North America', 46.0732, -100.547),
  region('continent', 'South America', -14.6048, -57.6562),
  region('continent', 'Oceania', -18.3128, 138.5156),
  region('continent', 'Antarctica', -78.1586, 16.4063),
  region('sea', 'Pacific Ocean', 0, -160, ['Pacific']),
  region('sea', 'Atlantic Ocean', 0, -25, ['Atlantic']),
  region('sea', 'North Atlantic Ocean', 40, -40, ['North Atlantic']),
  region('sea', 'Indian Ocean', -10, 80),
  region('sea', 'Arctic Ocean', 85, 0, ['Arctic']),
  region('sea', 'Southern Ocean', -60, 90, [], null, 'wiki'),
  region('sea', 'South China Sea', 12, 113),
  region('sea', 'East China Sea', 29, 125),
  region('sea', 'Sea of Japan', 40, 135, ['East Sea']),
  region('sea', 'Yellow Sea', 36, 123),
  region('sea', 'Philippine Sea', 20, 130),
  region('sea', 'Taiwan Strait', 24, 119.5, ['Strait of Taiwan', 'Formosa Strait']),
  region('sea', 'Persian Gulf', 27, 51, ['Arabian Gulf']),
  region('sea', 'Gulf of Oman', 24.5, 58.5),
  region('sea', 'Strait of Hormuz', 26.5667, 56.25, ['Hormuz Strait']),
  region('sea', 'Red Sea', 19, 39.5),
  region('sea', 'Gulf of Aden', 12, 48),
  region('sea', 'Arabian Sea', 14, 65),
  region('sea', 'Bay of Bengal', 15, 88),
  region('sea', 'Strait of Malacca', 4, 100, ['Malacca Strait']),
  region('sea', 'Black Sea', 43, 35),
  region('sea', 'Sea of Azov', 46, 36.5, [], null, 'wiki'),
  region('sea', 'Kerch Strait', 45.3, 36.5, [], null, 'wiki'),
  region('sea', 'Bosphorus', 41.12, 29.07, ['Bosporus'], 'TUR', 'wiki'),
  region('sea', 'Mediterranean Sea', 35, 18, ['Mediterranean']),
  region('sea', 'Aegean Sea', 39, 25, ['Aegean']),
  region('sea', 'Adriatic Sea', 43, 15, ['Adriatic']),
  region('sea', 'Baltic Sea', 58, 20, ['Baltic']),
  region('sea', 'North Sea', 56, 3),
  region('sea', 'Caspian Sea', 42, 51),
  region('sea', 'Dead Sea', 31.5, 35.5),
  region('sea', 'Caribbean Sea', 15, -75),
  region('sea', 'Gulf of Mexico', 25, -90),
  region('sea', 'Gulf of Alaska', 59, -145),
  region('sea', 'Suez Canal', 30.58, 32.27, [], 'EGY', 'wiki'),
  region('sea', 'Panama Canal', 9.08, -79.68, [], 'PAN', 'wiki'),
  region('region', 'Middle East', 33.1391, 35.8587, ['Mideast']),
  region('region', 'Indo-Pacific', 5, 115, ['Indo Pacific'], null, 'wiki'),
  region('region', 'Asia-Pacific', 10, 120, ['Asia Pacific'], null, 'wiki'),
  region('region', 'East Asia', 35, 115, [], null, 'wiki'),
  region('region', 'Southeast Asia', 5, 115, ['South-East Asia', 'South East Asia'], null, 'wiki'),
  region('region', 'South Asia', 22, 79, [], null, 'wiki'),
  region('region', 'Central Asia', 42, 65, [], null, 'wiki'),
  region('region', 'West Africa', 12, -4, [], null, 'wiki'),
  region('region', 'East Africa', -0.5, 36.5, [], null, 'wiki'),
  region('region', 'North Africa', 27, 17, [], null, 'wiki'),
  region('region', 'Southern Africa', -25, 25, [], null, 'wiki'),
  region('region', 'Sub-Saharan Africa', 0, 20, [], null, 'wiki'),
  region('region', 'Horn of Africa', 8, 45, [], null, 'wiki'),
  region('region', 'Sahel', 15, 10, [], null, 'wiki'),
  region('region', 'Balkans', 42, 22, [], null, 'wiki'),
  region('region', 'Caucasus', 42, 45),
  region('region', 'Scandinavia', 63, 15, [], null, 'wiki'),
  region('region', 'Caribbean', 15, -75),
  region('region', 'Latin America', -5, -60, [], null, 'wiki'),
  region('region', 'Central America', 13, -86, [], null, 'wiki'),
  region('region', 'Americas', 19, -96, [], null, 'wiki'),
  region('region', 'Arabian Peninsula', 23, 46, [], null, 'wiki'),
  region('region', 'Korean Peninsula', 38, 127, [], null, 'wiki'),
  region('region', 'Levant', 34, 36, [], null, 'wiki'),
  region('region', 'European Union', 50.8386, 4.376, ['EU']),
  region('region', 'Gaza Strip', 31.42, 34.35, ['Gaza'], 'PSE'),
  region('region', 'West Bank', 31.92, 35.2, [], 'PSE'),
  region('region', 'Golan Heights', 33, 35.75),
  region('region', 'Sinai Peninsula', 29.5, 33.8, ['Sinai'], 'EGY'),
  region('region', 'Crimea', 45.3, 34.4, [], 'UKR', 'wiki'),
  region('region', 'Donbas', 48, 38, ['Donbass'], 'UKR', 'wiki'),
  region('region', 'Kashmir', 34.5, 76, [], null, 'wiki'),
  region('region', 'Tibet', 31, 88, [], 'CHN', 'wiki'),
  region('region', 'Siberia', 60, 105, [], 'RUS', 'wiki'),
  region('region', 'Darfur', 13, 25, [], 'SDN', 'wiki'),
  region('region', 'Kurdistan', 36.5, 44, [], null, 'wiki'),
  region('region', 'Midwest', 41.5, -90, [], 'USA', 'wiki'),
  region('region', 'New England', 43.5, -71.5, [], 'USA', 'wiki'),
  region('region', 'Great Lakes', 45, -84, [], null, 'wiki'),
];

/** AP style abbreviations of US states and the usual Australian ones, as news prints them (`Springfield, Ill.`). */
export const STATE_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  'US:AL': ['Ala.'], 'US:AZ': ['Ariz.'], 'US:AR': ['Ark.'], 'US:CA': ['Calif.'], 'US:CO': ['Colo.'], 'US:CT': ['Conn.'],
  'US:DE': ['Del.'], 'US:FL': ['Fla.'], 'US:GA': ['Ga.'], 'US:IL': ['Ill.'], 'US:IN': ['Ind.'], 'US:KS': ['Kan.', 'Kans.'],
  'US:KY': ['Ky.'], 'US:LA': ['La.'], 'US:MD': ['Md.'], 'US:MA': ['Mass.'], 'US:MI': ['Mich.'], 'US:MN': ['Minn.'],
  'US:MS': ['Miss.'], 'US:MO': ['Mo.'], 'US:MT': ['Mont.'], 'US:NE': ['Neb.', 'Nebr.'], 'US:NV': ['Nev.'], 'US:NH': ['N.H.'],
  'US:NJ': ['N.J.'], 'US:NM': ['N.M.'], 'US:NY': ['N.Y.'], 'US:NC': ['N.C.'], 'US:ND': ['N.D.'], 'US:OK': ['Okla.'],
  'US:OR': ['Ore.'], 'US:PA': ['Pa.'], 'US:RI': ['R.I.'], 'US:SC': ['S.C.'], 'US:SD': ['S.D.'], 'US:TN': ['Tenn.'],
  'US:VT': ['Vt.'], 'US:VA': ['Va.'], 'US:WA': ['Wash.'], 'US:WV': ['W.Va.', 'W. Va.'], 'US:WI': ['Wis.', 'Wisc.'],
  'US:WY': ['Wyo.'], 'US:DC': ['D.C.'], 'AU:02': ['NSW'], 'AU:04': ['Qld'], 'AU:07': ['Vic.'], 'AU:08': ['WA'],
};

/** English names news uses for cities that GeoNames' main name spells otherwise. Keyed by GeoNames id. */
export const CITY_ALIASES: Readonly<Record<number, readonly string[]>> = {
  703448: ['Kiev'], 5128581: ['New York'], 4140963: ['Washington', 'Washington D.C.', 'Washington DC'],
  1275339: ['Bombay'], 1264527: ['Madras'], 1275004: ['Calcutta'], 1298824: ['Rangoon'],
  1566083: ['Saigon'], 1809858: ['Canton'],
};

/** Demonyms that do not extend their country's name, so CAMEO's synonyms do not yield them. */
export const IRREGULAR_DEMONYMS: Readonly<Record<string, string>> = {
  American: 'USA', Americans: 'USA', British: 'GBR', Briton: 'GBR', Britons: 'GBR', English: 'GBR', Scottish: 'GBR',
  Welsh: 'GBR', Irish: 'IRL', Dutch: 'NLD', French: 'FRA', Swiss: 'CHE', Greek: 'GRC', Greeks: 'GRC', Cypriot: 'CYP',
  Spanish: 'ESP', Spaniard: 'ESP', Danish: 'DNK', Dane: 'DNK', Swedish: 'SWE', Swede: 'SWE', Finnish: 'FIN', Finn: 'FIN',
  Norwegian: 'NOR', Polish: 'POL', Pole: 'POL', Czech: 'CZE', Slovak: 'SVK', Turkish: 'TUR', Turk: 'TUR', Turks: 'TUR',
  Filipino: 'PHL', Filipinos: 'PHL', Thai: 'THA', Lao: 'LAO', Burmese: 'MMR', Kiwi: 'NZL', Aussie: 'AUS', Yemeni: 'YEM',
  Iraqi: 'IRQ', Israeli: 'ISR', Pakistani: 'PAK', Bangladeshi: 'BGD', Saudi: 'SAU', Kuwaiti: 'KWT', Qatari: 'QAT',
  Emirati: 'ARE', Omani: 'OMN', Bahraini: 'BHR', Afghan: 'AFG', Uzbek: 'UZB', Kazakh: 'KAZ', Tajik: 'TJK', Kyrgyz: 'KGZ',
  Turkmen: 'TKM', Somali: 'SOM', Malagasy: 'MDG', Congolese: 'COD', Ivorian: 'CIV', Argentine: 'ARG', Peruvian: 'PER',
  Palestinian: 'PSE', Palestinians: 'PSE', Ukrainian: 'UKR', Russian: 'RUS', Chinese: 'CHN', Japanese: 'JPN',
  Korean: 'KOR', 'South Korean': 'KOR', 'North Korean': 'PRK', Taiwanese: 'TWN', Vietnamese: 'VNM', Cambodian: 'KHM',
  Ugandan: 'UGA', Georgian: 'GEO', German: 'DEU', Italian: 'ITA', Indian: 'IND', Iranian: 'IRN', Syrian: 'SYR',
  Egyptian: 'EGY', Lebanese: 'LBN', Jordanian: 'JOR', Sudanese: 'SDN', Mexican: 'MEX', Canadian: 'CAN',
  Australian: 'AUS', Brazilian: 'BRA', Nigerian: 'NGA', Kenyan: 'KEN', 'New Zealander': 'NZL',
};
