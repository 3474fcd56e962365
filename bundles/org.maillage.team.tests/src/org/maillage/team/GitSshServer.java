/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.team;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyEncryptionContext;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.password.UserAuthPasswordFactory;
import org.apache.sshd.server.auth.pubkey.UserAuthPublicKeyFactory;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.command.CommandFactory;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.ReceivePack;
import org.eclipse.jgit.transport.UploadPack;

/**
 * A Git server over SSH for tests, in-process (Apache MINA sshd, as shipped with JGit's SSH transport): serves the
 * bare repositories under a folder to {@code git-upload-pack} / {@code git-receive-pack} with JGit's own
 * UploadPack and ReceivePack. Accepts one public key and, when set, one password; listens on 127.0.0.1 only.
 */
final class GitSshServer implements AutoCloseable {

    private final Path root;
    private final SshServer server;
    private final KeyPair hostKey;
    private volatile PublicKey authorizedKey;
    private volatile String password;
    /** When positive, the server drops the connection after that many bytes of a pack it sends or receives. */
    final AtomicInteger cutAfter = new AtomicInteger();

    GitSshServer(Path root) throws IOException, GeneralSecurityException {
        this.root = root;
        this.hostKey = newKeyPair();
        server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
        server.setPublickeyAuthenticator((user, key, session) -> authorizedKey != null
                && KeyUtils.compareKeys(key, authorizedKey));
        server.setPasswordAuthenticator((user, given, session) -> password != null && password.equals(given));
        server.setKeyboardInteractiveAuthenticator(null);
        server.setUserAuthFactories(List.of(new UserAuthPublicKeyFactory(), new UserAuthPasswordFactory()));
        server.setCommandFactory(new GitCommands());
        server.start();
    }

    /** @return a new EC key pair (nistp256) */
    static KeyPair newKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        return generator.generateKeyPair();
    }

    /** @param key the only client key accepted from now on */
    void authorize(PublicKey key) {
        this.authorizedKey = key;
    }

    /** @param accepted the only password accepted from now on, or {@code null} for none */
    void acceptPassword(String accepted) {
        this.password = accepted;
    }

    /** @return the URL of a bare repository under the root, e.g. {@code ssh://git@127.0.0.1:PORT/remote.git} */
    String url(String name) {
        return "ssh://git@127.0.0.1:" + server.getPort() + "/" + name;
    }

    /** @return the port the server listens on */
    int port() {
        return server.getPort();
    }

    /** @return the server's host key */
    PublicKey hostKey() {
        return hostKey.getPublic();
    }

    /** @return the {@code known_hosts} line of this server */
    String knownHostsLine() throws IOException, GeneralSecurityException {
        return "[127.0.0.1]:" + server.getPort() + " " + publicKeyLine(hostKey.getPublic());
    }

    /** @return a public key as in {@code known_hosts} or {@code authorized_keys}: type and base 64 */
    static String publicKeyLine(PublicKey key) throws IOException, GeneralSecurityException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OpenSSHKeyPairResourceWriter.INSTANCE.writePublicKey(key, null, out);
        return out.toString(StandardCharsets.US_ASCII).strip();
    }

    /**
     * Writes a private key as OpenSSH does ({@code -----BEGIN OPENSSH PRIVATE KEY-----}), and its {@code .pub}.
     *
     * @param passphrase the key's passphrase, or {@code null} for an unencrypted key
     */
    static void writePrivateKey(KeyPair key, String passphrase, Path file) throws IOException,
            GeneralSecurityException {
        OpenSSHKeyEncryptionContext encryption = null;
        if (passphrase != null) {
            encryption = new OpenSSHKeyEncryptionContext();
            encryption.setCipherName("AES");
            encryption.setCipherMode("CTR");
            encryption.setCipherType("256");
            encryption.setPassword(passphrase);
        }
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(key, "maillage-test", encryption, out);
        }
        // As ssh-keygen does: the public half beside it, which the client offers before asking for a passphrase.
        Files.writeString(file.resolveSibling(file.getFileName() + ".pub"),
                publicKeyLine(key.getPublic()) + " maillage-test\n", StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws IOException {
        server.stop(true);
    }

    private final class GitCommands implements CommandFactory {
        @Override
        public Command createCommand(ChannelSession channel, String command) {
            return new GitCommand(command);
        }
    }

    /** {@code git-upload-pack '/name.git'} or {@code git-receive-pack '/name.git'}, run in a thread of its own. */
    private final class GitCommand implements Command {
        private final String command;
        private InputStream in;
        private OutputStream out;
        private OutputStream err;
        private ExitCallback exit;

        GitCommand(String command) {
            this.command = command;
        }

        @Override
        public void setInputStream(InputStream in) {
            this.in = in;
        }

        @Override
        public void setOutputStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void setErrorStream(OutputStream err) {
            this.err = err;
        }

        @Override
        public void setExitCallback(ExitCallback callback) {
            this.exit = callback;
        }

        @Override
        public void start(ChannelSession channel, Environment env) {
            Thread thread = new Thread(() -> run(channel), "git-ssh " + command);
            thread.setDaemon(true);
            thread.start();
        }

        private void run(ChannelSession channel) {
            List<String> words = CommandFactory.split(command);
            try {
                String name = words.get(1).replace("'", "").replaceFirst("^/+", "");
                Path dir = root.resolve(name).normalize();
                if (!dir.startsWith(root) || !Files.isDirectory(dir)) {
                    err.write(("no repository " + name + "\n").getBytes(StandardCharsets.UTF_8));
                    err.flush();
                    exit.onExit(128);
                    return;
                }
                int cut = cutAfter.get();
                InputStream input = cut > 0 ? new CutInput(in, cut, channel) : in;
                OutputStream output = cut > 0 ? new CutOutput(out, cut, channel) : out;
                try (Repository repository = new FileRepositoryBuilder().setGitDir(dir.toFile()).setMustExist(true)
                        .build()) {
                    if ("git-upload-pack".equals(words.get(0))) {
                        new UploadPack(repository).upload(input, output, err);
                    } else if ("git-receive-pack".equals(words.get(0))) {
                        new ReceivePack(repository).receive(input, output, err);
                    } else {
                        exit.onExit(127, "unknown command");
                        return;
                    }
                }
                output.flush();
                exit.onExit(0);
            } catch (IOException | RuntimeException e) {
                exit.onExit(1, String.valueOf(e.getMessage()));
            }
        }

        @Override
        public void destroy(ChannelSession channel) {
            // The thread ends with its streams.
        }
    }

    /** Output that drops the whole connection once {@code limit} bytes are through: a network cut. */
    private static final class CutOutput extends OutputStream {
        private final OutputStream out;
        private final ChannelSession channel;
        private int left;

        CutOutput(OutputStream out, int limit, ChannelSession channel) {
            this.out = out;
            this.left = limit;
            this.channel = channel;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] { (byte) b }, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len >= left) {
                out.write(b, off, Math.max(0, left - 1));
                out.flush();
                channel.getSession().close(true);
                throw new IOException("connection cut");
            }
            left -= len;
            out.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }
    }

    /** Input that drops the whole connection once {@code limit} bytes are read: a network cut during a push. */
    private static final class CutInput extends InputStream {
        private final InputStream in;
        private final ChannelSession channel;
        private int left;

        CutInput(InputStream in, int limit, ChannelSession channel) {
            this.in = in;
            this.left = limit;
            this.channel = channel;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                channel.getSession().close(true);
                throw new IOException("connection cut");
            }
            int n = in.read(b, off, Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }
    }
}
