-- CreateEnum
CREATE TYPE "JobType" AS ENUM ('calibration', 'benchmark');

-- CreateEnum
CREATE TYPE "JobStatus" AS ENUM ('pending', 'running', 'completed', 'failed', 'cancelled');

-- CreateEnum
CREATE TYPE "MetricSource" AS ENUM ('job', 'external');

-- CreateTable
CREATE TABLE "jobs" (
    "id" UUID NOT NULL,
    "type" "JobType" NOT NULL,
    "status" "JobStatus" NOT NULL DEFAULT 'pending',
    "algorithm" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "params" JSONB NOT NULL,
    "steps_total" INTEGER NOT NULL,
    "steps_done" INTEGER NOT NULL DEFAULT 0,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "worker_id" TEXT,
    "result" JSONB,
    "error" TEXT,
    "checkpoint" JSONB,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMPTZ(6),
    "completed_at" TIMESTAMPTZ(6),
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "parent_id" UUID,

    CONSTRAINT "jobs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "metric_points" (
    "id" BIGSERIAL NOT NULL,
    "ts" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "psi" DOUBLE PRECISION NOT NULL,
    "rho" DOUBLE PRECISION NOT NULL,
    "omega" DOUBLE PRECISION NOT NULL,
    "algorithm" TEXT NOT NULL,
    "mode" TEXT,
    "source" "MetricSource" NOT NULL,
    "job_id" UUID,
    "step" INTEGER,
    "j" DOUBLE PRECISION,
    "resonance_score" DOUBLE PRECISION,
    "accepted" BOOLEAN,
    "regime_switch" BOOLEAN,
    "notes" TEXT,
    "detail" JSONB,

    CONSTRAINT "metric_points_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "stream_events" (
    "id" BIGSERIAL NOT NULL,
    "ts" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "type" TEXT NOT NULL,
    "job_id" UUID,
    "payload" JSONB NOT NULL,

    CONSTRAINT "stream_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "jobs_created_at_idx" ON "jobs"("created_at" DESC);

-- CreateIndex
CREATE INDEX "jobs_status_created_at_idx" ON "jobs"("status", "created_at");

-- CreateIndex
CREATE INDEX "metric_points_ts_idx" ON "metric_points"("ts");

-- CreateIndex
CREATE INDEX "metric_points_source_ts_idx" ON "metric_points"("source", "ts");

-- CreateIndex
CREATE UNIQUE INDEX "metric_points_job_id_step_key" ON "metric_points"("job_id", "step");

-- CreateIndex
CREATE INDEX "stream_events_ts_idx" ON "stream_events"("ts");

-- AddForeignKey
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "jobs"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "metric_points" ADD CONSTRAINT "metric_points_job_id_fkey" FOREIGN KEY ("job_id") REFERENCES "jobs"("id") ON DELETE CASCADE ON UPDATE CASCADE;
