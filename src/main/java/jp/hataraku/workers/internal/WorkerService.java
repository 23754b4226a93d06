package jp.hataraku.workers.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.Audit;
import jp.hataraku.identity.CurrentUser;
import jp.hataraku.shared.JapaneseText;
import jp.hataraku.shared.TokyoClock;
import jp.hataraku.workers.Application;
import jp.hataraku.workers.HeldRole;
import jp.hataraku.workers.WithdrawalReason;
import jp.hataraku.workers.WorkerId;
import jp.hataraku.workers.WorkerRegistered;
import jp.hataraku.workers.WorkerStateOnDate;
import jp.hataraku.workers.WorkerStatus;
import jp.hataraku.workers.WorkerStatusChanged;
import jp.hataraku.workers.WorkerSummary;
import jp.hataraku.workers.Workers;
import jp.hataraku.workers.internal.WorkerRepository.ProfileUpdate;
import jp.hataraku.workers.internal.WorkerRepository.RequestKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class WorkerService implements Workers {

    static final String AUDIT_TYPE = "worker";

    private final WorkerRepository repository;
    private final Accounts accounts;
    private final Audit audit;
    private final TokyoClock clock;
    private final ApplicationEventPublisher events;

    WorkerService(WorkerRepository repository, Accounts accounts, Audit audit, TokyoClock clock,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    @Override
    @Transactional
    public long apply(Application application) {
        return apply(application, clock.today());
    }

    @Override
    @Transactional
    public long apply(Application a, LocalDate appliedOn) {
        String email = a.email().strip();
        boolean signIn = a.password() != null;
        if (signIn && accounts.emailTaken(email)) {
            throw new EmailAlreadyRegistered(email);
        }
        String name = JapaneseText.nfkc(a.name());
        Long duplicate = repository.findPossibleDuplicate(email, name, a.birthDate()).orElse(null);
        Instant now = clock.now();
        Worker draft = new Worker(0, a.municipalityId(), name, JapaneseText.nfkc(a.nameKana()), a.birthDate(),
                a.gender(), a.postalCode(), a.address().strip(), a.phone().strip(), email, a.workKinds(),
                a.hoursPerWeek(), a.timeBands(), a.place(), a.devices(), blankToNull(a.accommodations()),
                a.circumstances(), a.referral(), a.privacyNoticeVersion(), List.of(), Set.of(HeldRole.WORKER), null,
                WorkerStatus.APPLIED, 1, duplicate, now, null);
        long id = repository.insert(draft, now, a.circumstancesConsent() ? now : null);
        StatusChange first = new StatusChange(id, a.municipalityId(), null, WorkerStatus.APPLIED, appliedOn, 1, null, null);
        repository.openPeriod(first);
        repository.insertHistory(first, now, actorId());
        if (signIn) {
            // Rosters imported by staff and demo residents have no sign-in until they are invited.
            accounts.createWorkerAccount(id, email, name, a.password());
        }
        audit.change("WORKER_APPLIED", AUDIT_TYPE, id, null, snapshot(WorkerStatus.APPLIED, 1, duplicate));
        events.publishEvent(new WorkerRegistered(WorkerId.of(id), a.municipalityId(), appliedOn, duplicate != null));
        return id;
    }

    @Override
    @Transactional
    public void markBriefed(long workerId, LocalDate attendedOn) {
        Worker w = load(workerId);
        record(w, w.markBriefed(attendedOn), "WORKER_BRIEFED");
    }

    @Override
    @Transactional
    public void acceptTerms(long workerId, String version) {
        acceptTerms(workerId, version, clock.today());
    }

    @Override
    @Transactional
    public void acceptTerms(long workerId, String version, LocalDate acceptedOn) {
        Worker w = load(workerId);
        record(w, w.acceptTerms(version, acceptedOn), "WORKER_TERMS_ACCEPTED");
        repository.periodTermsAccepted(workerId, w.periodNo(), version, clock.now());
    }

    @Override
    @Transactional
    public void pause(long workerId, LocalDate from) {
        Worker w = load(workerId);
        record(w, w.pause(from), "WORKER_PAUSED");
        repository.resolveRequests(workerId, RequestKind.PAUSE, clock.now(), actorId());
    }

    @Override
    @Transactional
    public void resume(long workerId, LocalDate from) {
        Worker w = load(workerId);
        record(w, w.resume(from), "WORKER_RESUMED");
    }

    @Override
    @Transactional
    public void withdraw(long workerId, WithdrawalReason reason, String note, LocalDate on) {
        Worker w = load(workerId);
        StatusChange change = w.withdraw(reason, note, on);
        record(w, change, "WORKER_WITHDRAWN");
        repository.periodEnded(workerId, change.periodNo(), on, reason, change.note());
        repository.resolveRequests(workerId, RequestKind.WITHDRAWAL, clock.now(), actorId());
        repository.resolveRequests(workerId, RequestKind.PAUSE, clock.now(), actorId());
    }

    @Override
    @Transactional
    public void reregister(long workerId, LocalDate on) {
        reregister(workerId, WorkerStatus.APPLIED, on);
    }

    @Override
    @Transactional
    public void reregister(long workerId, WorkerStatus startAs, LocalDate on) {
        Worker w = load(workerId);
        record(w, w.reregister(startAs, on), "WORKER_REREGISTERED");
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<WorkerSummary> find(long workerId) {
        return repository.find(workerId).map(w -> new WorkerSummary(WorkerId.of(w.id()), w.municipalityId(),
                w.name(), w.nameKana(), w.email(), w.gender(), w.birthDate(), w.status(), w.periodNo(),
                w.workKinds(), w.rolesHeld(), Optional.ofNullable(w.invoiceRegistrationNumber()),
                repository.termsVersion(w.id(), w.periodNo()), Set.copyOf(w.skills())));
    }

    @Override
    public Optional<Long> municipalityOf(long workerId) {
        return repository.municipalityOf(workerId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkerSummary> searchActive(String query, int limit) {
        if (query == null || query.isBlank() || limit < 1) {
            return List.of();
        }
        var criteria = new WorkerRepository.SearchCriteria(query, WorkerStatus.ACTIVE, null, null);
        return repository.search(criteria, Set.of(), true, 0, Math.min(limit, 100)).items().stream()
                .map(row -> find(row.id())).flatMap(Optional::stream).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkerStateOnDate> statusOn(LocalDate date, Optional<Long> municipalityId) {
        return repository.statusOn(date, municipalityId);
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.SortedMap<java.time.YearMonth, jp.hataraku.workers.RegisterMovements> movementsByMonth(
            LocalDate from, LocalDate to, Optional<Long> municipalityId) {
        return repository.movementsByMonth(from, to, municipalityId);
    }

    @Override
    @Transactional(readOnly = true)
    public jp.hataraku.workers.RegisterMovements movementsUntil(LocalDate date, Optional<Long> municipalityId) {
        return repository.movementsUntil(date, municipalityId);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<LocalDate, jp.hataraku.workers.RegisterProfile> registerProfilesOn(List<LocalDate> dates,
            Optional<Long> municipalityId) {
        return repository.registerProfilesOn(dates, municipalityId);
    }

    @Override
    @Transactional
    public void recordInvoiceRegistration(long workerId, Optional<String> registrationNumber) {
        Worker before = load(workerId);
        String number = registrationNumber.filter(n -> !n.isBlank())
                .map(n -> jp.hataraku.shared.RegistrationNumber.parse(n).optional()
                        .orElseThrow(() -> new IllegalArgumentException("invalid registration number")).value())
                .orElse(null);
        ProfileUpdate update = new ProfileUpdate(before.postalCode(), before.address(), before.phone(),
                before.workKinds(), before.hoursPerWeek(), before.timeBands(), before.place(), before.devices(),
                before.accommodations(), before.skills(), before.rolesHeld(), number);
        repository.updateProfile(workerId, update, clock.now());
        audit.change("WORKER_PROFILE_UPDATED", AUDIT_TYPE, workerId, profileSnapshot(before), update);
        events.publishEvent(new jp.hataraku.workers.WorkerProfileChanged(WorkerId.of(workerId), before.municipalityId()));
    }

    // --- used by this module's pages --------------------------------------------------------------

    @Transactional
    public void updateProfile(long workerId, ProfileUpdate update) {
        Worker before = load(workerId);
        repository.updateProfile(workerId, update, clock.now());
        audit.change("WORKER_PROFILE_UPDATED", AUDIT_TYPE, workerId, profileSnapshot(before), update);
        events.publishEvent(new jp.hataraku.workers.WorkerProfileChanged(WorkerId.of(workerId), before.municipalityId()));
    }

    /** Staff reviewed a possible duplicate and found two different people. */
    @Transactional
    public void clearDuplicateFlag(long workerId) {
        Worker w = load(workerId);
        if (w.possibleDuplicateOf() == null) {
            return;
        }
        repository.clearDuplicateFlag(workerId, clock.now());
        audit.change("WORKER_DUPLICATE_CLEARED", AUDIT_TYPE, workerId,
                Map.of("possibleDuplicateOf", w.possibleDuplicateOf()), Map.of());
    }

    @Transactional
    public void request(long workerId, RequestKind kind, String note) {
        Worker w = load(workerId);
        repository.insertRequest(workerId, w.municipalityId(), kind, blankToNull(note), clock.now());
        audit.change("WORKER_REQUESTED_" + kind.name(), AUDIT_TYPE, workerId, null,
                Map.of("kind", kind.name(), "note", note == null ? "" : note));
    }

    Worker load(long workerId) {
        return repository.find(workerId).orElseThrow(() -> new NoSuchWorker(workerId));
    }

    private void record(Worker w, StatusChange change, String action) {
        Instant now = clock.now();
        if (!repository.updateStatus(w.id(), w.status(), change.to(), change.periodNo(), now)) {
            throw new IllegalStateException("worker " + w.id() + " was changed by someone else meanwhile");
        }
        if (change.opensPeriod()) {
            repository.openPeriod(change);
        } else if (change.to() == WorkerStatus.BRIEFED) {
            repository.periodBriefed(w.id(), change.periodNo(), change.effectiveOn());
        }
        repository.insertHistory(change, now, actorId());
        Map<String, Object> after = snapshot(change.to(), change.periodNo(), w.possibleDuplicateOf());
        after.put("effectiveOn", change.effectiveOn().toString());
        if (change.reason() != null) {
            after.put("reason", change.reason().name());
        }
        if (change.note() != null) {
            after.put("note", change.note());
        }
        audit.change(action, AUDIT_TYPE, w.id(), snapshot(w.status(), w.periodNo(), w.possibleDuplicateOf()), after);
        events.publishEvent(new WorkerStatusChanged(WorkerId.of(w.id()), w.municipalityId(), change.from(),
                change.to(), change.effectiveOn(), change.periodNo()));
    }

    private static Map<String, Object> snapshot(WorkerStatus status, int periodNo, Long duplicateOf) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", status.name());
        m.put("periodNo", periodNo);
        if (duplicateOf != null) {
            m.put("possibleDuplicateOf", duplicateOf);
        }
        return m;
    }

    private static ProfileUpdate profileSnapshot(Worker w) {
        return new ProfileUpdate(w.postalCode(), w.address(), w.phone(), w.workKinds(), w.hoursPerWeek(),
                w.timeBands(), w.place(), w.devices(), w.accommodations(), w.skills(), w.rolesHeld(),
                w.invoiceRegistrationNumber());
    }

    private Long actorId() {
        return accounts.current().map(CurrentUser::accountId).orElse(null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The e-mail already signs in to an account: the applicant should sign in instead. */
    static final class EmailAlreadyRegistered extends IllegalArgumentException {
        EmailAlreadyRegistered(String email) {
            super("e-mail already has an account");
        }
    }

    /** No worker with this id. */
    static final class NoSuchWorker extends IllegalArgumentException {
        NoSuchWorker(long id) {
            super("no worker " + id);
        }
    }
}
