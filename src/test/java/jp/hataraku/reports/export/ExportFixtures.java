package jp.hataraku.reports.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jp.hataraku.reports.ChartData;
import jp.hataraku.reports.Figure;
import jp.hataraku.reports.internal.export.ReportMeta;
import jp.hataraku.shared.FiscalYear;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Figures and report metadata shared by the export tests; the real bundle of the exports. */
final class ExportFixtures {

    private ExportFixtures() {
    }

    static final ReportMeta META = new ReportMeta("テレワーク事業 議会報告", "山の辺町", "012345",
            FiscalYear.of(2025), LocalDate.of(2026, 3, 31));

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource m = new ResourceBundleMessageSource();
        m.setBasenames("i18n/reportexport");
        m.setDefaultEncoding("UTF-8");
        m.setFallbackToSystemLocale(false);
        return m;
    }

    static Figure registered() {
        return new Figure("registered-by-month", "登録者数の推移", "月末の登録者数（今年度と前年度）", "人", Figure.Kind.LINES,
                new ChartData(List.of("4月", "5月", "6月"), List.of(
                        new ChartData.Series("2025年度", List.of(70L, 74L, 78L)),
                        new ChartData.Series("2024年度", List.of(60L, 2L, 0L)))),
                true, Optional.empty());
    }

    static Figure withdrawals() {
        return new Figure("withdrawals-by-reason", "退会の理由", "理由別の退会者数", "人", Figure.Kind.BARS,
                new ChartData(List.of("就職", "転居", "その他"), List.of(
                        new ChartData.Series("人数", List.of(12L, 2L, 7L)))),
                true, Optional.empty());
    }

    static Figure rewards() {
        return new Figure("rewards-paid", "支払報酬額", "月別の支払報酬額", "円", Figure.Kind.BARS,
                new ChartData(List.of("4月", "5月"), List.of(
                        new ChartData.Series("2025年度", List.of(1_234_567L, 2L)))),
                false, Optional.empty());
    }

    static Figure future() {
        return new Figure("next-year-forecast-with-a-very-long-identifier", "来年度", "未来の年度", "人", Figure.Kind.BARS,
                new ChartData(List.of(), List.of()), true, Optional.of("reportexport.noData"));
    }

    static List<Figure> all() {
        return List.of(registered(), withdrawals(), rewards(), future());
    }
}
