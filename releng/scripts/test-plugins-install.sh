#!/bin/sh
# Copyright (c) 2026 Maillage contributors.
# SPDX-License-Identifier: EPL-2.0
#
# Installing a plugin into the built Linux product, as a user does (#17): unpacks the archive into a scratch folder
# that only this test writes to (and a scratch HOME), lists the plugins, installs the CLSM example from the local
# update site (releng/org.maillage.site) with `maillage plugins install`, then, in new processes (a restart), checks
# that its command is listed by --help, that its kind is counted by `info` and that its rule CLSM-001 reports on a
# roadmap with a CLSM; removes it and checks that all three are gone and the product still starts. Bad input: a
# folder that is no update site, a feature the site lacks, the removal of Maillage itself give their French
# message and exit code. Headless: no display needed.
set -eu
cd "$(dirname "$0")/../.."
. releng/scripts/common.sh

archive=releng/org.maillage.product/target/products/maillage-0.1.0-SNAPSHOT-linux.gtk.x86_64.tar.gz
site="$PWD/releng/org.maillage.site/target/repository"
fail() { maillage_say "plugin install test FAILED: $*"; exit 1; }
[ -s "$archive" ] || fail "no product archive $archive (build it with ./mvnw verify)"
[ -f "$site/content.jar" ] || [ -f "$site/content.xml" ] || [ -f "$site/content.xml.xz" ] || \
    fail "no update site in $site (build releng/org.maillage.site)"

scratch=$(mktemp -d "${TMPDIR:-/tmp}/maillage-plugins.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
product="$scratch/maillage"; mkdir -p "$product" "$scratch/home"
tar xzf "$archive" -C "$product"
export HOME="$scratch/home" MAILLAGE_JAVA="$JAVA_HOME/bin/java" MAILLAGE_LANG=fr
out="$scratch/out"; mkdir -p "$out"
m() { "$product/maillage" "$@"; }

# A roadmap with a CLSM (no territory, no CLS: the example's rule reports it twice).
sed -e 's#xmlns:maillage="http://maillage.org/model/1.0"#& xmlns:clsm="http://maillage.org/example/clsm/1.0"#' \
    -e 's#^</maillage:ModeleMaillage>#  <dispositifs xsi:type="clsm:Clsm" uuid="essai-clsm" nom="CLSM d'"'"'essai"/>\n&#' \
    bundles/org.maillage.examples/examples/eure.maillage > "$scratch/eure-clsm.maillage"

m plugins list > "$out/list0.txt" || fail "plugins list: exit code $?"
grep -q '^org.maillage.feature' "$out/list0.txt" || fail "plugins list printed: $(cat "$out/list0.txt")"
! grep -q 'org.maillage.example.clsm.feature' "$out/list0.txt" || fail "the example is installed before the test"
m --help > "$out/help0.txt"; ! grep -q 'clsm-liste' "$out/help0.txt" || fail "clsm-liste listed before install"

# Bad input.
mkdir -p "$scratch/pas-un-site"
code=0; m plugins install --repository "$scratch/pas-un-site" --feature org.maillage.example.clsm.feature \
    2> "$out/bad-site.txt" || code=$?
[ "$code" = 3 ] || fail "a folder that is no site gave exit code $code: $(cat "$out/bad-site.txt")"
grep -q "n'est pas un site de mise à jour p2" "$out/bad-site.txt" || fail "bad site: $(cat "$out/bad-site.txt")"
code=0; m plugins install --repository "$site" --feature org.example.absente 2> "$out/bad-feature.txt" || code=$?
[ "$code" = 3 ] || fail "a missing feature gave exit code $code: $(cat "$out/bad-feature.txt")"
grep -q "n'a pas de fonctionnalité « org.example.absente »" "$out/bad-feature.txt" || \
    fail "missing feature: $(cat "$out/bad-feature.txt")"
code=0; m plugins remove --feature org.maillage.feature 2> "$out/bad-remove.txt" || code=$?
[ "$code" = 2 ] || fail "removing Maillage gave exit code $code: $(cat "$out/bad-remove.txt")"
grep -q "fait partie de Maillage lui-même" "$out/bad-remove.txt" || fail "remove core: $(cat "$out/bad-remove.txt")"

# Install, then a new process: command, kind and rule active.
m plugins install --repository "$site" --feature org.maillage.example.clsm.feature > "$out/install.txt" 2>&1 || \
    fail "plugins install: exit code $? $(cat "$out/install.txt")"
m plugins list > "$out/list1.txt"; grep -q '^org.maillage.example.clsm.feature' "$out/list1.txt" || \
    fail "installed but not listed: $(cat "$out/list1.txt")"
m --help > "$out/help1.txt"; grep -q 'clsm-liste' "$out/help1.txt" || fail "clsm-liste not listed after install"
m info "$scratch/eure-clsm.maillage" > "$out/info1.txt" 2>&1 || fail "info with the example: $(cat "$out/info1.txt")"
grep -qi 'clsm' "$out/info1.txt" || fail "info does not count the CLSM: $(cat "$out/info1.txt")"
code=0; m validate "$scratch/eure-clsm.maillage" > "$out/validate1.txt" 2>&1 || code=$?
grep -q 'CLSM-001' "$out/validate1.txt" || fail "rule CLSM-001 not active (exit $code): $(cat "$out/validate1.txt")"

# Remove, then a new process: all gone, the product still starts.
m plugins remove --feature org.maillage.example.clsm.feature > "$out/remove.txt" 2>&1 || \
    fail "plugins remove: exit code $? $(cat "$out/remove.txt")"
m --version > /dev/null || fail "the product no longer starts after the removal"
m plugins list > "$out/list2.txt"; ! grep -q 'org.maillage.example.clsm.feature' "$out/list2.txt" || \
    fail "still listed after removal"
m --help > "$out/help2.txt"; ! grep -q 'clsm-liste' "$out/help2.txt" || fail "clsm-liste still listed after removal"
code=0; m validate "$scratch/eure-clsm.maillage" > "$out/validate2.txt" 2>&1 || code=$?
! grep -q 'CLSM-001' "$out/validate2.txt" || fail "rule CLSM-001 still active after removal"
maillage_say "plugin install test passed (install, restart, command/kind/rule active, remove, bad input)"
