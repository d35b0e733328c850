import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import type { SearchParams } from "@/app/search-params";
import { filtersFromParams, paramReaderOf } from "@/modules/suppliers/components/list-params";
import { SuppliersHeader } from "@/modules/suppliers/components/suppliers-header";
import { SuppliersList } from "@/modules/suppliers/components/suppliers-list";
import { getQueryClient, HydrateClient, serverCall, trpc } from "@/trpc/server";

export const generateMetadata = async (): Promise<Metadata> => ({
  title: (await getTranslations("suppliers.list"))("title"),
});

const SuppliersPage = async ({ searchParams }: { searchParams: Promise<SearchParams> }) => {
  const filters = filtersFromParams(paramReaderOf(await searchParams));
  const [[me, sectors, duplicates]] = await Promise.all([
    serverCall((caller) =>
      Promise.all([
        caller.identity.getMe(),
        caller.reference.listSectors(),
        caller.suppliers.countPendingDuplicates(),
      ]),
    ),
    getQueryClient().prefetchQuery(trpc.suppliers.findSuppliers.queryOptions(filters)),
  ]);
  return (
    <HydrateClient>
      <SuppliersHeader
        permissions={me.activeOrganization?.permissions ?? []}
        pendingDuplicates={duplicates.pending}
      />
      <SuppliersList sectors={sectors} />
    </HydrateClient>
  );
};

export default SuppliersPage;
