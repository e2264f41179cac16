package se.bedomning.rules;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32C;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;

/**
 * Compiled rule packages on disk, so an unchanged rules folder is not rebuilt by Drools on every run
 * (the build is most of a cold draft). The key hashes every DRL file together with this program's,
 * Drools' and Java's versions, so an edited rule, an upgrade or another JVM can never be served stale
 * packages; the payload carries its own checksum, so a damaged file is rebuilt, not trusted. The checksum
 * is CRC-32C: it guards against damage, as the SHA-256 it replaces did (a hash stored next to the payload
 * never guarded against forgery), and the JVM computes it with intrinsics even in a cold, C1-only
 * process: 1.5 ms for the 1 MB set where SHA-256 took 80–120 ms.
 *
 * <p>This is the only class that touches Drools' internal serialisation streams: an upgrade that
 * changes them breaks {@code CompiledRulesCacheTest}, not users.
 */
public final class CompiledRulesCache {

    /** System property: a cache folder, or "off". */
    public static final String PROPERTY = "bedomning.cache";
    private static final byte[] MAGIC = "BEDOMNING-COMPILED-RULES/2\n".getBytes(StandardCharsets.US_ASCII);
    private static final int CHECKSUM_BYTES = Long.BYTES;
    /**
     * Compiled rule sets kept: every DRL edit in a watch session adds one, so the least recently used
     * beyond this many are deleted (a set is about 400 kB). Enough for switching between a few rules folders.
     */
    static final int KEEP = 16;

    private final Path folder;

    private CompiledRulesCache(Path folder) {
        this.folder = folder;
    }

