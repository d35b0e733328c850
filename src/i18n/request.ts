/**
 * next-intl request configuration (no locale in the URL: the analyst side is one language per
 * user, chosen by the NEXT_LOCALE cookie, English by default).
 */
import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";

import { DEFAULT_LOCALE, isAnalystLocale } from "./config";
import { MESSAGES } from "./messages";

export default getRequestConfig(async () => {
  const requested = (await cookies()).get("NEXT_LOCALE")?.value;
  const locale = isAnalystLocale(requested) ? requested : DEFAULT_LOCALE;
  return { locale, messages: MESSAGES[locale], timeZone: "UTC" };
});
