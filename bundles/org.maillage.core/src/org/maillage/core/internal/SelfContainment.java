/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.core.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.maillage.core.persistence.ModelLoadException.Problem;
import org.maillage.core.persistence.ModelLoadException;

/**
 * Checks that a model file names nothing outside itself: no schema location, no reference to another file.
 * <p>
 * The {@link org.maillage.core.persistence.SealedResourceSet} already makes such names harmless (nothing is ever
 * opened); refusing them at load time tells the user why a file does not work instead of leaving a proxy that a
 * diagram or a report would silently show as missing.
 */
public final class SelfContainment {

    /**
     * {@code xsi:schemaLocation} or {@code xsi:noNamespaceSchemaLocation}, with any prefix. Inside a double-quoted
     * attribute value, as EMF writes them, the quote would be escaped, so a match is an attribute (or a comment).
     */
    private static final Pattern SCHEMA_LOCATION = Pattern.compile(
            "(?<![\\w.-])(?:[\\w.-]+:)?(?:noNamespaceSchemaLocation|schemaLocation)\\s*=\\s*[\"']([^\"'<]{0,200})");

    /** What both attribute names contain ("s" or "S" before it), in ASCII as in any XML encoding Maillage reads. */
    private static final byte[] SCHEMA_LOCATION_TEXT = "chemaLocation".getBytes(StandardCharsets.US_ASCII);

    private static final int MAX_SHOWN = 200;

    private SelfContainment() {
    }

    /**
     * @param file the file, for the message
     * @param content its bytes
     * @return the refusal of the first schema location in the file, or {@code null} when there is none
     */
    public static ModelLoadException schemaLocation(Path file, byte[] content) {
        // Nearly no file has one: a plain byte search first keeps the pattern (and a copy of the file as text) off
        // the load of every file; it cost half of a roadmap's load time.
        if (!contains(content, SCHEMA_LOCATION_TEXT)) {
            return null;
        }
        // ISO-8859-1 maps each byte to one char: offsets are byte offsets and line breaks stay line breaks.
        String text = new String(content, StandardCharsets.ISO_8859_1);
        Matcher matcher = SCHEMA_LOCATION.matcher(text);
        if (!matcher.find()) {
            return null;
        }
        return LoadProblems.build(file, lineAt(text, matcher.start()), Problem.EXTERNAL_REFERENCE, null,
                shown(matcher.group(1).trim()));
    }

    /**
     * Looks, without resolving anything, for a proxy left by the load whose target is neither in this file nor in
     * a package registered on the resource set.
     *
     * @param file the file, for the message
     * @param content its bytes, to find the line of the reference
     * @param resource the loaded resource
     * @return the refusal of the first such reference, or {@code null} when the file is self-contained
     */
    public static ModelLoadException externalReference(Path file, byte[] content, Resource resource) {
        Deque<EObject> pending = new ArrayDeque<>(resource.getContents());
        while (!pending.isEmpty()) {
            EObject eObject = pending.pop();
            if (eObject.eIsProxy() && isExternal(((InternalEObject) eObject).eProxyURI(), resource)) {
                return refusal(file, content, ((InternalEObject) eObject).eProxyURI());
            }
            for (EReference reference : eObject.eClass().getEAllReferences()) {
                // Transient references are looked at too: a file may still carry them (a diagram's edge ends were
                // stored before they became transient), and what a file says is read whatever the metamodel saves.
                if (reference.isDerived() || !eObject.eIsSet(reference)) {
                    continue;
                }
                // resolve = false: looking must not resolve (and so must not load) anything.
                Object value = eObject.eGet(reference, false);
                Collection<?> values = value instanceof Collection<?> many ? many : java.util.List.of(value);
                for (Object target : values) {
                    if (!(target instanceof EObject child)) {
                        continue;
                    }
                    if (reference.isContainment()) {
                        pending.push(child);
                    } else if (child.eIsProxy() && isExternal(((InternalEObject) child).eProxyURI(), resource)) {
                        return refusal(file, content, ((InternalEObject) child).eProxyURI());
                    }
                }
            }
        }
        return null;
    }

    private static boolean isExternal(URI proxyURI, Resource resource) {
        if (proxyURI == null) {
            return false;
        }
        URI target = proxyURI.trimFragment();
        if (target.equals(resource.getURI()) || target.isEmpty()) {
            // A reference within this file to an identifier it lacks: dangling, but reads nothing.
            return false;
        }
        ResourceSet set = resource.getResourceSet();
        // A registered package's classes (e.g. href="http://maillage.org/model/1.0#//Chantier") are in memory.
        return set == null || set.getPackageRegistry().getEPackage(target.toString()) == null;
    }

    private static ModelLoadException refusal(Path file, byte[] content, URI proxyURI) {
        return LoadProblems.build(file, lineOf(content, proxyURI), Problem.EXTERNAL_REFERENCE, null,
                shown(proxyURI.toString()));
    }

    /**
     * Finds the line cheaply: the first occurrence of the reference's {@code #fragment} (the same text whether it
     * was written as an {@code href} or in a reference attribute), else of the target's last segment.
     */
    private static int lineOf(byte[] content, URI proxyURI) {
        String text = new String(content, StandardCharsets.ISO_8859_1);
        String fragment = proxyURI.fragment();
        String lastSegment = proxyURI.trimFragment().lastSegment();
        for (String needle : new String[] { fragment == null || fragment.isEmpty() ? null : '#' + fragment,
                lastSegment, "href=" }) {
            if (needle == null || needle.isEmpty()) {
                continue;
            }
            int at = text.indexOf(new String(needle.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
            if (at >= 0) {
                return lineAt(text, at);
            }
        }
        return -1;
    }

    private static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
            line++;
        }
        return line;
    }

    private static String shown(String reference) {
        return reference.length() <= MAX_SHOWN ? reference : reference.substring(0, MAX_SHOWN) + "…";
    }

    /** @return whether {@code content} holds {@code needle} (a naive search: the first byte rarely matches) */
    private static boolean contains(byte[] content, byte[] needle) {
        byte first = needle[0];
        int last = content.length - needle.length;
        outer:
        for (int i = 0; i <= last; i++) {
            if (content[i] != first) {
                continue;
            }
            for (int j = 1; j < needle.length; j++) {
                if (content[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
