package jp.hataraku.jobs.internal.delivery;

import java.util.Map;

/** One approved item as delivered: its number, source columns and final values by field name. */
public record ResultRow(long seq, Map<String, String> source, Map<String, String> result) {
}
