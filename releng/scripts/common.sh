# Copyright (c) 2026 Maillage contributors.
# SPDX-License-Identifier: EPL-2.0
#
# Shell functions shared by ./maillage, ./run-tests and .ci/run. Source it; POSIX sh.

MAILLAGE_JAVA_REQUIRED=21
MAILLAGE_PRODUCT_DIR=releng/org.maillage.product/target/products/org.maillage.product/linux/gtk/x86_64

maillage_say() {
    printf '%s\n' "maillage: $*" >&2
}

# Prints the feature version of a java executable: 1.8.0 -> 8, 25.0.1 -> 25.
maillage_java_major() {
    "$1" -version 2>&1 | awk -F'"' '/version/ { split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit }'
}

# Exports JAVA_HOME as a JDK 21+ (the build and BIRT need it): JAVA_HOME if it qualifies, else Temurin under
# /usr/lib/jvm (the newest first), else any JDK there, else the java on the PATH. Fails with a clear message.
maillage_select_jdk() {
    for home in "${JAVA_HOME:-}" $(ls -d /usr/lib/jvm/temurin-*-jdk* 2>/dev/null | sort -rV) \
            $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV) \
            "$(dirname "$(dirname "$(readlink -f "$(command -v javac 2>/dev/null || echo /nonexistent)")")")"; do
        home=${home%/}
        [ -n "$home" ] && [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || continue
        major=$(maillage_java_major "$home/bin/java")
        if [ -n "$major" ] && [ "$major" -ge "$MAILLAGE_JAVA_REQUIRED" ] 2>/dev/null; then
            export JAVA_HOME="$home"
            return 0
        fi
    done
    maillage_say "no JDK $MAILLAGE_JAVA_REQUIRED+ found (JAVA_HOME, /usr/lib/jvm, PATH)."
    maillage_say "Install one (e.g. Eclipse Temurin 21 or 25: https://adoptium.net) and set JAVA_HOME."
    return 1
}

# Makes sure the system libraries for the workbench and for UI tests without a display are there. As root on
# Debian/Ubuntu, installs what is missing; otherwise says what to install.
maillage_ensure_ui_packages() {
    missing=""
    command -v Xvfb >/dev/null 2>&1 || missing="$missing xvfb"
    command -v xvfb-run >/dev/null 2>&1 || missing="$missing xvfb"
    command -v xauth >/dev/null 2>&1 || missing="$missing xauth"
    command -v xwininfo >/dev/null 2>&1 || missing="$missing x11-utils"
    command -v xdotool >/dev/null 2>&1 || missing="$missing xdotool"
    # The merge driver tests run the real git command line (org.maillage.merge.tests).
    command -v git >/dev/null 2>&1 || missing="$missing git"
    { ldconfig -p 2>/dev/null || /sbin/ldconfig -p 2>/dev/null; } | grep -q 'libgtk-3.so.0' || missing="$missing libgtk-3-0"
    [ -z "$missing" ] && return 0
    # shellcheck disable=SC2086
    missing=$(printf '%s\n' $missing | sort -u | tr '\n' ' ')
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        maillage_say "installing system packages: $missing"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq >/dev/null && \
            # shellcheck disable=SC2086
            apt-get install -y -qq --no-install-recommends $missing >/dev/null || {
                maillage_say "apt-get could not install: $missing"
                return 1
            }
    else
        maillage_say "missing system packages: $missing"
        maillage_say "on Debian/Ubuntu: sudo apt-get install $missing"
        return 1
    fi
}

# The territory and example tests fetch the real INSEE data package with npm at test time.
maillage_ensure_npm() {
    command -v npm >/dev/null 2>&1 && return 0
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        maillage_say "installing npm (the territory tests fetch @etalab/decoupage-administratif with it)"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null || {
            maillage_say "apt-get could not install npm"
            return 1
        }
    else
        maillage_say "npm is missing: the territory tests fetch @etalab/decoupage-administratif with it."
        maillage_say "on Debian/Ubuntu: sudo apt-get install nodejs npm"
        return 1
    fi
}
