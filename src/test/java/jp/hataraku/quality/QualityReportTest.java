package jp.hataraku.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class QualityReportTest {

    @Test
    void a_report_gives_error_rate_agreement_rate_and_kappa_per_choice_field() {
        Map<String, Kappa> kappas = new LinkedHashMap<>();
        kappas.put("industry", Kappa.cohen(new long[][] {{20, 5}, {10, 15}}));
        kappas.put("prefecture", Kappa.cohen(List.of("13", "14"), List.of("13", "14")));
        QualityReport report = QualityReport.of(3, 240, 1960, 2000, kappas);

        assertThat(report.errorRate()).isEqualTo("1.3%");
        assertThat(report.agreementRate()).isEqualTo("98.0%");
        assertThat(report.kappa("industry")).isEqualTo("0.40");
        assertThat(report.kappa("prefecture")).isEqualTo("1.00");
        assertThat(report.kappaPerChoiceField().keySet()).containsExactly("industry", "prefecture");
    }

    @Test
    void a_job_with_nothing_reviewed_or_double_entered_shows_dashes_not_zeros() {
        QualityReport report = QualityReport.of(0, 0, 0, 0, Map.of());
        assertThat(report.errorRate()).isEqualTo("—");
        assertThat(report.agreementRate()).isEqualTo("—");
        assertThat(report.kappa("industry")).isEqualTo("—");
    }

    @Test
    void the_report_keeps_its_own_copy_of_the_kappas() {
        Map<String, Kappa> kappas = new LinkedHashMap<>();
        QualityReport report = QualityReport.of(0, 1, 0, 0, kappas);
        kappas.put("late", Kappa.cohen(List.of("a"), List.of("b")));
        assertThat(report.kappaPerChoiceField()).isEmpty();
    }
}
