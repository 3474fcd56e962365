#!/bin/sh
# Copyright (c) 2026 Maillage contributors.
# SPDX-License-Identifier: EPL-2.0
#
# Smoke test of the built Linux product, through its own launcher script, as a user starts it:
# the command line answers --version and --help with exit code 0 and a wrong command with 2, imports the built-in
# territory of a département, merges as Git's driver, writes the CTS dossier as PPTX with a silent standard error;
# the workbench opens
# a window titled Maillage and exits with 0 when that window is closed. Needs a display (./run-tests gives one).
set -eu
cd "$(dirname "$0")/../.."
. releng/scripts/common.sh

product="$MAILLAGE_PRODUCT_DIR"
out="releng/org.maillage.product/target/smoke"
rm -rf "$out" && mkdir -p "$out"
fail() { maillage_say "smoke test FAILED: $*"; exit 1; }

[ -x "$product/maillage" ] || fail "no product at $product (build it with ./mvnw verify)"
for archive in maillage-0.1.0-SNAPSHOT-linux.gtk.x86_64.tar.gz maillage-0.1.0-SNAPSHOT-win32.win32.x86_64.zip; do
    [ -s "releng/org.maillage.product/target/products/$archive" ] || fail "missing archive $archive"
done

export MAILLAGE_JAVA="$JAVA_HOME/bin/java"

"$product/maillage" --version > "$out/version.txt" || fail "--version exit code $?"
grep -q '^Maillage 0\.1\.0' "$out/version.txt" || fail "--version printed: $(cat "$out/version.txt")"
"$product/maillage" --help > "$out/help.txt" || fail "--help exit code $?"
grep -q 'Usage : maillage' "$out/help.txt" || fail "--help is not in French: $(cat "$out/help.txt")"
code=0; "$product/maillage" commande-inconnue > /dev/null 2> "$out/unknown.txt" || code=$?
[ "$code" = 2 ] || fail "an unknown command gave exit code $code instead of 2"
# The INSEE territory built into the product at build time, used without --data.
"$product/maillage" import-territory --departement 27 --out "$out/eure-territoire.maillage" > "$out/territory.txt" \
    || fail "import-territory without --data: exit code $? $(cat "$out/territory.txt")"
grep -q 'millésime 2026' "$out/territory.txt" || fail "import-territory printed: $(cat "$out/territory.txt")"
# The model merge as Git's driver runs it (#16): the launcher, --git, the result written into %A.
cp "$out/eure-territoire.maillage" "$out/merge-a.maillage"
"$product/maillage" merge --git "$out/eure-territoire.maillage" "$out/merge-a.maillage" \
    "$out/eure-territoire.maillage" > "$out/merge.txt" 2>&1 || fail "merge --git: exit code $? $(cat "$out/merge.txt")"
grep -q 'sans conflit' "$out/merge.txt" || fail "merge --git printed: $(cat "$out/merge.txt")"
# The CTS dossier as slides (#15), with nothing on standard error: no library's English log line among the French.
cp bundles/org.maillage.examples/examples/eure.maillage "$out/eure.maillage"
"$product/maillage" report --design dossier-cts --format pptx --date 2024-12-12 --out "$out/dossier.pptx" \
    "$out/eure.maillage" > "$out/dossier.txt" 2> "$out/dossier-err.txt" || fail "report pptx: exit code $?"
[ ! -s "$out/dossier-err.txt" ] || fail "report pptx printed on standard error: $(cat "$out/dossier-err.txt")"
[ "$(head -c 2 "$out/dossier.pptx")" = PK ] || fail "report pptx wrote no PPTX"

# The workbench, with a throw-away home so that no user workspace is touched.
home="$out/home"; mkdir -p "$home"
HOME="$PWD/$home" "$product/maillage" > "$out/workbench.log" 2>&1 &
pid=$!
window=""
for _ in $(seq 1 60); do
    window=$(xdotool search --onlyvisible --name '^Maillage' 2>/dev/null | head -n 1) || true
    [ -n "$window" ] && break
    kill -0 "$pid" 2>/dev/null || fail "the workbench exited before showing a window: $(cat "$out/workbench.log")"
    sleep 1
done
[ -n "$window" ] || { kill "$pid"; fail "no window titled Maillage after 60 s"; }
sleep 2
command -v import >/dev/null 2>&1 && import -window root "$out/workbench.png" 2>/dev/null || true
python3 releng/scripts/x11_close_window.py "$window"
for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
if kill -0 "$pid" 2>/dev/null; then kill "$pid"; fail "the workbench did not exit within 30 s of closing its window"; fi
code=0; wait "$pid" || code=$?
[ "$code" = 0 ] || fail "the workbench exited with code $code: $(tail -n 20 "$out/workbench.log")"
[ -f "$home/.maillage/workspace/.metadata/.plugins/org.eclipse.e4.workbench/workbench.xmi" ] || \
    fail "the workbench did not save its state on exit"
maillage_say "product smoke test passed (CLI, workbench window, clean exit)"
