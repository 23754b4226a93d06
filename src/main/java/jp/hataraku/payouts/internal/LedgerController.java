package jp.hataraku.payouts.internal;

import java.util.Map;

import jp.hataraku.organization.Contractor;
import jp.hataraku.workers.WorkKind;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A contractor's reward lines waiting for a closing, and the form for an adjustment or bonus. */
@Controller
class LedgerController {

    static final int LIMIT = 200;

    private final PayoutAccess access;
    private final RewardLedger ledger;

    LedgerController(PayoutAccess access, RewardLedger ledger) {
        this.access = access;
        this.ledger = ledger;
    }

    @GetMapping("/payouts/lines")
    String lines(@RequestParam(required = false) Long contractor, Model model) {
        Contractor c = access.contractor(contractor).orElseThrow(PayoutAccess.NotFound::new);
        model.addAttribute("contractor", c);
        model.addAttribute("contractors", access.contractors());
        model.addAttribute("lines", ledger.openLines(c.id(), LIMIT));
        model.addAttribute("limit", LIMIT);
        model.addAttribute("kinds", WorkKind.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "payouts/lines";
    }

    @PostMapping("/payouts/lines")
    String add(@RequestParam long contractor, @RequestParam(required = false) String workerId,
            @RequestParam(required = false) String jobId, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String amount, @RequestParam(required = false) String reason,
            Model model, RedirectAttributes flash) {
        access.find(contractor).orElseThrow(PayoutAccess.NotFound::new);
        WorkKind k = null;
        try {
            k = kind == null || kind.isBlank() ? null : WorkKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            k = null;
        }
        Long a = parse(amount);
        RewardLedger.Result result = ledger.addAdjustment(new RewardLedger.AdjustmentForm(contractor, parse(workerId),
                parse(jobId), k, a, reason), access.accountId());
        if (amount != null && !amount.isBlank() && a == null) {
            result = new RewardLedger.Result(java.util.Optional.empty(),
                    Map.of("amount", "payouts.adjustment.amount.number"));
        }
        if (result.id().isEmpty()) {
            model.addAttribute("errors", result.errors());
            model.addAttribute("form", Map.of("workerId", blank(workerId), "jobId", blank(jobId), "kind", blank(kind),
                    "amount", blank(amount), "reason", blank(reason)));
            return lines(contractor, model);
        }
        flash.addFlashAttribute("done", "payouts.adjustment.saved");
        return "redirect:/payouts/lines?contractor=" + contractor;
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }

    /** A whole number as typed (full-width digits, commas and a leading minus accepted), or null. */
    static Long parse(String s) {
        if (s == null) {
            return null;
        }
        String t = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC).replace(",", "").replace("−", "-")
                .strip();
        if (!t.matches("-?\\d{1,15}")) {
            return null;
        }
        return Long.parseLong(t);
    }
}
