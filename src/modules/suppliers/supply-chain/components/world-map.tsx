"use client";

import { useId, useMemo, useState, type MouseEvent } from "react";

import { worldMapGeometry } from "../map/world-countries";

export type CountryLabeler = (code: string) => string;

/** How one country looks and reads on the map, for the measure the map shows. */
export type CountryView = {
  /** A colour, or null for the hatched pattern ("suppliers, but none scored yet"). */
  fill: string | null;
  /** Countries with something to open are links (Tab reaches them, Enter opens them). */
  isLink: boolean;
  /** The link's accessible name, e.g. "Thailand: 3 suppliers, 4 sites. Open its suppliers." */
  linkLabel: string;
  /** The tooltip's line under the country name. */
  summary: string;
};

type Focused = { code: string; x: number; y: number };

/**
 * The choropleth itself: one SVG path per country, shaded as `viewOf` says (by supplier count,
 * or by risk). Countries with suppliers or sites are links; hovering or focusing any country
 * shows its name and figures. Countries too small to draw are dots.
 */
export const WorldMap = ({
  viewOf,
  countryName,
  hrefFor,
  onOpen,
  labelledBy,
}: {
  viewOf: (code: string) => CountryView;
  countryName: CountryLabeler;
  hrefFor: (code: string) => string;
  onOpen: (code: string) => void;
  labelledBy: string;
}) => {
  const geometry = useMemo(() => worldMapGeometry(), []);
  const [focused, setFocused] = useState<Focused | null>(null);
  // useId's characters are not all safe inside url(#…).
  const hatchId = `hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;

  const fillOf = (view: CountryView) => view.fill ?? `url(#${hatchId})`;
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
        summary: viewOf(focused.code).summary,
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
        <defs>
          <pattern
            id={hatchId}
            patternUnits="userSpaceOnUse"
            width={5}
            height={5}
            patternTransform="rotate(45)"
          >
            <rect width={5} height={5} fill="#f8fafc" />
            <line x1={0} y1={0} x2={0} y2={5} stroke="#475569" strokeWidth={1.6} />
          </pattern>
        </defs>
        {geometry.shapes.map((shape) => {
          const show = () =>
            setFocused({ code: shape.code, x: shape.anchor[0], y: shape.anchor[1] });
          const view = viewOf(shape.code);
          const path = <path d={shape.d} fill={fillOf(view)} className={shapeClass} />;
          if (!view.isLink) {
            return (
              <g key={shape.code} className="group" aria-hidden="true" onMouseEnter={show}>
                {path}
              </g>
            );
          }
          return (
            <a
              key={shape.code}
              href={hrefFor(shape.code)}
              className="group cursor-pointer outline-none"
              aria-label={view.linkLabel}
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
          .filter((dot) => viewOf(dot.code).isLink)
          .map((dot) => {
            const show = () => setFocused({ code: dot.code, x: dot.x, y: dot.y });
            return (
              <a
                key={dot.code}
                href={hrefFor(dot.code)}
                className="group cursor-pointer outline-none"
                aria-label={viewOf(dot.code).linkLabel}
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
                  fill={fillOf(viewOf(dot.code))}
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
          <p className="first-letter:uppercase">{tooltip.summary}</p>
        </div>
      )}
    </div>
  );
};
