/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.plugins.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.operations.InstallOperation;
import org.eclipse.equinox.p2.operations.ProfileChangeOperation;
import org.eclipse.equinox.p2.operations.ProvisioningJob;
import org.eclipse.equinox.p2.operations.ProvisioningSession;
import org.eclipse.equinox.p2.operations.UninstallOperation;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.maillage.cli.CommandContext;
import org.maillage.cli.ExitCodes;
import org.maillage.cli.ICommand;
import org.maillage.core.text.MessageBundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * {@code maillage plugins list | install --repository SITE --feature ID | remove --feature ID}: the features of the
 * running installation's p2 profile, installed from a p2 repository or removed with p2's planner and engine (through
 * p2.operations, as the install wizard does). A feature is named by its id, without p2's {@code .feature.group}.
 * Maillage's own features are never removed: the product would not start again.
 */
public final class PluginsCommand implements ICommand {

    static final String GROUP = ".feature.group";

    /** The features of the product itself (org.maillage.product's), which {@code remove} refuses. */
    static final Set<String> CORE_FEATURES = Set.of("org.maillage.feature", "org.maillage.platform.feature");

    private static final MessageBundle MESSAGES = new MessageBundle("org.maillage.plugins.internal.messages",
            PluginsCommand.class.getClassLoader());

    private final Supplier<IProvisioningAgent> agents;
    private final String profileId;

    /** The command as {@code org.maillage.cli.commands} makes it: on the running installation's profile. */
    public PluginsCommand() {
        this(PluginsCommand::currentAgent, IProfileRegistry.SELF);
    }

    /**
     * The command on another p2 agent and profile (tests: a scratch installation).
     *
     * @param agents gives the provisioning agent, or null when there is no p2
     * @param profileId the profile to list, install into and remove from
     */
    PluginsCommand(Supplier<IProvisioningAgent> agents, String profileId) {
        this.agents = agents;
        this.profileId = profileId;
    }

    @Override
    public int run(List<String> args, CommandContext context) {
        if (args.isEmpty()) {
            return usage(context, MESSAGES.get("usage.noAction"));
        }
        String action = args.get(0);
        String repository = null;
        String feature = null;
        for (int i = 1; i < args.size(); i++) {
            String arg = args.get(i);
            if (i + 1 >= args.size() || !(arg.equals("--repository") || arg.equals("--feature"))) {
                return usage(context, MESSAGES.get("usage.unknownArgument", arg));
            }
            if (arg.equals("--repository")) {
                repository = args.get(++i);
            } else {
                feature = stripGroup(args.get(++i));
            }
        }
        switch (action) {
        case "list":
            if (repository != null || feature != null) {
                return usage(context, MESSAGES.get("usage.listTakesNothing"));
            }
            break;
        case "install":
            if (repository == null || feature == null) {
                return usage(context, MESSAGES.get("usage.installNeeds"));
            }
            break;
        case "remove":
            if (feature == null || repository != null) {
                return usage(context, MESSAGES.get("usage.removeNeeds"));
            }
            if (CORE_FEATURES.contains(feature)) {
                context.err().println(MESSAGES.get("remove.core", feature));
                return ExitCodes.USAGE;
            }
            break;
        default:
            return usage(context, MESSAGES.get("usage.unknownAction", action));
        }
        IProvisioningAgent agent = agents.get();
        IProfileRegistry registry = agent == null ? null : agent.getService(IProfileRegistry.class);
        IProfile profile = registry == null ? null : registry.getProfile(profileId);
        if (profile == null) {
            context.err().println(MESSAGES.get("noProfile"));
            return ExitCodes.INPUT_ERROR;
        }
        return switch (action) {
        case "list" -> list(profile, context);
        case "install" -> install(agent, profile, repository, feature, context);
        default -> remove(agent, profile, feature, context);
        };
    }

    private static int list(IProfile profile, CommandContext context) {
        profile.available(QueryUtil.createIUGroupQuery(), null).toUnmodifiableSet().stream()
                .sorted(Comparator.comparing(IInstallableUnit::getId))
                .forEach(iu -> context.out().println(stripGroup(iu.getId()) + "\t" + iu.getVersion() + "\t"
                        + name(iu) + (CORE_FEATURES.contains(stripGroup(iu.getId())) ? "\t" + MESSAGES.get("list.core")
                                : "")));
        return ExitCodes.OK;
    }

