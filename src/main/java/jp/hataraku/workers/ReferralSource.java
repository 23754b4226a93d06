package jp.hataraku.workers;

/** How an applicant heard of the programme. */
public enum ReferralSource {
    SEMINAR, TOWN_NEWSLETTER, WEBSITE, SNS, FRIEND, TOWN_OFFICE, OTHER
}
