package jp.hataraku.payouts.internal;

import java.time.LocalDate;

import jp.hataraku.organization.Contractor;
import jp.hataraku.shared.TokyoClock;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The deadline board: per worker, reward lines not yet in a confirmed period with the Freelance
 * Act deadline of the earliest (due soon within 7 days, overdue after it), and the confirmed
 * periods with their payment dates.
 */
@Controller
class DeadlineController {

    static final int SOON_DAYS = 7;
    static final int LIMIT = 500;

    private final PayoutAccess access;
    private final ClosingQueries queries;
    private final TokyoClock clock;

    DeadlineController(PayoutAccess access, ClosingQueries queries, TokyoClock clock) {
        this.access = access;
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/payouts/deadlines")
    String board(@RequestParam(required = false) Long contractor, Model model) {
        Contractor c = access.contractor(contractor).orElseThrow(PayoutAccess.NotFound::new);
        LocalDate today = clock.today();
        model.addAttribute("contractor", c);
        model.addAttribute("contractors", access.contractors());
        model.addAttribute("today", today);
        model.addAttribute("soon", today.plusDays(SOON_DAYS));
        model.addAttribute("unpaid", queries.unpaid(c.id(), LIMIT));
        model.addAttribute("limit", LIMIT);
        model.addAttribute("periods", queries.periods(c.id()));
        return "payouts/deadlines";
    }
}
