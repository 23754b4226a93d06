package jp.hataraku.workers.internal.io;

import java.util.List;

/**
 * A column an import understands: its key in code, whether the file must have it, and the header
 * names it may go by (Japanese and English). The first name is the one shown in messages.
 * Headers match ignoring width, case, kana type, spaces and a trailing "*" or "(必須)".
 */
public record ImportColumn(String key, boolean required, List<String> names) {

    public ImportColumn {
        if (names == null || names.isEmpty()) {
            throw new IllegalArgumentException("a column needs at least one header name");
        }
        names = List.copyOf(names);
    }

    public static ImportColumn required(String key, String... names) {
        return new ImportColumn(key, true, List.of(names));
    }

    public static ImportColumn optional(String key, String... names) {
        return new ImportColumn(key, false, List.of(names));
    }

    public String label() {
        return names.get(0);
    }
}
