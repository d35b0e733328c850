-- What a score was computed with (the risk settings version and the reference editions) moves
-- from a JSON copy in every risk_scores row to a row of its own that the scores point to. All
-- the scores of a run share one basis; the copies were about 1 kB of each 1.8 kB row, written
-- (and logged) once per score by every recomputation.

-- CreateTable
CREATE TABLE "risk_score_bases" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "settings_version" INTEGER NOT NULL,
    "editions" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "risk_score_bases_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "risk_score_bases_organization_id_settings_version_editions_key" ON "risk_score_bases"("organization_id", "settings_version", "editions");

-- CreateIndex
CREATE UNIQUE INDEX "risk_score_bases_organization_id_id_key" ON "risk_score_bases"("organization_id", "id");

-- AddForeignKey
ALTER TABLE "risk_score_bases" ADD CONSTRAINT "risk_score_bases_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Every distinct basis of the scores already computed, once per organisation, dated by the
-- first score that used it; then each score points to its own.
INSERT INTO "risk_score_bases" ("id", "organization_id", "settings_version", "editions", "created_at")
SELECT gen_random_uuid(), "organization_id", ("basis"->>'settingsVersion')::int,
  "basis"->'editions', min("computed_at")
FROM "risk_scores"
GROUP BY "organization_id", ("basis"->>'settingsVersion')::int, "basis"->'editions';

ALTER TABLE "risk_scores" ADD COLUMN "basis_id" UUID;

UPDATE "risk_scores" score SET "basis_id" = basis."id"
FROM "risk_score_bases" basis
WHERE basis."organization_id" = score."organization_id"
  AND basis."settings_version" = (score."basis"->>'settingsVersion')::int
  AND basis."editions" = score."basis"->'editions';

-- AlterTable
ALTER TABLE "risk_scores" ALTER COLUMN "basis_id" SET NOT NULL, DROP COLUMN "basis";

-- A score reaches its organisation through its basis, which belongs to the same one: one
-- foreign-key check per written row (of a few thousand per batch) covers both, and a score
-- can never point to another organisation's basis. Deleting the organisation still deletes
-- its scores (organisation → bases → scores).
ALTER TABLE "risk_scores" DROP CONSTRAINT "risk_scores_organization_id_fkey";

-- AddForeignKey
ALTER TABLE "risk_scores" ADD CONSTRAINT "risk_scores_organization_id_basis_id_fkey" FOREIGN KEY ("organization_id", "basis_id") REFERENCES "risk_score_bases"("organization_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;
