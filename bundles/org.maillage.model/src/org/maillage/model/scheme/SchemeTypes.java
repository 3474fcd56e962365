/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.scheme;

import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IContributor;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.spi.RegistryContributor;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.maillage.model.MaillagePackage;
import org.maillage.model.dispositif.DispositifPackage;
import org.osgi.framework.Bundle;

/**
 * The kinds of dispositif known to Maillage: those contributed to {@value #EXTENSION_POINT} (Maillage's own, by
 * {@code org.maillage.model.edit}, and plug-ins'). The one list the explorer, the new-child menus, {@code info}, the
 * reports and the diagrams' palettes read, so that a plug-in kind shows everywhere with no change to Maillage. The
 * one class that reads that extension point.
 * <p>
 * Immutable once built. A contribution that cannot be used (unknown package or class, a class that does not extend
 * {@code Dispositif}, an abstract one, a duplicate) is skipped and reported in {@link #problems()}, in the user's
 * language and naming the plug-in; the others keep working. A plug-in that registers an EMF package under one of
 * Maillage's namespace URIs is reported too, and Maillage's package is put back in the global package registry.
 */
public final class SchemeTypes {

    /** Id of the extension point through which plug-ins contribute kinds of dispositif. */
    public static final String EXTENSION_POINT = "org.maillage.model.schemeTypes";

    /** The explorer heading of a kind whose contribution names none: « Dispositifs ». */
    public static final String DEFAULT_GROUP = "dispositifs";

    private static final String OWN_BUNDLE = "org.maillage.model";
    private static final Set<String> PACKAGE_POINTS = Set.of("org.eclipse.emf.ecore.generated_package",
            "org.eclipse.emf.ecore.dynamic_package");

    /**
     * Read once per run and language, like the commands: installing a plug-in restarts the product; names follow
     * the JVM's default locale, which {@code -nl} sets and tests change.
     */
    private static final Map<Locale, SchemeTypes> RUNNING = new ConcurrentHashMap<>();

    private static final AtomicBoolean LOGGED = new AtomicBoolean();

    private final List<SchemeType> types;
    private final List<String> problems;

    /**
     * @param types the kinds, in the order they are listed (tests, tools)
     */
    public SchemeTypes(List<SchemeType> types) {
        this(types, List.of());
    }

    private SchemeTypes(List<SchemeType> types, List<String> problems) {
        this.types = List.copyOf(types);
        this.problems = List.copyOf(problems);
    }

    /**
     * @return the kinds contributed in the running platform, read once and kept; outside a running platform (plain
     *         JUnit, the Git merge driver), none. Problems are written to the platform's log the first time.
     */
    public static SchemeTypes running() {
        return RUNNING.computeIfAbsent(Locale.getDefault(), locale -> {
            IExtensionRegistry registry = registry();
            SchemeTypes result = registry == null ? new SchemeTypes(List.of()) : fromExtensions(registry);
            if (!LOGGED.getAndSet(true)) {
                log(result.problems());
            }
            return result;
        });
    }

    /**
     * @return the running platform's extension registry, or {@code null} in plain Java, where the registry's classes
     *         may even be missing (the Git merge driver runs the model on a bare class path)
     */
    private static IExtensionRegistry registry() {
        try {
            return RegistryFactory.getRegistry();
        } catch (NoClassDefFoundError e) {
            return null;
        }
    }

