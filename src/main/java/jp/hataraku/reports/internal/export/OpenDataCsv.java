package jp.hataraku.reports.internal.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalLong;

import jp.hataraku.reports.ChartData;
import jp.hataraku.reports.Figure;
import jp.hataraku.reports.SmallCellSuppression;

/**
 * The council report's aggregates as open data: one CSV in long form, one row per figure × category ×
 * series, in UTF-8 with a BOM and CRLF line ends, a single header row and nothing else (no comment or
 * title rows), as the 自治体標準オープンデータセット (デジタル庁) and the 総務省 rule for machine-readable
 * statistics tables ask. The leading columns are the datasets' common ones; the rest describe the
 * aggregate.
 * <table>
 * <caption>Columns</caption>
 * <tr><th>#</th><th>Header</th><th>Content</th></tr>
 * <tr><td>1</td><td>全国地方公共団体コード</td><td>the municipality's 6-digit code (with check digit)</td></tr>
 * <tr><td>2</td><td>ID</td><td>unique row id: {@code <figure id>-<category no.>-<series no.>}, numbers from 1</td></tr>
 * <tr><td>3</td><td>地方公共団体名</td><td>the municipality's name</td></tr>
 * <tr><td>4</td><td>年度</td><td>fiscal year, Western (2025)</td></tr>
 * <tr><td>5</td><td>年度（和暦）</td><td>the same in 令和 (令和7年度)</td></tr>
 * <tr><td>6</td><td>基準日</td><td>report date, ISO 8601 (2026-03-31)</td></tr>
 * <tr><td>7</td><td>図表ID</td><td>the figure's stable id</td></tr>
 * <tr><td>8</td><td>図表名</td><td>the figure's title</td></tr>
 * <tr><td>9</td><td>区分</td><td>the category (month, age band, kind …)</td></tr>
 * <tr><td>10</td><td>系列</td><td>the series (this year, previous year …)</td></tr>
 * <tr><td>11</td><td>値</td><td>the number, digits only; empty when suppressed</td></tr>
 * <tr><td>12</td><td>単位</td><td>the unit of 値</td></tr>
 * <tr><td>13</td><td>秘匿</td><td>{@value #MASK} when 値 is suppressed, else empty</td></tr>
 * </table>
 * <p><b>Small-cell suppression.</b> For figures that count people ({@link Figure#counts()}) each series
 * of a figure is one group for {@link SmallCellSuppression}: counts 1–2 are masked, and when only one
 * cell of a group would be masked the smallest other non-zero cell is masked too. A masked cell is
 * written with an <em>empty</em> 値 and {@value #MASK} in 秘匿: the 総務省 rule (チェック項目1-3) wants
 * a number column to hold numbers only, so the traditional 秘匿記号 "x" goes into its own column,
 * where a reader's tool still parses 値 as numbers. Zero is published (it says nobody). Figures that do
 * not count people are published as they are. Empty figures (no data yet, future year) have no rows:
 * open data states facts only. No totals are published.
 */
public final class OpenDataCsv {

    /** The 秘匿 column's marker for a suppressed value (the 秘匿記号 of Japanese statistics tables). */
    public static final String MASK = "X";

    public static final List<String> HEADER = List.of("全国地方公共団体コード", "ID", "地方公共団体名", "年度", "年度（和暦）",
            "基準日", "図表ID", "図表名", "区分", "系列", "値", "単位", "秘匿");

    private final SmallCellSuppression suppression;

    public OpenDataCsv(SmallCellSuppression suppression) {
        this.suppression = suppression;
    }

    public static OpenDataCsv standard() {
        return new OpenDataCsv(SmallCellSuppression.standard());
    }

    public void write(ReportMeta meta, List<Figure> figures, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        line(w, HEADER);
        String fy = Integer.toString(meta.fiscalYear().startYear());
        String label = meta.fiscalYear().labelWithEra();
        String era = label.substring(label.indexOf('（') + 1, label.length() - 1);
        String date = meta.reportDate().toString();
        for (Figure f : figures) {
            if (f.isEmpty()) {
                continue;
            }
            ChartData data = f.data();
            for (int s = 0; s < data.series().size(); s++) {
                ChartData.Series series = data.series().get(s);
                List<OptionalLong> cells = f.counts() ? suppression.suppress(series.values())
                        : series.values().stream().map(OptionalLong::of).toList();
                for (int c = 0; c < data.categories().size(); c++) {
                    OptionalLong v = cells.get(c);
                    line(w, List.of(meta.municipalityCode(), f.id() + "-" + (c + 1) + "-" + (s + 1),
                            meta.municipalityName(), fy, era, date, f.id(), f.title(), data.categories().get(c),
                            series.name(), v.isPresent() ? Long.toString(v.getAsLong()) : "", f.unit(),
                            v.isPresent() ? "" : MASK));
                }
            }
        }
        w.flush();
    }

    private static void line(Writer w, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(quote(fields.get(i)));
        }
        w.write("\r\n");
    }

    /** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. */
    static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
