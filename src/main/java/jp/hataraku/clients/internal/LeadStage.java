package jp.hataraku.clients.internal;

import java.util.EnumSet;
import java.util.Set;

/**
 * A lead's way to an order: NEW → CONTACTED → PROPOSAL → WON, or LOST from any open stage.
 * WON is reached only by converting the lead into a client (which keeps the link); WON and LOST
 * are final.
 */
enum LeadStage {
    NEW,
    CONTACTED,
    PROPOSAL,
    WON,
    LOST;

    /** The stages this one may move to. */
    public Set<LeadStage> next() {
        return switch (this) {
            case NEW -> EnumSet.of(CONTACTED, LOST);
            case CONTACTED -> EnumSet.of(PROPOSAL, WON, LOST);
            case PROPOSAL -> EnumSet.of(WON, LOST);
            case WON, LOST -> EnumSet.noneOf(LeadStage.class);
        };
    }

    public boolean mayMoveTo(LeadStage target) {
        return next().contains(target);
    }

    /** Whether a lead at this stage may be converted into a client (and so become WON). */
    public boolean mayConvert() {
        return mayMoveTo(WON);
    }

    /** The stages staff choose by hand (WON comes only with a conversion). */
    public Set<LeadStage> manualNext() {
        Set<LeadStage> manual = EnumSet.noneOf(LeadStage.class);
        manual.addAll(next());
        manual.remove(WON);
        return manual;
    }

    public boolean isOpen() {
        return this != WON && this != LOST;
    }
}
