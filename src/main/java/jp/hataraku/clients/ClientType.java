package jp.hataraku.clients;

/** The kinds of client the council reports count (issue 3, DOMAIN.md). */
public enum ClientType {
    LISTED_COMPANY,
    OUTSIDE_PREFECTURE,
    IN_PREFECTURE,
    IN_TOWN,
    MUNICIPALITY,
    WELFARE_COUNCIL,
    INDIVIDUAL
}
