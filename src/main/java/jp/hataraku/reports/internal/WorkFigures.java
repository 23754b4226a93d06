package jp.hataraku.reports.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.hataraku.billing.Invoices;
import jp.hataraku.billing.Invoices.OrderAmounts;
import jp.hataraku.clients.ClientType;
import jp.hataraku.clients.Clients;
import jp.hataraku.jobs.Jobs;
import jp.hataraku.organization.Organizations;
import jp.hataraku.payouts.Payouts;
import jp.hataraku.payouts.Payouts.PaidTotals;
import jp.hataraku.payouts.Payouts.RewardSpread;
import jp.hataraku.reports.Figure;
import jp.hataraku.shared.FiscalYear;
import jp.hataraku.shared.JapaneseDates;
import jp.hataraku.workers.WorkKind;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The work and money figures of the council report, each year from its start to the report date
 * (the previous year whole, to its last day), read through the owner modules' aggregate queries.
 * <ul>
 * <li>Orders (billing's billable lines: accepted deliveries, fixed-price jobs, approved time, manual
 *     lines; yen before consumption tax, by work date) and jobs first opened (job status history)
 *     follow {@link WorkScope}: with a town, the work of the contractors serving it.</li>
 * <li>Rewards paid (confirmed payouts by payment date), the monthly reward spread and the on-time
 *     rate follow the town of the payout (residents of the town) and the contractor.</li>
 * <li>The effective hourly reward puts approved rewards (payouts, task and time lines) over minutes
 *     worked (jobs), both over the contractors of {@link WorkScope}, so both sides count the same work.</li>
 * </ul>
 */
@Service
class WorkFigures implements FigureGroup {

    static final String EMPTY_NO_ORDERS = "reports.empty.noOrders";
    static final String EMPTY_NO_PAYOUTS = "reports.empty.noPayouts";
    static final String EMPTY_FEW_WORKERS = "reports.empty.fewWorkers";
    static final String EMPTY_NO_WORK_TIME = "reports.empty.noWorkTime";

    /** Fewer workers than this in a reward spread would show one person's pay. */
    static final int MIN_WORKERS_IN_SPREAD = 3;

    static final List<String> IDS = List.of("order-amount", "jobs-opened", "orders-by-client-type",
            "orders-by-work-kind", "rewards-paid", "workers-paid", "monthly-reward-spread", "hourly-reward-by-kind",
            "on-time-payment");

    private final Invoices invoices;
    private final Jobs jobs;
    private final Clients clients;
    private final Payouts payouts;
    private final Organizations organizations;
    private final MessageSource messages;
    private final JapaneseDates dates;

    WorkFigures(Invoices invoices, Jobs jobs, Clients clients, Payouts payouts, Organizations organizations,
            MessageSource messages, JapaneseDates dates) {
        this.invoices = invoices;
        this.jobs = jobs;
        this.clients = clients;
        this.payouts = payouts;
        this.organizations = organizations;
        this.messages = messages;
        this.dates = dates;
    }

