import { ZRecomputationSchema, type TRecomputation } from "../schemas";

export const recomputationSelect = {
  id: true,
  reason: true,
  status: true,
  subjectsTotal: true,
  subjectsDone: true,
  changed: true,
  errorMessage: true,
  startedAt: true,
  finishedAt: true,
} as const;

/** The status column is text: parse it, so an unexpected value fails loudly here. */
export const toRecomputation = (row: {
  id: string;
  reason: string;
  status: string;
  subjectsTotal: number;
  subjectsDone: number;
  changed: number;
  errorMessage: string | null;
  startedAt: Date;
  finishedAt: Date | null;
}): TRecomputation => ZRecomputationSchema.parse(row);
