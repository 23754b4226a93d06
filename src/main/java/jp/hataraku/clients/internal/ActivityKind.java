package jp.hataraku.clients.internal;

/** What a sales activity was. */
enum ActivityKind {
    VISIT,
    CALL,
    MAIL,
    SEMINAR,
    OTHER
}
