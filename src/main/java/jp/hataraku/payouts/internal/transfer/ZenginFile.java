package jp.hataraku.payouts.internal.transfer;

import java.time.MonthDay;
import java.util.List;

/**
 * A Zengin 総合振込 file as values: one header, the data records, and the trailer that counts and
 * totals them (RULES-JP §4). C-field values carry no trailing spaces (the padding is the writer's).
 */
public record ZenginFile(Header header, List<Data> data, Trailer trailer) {

    /** 種別コード 21: 総合振込. */
    public static final String KIND_GENERAL_TRANSFER = "21";

    public record Header(String requesterCode, String requesterName, MonthDay transferDate, String bankCode,
            String bankName, String branchCode, String branchName, int accountType, String accountNumber) {
    }

    /**
     * One transfer. {@code newCode} 0/1/2 (新規コード), {@code transferKind} 7 telegraphic / 8 document,
     * {@code edi}: customer code 1 and 2 together carry 20 characters of EDI information.
     */
    public record Data(String bankCode, String bankName, String branchCode, String branchName, String clearingHouse,
            int accountType, String accountNumber, String recipientName, long amount, int newCode,
            String customerCode1, String customerCode2, int transferKind, boolean edi) {
    }

    public record Trailer(int count, long total) {
    }

    public ZenginFile {
        data = List.copyOf(data);
    }

    /** The file with its trailer computed from the data. */
    public static ZenginFile of(Header header, List<Data> data) {
        long total = 0;
        for (Data d : data) {
            total = Math.addExact(total, d.amount());
        }
        return new ZenginFile(header, data, new Trailer(data.size(), total));
    }
}
