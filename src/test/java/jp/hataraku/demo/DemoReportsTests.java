package jp.hataraku.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import jp.hataraku.organization.Contractor;
import jp.hataraku.organization.Municipality;
import jp.hataraku.organization.Organizations;
import jp.hataraku.reports.Figure;
import jp.hataraku.reports.internal.CouncilReport;
import jp.hataraku.reports.internal.ReportScope;
import jp.hataraku.shared.FiscalYear;
import jp.hataraku.shared.TokyoClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The demo's council report has figures this year and last, and its contractor filter a choice to show. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hataraku.demo.enabled=true")
class DemoReportsTests {

    @Autowired
    Organizations organizations;
    @Autowired
    CouncilReport council;
    @Autowired
    TokyoClock clock;

    private long town(String name) {
        return organizations.municipalities().stream().filter(m -> m.name().equals(name)).map(Municipality::id)
                .findFirst().orElseThrow();
    }

    @Test
    void the_demo_town_reports_figures_this_year_and_last() {
        long town = town("山の辺町");
        FiscalYear year = FiscalYear.of(clock.today());
        for (FiscalYear y : new FiscalYear[] {year, year.previous()}) {
            CouncilReport.Report report = council.compute(ReportScope.town(town), y, Locale.JAPANESE);
            assertThat(report.emptyReason()).as(y.toString()).isEmpty();
            Figure now = report.figures().stream().filter(f -> f.id().equals("registered-now")).findFirst().orElseThrow();
            assertThat(now.isEmpty()).as(y + " registered-now").isFalse();
            assertThat(now.data().series().get(0).values().get(0)).as(y + " registered now").isPositive();
            assertThat(report.sections()).isNotEmpty().allSatisfy(s -> assertThat(s.title()).isNotBlank());
        }
    }

    @Test
    void the_village_has_two_contractors_and_the_town_one() {
        assertThat(organizations.contractorsServing(town("川瀬村"))).extracting(Contractor::legalName)
                .contains(DemoReports.VILLAGE_CONTRACTOR).hasSize(2);
        assertThat(organizations.contractorsServing(town("山の辺町"))).extracting(Contractor::legalName)
                .doesNotContain(DemoReports.VILLAGE_CONTRACTOR).hasSize(1);
    }
}
