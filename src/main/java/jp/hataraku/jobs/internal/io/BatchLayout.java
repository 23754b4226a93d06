package jp.hataraku.jobs.internal.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.hataraku.jobs.TaskTemplate;

/**
 * What the header row of a batch file says: which columns are the item's source (any names) and
 * which carry a gold answer ({@code gold:<template field name>}). Refuses an empty or repeated
 * header and a gold column naming no field of the template.
 */
public record BatchLayout(List<String> header, List<String> sourceColumns, Map<Integer, String> goldFieldAt,
        List<RowProblem> problems) {

    public static final String GOLD_PREFIX = "gold:";

    public static BatchLayout of(List<String> rawHeader, TaskTemplate template) {
        List<String> header = new ArrayList<>();
        for (int i = 0; i < rawHeader.size(); i++) {
            String h = rawHeader.get(i) == null ? "" : rawHeader.get(i).strip();
            header.add(i == 0 && h.startsWith("\uFEFF") ? h.substring(1).strip() : h);
        }
        // trailing empty header cells are what spreadsheets leave behind, not columns
        while (!header.isEmpty() && header.get(header.size() - 1).isEmpty()) {
            header.remove(header.size() - 1);
        }
        List<String> source = new ArrayList<>();
        Map<Integer, String> gold = new LinkedHashMap<>();
        List<RowProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (header.isEmpty()) {
            problems.add(RowProblem.row(1, "", "jobio.header.none"));
        }
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (name.isEmpty()) {
                problems.add(RowProblem.row(1, String.valueOf(i + 1), "jobio.header.empty", i + 1));
                continue;
            }
            if (!seen.add(name)) {
                problems.add(RowProblem.row(1, name, "jobio.header.duplicate", name));
                continue;
            }
            Optional<String> field = goldField(name);
            if (field.isPresent()) {
                if (template.field(field.get()).isEmpty()) {
                    problems.add(RowProblem.row(1, name, "jobio.header.gold-unknown", field.get(),
                            String.join(", ", template.fieldNames())));
                } else {
                    gold.put(i, field.get());
                }
            } else {
                source.add(name);
            }
        }
        if (problems.isEmpty() && source.isEmpty()) {
            problems.add(RowProblem.row(1, "", "jobio.header.no-source"));
        }
        return new BatchLayout(List.copyOf(header), List.copyOf(source), gold, List.copyOf(problems));
    }

    static Optional<String> goldField(String header) {
        if (header.regionMatches(true, 0, GOLD_PREFIX, 0, GOLD_PREFIX.length())) {
            return Optional.of(header.substring(GOLD_PREFIX.length()).strip());
        }
        return Optional.empty();
    }

    public boolean isUsable() {
        return problems.isEmpty();
    }

    public int width() {
        return header.size();
    }
}
