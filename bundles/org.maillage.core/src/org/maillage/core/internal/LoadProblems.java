/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.core.internal;

import java.io.UnsupportedEncodingException;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.maillage.core.persistence.ModelLoadException;
import org.maillage.core.persistence.ModelLoadException.Problem;
import org.xml.sax.SAXParseException;

/**
 * Turns what EMF and the XML parser report into a {@link ModelLoadException} a person can act on.
 */
public final class LoadProblems {

    private LoadProblems() {
    }

    /** @return the exception for a file that is missing or unreadable */
    public static ModelLoadException notReadable(Path file) {
        return build(file, -1, Problem.NOT_READABLE, null);
    }

    /** @return the exception for a failure thrown by {@code Resource.load} */
    public static ModelLoadException fromException(Path file, Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof Resource.Diagnostic diagnostic && t instanceof XMIException) {
                return fromDiagnostic(file, diagnostic);
            }
            if (t instanceof SAXParseException sax) {
                return fromSax(file, sax);
            }
            if (isUnknownEncoding(t)) {
                // The JDK's message is the bare encoding name.
                return build(file, -1, Problem.UNKNOWN_ENCODING, thrown, String.valueOf(t.getMessage()));
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return build(file, -1, Problem.OTHER, thrown, String.valueOf(thrown.getMessage()));
    }

    /** @return the exception for the first error EMF recorded on the resource */
    public static ModelLoadException fromDiagnostic(Path file, Resource.Diagnostic diagnostic) {
        int line = diagnostic.getLine() > 0 ? diagnostic.getLine() : -1;
        Throwable cause = diagnostic instanceof Throwable t ? t : null;
        if (diagnostic instanceof PackageNotFoundException e) {
            return build(file, line, Problem.UNKNOWN_NAMESPACE, cause, e.uri());
        }
        if (diagnostic instanceof ClassNotFoundException e) {
            return build(file, line, Problem.UNKNOWN_TYPE, cause, e.getName());
        }
        if (diagnostic instanceof FeatureNotFoundException e) {
            return build(file, line, Problem.UNKNOWN_FEATURE, cause, e.getName());
        }
        if (diagnostic instanceof IllegalValueException e) {
            return build(file, line, Problem.BAD_VALUE, cause, String.valueOf(e.getValue()));
        }
        if (diagnostic instanceof UnresolvedReferenceException e) {
            return build(file, line, Problem.DANGLING_REFERENCE, cause, e.getReference());
        }
        if (cause != null && cause.getCause() instanceof SAXParseException sax) {
            return fromSax(file, sax);
        }
        for (Throwable t = cause; t != null && t.getCause() != t; t = t.getCause()) {
            if (isUnknownEncoding(t)) {
                return build(file, -1, Problem.UNKNOWN_ENCODING, cause, String.valueOf(t.getMessage()));
            }
        }
        return build(file, line, Problem.OTHER, cause, diagnostic.getMessage());
    }

    private static boolean isUnknownEncoding(Throwable t) {
        return t instanceof UnsupportedEncodingException || t instanceof IllegalCharsetNameException
                || t instanceof UnsupportedCharsetException;
    }

    private static ModelLoadException fromSax(Path file, SAXParseException sax) {
        String text = String.valueOf(sax.getMessage());
        // The JDK parser words this message the same in every locale it ships.
        boolean doctype = text.contains("DOCTYPE") || text.contains("disallow-doctype-decl");
        return doctype
                ? build(file, sax.getLineNumber(), Problem.DOCTYPE_REFUSED, sax)
                : build(file, sax.getLineNumber(), Problem.MALFORMED, sax, text);
    }

    /** @see ModelLoadException#of(Path, int, Problem, Throwable, Object...) */
    public static ModelLoadException build(Path file, int line, Problem problem, Throwable cause,
            Object... details) {
        String where = line > 0 ? Messages.get("load.whereLine", file.toString(), line)
                : Messages.get("load.where", file.toString());
        Object[] args = new Object[details.length + 1];
        args[0] = where;
        System.arraycopy(details, 0, args, 1, details.length);
        return new ModelLoadException(file, line > 0 ? line : -1, problem, Messages.get("load." + problem.name(), args), cause);
    }
}
