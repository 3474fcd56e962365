/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.render;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

/**
 * Node icons: where an icon written in a description points to, where it goes in a node, and its bytes.
 * <p>
 * An icon is always a PNG or GIF file inside an installed plug-in, named by a URI
 * {@code platform:/plugin/bundle.symbolic.name/path/icon.gif}. The refresh {@linkplain #resolve resolves} what the
 * modeller wrote (a path relative to the {@code .viewpoint} file, or {@code /bundle.symbolic.name/path}) to that
 * form and stores it in the representation's style. Representation files are user files and may be hostile, so
 * {@link #bytes} validates the URI again before reading anything: no other scheme (no {@code file:}, even for a
 * description read from a file), no {@code ..} or {@code .} segment, only letters, digits, {@code . _ -} in names,
 * {@code .png} or {@code .gif} with the matching signature, at most {@value #MAX_BYTES} bytes. Results (also
 * failures) are cached per URI. Every method is thread-safe and none throws: a problem means no icon.
 */
public final class Icons {

    /** Largest icon file read, in bytes (256 KiB). */
    public static final int MAX_BYTES = 256 * 1024;
    /** The only form of resolved icon URI. */
    public static final String PREFIX = "platform:/plugin/";

    private static final int MAX_URI_LENGTH = 1024;
    private static final int MAX_CACHED = 512;
    private static final Pattern WRITTEN = Pattern.compile("[A-Za-z0-9._/-]+");
    private static final Pattern BUNDLE = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*");
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9._-]+");
    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
    /**
     * Bold text, and text with many digits, comes out up to this much wider than {@link TextMetrics}' estimate
     * (DejaVu Sans, seen in jsvg PNGs): the icon keeps clear of the first line.
     */
    private static final double WIDTH_MARGIN = 1.08;
    /** Least distance between the icon and the left of its node (clear of the border). */
    private static final double MIN_INSET = 4;
    private static final Map<String, Optional<Loaded>> CACHE = new ConcurrentHashMap<>();

    private Icons() {
    }

    /**
     * Resolves an icon as written in a description.
     *
     * @param written a path relative to the description file ({@code icons/cls.png}, {@code ../icons/cls.gif},
     *        staying inside its plug-in), or Sirius-style {@code /bundle.symbolic.name/path/icon.gif}
     * @param descriptionUri the URI of the description's resource, {@code platform:/plugin/...} for a viewpoint
     *        contributed by a plug-in; relative icons of a description read from elsewhere (a file) are refused
     * @return the {@code platform:/plugin/} URI of the icon, or empty when the icon is refused
     */
    public static Optional<String> resolve(String written, String descriptionUri) {
        if (written == null || written.length() > MAX_URI_LENGTH || !WRITTEN.matcher(written).matches()) {
            return Optional.empty();
        }
        List<String> segments = new ArrayList<>();
        String path = written;
        if (written.startsWith("/")) {
            path = written.substring(1);
        } else {
            if (descriptionUri == null || !descriptionUri.startsWith(PREFIX)) {
                return Optional.empty();
            }
            String[] base = descriptionUri.substring(PREFIX.length()).split("/", -1);
            for (int i = 0; i < base.length - 1; i++) {
                segments.add(base[i]);
            }
        }
        for (String segment : path.split("/", -1)) {
            switch (segment) {
                case "" -> {
                    return Optional.empty();
                }
                case "." -> {
                    // Current folder.
                }
                case ".." -> {
                    if (segments.size() <= 1) {
                        return Optional.empty(); // would leave the plug-in
                    }
                    segments.remove(segments.size() - 1);
                }
                default -> segments.add(segment);
            }
        }
        String uri = PREFIX + String.join("/", segments);
        return isAllowed(uri) ? Optional.of(uri) : Optional.empty();
    }

    /**
     * @return whether the URI has the only accepted form: {@code platform:/plugin/}, a bundle symbolic name, a
     *         path of plain names (no {@code .} or {@code ..}), a {@code .png} or {@code .gif} file
     */
    public static boolean isAllowed(String uri) {
        if (uri == null || uri.length() > MAX_URI_LENGTH || !uri.startsWith(PREFIX)) {
            return false;
        }
        String[] segments = uri.substring(PREFIX.length()).split("/", -1);
        if (segments.length < 2 || !BUNDLE.matcher(segments[0]).matches()) {
            return false;
        }
        for (int i = 1; i < segments.length; i++) {
            String s = segments[i];
            if (s.equals(".") || s.equals("..") || !SEGMENT.matcher(s).matches()) {
                return false;
            }
        }
        return extension(uri) != null;
    }

    /**
     * Reads an icon, once per URI.
     *
     * @param uri a resolved icon URI, as stored in a representation (not trusted: validated again)
     * @return a copy of the icon file's bytes, or empty when the URI is refused, the plug-in or file is missing,
     *         the file is larger than {@value #MAX_BYTES} bytes or is not the PNG or GIF its name says
     */
    public static Optional<byte[]> bytes(String uri) {
        return loaded(uri).map(icon -> icon.bytes().clone());
    }

    /** @return the icon as a {@code data:image/png;base64,...} or {@code data:image/gif;base64,...} URI */
    public static Optional<String> dataUri(String uri) {
        return loaded(uri).map(Loaded::dataUri);
    }

    /** An icon read once: its bytes, and its data URI encoded once for every SVG drawn afterwards. */
    private record Loaded(byte[] bytes, String dataUri) {
    }

    private static Optional<Loaded> loaded(String uri) {
        if (!isAllowed(uri)) {
            return Optional.empty();
        }
        Optional<Loaded> cached = CACHE.get(uri);
        if (cached == null) {
            cached = load(uri).map(b -> new Loaded(b, "data:image/" + extension(uri) + ";base64,"
                    + Base64.getEncoder().encodeToString(b)));
            if (CACHE.size() < MAX_CACHED) {
                CACHE.putIfAbsent(uri, cached);
            }
        }
        return cached;
    }

    /** @return the width the refresh reserves for the icon left of the label: icon, then a 2-unit gap */
    public static double reservedWidth(int labelSize) {
        return size(labelSize) + 2;
    }

    /** @return the side of the (square) icon: 2 units more than the label size */
    public static double size(int labelSize) {
        return labelSize + 2;
    }

    /**
     * Where the icon and the label go: the icon just before the first line, the icon and text block centred
     * together (the text centre moves right by half the reserved width). Widths are those of {@link TextMetrics}
     * (with a margin), so every renderer puts the icon at the same place.
     *
     * @param lines the label's lines (may be empty: the icon is then centred)
     * @param centerX the centre of the label without icon
     * @param top the top of the first line's box
     * @param nodeLeft the left of the node's box: the icon stays {@value #MIN_INSET} units inside it
     * @return the icon's box and the new text centre
     */
    public static Placement place(List<String> lines, double centerX, double top, int labelSize, boolean bold,
            double nodeLeft) {
        double size = size(labelSize);
        double y = top + (TextMetrics.lineHeight(labelSize) - size) / 2;
        if (lines.isEmpty()) {
            return new Placement(centerX - size / 2, y, size, centerX);
        }
        double textCenter = centerX + reservedWidth(labelSize) / 2;
        double first = TextMetrics.width(lines.get(0), labelSize, bold) * WIDTH_MARGIN;
        double x = Math.max(textCenter - first / 2 - reservedWidth(labelSize), nodeLeft + MIN_INSET);
        return new Placement(x, y, size, textCenter);
    }

    /**
     * An icon's box and the centre of the label beside it.
     *
     * @param x left of the icon
     * @param y top of the icon
     * @param size side of the icon
     * @param textCenterX centre of the label's lines
     */
    public record Placement(double x, double y, double size, double textCenterX) {
    }

    private static Optional<byte[]> load(String uri) {
        String rest = uri.substring(PREFIX.length());
        int slash = rest.indexOf('/');
        try {
            Bundle bundle = Platform.getBundle(rest.substring(0, slash));
            URL entry = bundle == null ? null : bundle.getEntry(rest.substring(slash + 1));
            if (entry == null) {
                return Optional.empty();
            }
            try (InputStream in = entry.openStream()) {
                return read(in, extension(uri));
            }
        } catch (IOException | RuntimeException | LinkageError e) {
            // No platform (plain Java), unreadable entry: no icon.
            return Optional.empty();
        }
    }

    /**
     * @return at most {@value #MAX_BYTES} bytes of an icon whose signature is the extension's, or empty (too
     *         large, other content)
     */
    static Optional<byte[]> read(InputStream in, String extension) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            return Optional.empty();
        }
        boolean signature = "png".equals(extension) ? startsWith(bytes, PNG)
                : startsWith(bytes, "GIF87a".getBytes(StandardCharsets.US_ASCII))
                        || startsWith(bytes, "GIF89a".getBytes(StandardCharsets.US_ASCII));
        return signature ? Optional.of(bytes) : Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** @return {@code png} or {@code gif}, or {@code null} for any other name */
    private static String extension(String uri) {
        String name = uri.substring(uri.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        if (dot <= 0) {
            return null;
        }
        String extension = name.substring(dot + 1);
        return extension.equals("png") || extension.equals("gif") ? extension : null;
    }
}
