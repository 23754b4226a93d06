package jp.hataraku.jobs.internal.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.hataraku.jobs.NewItem;
import jp.hataraku.jobs.TaskTemplate;
import jp.hataraku.shared.FieldError;

/**
 * One data row of a batch file read against its {@link BatchLayout}: the item's source columns in
 * header order and, when any gold cell has a value, the gold answer as the template's
 * {@link TaskTemplate#check} cleans it. A row with the wrong number of cells, a NUL character or a
 * gold answer the template refuses has problems and becomes no item.
 */
public record BatchRow(long number, Map<String, String> source, Optional<Map<String, String>> goldAnswer,
        List<RowProblem> problems) {

    /** Reads {@code cells}; {@code padded} (XLSX) treats missing trailing cells as empty. */
    public static BatchRow read(long number, List<String> cells, BatchLayout layout, TaskTemplate template,
            boolean padded) {
        List<RowProblem> problems = new ArrayList<>();
        int width = layout.width();
        int count = cells.size();
        if (padded) {
            while (count > width && (cells.get(count - 1) == null || cells.get(count - 1).isEmpty())) {
                count--;
            }
        }
        if (count > width) {
            problems.add(RowProblem.row(number, "", "jobio.row.too-many-cells", count, width));
        } else if (count < width && !padded) {
            problems.add(RowProblem.row(number, "", "jobio.row.too-few-cells", count, width));
        }
        Map<String, String> source = new LinkedHashMap<>();
        Map<String, String> gold = new LinkedHashMap<>();
        boolean anyGold = false;
        for (int i = 0; i < width; i++) {
            String value = i < cells.size() && cells.get(i) != null ? cells.get(i) : "";
            if (value.indexOf('\0') >= 0) {
                problems.add(RowProblem.row(number, layout.header().get(i), "jobio.row.nul"));
                continue;
            }
            String field = layout.goldFieldAt().get(i);
            if (field != null) {
                gold.put(field, value);
                anyGold |= !value.isBlank();
            } else {
                source.put(layout.header().get(i), value);
            }
        }
        Optional<Map<String, String>> answer = Optional.empty();
        if (anyGold && problems.isEmpty()) {
            TaskTemplate.Result checked = template.check(gold);
            if (checked.isValid()) {
                answer = Optional.of(checked.values());
            } else {
                for (FieldError e : checked.errors()) {
                    problems.add(new RowProblem(number, BatchLayout.GOLD_PREFIX + e.field(), e.code(), e.args()));
                }
            }
        }
        return new BatchRow(number, source, answer, problems);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    public boolean isGold() {
        return goldAnswer.isPresent();
    }

    public NewItem toNewItem() {
        return new NewItem(source, Optional.empty(), goldAnswer);
    }

    static boolean isBlank(List<String> cells) {
        for (String c : cells) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