    /** The cache configured for this process, or empty when switched off. */
    public static Optional<CompiledRulesCache> configured() {
        String setting = System.getProperty(PROPERTY);
        if ("off".equals(setting)) {
            return Optional.empty();
        }
        if (setting != null && !setting.isBlank()) {
            return Optional.of(new CompiledRulesCache(Path.of(setting)));
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return Optional.of(new CompiledRulesCache(base.resolve("bedomning")));
    }

    public static CompiledRulesCache in(Path folder) {
        return new CompiledRulesCache(folder);
    }

    /**
     * The key for compiled rules: the digest of the DRL files (names and bytes, see RuleLoader) plus
     * every version that shapes the packages.
     */
    public static String key(String drlDigest) {
        return key(drlDigest, List.of(appVersion(), droolsVersion(), System.getProperty("java.vm.version", "?")));
    }

    static String key(String drlDigest, List<String> versions) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String v : versions) {
                md.update(v.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            md.update(drlDigest.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    /**
     * This program's version and a stamp of the jar or classes folder it runs from: the packages refer to
     * the fact classes, so a rebuilt program must not read packages compiled against the old classes.
     */
    static String appVersion() {
        String v = CompiledRulesCache.class.getPackage().getImplementationVersion();
        return (v != null ? v : "dev") + "-" + codeStamp();
    }

    private static String codeStamp() {
        try {
            var src = CompiledRulesCache.class.getProtectionDomain().getCodeSource();
            if (src == null) {
                return "?";
            }
            Path code = Path.of(src.getLocation().toURI());
            if (!Files.isDirectory(code)) {
                return Files.size(code) + "@" + Files.getLastModifiedTime(code).toMillis();
            }
            // A folder's own time changes only when entries are added or removed, not when a class is rewritten.
            try (var files = Files.walk(code)) {
                long[] stamp = new long[2];
                files.filter(Files::isRegularFile).forEach(f -> {
                    stamp[0]++;
                    try {
                        stamp[1] = Math.max(stamp[1], Files.getLastModifiedTime(f).toMillis());
                    } catch (IOException e) {
                        stamp[1] = Long.MAX_VALUE;
                    }
                });
                return stamp[0] + "@" + stamp[1];
            }
        } catch (Exception e) {
            return "?";
        }
    }

    /**
     * The Drools version from drools-core's Maven metadata. Not from the package manifest: in the fat jar
     * every package reports this program's version, so an upgraded Drools would have kept the old key.
     */
    public static String droolsVersion() {
        try (var in = KieBase.class.getResourceAsStream("/META-INF/maven/org.drools/drools-core/pom.properties")) {
            if (in != null) {
                var props = new java.util.Properties();
                props.load(in);
                String v = props.getProperty("version");
                if (v != null && !v.isBlank()) {
                    return v;
                }
            }
        } catch (IOException e) {
            // fall through: an unknown version still keys apart from every known one
        }
        return "unknown-drools";
    }

    Path file(String key) {
        return folder.resolve(key + ".rules");
    }

    /** The cached rule base for this key, or empty when absent, damaged or unreadable. */
    public Optional<KieBase> load(String key) {
        Path f = file(key);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try {
            byte[] all = Files.readAllBytes(f);
            if (all.length < MAGIC.length + CHECKSUM_BYTES || !Arrays.equals(Arrays.copyOf(all, MAGIC.length), MAGIC)) {
                return Optional.empty();
            }
            byte[] sum = Arrays.copyOfRange(all, MAGIC.length, MAGIC.length + CHECKSUM_BYTES);
            byte[] payload = Arrays.copyOfRange(all, MAGIC.length + CHECKSUM_BYTES, all.length);
            if (!Arrays.equals(sum, checksum(payload))) {
                return Optional.empty();
            }
            KieBase kieBase = EngineOptions.kieBase(deserialize(payload));
            try {
                // Used now: the clean-up after a store deletes the least recently used sets first.
                Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
            } catch (IOException e) {
                // a read-only cache still serves its sets
            }
            return Optional.of(kieBase);
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            // A cache is an optimisation: anything wrong with it means "build again".
            return Optional.empty();
        }
    }

    /** Stores the packages of a freshly built rule base; failures only cost the next run a build. */
    public void store(String key, KieBase kieBase) {
        try {
            byte[] payload = serialize(kieBase.getKiePackages());
            Files.createDirectories(folder);
            Path tmp = Files.createTempFile(folder, key, ".tmp");
            try {
                Files.write(tmp, concat(MAGIC, checksum(payload), payload));
                Files.move(tmp, file(key), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            prune();
        } catch (IOException | RuntimeException e) {
            // not fatal: see above
        }
    }

    /** Deletes the least recently used compiled sets beyond {@link #KEEP}. */
    private void prune() throws IOException {
        List<Path> sets;
        try (var files = Files.list(folder)) {
            sets = new ArrayList<>(files.filter(f -> f.getFileName().toString().endsWith(".rules")).toList());
        }
        if (sets.size() <= KEEP) {
            return;
        }
        java.util.Map<Path, Long> used = new java.util.HashMap<>();
        for (Path f : sets) {
            used.put(f, Files.getLastModifiedTime(f).toMillis());
        }
        sets.sort(java.util.Comparator.comparing((Path f) -> used.get(f)).reversed().thenComparing(Path::toString));
        for (Path old : sets.subList(KEEP, sets.size())) {
            Files.deleteIfExists(old);
        }
    }

    static byte[] serialize(Collection<KiePackage> packages) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new DroolsObjectOutputStream(bytes)) {
            out.writeObject(new ArrayList<>(packages));
        }
        return bytes.toByteArray();
    }

    @SuppressWarnings("unchecked")
    static Collection<KiePackage> deserialize(byte[] payload) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new DroolsObjectInputStream(new ByteArrayInputStream(payload),
                CompiledRulesCache.class.getClassLoader())) {
            return (Collection<KiePackage>) in.readObject();
        }
    }

    private static byte[] checksum(byte[] data) {
        CRC32C crc = new CRC32C();
        crc.update(data);
        return java.nio.ByteBuffer.allocate(Long.BYTES).putLong(crc.getValue()).array();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
