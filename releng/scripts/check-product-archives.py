#!/usr/bin/env python3
# Copyright (c) 2026 Maillage contributors.
# SPDX-License-Identifier: EPL-2.0
"""Checks that the product archives unpack cleanly with the tools users have (#14).

Linux: GNU tar lists the .tar.gz with nothing on stderr (Tycho's archiver used to add LIBARCHIVE.creationtime PAX
records, one "Ignoring unknown extended header keyword" warning per entry), and the launcher script keeps its
executable bit. Windows: the .zip only uses the methods Windows' own zip tool reads (stored, deflate), no extra
fields it does not know, forward slashes, the UTF-8 flag on non-ASCII names, and it passes `unzip -t`.
Usage: check-product-archives.py DIRECTORY_WITH_ARCHIVES. Exit code 0 when clean, 1 with the problems listed.
"""
import glob
import os
import shutil
import subprocess
import sys
import zipfile

# Extra fields Windows' zip tool reads or ignores harmlessly: Zip64, NTFS times, extended timestamp, Info-ZIP Unix.
KNOWN_EXTRA_IDS = {0x0001, 0x000A, 0x5455, 0x7875}


def extra_ids(extra):
    ids, i = [], 0
    while i + 4 <= len(extra):
        header_id = int.from_bytes(extra[i:i + 2], "little")
        size = int.from_bytes(extra[i + 2:i + 4], "little")
        ids.append(header_id)
        i += 4 + size
    return ids


def check_tar(path, problems):
    listing = subprocess.run(["tar", "-tvzf", path], capture_output=True, text=True)
    if listing.returncode != 0 or listing.stderr:
        warnings = listing.stderr.splitlines()
        problems.append(f"{path}: tar -tzf exit code {listing.returncode}, {len(warnings)} line(s) on stderr, "
                        f"first: {warnings[0] if warnings else ''}")
    launcher = [line for line in listing.stdout.splitlines() if line.split()[-1:] == ["maillage"]]
    if not launcher:
        problems.append(f"{path}: no launcher script 'maillage' at the top")
    elif not launcher[0].startswith("-rwx"):
        problems.append(f"{path}: the launcher script is not executable: {launcher[0]}")


def check_zip(path, problems):
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            name = info.filename
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                problems.append(f"{path}: {name}: compression method {info.compress_type}, not stored/deflate")
            if "\\" in name:
                problems.append(f"{path}: {name}: backslash in the entry name")
            if not name.isascii() and not info.flag_bits & 0x800:
                problems.append(f"{path}: {name}: non-ASCII name without the UTF-8 flag")
            unknown = [hex(i) for i in extra_ids(info.extra) if i not in KNOWN_EXTRA_IDS]
            if unknown:
                problems.append(f"{path}: {name}: unusual extra fields {unknown}")
        broken = archive.testzip()
        if broken:
            problems.append(f"{path}: corrupt entry {broken}")
    if shutil.which("unzip"):
        test = subprocess.run(["unzip", "-tqq", path], capture_output=True, text=True)
        if test.returncode != 0 or test.stderr:
            problems.append(f"{path}: unzip -t exit code {test.returncode}: {(test.stdout + test.stderr)[:500]}")


def main(argv):
    if len(argv) != 2:
        print("usage: check-product-archives.py DIRECTORY_WITH_ARCHIVES", file=sys.stderr)
        return 2
    tars = glob.glob(os.path.join(argv[1], "*.tar.gz"))
    zips = glob.glob(os.path.join(argv[1], "*.zip"))
    problems = []
    if not tars or not zips:
        problems.append(f"{argv[1]}: expected at least one .tar.gz and one .zip product archive")
    for path in tars:
        check_tar(path, problems)
    for path in zips:
        check_zip(path, problems)
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print(f"product archives unpack cleanly: {len(tars)} tar.gz, {len(zips)} zip")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
