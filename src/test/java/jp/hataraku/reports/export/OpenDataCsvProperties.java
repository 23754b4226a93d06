package jp.hataraku.reports.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import jp.hataraku.reports.ChartData;
import jp.hataraku.reports.Figure;
import jp.hataraku.reports.SmallCellSuppression;
import jp.hataraku.reports.internal.export.OpenDataCsv;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Open-data CSV: no published count of people is 1 or 2, no group (a series of a figure) is left with
 * exactly one masked cell while its total would be published, and every published number reads back
 * as the figure's.
 */
class OpenDataCsvProperties {

    private final OpenDataCsv csv = OpenDataCsv.standard();
    private final SmallCellSuppression suppression = SmallCellSuppression.standard();

    @Property(tries = 300)
    void no_published_count_is_one_or_two(@ForAll("figures") List<Figure> figures) throws Exception {
        for (List<String> row : rows(figures)) {
            Figure f = figure(figures, row.get(6));
            if (f.counts() && !row.get(10).isEmpty()) {
                long v = Long.parseLong(row.get(10));
                assertThat(v).isNotIn(1L, 2L);
            }
        }
    }

    @Property(tries = 300)
    void no_group_with_a_published_total_has_exactly_one_masked_cell(@ForAll("figures") List<Figure> figures)
            throws Exception {
        Map<String, long[]> groups = new LinkedHashMap<>(); // figure|series -> {masked cells, total}
        for (List<String> row : rows(figures)) {
            String[] id = row.get(1).split("-");
            int c = Integer.parseInt(id[id.length - 2]) - 1;
            int s = Integer.parseInt(id[id.length - 1]) - 1;
            Figure f = figure(figures, row.get(6));
            long[] g = groups.computeIfAbsent(f.id() + "|" + s, k -> new long[2]);
            g[0] += OpenDataCsv.MASK.equals(row.get(12)) ? 1 : 0;
            g[1] += f.data().series().get(s).values().get(c);
        }
        for (var e : groups.entrySet()) {
            if (suppression.total(e.getValue()[1]).isPresent()) {
                assertThat(e.getValue()[0]).as(e.getKey()).isNotEqualTo(1L);
            }
        }
    }

    @Property(tries = 300)
    void published_numbers_round_trip_and_masks_are_exactly_the_suppressed_cells(@ForAll("figures") List<Figure> figures)
            throws Exception {
        List<List<String>> rows = rows(figures);
        int expectedRows = 0;
        int i = 0;
        for (Figure f : figures) {
            if (f.isEmpty()) {
                continue;
            }
            for (int s = 0; s < f.data().series().size(); s++) {
                ChartData.Series series = f.data().series().get(s);
                List<OptionalLong> expected = f.counts() ? suppression.suppress(series.values())
                        : series.values().stream().map(OptionalLong::of).toList();
                for (int c = 0; c < f.data().categories().size(); c++) {
                    List<String> row = rows.get(i++);
                    expectedRows++;
                    assertThat(row.get(6)).isEqualTo(f.id());
                    assertThat(row.get(8)).isEqualTo(f.data().categories().get(c));
                    assertThat(row.get(9)).isEqualTo(series.name());
                    if (expected.get(c).isPresent()) {
                        assertThat(Long.parseLong(row.get(10))).isEqualTo(series.values().get(c));
                        assertThat(row.get(12)).isEmpty();
                    } else {
                        assertThat(row.get(10)).isEmpty();
                        assertThat(row.get(12)).isEqualTo(OpenDataCsv.MASK);
                    }
                }
            }
        }
        assertThat(rows).hasSize(expectedRows);
    }

