"use client";

import { useSuspenseInfiniteQuery } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";

import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, Input, Select } from "@/components/ui/field";
import { Table, Td, Th } from "@/components/ui/table";
import { useTRPC } from "@/trpc/react";

import {
  AUDIT_ACTIONS,
  AUDIT_ENTITY_TYPES,
  type AuditAction,
  type AuditEntityType,
} from "../audit/audit-actions";
import type { TAuditEvent } from "../audit/list-audit-events";

type Person = { userId: string; name: string };

type Filters = {
  action?: AuditAction;
  entityType?: AuditEntityType;
  actorUserId?: string;
  from?: Date;
  to?: Date;
};

const pick = <T extends string>(values: readonly T[], value: string): T | undefined =>
  values.find((candidate) => candidate === value);

/** `YYYY-MM-DD` from a date input as the start of that UTC day. */
const dayStart = (value: string): Date | undefined =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : undefined;
const dayAfter = (value: string): Date | undefined => {
  const start = dayStart(value);
  return start ? new Date(start.getTime() + 86_400_000) : undefined;
};

export const AuditLog = ({ people }: { people: Person[] }) => {
  const t = useTranslations("audit");
  const [draft, setDraft] = useState({
    action: "",
    entityType: "",
    actorUserId: "",
    from: "",
    to: "",
  });
  const [filters, setFilters] = useState<Filters>({});

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setFilters({
      action: pick(AUDIT_ACTIONS, draft.action),
      entityType: pick(AUDIT_ENTITY_TYPES, draft.entityType),
      actorUserId: people.some((person) => person.userId === draft.actorUserId)
        ? draft.actorUserId
        : undefined,
      from: dayStart(draft.from),
      to: dayAfter(draft.to),
    });
  };
  const reset = () => {
    setDraft({ action: "", entityType: "", actorUserId: "", from: "", to: "" });
    setFilters({});
  };
  const set = (field: keyof typeof draft) => (event: { target: { value: string } }) =>
    setDraft((current) => ({ ...current, [field]: event.target.value }));

  return (
    <div className="space-y-6">
      <Card>
        <form
          onSubmit={apply}
          aria-label={t("filters")}
          className="grid gap-4 md:grid-cols-5 md:items-end"
        >
          <Field label={t("action")}>
            {(control) => (
              <Select {...control} name="action" value={draft.action} onChange={set("action")}>
                <option value="">{t("any")}</option>
                {AUDIT_ACTIONS.map((action) => (
                  <option key={action} value={action}>
                    {t(`actions.${action}`)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label={t("entityType")}>
            {(control) => (
              <Select
                {...control}
                name="entityType"
                value={draft.entityType}
                onChange={set("entityType")}
              >
                <option value="">{t("any")}</option>
                {AUDIT_ENTITY_TYPES.map((entityType) => (
                  <option key={entityType} value={entityType}>
                    {t(`entityTypes.${entityType}`)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label={t("actor")}>
            {(control) => (
              <Select
                {...control}
                name="actorUserId"
                value={draft.actorUserId}
                onChange={set("actorUserId")}
              >
                <option value="">{t("any")}</option>
                {people.map((person) => (
                  <option key={person.userId} value={person.userId}>
                    {person.name}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label={t("from")}>
            {(control) => (
              <Input
                {...control}
                type="date"
                name="from"
                value={draft.from}
                onChange={set("from")}
              />
            )}
          </Field>
          <Field label={t("to")}>
            {(control) => (
              <Input {...control} type="date" name="to" value={draft.to} onChange={set("to")} />
            )}
          </Field>
          <div className="flex gap-2 md:col-span-5">
            <Button type="submit">{t("apply")}</Button>
            <Button variant="secondary" onClick={reset}>
              {t("reset")}
            </Button>
          </div>
        </form>
      </Card>
      <Card>
        <AuditEventsTable filters={filters} />
      </Card>
    </div>
  );
};

const AuditEventsTable = ({ filters }: { filters: Filters }) => {
  const t = useTranslations("audit");
  const format = useFormatter();
  const trpc = useTRPC();
  const query = useSuspenseInfiniteQuery(
    trpc.platform.listAuditEvents.infiniteQueryOptions(
      { ...filters, limit: 50 },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  const events = query.data.pages.flatMap((page) => page.items);
  if (events.length === 0) return <p className="text-sm text-slate-600">{t("none")}</p>;
  return (
    <div className="space-y-4">
      <Table data-testid="audit-table">
        <thead>
          <tr>
            <Th>{t("time")}</Th>
            <Th>{t("actor")}</Th>
            <Th>{t("action")}</Th>
            <Th>{t("record")}</Th>
            <Th>{t("details")}</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {events.map((event) => (
            <AuditEventRow
              key={event.id}
              event={event}
              time={format.dateTime(event.createdAt, {
                dateStyle: "medium",
                timeStyle: "medium",
                timeZone: "UTC",
              })}
            />
          ))}
        </tbody>
      </Table>
      {query.hasNextPage && (
        <Button
          variant="secondary"
          disabled={query.isFetchingNextPage}
          onClick={() => void query.fetchNextPage()}
        >
          {query.isFetchingNextPage ? t("loading") : t("loadMore")}
        </Button>
      )}
    </div>
  );
};

const AuditEventRow = ({ event, time }: { event: TAuditEvent; time: string }) => {
  const t = useTranslations("audit");
  const action = pick(AUDIT_ACTIONS, event.action);
  const entityType = pick(AUDIT_ENTITY_TYPES, event.entityType);
  const hasChanges = event.before !== null || event.after !== null;
  return (
    <tr>
      <Td className="whitespace-nowrap">{time}</Td>
      <Td>{event.actor?.name ?? t("system")}</Td>
      <Td>{action ? t(`actions.${action}`) : event.action}</Td>
      <Td>
        {entityType ? t(`entityTypes.${entityType}`) : event.entityType}
        {event.entityId && (
          <span className="block font-mono text-xs text-slate-500">{event.entityId}</span>
        )}
      </Td>
      <Td>
        {hasChanges && (
          <details>
            <summary className="cursor-pointer text-teal-800">{t("showDetails")}</summary>
            <div className="mt-2 grid gap-2 md:grid-cols-2">
              {event.before !== null && (
                <div>
                  <p className="text-xs font-semibold text-slate-600">{t("before")}</p>
                  <pre className="overflow-x-auto rounded bg-slate-50 p-2 text-xs">
                    {JSON.stringify(event.before, null, 2)}
                  </pre>
                </div>
              )}
              {event.after !== null && (
                <div>
                  <p className="text-xs font-semibold text-slate-600">{t("after")}</p>
                  <pre className="overflow-x-auto rounded bg-slate-50 p-2 text-xs">
                    {JSON.stringify(event.after, null, 2)}
                  </pre>
                </div>
              )}
            </div>
          </details>
        )}
        {event.requestId && (
          <span className="block text-xs text-slate-500">
            {t("requestId", { id: event.requestId.slice(0, 8) })}
          </span>
        )}
      </Td>
    </tr>
  );
};
