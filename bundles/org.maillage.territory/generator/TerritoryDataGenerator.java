/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Builds the territory data shipped in org.maillage.territory from the npm package
 * {@code @etalab/decoupage-administratif}, at build time (run by exec-maven-plugin as a single-file Java program,
 * so that it needs nothing but the JDK that runs Maven).
 * <p>
 * Arguments: VERSION INTEGRITY CACHE_DIR OUT_DIR. The tarball is taken from CACHE_DIR when there (so that offline
 * rebuilds work), otherwise downloaded from the npm registry; either way its sha512 must equal INTEGRITY (npm's
 * {@code dist.integrity}, pinned in the pom). OUT_DIR/territory/ receives {@code cog.tsv.gz} (one line per
 * région, département, commune actuelle and EPCI with its members), {@code sources.properties} and
 * {@code NOTICE.md}. The runtime reader is {@code org.maillage.territory.internal.BuiltInTerritory}; both must
 * keep the same meaning as the JSON importer ({@code DecoupageReader}), which a test checks.
 */
public final class TerritoryDataGenerator {

    private static final String NAME = "@etalab/decoupage-administratif";
    /** Raised when cog.tsv.gz changes form, so that a previous build's output is not kept. */
    private static final String FORMAT = "2";
    private static final Set<String> EPCI_TYPES = Set.of("CC", "CA", "CU", "METRO", "MET69");
    private static final Set<String> DATA_FILES = Set.of("package/package.json", "package/README.md",
            "package/data/regions.json", "package/data/departements.json", "package/data/communes.json",
            "package/data/epci.json");

