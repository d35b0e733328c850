-- Trigram similarity (duplicate detection). pg_trgm is a trusted extension on PostgreSQL 13+ and
-- is bundled with the embedded database.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateEnum
CREATE TYPE "import_entity_type" AS ENUM ('suppliers', 'sites', 'recruiters');

-- CreateEnum
CREATE TYPE "import_status" AS ENUM ('uploaded', 'validated', 'importing', 'completed', 'failed', 'cancelled');

-- CreateEnum
CREATE TYPE "recruiter_type" AS ENUM ('recruitment_agency', 'labour_provider', 'sub_agent', 'other');

-- CreateEnum
CREATE TYPE "recruiter_fee_policy" AS ENUM ('no_fees', 'fees_charged', 'unknown');

-- CreateEnum
CREATE TYPE "licence_status" AS ENUM ('valid', 'expired', 'suspended', 'revoked', 'unlicensed', 'unknown');

-- CreateEnum
CREATE TYPE "supplier_status" AS ENUM ('onboarding', 'active', 'suspended', 'exited');

-- CreateEnum
CREATE TYPE "site_type" AS ENUM ('factory', 'farm', 'mine', 'vessel', 'warehouse', 'office', 'worksite');

-- CreateEnum
CREATE TYPE "duplicate_candidate_status" AS ENUM ('pending', 'merged', 'rejected');

-- CreateTable
CREATE TABLE "import_batches" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "entity_type" "import_entity_type" NOT NULL,
    "file_id" UUID,
    "file_name" TEXT NOT NULL,
    "file_format" TEXT NOT NULL,
    "headers" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "column_mapping" JSONB,
    "status" "import_status" NOT NULL DEFAULT 'uploaded',
    "row_count" INTEGER NOT NULL DEFAULT 0,
    "valid_row_count" INTEGER NOT NULL DEFAULT 0,
    "invalid_row_count" INTEGER NOT NULL DEFAULT 0,
    "processed_rows" INTEGER NOT NULL DEFAULT 0,
    "result" JSONB,
    "error_message" TEXT,
    "created_by_user_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "validated_at" TIMESTAMPTZ(3),
    "started_at" TIMESTAMPTZ(3),
    "completed_at" TIMESTAMPTZ(3),

    CONSTRAINT "import_batches_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "import_rows" (
    "import_batch_id" UUID NOT NULL,
    "row_number" INTEGER NOT NULL,
    "organization_id" UUID NOT NULL,
    "cells" JSONB NOT NULL,
    "errors" JSONB NOT NULL DEFAULT '[]',
    "is_valid" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "import_rows_pkey" PRIMARY KEY ("import_batch_id","row_number")
);

