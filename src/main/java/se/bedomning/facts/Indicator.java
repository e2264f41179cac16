package se.bedomning.facts;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What an indicator measures and how to read it; the rules reason over these properties, never over the id.
 * {@code question} links indicators that ask the same question of different respondents (it was called
 * "topic" before topic became a dimension with a fixed vocabulary, see {@link Dimensions}); {@code family}
 * names, as a Swedish plural phrase ("brottstyperna"), indicators that measure the same thing for
 * different crime or service types and so can be ranked against each other. {@code population} is what a
 * share of municipalities is a share of, as a Swedish noun phrase ("de svarande kommunerna och stadsdelarna"
 * for a survey such as Öppna jämförelser, "länets 26 kommuner" for a census); null when the source does not
 * say. {@code distribution} marks one share of a distribution (which huvudman runs a service): the shares
 * add up to the whole, so none of them is high or low on its own.
 */
public record Indicator(
        String id,
        String name,
        String subject,
        int goal,
        ViolenceType violenceType,
        Unit unit,
        Polarity polarity,
        String source,
        BaseKind baseKind,
        String respondent,
        String question,
        String family,
        String population,
        boolean distribution,
        Dimensions dimensions) {

    /** The properties before population and distribution were added; both absent. */
    public Indicator(String id, String name, String subject, int goal, ViolenceType violenceType, Unit unit,
            Polarity polarity, String source, BaseKind baseKind, String respondent, String question, String family) {
        this(id, name, subject, goal, violenceType, unit, polarity, source, baseKind, respondent, question, family,
                null, false);
    }

    /** The properties before the dimensions were added; none given. */
    public Indicator(String id, String name, String subject, int goal, ViolenceType violenceType, Unit unit,
            Polarity polarity, String source, BaseKind baseKind, String respondent, String question, String family,
            String population, boolean distribution) {
        this(id, name, subject, goal, violenceType, unit, polarity, source, baseKind, respondent, question, family,
                population, distribution, Dimensions.NONE);
    }

    public static final Pattern ID = Pattern.compile("[a-z0-9_]+");
    public static final int FIRST_GOAL = 1;
    public static final int LAST_GOAL = 8;

    public Indicator {
        requireId(id, "indicator");
        requireText(name, "name");
        requireText(subject, "subject");
        requireText(source, "source");
        Objects.requireNonNull(violenceType, "violenceType");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(polarity, "polarity");
        dimensions = dimensions == null ? Dimensions.NONE : dimensions;
        if (goal < FIRST_GOAL || goal > LAST_GOAL) {
            throw new IllegalArgumentException("goal must be 1–8, was " + goal);
        }
    }

    static void requireId(String id, String what) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException(what + " id must be lower-case letters, digits and _, was " + id);
        }
    }

    static void requireText(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }
}
