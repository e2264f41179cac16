package se.bedomning.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.kie.api.KieBase;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import se.bedomning.io.Catalog;
import se.bedomning.io.Definitions;
import se.bedomning.io.KoladaMapping;
import se.bedomning.io.Themes;
import se.bedomning.io.Suggest;
import se.bedomning.io.Thresholds;
import se.bedomning.lexicon.Wording;
import se.bedomning.problem.BedomningException;
import se.bedomning.problem.ExitCode;
import se.bedomning.problem.Problem;

/**
 * Loads a rules folder from disk at run time, so a reviewer edits a file and reruns without a build.
 * Layout: {@code *.drl}, {@code thresholds.json}, {@code catalog.json}, {@code wording/sv.json}, and
 * optionally {@code kolada-mapping.json}.
 */
public final class RuleLoader {

    public static final String THRESHOLDS = "thresholds.json";
    public static final String CATALOG = "catalog.json";
    public static final String WORDING = Wording.FILE;

    /** Drools puts the position inside the message text ("Line 8:48"); getColumn() is always 0. */
    private static final Pattern LINE_COL = Pattern.compile("[Ll]ine (\\d+):(\\d+)|\\[Line: (\\d+), Column: (\\d+)]");
    /** Drools sometimes appends the whole generated source; the first part is what a reviewer needs. */
    private static final int MAX_MESSAGE = 600;
    private static final Pattern THRESHOLD_USE = Pattern.compile("Threshold\\s*\\(\\s*name\\s*==\\s*\"([^\"]*)\"");
    /**
     * A concern kind a rule files: {@code Concern.of(kcontext, $f, "kind", …)} or {@code Concern.ofAction(…)}.
     * The DRL files are the one place concern kinds are written; rules/themes.json is checked against them.
     */
    private static final Pattern CONCERN_USE = Pattern.compile("Concern\\.of(?:Action)?\\([^\"]*\"([^\"]*)\"");

    private RuleLoader() {
    }

    public static RuleSet load(Path folder) {
        return load(folder, null);
    }

    /**
     * Loads the folder, reusing {@code previous}'s compiled rules when no DRL file changed: an edit of
     * thresholds, wording or catalog then costs a JSON read instead of a Drools build.
     */
    public static RuleSet load(Path folder, RuleSet previous) {
        EngineOptions.refuseUnknownOptions();
        if (!Files.isDirectory(folder)) {
            throw new BedomningException(ExitCode.BAD_RULES, "The rules folder cannot be used.",
                    List.of(Problem.at(folder.toString(), 0, 0, "", "is not a folder; pass --rules DIR with a folder"
                            + " that holds *.drl, " + THRESHOLDS + ", " + CATALOG + " and " + WORDING)));
        }
        // The DRL files first, so the compiled-rules cache can restore the rule base on a thread of its own
        // while this one reads and checks the JSON files (on a cold run the two take about as long).
        List<Problem> drlProblems = new ArrayList<>();
        List<Path> drls = collect(drlProblems, () -> drlFiles(folder));
        // Only a watch session has a previous set; a cold run hashes the DRL files on the cache's thread.
        String previousDigest = drls == null || previous == null || !previous.folder().equals(folder) ? null
                : digest(folder, drls);
        boolean unchanged = previousDigest != null && previous.drlDigest().equals(previousDigest);
        CachedRules cached = drls == null || unchanged ? null : CachedRules.start(folder, drls);
        // Every file is checked even when an earlier one failed, so a reviewer sees all problems at once.
        List<Problem> problems = new ArrayList<>();
        Thresholds thresholds = collect(problems, () -> Thresholds.read(folder.resolve(THRESHOLDS)));
        Catalog catalog = collect(problems,
                () -> Definitions.readCatalog(folder.resolve(CATALOG), folder.resolve(CATALOG).toString()));
        Wording wording = collect(problems, () -> Wording.read(folder.resolve(WORDING)));
        Themes themes = collect(problems, () -> Themes.read(folder.resolve(Themes.FILE)));
        KoladaMapping kolada = catalog == null ? null
                : collect(problems, () -> KoladaMapping.load(folder.resolve(KoladaMapping.FILE), catalog));
        problems.addAll(drlProblems);
        KieBase kieBase = null;
        if (drls != null) {
            if (thresholds != null) {
                problems.addAll(checkThresholdNames(drls, thresholds));
                problems.addAll(FactProperties.checkComparedProperties(thresholds));
            }
            problems.addAll(RuleVocabulary.check(drls));
            if (themes != null) {
                problems.addAll(checkConcernsThemed(drls, themes));
            }
            kieBase = unchanged ? previous.kieBase() : compileOrReuse(drls, cached, problems);
        }
        String drlDigest = drls == null ? "" : unchanged ? previousDigest : cached.digest();
        if (!problems.isEmpty()) {
            throw BedomningException.badRules("The rules in " + folder + " have " + problems.size()
                    + (problems.size() == 1 ? " problem" : " problems") + "; nothing was drafted.", problems);
        }
        return new RuleSet(folder, kieBase, thresholds, wording, catalog, digest(folder, allFiles(folder)), drlDigest,
                kolada, themes);
    }

