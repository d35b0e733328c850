import { useTranslations } from "next-intl";

import { Alert } from "@/components/ui/alert";

/**
 * The statement every view of indicators carries (domain brief §2): an indicator compels further
 * inquiry, its absence proves nothing, and nobody is labelled on the strength of one.
 */
export const SignsNotProof = () => {
  const t = useTranslations("reference.signsNotProof");
  return (
    <div data-testid="signs-not-proof">
      <Alert tone="warning" title={t("title")}>
        <p>{t("body")}</p>
      </Alert>
    </div>
  );
};
