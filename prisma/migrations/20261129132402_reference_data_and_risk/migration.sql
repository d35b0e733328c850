-- CreateEnum
CREATE TYPE "reference_dataset" AS ENUM ('goods_list', 'tip_tiers', 'isic_sectors', 'indicators');

-- CreateEnum
CREATE TYPE "tip_tier" AS ENUM ('tier_1', 'tier_2', 'tier_1_or_2', 'tier_2_watch_list', 'tier_3', 'special_case');

-- CreateEnum
CREATE TYPE "indicator_kind" AS ENUM ('ilo_forced_labour', 'operational');

-- CreateEnum
CREATE TYPE "indicator_stage" AS ENUM ('recruitment', 'destination');

-- CreateEnum
CREATE TYPE "indicator_strength" AS ENUM ('strong', 'medium', 'weak');

-- CreateEnum
CREATE TYPE "risk_band" AS ENUM ('low', 'medium', 'high', 'critical');

-- CreateEnum
CREATE TYPE "risk_subject" AS ENUM ('supplier', 'site');

-- AlterTable
ALTER TABLE "suppliers" ADD COLUMN     "risk_band" "risk_band",
ADD COLUMN     "risk_score" SMALLINT;

-- CreateTable
CREATE TABLE "reference_editions" (
    "id" UUID NOT NULL,
    "organization_id" UUID,
    "dataset" "reference_dataset" NOT NULL,
    "edition" TEXT NOT NULL,
    "effective_date" DATE NOT NULL,
    "source" TEXT NOT NULL,
    "licence" TEXT NOT NULL,
    "row_count" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "loaded_by_user_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reference_editions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "goods_list_entries" (
    "id" UUID NOT NULL,
    "edition_id" UUID NOT NULL,
    "good" TEXT NOT NULL,
    "good_key" TEXT NOT NULL,
    "sector" TEXT NOT NULL,
    "country" CHAR(2) NOT NULL,
    "child_labor" BOOLEAN NOT NULL,
    "forced_labor" BOOLEAN NOT NULL,
    "forced_child_labor" BOOLEAN NOT NULL,
    "derived" BOOLEAN NOT NULL DEFAULT false,
    "derived_from_country" CHAR(2),

    CONSTRAINT "goods_list_entries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tip_tier_entries" (
    "id" UUID NOT NULL,
    "edition_id" UUID NOT NULL,
    "country" CHAR(2) NOT NULL,
    "report_year" SMALLINT NOT NULL,
    "tier" "tip_tier" NOT NULL,
    "summary" TEXT,

    CONSTRAINT "tip_tier_entries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sectors" (
    "id" UUID NOT NULL,
    "edition_id" UUID NOT NULL,
    "section" CHAR(1) NOT NULL,
    "section_title" TEXT NOT NULL,
    "division" CHAR(2) NOT NULL,
    "division_title" TEXT NOT NULL,

    CONSTRAINT "sectors_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "indicators" (
    "id" UUID NOT NULL,
    "edition_id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "kind" "indicator_kind" NOT NULL,
    "group_number" SMALLINT,
    "stage" "indicator_stage",
    "strength" "indicator_strength",
    "strength_source" TEXT,
    "title" TEXT NOT NULL,
    "explanation" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL,

    CONSTRAINT "indicators_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "indicator_mappings" (
    "id" UUID NOT NULL,
    "operational_indicator_id" UUID NOT NULL,
    "ilo_indicator_id" UUID NOT NULL,

    CONSTRAINT "indicator_mappings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "indicator_strength_overrides" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "indicator_code" TEXT NOT NULL,
    "strength" "indicator_strength" NOT NULL,
    "rationale" TEXT NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "indicator_strength_overrides_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "risk_settings" (
    "organization_id" UUID NOT NULL,
    "weights" JSONB NOT NULL,
    "band_thresholds" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_by_user_id" UUID,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "risk_settings_pkey" PRIMARY KEY ("organization_id")
);

-- CreateTable
CREATE TABLE "country_risk_overrides" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "country" CHAR(2) NOT NULL,
    "points" SMALLINT NOT NULL,
    "reason" TEXT NOT NULL,
    "updated_by_user_id" UUID,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "country_risk_overrides_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "risk_scores" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "subject" "risk_subject" NOT NULL,
    "subject_id" UUID NOT NULL,
    "inherent_score" SMALLINT NOT NULL,
    "inherent_band" "risk_band" NOT NULL,
    "residual_score" SMALLINT NOT NULL,
    "residual_band" "risk_band" NOT NULL,
    "factors" JSONB NOT NULL,
    "unknowns" JSONB NOT NULL,
    "basis" JSONB NOT NULL,
    "is_current" BOOLEAN NOT NULL DEFAULT true,
    "computed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "risk_scores_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "risk_recomputations" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "subjects_total" INTEGER NOT NULL DEFAULT 0,
    "subjects_done" INTEGER NOT NULL DEFAULT 0,
    "changed" INTEGER NOT NULL DEFAULT 0,
    "error_message" TEXT,
    "requested_by_user_id" UUID,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "risk_recomputations_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "reference_editions_dataset_organization_id_effective_date_idx" ON "reference_editions"("dataset", "organization_id", "effective_date");

-- CreateIndex
CREATE UNIQUE INDEX "reference_editions_dataset_sha256_organization_id_key" ON "reference_editions"("dataset", "sha256", "organization_id");

-- CreateIndex
CREATE INDEX "goods_list_entries_edition_id_country_idx" ON "goods_list_entries"("edition_id", "country");

-- CreateIndex
CREATE INDEX "tip_tier_entries_edition_id_report_year_idx" ON "tip_tier_entries"("edition_id", "report_year");

-- CreateIndex
CREATE UNIQUE INDEX "tip_tier_entries_edition_id_country_report_year_key" ON "tip_tier_entries"("edition_id", "country", "report_year");

-- CreateIndex
CREATE UNIQUE INDEX "sectors_edition_id_division_key" ON "sectors"("edition_id", "division");

-- CreateIndex
CREATE UNIQUE INDEX "indicators_edition_id_code_key" ON "indicators"("edition_id", "code");

-- CreateIndex
CREATE UNIQUE INDEX "indicator_mappings_operational_indicator_id_ilo_indicator_i_key" ON "indicator_mappings"("operational_indicator_id", "ilo_indicator_id");

-- CreateIndex
CREATE UNIQUE INDEX "indicator_strength_overrides_organization_id_indicator_code_key" ON "indicator_strength_overrides"("organization_id", "indicator_code");

-- CreateIndex
CREATE UNIQUE INDEX "country_risk_overrides_organization_id_country_key" ON "country_risk_overrides"("organization_id", "country");

-- CreateIndex
CREATE INDEX "risk_scores_organization_id_subject_subject_id_computed_at_idx" ON "risk_scores"("organization_id", "subject", "subject_id", "computed_at" DESC);

-- CreateIndex
CREATE INDEX "risk_scores_organization_id_subject_is_current_residual_ban_idx" ON "risk_scores"("organization_id", "subject", "is_current", "residual_band");

-- CreateIndex
CREATE INDEX "risk_recomputations_organization_id_started_at_idx" ON "risk_recomputations"("organization_id", "started_at" DESC);

-- CreateIndex
CREATE INDEX "suppliers_organization_id_risk_band_risk_score_idx" ON "suppliers"("organization_id", "risk_band", "risk_score");

-- AddForeignKey
ALTER TABLE "reference_editions" ADD CONSTRAINT "reference_editions_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "goods_list_entries" ADD CONSTRAINT "goods_list_entries_edition_id_fkey" FOREIGN KEY ("edition_id") REFERENCES "reference_editions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tip_tier_entries" ADD CONSTRAINT "tip_tier_entries_edition_id_fkey" FOREIGN KEY ("edition_id") REFERENCES "reference_editions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sectors" ADD CONSTRAINT "sectors_edition_id_fkey" FOREIGN KEY ("edition_id") REFERENCES "reference_editions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_edition_id_fkey" FOREIGN KEY ("edition_id") REFERENCES "reference_editions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_mappings" ADD CONSTRAINT "indicator_mappings_operational_indicator_id_fkey" FOREIGN KEY ("operational_indicator_id") REFERENCES "indicators"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_mappings" ADD CONSTRAINT "indicator_mappings_ilo_indicator_id_fkey" FOREIGN KEY ("ilo_indicator_id") REFERENCES "indicators"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_strength_overrides" ADD CONSTRAINT "indicator_strength_overrides_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "risk_settings" ADD CONSTRAINT "risk_settings_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "country_risk_overrides" ADD CONSTRAINT "country_risk_overrides_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "risk_scores" ADD CONSTRAINT "risk_scores_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "risk_recomputations" ADD CONSTRAINT "risk_recomputations_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;
