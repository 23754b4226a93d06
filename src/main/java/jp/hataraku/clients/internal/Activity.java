package jp.hataraku.clients.internal;

import java.time.LocalDate;

/** One entry of the sales log of a lead or a client. */
record Activity(long id, LocalDate date, ActivityKind kind, String note, String byName) {
}
