#!/usr/bin/env python3
# Copyright (c) 2026 Maillage contributors.
# SPDX-License-Identifier: EPL-2.0
"""Covered cases: the repository as it is passes; a Require-Bundle upward, an Import-Package of an upper bundle's
package, a headless bundle importing SWT or requiring a UI bundle, and a bundle missing from the table are each
reported, naming the manifest, the bundle and the dependency; quoted commas in a version range do not split."""
import importlib.util
import os
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("check_layering", os.path.join(HERE, "check-layering.py"))
check_layering = importlib.util.module_from_spec(spec)
spec.loader.exec_module(check_layering)

LAYERS = """# bundle floor kind
org.maillage.core 1 headless
org.maillage.model 2 headless
org.maillage.edit.ui 3 ui
"""


class CheckLayeringTest(unittest.TestCase):

    def repository(self, manifests, layers=LAYERS):
        root = tempfile.mkdtemp()
        os.makedirs(os.path.join(root, "releng"))
        with open(os.path.join(root, "releng", "layers.txt"), "w") as f:
            f.write(layers)
        for bundle, headers in manifests.items():
            os.makedirs(os.path.join(root, "bundles", bundle, "META-INF"))
            with open(os.path.join(root, "bundles", bundle, "META-INF", "MANIFEST.MF"), "w") as f:
                f.write(f"Manifest-Version: 1.0\nBundle-SymbolicName: {bundle};singleton:=true\n{headers}")
        return root

    def test_the_repository_follows_its_layering(self):
        self.assertEqual([], check_layering.check(os.path.join(HERE, "..", "..")))

    def test_downward_dependencies_pass(self):
        root = self.repository({
            "org.maillage.core": "Export-Package: org.maillage.core.text;version=\"1.0\"\n",
            "org.maillage.model": "Require-Bundle: org.eclipse.emf.ecore;bundle-version=\"[2.20,3.0)\",\n"
                                  " org.maillage.core\nImport-Package: org.maillage.core.text\n",
            "org.maillage.edit.ui": "Require-Bundle: org.eclipse.swt,org.maillage.model\n"})
        self.assertEqual([], check_layering.check(root))

    def test_upward_require_bundle_is_named(self):
        root = self.repository({"org.maillage.core": "Require-Bundle: org.maillage.model\n",
                                "org.maillage.model": "", "org.maillage.edit.ui": ""})
        problems = check_layering.check(root)
        self.assertEqual(1, len(problems), problems)
        self.assertIn("org.maillage.core (floor 1) depends on org.maillage.model (floor 2)", problems[0])
        self.assertIn("bundles/org.maillage.core/META-INF/MANIFEST.MF", problems[0])

    def test_import_package_is_resolved_to_its_bundle(self):
        root = self.repository({"org.maillage.core": "Import-Package: org.maillage.model.util\n",
                                "org.maillage.model": "Export-Package: org.maillage.model.util\n",
                                "org.maillage.edit.ui": ""})
        problems = check_layering.check(root)
        self.assertEqual(1, len(problems), problems)
        self.assertIn("depends on org.maillage.model (floor 2) through Import-Package org.maillage.model.util",
                      problems[0])

    def test_headless_bundle_on_swt_or_ui_bundle_is_named(self):
        layers = LAYERS + "org.maillage.report 4 headless\n"
        root = self.repository({"org.maillage.core": "", "org.maillage.model": "", "org.maillage.edit.ui": "",
                                "org.maillage.report": "Require-Bundle: org.maillage.edit.ui\n"
                                                       "Import-Package: org.eclipse.swt.graphics\n"}, layers)
        problems = check_layering.check(root)
        self.assertTrue(any("headless org.maillage.report depends on the UI bundle org.maillage.edit.ui" in p
                            for p in problems), problems)
        self.assertTrue(any("headless org.maillage.report depends on the UI toolkit: Import-Package "
                            "org.eclipse.swt.graphics" in p for p in problems), problems)

    def test_bundle_missing_from_the_table_is_named(self):
        root = self.repository({"org.maillage.core": "", "org.maillage.model": "", "org.maillage.edit.ui": "",
                                "org.maillage.layout": "", "org.maillage.layout.tests": ""})
        problems = check_layering.check(root)
        self.assertEqual(1, len(problems), problems)
        self.assertIn("org.maillage.layout is not in releng/layers.txt", problems[0])


if __name__ == "__main__":
    unittest.main()
