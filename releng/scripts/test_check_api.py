#!/usr/bin/env python3
# Copyright (c) 2026 Maillage contributors.
# SPDX-License-Identifier: EPL-2.0
"""Covered cases: the repository as it is passes, with the example extension checked as an API client when it
exists; an unversioned API export, an internal package exported open, and an exception no manifest needs are each
reported; x-internal and x-friends close a package; an API client's Import-Package of an internal package and its
Java import (plain and static) of an internal type are reported with file and line, its own packages and API
packages pass; a pattern that matches no bundle is not a problem; an extension point schema with a PDE placeholder,
a missing section or an undocumented attribute is named, one documented in full passes."""
import importlib.util
import os
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("check_api", os.path.join(HERE, "check-api.py"))
check_api = importlib.util.module_from_spec(spec)
spec.loader.exec_module(check_api)

MODEL = ("Export-Package: org.maillage.model;version=\"0.1.0\",\n"
         " org.maillage.model.internal;x-internal:=true,\n"
         " org.maillage.model.util;version=\"0.1.0\";x-friends:=\"org.maillage.model.tests\"\n")


class CheckApiTest(unittest.TestCase):

    def repository(self, manifests, sources=None, exceptions=""):
        root = tempfile.mkdtemp()
        os.makedirs(os.path.join(root, "releng"))
        with open(os.path.join(root, "releng", "api-exceptions.txt"), "w") as f:
            f.write(exceptions)
        for bundle, headers in manifests.items():
            os.makedirs(os.path.join(root, "bundles", bundle, "META-INF"))
            with open(os.path.join(root, "bundles", bundle, "META-INF", "MANIFEST.MF"), "w") as f:
                f.write(f"Manifest-Version: 1.0\nBundle-SymbolicName: {bundle};singleton:=true\n{headers}")
        for path, text in (sources or {}).items():
            os.makedirs(os.path.dirname(os.path.join(root, path)), exist_ok=True)
            with open(os.path.join(root, path), "w") as f:
                f.write(text)
        return root

    def problems(self, root, clients=()):
        manifests = check_api.read_manifests(root)
        return check_api.check_exports(root, manifests) + check_api.check_api_clients(root, manifests, clients)[1]

    def test_the_repository_follows_its_api_rules(self):
        root = os.path.join(HERE, "..", "..")
        self.assertEqual([], self.problems(root, ["org.maillage.example.clsm*"]))

    def test_closed_and_versioned_exports_pass(self):
        self.assertEqual([], self.problems(self.repository({"org.maillage.model": MODEL})))

    def test_unversioned_api_and_open_internal_are_named(self):
        root = self.repository({"org.maillage.model": "Export-Package: org.maillage.model,\n"
                                                      " org.maillage.model.impl;version=\"0.1.0\"\n"})
        problems = self.problems(root)
        self.assertEqual(2, len(problems), problems)
        self.assertIn("org.maillage.model without a version", problems[0])
        self.assertIn("internal package org.maillage.model.impl", problems[1])

    def test_exception_keeps_a_package_open_until_it_is_not(self):
        open_impl = "Export-Package: org.maillage.model.impl;version=\"0.1.0\"\n"
        reason = "org.maillage.model.impl  plug-ins subclass it\n"
        self.assertEqual([], self.problems(self.repository({"org.maillage.model": open_impl}, exceptions=reason)))
        problems = self.problems(self.repository({"org.maillage.model": MODEL}, exceptions=reason))
        self.assertEqual(1, len(problems), problems)
        self.assertIn("org.maillage.model.impl is no longer exported open", problems[0])

    def test_api_client_using_internals_is_named(self):
        root = self.repository(
            {"org.maillage.model": MODEL,
             "org.example.greffon": "Import-Package: org.maillage.model,org.maillage.model.internal\n"},
            {"bundles/org.example.greffon/src/org/example/greffon/A.java":
                 "package org.example.greffon;\n\nimport org.maillage.model.Element;\n"
                 "import org.maillage.model.util.Query;\nimport static org.maillage.model.internal.X.run;\n"
                 "import org.example.greffon.other.B;\n",
             "bundles/org.example.greffon/src/org/example/greffon/other/B.java": "package org.example.greffon.other;\n"})
        problems = self.problems(root, ["org.example.*", "org.maillage.absent*"])
        self.assertEqual(3, len(problems), problems)
        self.assertIn("imports org.maillage.model.internal", problems[0])
        self.assertIn("A.java:4: org.example.greffon uses org.maillage.model.util.Query", problems[1])
        self.assertIn("A.java:5:", problems[2])

    def test_schemas_are_documented_in_full(self):
        long = "Long enough text that says what the thing is for and how to use it."

        def schema(description, attribute_doc, sections=("examples", "apiinfo", "implementation")):
            parts = [f'<schema><annotation><appInfo><meta.schema plugin="p" id="x" name="X"/></appInfo>'
                     f"<documentation>{description}</documentation></annotation>",
                     '<element name="extension"><complexType><attribute name="point" type="string"/>'
                     "</complexType></element>",
                     '<element name="thing"><complexType><attribute name="file" type="string"><annotation>'
                     f"<documentation>{attribute_doc}</documentation></annotation></attribute>"
                     "</complexType></element>"]
            for section in sections:
                parts.append(f'<annotation><appInfo><meta.section type="{section}"/></appInfo>'
                             f"<documentation>{long}</documentation></annotation>")
            return "".join(parts) + "</schema>"

        good = self.repository({}, {"bundles/p/schema/x.exsd": schema(long, "The file.")})
        self.assertEqual([], check_api.check_schemas(good))
        bad = self.repository({}, {"bundles/p/schema/x.exsd": schema("[Enter description of this extension "
                                                                       "point.] and some more words here", "",
                                                                       ("examples", "apiinfo"))})
        problems = check_api.check_schemas(bad)
        self.assertEqual(3, len(problems), problems)
        self.assertIn("description section", problems[0])
        self.assertIn("implementation section", problems[1])
        self.assertIn("attribute file of thing", problems[2])


if __name__ == "__main__":
    unittest.main()
