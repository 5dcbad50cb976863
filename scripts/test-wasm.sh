#!/usr/bin/env bash
# (under construction)
set -euo pipefail
