package jp.hataraku.quality;

/** What a sampling plan says about a lot after its sample was inspected. */
public enum LotDecision {
    /** Defects found ≤ Ac: the lot goes on to delivery. */
    ACCEPT,
    /** Defects found ≥ Re: the lot is not delivered as is (every item is reviewed). */
    REJECT
}
