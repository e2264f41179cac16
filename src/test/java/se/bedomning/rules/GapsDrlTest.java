package se.bedomning.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.bedomning.testing.Facts.facts;
import static se.bedomning.testing.Facts.stated;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.bedomning.evaluation.Assessment;
import se.bedomning.facts.FindingKind;
import se.bedomning.facts.Polarity;
import se.bedomning.facts.Sex;
import se.bedomning.facts.Unit;

/** gaps.drl: differences between the sexes, between sub-groups and between respondents. */
class GapsDrlTest {

    @Test
    void genderGapIsFoundOnceWithTheHigherGroupFirst() {
        Assessment a = facts()
                .series("s", Unit.PERCENT, Polarity.RISE_GOOD).group("kvinnor", Sex.FEMALE, "vuxna").values(2023, 31).add()
                .series("s", Unit.PERCENT, Polarity.RISE_GOOD).group("man", Sex.MALE, "vuxna").values(2023, 21).add()
                .evaluate();
        assertEquals(List.of("gender_gap s/kvinnor~s/man"), stated(a, FindingKind.GENDER_GAP));
    }

    @Test
    void smallDifferenceBetweenTheSexesIsNoGap() {
        Assessment a = facts()
                .series("s", Unit.PERCENT, Polarity.RISE_GOOD).group("kvinnor", Sex.FEMALE, "vuxna").values(2024, 87).add()
                .series("s", Unit.PERCENT, Polarity.RISE_GOOD).group("man", Sex.MALE, "vuxna").values(2024, 89).add()
                .evaluate();
        assertEquals(List.of(), stated(a, FindingKind.GENDER_GAP));
    }

    @Test
    void girlsAreComparedWithBoysInTheSameSegmentOnly() {
        Assessment a = facts()
                .series("m", Unit.MEAN_0_10, Polarity.RISE_GOOD).group("ak8_flickor", Sex.FEMALE, "grundskolan").values(2024, 5.4).add()
                .series("m", Unit.MEAN_0_10, Polarity.RISE_GOOD).group("ak8_pojkar", Sex.MALE, "grundskolan").values(2024, 6.2).add()
                .series("m", Unit.MEAN_0_10, Polarity.RISE_GOOD).group("gy_pojkar", Sex.MALE, "gymnasiet").values(2024, 7.1).add()
                .evaluate();
        assertEquals(List.of("gender_gap m/ak8_pojkar~m/ak8_flickor"), stated(a, FindingKind.GENDER_GAP));
    }

    @Test
    void differentYearsAreNotCompared() {
        Assessment a = facts()
                .series("s", Unit.PERCENT, Polarity.RISE_GOOD).group("kvinnor", Sex.FEMALE, "vuxna").values(2023, 31).add()
                .series("s", Unit.PERCENT, Polarity.RISE_GOOD).group("man", Sex.MALE, "vuxna").values(2022, 10).add()
                .evaluate();
        assertEquals(List.of(), stated(a, FindingKind.GENDER_GAP));
    }

    @Test
    void groupsWithoutASegmentAreNotComparedAsSubgroups() {
        // Drools 10.2.0 resolved `segment` in a constraint through a method named segment() when Series had
        // one, so groups without a segment (huvudman in 2018) were compared with each other.
        Assessment a = facts()
                .series("v", Unit.PERCENT, Polarity.RISE_GOOD).group("huvudman_kommun", null, null).values(2018, 50).add()
                .series("v", Unit.PERCENT, Polarity.RISE_GOOD).group("huvudman_stat", null, null).values(2018, 0).add()
                .evaluate();
        assertEquals(List.of(), stated(a, FindingKind.GROUP_GAP));
    }

    @Test
    void segmentsOfTheSameIndicatorFormAGroupGap() {
        Assessment a = facts()
                .series("m", Unit.MEAN_0_10, Polarity.RISE_GOOD).group("ak8", null, "grundskolan").values(2024, 5.8).add()
                .series("m", Unit.MEAN_0_10, Polarity.RISE_GOOD).group("gymnasiet", null, "gymnasiet").values(2024, 6.9).add()
                .evaluate();
        assertEquals(List.of("group_gap/segment m/gymnasiet~m/ak8"), stated(a, FindingKind.GROUP_GAP));
    }

    @Test
    void staffAndPupilsOnTheSameTopicFormARespondentGap() {
        Assessment a = facts()
                .series("elev", Unit.MEAN_0_10, Polarity.RISE_GOOD).respondent("elever", "krank").group("ak8", null, "grundskolan").values(2024, 5.8).add()
                .series("pers", Unit.MEAN_0_10, Polarity.RISE_GOOD).respondent("personal", "krank").group("grund", null, "grundskolan").values(2024, 7.6).add()
                .evaluate();
        assertEquals(List.of("group_gap/respondent pers/grund~elev/ak8"), stated(a, FindingKind.GROUP_GAP));
    }
}
