import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { z } from "zod";

import { firstParam, type SearchParams } from "@/app/search-params";
import { DuplicatesQueue } from "@/modules/suppliers/components/duplicates-queue";
import { getQueryClient, HydrateClient, serverCall, trpc } from "@/trpc/server";

export const generateMetadata = async (): Promise<Metadata> => ({
  title: (await getTranslations("suppliers.duplicates"))("title"),
});

const DuplicatesPage = async ({ searchParams }: { searchParams: Promise<SearchParams> }) => {
  const t = await getTranslations("suppliers.duplicates");
  const requested = z.uuid().safeParse(firstParam((await searchParams).supplier));
  const supplierId = requested.success ? requested.data : null;
  const [me] = await Promise.all([
    serverCall((caller) => caller.identity.getMe()),
    getQueryClient().prefetchQuery(
      trpc.suppliers.findDuplicateCandidates.queryOptions({ supplierId, page: 1, pageSize: 10 }),
    ),
  ]);
  return (
    <HydrateClient>
      <div className="mb-6">
        <p className="text-sm">
          <Link href="/suppliers" className="text-teal-800 underline underline-offset-2">
            {t("back")}
          </Link>
          {supplierId && (
            <>
              {" · "}
              <Link
                href="/suppliers/duplicates"
                className="text-teal-800 underline underline-offset-2"
              >
                {t("showAll")}
              </Link>
            </>
          )}
        </p>
        <h1 className="mt-2 text-2xl font-semibold text-slate-900">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-700">{t("description")}</p>
      </div>
      <DuplicatesQueue
        canWrite={me.activeOrganization?.permissions.includes("supplier:write") ?? false}
        supplierId={supplierId}
      />
    </HydrateClient>
  );
};

export default DuplicatesPage;
