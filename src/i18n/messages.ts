import en from "../../messages/en.json";

import type { AnalystLocale } from "./config";

export type Messages = typeof en;

/** The message catalogues, loaded eagerly: they are small and every request needs one. */
export const MESSAGES: Record<AnalystLocale, Messages> = { en };