    @Example
    void utf8_with_bom_crlf_one_header_and_the_standard_leading_columns() throws Exception {
        byte[] bytes = bytes(ExportFixtures.all());
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        assertThat(bytes[1]).isEqualTo((byte) 0xBB);
        assertThat(bytes[2]).isEqualTo((byte) 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text.replace("\r\n", "")).doesNotContain("\n", "\r");
        String[] lines = text.split("\r\n");
        assertThat(lines[0]).isEqualTo(String.join(",", OpenDataCsv.HEADER))
                .startsWith("全国地方公共団体コード,ID,地方公共団体名,");
        // registered: 6 cells, withdrawals: 3, rewards: 2, the empty future figure none
        assertThat(lines).hasSize(1 + 6 + 3 + 2);
        assertThat(lines[1]).isEqualTo("012345,registered-by-month-1-1,山の辺町,2025,令和7年度,2026-03-31,registered-by-month,"
                + "登録者数の推移,4月,2025年度,70,人,");
        // the previous year: 2 masked, so the smallest other non-zero (60) too; zero is published
        assertThat(lines[4]).endsWith(",4月,2024年度,,人,X");
        assertThat(lines[5]).endsWith(",5月,2024年度,,人,X");
        assertThat(lines[6]).endsWith(",6月,2024年度,0,人,");
        // withdrawals by reason: 転居 2 masked, so the smallest other (その他 7) is masked too
        assertThat(lines[7]).endsWith(",就職,人数,12,人,");
        assertThat(lines[8]).endsWith(",転居,人数,,人,X");
        assertThat(lines[9]).endsWith(",その他,人数,,人,X");
        // yen are not counts of people: published as they are
        assertThat(lines[11]).endsWith(",5月,2025年度,2,円,");
    }

    @Example
    void fields_with_commas_quotes_or_line_breaks_are_quoted() throws Exception {
        Figure f = new Figure("odd", "a, \"b\"", "d", "人", Figure.Kind.BARS,
                new ChartData(List.of("x\ny"), List.of(new ChartData.Series("s", List.of(5L)))), true, Optional.empty());
        String text = new String(bytes(List.of(f)), StandardCharsets.UTF_8);
        assertThat(text).contains(",odd,\"a, \"\"b\"\"\",\"x\ny\",s,5,人,\r\n");
    }

    @Provide
    Arbitrary<List<Figure>> figures() {
        Arbitrary<Long> count = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(0, 3)),
                net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(0, 10_000)));
        Arbitrary<Figure> figure = Combinators.combine(
                Arbitraries.integers().between(0, 6), Arbitraries.integers().between(1, 3),
                Arbitraries.of(true, false), count.list().ofSize(18))
                .as((categories, series, counts, values) -> {
                    List<String> cats = new ArrayList<>();
                    for (int c = 0; c < categories; c++) {
                        cats.add("区分" + c);
                    }
                    List<ChartData.Series> list = new ArrayList<>();
                    for (int s = 0; s < series; s++) {
                        list.add(new ChartData.Series("系列" + s, values.subList(s * 6, s * 6 + categories)));
                    }
                    return new Figure("f", "図", "説明", "人", Figure.Kind.BARS, new ChartData(cats, list), counts,
                            Optional.empty());
                });
        return figure.list().ofMinSize(1).ofMaxSize(4).map(list -> {
            List<Figure> named = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Figure f = list.get(i);
                named.add(new Figure("fig-" + i, f.title(), f.description(), f.unit(), f.kind(), f.data(), f.counts(),
                        f.emptyReason()));
            }
            return named;
        });
    }

    private byte[] bytes(List<Figure> figures) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        csv.write(ExportFixtures.META, figures, out);
        return out.toByteArray();
    }

    /** The data rows, parsed (the generated figures have no field that needs quoting). */
    private List<List<String>> rows(List<Figure> figures) throws Exception {
        byte[] bytes = bytes(figures);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n");
        assertThat(lines[0]).isEqualTo(String.join(",", OpenDataCsv.HEADER));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            rows.add(List.of(lines[i].split(",", -1)));
        }
        rows.forEach(r -> assertThat(r).hasSize(OpenDataCsv.HEADER.size()));
        return rows;
    }

    private static Figure figure(List<Figure> figures, String id) {
        return figures.stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }
}
