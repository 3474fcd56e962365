/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.report.internal;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import org.eclipse.birt.report.model.api.DesignElementHandle;
import org.eclipse.birt.report.model.api.IResourceLocator;
import org.eclipse.birt.report.model.api.ImageHandle;
import org.eclipse.birt.report.model.api.ModuleHandle;
import org.eclipse.birt.report.model.api.SlotHandle;
import org.eclipse.birt.report.model.api.TextItemHandle;
import org.eclipse.birt.report.model.api.elements.DesignChoiceConstants;

/**
 * What a report design may read besides itself: files in its own folder (for a design on disk) or in its own
 * bundle (for a contributed design), nothing else. BIRT asks this locator for libraries, CSS style sheets, file
 * images, included scripts and message files; by default it resolves any path or URL, so a design could read
 * {@code /etc/passwd} into a report or open connections to any server. Refused names are kept and the run fails
 * with them: a report that silently lacks its logo or its styles is worse than a clear refusal.
 * <p>
 * Images with a URL source and background images are opened by BIRT's layout and emitters directly
 * ({@code new URL(..).openStream()}), without any locator: {@link #refusedElements(ModuleHandle)} refuses them in
 * the design before it runs. One instance per run: it holds that run's refusals.
 */
public final class DesignResources implements IResourceLocator {

    /** A URI scheme of two letters or more; one letter is a Windows drive. */
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]+:");

    private final URI folder;
    private final List<String> refused = new CopyOnWriteArrayList<>();

    private DesignResources(URI folder) {
        this.folder = folder;
    }

    /**
     * @param location where the design was read from; {@code null} when it came from a stream only (then it may
     *        read nothing besides itself)
     * @return the locator for one run of that design
     */
    public static DesignResources of(URL location) {
        if (location == null) {
            return new DesignResources(null);
        }
        try {
            URI uri = location.toURI().normalize();
            if ("file".equals(uri.getScheme())) {
                return new DesignResources(Path.of(uri).toAbsolutePath().getParent().toUri());
            }
            // A design contributed by a bundle may use anything of its own bundle (same scheme and host).
            return new DesignResources(new URI(uri.getScheme(), uri.getAuthority(), "/", null, null));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return new DesignResources(null);
        }
    }

    @Override
    public URL findResource(ModuleHandle module, String fileName, int type) {
        return findResource(module, fileName, type, null);
    }

    @Override
    public URL findResource(ModuleHandle module, String fileName, int type, @SuppressWarnings("rawtypes") Map context) {
        if (fileName == null || fileName.isBlank()) {
            return null;
        }
        Optional<URL> allowed = resolve(fileName.strip());
        if (allowed.isEmpty()) {
            if (!refused.contains(fileName)) {
                refused.add(fileName);
            }
            return null;
        }
        // Inside but missing (e.g. the message files BIRT looks for in every locale): not found, as BIRT expects.
        return "file".equals(folder.getScheme()) && !Files.exists(Path.of(URI.create(allowed.get().toString())))
                ? null : allowed.get();
    }

    /** @return the resources refused so far in this run, as the design named them */
    public List<String> refused() {
        return List.copyOf(refused);
    }

    private Optional<URL> resolve(String name) {
        if (folder == null) {
            return Optional.empty();
        }
        try {
            URI target;
            if (SCHEME.matcher(name).find()) {
                target = new URI(name);
            } else if (name.startsWith("/") || name.startsWith("\\") || Path.of(name).isAbsolute()) {
                target = Path.of(name).toUri();
            } else {
                // Relative: against the design's folder; encoded so that spaces and accents make a valid URI.
                target = folder.resolve(new URI(null, null, name.replace('\\', '/'), null));
            }
            target = target.normalize();
            return inside(target) ? Optional.of(target.toURL()) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException | MalformedURLException e) {
            return Optional.empty();
        }
    }

    private boolean inside(URI target) {
        if (!folder.getScheme().equalsIgnoreCase(String.valueOf(target.getScheme()))) {
            return false;
        }
        String path = target.getPath();
        if (path == null || path.contains("/../") || path.endsWith("/..") || target.getQuery() != null) {
            return false;
        }
        if (!"file".equals(folder.getScheme())) {
            return String.valueOf(folder.getAuthority()).equals(String.valueOf(target.getAuthority()))
                    && path.startsWith(folder.getPath());
        }
        if (target.getAuthority() != null) {
            return false;
        }
        Path base = Path.of(folder).normalize();
        Path file = Path.of(target).normalize();
        if (!file.startsWith(base)) {
            return false;
        }
        if (!Files.exists(file)) {
            // Inside and missing: BIRT says it is missing.
            return true;
        }
        try {
            // No symbolic link out of the folder.
            return file.toRealPath().startsWith(base.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * @param design an opened design
     * @return the items of the design that BIRT would load from outside without asking any locator: images with a
     *         URL source, background images other than embedded ones, HTML texts with images or CSS URLs
     */
    public static List<String> refusedElements(ModuleHandle design) {
        List<String> found = new ArrayList<>();
        visit(design, found);
        return found;
    }

    private static void visit(DesignElementHandle element, List<String> found) {
        check(element, found);
        for (int slot = 0; slot < element.getDefn().getSlotCount(); slot++) {
            SlotHandle handle = element.getSlot(slot);
            if (handle != null) {
                for (Object child : handle.getContents()) {
                    if (child instanceof DesignElementHandle e) {
                        visit(e, found);
                    }
                }
            }
        }
        for (var property : element.getDefn().getContents()) {
            for (Object child : element.getContents(property.getName())) {
                if (child instanceof DesignElementHandle e) {
                    visit(e, found);
                }
            }
        }
    }

    private static void check(DesignElementHandle element, List<String> found) {
        if (element instanceof ImageHandle image
                && DesignChoiceConstants.IMAGE_REF_TYPE_URL.equals(image.getSource())) {
            found.add(describe(element) + " : " + image.getURI());
        }
        if (element.getDefn().getProperty("backgroundImage") != null) {
            String background = element.getStringProperty("backgroundImage");
            String type = element.getDefn().getProperty("backgroundImageType") != null
                    ? element.getStringProperty("backgroundImageType") : null;
            if (background != null && !background.isBlank()
                    && !DesignChoiceConstants.IMAGE_REF_TYPE_EMBED.equals(type)) {
                found.add(describe(element) + " : " + background);
            }
        }
        if (element instanceof TextItemHandle text
                && DesignChoiceConstants.TEXT_CONTENT_TYPE_HTML.equals(text.getContentType())
                && text.getContent() != null) {
            String html = text.getContent().toLowerCase(Locale.ROOT);
            if (html.contains("<img") || html.contains("url(") || html.contains("<link")) {
                found.add(describe(element) + " : " + firstLine(text.getContent()));
            }
        }
    }

    private static String describe(DesignElementHandle element) {
        String name = element.getName();
        return element.getDefn().getName() + (name != null ? " « " + name + " »" : "") + " (id " + element.getID()
                + ")";
    }

    private static String firstLine(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() > 80 ? line.substring(0, 80) + "…" : line;
    }
}
