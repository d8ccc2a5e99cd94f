#!/usr/bin/env bash
# The whole test suite: set up, lint, type check, tests (with the evaluation gates).
source "$(dirname "$0")/_venv.sh" "dev,api,spark"
echo "== ruff"; ruff check src tests benchmarks
echo "== mypy (strict, src/)"; mypy
echo "== pytest"; python -m pytest -q -p no:cacheprovider "$@"
