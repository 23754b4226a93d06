package jp.hataraku.demo;

import jp.hataraku.organization.Organizations;
import jp.hataraku.organization.Organizations.NewContractor;
import jp.hataraku.shared.CorporateNumber;
import org.springframework.stereotype.Component;

/**
 * What the council report needs beyond the other demo data: its figures are computed from the demo
 * residents, jobs and payouts as they are (nothing is typed in), but its contractor filter needs a
 * choice, and its access rule (town staff see only the contractors serving their towns) a case to
 * show. So a second contractor serves the village only: 山の辺町's staff see one contractor, 川瀬村's
 * staff see both.
 */
@Component
class DemoReports {

    static final String VILLAGE_CONTRACTOR = "川瀬村地域振興協同組合";
    private static final String TWELVE_DIGITS = "100005009876";

    private final Organizations organizations;

    DemoReports(Organizations organizations) {
        this.organizations = organizations;
    }

    /** The village's own contractor; its id. */
    long load(long village) {
        String corporate = CorporateNumber.checkDigit(TWELVE_DIGITS) + TWELVE_DIGITS;
        long contractor = organizations.registerContractor(new NewContractor(VILLAGE_CONTRACTOR,
                "かわせむらちいきしんこうきょうどうくみあい", corporate, "T" + corporate, "3990100", "長野県川瀬村役場前2-3"));
        organizations.serve(contractor, village);
        return contractor;
    }
}
