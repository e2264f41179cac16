package se.bedomning.facts;

import java.util.List;
import java.util.Objects;

/**
 * One numbered åtgärd of the handlingsplan ("2.4") as the year's report follows it up: its Mål, title,
 * responsible actor, status with the sentence that says so, the outputs and reach the report gives
 * (each with its quote), and, for {@code reported_elsewhere}, the åtgärd it is reported under.
 * {@code position} is the order in the file, so drafts list actions as the report does. {@code topic} and
 * {@code actors} are the same dimensions as an indicator's (catalog), so themes join åtgärder and indicators
 * on them; both may be absent.
 */
public record Action(String id, int goal, String title, String actor, ActionStatus status, String statusQuote,
        List<ActionOutput> outputs, Reach reach, String reportedUnder, int position, Topic topic,
        List<Actor> actors) {

    public Action {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(status, "status");
        outputs = List.copyOf(outputs);
        actors = actors == null ? List.of() : List.copyOf(actors);
    }

    /** An åtgärd without the dimensions (topic, actor codes) that themes join on. */
    public Action(String id, int goal, String title, String actor, ActionStatus status, String statusQuote,
            List<ActionOutput> outputs, Reach reach, String reportedUnder, int position) {
        this(id, goal, title, actor, status, statusQuote, outputs, reach, reportedUnder, position, null, List.of());
    }

    public boolean hasOutputs() {
        return !outputs.isEmpty();
    }

    public int outputCount() {
        return outputs.size();
    }

    public boolean hasReach() {
        return reach != null;
    }

    /** Share of the reach in procent, 0 without a reach (never NaN). */
    public double reachPercent() {
        return reach == null ? 0 : reach.percent();
    }

    public String key() {
        return id;
    }
}
