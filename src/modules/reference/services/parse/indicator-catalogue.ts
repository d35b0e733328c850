/**
 * The indicator catalogue file (refdata/indicators/indicator_catalogue.json), checked as a whole:
 * the 11 ILO indicators of forced labour (ILO-FL-01…11) and the ILO/EC operational indicators
 * in their six groups (OP-<group>.<nn>), each operational one with its stage and rolling up to at
 * least one ILO indicator, and every strength saying where it comes from. Objects are strict: a
 * misspelt key ("rollUpTo") fails the load instead of silently dropping a mapping.
 */
import { z } from "zod";

import {
  INDICATOR_GROUPS,
  ZIndicatorCodeSchema,
  ZIndicatorKindSchema,
  ZIndicatorStageSchema,
  ZIndicatorStrengthSchema,
  stageOfGroup,
  type TIndicatorKind,
  type TIndicatorStage,
  type TIndicatorStrength,
} from "../../schemas";

/**
 * A strength is either the ILO's published grading (cited) or Fairtrace's own, with its
 * rationale: nothing in between, so that no grade is passed off as the ILO's.
 */
export const STRENGTH_SOURCE_PATTERN = /^(ILO .+|Fairtrace grading: .{10,})$/s;

/** The number of ILO indicators of forced labour (ILO 2012). */
export const ILO_INDICATOR_COUNT = 11;

const ZCatalogueIndicatorSchema = z.strictObject({
  code: ZIndicatorCodeSchema,
  kind: ZIndicatorKindSchema,
  group: z.number().int().min(1).max(6).optional(),
  /** Operational indicators only; must agree with the group (1–3 recruitment, 4–6 destination). */
  stage: ZIndicatorStageSchema.optional(),
  title: z.string().trim().min(3).max(300),
  explanation: z.string().trim().min(20).max(2000),
  source: z.string().trim().min(10).max(1000),
  /** Where the item is in the seed report (provenance for maintainers; not shown to users). */
  seedLine: z
    .string()
    .regex(/^L\d+$/)
    .optional(),
  strength: ZIndicatorStrengthSchema,
  strengthSource: z.string().trim().regex(STRENGTH_SOURCE_PATTERN),
  rollsUpTo: z.array(ZIndicatorCodeSchema).default([]),
});

export const ZIndicatorCatalogueFileSchema = z
  .strictObject({
    edition: z.string().trim().min(1).max(120),
    effectiveDate: z.iso.date(),
    source: z.string().trim().min(10),
    licence: z.string().trim().min(2),
    note: z.string().optional(),
    groups: z.array(
      z.strictObject({
        number: z.number().int().min(1).max(6),
        title: z.string(),
        stage: ZIndicatorStageSchema,
        seedLines: z.string(),
      }),
    ),
    indicators: z.array(ZCatalogueIndicatorSchema).min(1),
  })
  .superRefine((file, ctx) => {
    const codes = new Set<string>();
    const issue = (message: string) => ctx.addIssue({ code: "custom", message });
    for (const indicator of file.indicators) {
      if (codes.has(indicator.code)) issue(`${indicator.code}: duplicate code`);
      codes.add(indicator.code);
      const isIlo = indicator.code.startsWith("ILO-FL-");
      if (isIlo !== (indicator.kind === "ilo_forced_labour")) {
        issue(`${indicator.code}: code and kind disagree`);
      }
      if (
        isIlo &&
        (indicator.group !== undefined ||
          indicator.stage !== undefined ||
          indicator.rollsUpTo.length > 0)
      ) {
        // The ILO indicators apply at every stage; operational indicators map onto them.
        issue(`${indicator.code}: an ILO indicator has no group or stage and rolls up to nothing`);
      }
      if (!isIlo) {
        const group = Number(indicator.code.slice(3, 4));
        if (indicator.group !== group) issue(`${indicator.code}: group must be ${group}`);
        if (indicator.stage !== stageOfGroup(group)) {
          issue(`${indicator.code}: stage must be ${stageOfGroup(group)}`);
        }
        if (indicator.rollsUpTo.length === 0) {
          issue(`${indicator.code}: must roll up to at least one ILO indicator`);
        }
        if (new Set(indicator.rollsUpTo).size !== indicator.rollsUpTo.length) {
          issue(`${indicator.code}: rolls up to the same ILO indicator twice`);
        }
      }
    }
    const iloCodes = [...codes].filter((code) => code.startsWith("ILO-FL-")).sort();
    const expectedIlo = Array.from(
      { length: ILO_INDICATOR_COUNT },
      (_, index) => `ILO-FL-${String(index + 1).padStart(2, "0")}`,
    );
    if (iloCodes.join() !== expectedIlo.join()) {
      issue(`the ILO indicators must be exactly ${expectedIlo[0]}…${expectedIlo.at(-1)}`);
    }
    const groupNumbers = file.groups.map((group) => group.number).sort();
    if (groupNumbers.join() !== INDICATOR_GROUPS.join()) issue("groups must be exactly 1 to 6");
    for (const group of INDICATOR_GROUPS) {
      if (!file.indicators.some((indicator) => indicator.group === group)) {
        issue(`group ${group} has no indicator`);
      }
    }
    for (const indicator of file.indicators) {
      for (const target of indicator.rollsUpTo) {
        if (!target.startsWith("ILO-FL-") || !codes.has(target)) {
          issue(`${indicator.code}: rolls up to ${target}, which is not an ILO indicator here`);
        }
      }
    }
    for (const group of file.groups) {
      if (group.stage !== stageOfGroup(group.number)) {
        issue(`group ${group.number}: stage must be ${stageOfGroup(group.number)}`);
      }
    }
  });
export type TIndicatorCatalogueFile = z.infer<typeof ZIndicatorCatalogueFileSchema>;

export type IndicatorRow = {
  code: string;
  kind: TIndicatorKind;
  groupNumber: number | null;
  stage: TIndicatorStage | null;
  strength: TIndicatorStrength;
  strengthSource: string;
  title: string;
  explanation: string;
  source: string;
  sortOrder: number;
  rollsUpTo: string[];
};

/** The catalogue's indicators in file order (ILO indicators first, then groups 1 to 6). */
export const indicatorRowsOf = (file: TIndicatorCatalogueFile): IndicatorRow[] =>
  file.indicators.map((indicator, index) => ({
    code: indicator.code,
    kind: indicator.kind,
    groupNumber: indicator.group ?? null,
    stage: indicator.group === undefined ? null : stageOfGroup(indicator.group),
    strength: indicator.strength,
    strengthSource: indicator.strengthSource,
    title: indicator.title,
    explanation: indicator.explanation,
    source: indicator.source,
    sortOrder: index + 1,
    rollsUpTo: indicator.rollsUpTo,
  }));
