package jp.hataraku.jobs.internal.delivery;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns of a delivery: the item's number, its source columns (in the order the batches
 * named them), then the template's fields in the template's order.
 */
public record ResultTable(List<String> sourceColumns, List<String> fields) {

    public static final String SEQ = "seq";

    public List<String> header() {
        List<String> header = new ArrayList<>(1 + sourceColumns.size() + fields.size());
        header.add(SEQ);
        header.addAll(sourceColumns);
        header.addAll(fields);
        return header;
    }

    public List<String> cells(ResultRow row) {
        List<String> cells = new ArrayList<>(1 + sourceColumns.size() + fields.size());
        cells.add(String.valueOf(row.seq()));
        for (String c : sourceColumns) {
            cells.add(row.source().getOrDefault(c, ""));
        }
        for (String f : fields) {
            cells.add(row.result().getOrDefault(f, ""));
        }
        return cells;
    }
}
