package jp.hataraku.clients;

/** Where a lead came from; reports count orders by it (a WORK TRIP visit that became a client). */
public enum LeadSource {
    SEMINAR,
    WEB_INQUIRY,
    WORKTRIP_VISIT,
    REFERRAL,
    SALES_CALL
}
