package jp.hataraku.payouts.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import jp.hataraku.organization.Contractor;
import jp.hataraku.payouts.internal.transfer.TransferService;
import jp.hataraku.shared.ZenginCharset;
import org.junit.jupiter.api.Test;

/** The requester name of the header: the contractor's kana with its company form abbreviated (RULES-JP §4). */
class RequesterNameTest {

    static Contractor contractor(String legalName, String kana) {
        return new Contractor(1, legalName, kana, "8100005012345", Optional.empty(), "3994511", "長野県");
    }

    @Test
    void a_company_form_in_the_kana_is_abbreviated_where_it_stands() {
        assertThat(TransferService.requesterName(contractor("一般財団法人しらかば振興公社",
                "イッパンザイダンホウジン シラカバシンコウコウシャ"), ZenginCharset.STANDARD)).isEqualTo("ｻﾞｲ)ｼﾗｶﾊﾞｼﾝｺｳｺｳｼﾔ");
    }

    @Test
    void a_company_form_only_in_the_legal_name_is_taken_from_there_before_or_after() {
        assertThat(TransferService.requesterName(contractor("株式会社ハタラク", "はたらく"), ZenginCharset.STANDARD))
                .isEqualTo("ｶ)ﾊﾀﾗｸ");
        assertThat(TransferService.requesterName(contractor("ハタラク合同会社", "はたらく"), ZenginCharset.STANDARD))
                .isEqualTo("ﾊﾀﾗｸ(ﾄﾞ");
    }

    @Test
    void a_name_without_a_company_form_is_the_kana_and_never_longer_than_40() {
        assertThat(TransferService.requesterName(contractor("旅路町", "たびじまち"), ZenginCharset.STANDARD)).isEqualTo("ﾀﾋﾞｼﾞﾏﾁ");
        String longKana = "あいうえおかきくけこ".repeat(5);
        assertThat(TransferService.requesterName(contractor("長い名前", longKana), ZenginCharset.STANDARD)).hasSize(40);
    }
}
