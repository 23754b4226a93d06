package jp.hataraku.payouts.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

import jp.hataraku.organization.Contractor;
import jp.hataraku.payouts.PayPeriodSummary;
import jp.hataraku.payouts.PeriodStatus;
import jp.hataraku.shared.TokyoClock;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Monthly closing: choose contractor and month, watch the background run, review, confirm. */
@Controller
class ClosingController {

    static final int PAGE_SIZE = 50;

    private final PayoutAccess access;
    private final Closing closing;
    private final ClosingQueries queries;
    private final RewardEngine engine;
    private final MessageSource messages;
    private final TokyoClock clock;

    ClosingController(PayoutAccess access, Closing closing, ClosingQueries queries, RewardEngine engine,
            MessageSource messages, TokyoClock clock) {
        this.access = access;
        this.closing = closing;
        this.queries = queries;
        this.engine = engine;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/payouts")
    String index(@RequestParam(required = false) Long contractor, Model model) {
        Optional<Contractor> c = access.contractor(contractor);
        model.addAttribute("contractors", access.contractors());
        model.addAttribute("contractor", c.orElse(null));
        model.addAttribute("defaultMonth", YearMonth.from(clock.today()).minusMonths(1).toString());
        c.ifPresent(x -> {
            model.addAttribute("periods", queries.periods(x.id()));
            model.addAttribute("settings", engine.settings(x.id()));
        });
        return "payouts/index";
    }

    @PostMapping("/payouts/periods")
    String open(@RequestParam long contractor, @RequestParam String month, RedirectAttributes flash, Locale locale) {
        access.find(contractor).orElseThrow(PayoutAccess.NotFound::new);
        YearMonth ym;
        try {
            ym = YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            flash.addFlashAttribute("error", messages.getMessage("payouts.closing.month.invalid", null, locale));
            return "redirect:/payouts?contractor=" + contractor;
        }
        if (ym.isAfter(YearMonth.from(clock.today()))) {
            flash.addFlashAttribute("error", messages.getMessage("payouts.closing.month.future", null, locale));
            return "redirect:/payouts?contractor=" + contractor;
        }
        long period = closing.openPeriod(contractor, ym);
        return start(period, flash, locale);
    }

    @PostMapping("/payouts/periods/{periodId}/run")
    String run(@PathVariable long periodId, RedirectAttributes flash, Locale locale) {
        queries.period(periodId).orElseThrow(PayoutAccess.NotFound::new);
        return start(periodId, flash, locale);
    }

    private String start(long periodId, RedirectAttributes flash, Locale locale) {
        try {
            closing.start(periodId, access.accountId());
        } catch (ClosingRefusal e) {
            flash.addFlashAttribute("error", messages.getMessage(e.code(), e.args().toArray(), locale));
        }
        return "redirect:/payouts/periods/" + periodId;
    }

    @PostMapping("/payouts/periods/{periodId}/confirm")
    String confirm(@PathVariable long periodId, RedirectAttributes flash, Locale locale) {
        queries.period(periodId).orElseThrow(PayoutAccess.NotFound::new);
        try {
            closing.confirm(periodId, access.accountId());
            flash.addFlashAttribute("done", messages.getMessage("payouts.confirm.done", null, locale));
        } catch (ClosingRefusal e) {
            flash.addFlashAttribute("error", messages.getMessage(e.code(), e.args().toArray(), locale));
        }
        return "redirect:/payouts/periods/" + periodId;
    }

    /** An earlier payment date for a period under review; a refused date comes back on the page at its field. */
    @PostMapping("/payouts/periods/{periodId}/payment-date")
    String paymentDate(@PathVariable long periodId, @RequestParam(required = false) String paymentDate, Model model,
            RedirectAttributes flash, Locale locale) {
        queries.period(periodId).orElseThrow(PayoutAccess.NotFound::new);
        String typed = paymentDate == null ? "" : paymentDate.strip();
        String error;
        try {
            LocalDate date = LocalDate.parse(typed);
            Closing.PaymentDateChange change = closing.changePaymentDate(periodId, date, access.accountId());
            flash.addFlashAttribute("done", messages.getMessage("payouts.paymentDate." + change.name(),
                    new Object[] {date.toString()}, locale));
            return "redirect:/payouts/periods/" + periodId;
        } catch (DateTimeParseException e) {
            error = messages.getMessage("payouts.paymentDate.invalid", null, locale);
        } catch (ClosingRefusal e) {
            error = messages.getMessage(e.code(), e.args().toArray(), locale);
        }
        model.addAttribute("paymentDateError", error);
        model.addAttribute("paymentDateValue", typed);
        return review(periodId, 0, model);
    }

    @GetMapping("/payouts/periods/{periodId}")
    String review(@PathVariable long periodId, @RequestParam(defaultValue = "0") int page, Model model) {
        PayPeriodSummary p = queries.period(periodId).orElseThrow(PayoutAccess.NotFound::new);
        Optional<PayPeriodSummary> previous = queries.previousConfirmed(p);
        long count = queries.payoutCount(periodId);
        int pages = (int) Math.max(1, (count + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.max(0, Math.min(page, pages - 1));
        model.addAttribute("period", p);
        model.addAttribute("contractor", access.find(p.contractorId()).orElse(null));
        model.addAttribute("run", queries.latestRun(periodId).orElse(null));
        model.addAttribute("previous", previous.orElse(null));
        model.addAttribute("rows", queries.payouts(periodId, previous.map(PayPeriodSummary::id), current, PAGE_SIZE));
        model.addAttribute("count", count);
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("warnings", queries.deadlineWarnings(periodId, 100));
        model.addAttribute("carried", queries.carried(periodId));
        model.addAttribute("closing", p.status() == PeriodStatus.CLOSING);
        LocalDate today = clock.today();
        LocalDate normal = engine.settings(p.contractorId()).paymentDate(p.month());
        Optional<LocalDate> latest = queries.latestPaymentDateMeetingDeadlines(periodId);
        model.addAttribute("today", today);
        model.addAttribute("normalPaymentDate", normal);
        model.addAttribute("latestPayable", latest.orElse(null));
        // no date on or after today meets every deadline: only paying the late workers separately helps
        model.addAttribute("noPayableDate", latest.map(d -> d.isBefore(today)).orElse(false));
        model.addAttribute("paymentDatePassed", p.status() == PeriodStatus.REVIEW && p.paymentDate().isBefore(today));
        return "payouts/review";
    }

    @GetMapping("/payouts/periods/{periodId}/progress")
    String progress(@PathVariable long periodId, Model model, jakarta.servlet.http.HttpServletResponse response) {
        PayPeriodSummary p = queries.period(periodId).orElseThrow(PayoutAccess.NotFound::new);
        if (p.status() != PeriodStatus.CLOSING) {
            // the run ended: htmx loads the whole review page with its results
            response.setHeader("HX-Redirect", "/payouts/periods/" + periodId);
        }
        model.addAttribute("period", p);
        model.addAttribute("run", queries.latestRun(periodId).orElse(null));
        model.addAttribute("closing", p.status() == PeriodStatus.CLOSING);
        return "payouts/review :: progress";
    }
}
