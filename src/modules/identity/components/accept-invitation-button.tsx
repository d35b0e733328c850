"use client";

import { useMutation } from "@tanstack/react-query";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { appErrorOf } from "@/trpc/app-error-of";
import { useTRPC } from "@/trpc/react";

export const AcceptInvitationButton = ({
  token,
  label,
  pendingLabel,
}: {
  token: string;
  label: string;
  pendingLabel: string;
}) => {
  const trpc = useTRPC();
  const accept = useMutation(
    trpc.identity.acceptInvitation.mutationOptions({
      onSuccess: () => window.location.assign("/members"),
    }),
  );
  return (
    <div className="space-y-3">
      {accept.error && <Alert tone="error">{appErrorOf(accept.error)?.userMessage}</Alert>}
      <Button
        className="w-full"
        disabled={accept.isPending || accept.isSuccess}
        onClick={() => accept.mutate({ token })}
      >
        {accept.isPending || accept.isSuccess ? pendingLabel : label}
      </Button>
    </div>
  );
};
