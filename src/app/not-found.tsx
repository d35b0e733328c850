import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { AuthFrame } from "@/components/auth-frame";

const NotFound = async () => {
  const t = await getTranslations("common");
  return (
    <AuthFrame title={t("notFoundTitle")}>
      <p className="text-sm text-slate-700">{t("notFoundBody")}</p>
      <Link className="mt-4 inline-block text-sm font-medium text-teal-800 underline" href="/">
        {t("backHome")}
      </Link>
    </AuthFrame>
  );
};

export default NotFound;
