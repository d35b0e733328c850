/**
 * The message catalogues. Each module keeps its strings in its own file
 * (messages/<locale>/<module>.json) so that modules never edit each other's; the files have
 * distinct top-level keys, except `errors`, which every module extends with its own namespace.
 */
import common from "../../messages/en/common.json";
import identity from "../../messages/en/identity.json";
import imports from "../../messages/en/imports.json";
import platform from "../../messages/en/platform.json";
import recruiters from "../../messages/en/recruiters.json";
import reference from "../../messages/en/reference.json";
import risk from "../../messages/en/risk.json";
import supplyChain from "../../messages/en/supply-chain.json";
import suppliers from "../../messages/en/suppliers.json";

import type { AnalystLocale } from "./config";

/** The English files, in load order; exported for the test that checks they do not collide. */
export const EN_CATALOGUE_FILES = {
  common,
  identity,
  platform,
  reference,
  suppliers,
  recruiters,
  imports,
  supplyChain,
  risk,
};

const en = {
  ...common,
  ...identity,
  ...platform,
  ...reference,
  ...suppliers,
  ...recruiters,
  ...imports,
  ...supplyChain,
  ...risk,
  errors: {
    ...common.errors,
    ...identity.errors,
    ...platform.errors,
    ...reference.errors,
    ...suppliers.errors,
    ...recruiters.errors,
    ...imports.errors,
    ...supplyChain.errors,
    ...risk.errors,
  },
};

export type Messages = typeof en;

/** The message catalogues, loaded eagerly: they are small and every request needs one. */
export const MESSAGES: Record<AnalystLocale, Messages> = { en };
