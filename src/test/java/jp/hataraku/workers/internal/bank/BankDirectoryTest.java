package jp.hataraku.workers.internal.bank;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BankDirectoryTest {

    private static final BankDirectory directory = new BankDirectory();

    @Test
    void finds_mizuho_by_hiragana_katakana_and_half_width_kana() {
        assertThat(directory.searchBanks("みずほ")).first().extracting(Bank::code).isEqualTo("0001");
        assertThat(directory.searchBanks("ミズホ")).first().extracting(Bank::code).isEqualTo("0001");
        assertThat(directory.searchBanks("ﾐｽﾞﾎ")).first().extracting(Bank::code).isEqualTo("0001");
    }

    @Test
    void finds_mufg_by_name_in_any_width_and_by_kana_with_small_kana() {
        assertThat(directory.searchBanks("三菱UFJ")).extracting(Bank::code).contains("0005");
        assertThat(directory.searchBanks("三菱ｕｆｊ")).extracting(Bank::code).contains("0005");
        assertThat(directory.searchBanks("ﾐﾂﾋﾞｼﾕｰｴﾌｼﾞｪｲ")).extracting(Bank::code).contains("0005");
        assertThat(directory.searchBanks("みつびしゆーえふじぇい")).extracting(Bank::code).contains("0005");
    }

    @Test
    void finds_japan_post_bank_by_kana_with_or_without_small_yo() {
        assertThat(directory.searchBanks("ゆうちょ")).extracting(Bank::code).contains("9900");
        assertThat(directory.searchBanks("ﾕｳﾁﾖ")).extracting(Bank::code).contains("9900");
        assertThat(directory.searchBanks("ﾕｳﾁｮ")).extracting(Bank::code).contains("9900");
    }

    @Test
    void a_code_prefix_ranks_first_and_blank_finds_nothing() {
        assertThat(directory.searchBanks("0005")).first().extracting(Bank::name).isEqualTo("三菱ＵＦＪ");
        assertThat(directory.searchBanks("  ")).isEmpty();
        assertThat(directory.searchBanks(null)).isEmpty();
        assertThat(directory.searchBanks("み".repeat(500))).isEmpty();
        assertThat(directory.searchBanks("銀")).hasSizeLessThanOrEqualTo(BankDirectory.DEFAULT_LIMIT);
    }

    @Test
    void looks_up_a_bank_and_a_branch_by_code() {
        assertThat(directory.bank("0001")).get().extracting(Bank::kana).isEqualTo("ミズホ");
        assertThat(directory.bank("0000")).isEmpty();
        assertThat(directory.branch("0001", "001")).get().extracting(Branch::name).isEqualTo("東京営業部");
        assertThat(directory.branch("0001", "999")).isEmpty();
        assertThat(directory.branch("9999", "001")).isEmpty();
    }

    @Test
    void searches_branches_of_one_bank_by_name_kana_or_code() {
        assertThat(directory.searchBranches("0001", "とうきょう")).extracting(Branch::code).contains("001");
        assertThat(directory.searchBranches("0001", "ﾄｳｷﾖｳ")).extracting(Branch::code).contains("001");
        assertThat(directory.searchBranches("0001", "00")).first().extracting(Branch::code).isEqualTo("001");
        assertThat(directory.searchBranches("0001", "東京営業部")).allMatch(b -> b.bankCode().equals("0001"));
        assertThat(directory.searchBranches("nope", "東京")).isEmpty();
    }

    @Test
    void names_its_source_and_version() {
        assertThat(directory.source()).startsWith("source: npm zengin-code ");
    }
}
