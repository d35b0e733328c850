"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";

import {
  fieldErrorsFromIssues,
  fieldErrorsFromServer,
  type FieldErrors,
} from "@/components/forms/form-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CardHeader } from "@/components/ui/card";
import { Field, Input, Select } from "@/components/ui/field";
import type { MembershipRole } from "@/generated/prisma/enums";
import { appErrorOf } from "@/trpc/app-error-of";
import { useTRPC } from "@/trpc/react";

import { canManageRole, MEMBERSHIP_ROLES } from "../permissions";
import { ZInviteMemberRequestSchema } from "../procedures/invite-member.schema";

type SentInvitation = { email: string; inviteUrl: string; emailConfigured: boolean };

export const InviteMemberForm = ({
  viewerRole,
  ttlHours,
}: {
  viewerRole: MembershipRole;
  ttlHours: number;
}) => {
  const t = useTranslations();
  const tValidation = useTranslations("validation");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<MembershipRole>("analyst");
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [sent, setSent] = useState<SentInvitation | null>(null);
  const [isCopied, setIsCopied] = useState(false);
  const invite = useMutation(trpc.identity.inviteMember.mutationOptions());
  const assignableRoles = MEMBERSHIP_ROLES.filter((value) => canManageRole(viewerRole, value));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    setSent(null);
    const parsed = ZInviteMemberRequestSchema.safeParse({ email, role });
    if (!parsed.success) {
      setFieldErrors(fieldErrorsFromIssues(tValidation, parsed.error.issues));
      return;
    }
    setFieldErrors({});
    try {
      const result = await invite.mutateAsync(parsed.data);
      setSent({
        email: result.invitation.email,
        inviteUrl: result.inviteUrl,
        emailConfigured: result.emailConfigured,
      });
      setIsCopied(false);
      setEmail("");
      await queryClient.invalidateQueries(trpc.identity.listInvitations.queryFilter());
    } catch (error) {
      const appError = appErrorOf(error);
      setFormError(appError?.userMessage ?? t("errors.code.INTERNAL"));
      setFieldErrors(fieldErrorsFromServer(tValidation, appError?.fieldErrors ?? {}));
    }
  };

  return (
    <div>
      <CardHeader
        title={t("members.invite.title")}
        description={t("members.invite.description", { hours: ttlHours })}
      />
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        {formError && <Alert tone="error">{formError}</Alert>}
        <div className="grid gap-4 md:grid-cols-[2fr_1fr_auto] md:items-end">
          <Field label={t("members.invite.email")} error={fieldErrors.email}>
            {(control) => (
              <Input
                {...control}
                type="email"
                name="email"
                autoComplete="off"
                value={email}
                onChange={(event) => setEmail(event.target.value)}
              />
            )}
          </Field>
          <Field label={t("members.invite.role")} error={fieldErrors.role}>
            {(control) => (
              <Select
                {...control}
                name="role"
                value={role}
                onChange={(event) => {
                  const chosen = MEMBERSHIP_ROLES.find((value) => value === event.target.value);
                  if (chosen) setRole(chosen);
                }}
              >
                {assignableRoles.map((value) => (
                  <option key={value} value={value}>
                    {t(`roles.${value}`)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Button type="submit" disabled={invite.isPending}>
            {invite.isPending ? t("members.invite.submitting") : t("members.invite.submit")}
          </Button>
        </div>
        <p className="text-xs text-slate-600">{t(`roleDescriptions.${role}`)}</p>
      </form>
      {sent && (
        <Alert
          tone="success"
          className="mt-4"
          title={t("members.invite.sent", { email: sent.email })}
        >
          <p>
            {sent.emailConfigured
              ? t("members.invite.emailed")
              : t("members.invite.notEmailed", { email: sent.email })}
          </p>
          <div className="mt-2 flex flex-wrap items-center gap-2">
            <code className="rounded bg-white px-2 py-1 text-xs break-all" data-testid="invite-url">
              {sent.inviteUrl}
            </code>
            <Button
              size="sm"
              variant="secondary"
              onClick={() => {
                void navigator.clipboard.writeText(sent.inviteUrl).then(() => setIsCopied(true));
              }}
            >
              {isCopied ? t("members.invite.copied") : t("members.invite.copy")}
            </Button>
          </div>
        </Alert>
      )}
    </div>
  );
};
