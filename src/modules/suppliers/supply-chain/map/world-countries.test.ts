import { geoArea, geoCentroid } from "d3-geo";
import type { Feature, Geometry, Polygon } from "geojson";
import countries from "i18n-iso-countries";
import { feature } from "topojson-client";
import { describe, expect, it } from "vitest";
import atlas50m from "world-atlas/countries-50m.json";

import { SMALL_COUNTRY_CENTRES } from "./small-countries";
import {
  alpha2ForAtlasShape,
  atlasCountryFeatures,
  isCountriesAtlas,
  NOT_DRAWN,
  worldMapGeometry,
} from "./world-countries";

/** The centre of the largest landmass, as the generator computed it. */
const largestPartCentre = (shape: Feature<Geometry>): [number, number] => {
  const geometry = shape.geometry;
  if (geometry.type !== "MultiPolygon") return geoCentroid(shape);
  let best: Polygon = { type: "Polygon", coordinates: geometry.coordinates[0] ?? [] };
  for (const coordinates of geometry.coordinates) {
    const part: Polygon = { type: "Polygon", coordinates };
    if (geoArea(part) > geoArea(best)) best = part;
  }
  return geoCentroid(best);
};

describe("world map: atlas shapes → ISO 3166-1 alpha-2", () => {
  const shapes = atlasCountryFeatures();

  it("maps every shape of the bundled atlas to a valid code", () => {
    expect(shapes.length).toBe(177);
    const unmapped = shapes.filter((shape) => shape.code === null).map((shape) => shape.name);
    expect(unmapped).toEqual([]);
    for (const shape of shapes) expect(countries.isValid(shape.code ?? ""), shape.name).toBe(true);
  });

  it("uses the name table only where the atlas has no usable id", () => {
    expect(alpha2ForAtlasShape("050", "Bangladesh")).toBe("BD");
    expect(alpha2ForAtlasShape(undefined, "Norway")).toBe("NO");
    expect(alpha2ForAtlasShape(undefined, "Kosovo")).toBe("XK");
    expect(alpha2ForAtlasShape(undefined, "N. Cyprus")).toBe("CY");
    expect(alpha2ForAtlasShape(undefined, "Somaliland")).toBe("SO");
    expect(alpha2ForAtlasShape(undefined, "Atlantis")).toBeNull();
  });

  it("draws one shape per country, and only Antarctica is knowingly left out", () => {
    const geometry = worldMapGeometry();
    const codes = new Set(shapes.map((shape) => shape.code));
    expect(geometry.shapes.length).toBe(codes.size - NOT_DRAWN.size);
    expect([...NOT_DRAWN]).toEqual(["AQ"]);
    expect(geometry.codes.has("AQ")).toBe(false);
    for (const shape of geometry.shapes) {
      expect(shape.d).toMatch(/^M/);
      expect(shape.anchor[0]).toBeGreaterThanOrEqual(0);
      expect(shape.anchor[0]).toBeLessThanOrEqual(geometry.width);
      expect(shape.anchor[1]).toBeGreaterThanOrEqual(0);
      expect(shape.anchor[1]).toBeLessThanOrEqual(geometry.height);
    }
    // Countries where suppliers often are, large and small, are all on the map.
    for (const code of ["BD", "VN", "TH", "MY", "CN", "IN", "TR", "GB", "NO", "SG", "HK", "MU"]) {
      expect(geometry.codes.has(code), code).toBe(true);
    }
  });

  it("places each small country where the 1:50m atlas has it", () => {
    const bundled: unknown = atlas50m;
    if (!isCountriesAtlas(bundled)) throw new Error("unexpected 50m atlas");
    const detailed = feature(bundled, bundled.objects.countries).features;
    const drawn = new Set(shapes.map((shape) => shape.code));
    const expected = new Map<string, [number, number]>();
    for (const shape of detailed) {
      const code = alpha2ForAtlasShape(shape.id, shape.properties.name);
      if (code && !drawn.has(code)) expected.set(code, largestPartCentre(shape));
    }
    expect(Object.keys(SMALL_COUNTRY_CENTRES).sort()).toEqual([...expected.keys()].sort());
    for (const [code, [longitude, latitude]] of expected) {
      const [storedLongitude, storedLatitude] = SMALL_COUNTRY_CENTRES[code] ?? [NaN, NaN];
      expect(storedLongitude, code).toBeCloseTo(longitude, 1);
      expect(storedLatitude, code).toBeCloseTo(latitude, 1);
    }
  });
});
