package se.bedomning.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.bedomning.cli.Pipeline;
import se.bedomning.testing.Facts;

/** A fact file may define an indicator the catalog lacks; the generic rules draft it unchanged. */
class UnknownIndicatorTest {

    @Test
    void indicatorDefinedOnlyInTheFactFileGetsGenericFindingsAndSentences() {
        Pipeline.Result r = Pipeline.run(Facts.rules(), Path.of("src/test/resources/facts/new-indicator.json"), "rules");
        assertFalse(Facts.rules().catalog().indicators().containsKey("nytt_skyddsbeslut"));
        List<String> kinds = r.assessment().stated().stream().map(Facts::describe).toList();
        assertEquals(List.of("trend_up/steady nytt_skyddsbeslut/ny_grupp", "record_high nytt_skyddsbeslut/ny_grupp",
                "below_national_median nytt_skyddsbeslut/ny_grupp", "coverage_gap nytt_skyddsbeslut/ny_grupp",
                "low_level/still nytt_skyddsbeslut/ny_grupp"), kinds);
        Draft.Section mal4 = r.draft().sections().get(3);
        assertEquals("Andelen skyddsbeslut som fattats inom en vecka för nyanlända har ökat stadigt, från 40 procent"
                + " 2021 till 52 procent 2024 (12 procentenheter), en positiv utveckling.", mal4.sentences().get(0).text());
        assertTrue(mal4.developmentAreas().stream().anyMatch(a -> a.theme().equals("rikets_niva")));
    }
}
