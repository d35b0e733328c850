"use client";

import { signOut } from "next-auth/react";

import { Button } from "@/components/ui/button";

export const SignOutButton = ({
  label,
  callbackUrl = "/sign-in",
  variant = "secondary",
}: {
  label: string;
  callbackUrl?: string;
  variant?: "secondary" | "ghost";
}) => (
  <Button variant={variant} onClick={() => void signOut({ callbackUrl })}>
    {label}
  </Button>
);