    private static <T> T collect(List<Problem> problems, Supplier<T> step) {
        try {
            return step.get();
        } catch (BedomningException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    static List<Path> drlFiles(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            List<Path> drls = s.filter(p -> p.getFileName().toString().endsWith(".drl")).sorted().toList();
            if (drls.isEmpty()) {
                throw new BedomningException(ExitCode.BAD_RULES, "The rules folder has no rules.",
                        List.of(Problem.at(folder.toString(), 0, 0, "", "holds no *.drl file")));
            }
            return drls;
        } catch (IOException e) {
            throw new BedomningException(ExitCode.BAD_RULES, "The rules folder cannot be read.",
                    List.of(Problem.at(folder.toString(), 0, 0, "", e.getMessage())));
        }
    }

    /** A rule base from the compiled-rules cache when these exact DRL files were built before. */
    private static KieBase compileOrReuse(List<Path> drls, CachedRules cached, List<Problem> problems) {
        var restored = cached.get();
        if (restored.isPresent()) {
            return restored.get();
        }
        KieBase built = compile(drls, problems);
        if (built != null) {
            cached.store(built);
        }
        return built;
    }

    /**
     * The compiled-rules cache's answer for one DRL digest, looked up on a daemon thread started before
     * the JSON files are read: restoring the rule base is about half of a cold draft and needs nothing
     * from them. Anything that goes wrong there (a damaged file, an error in Drools) is a miss, and the
     * caller builds the rules itself, as without a cache.
     */
    private static final class CachedRules {
        private final Path folder;
        private final Optional<CompiledRulesCache> cache;
        /** The DRL digest, then the rule base restored under its key (empty: a miss). */
        private final FutureTask<String> digest;
        private final FutureTask<Optional<KieBase>> lookup;

        private CachedRules(Path folder, List<Path> drls) {
            this.folder = folder;
            this.cache = CompiledRulesCache.configured();
            this.digest = new FutureTask<>(() -> RuleLoader.digest(folder, drls));
            this.lookup = new FutureTask<>(() -> {
                digest.run();
                return cache.isEmpty() ? Optional.empty() : cache.get().load(CompiledRulesCache.key(digest.get()));
            });
        }

        static CachedRules start(Path folder, List<Path> drls) {
            CachedRules c = new CachedRules(folder, drls);
            Thread t = new Thread(c.lookup, "bedomning-rules-cache");
            t.setDaemon(true);
            t.start();
            return c;
        }

        /** The rule base from the cache; empty on a miss or when anything went wrong restoring it. */
        Optional<KieBase> get() {
            try {
                return lookup.get();
            } catch (ExecutionException e) {
                return Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }

        /**
         * The digest of the DRL files: computed by the lookup; an unreadable file's error (exit 3) is
         * raised here, on the caller's thread, just as it was when the caller hashed the files itself.
         */
        String digest() {
            digest.run(); // a no-op once the lookup ran it
            try {
                return digest.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while hashing " + folder, e);
            }
        }

        void store(KieBase built) {
            cache.ifPresent(c -> c.store(CompiledRulesCache.key(digest()), built));
        }
    }

    private static KieBase compile(List<Path> drls, List<Problem> problems) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        for (Path drl : drls) {
            Resource r = ResourceFactory.newFileResource(drl.toFile());
            // Without a source path Drools names no file in its errors.
            r.setSourcePath(drl.toString());
            builder.add(r, ResourceType.DRL);
        }
        if (builder.hasErrors()) {
            for (KnowledgeBuilderError e : builder.getErrors()) {
                problems.add(FactProperties.withHint(toProblem(drls, e)));
            }
            return null;
        }
        return problems.isEmpty() ? EngineOptions.kieBase(builder.getKnowledgePackages()) : null;
    }

    static Problem toProblem(List<Path> drls, KnowledgeBuilderError e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage().strip().replaceAll("\\s+", " ");
        if (message.length() > MAX_MESSAGE) {
            message = message.substring(0, MAX_MESSAGE) + " …";
        }
        int line = 0;
        int col = 0;
        Matcher m = LINE_COL.matcher(message);
        if (m.find()) {
            // Both forms count columns from 0.
            line = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(3));
            col = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(4)) + 1;
        } else if (e.getLines() != null && e.getLines().length > 0 && e.getLines()[0] > 0) {
            line = e.getLines()[0];
        }
        String file = e.getResource() != null && e.getResource().getSourcePath() != null
                ? e.getResource().getSourcePath()
                : drls.size() == 1 ? drls.get(0).toString() : drls.get(0).getParent() + " (file not named by Drools)";
        return Problem.at(file, line, col, "", message);
    }

    /** A threshold a rule asks for but the file lacks would silently never match: report it instead. */
    static List<Problem> checkThresholdNames(List<Path> drls, Thresholds thresholds) {
        List<Problem> problems = new ArrayList<>();
        for (Path drl : drls) {
            List<String> lines;
            try {
                lines = Files.readAllLines(drl, StandardCharsets.UTF_8);
            } catch (IOException e) {
                problems.add(Problem.at(drl.toString(), 0, 0, "", "is not readable UTF-8 text: " + e.getMessage()));
                continue;
            }
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = THRESHOLD_USE.matcher(lines.get(i));
                while (m.find()) {
                    if (!thresholds.hasName(m.group(1))) {
                        problems.add(Problem.at(drl.toString(), i + 1, m.start(1) + 1, "", "threshold \"" + m.group(1)
                                + "\" is not in " + thresholds.file() + Suggest.closest(m.group(1), thresholds.names())));
                    }
                }
            }
        }
        return problems;
    }

    /**
     * Every concern kind the rules file must reach a theme, or its concerns would silently become no
     * utvecklingsområde; every kind a theme names must be one the rules file, or the theme is misspelt.
     * (Each theme's wording — its action phrase — is checked when themes.json is read.)
     */
    static List<Problem> checkConcernsThemed(List<Path> drls, Themes themes) {
        List<Problem> problems = new ArrayList<>();
        java.util.Map<String, String> filed = new java.util.TreeMap<>();
        for (Path drl : drls) {
            List<String> lines;
            try {
                lines = Files.readAllLines(drl, StandardCharsets.UTF_8);
            } catch (IOException e) {
                continue; // checkThresholdNames reports the unreadable file
            }
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = CONCERN_USE.matcher(lines.get(i));
                while (m.find()) {
                    filed.putIfAbsent(m.group(1), drl + ":" + (i + 1));
                }
            }
        }
        java.util.Set<String> taken = new java.util.HashSet<>();
        for (se.bedomning.facts.ThemeDefinition t : themes.all()) {
            taken.addAll(t.getConcerns());
            for (String k : t.getConcerns()) {
                if (!filed.containsKey(k)) {
                    problems.add(Problem.at(themes.file().toString(), 0, 0, "themes." + t.getId() + ".concerns",
                            "names \"" + k + "\", a concern kind no rule files; the rules file "
                                    + String.join(", ", filed.keySet())));
                }
            }
        }
        for (java.util.Map.Entry<String, String> e : filed.entrySet()) {
            // A concern whose dimensions fit no theme would silently become no utvecklingsområde: each kind
            // needs a theme that covers every dimension value (a catch-all, last in the file).
            boolean caught = themes.all().stream().anyMatch(t -> t.getConcerns().contains(e.getKey())
                    && t.getTopics().isEmpty() && t.getTargetGroups().isEmpty() && t.getViolenceTypes().isEmpty()
                    && t.getProvisions().isEmpty() && t.getActors().isEmpty());
            if (!taken.contains(e.getKey())) {
                problems.add(Problem.at(themes.file().toString(), 0, 0, "themes",
                        "no theme takes the concern kind \"" + e.getKey() + "\" that the rules file (" + e.getValue()
                                + "); add it to a theme's \"concerns\", e.g. a last theme that covers every value"));
            } else if (!caught) {
                problems.add(Problem.at(themes.file().toString(), 0, 0, "themes",
                        "no theme takes every concern of kind \"" + e.getKey() + "\" (" + e.getValue() + "): one whose"
                                + " dimensions fit none of its themes would be dropped; add a last theme for it with no"
                                + " topic, targetGroup, violenceType, provision or actor"));
            }
        }
        return problems;
    }

    static List<Path> allFiles(Path folder) {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new BedomningException(ExitCode.BAD_RULES, "The rules folder cannot be read.",
                    List.of(Problem.at(folder.toString(), 0, 0, "", e.getMessage())));
        }
    }

    /** A hash of the given files (names and contents): names a rules version in outputs and keys caches. */
    static String digest(Path folder, List<Path> files) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Path p : files) {
                md.update(folder.relativize(p).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(Files.readAllBytes(p));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new BedomningException(ExitCode.BAD_RULES, "The rules folder cannot be read.",
                    List.of(Problem.at(folder.toString(), 0, 0, "", e.getMessage())));
        }
    }
}
