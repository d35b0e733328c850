"use client";

import { useTranslations } from "next-intl";

import type { TDuplicateReason } from "../duplicates/reasons";

/** Why two suppliers look like the same company, in words. */
export const ReasonList = ({ reasons }: { reasons: TDuplicateReason[] }) => {
  const t = useTranslations("suppliers.duplicates.reasons");
  const describe = (reason: TDuplicateReason): string => {
    switch (reason.code) {
      case "similar_name":
        return t("similarName", { percent: Math.round(reason.similarity * 100) });
      case "same_website_domain":
        return t("sameWebsite", { domain: reason.domain });
      case "same_registration_id":
        return reason.sameCountry
          ? t("sameRegistration", { registrationId: reason.registrationId })
          : t("sameRegistrationAbroad", { registrationId: reason.registrationId });
    }
  };
  return (
    <ul className="flex flex-wrap gap-2 text-xs">
      {reasons.map((reason) => (
        <li key={reason.code} className="rounded bg-slate-100 px-2 py-0.5 text-slate-800">
          {describe(reason)}
        </li>
      ))}
    </ul>
  );
};