    private TerritoryDataGenerator() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            fail("usage: TerritoryDataGenerator VERSION INTEGRITY CACHE_DIR OUT_DIR");
        }
        String version = args[0];
        String integrity = args[1];
        Path cache = Path.of(args[2]);
        Path out = Path.of(args[3]).resolve("territory");
        Path properties = out.resolve("sources.properties");
        if (Files.isRegularFile(out.resolve("cog.tsv.gz")) && Files.isRegularFile(properties)) {
            Properties existing = load(properties);
            if (version.equals(existing.getProperty("version")) && integrity.equals(existing.getProperty("sha512"))
                    && FORMAT.equals(existing.getProperty("format"))) {
                System.out.println("territory data " + version + " up to date in " + out);
                return;
            }
        }
        Path tarball = tarball(version, integrity, cache);
        Map<String, byte[]> files = untar(tarball);
        for (String name : DATA_FILES) {
            if (!files.containsKey(name)) {
                fail(tarball + " holds no " + name);
            }
        }
        Map<?, ?> packageJson = (Map<?, ?>) parse(files, "package/package.json");
        if (!NAME.equals(packageJson.get("name")) || !version.equals(packageJson.get("version"))) {
            fail(tarball + " is " + packageJson.get("name") + " " + packageJson.get("version"));
        }
        String millesime = millesime(new String(files.get("package/README.md"), StandardCharsets.UTF_8), version);
        Files.createDirectories(out);
        Path tsv = out.resolve("cog.tsv.gz.tmp");
        int[] counts = write(files, tsv);
        Files.move(tsv, out.resolve("cog.tsv.gz"), StandardCopyOption.REPLACE_EXISTING);
        writeNotice(out.resolve("NOTICE.md"), version, millesime);
        writeProperties(properties, version, millesime, integrity);
        System.out.printf("territory data %s (millésime %s): %d régions, %d départements, %d communes, %d EPCI%n",
                version, millesime, counts[0], counts[1], counts[2], counts[3]);
    }

    // --- the tarball ---------------------------------------------------------------------------------------------

    private static Path tarball(String version, String integrity, Path cache) throws IOException, InterruptedException {
        Path file = cache.resolve("decoupage-administratif-" + version + ".tgz");
        if (Files.isRegularFile(file)) {
            if (integrity.equals(integrity(Files.readAllBytes(file)))) {
                return file;
            }
            System.out.println(file + " does not match the pinned integrity: downloading it again");
        }
        String url = "https://registry.npmjs.org/" + NAME + "/-/decoupage-administratif-" + version + ".tgz";
        System.out.println("downloading " + url + " (cached in " + cache + " for offline builds)");
        HttpClient.Builder client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(30));
        proxy().ifPresent(client::proxy);
        HttpResponse<byte[]> response;
        try {
            response = client.build().send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(5))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            fail("cannot download " + url + " (" + e + "); build once with network access, or put the file at "
                    + file);
            return null;
        }
        if (response.statusCode() != 200) {
            fail(url + ": HTTP " + response.statusCode());
        }
        byte[] body = response.body();
        String actual = integrity(body);
        if (!integrity.equals(actual)) {
            fail(url + ": integrity " + actual + " differs from the pinned " + integrity);
        }
        Files.createDirectories(cache);
        Path tmp = Files.createTempFile(cache, "download", ".tmp");
        Files.write(tmp, body);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return file;
    }

    /** Maven passes no proxy to a forked JVM: honour the usual environment variable, as npm does. */
    private static java.util.Optional<ProxySelector> proxy() {
        String value = System.getenv("https_proxy");
        if (value == null || value.isBlank()) {
            value = System.getenv("HTTPS_PROXY");
        }
        if (value == null || value.isBlank()) {
            return java.util.Optional.empty();
        }
        URI uri = URI.create(value.contains("://") ? value : "http://" + value);
        return java.util.Optional.of(ProxySelector.of(new InetSocketAddress(uri.getHost(),
                uri.getPort() < 0 ? 80 : uri.getPort())));
    }

    private static String integrity(byte[] bytes) {
        try {
            return "sha512-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-512").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads the files wanted from a gzipped ustar archive (npm's format: plain files, names under 100 bytes). */
    private static Map<String, byte[]> untar(Path tarball) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(tarball))) {
            byte[] header = new byte[512];
            while (in.readNBytes(header, 0, 512) == 512) {
                String name = field(header, 0, 100);
                if (name.isEmpty()) {
                    break;
                }
                String prefix = field(header, 345, 155);
                if (!prefix.isEmpty()) {
                    name = prefix + "/" + name;
                }
                long size = Long.parseLong(field(header, 124, 12).strip().isEmpty() ? "0"
                        : field(header, 124, 12).strip(), 8);
                byte[] content = in.readNBytes((int) size);
                if (content.length != size) {
                    fail(tarball + ": truncated at " + name);
                }
                in.skipNBytes((512 - size % 512) % 512);
                if (DATA_FILES.contains(name)) {
                    files.put(name, content);
                }
            }
        }
        return files;
    }

    private static String field(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.UTF_8);
    }

    /** The package gives its vintage only in its README's table: {@code | 2026 | 6.0.0 | ...}. */
    private static String millesime(String readme, String version) {
        Pattern row = Pattern.compile("^\\|\\s*(\\d{4})\\s*\\|\\s*" + Pattern.quote(version) + "\\s*\\|",
                Pattern.MULTILINE);
        Matcher m = row.matcher(readme);
        return m.find() ? m.group(1) : "";
    }

    // --- the compact form ----------------------------------------------------------------------------------------

    private static int[] write(Map<String, byte[]> files, Path tsv) throws IOException {
        Map<String, String> regions = new TreeMap<>();
        for (Object o : (List<?>) parse(files, "package/data/regions.json")) {
            Map<?, ?> r = (Map<?, ?>) o;
            put(regions, text(r, "code"), line("R", text(r, "code"), text(r, "nom")));
        }
        Map<String, String> departements = new TreeMap<>();
        for (Object o : (List<?>) parse(files, "package/data/departements.json")) {
            Map<?, ?> d = (Map<?, ?>) o;
            put(departements, text(d, "code"), line("D", text(d, "code"), text(d, "nom"), text(d, "region")));
        }
        Map<String, String> communes = new TreeMap<>();
        Map<String, String> successors = new TreeMap<>();
        for (Object o : (List<?>) parse(files, "package/data/communes.json")) {
            Map<?, ?> c = (Map<?, ?>) o;
            String type = text(c, "type");
            if ((type.equals("commune-deleguee") || type.equals("commune-associee"))
                    && c.get("chefLieu") instanceof String chefLieu && !chefLieu.isBlank()) {
                successors.putIfAbsent(text(c, "code"), line("S", text(c, "code"), chefLieu));
            }
            if ("commune-actuelle".equals(type)) {
                put(communes, text(c, "code"), line("C", text(c, "code"), text(c, "nom"), text(c, "departement"),
                        count(c, "population")));
            }
        }
        Map<String, String> epcis = new TreeMap<>();
        for (Object o : (List<?>) parse(files, "package/data/epci.json")) {
            Map<?, ?> e = (Map<?, ?>) o;
            String type = text(e, "type");
            if (!EPCI_TYPES.contains(type)) {
                fail("epci.json: unknown EPCI type " + type + " for " + text(e, "code"));
            }
            List<String> membres = new ArrayList<>();
            if (!(e.get("membres") instanceof List<?> list)) {
                fail("epci.json: no membres for " + text(e, "code"));
                return null;
            }
            for (Object m : list) {
                membres.add(text((Map<?, ?>) m, "code"));
            }
            put(epcis, text(e, "code"), line("E", text(e, "code"), text(e, "nom"), type,
                    count(e, "populationMunicipale"), String.join(",", membres)));
        }
        // mtime 0 in the gzip header: the same package gives the same bytes.
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(tsv));
                Writer w = new OutputStreamWriter(gz, StandardCharsets.UTF_8)) {
            w.write("# Maillage territory data from " + NAME + "; kinds: R région, D département,"
                    + " C commune actuelle, S commune deleguee or associee and its chef-lieu, E EPCI (members: INSEE"
                    + " codes, comma-separated)\n");
            for (Map<String, String> lines : List.of(regions, departements, communes, successors, epcis)) {
                for (String l : lines.values()) {
                    w.write(l);
                }
            }
        }
        return new int[] {regions.size(), departements.size(), communes.size(), epcis.size()};
    }

    private static void put(Map<String, String> lines, String code, String line) {
        if (lines.put(code, line) != null) {
            fail("duplicate code " + code);
        }
    }

    private static String line(String kind, String... fields) {
        StringBuilder b = new StringBuilder(kind);
        for (String f : fields) {
            if (f.indexOf('\t') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                fail("a tab or line break in " + f);
            }
            b.append('\t').append(f);
        }
        return b.append('\n').toString();
    }

    private static String text(Map<?, ?> record, String field) {
        if (!(record.get(field) instanceof String s) || s.isBlank()) {
            fail("missing field " + field + " in " + record.get("code"));
            return null;
        }
        return s;
    }

    /** A missing count is 0, as in the JSON importer; anything else must be a whole non-negative number. */
    private static String count(Map<?, ?> record, String field) {
        Object value = record.get(field);
        if (value == null) {
            return "0";
        }
        if (!(value instanceof JsonNumber n) || !n.text().matches("\\d{1,9}")) {
            fail("bad " + field + " " + value + " in " + record.get("code"));
            return null;
        }
        return String.valueOf(Integer.parseInt(n.text()));
    }

    private static void writeProperties(Path file, String version, String millesime, String integrity)
            throws IOException {
        String text = "# Source of the territory data shipped in org.maillage.territory (read by TerritoryData).\n"
                + "name=" + NAME + "\n"
                + "version=" + version + "\n"
                + "millesime=" + millesime + "\n"
                + "producers=INSEE (Code officiel g\\u00e9ographique, populations l\\u00e9gales), DGCL (EPCI)\n"
                + "licence=Licence Ouverte / Open Licence 2.0\n"
                + "licenceUrl=https://www.etalab.gouv.fr/licence-ouverte-open-licence\n"
                + "url=https://www.npmjs.com/package/" + NAME + "/v/" + version + "\n"
                + "repository=https://github.com/etalab/decoupage-administratif\n"
                + "sha512=" + integrity + "\n"
                + "format=" + FORMAT + "\n";
        Files.writeString(file, text, StandardCharsets.ISO_8859_1);
    }

    private static void writeNotice(Path file, String version, String millesime) throws IOException {
        Files.writeString(file, "# Territory data\n\n"
                + "`cog.tsv.gz` is derived, at build time, from the npm package " + NAME + " " + version
                + " (millésime " + millesime + "): régions, départements and communes actuelles from INSEE's Code"
                + " officiel géographique with INSEE's populations légales, and the EPCI à fiscalité propre with"
                + " their members from the DGCL.\n\n"
                + "Source: https://www.npmjs.com/package/" + NAME + "/v/" + version
                + " (https://github.com/etalab/decoupage-administratif).\n\n"
                + "Licence of the data: Licence Ouverte / Open Licence 2.0 (Etalab),"
                + " https://www.etalab.gouv.fr/licence-ouverte-open-licence. The package's code is under the MIT"
                + " licence; only its data are used here.\n", StandardCharsets.UTF_8);
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        }
        return p;
    }

    // --- a small JSON parser: numbers are kept as their text ------------------------------------------------------

    private static Object parse(Map<String, byte[]> files, String name) {
        Json json = new Json(new String(files.get(name), StandardCharsets.UTF_8), name);
        Object value = json.value();
        json.blanks();
        if (json.pos != json.text.length()) {
            json.error("trailing data");
        }
        return value;
    }

    private static final class Json {
        final String text;
        final String name;
        int pos;

        Json(String text, String name) {
            this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
            this.name = name;
        }

        Object value() {
            blanks();
            if (pos >= text.length()) {
                error("unexpected end");
            }
            char c = text.charAt(pos);
            switch (c) {
                case '{': {
                    pos++;
                    Map<String, Object> map = new LinkedHashMap<>();
                    blanks();
                    if (peek('}')) {
                        return map;
                    }
                    do {
                        blanks();
                        String key = string();
                        blanks();
                        expect(':');
                        map.put(key, value());
                        blanks();
                    } while (peek(','));
                    expect('}');
                    return map;
                }
                case '[': {
                    pos++;
                    List<Object> list = new ArrayList<>();
                    blanks();
                    if (peek(']')) {
                        return list;
                    }
                    do {
                        list.add(value());
                        blanks();
                    } while (peek(','));
                    expect(']');
                    return list;
                }
                case '"':
                    return string();
                default:
                    int start = pos;
                    while (pos < text.length() && "{}[],: \t\r\n\"".indexOf(text.charAt(pos)) < 0) {
                        pos++;
                    }
                    String word = text.substring(start, pos);
                    if (word.equals("null")) {
                        return null;
                    }
                    if (word.equals("true") || word.equals("false")) {
                        return Boolean.valueOf(word);
                    }
                    if (!word.matches("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?")) {
                        error("bad value " + word);
                    }
                    return new JsonNumber(word);
            }
        }

        String string() {
            expect('"');
            StringBuilder b = new StringBuilder();
            while (true) {
                if (pos >= text.length()) {
                    error("unterminated string");
                }
                char c = text.charAt(pos++);
                if (c == '"') {
                    return b.toString();
                }
                if (c != '\\') {
                    b.append(c);
                    continue;
                }
                char e = text.charAt(pos++);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'u' -> {
                        b.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                        pos += 4;
                    }
                    default -> b.append(e);
                }
            }
        }

        void blanks() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        boolean peek(char c) {
            if (pos < text.length() && text.charAt(pos) == c) {
                pos++;
                return true;
            }
            return false;
        }

        void expect(char c) {
            if (!peek(c)) {
                error("'" + c + "' expected");
            }
        }

        void error(String message) {
            fail(name + " at character " + pos + ": " + message);
        }
    }

    /** A JSON number, kept as written so that counts are checked like the JSON importer does. */
    private record JsonNumber(String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    private static void fail(String message) {
        System.err.println("TerritoryDataGenerator: " + message);
        System.exit(1);
    }

}
