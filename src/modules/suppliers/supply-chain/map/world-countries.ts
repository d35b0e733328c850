/**
 * The world map's geometry, bundled (no map tiles, nothing fetched): the 1:110m countries of
 * `world-atlas` (Natural Earth, public domain), projected once with d3-geo's Equal Earth
 * projection (equal-area, so that a choropleth does not exaggerate large northern countries),
 * keyed by ISO 3166-1 alpha-2. Countries too small for that scale are placed as dots
 * (SMALL_COUNTRY_CENTRES). Client-safe.
 */
import { geoEqualEarth, geoPath } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import countries from "i18n-iso-countries";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import atlas from "world-atlas/countries-110m.json";

import { SMALL_COUNTRY_CENTRES } from "./small-countries";

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 440;

/**
 * Shapes whose atlas id is missing or is no ISO 3166-1 code, by their atlas name. Norway and
 * Kosovo lack an id in world-atlas 2.0; ISO 3166-1 has no code for Northern Cyprus or
 * Somaliland, which ISO (and so every supplier record) counts as part of Cyprus and Somalia.
 */
export const ATLAS_NAME_TO_ALPHA2: Readonly<Record<string, string>> = {
  Norway: "NO",
  Kosovo: "XK",
  "N. Cyprus": "CY",
  Somaliland: "SO",
};

/** Mapped but not drawn: Antarctica would take a fifth of the height for no supplier. */
export const NOT_DRAWN: ReadonlySet<string> = new Set(["AQ"]);

/** The ISO alpha-2 code of an atlas shape (numeric id first, then the name table). */
export const alpha2ForAtlasShape = (
  id: string | number | undefined,
  name: string | undefined,
): string | null => {
  const fromId = id === undefined ? undefined : countries.numericToAlpha2(String(id));
  if (fromId) return fromId;
  return name === undefined ? null : (ATLAS_NAME_TO_ALPHA2[name] ?? null);
};

type AtlasProperties = { name?: string };
type Atlas = Topology<{ countries: GeometryCollection<AtlasProperties> }>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;

/** The bundled file is pinned; this checks that it still has the shape the map reads. */
export const isCountriesAtlas = (value: unknown): value is Atlas => {
  if (!isRecord(value) || value.type !== "Topology" || !Array.isArray(value.arcs)) return false;
  const objects = value.objects;
  if (!isRecord(objects) || !isRecord(objects.countries)) return false;
  const { type, geometries } = objects.countries;
  return type === "GeometryCollection" && Array.isArray(geometries);
};

/** The atlas as GeoJSON features, each with its alpha-2 code (null when it has none). */
export const atlasCountryFeatures = (): {
  code: string | null;
  name: string;
  feature: Feature<Geometry, AtlasProperties>;
}[] => {
  const bundled: unknown = atlas;
  if (!isCountriesAtlas(bundled)) throw new Error("world-atlas: unexpected countries-110m.json");
  const collection: FeatureCollection<Geometry, AtlasProperties> = feature(
    bundled,
    bundled.objects.countries,
  );
  return collection.features.map((shape) => ({
    code: alpha2ForAtlasShape(shape.id, shape.properties.name),
    name: shape.properties.name ?? "",
    feature: shape,
  }));
};

export type MapCountryShape = {
  code: string;
  /** SVG path in the map's coordinates. */
  d: string;
  /** Where the tooltip points: the centre of the country's largest part. */
  anchor: readonly [number, number];
};

export type MapDot = { code: string; x: number; y: number };

export type WorldMapGeometry = {
  width: number;
  height: number;
  shapes: MapCountryShape[];
  /** Countries too small to draw, as dots. */
  dots: MapDot[];
  /** Every code the map can show (shapes and dots). */
  codes: ReadonlySet<string>;
};

let geometry: WorldMapGeometry | undefined;

/** Projects the atlas once (a few milliseconds) and keeps the result. */
export const worldMapGeometry = (): WorldMapGeometry => {
  if (geometry) return geometry;
  const drawn = atlasCountryFeatures().filter(
    (shape): shape is typeof shape & { code: string } =>
      shape.code !== null && !NOT_DRAWN.has(shape.code),
  );
  const projection = geoEqualEarth().fitExtent(
    [
      [4, 4],
      [MAP_WIDTH - 4, MAP_HEIGHT - 4],
    ],
    { type: "FeatureCollection", features: drawn.map((shape) => shape.feature) },
  );
  const path = geoPath(projection).digits(1);

  // Several shapes can share a code (Cyprus and Northern Cyprus): one path per country.
  const byCode = new Map<string, { d: string; anchor: readonly [number, number]; area: number }>();
  for (const shape of drawn) {
    const d = path(shape.feature) ?? "";
    const area = path.area(shape.feature);
    const [x, y] = path.centroid(shape.feature);
    const current = byCode.get(shape.code);
    const anchor: readonly [number, number] =
      current && current.area >= area ? current.anchor : [Math.round(x), Math.round(y)];
    byCode.set(shape.code, {
      d: current ? `${current.d}${d}` : d,
      anchor,
      area: Math.max(area, current?.area ?? 0),
    });
  }
  const shapes = [...byCode.entries()]
    .map(([code, { d, anchor }]) => ({ code, d, anchor }))
    .sort((a, b) => a.code.localeCompare(b.code));

  const dots: MapDot[] = [];
  for (const [code, [longitude, latitude]] of Object.entries(SMALL_COUNTRY_CENTRES)) {
    if (byCode.has(code)) continue;
    const point = projection([longitude, latitude]);
    if (point) dots.push({ code, x: Math.round(point[0]), y: Math.round(point[1]) });
  }
  dots.sort((a, b) => a.code.localeCompare(b.code));

  geometry = {
    width: MAP_WIDTH,
    height: MAP_HEIGHT,
    shapes,
    dots,
    codes: new Set([...shapes.map((shape) => shape.code), ...dots.map((dot) => dot.code)]),
  };
  return geometry;
};
