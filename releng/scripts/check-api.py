#!/usr/bin/env python3
# Copyright (c) 2026 Maillage contributors.
# SPDX-License-Identifier: EPL-2.0
"""Fails when a bundle's manifest breaks Maillage's API rules (#17, docs/architecture.md, STYLE.md section 4).

1. Exports. For each bundles/*/META-INF/MANIFEST.MF: an exported package that is internal (a segment `internal`) or
   generated implementation (a last segment `impl`) carries `x-internal:=true` or `x-friends:=...`, unless
   releng/api-exceptions.txt names it with the reason it is open; every other exported package, the API, carries a
   `version=`. An exception that no manifest needs any more is reported too, so that the list stays true.
2. API clients (`--api-only BUNDLE_OR_PATTERN...`, e.g. the example extension `org.maillage.example.clsm*`): the
   named bundles may use Maillage only through its API: every Import-Package of a Maillage package, and every Java
   import of a Maillage type in their sources (src/, src-gen/), must name a package some Maillage bundle exports
   without `x-internal` and without `x-friends` (the bundle's own packages aside). A pattern that matches no
   bundle is not a problem: it names a bundle that is not built yet.
3. Extension points documented in full: every bundles/*/schema/*.exsd has a description, an example, API
   information and implementation notes (none empty, no PDE placeholder), and every attribute of its elements
   (the `extension` element aside) a documentation.
Usage: check-api.py [--root REPOSITORY_ROOT] [--api-only NAME...]. Exit code 0 when consistent, 1 with each problem
named (manifest or source file, line, package).
"""
import argparse
import fnmatch
import glob
import importlib.util
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("check_layering", os.path.join(HERE, "check-layering.py"))
check_layering = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check_layering)

JAVA_IMPORT = re.compile(r"^\s*import\s+(?:static\s+)?(org\.maillage\.[\w.]+?)(?:\.\*)?\s*;", re.MULTILINE)


def exports(value):
    """@return (package, attributes text) for each clause of an Export-Package header"""
    parts = re.split(r',(?=(?:[^"]*"[^"]*")*[^"]*$)', value or "")
    result = []
    for part in parts:
        if part.strip():
            name, _, attributes = part.strip().partition(";")
            result.append((name.strip(), attributes))
    return result


def is_internal(package):
    segments = package.split(".")
    return "internal" in segments or segments[-1] == "impl"


def closed(attributes):
    return "x-internal:=true" in attributes.replace(" ", "") or "x-friends:=" in attributes.replace(" ", "")


def read_exceptions(path):
    """@return {package: reason} from releng/api-exceptions.txt (package, whitespace, reason; # comments)"""
    result = {}
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.split("#", 1)[0].strip()
                if line:
                    package, _, reason = line.partition(" ")
                    result[package] = reason.strip()
    return result


def read_manifests(root):
    manifests = {}
    for path in sorted(glob.glob(os.path.join(root, "bundles", "*", "META-INF", "MANIFEST.MF"))):
        headers = check_layering.read_manifest(path)
        manifests[headers["Bundle-SymbolicName"].split(";")[0].strip()] = (path, headers)
    return manifests


def check_exports(root, manifests):
    exceptions = read_exceptions(os.path.join(root, "releng", "api-exceptions.txt"))
    used = set()
    problems = []
    for bundle, (path, headers) in manifests.items():
        relative = os.path.relpath(path, root)
        for package, attributes in exports(headers.get("Export-Package")):
            if closed(attributes):
                continue
            if is_internal(package):
                if package in exceptions:
                    used.add(package)
                else:
                    problems.append(f"{relative}: {bundle} exports the internal package {package} without "
                                    "x-internal:=true or x-friends:= (or a reason in releng/api-exceptions.txt)")
                    continue
            if "version=" not in attributes.replace(" ", ""):
                problems.append(f"{relative}: {bundle} exports the API package {package} without a version")
    for package in sorted(set(exceptions) - used):
        problems.append(f"releng/api-exceptions.txt: {package} is no longer exported open: remove its line")
    return problems


def api_packages(manifests):
    """@return the Maillage packages exported as API: neither x-internal nor x-friends"""
    result = set()
    for _, headers in manifests.values():
        for package, attributes in exports(headers.get("Export-Package")):
            if not closed(attributes):
                result.add(package)
    return result


