/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.plugins.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.MetadataFactory;
import org.eclipse.equinox.p2.metadata.MetadataFactory.InstallableUnitDescription;
import org.eclipse.equinox.p2.metadata.Version;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.cli.CommandContext;
import org.maillage.cli.ExitCodes;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * Covered cases: on a scratch installation (its own p2 agent and profile), {@code plugins install} installs a feature
 * from an update site folder, {@code list} then shows it (id without .feature.group, version, name), {@code remove}
 * removes it and {@code list} no longer shows it; bad input gives a French message and its exit code: no action, an
 * unknown action or option, install without --feature (2), remove of a Maillage core feature (2), a folder that is
 * not an update site or a missing folder (3), a feature the site does not have (3), remove of a feature not installed
 * (3), and an installation without p2 profile (3).
 */
class PluginsCommandTest {

    private static final String FEATURE = "org.example.demo.feature";

    @TempDir
    Path folder;

    private IProvisioningAgent agent;
    private PluginsCommand command;
    private Path site;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void scratchInstallationAndSite() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(PluginsCommand.class).getBundleContext();
        IProvisioningAgentProvider provider = context
                .getService(context.getServiceReference(IProvisioningAgentProvider.class));
        agent = provider.createAgent(folder.resolve("p2").toUri());
        Path install = Files.createDirectories(folder.resolve("installation"));
        agent.getService(IProfileRegistry.class).addProfile("Essai",
                Map.of(IProfile.PROP_INSTALL_FOLDER, install.toString(), IProfile.PROP_CACHE, install.toString()));
        command = new PluginsCommand(() -> agent, "Essai");

        site = Files.createDirectories(folder.resolve("site"));
        IMetadataRepository metadata = agent.getService(IMetadataRepositoryManager.class).createRepository(
                site.toUri(), "Site d'essai", IMetadataRepositoryManager.TYPE_SIMPLE_REPOSITORY, Map.of());
        agent.getService(IArtifactRepositoryManager.class).createRepository(site.toUri(), "Site d'essai",
                IArtifactRepositoryManager.TYPE_SIMPLE_REPOSITORY, Map.of());
        InstallableUnitDescription feature = new InstallableUnitDescription();
        feature.setId(FEATURE + ".feature.group");
        feature.setVersion(Version.create("1.2.0"));
        feature.setProperty(InstallableUnitDescription.PROP_TYPE_GROUP, "true");
        feature.setProperty(IInstallableUnit.PROP_NAME, "Démonstration");
        feature.addProvidedCapabilities(List.of(MetadataFactory.createProvidedCapability(
                IInstallableUnit.NAMESPACE_IU_ID, feature.getId(), feature.getVersion())));
        metadata.addInstallableUnits(List.of(MetadataFactory.createInstallableUnit(feature)));
    }

    @AfterEach
    void stop() {
        agent.stop();
    }

    @Test
    void installsListsAndRemovesAFeature() {
        assertEquals(ExitCodes.OK, run("install", "--repository", site.toString(), "--feature", FEATURE), err());
        assertTrue(err().contains(FEATURE + " 1.2.0 installé. Redémarrez Maillage"), err());
        assertEquals(ExitCodes.OK, run("list"));
        assertTrue(out().contains(FEATURE + "\t1.2.0\tDémonstration"), out());

        assertEquals(ExitCodes.OK, run("remove", "--feature", FEATURE), err());
        assertTrue(err().contains(FEATURE + " retiré."), err());
        assertEquals(ExitCodes.OK, run("list"));
        assertFalse(out().contains(FEATURE), out());
    }

    @Test
    void wrongUsageIsExitTwo() {
        assertEquals(ExitCodes.USAGE, run());
        assertTrue(err().contains("indiquez quoi faire : list, install ou remove"), err());
        assertEquals(ExitCodes.USAGE, run("installer"));
        assertTrue(err().contains("action inconnue « installer »"), err());
        assertEquals(ExitCodes.USAGE, run("install", "--repository", site.toString()));
        assertTrue(err().contains("demande --repository SITE et --feature ID"), err());
        assertEquals(ExitCodes.USAGE, run("list", "--force"));
        assertTrue(err().contains("argument inattendu « --force »"), err());
    }

    @Test
    void maillageItselfIsNeverRemoved() {
        assertEquals(ExitCodes.USAGE, run("remove", "--feature", "org.maillage.feature"));
        assertTrue(err().contains("« org.maillage.feature » fait partie de Maillage lui-même et n'est pas retiré"),
                err());
        assertEquals(ExitCodes.USAGE, run("remove", "--feature", "org.maillage.platform.feature.feature.group"));
    }

    @Test
    void aFolderThatIsNoSiteIsExitThree() throws Exception {
        Path empty = Files.createDirectories(folder.resolve("pas-un-site"));
        assertEquals(ExitCodes.INPUT_ERROR, run("install", "--repository", empty.toString(), "--feature", FEATURE));
        assertTrue(err().contains("« " + empty + " » n'est pas un site de mise à jour p2"), err());
        assertEquals(ExitCodes.INPUT_ERROR,
                run("install", "--repository", folder.resolve("absent").toString(), "--feature", FEATURE));
        assertTrue(err().contains("n'est pas un site de mise à jour p2"), err());
    }

    @Test
    void aFeatureTheSiteDoesNotHaveIsExitThree() {
        assertEquals(ExitCodes.INPUT_ERROR,
                run("install", "--repository", site.toString(), "--feature", "org.example.absente"));
        assertTrue(err().contains("n'a pas de fonctionnalité « org.example.absente »"), err());
    }

    @Test
    void removingWhatIsNotInstalledIsExitThree() {
        assertEquals(ExitCodes.INPUT_ERROR, run("remove", "--feature", FEATURE));
        assertTrue(err().contains("la fonctionnalité « " + FEATURE + " » n'est pas installée"), err());
    }

    @Test
    void anInstallationWithoutProfileIsExitThree() {
        command = new PluginsCommand(() -> agent, "AucunProfil");
        assertEquals(ExitCodes.INPUT_ERROR, run("list"));
        assertTrue(err().contains("Ce Maillage n'est pas géré par p2"), err());
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        return command.run(List.of(args), new CommandContext(o, e, folder));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
