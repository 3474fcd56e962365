/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.team;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A Git smart-HTTP server for tests: the JDK's HTTP server in front of the real {@code git http-backend}, run as
 * CGI, with HTTP Basic authentication of one user (the CGI gets REMOTE_USER, which http-backend requires before it
 * accepts a push). Listens on 127.0.0.1 only; serves the bare repositories under a folder at
 * {@code http://127.0.0.1:PORT/git/NAME}.
 */
final class GitHttpServer implements AutoCloseable {

    private final Path root;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private volatile String user;
    private volatile String password;
    /** When positive, the body of the next responses is cut after that many bytes: the connection drops. */
    final AtomicInteger cutAfter = new AtomicInteger();

    GitHttpServer(Path root, String user, String password) throws IOException {
        this.root = root;
        this.user = user;
        this.password = password;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/git/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    /** @return the URL of a bare repository under the root */
    String url(String name) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/git/" + name;
    }

    /** Only these credentials are accepted from now on. */
    void accept(String acceptedUser, String acceptedPassword) {
        this.user = acceptedUser;
        this.password = acceptedPassword;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String expected = "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"maillage\"");
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            cgi(exchange);
        }
    }

    private void cgi(HttpExchange exchange) throws IOException {
        ProcessBuilder builder = new ProcessBuilder("git", "http-backend");
        Map<String, String> env = builder.environment();
        env.put("GIT_PROJECT_ROOT", root.toString());
        env.put("GIT_HTTP_EXPORT_ALL", "1");
        env.put("PATH_INFO", exchange.getRequestURI().getPath().substring("/git".length()));
        env.put("REQUEST_METHOD", exchange.getRequestMethod());
        env.put("QUERY_STRING", exchange.getRequestURI().getRawQuery() == null ? ""
                : exchange.getRequestURI().getRawQuery());
        env.put("REMOTE_USER", user);
        env.put("REMOTE_ADDR", "127.0.0.1");
        putHeader(exchange, env, "Content-Type", "CONTENT_TYPE");
        putHeader(exchange, env, "Content-Length", "CONTENT_LENGTH");
        putHeader(exchange, env, "Content-Encoding", "HTTP_CONTENT_ENCODING");
        putHeader(exchange, env, "Git-Protocol", "GIT_PROTOCOL");
        Process process = builder.start();
        threads.submit(() -> {
            try (InputStream in = exchange.getRequestBody(); OutputStream out = process.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                // The CGI stopped reading: its answer says why.
            }
            return null;
        });
        threads.submit(() -> {
            try (InputStream err = process.getErrorStream()) {
                err.transferTo(OutputStream.nullOutputStream());
            }
            return null;
        });
        try (InputStream out = process.getInputStream()) {
            int status = 200;
            String line;
            while (!(line = headerLine(out)).isEmpty()) {
                int colon = line.indexOf(':');
                String name = line.substring(0, colon).strip();
                String value = line.substring(colon + 1).strip();
                if (name.equalsIgnoreCase("Status")) {
                    status = Integer.parseInt(value.substring(0, 3));
                } else {
                    exchange.getResponseHeaders().add(name, value);
                }
            }
            exchange.sendResponseHeaders(status, 0);
            OutputStream body = exchange.getResponseBody();
            int cut = cutAfter.get();
            if (cut > 0) {
                byte[] some = out.readNBytes(cut);
                body.write(some);
                body.flush();
                if (some.length == cut) {
                    // Drop the connection: the client sees its stream end in the middle of the pack.
                    process.destroyForcibly();
                    throw new IOException("connection cut");
                }
            } else {
                out.transferTo(body);
            }
            body.close();
        } finally {
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process.destroyForcibly();
        }
    }

    private static void putHeader(HttpExchange exchange, Map<String, String> env, String header, String variable) {
        String value = exchange.getRequestHeaders().getFirst(header);
        if (value != null) {
            env.put(variable, value);
        }
    }

    private static String headerLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
