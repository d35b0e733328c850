"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";

import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, Td, Th } from "@/components/ui/table";
import { appErrorOf } from "@/trpc/app-error-of";
import { useTRPC } from "@/trpc/react";

import type { TInvitation } from "../schemas";

export const InvitationsList = ({ invitations }: { invitations: TInvitation[] }) => {
  const t = useTranslations("members");
  const tRoles = useTranslations("roles");
  const format = useFormatter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const revoke = useMutation(
    trpc.identity.revokeInvitation.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.identity.listInvitations.queryFilter()),
    }),
  );
  if (invitations.length === 0)
    return <p className="text-sm text-slate-600">{t("invitations.none")}</p>;
  return (
    <div className="space-y-3">
      {revoke.error && <Alert tone="error">{appErrorOf(revoke.error)?.userMessage}</Alert>}
      <Table data-testid="invitations-table">
        <thead>
          <tr>
            <Th>{t("email")}</Th>
            <Th>{t("role")}</Th>
            <Th>{t("invitations.state")}</Th>
            <Th>{t("invitations.expires")}</Th>
            <Th>{t("invitations.invitedBy")}</Th>
            <Th>
              <span className="sr-only">{t("actions")}</span>
            </Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {invitations.map((invitation) => (
            <tr key={invitation.id}>
              <Td>{invitation.email}</Td>
              <Td>{tRoles(invitation.role)}</Td>
              <Td>
                <Badge tone={invitation.state === "expired" ? "amber" : "teal"}>
                  {t(`invitations.states.${invitation.state}`)}
                </Badge>
              </Td>
              <Td>
                {format.dateTime(invitation.expiresAt, { dateStyle: "medium", timeStyle: "short" })}
              </Td>
              <Td>{invitation.invitedByName ?? "—"}</Td>
              <Td className="text-right">
                <Button
                  size="sm"
                  variant="secondary"
                  disabled={revoke.isPending}
                  onClick={() => revoke.mutate({ id: invitation.id })}
                >
                  {t("invitations.revoke")}
                  <span className="sr-only"> {invitation.email}</span>
                </Button>
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
};