    private static int install(IProvisioningAgent agent, IProfile profile, String repository, String feature,
            CommandContext context) {
        URI location = location(repository, context);
        if (location == null) {
            context.err().println(MESSAGES.get("install.badLocation", repository));
            return ExitCodes.INPUT_ERROR;
        }
        NullProgressMonitor monitor = new NullProgressMonitor();
        IMetadataRepository metadata;
        try {
            metadata = agent.getService(IMetadataRepositoryManager.class).loadRepository(location, monitor);
            agent.getService(IArtifactRepositoryManager.class).loadRepository(location, monitor);
        } catch (ProvisionException e) {
            context.err().println(MESSAGES.get("install.notARepository", repository, e.getMessage()));
            return ExitCodes.INPUT_ERROR;
        }
        Set<IInstallableUnit> units = metadata
                .query(QueryUtil.createLatestQuery(QueryUtil.createIUQuery(feature + GROUP)), monitor)
                .toUnmodifiableSet();
        if (units.isEmpty()) {
            context.err().println(MESSAGES.get("install.noSuchFeature", feature, repository));
            return ExitCodes.INPUT_ERROR;
        }
        InstallOperation operation = new InstallOperation(new ProvisioningSession(agent), units);
        operation.setProfileId(profile.getProfileId());
        operation.getProvisioningContext().setMetadataRepositories(location);
        operation.getProvisioningContext().setArtifactRepositories(location);
        int code = perform(operation, feature, "install", context);
        if (code == ExitCodes.OK) {
            context.err().println(MESSAGES.get("install.done", feature, units.iterator().next().getVersion()));
        }
        return code;
    }

    private static int remove(IProvisioningAgent agent, IProfile profile, String feature, CommandContext context) {
        Set<IInstallableUnit> units = profile.available(QueryUtil.createIUQuery(feature + GROUP), null)
                .toUnmodifiableSet();
        if (units.isEmpty()) {
            context.err().println(MESSAGES.get("remove.notInstalled", feature));
            return ExitCodes.INPUT_ERROR;
        }
        UninstallOperation operation = new UninstallOperation(new ProvisioningSession(agent), units);
        operation.setProfileId(profile.getProfileId());
        int code = perform(operation, feature, "remove", context);
        if (code == ExitCodes.OK) {
            context.err().println(MESSAGES.get("remove.done", feature));
        }
        return code;
    }

    /** Plans the change, refuses it with p2's reasons when it cannot be planned, else runs it. */
    private static int perform(ProfileChangeOperation operation, String feature, String what,
            CommandContext context) {
        NullProgressMonitor monitor = new NullProgressMonitor();
        IStatus resolved = operation.resolveModal(monitor);
        if (resolved.getSeverity() == IStatus.ERROR || resolved.getSeverity() == IStatus.CANCEL) {
            context.err().println(MESSAGES.get(what + ".unresolved", feature));
            describe(operation.getResolutionResult() != null ? operation.getResolutionResult() : resolved, context);
            return ExitCodes.INPUT_ERROR;
        }
        ProvisioningJob job = operation.getProvisioningJob(monitor);
        IStatus done = job == null ? resolved : job.runModal(monitor);
        if (done.getSeverity() == IStatus.ERROR) {
            context.err().println(MESSAGES.get(what + ".failed", feature));
            describe(done, context);
            return ExitCodes.INTERNAL_ERROR;
        }
        return ExitCodes.OK;
    }

    private static void describe(IStatus status, CommandContext context) {
        if (status.getMessage() != null && !status.getMessage().isBlank()) {
            context.err().println("  " + status.getMessage());
        }
        for (IStatus child : status.getChildren()) {
            describe(child, context);
        }
    }

    /** @return the URI of a repository given as a URL ({@code file:}, {@code http(s):}) or a folder or zip path */
    static URI location(String repository, CommandContext context) {
        if (repository.matches("^[a-zA-Z][a-zA-Z0-9+.-]+:.*") && !repository.matches("^[a-zA-Z]:[\\\\/].*")) {
            try {
                URI uri = new URI(repository);
                return uri.isAbsolute() ? uri : null;
            } catch (URISyntaxException e) {
                return null;
            }
        }
        Path path = context.resolve(repository).toAbsolutePath().normalize();
        if (Files.isRegularFile(path) && path.getFileName().toString().endsWith(".zip")) {
            // p2 reads a zipped repository through a jar: URI.
            return URI.create("jar:" + path.toUri() + "!/");
        }
        return path.toUri();
    }

    private static String name(IInstallableUnit unit) {
        String name = unit.getProperty(IInstallableUnit.PROP_NAME, null);
        return name == null ? "" : name;
    }

    static String stripGroup(String id) {
        return id.endsWith(GROUP) ? id.substring(0, id.length() - GROUP.length()) : id;
    }

    private static int usage(CommandContext context, String problem) {
        context.err().println(problem);
        context.err().println(MESSAGES.get("usage"));
        return ExitCodes.USAGE;
    }

    /** @return the provisioning agent of the running installation, or null when p2 is not there */
    private static IProvisioningAgent currentAgent() {
        BundleContext bundleContext = FrameworkUtil.getBundle(PluginsCommand.class).getBundleContext();
        ServiceReference<IProvisioningAgentProvider> reference = bundleContext
                .getServiceReference(IProvisioningAgentProvider.class);
        if (reference == null) {
            return null;
        }
        try {
            return bundleContext.getService(reference).createAgent(null);
        } catch (ProvisionException e) {
            return null;
        }
    }
}
