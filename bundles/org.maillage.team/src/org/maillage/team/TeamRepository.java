/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.team;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand.FastForwardMode;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.api.ResetCommand.ResetType;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.InvalidRemoteException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryState;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.merge.MergeStrategy;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.maillage.core.persistence.AtomicFileWriter;
import org.maillage.team.TeamException.Kind;
import org.maillage.team.internal.ConflictMarkers;
import org.maillage.team.internal.GivenCredentials;
import org.maillage.team.internal.JGitMonitor;
import org.maillage.team.internal.Messages;
import org.maillage.team.internal.SshSessions;

/**
 * A roadmap folder shared through Git: record versions, synchronise with the remote, read a file's history. Runs
 * headless (JGit, no native Git); the workbench's Fichier &gt; Équipe menu is a thin layer over it.
 * <p>
 * Nothing is lost: a synchronisation starts only from a work tree whose changes are all recorded, so that a merge
 * failing or cancelled half-way is undone by going back to the last local version; the remote's versions stay in
 * the remote-tracking branch and the next synchronisation merges them again. Model files changed on both sides are
 * merged by the caller's {@link FileMerger}, never line by line.
 * <p>
 * Not thread-safe: one operation at a time on one instance. Close it to release the repository.
 */
public final class TeamRepository implements AutoCloseable {

    /** The name of the remote the workbench synchronises with. */
    public static final String REMOTE = "origin";

    /** Suffix of the remote version kept beside a non-model file changed both ways. */
    public static final String THEIRS_SUFFIX = ".distant";

    private static final String DEFAULT_BRANCH = "main";

    // Backups and temporary files of the atomic save (AtomicFileWriter) are not versions of the roadmap.
    private static final String GITIGNORE = "*.bak\n*.bak.*\n*.tmp\n";

    private final Git git;
    private final Path workTree;
    private SshSettings ssh = SshSettings.defaults();

    private TeamRepository(Git git) {
        this.git = git;
        this.workTree = git.getRepository().getWorkTree().toPath().toAbsolutePath().normalize();
    }

