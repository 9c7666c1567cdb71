#!/usr/bin/env bash
# One scheduled crawl with a persistent job directory; exits with the run report's code (3 = a portal broke).
# Used by gongkai.cron and gongkai-crawl.service. Settings come from the environment (see README).
set -euo pipefail
cd "$(dirname "$0")/../.."
job="${GONGKAI_JOB_DIR:-output/job}"
mkdir -p "$job"
# The job directory holds what a run resumes from: the store and the run reports.
export GONGKAI_STORE="${GONGKAI_STORE:-$job/gongkai.sqlite}" GONGKAI_RUN_REPORT_DIR="${GONGKAI_RUN_REPORT_DIR:-$job/runs}"
# One run at a time: a slow run still going when the next is due makes the next one wait, not overlap.
exec flock "$job/.lock" .venv/bin/scrapy crawl portals "$@"
