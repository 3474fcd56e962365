#!/bin/sh
# Copyright (c) 2026 Maillage contributors.
# SPDX-License-Identifier: EPL-2.0
#
# Takes the screenshots of the main screens (home page, explorer and editor, filtered explorer, articulation
# diagram, problems view, new roadmap wizard; report wizard; spreadsheet wizards) by running the UI tests
# ScreenshotsTest, GenerateReportWizardTest and SpreadsheetWizardsTest inside the real application under Xvfb, in
# French and in English, and copies them to
# docs/screenshots/ (French: NAME.png, English: NAME-en.png). Look at every image
# before committing: clipped labels, untranslated strings, layout problems.
# The user guide (bundles/org.maillage.help) shows these pictures: its build copies them from docs/screenshots/.
#
# Usage: releng/scripts/screenshots.sh [fr|en]...   (default: fr en)
set -eu
cd "$(dirname "$0")/../.."
. releng/scripts/common.sh
maillage_select_jdk
maillage_ensure_ui_packages

languages=${*:-fr en}
out=docs/screenshots
mkdir -p "$out"
for lang in $languages; do
    case $lang in
        fr) country=FR; suffix= ;;
        en) country=GB; suffix=-en ;;
        *) maillage_say "unknown language $lang (fr or en)"; exit 2 ;;
    esac
    maillage_say "screenshots in $lang"
    # A fresh workbench: the framework and the workbench keep the language and the window layout of a previous run.
    rm -rf bundles/org.maillage.app.tests/target/work bundles/org.maillage.app.tests/target/home
    # -Dsurefire.failIfNoSpecifiedTests=false: the other test bundles of -am have no ScreenshotsTest.
    # The nl.fr fragments, report.ui (its Rapports menu holds the séance commands), the guide and team.ui are named: the tests' runtime
    # wants them, but nothing requires them, so -am would not build them.
    modules=bundles/org.maillage.nl.fr.jface,bundles/org.maillage.nl.fr.views,bundles/org.maillage.nl.fr.workbench,bundles/org.maillage.nl.fr.emf.edit
    modules=$modules,bundles/org.maillage.report.ui,bundles/org.maillage.help,bundles/org.maillage.team.ui
    xvfb-run -a -s "-screen 0 1600x1000x24" ./mvnw -B -q verify -am -pl "$modules,bundles/org.maillage.app.tests" \
        -Dtest=ScreenshotsTest,LanguageWalkTest -Dsurefire.failIfNoSpecifiedTests=false -DfailIfNoTests=false \
        -Dui.test.language="$lang" -Dui.test.country="$country"
    for png in bundles/org.maillage.app.tests/target/screenshots/"$lang"/*.png; do
        name=$(basename "$png" .png)
        cp "$png" "$out/$name$suffix.png"
    done
done
# The report wizard lives in its own bundle; its UI test writes the picture (French only).
xvfb-run -a -s "-screen 0 1600x1000x24" ./mvnw -B -q verify -am -pl "bundles/org.maillage.nl.fr.jface,bundles/org.maillage.viewpoint.report,bundles/org.maillage.viewpoints,bundles/org.maillage.report.ui.tests" \
    -Dtest=GenerateReportWizardTest -Dsurefire.failIfNoSpecifiedTests=false -DfailIfNoTests=false
cp bundles/org.maillage.report.ui.tests/target/screenshots/generer-un-rapport.png "$out/"
# The spreadsheet wizards too: the import preview of an edited sheet, and the export page (French only).
xvfb-run -a -s "-screen 0 1600x1000x24" ./mvnw -B -q verify -am -pl "bundles/org.maillage.nl.fr.jface,bundles/org.maillage.spreadsheet.ui.tests" \
    -Dtest=SpreadsheetWizardsTest -Dsurefire.failIfNoSpecifiedTests=false -DfailIfNoTests=false
cp bundles/org.maillage.spreadsheet.ui.tests/target/screenshots/importer-un-tableur.png \
    bundles/org.maillage.spreadsheet.ui.tests/target/screenshots/importer-un-tableur-colonnes.png \
    bundles/org.maillage.spreadsheet.ui.tests/target/screenshots/exporter-vers-un-tableur.png "$out/"
# The next test run starts fresh again, in French.
rm -rf bundles/org.maillage.app.tests/target/work bundles/org.maillage.app.tests/target/home
ls -l "$out"
