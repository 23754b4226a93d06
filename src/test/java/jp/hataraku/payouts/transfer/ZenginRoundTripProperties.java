package jp.hataraku.payouts.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.MonthDay;
import java.util.List;

import jp.hataraku.payouts.internal.transfer.ZenginFile;
import jp.hataraku.payouts.internal.transfer.ZenginParser;
import jp.hataraku.payouts.internal.transfer.ZenginWriter;
import jp.hataraku.shared.ZenginCharset;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** parse(write(x)) == x for any file the writer accepts; every record 120 bytes. */
class ZenginRoundTripProperties {

    /** The standard Zengin name characters (RULES-JP §4), without ones only valid in pairs. */
    static final String NAME_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ ()-.ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜﾝﾞﾟ";

    static Arbitrary<String> name(int max) {
        return Arbitraries.strings().withChars(NAME_CHARS.toCharArray()).ofMinLength(0).ofMaxLength(max)
                .map(String::stripTrailing);
    }

    static Arbitrary<String> digits(int width) {
        return Arbitraries.strings().numeric().ofLength(width);
    }

    @Provide
    Arbitrary<ZenginFile.Header> headers() {
        return Combinators.combine(digits(10), name(40), Arbitraries.integers().between(1, 365), digits(4), name(15),
                digits(3), name(15), Arbitraries.of(1, 2, 4, 9)).as((code, n, day, bank, bankName, branch, branchName, type) ->
                        new ZenginFile.Header(code, n, MonthDay.from(java.time.LocalDate.ofYearDay(2026, day)), bank,
                                bankName, branch, branchName, type, "0012345"));
    }

    @Provide
    Arbitrary<ZenginFile.Data> data() {
        return Combinators.combine(digits(4), name(15), digits(3), name(15), digits(7), name(30),
                Arbitraries.longs().between(0, 9_999_999_999L), Arbitraries.of(0, 1, 2)).as(
                        (bank, bankName, branch, branchName, account, holder, amount, newCode) -> new ZenginFile.Data(bank,
                                bankName, branch, branchName, "0000", 1, account, holder, amount, newCode, "", "", 7, false))
                .flatMap(d -> Combinators.combine(name(10), name(10), Arbitraries.of(7, 8), Arbitraries.of(true, false))
                        .as((c1, c2, kind, edi) -> new ZenginFile.Data(d.bankCode(), d.bankName(), d.branchCode(),
                                d.branchName(), d.clearingHouse(), d.accountType(), d.accountNumber(), d.recipientName(),
                                d.amount(), d.newCode(), c1, c2, kind, edi)));
    }

    @Provide
    Arbitrary<List<ZenginFile.Data>> dataLists() {
        return data().list().ofMaxSize(40);
    }

    @Property(tries = 300)
    void a_written_file_parses_back_to_the_same_values(@ForAll("headers") ZenginFile.Header header,
            @ForAll("dataLists") List<ZenginFile.Data> data,
            @ForAll ZenginWriter.LineEnding lineEnding) {
        ZenginFile file = ZenginFile.of(header, data);
        byte[] bytes = new ZenginWriter(ZenginCharset.STANDARD, lineEnding).write(file);
        int separator = lineEnding == ZenginWriter.LineEnding.CRLF ? 2 : 0;
        assertThat(bytes.length).isEqualTo((data.size() + 3) * 120 + (data.size() + 2) * separator);
        assertThat(ZenginParser.parse(bytes)).isEqualTo(file);
    }
}