    @Override
    public String id() {
        return "work";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<Figure> figures(ReportScope scope, ReportDates reportDates, Locale locale) {
        FigureLabels l = new FigureLabels(messages, dates, locale, reportDates);
        FiscalYear year = reportDates.year();
        LocalDate from = year.start();
        LocalDate on = reportDates.on();
        LocalDate previousFrom = year.previous().start();
        LocalDate previousOn = reportDates.previous();
        Optional<Set<Long>> contractors = WorkScope.contractors(scope, organizations);

        List<Figure> figures = new ArrayList<>();
        OrderAmounts orders = invoices.orderAmounts(from, on, contractors);
        OrderAmounts ordersBefore = invoices.orderAmounts(previousFrom, previousOn, contractors);
        long opened = jobs.jobsOpened(from, on, contractors);
        long openedBefore = jobs.jobsOpened(previousFrom, previousOn, contractors);
        boolean noOrders = orders.byClient().isEmpty() && ordersBefore.byClient().isEmpty();
        figures.add(l.figure("order-amount", Figure.Kind.BARS, false,
                FigureLabels.emptyIf(noOrders, EMPTY_NO_ORDERS),
                List.of(l.msg("reports.orders.amount")), List.of(orders.total()), List.of(ordersBefore.total())));
        figures.add(l.figure("jobs-opened", Figure.Kind.BARS, false,
                FigureLabels.emptyIf(opened == 0 && openedBefore == 0, EMPTY_NO_ORDERS),
                List.of(l.msg("reports.orders.jobsOpened")), List.of(opened), List.of(openedBefore)));
        figures.add(byClientType(l, orders, ordersBefore, noOrders));
        figures.add(byWorkKind(l, orders, ordersBefore, noOrders));

        Optional<Long> town = scope.town();
        Optional<Long> contractor = scope.contractor();
        PaidTotals paid = payouts.paidTotals(from, on, town, contractor);
        PaidTotals paidBefore = payouts.paidTotals(previousFrom, previousOn, town, contractor);
        Optional<String> noPayouts = FigureLabels.emptyIf(paid.payouts() == 0 && paidBefore.payouts() == 0,
                EMPTY_NO_PAYOUTS);
        // the totals of one or two people are their pay: shown only when every year paid at least 3 (or none)
        Optional<String> fewPaid = noPayouts.or(() -> FigureLabels.emptyIf(
                fewPeople(paid.workers()) || fewPeople(paidBefore.workers()), EMPTY_FEW_WORKERS));
        figures.add(l.figure("rewards-paid", Figure.Kind.BARS, false, fewPaid,
                List.of(l.msg("reports.paid.gross"), l.msg("reports.paid.consumptionTax"), l.msg("reports.paid.withholding"),
                        l.msg("reports.paid.net")),
                List.of(paid.gross(), paid.consumptionTax(), paid.withholding(), paid.net()),
                List.of(paidBefore.gross(), paidBefore.consumptionTax(), paidBefore.withholding(), paidBefore.net())));
        figures.add(l.figure("workers-paid", Figure.Kind.BARS, true, noPayouts,
                List.of(l.msg("reports.paid.workers")), List.of(paid.workers()), List.of(paidBefore.workers())));
        figures.add(spread(l, payouts.monthlyRewardSpread(from, on, town, contractor),
                payouts.monthlyRewardSpread(previousFrom, previousOn, town, contractor)));
        figures.add(hourly(l, contractors, from, on, previousFrom, previousOn));
        figures.add(l.figure("on-time-payment", Figure.Kind.BARS, false,
                FigureLabels.emptyIf(paid.payouts() == 0, EMPTY_NO_PAYOUTS), List.of(l.msg("reports.paid.onTime")),
                List.of(onTimePerMille(paid)), List.of(onTimePerMille(paidBefore))));
        return List.copyOf(figures);
    }

    /** Payouts paid on or before their earliest legal deadline, per mille of the payouts (half up); 0 without payouts. */
    static long onTimePerMille(PaidTotals paid) {
        return paid.payouts() == 0 ? 0 : WorkerFigures.perMille(paid.onTime(), paid.payouts());
    }

    private Figure byClientType(FigureLabels l, OrderAmounts now, OrderAmounts before, boolean noOrders) {
        Set<Long> ids = new java.util.HashSet<>(now.byClient().keySet());
        ids.addAll(before.byClient().keySet());
        Map<Long, ClientType> types = clients.typesOf(ids);
        Map<ClientType, Long> sumNow = byType(now, types);
        Map<ClientType, Long> sumBefore = byType(before, types);
        List<ClientType> all = List.of(ClientType.values());
        return l.figure("orders-by-client-type", Figure.Kind.BARS, false,
                FigureLabels.emptyIf(noOrders, EMPTY_NO_ORDERS),
                all.stream().map(t -> l.msg("reports.clientType." + t.name())).toList(),
                all.stream().map(sumNow::get).toList(), all.stream().map(sumBefore::get).toList());
    }

    private static Map<ClientType, Long> byType(OrderAmounts orders, Map<Long, ClientType> types) {
        Map<ClientType, Long> sums = new EnumMap<>(ClientType.class);
        for (ClientType t : ClientType.values()) {
            sums.put(t, 0L);
        }
        orders.byClient().forEach((client, amount) -> {
            ClientType type = types.get(client);
            if (type == null) {
                throw new IllegalStateException("billable work of client " + client + " without a client record");
            }
            sums.merge(type, amount, Long::sum);
        });
        return sums;
    }

    private Figure byWorkKind(FigureLabels l, OrderAmounts now, OrderAmounts before, boolean noOrders) {
        Set<Long> ids = new java.util.HashSet<>(now.byJob().keySet());
        ids.addAll(before.byJob().keySet());
        Map<Long, WorkKind> kinds = jobs.workKindsOf(ids);
        Map<WorkKind, Long> sumNow = byKind(now, kinds);
        Map<WorkKind, Long> sumBefore = byKind(before, kinds);
        List<String> categories = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        List<Long> previous = new ArrayList<>();
        for (WorkKind k : WorkKind.values()) {
            if (sumNow.containsKey(k) || sumBefore.containsKey(k)) {
                categories.add(l.msg("workers.workKind." + k.name()));
                values.add(sumNow.getOrDefault(k, 0L));
                previous.add(sumBefore.getOrDefault(k, 0L));
            }
        }
        if (now.withoutJob() != 0 || before.withoutJob() != 0) {
            categories.add(l.msg("reports.orders.withoutJob"));
            values.add(now.withoutJob());
            previous.add(before.withoutJob());
        }
        return l.figure("orders-by-work-kind", Figure.Kind.BARS, false,
                FigureLabels.emptyIf(noOrders, EMPTY_NO_ORDERS), categories,
                values, previous);
    }

    private static Map<WorkKind, Long> byKind(OrderAmounts orders, Map<Long, WorkKind> kinds) {
        Map<WorkKind, Long> sums = new EnumMap<>(WorkKind.class);
        orders.byJob().forEach((job, amount) -> {
            WorkKind kind = kinds.get(job);
            if (kind == null) {
                throw new IllegalStateException("billable work of job " + job + " without a job record");
            }
            sums.merge(kind, amount, Long::sum);
        });
        return sums;
    }

    private static boolean fewPeople(long people) {
        return people > 0 && people < MIN_WORKERS_IN_SPREAD;
    }

    private Figure spread(FigureLabels l, RewardSpread now, RewardSpread before) {
        Optional<String> reason = now.workers() == 0 ? Optional.of(EMPTY_NO_PAYOUTS)
                : now.workers() < MIN_WORKERS_IN_SPREAD
                        || (before.workers() > 0 && before.workers() < MIN_WORKERS_IN_SPREAD)
                                ? Optional.of(EMPTY_FEW_WORKERS) : Optional.empty();
        return l.figure("monthly-reward-spread", Figure.Kind.BARS, false, reason,
                List.of(l.msg("reports.spread.q1"), l.msg("reports.spread.median"), l.msg("reports.spread.q3")),
                List.of(now.firstQuartile(), now.median(), now.thirdQuartile()),
                List.of(before.firstQuartile(), before.median(), before.thirdQuartile()));
    }

    /** Reward yen × 60 ÷ minutes, cut to the yen; 0 without minutes. */
    static long yenPerHour(long rewardYen, long minutes) {
        return minutes <= 0 ? 0 : Math.floorDiv(Math.multiplyExact(rewardYen, 60L), minutes);
    }

    private Figure hourly(FigureLabels l, Optional<Set<Long>> contractors, LocalDate from, LocalDate on,
            LocalDate previousFrom, LocalDate previousOn) {
        Map<WorkKind, Long> minutes = jobs.minutesWorkedByKind(from, on, contractors);
        Map<WorkKind, Long> minutesBefore = jobs.minutesWorkedByKind(previousFrom, previousOn, contractors);
        Map<WorkKind, Long> rewards = payouts.approvedRewardsByKind(from, on, contractors);
        Map<WorkKind, Long> rewardsBefore = payouts.approvedRewardsByKind(previousFrom, previousOn, contractors);
        List<String> categories = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        List<Long> previous = new ArrayList<>();
        for (WorkKind k : WorkKind.values()) {
            long m = minutes.getOrDefault(k, 0L);
            long mb = minutesBefore.getOrDefault(k, 0L);
            if (m > 0 || mb > 0) {
                categories.add(l.msg("workers.workKind." + k.name()));
                values.add(yenPerHour(rewards.getOrDefault(k, 0L), m));
                previous.add(yenPerHour(rewardsBefore.getOrDefault(k, 0L), mb));
            }
        }
        return l.figure("hourly-reward-by-kind", Figure.Kind.BARS, false,
                FigureLabels.emptyIf(categories.isEmpty(), EMPTY_NO_WORK_TIME), categories, values, previous);
    }

    @Override
    public List<Figure> empty(String reason, ReportDates reportDates, Locale locale) {
        FigureLabels l = new FigureLabels(messages, dates, locale, reportDates);
        return IDS.stream().map(id -> l.emptyFigure(id, Figure.Kind.BARS, id.equals("workers-paid"), reason)).toList();
    }
}
