package jp.hataraku.payouts.internal.transfer;

import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Zengin 総合振込 file back into a {@link ZenginFile}: records of exactly 120 single-byte
 * characters separated by CRLF or by nothing, in the order header, data…, trailer, end; the
 * trailer's count and total must equal the data's. C fields lose their padding spaces. Used by the
 * tests and by the validation report to check a file before it leaves.
 */
public final class ZenginParser {

    private ZenginParser() {
    }

    public static ZenginFile parse(byte[] bytes) {
        List<String> records = split(bytes);
        if (records.size() < 3) {
            throw new ZenginFormatException(records.size(), "file", null, "needs a header, a trailer and an end record");
        }
        List<String> h = fields(records.get(0), 1, ZenginLayout.HEADER, '1');
        if (!h.get(1).equals(ZenginFile.KIND_GENERAL_TRANSFER)) {
            throw new ZenginFormatException(1, "kindCode", null, "not 21 (総合振込): " + h.get(1));
        }
        ZenginFile.Header header = new ZenginFile.Header(h.get(3), h.get(4),
                MonthDay.of(Integer.parseInt(h.get(5).substring(0, 2)), Integer.parseInt(h.get(5).substring(2))),
                h.get(6), h.get(7), h.get(8), h.get(9), Integer.parseInt(h.get(10)), h.get(11));
        List<ZenginFile.Data> data = new ArrayList<>();
        int last = records.size() - 1;
        for (int i = 1; i < last - 1; i++) {
            List<String> d = fields(records.get(i), i + 1, ZenginLayout.DATA, '2');
            data.add(new ZenginFile.Data(d.get(1), d.get(2), d.get(3), d.get(4), d.get(5), Integer.parseInt(d.get(6)),
                    d.get(7), d.get(8), Long.parseLong(d.get(9)), Integer.parseInt(d.get(10)), d.get(11), d.get(12),
                    Integer.parseInt(d.get(13)), d.get(14).equals("Y")));
        }
        List<String> t = fields(records.get(last - 1), last, ZenginLayout.TRAILER, '8');
        fields(records.get(last), last + 1, ZenginLayout.END, '9');
        ZenginFile file = new ZenginFile(header, data, new ZenginFile.Trailer(Integer.parseInt(t.get(1)), Long.parseLong(t.get(2))));
        ZenginFile recomputed = ZenginFile.of(header, data);
        if (!recomputed.trailer().equals(file.trailer())) {
            throw new ZenginFormatException(last, "trailer", null, "count/total " + file.trailer()
                    + " do not match the data " + recomputed.trailer());
        }
        return file;
    }

    private static List<String> split(byte[] bytes) {
        boolean crlf = bytes.length >= 122 && bytes[120] == '\r' && bytes[121] == '\n';
        int stride = crlf ? 122 : 120;
        int length = bytes.length;
        if (crlf && length % stride == 120) {
            length += 2; // no CRLF after the end record
        }
        if (length % stride != 0) {
            throw new ZenginFormatException(length / stride + 1, "file", null, "records are not 120 bytes long");
        }
        List<String> records = new ArrayList<>(length / stride);
        for (int start = 0; start < bytes.length; start += stride) {
            StringBuilder r = new StringBuilder(120);
            for (int k = 0; k < 120; k++) {
                int c = JisX0201.decode(bytes[start + k]);
                if (c < 0) {
                    throw new ZenginFormatException(records.size() + 1, "byte " + (k + 1), null,
                            String.format("0x%02X is not a single-byte character", bytes[start + k] & 0xFF));
                }
                r.append((char) c);
            }
            if (crlf && start + 120 < bytes.length && (bytes[start + 120] != '\r' || bytes[start + 121] != '\n')) {
                throw new ZenginFormatException(records.size() + 1, "separator", null, "CRLF expected after 120 bytes");
            }
            records.add(r.toString());
        }
        return records;
    }

    private static List<String> fields(String record, int no, List<ZenginLayout.Field> layout, char type) {
        if (record.charAt(0) != type) {
            throw new ZenginFormatException(no, "recordType", String.valueOf(record.charAt(0)), "expected " + type);
        }
        List<String> values = new ArrayList<>(layout.size());
        int at = 0;
        for (ZenginLayout.Field f : layout) {
            String v = record.substring(at, at + f.width());
            at += f.width();
            if (f.numeric()) {
                for (int k = 0; k < v.length(); k++) {
                    if (v.charAt(k) < '0' || v.charAt(k) > '9') {
                        throw new ZenginFormatException(no, f.name(), String.valueOf(v.charAt(k)), "not a digit");
                    }
                }
                values.add(v);
            } else {
                values.add(v.stripTrailing());
            }
        }
        return values;
    }
}
