package jp.hataraku.workers.internal;

import java.util.List;

/** A version of the worker NDA and terms, as the message keys of its clauses. */
public record TermsText(String version, List<String> nda, List<String> terms) {
}
