package jp.hataraku.jobs.internal.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jp.hataraku.clients.Agreements;
import jp.hataraku.clients.ClientSummary;
import jp.hataraku.clients.Clients;
import jp.hataraku.jobs.JobDetails;
import jp.hataraku.jobs.JobMode;
import jp.hataraku.jobs.JobRuleViolation;
import jp.hataraku.jobs.JobStatus;
import jp.hataraku.jobs.JobSummary;
import jp.hataraku.jobs.Jobs;
import jp.hataraku.workers.WorkKind;
import jp.hataraku.workers.WorkerSummary;
import jp.hataraku.workers.Workers;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Tests only: in-memory stand-ins for the jobs and clients implementations while those are being
 * written on other branches. An auto-configuration, so each stand-in backs off as soon as the real
 * implementation is on the classpath.
 */
@AutoConfiguration
public class StandInModules {

    @Bean
    @ConditionalOnMissingBean(Clients.class)
    Clients standInClients() {
        return new StandInClients();
    }

    @Bean
    @ConditionalOnMissingBean(Jobs.class)
    Jobs standInJobs(ObjectProvider<Clients> clients, ObjectProvider<Workers> workers) {
        return new StandInJobs(clients, workers);
    }

    static final class StandInClients implements Clients {
        private final AtomicLong ids = new AtomicLong();
        private final Map<Long, ClientSummary> clients = new ConcurrentHashMap<>();
        private final List<Object[]> agreements = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public Optional<ClientSummary> find(long clientId) {
            return Optional.ofNullable(clients.get(clientId));
        }

        @Override
        public List<ClientSummary> list(long contractorId) {
            return clients.values().stream().filter(c -> c.contractorId() == contractorId)
                    .sorted(Comparator.comparing(ClientSummary::nameKana)).toList();
        }

        @Override
        public Agreements agreementsOn(long clientId, LocalDate date) {
            Optional<Long> contract = Optional.empty();
            Optional<Long> nda = Optional.empty();
            for (Object[] a : agreements) {
                if ((long) a[1] == clientId && !date.isBefore((LocalDate) a[3]) && !date.isAfter((LocalDate) a[4])) {
                    if (a[2] == AgreementKind.SERVICE_CONTRACT) {
                        contract = Optional.of((long) a[0]);
                    } else {
                        nda = Optional.of((long) a[0]);
                    }
                }
            }
            return new Agreements(contract, nda);
        }

        @Override
        public long create(NewClient c) {
            long id = ids.incrementAndGet();
            clients.put(id, new ClientSummary(id, c.contractorId(), c.name(), c.nameKana(), c.type(), c.corporateNumber()));
            return id;
        }

        @Override
        public long recordAgreement(long clientId, AgreementKind kind, LocalDate from, LocalDate to) {
            long id = ids.incrementAndGet();
            agreements.add(new Object[] {id, clientId, kind, from, to});
            return id;
        }
    }

    static final class StandInJobs implements Jobs {
        private final AtomicLong ids = new AtomicLong();
        private final Map<Long, JobSummary> jobs = new ConcurrentHashMap<>();
        private final Map<Long, Set<Long>> teams = new ConcurrentHashMap<>();
        private final ObjectProvider<Clients> clients;
        private final ObjectProvider<Workers> workers;

        StandInJobs(ObjectProvider<Clients> clients, ObjectProvider<Workers> workers) {
            this.clients = clients;
            this.workers = workers;
        }

        @Override
        public long create(JobDetails details) {
            long id = ids.incrementAndGet();
            jobs.put(id, new JobSummary(id, details, JobStatus.DRAFT, 0));
            return id;
        }

        @Override
        public synchronized void update(long jobId, int version, JobDetails details) {
            JobSummary j = get(jobId);
            if (j.status() != JobStatus.DRAFT && j.status() != JobStatus.OPEN) {
                throw new JobRuleViolation("jobs.update.status");
            }
            if (j.version() != version) {
                throw new OptimisticLockingFailureException("stale");
            }
            jobs.put(jobId, new JobSummary(jobId, details, j.status(), version + 1));
        }

        @Override
        public void open(long jobId, LocalDate today) {
            JobSummary j = get(jobId);
            if (!clients.getObject().agreementsOn(j.clientId(), today).inForce()) {
                throw new JobRuleViolation("jobs.open.noAgreement");
            }
            if (j.details().directorAccountId().isEmpty()) {
                throw new JobRuleViolation("jobs.open.noDirector");
            }
            if (j.details().mode() == JobMode.POOL && j.details().template().isEmpty()) {
                throw new JobRuleViolation("jobs.open.noTemplate");
            }
            move(j, JobStatus.OPEN);
        }

        @Override
        public void cancel(long jobId) {
            move(get(jobId), JobStatus.CANCELLED);
        }

        @Override
        public void close(long jobId) {
            move(get(jobId), JobStatus.CLOSED);
        }

        private synchronized void move(JobSummary j, JobStatus to) {
            if (!j.status().canBecome(to)) {
                throw new JobRuleViolation("jobs.status.transition");
            }
            jobs.put(j.id(), new JobSummary(j.id(), j.details(), to, j.version() + 1));
        }

        private JobSummary get(long id) {
            JobSummary j = jobs.get(id);
            if (j == null) {
                throw new JobRuleViolation("jobs.notFound");
            }
            return j;
        }

        @Override
        public Optional<JobSummary> find(long jobId) {
            return Optional.ofNullable(jobs.get(jobId));
        }

        @Override
        public List<JobSummary> listForContractor(long contractorId) {
            return jobs.values().stream().filter(j -> j.contractorId() == contractorId).toList();
        }

        @Override
        public List<JobSummary> listForClient(long clientId) {
            return jobs.values().stream().filter(j -> j.clientId() == clientId).toList();
        }

        @Override
        public List<JobSummary> listForWorker(long workerId) {
            return jobs.values().stream().filter(j -> isMember(j.id(), workerId)).toList();
        }

        @Override
        public void addMember(long jobId, long workerId) {
            JobSummary j = get(jobId);
            WorkerSummary w = workers.getObject().find(workerId).orElseThrow(() -> new JobRuleViolation("jobs.team.noWorker"));
            if (!w.mayWork()) {
                throw new JobRuleViolation("jobs.team.notActive");
            }
            if (!w.qualifications().containsAll(j.details().qualifications())) {
                throw new JobRuleViolation("jobs.team.qualification");
            }
            teams.computeIfAbsent(jobId, k -> new LinkedHashSet<>()).add(workerId);
        }

        @Override
        public void removeMember(long jobId, long workerId) {
            teams.getOrDefault(jobId, new LinkedHashSet<>()).remove(workerId);
        }

        @Override
        public boolean isMember(long jobId, long workerId) {
            return teams.getOrDefault(jobId, Set.of()).contains(workerId);
        }

        @Override
        public List<Long> members(long jobId) {
            return new ArrayList<>(teams.getOrDefault(jobId, Set.of()));
        }

        @Override
        public void recordQualityScore(long workerId, WorkKind kind, int score) {
        }
    }

}
