package se.bedomning.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieBase;
import se.bedomning.cli.Pipeline;
import se.bedomning.testing.Facts;

/** The compiled-rules cache can never serve stale or damaged rules. */
class CompiledRulesCacheTest {

    @TempDir
    Path tmp;

    private static String draftWith(KieBase kieBase) {
        RuleSet base = Facts.rules();
        RuleSet set = new RuleSet(base.folder(), kieBase, base.thresholds(), base.wording(), base.catalog(),
                base.digest(), base.drlDigest(), base.kolada(), base.themes());
        return Pipeline.render(set, Pipeline.run(set, Path.of("fixtures/stockholm/2024/facts.json"), "rules"),
                Pipeline.Format.json);
    }

    private static String drlDigest(Path folder) {
        return RuleLoader.digest(folder, RuleLoader.drlFiles(folder));
    }

    @Test
    void packagesSurviveTheDroolsSerialisationRoundTrip() throws Exception {
        KieBase original = Facts.rules().kieBase();
        KieBase restored = EngineOptions.kieBase(
                CompiledRulesCache.deserialize(CompiledRulesCache.serialize(original.getKiePackages())));
        assertEquals(draftWith(original), draftWith(restored));
    }

    @Test
    void storedRulesAreLoadedBackUnderTheSameKey() throws IOException {
        CompiledRulesCache cache = CompiledRulesCache.in(tmp);
        String key = CompiledRulesCache.key(drlDigest(Facts.RULES));
        cache.store(key, Facts.rules().kieBase());
        assertEquals(draftWith(Facts.rules().kieBase()), draftWith(cache.load(key).orElseThrow()));
    }

    @Test
    void anEditedRuleGetsANewKey() throws IOException {
        Path rules = tmp.resolve("rules");
        Files.createDirectories(rules);
        try (Stream<Path> s = Files.list(Facts.RULES)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".drl")).toList()) {
                Files.copy(p, rules.resolve(p.getFileName()));
            }
        }
        String before = CompiledRulesCache.key(drlDigest(rules));
        Files.writeString(rules.resolve("level.drl"), "// a reviewer's comment\n",
                java.nio.file.StandardOpenOption.APPEND);
        assertNotEquals(before, CompiledRulesCache.key(drlDigest(rules)));
    }

    @Test
    void anotherDroolsOrProgramVersionGetsANewKey() throws IOException {
        String drls = drlDigest(Facts.RULES);
        String now = CompiledRulesCache.key(drls, List.of("0.1.0", "10.2.0", "17"));
        assertNotEquals(now, CompiledRulesCache.key(drls, List.of("0.1.0", "10.3.0", "17")));
        assertNotEquals(now, CompiledRulesCache.key(drls, List.of("0.2.0", "10.2.0", "17")));
    }

    @Test
    void theDroolsVersionInTheKeyIsTheOneThePomPinsNotThisProgramsVersion() throws IOException {
        var m = java.util.regex.Pattern.compile("<drools.version>([^<]+)</drools.version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertTrue(m.find(), "pom.xml pins drools.version");
        assertEquals(m.group(1), CompiledRulesCache.droolsVersion());
    }

    @Test
    void aRewrittenClassOfThisProgramGetsANewKey() throws Exception {
        String drls = drlDigest(Facts.RULES);
        String before = CompiledRulesCache.key(drls);
        Path classes = Path.of(CompiledRulesCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path finding = classes.resolve("se/bedomning/facts/Finding.class");
        var time = Files.getLastModifiedTime(finding);
        try {
            Files.setLastModifiedTime(finding, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000));
            assertNotEquals(before, CompiledRulesCache.key(drls));
        } finally {
            Files.setLastModifiedTime(finding, time);
        }
        assertEquals(before, CompiledRulesCache.key(drls));
    }

    @Test
    void theLeastRecentlyUsedSetsBeyondTheLimitAreDeleted() throws IOException {
        CompiledRulesCache cache = CompiledRulesCache.in(tmp);
        KieBase kieBase = Facts.rules().kieBase();
        long past = System.currentTimeMillis() - 3_600_000;
        for (int i = 0; i < CompiledRulesCache.KEEP; i++) {
            String key = String.format("key-%02d", i);
            cache.store(key, kieBase);
            Files.setLastModifiedTime(cache.file(key), java.nio.file.attribute.FileTime.fromMillis(past + i * 1000L));
        }
        assertTrue(cache.load("key-00").isPresent(), "a stored set loads");
        cache.store("key-new", kieBase);
        assertTrue(Files.exists(cache.file("key-00")), "loading made key-00 the most recently used");
        assertTrue(Files.exists(cache.file("key-new")));
        assertTrue(!Files.exists(cache.file("key-01")), "key-01 was the least recently used");
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(CompiledRulesCache.KEEP, files.filter(f -> f.toString().endsWith(".rules")).count());
        }
    }

    @Test
    void aDamagedCacheFileIsIgnoredNotTrusted() throws IOException {
        CompiledRulesCache cache = CompiledRulesCache.in(tmp);
        String key = CompiledRulesCache.key(drlDigest(Facts.RULES));
        cache.store(key, Facts.rules().kieBase());
        Path file = cache.file(key);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(file, bytes);
        assertTrue(cache.load(key).isEmpty(), "a flipped byte must fail the checksum");
        Files.writeString(file, "not a cache file");
        assertTrue(cache.load(key).isEmpty());
        Files.write(file, new byte[0]);
        assertTrue(cache.load(key).isEmpty());
    }

    @Test
    void loadingAFolderWithADamagedCacheStillDraftsCorrectly() throws IOException {
        String prop = System.getProperty(CompiledRulesCache.PROPERTY);
        System.setProperty(CompiledRulesCache.PROPERTY, tmp.toString());
        try {
            String key = CompiledRulesCache.key(drlDigest(Facts.RULES));
            Files.writeString(tmp.resolve(key + ".rules"), "BEDOMNING-COMPILED-RULES/1\ngarbage");
            RuleSet loaded = RuleLoader.load(Facts.RULES);
            assertEquals(draftWith(Facts.rules().kieBase()), draftWith(loaded.kieBase()));
            assertTrue(CompiledRulesCache.in(tmp).load(key).isPresent(), "the rebuilt rules replace the damaged file");
        } finally {
            System.setProperty(CompiledRulesCache.PROPERTY, prop);
        }
    }
}
