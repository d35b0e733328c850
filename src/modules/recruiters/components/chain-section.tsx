"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useId, useState, type ReactNode } from "react";

import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field, Input } from "@/components/ui/field";
import { useTRPC } from "@/trpc/react";

import {
  MAX_CHAIN_DEPTH,
  type TRecruiterChain,
  type TRecruiterChainEdge,
  type TRecruiterRef,
} from "../schemas";
import { FlagBadges } from "./flag-badges";
import { useDebounced, useNotice, useRefreshRecruiters } from "./hooks";

/** A recruiter in the chain: its name (a link to its page), type and flags. */
const RecruiterNode = ({ recruiter, action }: { recruiter: TRecruiterRef; action?: ReactNode }) => {
  const t = useTranslations("recruiters");
  return (
    <div className="flex flex-wrap items-center gap-2 py-1">
      <Link
        href={`/recruiters/${recruiter.id}`}
        className="font-medium text-teal-800 underline-offset-2 hover:underline"
      >
        {recruiter.name}
      </Link>
      <span className="text-xs text-slate-600">{t(`types.${recruiter.recruiterType}`)}</span>
      {recruiter.isArchived && <Badge>{t("chain.archived")}</Badge>}
      <FlagBadges flags={recruiter.flags} />
      {action}
    </div>
  );
};

/**
 * A chain as nested lists, starting from the viewed recruiter. `next` gives the edges leading
 * on from a recruiter (its sub-agents downstream, its principals upstream); `otherEnd` the
 * recruiter at the far end of an edge. The graph has no cycles, and `seen` stops a shared
 * sub-agent from being expanded twice on one path.
 */
