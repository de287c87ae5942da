package org.didworkbench.domain.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class MapOdsDirectoryTest {
    private static final LocalDate OPEN = LocalDate.of(2000, 4, 1);

    private static OdsOrganisation entry(String code, OdsType type, String... roles) {
        return new OdsOrganisation(code, "SYNTHETIC " + code, type, OPEN, null, Set.of(roles), null);
    }

    @Test
    void aCodeInTwoFilesKeepsTheFirstDescriptionAndBothRoles() {
        MapOdsDirectory d = new MapOdsDirectory(List.of(
                entry("P81001", OdsType.GP_PRACTICE, OdsRoles.GP_PRACTICE),
                new OdsOrganisation("P81001", "OTHER NAME", OdsType.ORGANISATION, null, LocalDate.of(2020, 1, 1),
                        Set.of("EXTRA"), null)), List.of());
        OdsOrganisation o = d.find("P81001").orElseThrow();
        assertThat(d.size()).isEqualTo(1);
        assertThat(o.name()).isEqualTo("SYNTHETIC P81001");
        assertThat(o.type()).isEqualTo(OdsType.GP_PRACTICE);
        assertThat(o.closeDate()).isNull();
        assertThat(o.roles()).containsExactlyInAnyOrder(OdsRoles.GP_PRACTICE, "EXTRA");
    }

    @Test
    void successionIsFollowedThroughChainsAndCycles() {
        MapOdsDirectory d = new MapOdsDirectory(List.of(entry("RZZ01", OdsType.SITE), entry("RZZ02", OdsType.SITE)),
                List.of(new OdsSuccession("RZZ08", "RZZ07", "", LocalDate.of(2023, 4, 1)),
                        new OdsSuccession("RZZ07", "RZZ01", "", LocalDate.of(2024, 4, 1)),
                        new OdsSuccession("RZZ02", "RZZ01", "", null),
                        new OdsSuccession("RZZ05", "RZZ06", "", null),
                        new OdsSuccession("RZZ06", "RZZ05", "", null)));
        assertThat(d.findFollowingSuccession("RZZ08")).map(OdsOrganisation::code).contains("RZZ01");
        assertThat(d.findFollowingSuccession("RZZ02")).map(OdsOrganisation::code).contains("RZZ02");
        assertThat(d.findFollowingSuccession("RZZ05")).as("a cycle ends").isEmpty();
        assertThat(d.findFollowingSuccession("RZZ99")).isEmpty();
        assertThat(d.known("RZZ08")).isTrue();
        assertThat(d.known("RZZ01")).isTrue();
        assertThat(d.known("RZZ99")).isFalse();
        assertThat(d.successionsOf("RZZ07")).extracting(OdsSuccession::newCode).containsExactly("RZZ01");
        assertThat(d.find("RZZ02").orElseThrow().successor()).as("filled from the succession file").isEqualTo("RZZ01");
        assertThat(d.find("RZZ01").orElseThrow().successor()).isNull();
    }

    @Test
    void practicesAndPrescribingCostCentresAreTold() {
        assertThat(entry("A", OdsType.GP_PRACTICE).isPracticeOrPrescribingCostCentre()).isTrue();
        assertThat(entry("B", OdsType.ORGANISATION, OdsRoles.PRESCRIBING_COST_CENTRE)
                .isPracticeOrPrescribingCostCentre()).isTrue();
        assertThat(entry("C", OdsType.ORGANISATION, OdsRoles.NHS_TRUST).isPracticeOrPrescribingCostCentre()).isFalse();
        assertThat(entry("D", OdsType.SITE, OdsRoles.NHS_TRUST_SITE).isPracticeOrPrescribingCostCentre()).isFalse();
    }
}
