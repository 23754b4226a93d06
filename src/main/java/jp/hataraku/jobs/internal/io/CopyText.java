package jp.hataraku.jobs.internal.io;

import java.util.Map;

/**
 * Writes values in PostgreSQL's COPY text format (tab-separated, {@code \N} for null, backslash
 * escapes) and small JSON objects for jsonb columns, into a reusable buffer.
 */
final class CopyText {

    private final StringBuilder out = new StringBuilder(1 << 20);

    CopyText value(long v) {
        out.append(v).append('\t');
        return this;
    }

    CopyText text(String s) {
        if (s == null) {
            out.append("\\N");
        } else {
            escape(s);
        }
        out.append('\t');
        return this;
    }

    CopyText json(Map<String, String> map) {
        if (map == null) {
            out.append("\\N\t");
            return this;
        }
        return text(json(map, new StringBuilder(64)).toString());
    }

    void endRow() {
        out.setCharAt(out.length() - 1, '\n');
    }

    boolean isEmpty() {
        return out.length() == 0;
    }

    byte[] takeBytes() {
        byte[] bytes = out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.setLength(0);
        return bytes;
    }

    private void escape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
    }

    /** A JSON object of string values; keys in the map's order. */
    static StringBuilder json(Map<String, String> map, StringBuilder b) {
        b.append('{');
        boolean first = true;
        for (Map.Entry<String, String> e : map.entrySet()) {
            if (!first) {
                b.append(',');
            }
            first = false;
            jsonString(e.getKey(), b).append(':');
            jsonString(e.getValue() == null ? "" : e.getValue(), b);
        }
        return b.append('}');
    }

    private static StringBuilder jsonString(String s, StringBuilder b) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                switch (c) {
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    case '\t' -> b.append("\\t");
                    default -> b.append(String.format("\\u%04x", (int) c));
                }
            } else {
                b.append(c);
            }
        }
        return b.append('"');
    }
}
