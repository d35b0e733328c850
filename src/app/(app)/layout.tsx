import { redirect } from "next/navigation";
import type { ReactNode } from "react";

import { getCurrentSession } from "@/server/auth";

/** Every page in this group needs a live session. */
const SignedInLayout = async ({ children }: { children: ReactNode }) => {
  if (!(await getCurrentSession())) redirect("/sign-in");
  return children;
};

export default SignedInLayout;