const ChainTree = ({
  from,
  next,
  otherEnd,
  refs,
  seen,
  renderAction,
}: {
  from: string;
  next: Map<string, TRecruiterChainEdge[]>;
  otherEnd: (edge: TRecruiterChainEdge) => string;
  refs: Map<string, TRecruiterRef>;
  seen: ReadonlySet<string>;
  renderAction?: (edge: TRecruiterChainEdge, recruiter: TRecruiterRef) => ReactNode;
}) => {
  const edges = next.get(from) ?? [];
  if (edges.length === 0) return null;
  return (
    <ul className="ml-2 border-l border-slate-200 pl-4">
      {edges.map((edge) => {
        const id = otherEnd(edge);
        const recruiter = refs.get(id);
        if (!recruiter) return null;
        return (
          <li key={edge.edgeId}>
            <RecruiterNode recruiter={recruiter} action={renderAction?.(edge, recruiter)} />
            {!seen.has(id) && (
              <ChainTree
                from={id}
                next={next}
                otherEnd={otherEnd}
                refs={refs}
                seen={new Set([...seen, id])}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
};

const groupBy = (edges: TRecruiterChainEdge[], key: (edge: TRecruiterChainEdge) => string) => {
  const groups = new Map<string, TRecruiterChainEdge[]>();
  for (const edge of edges) groups.set(key(edge), [...(groups.get(key(edge)) ?? []), edge]);
  return groups;
};

/** Finds another active recruiter of the organisation and adds it as a sub-agent. */
const AddSubAgent = ({
  recruiterId,
  exclude,
  onDone,
}: {
  recruiterId: string;
  exclude: ReadonlySet<string>;
  onDone: (error: unknown) => void;
}) => {
  const t = useTranslations("recruiters.chain");
  const trpc = useTRPC();
  const resultsId = useId();
  const [text, setText] = useState("");
  const q = useDebounced(text.trim());
  const found = useQuery({
    ...trpc.recruiters.findRecruiters.queryOptions({ q, pageSize: 10 }),
    enabled: q.length >= 2,
  });
  const add = useMutation(trpc.recruiters.addSubAgent.mutationOptions());
  const candidates = (found.data?.items ?? []).filter((item) => !exclude.has(item.id));

  const pick = async (subAgentId: string) => {
    try {
      await add.mutateAsync({ recruiterId, subAgentId });
      setText("");
      onDone(null);
    } catch (error) {
      onDone(error);
    }
  };

  return (
    <div className="space-y-2 rounded-md border border-slate-200 p-4">
      <h3 className="font-semibold text-slate-900">{t("add")}</h3>
      <Field label={t("search")}>
        {(control) => (
          <Input
            {...control}
            type="search"
            value={text}
            aria-controls={resultsId}
            onChange={(event) => setText(event.target.value)}
          />
        )}
      </Field>
      <div id={resultsId} aria-live="polite">
        {q.length >= 2 && found.data && candidates.length === 0 && (
          <p className="text-sm text-slate-700">{t("noMatch")}</p>
        )}
        {candidates.length > 0 && (
          <ul className="divide-y divide-slate-100 rounded-md border border-slate-200">
            {candidates.map((candidate) => (
              <li key={candidate.id} className="flex items-center justify-between gap-3 px-3 py-2">
                <span className="flex flex-wrap items-center gap-2 text-sm">
                  <span className="font-medium text-slate-900">{candidate.name}</span>
                  <FlagBadges flags={candidate.flags} />
                </span>
                <Button
                  variant="secondary"
                  size="sm"
                  disabled={add.isPending}
                  aria-label={t("pick", { name: candidate.name })}
                  onClick={() => void pick(candidate.id)}
                >
                  {t("add")}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
};

export const ChainSection = ({
  recruiterId,
  chain,
  isEditable,
}: {
  recruiterId: string;
  chain: TRecruiterChain;
  isEditable: boolean;
}) => {
  const t = useTranslations("recruiters.chain");
  const trpc = useTRPC();
  const refresh = useRefreshRecruiters();
  const { notice, succeed, fail, clear } = useNotice();
  const remove = useMutation(trpc.recruiters.removeSubAgent.mutationOptions());
  const refs = new Map(chain.recruiters.map((recruiter) => [recruiter.id, recruiter]));
  const downstream = groupBy(chain.downstream, (edge) => edge.principalId);
  const upstream = groupBy(chain.upstream, (edge) => edge.subAgentId);
  const start = new Set([recruiterId]);
  const directSubAgents = new Set(
    chain.downstream.filter((edge) => edge.depth === 1).map((edge) => edge.subAgentId),
  );

  const after = (success: string) => async (error: unknown) => {
    if (error) {
      fail(error);
      return;
    }
    await refresh();
    succeed(success);
  };

  const removeAction = (edge: TRecruiterChainEdge, subAgent: TRecruiterRef) =>
    isEditable && edge.principalId === recruiterId ? (
      <ConfirmDialog
        trigger={
          <Button variant="ghost" size="sm" aria-label={t("removeLabel", { name: subAgent.name })}>
            {t("remove")}
          </Button>
        }
        title={t("removeTitle", { name: subAgent.name })}
        description={t("removeDescription")}
        confirmLabel={t("remove")}
        cancelLabel={t("cancel")}
        onConfirm={() => {
          clear();
          void remove
            .mutateAsync({ id: edge.edgeId })
            .then(
              () => null,
              (error: unknown) => error,
            )
            .then(after(t("removed")));
        }}
      />
    ) : null;

  return (
    <Card>
      <CardHeader title={t("title")} description={t("description")} />
      <div className="space-y-6">
        {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
        {chain.isTruncated && (
          <Alert tone="info">{t("truncated", { depth: MAX_CHAIN_DEPTH })}</Alert>
        )}
        <section aria-labelledby="sub-agents-heading" data-testid="sub-agents">
          <h3 id="sub-agents-heading" className="mb-2 font-semibold text-slate-900">
            {t("subAgents")}
          </h3>
          {chain.downstream.length === 0 ? (
            <p className="text-sm text-slate-700">{t("subAgentsEmpty")}</p>
          ) : (
            <ChainTree
              from={recruiterId}
              next={downstream}
              otherEnd={(edge) => edge.subAgentId}
              refs={refs}
              seen={start}
              renderAction={removeAction}
            />
          )}
        </section>
        {isEditable && (
          <AddSubAgent
            recruiterId={recruiterId}
            exclude={new Set([recruiterId, ...directSubAgents])}
            onDone={(error) => {
              clear();
              void after(t("added"))(error);
            }}
          />
        )}
        <section aria-labelledby="principals-heading" data-testid="principals">
          <h3 id="principals-heading" className="mb-2 font-semibold text-slate-900">
            {t("principals")}
          </h3>
          {chain.upstream.length === 0 ? (
            <p className="text-sm text-slate-700">{t("principalsEmpty")}</p>
          ) : (
            <ChainTree
              from={recruiterId}
              next={upstream}
              otherEnd={(edge) => edge.principalId}
              refs={refs}
              seen={start}
            />
          )}
        </section>
      </div>
    </Card>
  );
};
