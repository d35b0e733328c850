"use client";

import { useMutation, useQuery, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";

import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Select } from "@/components/ui/field";
import { Table, Td, Th } from "@/components/ui/table";
import type { MembershipRole } from "@/generated/prisma/enums";
import { appErrorOf } from "@/trpc/app-error-of";
import { useTRPC } from "@/trpc/react";

import { canManageRole, MEMBERSHIP_ROLES, type Permission } from "../permissions";
import type { TMember } from "../schemas";
import { InviteMemberForm } from "./invite-member-form";
import { InvitationsList } from "./invitations-list";

type Viewer = { userId: string; role: MembershipRole; permissions: Permission[] };

export const MembersManager = ({
  viewer,
  invitationTtlHours,
}: {
  viewer: Viewer;
  invitationTtlHours: number;
}) => {
  const t = useTranslations("members");
  const trpc = useTRPC();
  const can = (permission: Permission) => viewer.permissions.includes(permission);
  const { data: members } = useSuspenseQuery(trpc.identity.listMembers.queryOptions());
  const invitations = useQuery({
    ...trpc.identity.listInvitations.queryOptions(),
    enabled: can("member:invite"),
  });

  return (
    <div className="space-y-8">
      <Card>
        <CardHeader title={t("title")} description={t("description")} />
        <MembersTable members={members} viewer={viewer} can={can} />
      </Card>
      {can("member:invite") && (
        <>
          <Card>
            <InviteMemberForm viewerRole={viewer.role} ttlHours={invitationTtlHours} />
          </Card>
          <Card>
            <CardHeader title={t("invitations.title")} />
            <InvitationsList invitations={invitations.data ?? []} />
          </Card>
        </>
      )}
    </div>
  );
};

const MembersTable = ({
  members,
  viewer,
  can,
}: {
  members: TMember[];
  viewer: Viewer;
  can: (permission: Permission) => boolean;
}) => {
  const t = useTranslations();
  const format = useFormatter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const refresh = () => queryClient.invalidateQueries(trpc.identity.listMembers.queryFilter());
  const onError = (error: unknown) =>
    setNotice({ tone: "error", text: appErrorOf(error)?.userMessage ?? t("errors.code.INTERNAL") });
  const updateRole = useMutation(
    trpc.identity.updateMemberRole.mutationOptions({
      onSuccess: (member) => {
        setNotice({
          tone: "success",
          text: t("members.roleChanged", { name: member.name, role: t(`roles.${member.role}`) }),
        });
        return refresh();
      },
      onError,
    }),
  );
  const remove = useMutation(trpc.identity.removeMember.mutationOptions({ onError }));

  return (
    <div className="space-y-4">
      {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
      <Table data-testid="members-table">
        <thead>
          <tr>
            <Th>{t("members.name")}</Th>
            <Th>{t("members.email")}</Th>
            <Th>{t("members.role")}</Th>
            <Th>{t("members.joined")}</Th>
            <Th>
              <span className="sr-only">{t("members.actions")}</span>
            </Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {members.map((member) => {
            const isSelf = member.userId === viewer.userId;
            const isManageable = canManageRole(viewer.role, member.role);
            return (
              <tr key={member.membershipId}>
                <Td className="font-medium">
                  {member.name} {isSelf && <Badge>{t("members.you")}</Badge>}
                </Td>
                <Td>{member.email}</Td>
                <Td>
                  {can("member:update-role") && isManageable ? (
                    <Select
                      aria-label={t("members.changeRole", { name: member.name })}
                      value={member.role}
                      disabled={updateRole.isPending}
                      className="w-40"
                      onChange={(event) => {
                        const role = MEMBERSHIP_ROLES.find((value) => value === event.target.value);
                        if (role) updateRole.mutate({ id: member.membershipId, data: { role } });
                      }}
                    >
                      {MEMBERSHIP_ROLES.filter((role) => canManageRole(viewer.role, role)).map(
                        (role) => (
                          <option key={role} value={role}>
                            {t(`roles.${role}`)}
                          </option>
                        ),
                      )}
                    </Select>
                  ) : (
                    t(`roles.${member.role}`)
                  )}
                </Td>
                <Td>{format.dateTime(member.joinedAt, { dateStyle: "medium" })}</Td>
                <Td className="text-right">
                  {can("member:remove") && isManageable && !isSelf && (
                    <ConfirmDialog
                      trigger={
                        <Button variant="secondary" size="sm">
                          {t("members.remove")}
                          <span className="sr-only"> {member.name}</span>
                        </Button>
                      }
                      title={t("members.removeTitle", { name: member.name })}
                      description={t("members.removeDescription", { name: member.name })}
                      confirmLabel={t("members.removeConfirm")}
                      cancelLabel={t("members.cancel")}
                      onConfirm={() =>
                        remove.mutate(
                          { id: member.membershipId },
                          {
                            onSuccess: () => {
                              setNotice({
                                tone: "success",
                                text: t("members.removed", { name: member.name }),
                              });
                              void refresh();
                            },
                          },
                        )
                      }
                    />
                  )}
                </Td>
              </tr>
            );
          })}
        </tbody>
      </Table>
    </div>
  );
};
