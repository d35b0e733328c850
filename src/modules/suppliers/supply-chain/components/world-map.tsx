"use client";

import { useTranslations } from "next-intl";
import { useMemo, useState, type MouseEvent } from "react";

import { classOf, NO_SUPPLIERS_COLOUR, type LegendClass } from "../map/legend-scale";
import { worldMapGeometry } from "../map/world-countries";
import type { TCountryCount } from "../schemas";

export type CountryLabeler = (code: string) => string;

type Focused = { code: string; x: number; y: number };

/**
 * The choropleth itself: one SVG path per country, shaded by its supplier count. Countries with
 * suppliers or sites are links (Tab reaches them, Enter opens them); hovering or focusing any
 * country shows its name and counts. Countries too small to draw are dots.
 */
export const WorldMap = ({
  counts,
  classes,
  countryName,
  hrefFor,
  onOpen,
  labelledBy,
}: {
  counts: ReadonlyMap<string, TCountryCount>;
  classes: readonly LegendClass[];
  countryName: CountryLabeler;
  hrefFor: (code: string) => string;
  onOpen: (code: string) => void;
  labelledBy: string;
}) => {
  const t = useTranslations("supplyChain");
  const geometry = useMemo(() => worldMapGeometry(), []);
  const [focused, setFocused] = useState<Focused | null>(null);

  const describe = (code: string) => {
    const count = counts.get(code);
    return {
      suppliers: t("countOf.suppliers", { count: count?.supplierCount ?? 0 }),
      sites: t("countOf.sites", { count: count?.siteCount ?? 0 }),
    };
  };
  const fillOf = (code: string) =>
    classOf(counts.get(code)?.supplierCount ?? 0, classes)?.colour ?? NO_SUPPLIERS_COLOUR;
  const isLink = (code: string) => {
    const count = counts.get(code);
    return count !== undefined && (count.supplierCount > 0 || count.siteCount > 0);
  };
  const open = (code: string) => (event: MouseEvent) => {
    event.preventDefault();
    onOpen(code);
  };

  const shapeClass =
    "stroke-white stroke-[0.6] transition-[stroke] group-hover:stroke-slate-900 " +
    "group-hover:stroke-[1.5] group-focus-visible:stroke-slate-900 group-focus-visible:stroke-2";

  const tooltip = focused
    ? {
        name: countryName(focused.code),
        ...describe(focused.code),
        left: `${(focused.x / geometry.width) * 100}%`,
        top: `${(focused.y / geometry.height) * 100}%`,
      }
    : null;

  return (
    <div className="relative">
      <svg
        viewBox={`0 0 ${geometry.width} ${geometry.height}`}
        className="h-auto w-full rounded-md bg-sky-50"
        aria-labelledby={labelledBy}
        onMouseLeave={() => setFocused(null)}
      >
        {geometry.shapes.map((shape) => {
          const show = () =>
            setFocused({ code: shape.code, x: shape.anchor[0], y: shape.anchor[1] });
          const path = <path d={shape.d} fill={fillOf(shape.code)} className={shapeClass} />;
          if (!isLink(shape.code)) {
            return (
              <g key={shape.code} className="group" aria-hidden="true" onMouseEnter={show}>
                {path}
              </g>
            );
          }
          const { suppliers, sites } = describe(shape.code);
          return (
            <a
              key={shape.code}
              href={hrefFor(shape.code)}
              className="group cursor-pointer outline-none"
              aria-label={t("map.countryLink", {
                country: countryName(shape.code),
                suppliers,
                sites,
              })}
              data-country={shape.code}
              onClick={open(shape.code)}
              onMouseEnter={show}
              onFocus={show}
              onBlur={() => setFocused(null)}
            >
              {path}
            </a>
          );
        })}
        {geometry.dots
          .filter((dot) => isLink(dot.code))
          .map((dot) => {
            const { suppliers, sites } = describe(dot.code);
            const show = () => setFocused({ code: dot.code, x: dot.x, y: dot.y });
            return (
              <a
                key={dot.code}
                href={hrefFor(dot.code)}
                className="group cursor-pointer outline-none"
                aria-label={t("map.countryLink", {
                  country: countryName(dot.code),
                  suppliers,
                  sites,
                })}
                data-country={dot.code}
                onClick={open(dot.code)}
                onMouseEnter={show}
                onFocus={show}
                onBlur={() => setFocused(null)}
              >
                <circle
                  cx={dot.x}
                  cy={dot.y}
                  r={4.5}
                  fill={fillOf(dot.code)}
                  className="stroke-slate-800 stroke-1 group-hover:stroke-2 group-focus-visible:stroke-[3]"
                />
              </a>
            );
          })}
      </svg>
      {tooltip && (
        <div
          aria-hidden="true"
          className="pointer-events-none absolute z-10 -translate-x-1/2 -translate-y-[calc(100%+10px)] rounded-md bg-slate-900 px-3 py-2 text-xs whitespace-nowrap text-white shadow-lg"
          style={{ left: tooltip.left, top: tooltip.top }}
        >
          <p className="font-semibold">{tooltip.name}</p>
          <p className="first-letter:uppercase">
            {t("map.tooltip", { suppliers: tooltip.suppliers, sites: tooltip.sites })}
          </p>
        </div>
      )}
    </div>
  );
};
