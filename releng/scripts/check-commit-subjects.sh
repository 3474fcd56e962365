#!/bin/sh
# Copyright (c) 2026 Maillage contributors.
# SPDX-License-Identifier: EPL-2.0
#
# Fails when a commit subject since 8ce540e (main when the rule was checked, #14) is longer than 72 characters:
# the subject says what changed, the body says the details. Merge commits count too. Skipped outside a git clone
# (a source archive) or in a clone without that commit (a shallow one).
set -eu
cd "$(dirname "$0")/../.."
base=8ce540e
if ! git rev-parse --is-inside-work-tree > /dev/null 2>&1 || ! git cat-file -e "$base^{commit}" 2> /dev/null; then
    echo "commit subjects: not a git clone with $base, skipped"
    exit 0
fi
# Characters, not bytes: "Éléments" is 8 characters (awk's length() counts bytes in some locales).
long=$(git log --format='%h %s' "$base..HEAD" | python3 -c '
import sys
for line in sys.stdin.buffer.read().decode("utf-8").splitlines():
    subject = line.split(" ", 1)[1] if " " in line else ""
    if len(subject) > 72:
        print("%s (%d characters)" % (line, len(subject)))
')
if [ -n "$long" ]; then
    echo "commit subjects longer than 72 characters (put the details in the body):" >&2
    echo "$long" >&2
    exit 1
fi
echo "commit subjects since $base: all <= 72 characters"
