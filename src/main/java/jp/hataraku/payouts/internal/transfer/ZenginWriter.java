package jp.hataraku.payouts.internal.transfer;

import java.util.List;
import java.util.Optional;

import jp.hataraku.shared.ZenginCharset;
import jp.hataraku.shared.ZenginName;

/**
 * Writes a {@link ZenginFile} as the bytes a bank takes (RULES-JP §4): header {@code 1}, data
 * {@code 2}, trailer {@code 8}, end {@code 9}, each exactly 120 bytes of Shift_JIS single-byte
 * (JIS X 0201) characters, separated by CRLF or by nothing. Pure: no I/O, no clock. Every value is
 * checked before a byte is written — digits in N fields, nothing wider than its field, names only in
 * the bank's character set, trailer equal to the data's count and total — and a value that cannot
 * be carried throws {@link ZenginFormatException} naming the record, field and character.
 */
public final class ZenginWriter {

    /** What separates records: CRLF (the usual) or nothing (some banks). */
    public enum LineEnding {
        CRLF, NONE;

        int length() {
            return this == CRLF ? 2 : 0;
        }
    }

    private final ZenginCharset charset;
    private final LineEnding lineEnding;

    public ZenginWriter(ZenginCharset charset, LineEnding lineEnding) {
        this.charset = charset;
        this.lineEnding = lineEnding;
    }

    public byte[] write(ZenginFile file) {
        long total = 0;
        for (ZenginFile.Data d : file.data()) {
            total += d.amount();
        }
        if (file.trailer().count() != file.data().size() || file.trailer().total() != total) {
            throw new ZenginFormatException(file.data().size() + 2, "trailer", null,
                    "trailer says " + file.trailer().count() + " / " + file.trailer().total() + " but data has "
                            + file.data().size() + " / " + total);
        }
        int records = file.data().size() + 3;
        int stride = ZenginLayout.RECORD + lineEnding.length();
        byte[] out = new byte[records * stride - lineEnding.length()];
        int at = 0;
        at = record(out, at, 1, ZenginLayout.HEADER, header(file.header()));
        int no = 2;
        for (ZenginFile.Data d : file.data()) {
            at = separator(out, at);
            at = record(out, at, no++, ZenginLayout.DATA, data(d));
        }
        at = separator(out, at);
        at = record(out, at, no++, ZenginLayout.TRAILER,
                new String[] {"8", String.valueOf(file.trailer().count()), String.valueOf(file.trailer().total()), ""});
        at = separator(out, at);
        record(out, at, no, ZenginLayout.END, new String[] {"9", ""});
        return out;
    }

    private String[] header(ZenginFile.Header h) {
        name(1, "requesterName", h.requesterName());
        name(1, "bankName", h.bankName());
        name(1, "branchName", h.branchName());
        return new String[] {"1", ZenginFile.KIND_GENERAL_TRANSFER, "0", h.requesterCode(), h.requesterName(),
            String.format("%02d%02d", h.transferDate().getMonthValue(), h.transferDate().getDayOfMonth()),
            h.bankCode(), h.bankName(), h.branchCode(), h.branchName(), String.valueOf(h.accountType()),
            h.accountNumber(), ""};
    }

    private String[] data(ZenginFile.Data d) {
        if (d.newCode() < 0 || d.newCode() > 2) {
            throw new ZenginFormatException(0, "newCode", null, "must be 0, 1 or 2");
        }
        if (d.transferKind() != 7 && d.transferKind() != 8) {
            throw new ZenginFormatException(0, "transferKind", null, "must be 7 or 8");
        }
        name(0, "bankName", d.bankName());
        name(0, "branchName", d.branchName());
        name(0, "recipientName", d.recipientName());
        name(0, "customerCode1", d.customerCode1());
        name(0, "customerCode2", d.customerCode2());
        return new String[] {"2", d.bankCode(), d.bankName(), d.branchCode(), d.branchName(), d.clearingHouse(),
            String.valueOf(d.accountType()), d.accountNumber(), d.recipientName(), String.valueOf(d.amount()),
            String.valueOf(d.newCode()), d.customerCode1(), d.customerCode2(), String.valueOf(d.transferKind()),
            d.edi() ? "Y" : "", ""};
    }

    private void name(int record, String field, String value) {
        Optional<String> bad = ZenginName.validate(value, charset);
        if (bad.isPresent()) {
            throw new ZenginFormatException(record, field, bad.get(), "not in the bank's character set");
        }
    }

    private int separator(byte[] out, int at) {
        if (lineEnding == LineEnding.CRLF) {
            out[at++] = '\r';
            out[at++] = '\n';
        }
        return at;
    }

    private static int record(byte[] out, int at, int no, List<ZenginLayout.Field> fields, String[] values) {
        for (int i = 0; i < fields.size(); i++) {
            ZenginLayout.Field f = fields.get(i);
            String v = values[i] == null ? "" : values[i];
            if (v.length() > f.width()) {
                throw new ZenginFormatException(no, f.name(), null, "longer than " + f.width());
            }
            int pad = f.width() - v.length();
            if (f.numeric()) {
                for (int k = 0; k < pad; k++) {
                    out[at++] = '0';
                }
                for (int k = 0; k < v.length(); k++) {
                    char c = v.charAt(k);
                    if (c < '0' || c > '9') {
                        throw new ZenginFormatException(no, f.name(), String.valueOf(c), "not a digit");
                    }
                    out[at++] = (byte) c;
                }
            } else {
                for (int k = 0; k < v.length(); k++) {
                    int b = JisX0201.encode(v.charAt(k));
                    if (b < 0) {
                        throw new ZenginFormatException(no, f.name(), String.valueOf(v.charAt(k)),
                                "not a single-byte Shift_JIS character");
                    }
                    out[at++] = (byte) b;
                }
                for (int k = 0; k < pad; k++) {
                    out[at++] = ' ';
                }
            }
        }
        return at;
    }
}
