/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.benchmarks.report;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.runtime.adaptor.EclipseStarter;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * The Maillage product started in this JVM (Equinox embedded, as the launcher starts it, without an application),
 * for the report benchmarks: reports need BIRT inside OSGi, which the plain class path of the other benchmarks does
 * not give. Calls into the product's bundles go through reflection, since their classes live in bundle class
 * loaders.
 */
final class EmbeddedMaillage implements AutoCloseable {

    private final Path configuration;
    private final Object service;
    private final Class<?> files;
    private final Class<?> scope;
    private final Class<?> format;

    private EmbeddedMaillage(Path configuration, BundleContext context) throws Exception {
        this.configuration = configuration;
        Bundle report = bundle(context, "org.maillage.report");
        report.start();
        files = bundle(context, "org.maillage.model").loadClass("org.maillage.model.resource.MaillageFiles");
        scope = report.loadClass("org.maillage.report.data.ReportScope");
        format = report.loadClass("org.maillage.report.OutputFormat");
        service = report.loadClass("org.maillage.report.ReportService").getMethod("getDefault").invoke(null);
    }

    /**
     * @return the product built by {@code ./mvnw package -pl releng/org.maillage.product -am}, started
     * @throws Exception when the product is missing or does not start
     */
    static EmbeddedMaillage start() throws Exception {
        Path product = Path.of(System.getProperty("maillage.product",
                "releng/org.maillage.product/target/products/org.maillage.product/linux/gtk/x86_64"))
                .toAbsolutePath().normalize();
        if (!Files.isDirectory(product.resolve("plugins"))) {
            throw new IllegalStateException("Produit introuvable : " + product + " (construire releng/"
                    + "org.maillage.product, ou passer -Dmaillage.product=DOSSIER)");
        }
        // A copy of the configuration: Equinox writes its caches there.
        Path configuration = Files.createTempDirectory("maillage-bench-config");
        Path source = product.resolve("configuration");
        try (Stream<Path> entries = Files.walk(source)) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                Path copy = configuration.resolve(source.relativize(entry).toString());
                if (Files.isDirectory(entry)) {
                    Files.createDirectories(copy);
                } else if (!entry.startsWith(source.resolve("org.eclipse.osgi"))) {
                    Files.copy(entry, copy);
                }
            }
        }
        Map<String, String> properties = new HashMap<>();
        properties.put("osgi.install.area", product.toUri().toString());
        // config.ini names its bundles relative to the framework's folder: the product's plugins, not ours.
        properties.put("osgi.syspath", product.resolve("plugins").toString());
        properties.put("osgi.configuration.area", configuration.toUri().toString());
        properties.put("osgi.noShutdown", "true");
        properties.put("eclipse.ignoreApp", "true");
        properties.put("osgi.console", "");
        properties.put("java.awt.headless", "true");
        EclipseStarter.setInitialProperties(properties);
        BundleContext context = EclipseStarter.startup(new String[0], null);
        return new EmbeddedMaillage(configuration, context);
    }

    private static Bundle bundle(BundleContext context, String name) {
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getSymbolicName().equals(name)) {
                return bundle;
            }
        }
        throw new IllegalStateException("Module absent du produit : " + name);
    }

    /**
     * @param file a roadmap file
     * @return its default report scope (a {@code ReportScope} of the product)
     */
    Object scope(Path file) throws Exception {
        Object model = files.getMethod("load", Path.class).invoke(null, file);
        return scope.getMethod("of", model.getClass().getInterfaces()[0]).invoke(null, model);
    }

    /** Renders a shipped design of a scope to PDF, thrown away. */
    void pdf(String design, Object reportScope) throws Exception {
        Object found = ((java.util.Optional<?>) service.getClass().getMethod("design", String.class)
                .invoke(service, design)).orElseThrow();
        Method generate = null;
        for (Method method : service.getClass().getMethods()) {
            if (method.getName().equals("generate") && method.getParameterCount() == 4
                    && method.getParameterTypes()[0].isInstance(found)) {
                generate = method;
            }
        }
        generate.invoke(service, found, reportScope, format.getField("PDF").get(null), OutputStream.nullOutputStream());
    }

    /** Stops the engine: the next report starts a new one. */
    void stopEngine() throws Exception {
        service.getClass().getMethod("close").invoke(service);
    }

    @Override
    public void close() throws Exception {
        EclipseStarter.shutdown();
        try (Stream<Path> walk = Files.walk(configuration)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is harmless.
        }
    }
}
