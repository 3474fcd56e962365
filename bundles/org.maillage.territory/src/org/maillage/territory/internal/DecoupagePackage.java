/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.territory.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.maillage.territory.ImportLimits;
import org.maillage.territory.TerritoryImportException;
import org.maillage.territory.internal.JsonInput.Kind;

/**
 * Where the files of an unpacked {@code @etalab/decoupage-administratif} package are, and which version and
 * vintage (millésime) it is.
 *
 * @param dataDir the folder holding {@code communes.json}, {@code epci.json}, {@code departements.json} and
 *            {@code regions.json}
 * @param version the package version from {@code package.json}, e.g. {@code 6.0.0}
 * @param millesime the year of the data, from the README's table of vintages and versions, or {@code null} when
 *            the README does not list this version
 */
public record DecoupagePackage(Path dataDir, String version, String millesime) {

    /** The npm name of the package. */
    public static final String NAME = "@etalab/decoupage-administratif";

    private static final int MAX_README_LINES = 10_000;

    /** @return the JSON file of that name in the data folder */
    public Path file(String name) {
        return dataDir.resolve(name);
    }

    /**
     * Finds the package from a folder the user gave: the package folder itself or its {@code data/} folder.
     *
     * @param folder the folder given by the user
     * @param limits the bounds for reading {@code package.json}
     * @return the package
     * @throws TerritoryImportException when the folder or the package description is missing or not this package
     */
    public static DecoupagePackage locate(Path folder, ImportLimits limits) throws TerritoryImportException {
        if (!Files.isDirectory(folder)) {
            throw new TerritoryImportException(folder, Messages.get("data.noFolder", folder), null);
        }
        Path dataDir;
        if (Files.isRegularFile(folder.resolve("communes.json"))) {
            dataDir = folder;
        } else if (Files.isRegularFile(folder.resolve("data").resolve("communes.json"))) {
            dataDir = folder.resolve("data");
        } else {
            throw new TerritoryImportException(folder, Messages.get("data.notPackage", folder, NAME), null);
        }
        Path packageDir = dataDir.toAbsolutePath().getParent();
        Path packageJson = packageDir.resolve("package.json");
        if (!Files.isRegularFile(packageJson)) {
            throw new TerritoryImportException(packageJson, Messages.get("data.noPackageJson", packageJson, NAME),
                    null);
        }
        Map<String, Object> description;
        try (JsonInput input = JsonInput.open(packageJson, limits)) {
            description = input.readDocumentObject(Map.of("name", Kind.STRING, "version", Kind.STRING));
        } catch (IOException e) {
            throw new TerritoryImportException(packageJson,
                    Messages.get("file.unreadable", packageJson, e.getMessage()), e);
        }
        Object name = description.get("name");
        Object version = description.get("version");
        if (!NAME.equals(name) || !(version instanceof String v) || !v.matches("[0-9A-Za-z.+-]{1,40}")) {
            throw new TerritoryImportException(packageJson,
                    Messages.get("data.wrongPackage", packageJson, NAME, name, version), null);
        }
        return new DecoupagePackage(dataDir, v, millesimeFromReadme(packageDir.resolve("README.md"), v, limits));
    }

    /**
     * The package gives its vintage only in the README's table "Millésimes et versions de package", whose rows
     * read {@code | 2026 | 6.0.0 | ...}.
     */
    private static String millesimeFromReadme(Path readme, String version, ImportLimits limits)
            throws TerritoryImportException {
        try {
            if (!Files.isRegularFile(readme) || Files.size(readme) > limits.maxFileBytes()) {
                return null;
            }
        } catch (IOException e) {
            throw new TerritoryImportException(readme, Messages.get("file.unreadable", readme, e.getMessage()), e);
        }
        Pattern row = Pattern.compile("^\\|\\s*(\\d{4})\\s*\\|\\s*" + Pattern.quote(version) + "\\s*\\|");
        try (BufferedReader in = Files.newBufferedReader(readme, StandardCharsets.UTF_8)) {
            String line;
            int count = 0;
            while ((line = in.readLine()) != null && ++count <= MAX_README_LINES) {
                Matcher m = row.matcher(line);
                if (m.find()) {
                    return m.group(1);
                }
            }
            return null;
        } catch (IOException e) {
            throw new TerritoryImportException(readme, Messages.get("file.unreadable", readme, e.getMessage()), e);
        }
    }
}
