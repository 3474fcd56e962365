#!/usr/bin/env python3
# Copyright (c) 2026 Maillage contributors.
# SPDX-License-Identifier: EPL-2.0
"""Fails when a bundle's manifest contradicts the layering documented in docs/architecture.md (#14).

The layering is the table releng/layers.txt (bundle, floor, kind). For each bundles/*/META-INF/MANIFEST.MF (test
fragments and test support excepted), every Require-Bundle and Import-Package naming Maillage code (packages are
resolved to the bundle that exports them) must point to a listed bundle of a lower floor, and a headless bundle
must depend neither on a ui bundle nor on SWT, JFace or org.eclipse.ui. A bundle missing from the table fails too,
so that a new bundle is placed on the drawing when it is added.
Usage: check-layering.py [REPOSITORY_ROOT]. Exit code 0 when consistent, 1 with each contradiction named.
"""
import glob
import os
import re
import sys

UI_PREFIXES = ("org.eclipse.swt", "org.eclipse.jface", "org.eclipse.ui", "org.eclipse.e4.ui")


def read_manifest(path):
    """@return the manifest's headers, continuation lines joined"""
    headers, name = {}, None
    with open(path, encoding="utf-8") as f:
        for line in f.read().splitlines():
            if line.startswith(" ") and name:
                headers[name] += line[1:]
            elif ":" in line:
                name, value = line.split(":", 1)
                headers[name] = value.strip()
    return headers


def clauses(value):
    """@return the names of a header's clauses (commas inside quoted attributes do not split)"""
    parts = re.split(r',(?=(?:[^"]*"[^"]*")*[^"]*$)', value or "")
    return [p.split(";")[0].strip() for p in parts if p.strip()]


def read_layers(path):
    layers = {}
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.split("#", 1)[0].strip()
            if line:
                bundle, floor, kind = line.split()
                if kind not in ("headless", "ui"):
                    raise SystemExit(f"{path}:{number}: kind must be headless or ui, not {kind}")
                layers[bundle] = (int(floor), kind)
    return layers


def check(root):
    layers = read_layers(os.path.join(root, "releng", "layers.txt"))
    manifests = {}
    for path in sorted(glob.glob(os.path.join(root, "bundles", "*", "META-INF", "MANIFEST.MF"))):
        headers = read_manifest(path)
        manifests[headers["Bundle-SymbolicName"].split(";")[0].strip()] = (path, headers)
    exporters = {}
    for bundle, (_, headers) in manifests.items():
        for package in clauses(headers.get("Export-Package")):
            exporters[package] = bundle
    problems = []
    for bundle, (path, headers) in manifests.items():
        if bundle.endswith(".tests") or bundle in ("org.maillage.testsupport", "org.maillage.testsupport.ui"):
            continue
        relative = os.path.relpath(path, root)
        if bundle not in layers:
            problems.append(f"{relative}: {bundle} is not in releng/layers.txt (nor on the drawing in "
                            "docs/architecture.md)")
            continue
        floor, kind = layers[bundle]
        dependencies = [("Require-Bundle", name, name) for name in clauses(headers.get("Require-Bundle"))]
        dependencies += [("Import-Package", name, exporters.get(name, name))
                         for name in clauses(headers.get("Import-Package"))]
        for header, name, target in dependencies:
            if kind == "headless" and target.startswith(UI_PREFIXES):
                problems.append(f"{relative}: headless {bundle} depends on the UI toolkit: {header} {name}")
            if not target.startswith("org.maillage."):
                continue
            if target not in layers:
                problems.append(f"{relative}: {bundle} depends on {target} ({header} {name}), which is not in "
                                "releng/layers.txt")
                continue
            target_floor, target_kind = layers[target]
            if target_floor >= floor:
                problems.append(f"{relative}: {bundle} (floor {floor}) depends on {target} (floor {target_floor}) "
                                f"through {header} {name}: dependencies point down only")
            if kind == "headless" and target_kind == "ui":
                problems.append(f"{relative}: headless {bundle} depends on the UI bundle {target} through "
                                f"{header} {name}")
    for bundle in layers:
        if bundle not in manifests:
            problems.append(f"releng/layers.txt: {bundle} has no bundles/{bundle}/META-INF/MANIFEST.MF")
    return problems


def main(argv):
    root = argv[1] if len(argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
    problems = check(root)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"{len(problems)} layering problem(s): see releng/layers.txt and docs/architecture.md",
              file=sys.stderr)
        return 1
    print("bundle dependencies follow the layering of releng/layers.txt")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
