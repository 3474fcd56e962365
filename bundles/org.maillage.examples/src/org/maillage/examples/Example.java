/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.examples;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.maillage.core.persistence.ModelLoadException;
import org.maillage.examples.internal.Messages;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.resource.MaillageFiles;

/**
 * One example roadmap shipped in this bundle.
 * <p>
 * The file is read-only content of the bundle (it may sit inside a jar): to work on an example, {@link #copyTo(Path)
 * copy it} to a folder of the user's and open the copy, or {@link #open() open} it as a model that is saved
 * elsewhere.
 *
 * @param name short stable name, e.g. {@code "eure"}; also the file's base name
 * @param titre French title shown to users
 * @param path the file's path relative to the bundle root, e.g. {@code "examples/eure.maillage"}
 */
public record Example(String name, String titre, String path) {

    /**
     * @return the file's URL in the running bundle (a {@code bundleentry:}, {@code jar:} or {@code file:} URL)
     * @throws IOException when the bundle does not hold the file (a broken build)
     */
    public URL url() throws IOException {
        URL url = Example.class.getClassLoader().getResource(path);
        if (url == null) {
            throw new IOException(Messages.get("example.missing", path));
        }
        return url;
    }

    /**
     * Copies the example to a folder, under its own file name.
     *
     * @param folder the target folder, created if needed
     * @return the copy; an existing file of that name is replaced
     * @throws IOException when the example cannot be read or the copy cannot be written
     */
    public Path copyTo(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path target = folder.resolve(Path.of(path).getFileName().toString());
        try (InputStream in = url().openStream()) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    /**
     * Loads the example into a new resource set, through the same checks as any user file.
     * <p>
     * The model's resource points to a temporary file that is already deleted: save it with
     * {@link MaillageFiles#save(ModeleMaillage, Path)} to a file of the user's choice.
     *
     * @return the example's root
     * @throws IOException when the example cannot be read from the bundle
     * @throws ModelLoadException when the shipped file is not a readable roadmap (a broken build)
     */
    public ModeleMaillage open() throws IOException, ModelLoadException {
        Path folder = Files.createTempDirectory("maillage-exemple-");
        Path copy = copyTo(folder);
        try {
            return MaillageFiles.load(copy);
        } finally {
            Files.deleteIfExists(copy);
            Files.deleteIfExists(folder);
        }
    }
}