-- CreateTable
CREATE TABLE "stored_files" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "purpose" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "byte_size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "created_by_user_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "stored_files_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "recruiters" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "normalized_name" TEXT NOT NULL,
    "recruiter_type" "recruiter_type" NOT NULL DEFAULT 'recruitment_agency',
    "countries" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "fee_policy" "recruiter_fee_policy" NOT NULL DEFAULT 'unknown',
    "fee_amount" DECIMAL(14,2),
    "fee_currency" CHAR(3),
    "website" TEXT,
    "archived_at" TIMESTAMPTZ(3),
    "import_batch_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "recruiters_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "recruiter_licences" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "recruiter_id" UUID NOT NULL,
    "licence_number" TEXT,
    "issuing_authority" TEXT,
    "issuing_country" CHAR(2),
    "status" "licence_status" NOT NULL DEFAULT 'unknown',
    "valid_from" DATE,
    "valid_until" DATE,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "recruiter_licences_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "recruitment_corridors" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "recruiter_id" UUID NOT NULL,
    "origin_country" CHAR(2) NOT NULL,
    "destination_country" CHAR(2) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "recruitment_corridors_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "recruiter_site_links" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "recruiter_id" UUID NOT NULL,
    "site_id" UUID NOT NULL,
    "workers_recruited" INTEGER,
    "year" SMALLINT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "recruiter_site_links_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "recruiter_edges" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "recruiter_id" UUID NOT NULL,
    "sub_agent_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "recruiter_edges_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "suppliers" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "legal_name" TEXT NOT NULL,
    "normalized_name" TEXT NOT NULL,
    "other_names" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "registration_id" TEXT,
    "country" CHAR(2) NOT NULL,
    "address" TEXT,
    "website" TEXT,
    "website_domain" TEXT,
    "sector_section" CHAR(1),
    "sector_division" CHAR(2),
    "products" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "annual_spend_amount" DECIMAL(18,2),
    "annual_spend_currency" CHAR(3),
    "relationship_owner" TEXT,
    "status" "supplier_status" NOT NULL DEFAULT 'active',
    "is_direct" BOOLEAN NOT NULL DEFAULT true,
    "tier" SMALLINT,
    "merged_into_id" UUID,
    "archived_at" TIMESTAMPTZ(3),
    "import_batch_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "suppliers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sites" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "supplier_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "country" CHAR(2) NOT NULL,
    "region" TEXT,
    "address" TEXT,
    "latitude" DECIMAL(9,6),
    "longitude" DECIMAL(9,6),
    "site_type" "site_type" NOT NULL,
    "headcount" INTEGER,
    "migrant_share" DECIMAL(5,2),
    "temporary_share" DECIMAL(5,2),
    "seasonal_share" DECIMAL(5,2),
    "women_share" DECIMAL(5,2),
    "young_worker_share" DECIMAL(5,2),
    "employer_housing" BOOLEAN,
    "archived_at" TIMESTAMPTZ(3),
    "import_batch_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "sites_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "supply_edges" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "buyer_supplier_id" UUID NOT NULL,
    "supplier_id" UUID NOT NULL,
    "buyer_site_id" UUID,
    "supplier_site_id" UUID,
    "product" TEXT,
    "since" DATE,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "supply_edges_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "duplicate_candidates" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "supplier_a_id" UUID NOT NULL,
    "supplier_b_id" UUID NOT NULL,
    "score" DECIMAL(4,3) NOT NULL,
    "reasons" JSONB NOT NULL,
    "status" "duplicate_candidate_status" NOT NULL DEFAULT 'pending',
    "decided_by_user_id" UUID,
    "decided_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "duplicate_candidates_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "import_batches_organization_id_created_at_idx" ON "import_batches"("organization_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "import_rows_organization_id_import_batch_id_is_valid_idx" ON "import_rows"("organization_id", "import_batch_id", "is_valid");

-- CreateIndex
CREATE INDEX "stored_files_organization_id_created_at_idx" ON "stored_files"("organization_id", "created_at");

-- CreateIndex
CREATE INDEX "recruiters_organization_id_archived_at_name_idx" ON "recruiters"("organization_id", "archived_at", "name");

-- CreateIndex
CREATE INDEX "recruiters_organization_id_normalized_name_idx" ON "recruiters"("organization_id", "normalized_name");

-- CreateIndex
CREATE INDEX "recruiters_normalized_name_trgm_idx" ON "recruiters" USING GIN ("normalized_name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "recruiter_licences_organization_id_recruiter_id_idx" ON "recruiter_licences"("organization_id", "recruiter_id");

-- CreateIndex
CREATE INDEX "recruiter_licences_organization_id_status_idx" ON "recruiter_licences"("organization_id", "status");

-- CreateIndex
CREATE INDEX "recruitment_corridors_organization_id_origin_country_destin_idx" ON "recruitment_corridors"("organization_id", "origin_country", "destination_country");

-- CreateIndex
CREATE UNIQUE INDEX "recruitment_corridors_organization_id_recruiter_id_origin_c_key" ON "recruitment_corridors"("organization_id", "recruiter_id", "origin_country", "destination_country");

-- CreateIndex
CREATE INDEX "recruiter_site_links_organization_id_recruiter_id_idx" ON "recruiter_site_links"("organization_id", "recruiter_id");

-- CreateIndex
CREATE INDEX "recruiter_site_links_organization_id_site_id_idx" ON "recruiter_site_links"("organization_id", "site_id");

-- CreateIndex
CREATE INDEX "recruiter_edges_organization_id_sub_agent_id_idx" ON "recruiter_edges"("organization_id", "sub_agent_id");

-- CreateIndex
CREATE UNIQUE INDEX "recruiter_edges_organization_id_recruiter_id_sub_agent_id_key" ON "recruiter_edges"("organization_id", "recruiter_id", "sub_agent_id");

-- CreateIndex
CREATE INDEX "suppliers_organization_id_archived_at_legal_name_idx" ON "suppliers"("organization_id", "archived_at", "legal_name");

-- CreateIndex
CREATE INDEX "suppliers_organization_id_normalized_name_idx" ON "suppliers"("organization_id", "normalized_name");

-- CreateIndex
CREATE INDEX "suppliers_normalized_name_trgm_idx" ON "suppliers" USING GIN ("normalized_name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "suppliers_organization_id_country_idx" ON "suppliers"("organization_id", "country");

-- CreateIndex
CREATE INDEX "suppliers_organization_id_tier_idx" ON "suppliers"("organization_id", "tier");

-- CreateIndex
CREATE INDEX "suppliers_organization_id_status_idx" ON "suppliers"("organization_id", "status");

-- CreateIndex
CREATE INDEX "suppliers_organization_id_sector_section_sector_division_idx" ON "suppliers"("organization_id", "sector_section", "sector_division");

-- CreateIndex
CREATE INDEX "suppliers_organization_id_registration_id_idx" ON "suppliers"("organization_id", "registration_id");

-- CreateIndex
CREATE INDEX "suppliers_organization_id_website_domain_idx" ON "suppliers"("organization_id", "website_domain");

-- CreateIndex
CREATE INDEX "suppliers_organization_id_created_at_idx" ON "suppliers"("organization_id", "created_at");

-- CreateIndex
CREATE INDEX "sites_organization_id_supplier_id_idx" ON "sites"("organization_id", "supplier_id");

-- CreateIndex
CREATE INDEX "sites_organization_id_country_idx" ON "sites"("organization_id", "country");

-- CreateIndex
CREATE INDEX "supply_edges_organization_id_buyer_supplier_id_idx" ON "supply_edges"("organization_id", "buyer_supplier_id");

-- CreateIndex
CREATE INDEX "supply_edges_organization_id_supplier_id_idx" ON "supply_edges"("organization_id", "supplier_id");

-- CreateIndex
CREATE INDEX "duplicate_candidates_organization_id_status_created_at_idx" ON "duplicate_candidates"("organization_id", "status", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "duplicate_candidates_organization_id_supplier_a_id_supplier_key" ON "duplicate_candidates"("organization_id", "supplier_a_id", "supplier_b_id");

-- AddForeignKey
ALTER TABLE "import_batches" ADD CONSTRAINT "import_batches_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_batches" ADD CONSTRAINT "import_batches_file_id_fkey" FOREIGN KEY ("file_id") REFERENCES "stored_files"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_rows" ADD CONSTRAINT "import_rows_import_batch_id_fkey" FOREIGN KEY ("import_batch_id") REFERENCES "import_batches"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stored_files" ADD CONSTRAINT "stored_files_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recruiters" ADD CONSTRAINT "recruiters_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recruiter_licences" ADD CONSTRAINT "recruiter_licences_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recruiter_licences" ADD CONSTRAINT "recruiter_licences_recruiter_id_fkey" FOREIGN KEY ("recruiter_id") REFERENCES "recruiters"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recruitment_corridors" ADD CONSTRAINT "recruitment_corridors_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recruitment_corridors" ADD CONSTRAINT "recruitment_corridors_recruiter_id_fkey" FOREIGN KEY ("recruiter_id") REFERENCES "recruiters"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recruiter_site_links" ADD CONSTRAINT "recruiter_site_links_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recruiter_site_links" ADD CONSTRAINT "recruiter_site_links_recruiter_id_fkey" FOREIGN KEY ("recruiter_id") REFERENCES "recruiters"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recruiter_site_links" ADD CONSTRAINT "recruiter_site_links_site_id_fkey" FOREIGN KEY ("site_id") REFERENCES "sites"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recruiter_edges" ADD CONSTRAINT "recruiter_edges_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recruiter_edges" ADD CONSTRAINT "recruiter_edges_recruiter_id_fkey" FOREIGN KEY ("recruiter_id") REFERENCES "recruiters"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recruiter_edges" ADD CONSTRAINT "recruiter_edges_sub_agent_id_fkey" FOREIGN KEY ("sub_agent_id") REFERENCES "recruiters"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "suppliers" ADD CONSTRAINT "suppliers_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sites" ADD CONSTRAINT "sites_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sites" ADD CONSTRAINT "sites_supplier_id_fkey" FOREIGN KEY ("supplier_id") REFERENCES "suppliers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supply_edges" ADD CONSTRAINT "supply_edges_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supply_edges" ADD CONSTRAINT "supply_edges_buyer_supplier_id_fkey" FOREIGN KEY ("buyer_supplier_id") REFERENCES "suppliers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supply_edges" ADD CONSTRAINT "supply_edges_supplier_id_fkey" FOREIGN KEY ("supplier_id") REFERENCES "suppliers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supply_edges" ADD CONSTRAINT "supply_edges_buyer_site_id_fkey" FOREIGN KEY ("buyer_site_id") REFERENCES "sites"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supply_edges" ADD CONSTRAINT "supply_edges_supplier_site_id_fkey" FOREIGN KEY ("supplier_site_id") REFERENCES "sites"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "duplicate_candidates" ADD CONSTRAINT "duplicate_candidates_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;
