package jp.hataraku.workers.internal;

import java.util.List;

import jp.hataraku.workers.Circumstance;
import jp.hataraku.workers.Device;
import jp.hataraku.workers.Gender;
import jp.hataraku.workers.HeldRole;
import jp.hataraku.workers.ReferralSource;
import jp.hataraku.workers.TimeBand;
import jp.hataraku.workers.WithdrawalReason;
import jp.hataraku.workers.WorkKind;
import jp.hataraku.workers.WorkPlace;
import jp.hataraku.workers.WorkerStatus;

/** The options the forms offer, in display order. */
public final class Choices {

    static final Choices INSTANCE = new Choices();

    public List<Gender> genders() { return List.of(Gender.values()); }
    public List<WorkKind> workKinds() { return List.of(WorkKind.values()); }
    public List<TimeBand> timeBands() { return List.of(TimeBand.values()); }
    public List<WorkPlace> places() { return List.of(WorkPlace.values()); }
    public List<Device> devices() { return List.of(Device.values()); }
    public List<Circumstance> circumstances() { return List.of(Circumstance.values()); }
    public List<ReferralSource> referrals() { return List.of(ReferralSource.values()); }
    public List<WorkerStatus> statuses() { return List.of(WorkerStatus.values()); }
    public List<WithdrawalReason> reasons() { return List.of(WithdrawalReason.values()); }
    public List<HeldRole> heldRoles() { return List.of(HeldRole.values()); }
}
