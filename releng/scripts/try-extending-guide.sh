#!/bin/sh
# Copyright (c) 2026 Maillage contributors.
# SPDX-License-Identifier: EPL-2.0
#
# Follows the guide of docs/extending.md as a new modeller would, in a scratch folder: writes each file the guide
# shows (a code block after <!-- guide-file: PATH -->) and runs each command block marked <!-- guide-run -->, with
# `mvn` being this repository's ./mvnw (offline unless MAILLAGE_GUIDE_ONLINE=1). Run by CI after the main build.
# MAILLAGE_P2 is the p2 repository the guide builds against: by default the update site of this build, else the
# product's repository. Usage: try-extending-guide.sh [SCRATCH_FOLDER]. Exit code 0 when the guide works, 1 if not.
set -eu
repo=$(cd "$(dirname "$0")/../.." && pwd)
. "$repo/releng/scripts/common.sh"
maillage_select_jdk
scratch=${1:-"$repo/releng/org.maillage.product/target/extending-guide"}
if [ -z "${MAILLAGE_P2:-}" ]; then
    for candidate in releng/org.maillage.site/target/repository releng/org.maillage.product/target/repository; do
        [ -f "$repo/$candidate/content.jar" ] || [ -f "$repo/$candidate/content.xml.xz" ] || continue
        MAILLAGE_P2="file:$repo/$candidate"
        break
    done
fi
[ -n "${MAILLAGE_P2:-}" ] || { maillage_say "no p2 repository of Maillage: build it first (./mvnw verify)"; exit 1; }
export MAILLAGE_P2
rm -rf "$scratch" && mkdir -p "$scratch"

# The guide's blocks, in order: files written, commands gathered into one script run from the scratch folder.
python3 - "$repo/docs/extending.md" "$scratch" <<'PYTHON'
import os, re, sys
text, scratch = open(sys.argv[1], encoding="utf-8").read(), sys.argv[2]
blocks = re.findall(r"<!-- guide-(file: (\S+)|run) -->\n```[a-z]*\n(.*?)```", text, re.S)
if not blocks:
    sys.exit("docs/extending.md: no guide block")
with open(os.path.join(scratch, "guide-commands.sh"), "w", encoding="utf-8") as commands:
    for kind, path, body in blocks:
        if kind == "run":
            commands.write("(\n" + body + ")\n")
        else:
            os.makedirs(os.path.dirname(os.path.join(scratch, path)), exist_ok=True)
            with open(os.path.join(scratch, path), "w", encoding="utf-8") as f:
                f.write(body)
print(f"{len(blocks)} blocks of docs/extending.md in {scratch}")
PYTHON

mkdir -p "$scratch/.bin"
offline=-o
[ "${MAILLAGE_GUIDE_ONLINE:-0}" = 1 ] && offline=
# tycho.localArtifacts=ignore: resolve against MAILLAGE_P2 only, as a modeller's machine would, not against the
# Maillage bundles this machine's builds left in the local Maven repository.
printf '#!/bin/sh\nexec "%s/mvnw" %s -Dtycho.localArtifacts=ignore "$@"\n' "$repo" "$offline" > "$scratch/.bin/mvn"
chmod +x "$scratch/.bin/mvn"
cd "$scratch"
if PATH="$scratch/.bin:$PATH" sh -eux guide-commands.sh; then
    maillage_say "docs/extending.md: the guide builds its plug-in against $MAILLAGE_P2"
else
    maillage_say "docs/extending.md: the guide FAILED in $scratch (against $MAILLAGE_P2)"
    exit 1
fi
