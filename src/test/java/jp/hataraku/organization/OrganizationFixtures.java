package jp.hataraku.organization;

import java.util.List;

/** Small builders of typed forms, valid unless a test changes a field. */
final class OrganizationFixtures {

    /** Real-looking numbers whose check digits were computed by the rule of RULES-JP §3. */
    static final String CORPORATE_NUMBER = "8100005012345";
    static final String OTHER_CORPORATE_NUMBER = "8010001088241";

    private OrganizationFixtures() {
    }

    static MunicipalityDetails town(String name) {
        return new MunicipalityDetails(name, "しらかばむら", "20", "7,000", "令和7年4月1日");
    }

    static ContractorDetails contractor(List<Long> towns) {
        return new ContractorDetails("一般財団法人しらかば振興公社", "イッパンザイダンホウジン シラカバシンコウコウシャ",
                CORPORATE_NUMBER, "T" + CORPORATE_NUMBER, "〒399-4511", "長野県上伊那郡白樺村1-2-3", "0265-12-3456",
                "0005", "123", "1", "1234567", "ザイ）シラカバシンコウコウシャ", "ミツビシユーエフジエイ", "シラカバ",
                "1234567890", false, towns);
    }

    static ContractorDetails withBank(ContractorDetails d, String bank, String branch, String type, String number,
            String holder) {
        return new ContractorDetails(d.legalName(), d.legalNameKana(), d.corporateNumber(), d.registrationNumber(),
                d.postalCode(), d.address(), d.phone(), bank, branch, type, number, holder, d.bankNameKana(),
                d.branchNameKana(), d.zenginRequesterCode(), d.zenginExtendedCharset(), d.municipalityIds());
    }

    static ContractorDetails withNumbers(ContractorDetails d, String corporate, String registration, String postal) {
        return new ContractorDetails(d.legalName(), d.legalNameKana(), corporate, registration, postal, d.address(),
                d.phone(), d.bankCode(), d.branchCode(), d.accountType(), d.accountNumber(), d.accountHolderName(),
                d.bankNameKana(), d.branchNameKana(), d.zenginRequesterCode(), d.zenginExtendedCharset(),
                d.municipalityIds());
    }
}
