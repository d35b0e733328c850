"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useId, type ReactNode } from "react";

import { NO_SUPPLIERS_COLOUR, type LegendClass } from "../map/legend-scale";
import { RISK_CLASSES } from "../map/risk-share";
import type { TCountBy } from "../schemas";

const Swatch = ({ colour }: { colour: string | null }) => (
  <span
    aria-hidden="true"
    className="inline-block h-4 w-6 rounded-sm border border-slate-400"
    style={
      colour === null
        ? {
            backgroundColor: "#f8fafc",
            backgroundImage:
              "repeating-linear-gradient(45deg, #475569 0 1.5px, transparent 1.5px 5px)",
          }
        : { backgroundColor: colour }
    }
  />
);

const LegendItem = ({ colour, children }: { colour: string | null; children: ReactNode }) => (
  <li className="flex items-center gap-2 text-sm text-slate-700">
    <Swatch colour={colour} />
    {children}
  </li>
);

const SmallCountryDot = () => {
  const t = useTranslations("supplyChain.map");
  return (
    <li className="flex items-center gap-2 text-sm text-slate-700">
      <span
        aria-hidden="true"
        className="inline-block h-3 w-3 rounded-full border border-slate-800 bg-white"
      />
      {t("legendDot")}
    </li>
  );
};

/** The legend of the count view: a range of supplier counts per colour. */
export const CountLegend = ({ classes, by }: { classes: readonly LegendClass[]; by: TCountBy }) => {
  const t = useTranslations("supplyChain.map");
  const format = useFormatter();
  const titleId = useId();
  return (
    <div className="mt-3">
      <p className="text-sm font-medium text-slate-800" id={titleId}>
        {by === "site" ? t("legendBySite") : t("legendBySupplier")}
      </p>
      <ul aria-labelledby={titleId} className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        <LegendItem colour={NO_SUPPLIERS_COLOUR}>{t("legendNone")}</LegendItem>
        {classes.map((item) => (
          <LegendItem key={item.from} colour={item.colour}>
            {item.from === item.to
              ? t("legendOne", { from: format.number(item.from) })
              : t("legendRange", { from: format.number(item.from), to: format.number(item.to) })}
          </LegendItem>
        ))}
        <SmallCountryDot />
      </ul>
    </div>
  );
};

/**
 * The legend of the risk view: what the share is (and what it leaves out), one colour per class
 * of share, and the hatching of countries whose suppliers have no score yet.
 */
export const RiskLegend = ({ by }: { by: TCountBy }) => {
  const t = useTranslations("supplyChain.map");
  const titleId = useId();
  return (
    <div className="mt-3">
      <p className="text-sm font-medium text-slate-800" id={titleId}>
        {by === "site" ? t("legendRiskBySite") : t("legendRiskBySupplier")}
      </p>
      <ul aria-labelledby={titleId} className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        <LegendItem colour={NO_SUPPLIERS_COLOUR}>{t("legendNoSuppliers")}</LegendItem>
        <LegendItem colour={null}>{t("legendNotScored")}</LegendItem>
        {RISK_CLASSES.map((item) => (
          <LegendItem key={item.id} colour={item.colour}>
            {t(`riskClasses.${item.id}`)}
          </LegendItem>
        ))}
        <SmallCountryDot />
      </ul>
      <p className="mt-2 max-w-3xl text-sm text-slate-700">{t("legendRiskHelp")}</p>
    </div>
  );
};