def own_packages(directory):
    packages = set()
    for source in ("src", "src-gen"):
        base = os.path.join(directory, source)
        for folder, _, files in os.walk(base):
            if any(f.endswith(".java") for f in files):
                packages.add(os.path.relpath(folder, base).replace(os.sep, "."))
    return packages


def check_api_clients(root, manifests, patterns):
    api = api_packages(manifests)
    problems = []
    names = [name for name in manifests if any(fnmatch.fnmatchcase(name, p) for p in patterns)]
    for bundle in names:
        path, headers = manifests[bundle]
        directory = os.path.dirname(os.path.dirname(path))
        own = own_packages(directory)
        relative = os.path.relpath(path, root)
        for package in check_layering.clauses(headers.get("Import-Package")):
            if package.startswith("org.maillage.") and package not in api and package not in own:
                problems.append(f"{relative}: {bundle} imports {package}, which is not Maillage API")
        for java in sorted(glob.glob(os.path.join(directory, "src*", "**", "*.java"), recursive=True)):
            with open(java, encoding="utf-8") as f:
                text = f.read()
            for match in JAVA_IMPORT.finditer(text):
                name = match.group(1)
                # The package is the longest prefix of the imported name that is a package (types are capitalised).
                segments = name.split(".")
                cut = next((i for i, s in enumerate(segments) if s[:1].isupper()), len(segments))
                package = ".".join(segments[:cut])
                if package not in api and package not in own:
                    line = text.count("\n", 0, match.start()) + 1
                    problems.append(f"{os.path.relpath(java, root)}:{line}: {bundle} uses {name}: "
                                    f"{package} is not Maillage API")
    return names, problems


SECTIONS = ("examples", "apiinfo", "implementation")


def check_schemas(root):
    problems = []
    for path in sorted(glob.glob(os.path.join(root, "bundles", "*", "schema", "*.exsd"))):
        relative = os.path.relpath(path, root)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        texts = {"description": re.search(r"<meta\.schema[^>]*/>\s*</appInfo>\s*<documentation>(.*?)</documentation>",
                                          text, re.S)}
        for section in SECTIONS:
            texts[section] = re.search(r'<meta\.section type="%s"\s*/>\s*</appInfo>\s*<documentation>(.*?)'
                                       r"</documentation>" % section, text, re.S)
        for name, match in texts.items():
            if match is None or len(match.group(1).strip()) < 40 or "[Enter" in match.group(1):
                problems.append(f"{relative}: the {name} section is missing, too short or a placeholder")
        for element in re.finditer(r'<element name="(\w+)">(.*?)</element>', text, re.S):
            if element.group(1) == "extension":
                continue
            for attribute in re.finditer(r'<attribute name="(\w+)"[^>]*?(/>|>(.*?)</attribute>)', element.group(2),
                                         re.S):
                body = attribute.group(3) or ""
                documentation = re.search(r"<documentation>(.*?)</documentation>", body, re.S)
                if documentation is None or not documentation.group(1).strip():
                    problems.append(f"{relative}: attribute {attribute.group(1)} of {element.group(1)} has no "
                                    "documentation")
    return problems


def main(argv):
    parser = argparse.ArgumentParser(description="Checks Maillage's API rules in the bundles' manifests.")
    parser.add_argument("--root", default=os.path.join(HERE, "..", ".."))
    parser.add_argument("--api-only", nargs="*", default=[], metavar="BUNDLE",
                        help="bundles (shell patterns) that may use Maillage API packages only")
    arguments = parser.parse_args(argv[1:])
    manifests = read_manifests(arguments.root)
    problems = check_exports(arguments.root, manifests)
    clients, client_problems = check_api_clients(arguments.root, manifests, arguments.api_only)
    problems += client_problems
    problems += check_schemas(arguments.root)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"{len(problems)} API problem(s): see STYLE.md section 4 and releng/api-exceptions.txt",
              file=sys.stderr)
        return 1
    checked = f"; {', '.join(clients)} use API only" if clients else ""
    print(f"exports are versioned and internals closed{checked}; extension points documented in full")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
