package jp.hataraku.payouts.internal.transfer;

import java.util.List;

/**
 * The field table of the Zengin 総合振込 file (RULES-JP §4), exactly: each record is 120 bytes; N
 * fields are digits, right-aligned and zero-padded; C fields are characters, left-aligned and
 * space-padded. The writer and the parser both go through these tables, so the layout is stated
 * once.
 */
final class ZenginLayout {

    record Field(String name, int width, boolean numeric) {
        static Field n(String name, int width) {
            return new Field(name, width, true);
        }

        static Field c(String name, int width) {
            return new Field(name, width, false);
        }
    }

    static final int RECORD = 120;

    static final List<Field> HEADER = List.of(
            Field.n("recordType", 1), Field.n("kindCode", 2), Field.n("codeClass", 1), Field.n("requesterCode", 10),
            Field.c("requesterName", 40), Field.n("transferDate", 4), Field.n("bankCode", 4), Field.c("bankName", 15),
            Field.n("branchCode", 3), Field.c("branchName", 15), Field.n("accountType", 1), Field.n("accountNumber", 7),
            Field.c("filler", 17));

    static final List<Field> DATA = List.of(
            Field.n("recordType", 1), Field.n("bankCode", 4), Field.c("bankName", 15), Field.n("branchCode", 3),
            Field.c("branchName", 15), Field.n("clearingHouse", 4), Field.n("accountType", 1),
            Field.n("accountNumber", 7), Field.c("recipientName", 30), Field.n("amount", 10), Field.n("newCode", 1),
            Field.c("customerCode1", 10), Field.c("customerCode2", 10), Field.n("transferKind", 1),
            Field.c("ediMarker", 1), Field.c("filler", 7));

    static final List<Field> TRAILER = List.of(
            Field.n("recordType", 1), Field.n("count", 6), Field.n("total", 12), Field.c("filler", 101));

    static final List<Field> END = List.of(Field.n("recordType", 1), Field.c("filler", 119));

    private ZenginLayout() {
    }

    static int width(List<Field> fields) {
        return fields.stream().mapToInt(Field::width).sum();
    }
}
