/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.core.persistence;

import java.nio.file.Path;

import org.maillage.core.internal.LoadProblems;

/**
 * A model file could not be loaded. The message is for a person: it names the file, the line when the parser
 * knows it, and what is wrong, in the user's language. Nothing was modified on disk.
 */
public class ModelLoadException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final Problem problem;

    /** What kind of problem stopped the load. */
    public enum Problem {
        /** The file does not exist or cannot be read. */
        NOT_READABLE,
        /** The file declares a DOCTYPE; refused so that no entity is read or expanded. */
        DOCTYPE_REFUSED,
        /** The XML is malformed, typically a truncated file. */
        MALFORMED,
        /** The root namespace is not a metamodel Maillage knows. */
        UNKNOWN_NAMESPACE,
        /** An element names a type the metamodel does not have. */
        UNKNOWN_TYPE,
        /** An element or attribute names a feature its type does not have. */
        UNKNOWN_FEATURE,
        /** A value cannot be converted to its feature's type. */
        BAD_VALUE,
        /**
         * The file names something outside itself to read: a reference to another file or address, or a schema
         * location. Refused: a Maillage file is self-contained, and nothing outside it is ever opened.
         */
        EXTERNAL_REFERENCE,
        /** A reference points to an identifier that no element of the file carries. */
        DANGLING_REFERENCE,
        /** The format version of the file is not supported by this version of Maillage. */
        UNSUPPORTED_VERSION,
        /** The file is well-formed but does not hold what the caller expects (e.g. another kind of model). */
        WRONG_CONTENT,
        /** The file declares an encoding that Java does not know. */
        UNKNOWN_ENCODING,
        /** Anything else the parser reported. */
        OTHER
    }

    /**
     * @param file the file being loaded
     * @param line the line of the problem, or {@code -1} when unknown
     * @param problem its kind
     * @param message the complete, localised message
     * @param cause the underlying exception, if any
     */
    public ModelLoadException(Path file, int line, Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    /**
     * Creates an exception whose message is the localised text for {@code problem}, prefixed with the file and
     * line.
     *
     * @param file the file being loaded
     * @param line the line of the problem, or {@code -1} when unknown
     * @param problem its kind
     * @param cause the underlying exception, or {@code null}
     * @param details the values the problem's message shows (for {@link Problem#UNSUPPORTED_VERSION}: the
     *            version found and the newest supported; for {@link Problem#WRONG_CONTENT}: what was found)
     * @return the exception, not thrown
     */
    public static ModelLoadException of(Path file, int line, Problem problem, Throwable cause, Object... details) {
        return LoadProblems.build(file, line, problem, cause, details);
    }

    /** @return the file that could not be loaded */
    public Path getFile() {
        return file;
    }

    /** @return the line of the problem, or {@code -1} when unknown */
    public int getLine() {
        return line;
    }

    /** @return the kind of problem */
    public Problem getProblem() {
        return problem;
    }
}
