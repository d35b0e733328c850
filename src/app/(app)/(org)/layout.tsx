import { redirect } from "next/navigation";
import type { ReactNode } from "react";

import { AppShell } from "@/components/app-shell";
import { serverCall } from "@/trpc/server";

/** Pages that work inside the active organisation; without one, the user picks one first. */
const OrganizationLayout = async ({ children }: { children: ReactNode }) => {
  const [me, organizations] = await serverCall((caller) =>
    Promise.all([caller.identity.getMe(), caller.identity.listMyOrganizations()]),
  );
  if (!me.activeOrganization) redirect("/organizations");
  return (
    <AppShell me={me} organizations={organizations}>
      {children}
    </AppShell>
  );
};

export default OrganizationLayout;