    /**
     * Makes {@code folder} a Git repository and records everything in it as the first version.
     *
     * @param folder an existing folder (a roadmap's folder)
     * @param author who records the first version
     * @return the new repository
     * @throws TeamException when the folder is already a repository or Git fails
     */
    public static TeamRepository share(Path folder, Author author) throws IOException {
        Path dir = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new TeamException(Kind.FAILED, Messages.get("share.notFolder", dir), null);
        }
        if (Files.exists(dir.resolve(Constants.DOT_GIT))) {
            throw new TeamException(Kind.ALREADY_SHARED, Messages.get("share.already", dir), null);
        }
        try {
            Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch(DEFAULT_BRANCH).call();
            TeamRepository repository = new TeamRepository(git);
            Path ignore = dir.resolve(Constants.GITIGNORE_FILENAME);
            if (!Files.exists(ignore)) {
                Files.writeString(ignore, GITIGNORE, StandardCharsets.UTF_8);
            }
            repository.commit(Messages.get("share.firstMessage"), author);
            return repository;
        } catch (GitAPIException e) {
            throw failed(e);
        }
    }

    /**
     * Opens the repository that holds {@code folderOrFile}.
     *
     * @param folderOrFile a roadmap file or folder in a work tree
     * @return the repository
     * @throws TeamException {@link Kind#NOT_A_REPOSITORY} when it is in none
     */
    public static TeamRepository open(Path folderOrFile) throws IOException {
        Path start = folderOrFile.toAbsolutePath().normalize();
        File dir = Files.isDirectory(start) ? start.toFile() : start.getParent().toFile();
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(dir);
        if (builder.getGitDir() == null) {
            throw new TeamException(Kind.NOT_A_REPOSITORY, Messages.get("open.notRepository", start), null);
        }
        Repository repository;
        try {
            repository = builder.setMustExist(true).build();
        } catch (IOException e) {
            throw new TeamException(Kind.NOT_A_REPOSITORY, Messages.get("open.notRepository", start), e);
        }
        if (repository.isBare()) {
            repository.close();
            throw new TeamException(Kind.NOT_A_REPOSITORY, Messages.get("open.notRepository", start), null);
        }
        return new TeamRepository(Git.wrap(repository));
    }

    /**
     * Clones a remote repository into a new or empty folder.
     *
     * @param uri a local path, a bare repository on a shared drive, or an HTTPS/SSH URL
     * @param folder the folder to create (or an empty one)
     * @param credentials for HTTPS/SSH remotes, or {@code null}
     * @param monitor progress and cancellation, or {@code null}
     * @return the clone
     * @throws TeamException when the folder is not empty or the remote cannot be read; a partial clone is removed
     */
    public static TeamRepository cloneFrom(String uri, Path folder, CredentialsProvider credentials,
            IProgressMonitor monitor) throws IOException {
        return cloneFrom(uri, folder, credentials, SshSettings.defaults(), monitor);
    }

    /**
     * Clones a remote repository into a new or empty folder.
     *
     * @param uri a local path, a bare repository on a shared drive, or an HTTPS/SSH URL
     * @param folder the folder to create (or an empty one)
     * @param credentials for HTTPS/SSH remotes (user and password, or an SSH key's passphrase), or {@code null}
     * @param ssh the SSH keys, known hosts and host key policy, for SSH remotes; kept for later synchronisations
     * @param monitor progress and cancellation, or {@code null}
     * @return the clone
     * @throws TeamException when the folder is not empty or the remote cannot be read; a partial clone is removed
     */
    public static TeamRepository cloneFrom(String uri, Path folder, CredentialsProvider credentials,
            SshSettings ssh, IProgressMonitor monitor) throws IOException {
        Path dir = folder.toAbsolutePath().normalize();
        boolean existed = Files.exists(dir);
        if (existed) {
            try (Stream<Path> children = Files.list(dir)) {
                if (children.findAny().isPresent()) {
                    throw new TeamException(Kind.FOLDER_NOT_EMPTY, Messages.get("clone.notEmpty", dir), null);
                }
            }
        }
        IProgressMonitor progress = monitor == null ? new NullProgressMonitor() : monitor;
        progress.beginTask(Messages.get("clone.task", uri), IProgressMonitor.UNKNOWN);
        try (SshSessions sessions = new SshSessions(ssh)) {
            var command = Git.cloneRepository().setURI(uri).setDirectory(dir.toFile()).setRemote(REMOTE)
                    .setCredentialsProvider(GivenCredentials.of(credentials))
                    .setProgressMonitor(new JGitMonitor(progress));
            sessions.configure(command);
            try {
                TeamRepository repository = new TeamRepository(command.call());
                repository.ssh = ssh;
                repository.onMainIfEmpty();
                return repository;
            } catch (GitAPIException | RuntimeException e) {
                // Nothing of the user's is in a folder that was empty or absent: a half-made clone goes.
                deleteTree(dir, existed);
                if (progress.isCanceled()) {
                    throw new OperationCanceledException();
                }
                throw remoteFailure(uri, e, sessions);
            }
        } finally {
            progress.done();
        }
    }

    /**
     * A repository just created on a shared drive has no branch yet: JGit's clone of it is empty and on "master",
     * and the first synchronisation would create master while the shared repository's HEAD names main (git init
     * --bare --initial-branch=main, or any recent git): every later clone then failed with "Remote branch 'HEAD' not
     * found". The first version goes on main, as for a shared folder.
     */
    private void onMainIfEmpty() throws IOException {
        if (git.getRepository().resolve(Constants.HEAD) == null) {
            git.getRepository().updateRef(Constants.HEAD).link(Constants.R_HEADS + DEFAULT_BRANCH);
        }
    }

    /**
     * @param settings the SSH keys, known hosts and host key policy for the next synchronisations with an SSH
     *            remote (by default the user's {@code ~/.ssh}, known hosts only)
     */
    public void setSshSettings(SshSettings settings) {
        this.ssh = java.util.Objects.requireNonNull(settings);
    }

    /** @return the work tree's folder */
    public Path getWorkTree() {
        return workTree;
    }

    /** @return the remote's URI, or {@code null} when there is none */
    public String getRemoteUri() {
        String uri = git.getRepository().getConfig().getString("remote", REMOTE, "url");
        return uri == null || uri.isBlank() ? null : uri;
    }

    /**
     * Sets the remote to synchronise with (a bare repository on a shared drive, an HTTPS/SSH URL).
     *
     * @param uri the remote's URI
     * @throws TeamException when the URI is not one
     */
    public void setRemote(String uri) throws IOException {
        try {
            new URIish(uri);
        } catch (java.net.URISyntaxException e) {
            throw new TeamException(Kind.REMOTE_UNREACHABLE, Messages.get("remote.invalid", uri), e);
        }
        StoredConfig config = git.getRepository().getConfig();
        config.setString("remote", REMOTE, "url", uri);
        config.setString("remote", REMOTE, "fetch", "+refs/heads/*:refs/remotes/" + REMOTE + "/*");
        config.save();
    }

    /**
     * @return the work tree's files (relative, with {@code /}) that differ from the last version: changed, added,
     *         removed or not yet recorded
     * @throws TeamException when Git fails
     */
    public Set<String> uncommittedChanges() throws IOException {
        try {
            Status status = git.status().call();
            Set<String> changed = new LinkedHashSet<>(status.getUncommittedChanges());
            changed.addAll(status.getUntracked());
            return changed;
        } catch (GitAPIException e) {
            throw failed(e);
        }
    }

    /**
     * "Enregistrer une version": records every change of the work tree as a new version.
     *
     * @param message what changed, in the user's words
     * @param author who records it
     * @return the new version's id, or empty when nothing changed
     * @throws TeamException when a model file holds conflict markers, or Git fails
     */
    public Optional<String> commit(String message, Author author) throws IOException {
        if (author == null || !author.isComplete()) {
            throw new TeamException(Kind.FAILED, Messages.get("commit.noAuthor"), null);
        }
        checkNoConflictMarkers();
        try {
            if (uncommittedChanges().isEmpty() && git.getRepository().resolve(Constants.HEAD) != null) {
                return Optional.empty();
            }
            git.add().addFilepattern(".").call();
            // A second pass records deletions, which the first does not.
            git.add().addFilepattern(".").setUpdate(true).call();
            PersonIdent person = new PersonIdent(author.name(), author.email());
            RevCommit commit = git.commit().setMessage(message).setAuthor(person).setCommitter(person).call();
            return Optional.of(commit.name());
        } catch (GitAPIException e) {
            throw failed(e);
        }
    }

    /**
     * "Synchroniser": fetches the remote's versions, joins them with the local ones (fast-forward when only the
     * remote moved, else a merge version whose model files come from {@code merger} and whose other files follow
     * Git's merge), then sends the result to the remote.
     *
     * @param merger merges the model files changed on both sides
     * @param author who records the merge version
     * @param credentials for HTTPS/SSH remotes, or {@code null}
     * @param monitor progress and cancellation, or {@code null}
     * @return what was done
     * @throws TeamException when changes are not recorded, a model file holds conflict markers, the remote cannot
     *             be reached or refuses the push; the repository and the working files are then loadable, and
     *             what was merged locally stays for the next synchronisation
     * @throws OperationCanceledException when cancelled; a merge in progress is undone
     */
    public SyncResult synchronise(FileMerger merger, Author author, CredentialsProvider credentials,
            IProgressMonitor monitor) throws IOException {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.get("sync.task"), 100);
        Repository repository = git.getRepository();
        try {
            if (repository.getRepositoryState() != RepositoryState.SAFE) {
                // A synchronisation killed between its merge and its merge version: every local change was
                // recorded before it started, so going back to the last version loses nothing; this one merges
                // again.
                resetTo(repository.resolve(Constants.HEAD));
            }
            String uri = getRemoteUri();
            if (uri == null) {
                throw new TeamException(Kind.NO_REMOTE, Messages.get("sync.noRemote"), null);
            }
            Set<String> uncommitted = uncommittedChanges();
            if (!uncommitted.isEmpty()) {
                throw new TeamException(Kind.UNCOMMITTED_CHANGES,
                        Messages.get("sync.uncommitted", String.join(", ", uncommitted)), null);
            }
            checkNoConflictMarkers();
            String branch = repository.getBranch();

            progress.subTask(Messages.get("sync.fetch", uri));
            try (SshSessions sessions = new SshSessions(ssh)) {
                var fetch = git.fetch().setRemote(REMOTE).setCredentialsProvider(GivenCredentials.of(credentials))
                        .setProgressMonitor(new JGitMonitor(progress.split(40)));
                sessions.configure(fetch);
                try {
                    fetch.call();
                } catch (GitAPIException | RuntimeException e) {
                    checkCanceled(progress);
                    throw remoteFailure(uri, e, sessions);
                }
            }
            checkCanceled(progress);

            ObjectId ours = repository.resolve(Constants.HEAD);
            ObjectId theirs = repository.resolve(Constants.R_REMOTES + REMOTE + "/" + branch);
            SyncResult.Outcome outcome;
            List<String> modelConflicts = List.of();
            List<String> keptBoth = List.of();
            if (theirs == null || theirs.equals(ours) || (ours != null && isAncestor(theirs, ours))) {
                outcome = SyncResult.Outcome.UP_TO_DATE;
            } else if (ours == null || isAncestor(ours, theirs)) {
                progress.subTask(Messages.get("sync.fastForward"));
                fastForward(theirs);
                outcome = SyncResult.Outcome.FAST_FORWARD;
            } else {
                progress.subTask(Messages.get("sync.merge"));
                List<String>[] conflicts = merge(ours, theirs, merger, author, progress.split(30));
                modelConflicts = conflicts[0];
                keptBoth = conflicts[1];
                outcome = SyncResult.Outcome.MERGED;
            }
            progress.setWorkRemaining(30);
            checkCanceled(progress);

            ObjectId head = repository.resolve(Constants.HEAD);
            boolean pushed = false;
            if (head != null && !head.equals(theirs)) {
                progress.subTask(Messages.get("sync.push", uri));
                push(uri, branch, credentials, progress.split(30));
                pushed = true;
            }
            return new SyncResult(outcome, pushed, modelConflicts, keptBoth);
        } finally {
            if (monitor != null) {
                monitor.done();
            }
        }
    }

    /**
     * "Historique": the versions that changed a file, newest first.
     *
     * @param file a file of the work tree
     * @return its versions
     * @throws TeamException when Git fails
     */
    public List<Version> history(Path file) throws IOException {
        List<Version> versions = new ArrayList<>();
        try {
            if (git.getRepository().resolve(Constants.HEAD) == null) {
                return versions;
            }
            for (RevCommit commit : git.log().addPath(relative(file)).call()) {
                PersonIdent who = commit.getAuthorIdent();
                versions.add(new Version(commit.name(), who.getName(), who.getEmailAddress(),
                        who.getWhenAsInstant(), commit.getFullMessage().strip()));
            }
            return versions;
        } catch (GitAPIException e) {
            throw failed(e);
        }
    }

    /**
     * The content of a file at a version, for "Comparer" and "Restaurer".
     *
     * @param file a file of the work tree
     * @param versionId a version's id (from {@link #history})
     * @return the file's bytes at that version
     * @throws TeamException {@link Kind#NOT_IN_VERSION} when the file is not in that version
     */
    public byte[] contentAt(Path file, String versionId) throws IOException {
        Repository repository = git.getRepository();
        ObjectId id = repository.resolve(versionId);
        if (id == null) {
            throw new TeamException(Kind.NOT_IN_VERSION, Messages.get("version.unknown", versionId), null);
        }
        try (RevWalk walk = new RevWalk(repository)) {
            byte[] bytes = blob(repository, walk.parseCommit(id), relative(file));
            if (bytes == null) {
                throw new TeamException(Kind.NOT_IN_VERSION,
                        Messages.get("version.absent", relative(file), versionId), null);
            }
            return bytes;
        }
    }

    @Override
    public void close() {
        git.getRepository().close();
        git.close();
    }

    /** @return whether {@code path} (a name) is a model file, merged by the {@link FileMerger} */
    public static boolean isModelFile(String path) {
        String name = path.toLowerCase(Locale.ROOT);
        return name.endsWith(".maillage") || name.endsWith(".maillagediag");
    }

    private void checkNoConflictMarkers() throws IOException {
        List<Path> models;
        try (Stream<Path> files = Files.walk(workTree)) {
            models = files.filter(p -> !p.startsWith(workTree.resolve(Constants.DOT_GIT)))
                    .filter(p -> Files.isRegularFile(p) && isModelFile(p.getFileName().toString()))
                    .sorted().toList();
        }
        for (Path model : models) {
            int line = ConflictMarkers.firstLine(model);
            if (line > 0) {
                throw new TeamException(Kind.CONFLICT_MARKERS,
                        Messages.get("markers.found", workTree.relativize(model), line), null);
            }
        }
    }

    private void fastForward(ObjectId theirs) throws IOException {
        try {
            MergeResult result = git.merge().include(theirs).setFastForward(FastForwardMode.FF_ONLY).call();
            if (!result.getMergeStatus().isSuccessful()) {
                throw new TeamException(Kind.FAILED, Messages.get("sync.mergeFailed", result.getMergeStatus()),
                        null);
            }
        } catch (GitAPIException e) {
            throw failed(e);
        }
    }

    /** @return the model files left with conflicts, and the other files kept both ways */
    @SuppressWarnings("unchecked")
    private List<String>[] merge(ObjectId oursId, ObjectId theirsId, FileMerger merger, Author author,
            SubMonitor progress) throws IOException {
        Repository repository = git.getRepository();
        Map<String, byte[]> mergedModels = new LinkedHashMap<>();
        List<String> modelConflicts = new ArrayList<>();
        List<String> keptBoth = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit ours = walk.parseCommit(oursId);
            RevCommit theirs = walk.parseCommit(theirsId);
            RevCommit base = mergeBase(repository, ours, theirs);
            // First the model files, in a temporary folder: the work tree is not touched until all are merged.
            Path temp = Files.createTempDirectory("maillage-synchro");
            try {
                Set<String> paths = new LinkedHashSet<>(modelPaths(repository, ours));
                paths.addAll(modelPaths(repository, theirs));
                progress.setWorkRemaining(paths.size() + 2);
                for (String path : paths) {
                    checkCanceled(progress);
                    byte[] b = base == null ? null : blob(repository, base, path);
                    byte[] o = blob(repository, ours, path);
                    byte[] t = blob(repository, theirs, path);
                    progress.worked(1);
                    // Changed on one side only (or the same way): Git's merge takes that side whole.
                    if (o == null || t == null || java.util.Arrays.equals(o, t) || java.util.Arrays.equals(b, o)
                            || java.util.Arrays.equals(b, t)) {
                        continue;
                    }
                    Path dir = Files.createDirectory(temp.resolve(Integer.toString(mergedModels.size())));
                    String name = Path.of(path).getFileName().toString();
                    Path basePath = Files.write(dir.resolve("base-" + name), b == null ? new byte[0] : b);
                    Path oursPath = Files.write(dir.resolve("ours-" + name), o);
                    Path theirsPath = Files.write(dir.resolve("theirs-" + name), t);
                    Path out = dir.resolve(name);
                    if (!merger.merge(basePath, oursPath, theirsPath, out)) {
                        modelConflicts.add(path);
                    }
                    mergedModels.put(path, Files.readAllBytes(out));
                }
            } finally {
                deleteTree(temp, false);
            }
            checkCanceled(progress);

            // Then Git's merge in the work tree; from here on, any failure goes back to the local version.
            try {
                MergeResult result = git.merge().include(theirs).setCommit(false)
                        .setFastForward(FastForwardMode.NO_FF).setStrategy(MergeStrategy.RECURSIVE).call();
                if (result.getMergeStatus() == MergeResult.MergeStatus.FAILED
                        || result.getMergeStatus() == MergeResult.MergeStatus.CHECKOUT_CONFLICT
                        || result.getMergeStatus() == MergeResult.MergeStatus.ABORTED) {
                    throw new TeamException(Kind.FAILED,
                            Messages.get("sync.mergeFailed", result.getMergeStatus()), null);
                }
                for (Map.Entry<String, byte[]> merged : mergedModels.entrySet()) {
                    writeFile(merged.getKey(), merged.getValue());
                }
                if (result.getConflicts() != null) {
                    for (String path : result.getConflicts().keySet()) {
                        if (!mergedModels.containsKey(path)) {
                            keepBoth(repository, path, ours, theirs, keptBoth);
                        }
                    }
                }
                checkCanceled(progress);
                git.add().addFilepattern(".").call();
                git.add().addFilepattern(".").setUpdate(true).call();
                PersonIdent person = new PersonIdent(author.name(), author.email());
                git.commit().setMessage(Messages.get("sync.mergeMessage", getRemoteUri())).setAuthor(person)
                        .setCommitter(person).call();
                progress.worked(2);
            } catch (GitAPIException e) {
                resetTo(oursId);
                throw failed(e);
            } catch (IOException | RuntimeException e) {
                // Cancellation included: every local change was recorded before, so the last version is whole.
                resetTo(oursId);
                throw e;
            }
        }
        return new List[] { modelConflicts, keptBoth };
    }

    /**
     * A file changed both ways that Git could not merge and that is not a model: the local version stays in the
     * file, the remote's goes beside it; a file deleted on one side and changed on the other is kept as changed.
     */
    private void keepBoth(Repository repository, String path, RevCommit ours, RevCommit theirs,
            List<String> keptBoth) throws IOException {
        byte[] o = blob(repository, ours, path);
        byte[] t = blob(repository, theirs, path);
        if (o != null) {
            writeFile(path, o);
            if (t != null) {
                writeFile(path + THEIRS_SUFFIX, t);
            }
        } else if (t != null) {
            writeFile(path, t);
        }
        keptBoth.add(path);
    }

    private void writeFile(String path, byte[] bytes) throws IOException {
        Path target = workTree.resolve(path);
        Files.createDirectories(target.getParent());
        AtomicFileWriter.write(target, out -> out.write(bytes));
    }

    private void push(String uri, String branch, CredentialsProvider credentials, SubMonitor progress)
            throws IOException {
        Iterable<PushResult> results;
        try (SshSessions sessions = new SshSessions(ssh)) {
            var push = git.push().setRemote(REMOTE)
                    .setRefSpecs(new RefSpec(Constants.R_HEADS + branch + ":" + Constants.R_HEADS + branch))
                    .setCredentialsProvider(GivenCredentials.of(credentials))
                    .setProgressMonitor(new JGitMonitor(progress));
            sessions.configure(push);
            try {
                results = push.call();
            } catch (GitAPIException | RuntimeException e) {
                checkCanceled(progress);
                throw remoteFailure(uri, e, sessions);
            }
        }
        for (PushResult result : results) {
            for (RemoteRefUpdate update : result.getRemoteUpdates()) {
                RemoteRefUpdate.Status status = update.getStatus();
                if (status != RemoteRefUpdate.Status.OK && status != RemoteRefUpdate.Status.UP_TO_DATE) {
                    String key = status == RemoteRefUpdate.Status.REJECTED_NONFASTFORWARD
                            || status == RemoteRefUpdate.Status.REJECTED_REMOTE_CHANGED ? "sync.pushBehind"
                                    : "sync.pushRefused";
                    String reason = update.getMessage() == null ? status.name() : update.getMessage();
                    throw new TeamException(Kind.PUSH_REFUSED, Messages.get(key, uri, reason), null);
                }
            }
        }
        // Keep the remote-tracking branch in step, so that the next synchronisation starts from what was sent.
        try (SshSessions sessions = new SshSessions(ssh)) {
            var fetch = git.fetch().setRemote(REMOTE).setCredentialsProvider(GivenCredentials.of(credentials));
            sessions.configure(fetch);
            fetch.call();
        } catch (GitAPIException | RuntimeException e) {
            // The push went through; a stale tracking branch only costs the next synchronisation a fetch.
        }
    }

    private void resetTo(ObjectId commit) throws IOException {
        try {
            git.reset().setMode(ResetType.HARD).setRef(commit.name()).call();
        } catch (GitAPIException e) {
            throw failed(e);
        }
    }

    private static RevCommit mergeBase(Repository repository, RevCommit a, RevCommit b) throws IOException {
        try (RevWalk walk = new RevWalk(repository)) {
            walk.setRevFilter(RevFilter.MERGE_BASE);
            walk.markStart(walk.parseCommit(a));
            walk.markStart(walk.parseCommit(b));
            return walk.next();
        }
    }

    private boolean isAncestor(ObjectId ancestor, ObjectId descendant) throws IOException {
        try (RevWalk walk = new RevWalk(git.getRepository())) {
            return walk.isMergedInto(walk.parseCommit(ancestor), walk.parseCommit(descendant));
        }
    }

    private static List<String> modelPaths(Repository repository, RevCommit commit) throws IOException {
        List<String> paths = new ArrayList<>();
        try (TreeWalk walk = new TreeWalk(repository)) {
            walk.addTree(commit.getTree());
            walk.setRecursive(true);
            while (walk.next()) {
                if (isModelFile(walk.getPathString())) {
                    paths.add(walk.getPathString());
                }
            }
        }
        return paths;
    }

    private static byte[] blob(Repository repository, RevCommit commit, String path) throws IOException {
        try (TreeWalk walk = TreeWalk.forPath(repository, path, commit.getTree())) {
            return walk == null ? null : repository.open(walk.getObjectId(0)).getBytes(Integer.MAX_VALUE);
        }
    }

    private String relative(Path file) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        Path real = Files.exists(absolute) ? absolute.toRealPath() : absolute;
        Path root = workTree.toRealPath();
        if (!real.startsWith(root)) {
            throw new TeamException(Kind.NOT_A_REPOSITORY, Messages.get("open.outside", file, workTree), null);
        }
        return root.relativize(real).toString().replace(File.separatorChar, '/');
    }

    private static void checkCanceled(IProgressMonitor monitor) {
        if (monitor != null && monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }

    private static TeamException remoteFailure(String uri, Exception e, SshSessions sessions) {
        SshSessions.Refusal refusal = sessions.refusedHost();
        if (refusal != null) {
            return new TeamException(Kind.HOST_KEY, Messages.get(refusal.changed() ? "remote.hostKeyChanged"
                    : "remote.hostKeyUnknown", uri, refusal.host()), e);
        }
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String lower = detail.toLowerCase(Locale.ROOT);
        if (lower.contains("cannot log in") || lower.contains("no more authentication methods")) {
            // JGit's SSH transport: every key and the password (or passphrase) given were refused.
            return new TeamException(Kind.CREDENTIALS, Messages.get("remote.sshCredentials", uri,
                    sessions.settings().sshDirectory()), e);
        }
        if (lower.contains("not authorized") || lower.contains("authentication") || lower.contains("401")
                || lower.contains("403")) {
            return new TeamException(Kind.CREDENTIALS, Messages.get("remote.credentials", uri), e);
        }
        if (e instanceof InvalidRemoteException || e instanceof TransportException
                || e instanceof org.eclipse.jgit.api.errors.JGitInternalException) {
            return new TeamException(Kind.REMOTE_UNREACHABLE, Messages.get("remote.unreachable", uri, detail), e);
        }
        return new TeamException(Kind.FAILED, Messages.get("git.failed", detail), e);
    }

    private static TeamException failed(GitAPIException e) {
        return new TeamException(Kind.FAILED, Messages.get("git.failed", e.getMessage()), e);
    }

    private static void deleteTree(Path dir, boolean keepRoot) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                if (!(keepRoot && path.equals(dir))) {
                    Files.deleteIfExists(path);
                }
            }
        } catch (IOException e) {
            // A leftover temporary file is harmless; the operation's own failure is what the user must see.
        }
    }
}
