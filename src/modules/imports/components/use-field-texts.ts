"use client";

import { useMessages } from "next-intl";

import type { ImportEntity } from "../fields";

export type FieldTexts = Record<string, { label: string; help: string }>;

/** The labels and help texts of an entity's import fields, from the message catalogue. */
export const useFieldTexts = (entity: ImportEntity): FieldTexts => {
  const texts: FieldTexts = useMessages().imports.fields[entity];
  return texts;
};