    /**
     * @param registry an extension registry
     * @return the kinds contributed to {@value #EXTENSION_POINT} in it, names and messages in the JVM's default
     *         locale (a {@code %key} is looked up in the contributor's {@code plugin_*.properties})
     */
    public static SchemeTypes fromExtensions(IExtensionRegistry registry) {
        List<String> problems = new ArrayList<>(keepOwnPackages(registry));
        Map<EClass, SchemeType> byClass = new LinkedHashMap<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            if (!"schemeType".equals(element.getName())) {
                continue;
            }
            String plugin = actualName(element.getContributor());
            String nsUri = element.getAttribute("nsURI");
            String className = element.getAttribute("eClass");
            String name = name(element);
            if (nsUri == null || className == null || name == null) {
                problems.add(Messages.get("schemeType.missingAttribute", plugin,
                        nsUri == null ? "nsURI" : className == null ? "eClass" : "name"));
                continue;
            }
            EClass eClass = resolve(plugin, nsUri, className, problems);
            if (eClass == null) {
                continue;
            }
            SchemeType previous = byClass.get(eClass);
            if (previous != null) {
                problems.add(Messages.get("schemeType.duplicate", plugin, nsUri, className, previous.contributor()));
                continue;
            }
            String group = element.getAttribute("group");
            byClass.put(eClass, new SchemeType(eClass, name, icon(element), group == null || group.isBlank()
                    ? DEFAULT_GROUP : group.strip(), plugin));
        }
        // The registry's order follows bundle installation: Maillage's kinds first, then plug-ins' by plug-in.
        List<SchemeType> types = new ArrayList<>(byClass.values());
        types.sort(Comparator.comparing((SchemeType t) -> !t.builtIn())
                .thenComparing(t -> t.builtIn() ? "" : t.contributor()));
        return new SchemeTypes(types, problems);
    }

    /** @return every kind: Maillage's own in the model's order, then plug-ins' (by plug-in, in contribution order) */
    public List<SchemeType> list() {
        return types;
    }

    /**
     * @param eClass a class of the model
     * @return its kind, when it is registered
     */
    public Optional<SchemeType> find(EClass eClass) {
        return types.stream().filter(t -> t.eClass() == eClass).findFirst();
    }

    /**
     * @param eClass a class of the model
     * @return its registered name, or the class's own name when it is not registered
     */
    public String name(EClass eClass) {
        return find(eClass).map(SchemeType::name).orElse(eClass.getName());
    }

    /**
     * @param eClass a class of the model
     * @return its registered icon, or {@code null}
     */
    public URL icon(EClass eClass) {
        return find(eClass).map(SchemeType::icon).orElse(null);
    }

    /**
     * @param eClass a class of the model
     * @return its explorer heading, {@link #DEFAULT_GROUP} when it is not registered
     */
    public String group(EClass eClass) {
        return find(eClass).map(SchemeType::group).orElse(DEFAULT_GROUP);
    }

    /** @return the contributions that could not be used, one localised message each, naming the plug-in */
    public List<String> problems() {
        return problems;
    }

    private static EClass resolve(String plugin, String nsUri, String className, List<String> problems) {
        EPackage ePackage;
        try {
            ePackage = EPackage.Registry.INSTANCE.getEPackage(nsUri);
        } catch (RuntimeException e) {
            // A descriptor whose class cannot be loaded or whose .ecore cannot be read.
            ePackage = null;
        }
        if (ePackage == null) {
            problems.add(Messages.get("schemeType.unknownPackage", plugin, nsUri, className));
            return null;
        }
        EClassifier classifier = ePackage.getEClassifier(className);
        if (!(classifier instanceof EClass eClass)) {
            problems.add(Messages.get("schemeType.unknownClass", plugin, nsUri, className));
            return null;
        }
        if (!DispositifPackage.Literals.DISPOSITIF.isSuperTypeOf(eClass)) {
            problems.add(Messages.get("schemeType.notDispositif", plugin, nsUri, className));
            return null;
        }
        if (eClass.isAbstract() || eClass.isInterface()) {
            problems.add(Messages.get("schemeType.abstract", plugin, nsUri, className));
            return null;
        }
        return eClass;
    }

    /**
     * A plug-in package under one of Maillage's namespace URIs would replace Maillage's model for every file read
     * afterwards: report it and put Maillage's packages back.
     */
    private static List<String> keepOwnPackages(IExtensionRegistry registry) {
        Map<String, EPackage> own = new LinkedHashMap<>();
        collect(MaillagePackage.eINSTANCE, own);
        List<String> problems = new ArrayList<>();
        for (String point : PACKAGE_POINTS) {
            for (IConfigurationElement element : registry.getConfigurationElementsFor(point)) {
                String uri = element.getAttribute("uri");
                EPackage ours = uri == null ? null : own.get(uri);
                if (ours == null) {
                    continue;
                }
                String plugin = actualName(element.getContributor());
                boolean isOurs = point.endsWith("generated_package") && OWN_BUNDLE.equals(plugin)
                        && ours.getClass().getInterfaces().length > 0
                        && ours.getClass().getInterfaces()[0].getName().equals(element.getAttribute("class"));
                if (!isOurs) {
                    problems.add(Messages.get("schemeType.nsUriClash", plugin, uri));
                    EPackage.Registry.INSTANCE.put(uri, ours);
                }
            }
        }
        return problems;
    }

    private static void collect(EPackage ePackage, Map<String, EPackage> into) {
        into.put(ePackage.getNsURI(), ePackage);
        ePackage.getESubpackages().forEach(p -> collect(p, into));
    }

    /** The registry translates in the language the platform started with; tests and -nl change the default. */
    private static String name(IConfigurationElement element) {
        String raw = element.getAttributeAsIs("name");
        Bundle bundle = raw != null && raw.startsWith("%") ? ContributorFactoryOSGi.resolve(element.getContributor())
                : null;
        ResourceBundle texts = bundle == null ? null : Platform.getResourceBundle(bundle);
        if (texts != null) {
            try {
                return texts.getString(raw.substring(1));
            } catch (MissingResourceException e) {
                // Falls back to the registry's own translation.
            }
        }
        return element.getAttribute("name");
    }

    private static URL icon(IConfigurationElement element) {
        String path = element.getAttribute("icon");
        if (path == null || path.isBlank()) {
            return null;
        }
        // A fragment contributes under its host's name: the host's getEntry does not see the fragment's files,
        // getResource does (through the host's class path, which a fragment's root joins).
        Bundle bundle = ContributorFactoryOSGi.resolve(element.getContributor());
        if (bundle == null) {
            return null;
        }
        URL url = bundle.getEntry(path);
        return url != null ? url : bundle.getResource(path);
    }

    /** @return the contributing plug-in's own name: a fragment's, not its host's */
    private static String actualName(IContributor contributor) {
        return contributor instanceof RegistryContributor registryContributor
                && registryContributor.getActualName() != null ? registryContributor.getActualName()
                        : contributor.getName();
    }

    private static void log(List<String> problems) {
        if (problems.isEmpty()) {
            return;
        }
        ILog log = ILog.of(SchemeTypes.class);
        problems.forEach(log::warn);
    }
}
