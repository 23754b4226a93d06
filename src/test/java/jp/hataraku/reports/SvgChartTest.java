package jp.hataraku.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class SvgChartTest {

    static final ChartData REGISTRATIONS = new ChartData(List.of("4月", "5月", "6月"),
            List.of(new ChartData.Series("2026年度", List.of(3L, 7L, 2L)),
                    new ChartData.Series("2025年度", List.of(1L, 4L, 5L))));

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void a_bar_chart_is_well_formed_and_labelled_for_screen_readers() throws Exception {
        String svg = SvgChart.bars("reg", "登録者数 <月別>", "2026年度と前年度の比較", REGISTRATIONS);

        Document doc = parse(svg);
        assertThat(doc.getDocumentElement().getAttribute("role")).isEqualTo("img");
        assertThat(doc.getDocumentElement().getAttribute("aria-labelledby")).isEqualTo("reg-title reg-desc");
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("登録者数 <月別>");
        assertThat(doc.getElementsByTagName("desc").item(0).getTextContent()).isEqualTo("2026年度と前年度の比較");
        // one bar per value, each naming its series, category and value
        assertThat(svg).contains("<title>2026年度 5月: 7</title>").contains("<title>2025年度 6月: 5</title>");
        assertThat(doc.getElementsByTagName("rect").getLength()).isGreaterThanOrEqualTo(6);
    }

    @Test
    void a_line_chart_tells_series_apart_by_marker_and_dash_as_well_as_colour() throws Exception {
        String svg = SvgChart.lines("trend", "推移", "月別", REGISTRATIONS);

        Document doc = parse(svg);
        assertThat(doc.getElementsByTagName("polyline").getLength()).isEqualTo(2);
        assertThat(doc.getElementsByTagName("circle").getLength()).isGreaterThanOrEqualTo(3);
        assertThat(svg).contains("stroke-dasharray=\"6 4\"");
    }

    @Test
    void an_id_that_could_break_the_markup_is_refused() {
        assertThatThrownBy(() -> SvgChart.bars("a\" onload=\"x", "t", "d", REGISTRATIONS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void series_must_match_the_categories() {
        assertThatThrownBy(() -> new ChartData(List.of("a", "b"), List.of(new ChartData.Series("s", List.of(1L)))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void the_axis_top_is_round_reaches_the_maximum_and_is_not_wasteful(
            @ForAll @LongRange(min = 1, max = 10_000_000_000L) long max) {
        long top = SvgChart.niceCeiling(max);
        assertThat(top).isGreaterThanOrEqualTo(max);
        assertThat(top % 4).isZero();
        assertThat(top).isLessThanOrEqualTo(Math.max(8, max * 2 + 8));
    }
}
