package jp.hataraku.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.hataraku.clients.ClientSummary;
import jp.hataraku.clients.Clients;
import jp.hataraku.jobs.Choice;
import jp.hataraku.jobs.ClaimedTask;
import jp.hataraku.jobs.Confidentiality;
import jp.hataraku.jobs.FieldType;
import jp.hataraku.jobs.JobDetails;
import jp.hataraku.jobs.JobMode;
import jp.hataraku.jobs.Jobs;
import jp.hataraku.jobs.NewItem;
import jp.hataraku.jobs.PriceModel;
import jp.hataraku.jobs.RewardRule;
import jp.hataraku.jobs.TaskTemplate;
import jp.hataraku.jobs.Tasks;
import jp.hataraku.jobs.TemplateField;
import jp.hataraku.shared.TokyoClock;
import jp.hataraku.workers.WorkKind;
import org.springframework.stereotype.Component;

/**
 * Demo jobs: a business-card data-entry pool job with double entry and gold items, part-done, and
 * an assigned print-design job, for the demo contractor's first client. Through the jobs module's
 * public API only.
 */
@Component
class DemoJobs {

    static final TaskTemplate CARD = new TaskTemplate(List.of(
            TemplateField.of("company", "会社名", FieldType.TEXT, true),
            TemplateField.of("department", "部署・役職", FieldType.TEXT, false),
            TemplateField.of("name", "氏名", FieldType.TEXT, true),
            TemplateField.of("name_kana", "氏名（ふりがな）", FieldType.TEXT, false).withKanaOnly(),
            TemplateField.of("phone", "電話番号（数字のみ）", FieldType.TEXT, false).withDigitsOnly(),
            TemplateField.of("email", "メールアドレス", FieldType.TEXT, false).withPattern("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"),
            TemplateField.choice("industry", "業種", FieldType.SINGLE_CHOICE, true, List.of(
                    new Choice("MAKER", "製造業"), new Choice("RETAIL", "小売・卸売"), new Choice("IT", "情報通信"),
                    new Choice("PUBLIC", "官公庁・団体"), new Choice("OTHER", "その他")))));

    private static final String[][] CARDS = {
        {"株式会社みどり商事", "営業部 課長", "山田 太郎", "やまだ たろう", "03-1234-5678", "yamada@midori.example.jp", "RETAIL"},
        {"信州精密工業株式会社", "技術部", "佐藤 花子", "さとう はなこ", "0263-22-1100", "h.sato@shinshu-seimitsu.example.jp", "MAKER"},
        {"合同会社アルプスデータ", "代表社員", "鈴木 一郎", "すずき いちろう", "026-123-4567", "ichiro@alps-data.example.jp", "IT"},
        {"山の辺町役場", "企画課 主査", "高橋 美咲", "たかはし みさき", "0265-00-0001", "kikaku@town.yamanobe.example.jp", "PUBLIC"},
        {"有限会社かわせ農園", "", "伊藤 健", "いとう けん", "0265-12-3456", "info@kawase-farm.example.jp", "OTHER"},
        {"株式会社北信ロジスティクス", "物流部 部長", "渡辺 由美", "わたなべ ゆみ", "026-987-6543", "y.watanabe@hokushin-logi.example.jp", "OTHER"},
        {"株式会社テレワークス長野", "カスタマーサクセス", "中村 翔", "なかむら しょう", "026-555-0101", "sho@teleworks.example.jp", "IT"},
        {"松本印刷株式会社", "制作部", "小林 直子", "こばやし なおこ", "0263-40-2020", "n.kobayashi@matsumoto-print.example.jp", "MAKER"},
    };

    private final Jobs jobs;
    private final Tasks tasks;
    private final Clients clients;
    private final TokyoClock clock;

    DemoJobs(Jobs jobs, Tasks tasks, Clients clients, TokyoClock clock) {
        this.jobs = jobs;
        this.tasks = tasks;
        this.clients = clients;
        this.clock = clock;
    }

    /** {@code activeWorkers}: demo workers who are ACTIVE, the demo worker first. */
    void load(long contractor, long directorAccount, List<Long> activeWorkers) {
        List<ClientSummary> list = clients.list(contractor);
        LocalDate today = clock.today();
        Optional<ClientSummary> client = list.stream()
                .filter(c -> clients.agreementsOn(c.id(), today).inForce()).findFirst();
        if (client.isEmpty()) {
            return;
        }
        long cards = cardJob(contractor, client.get().id(), directorAccount, activeWorkers, today);
        designJob(contractor, client.get().id(), directorAccount, activeWorkers, today);
        startSomeWork(cards, activeWorkers);
    }

    private long cardJob(long contractor, long client, long director, List<Long> team, LocalDate today) {
        long job = jobs.create(new JobDetails(contractor, client, "名刺データ入力（展示会 2026秋）", WorkKind.DATA_ENTRY,
                JobMode.POOL, "展示会で交換した名刺の内容を入力します。画像の代わりに名刺の文字を表示しています。",
                "CSV（UTF-8）", today.plusDays(21), PriceModel.PER_UNIT, 40, new RewardRule(PriceModel.PER_UNIT, 15),
                Set.of(), Confidentiality.CONFIDENTIAL, CARD, 2, 10, 30, 60, Optional.of(200), Optional.of("1.0"),
                Optional.of(director)));
        jobs.open(job, today);
        // demo members have accepted the job's written terms, so the demo can be worked at once
        team.stream().limit(12).forEach(w -> {
            jobs.addMember(job, w);
            jobs.recordTermsAccepted(job, w);
        });
        long batch = tasks.createBatch(job, "第1回（60枚）", "CSV", List.of("card_text"), Optional.empty());
        List<NewItem> items = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            items.add(NewItem.of(Map.of("card_text", cardText(CARDS[i % CARDS.length], i))));
        }
        for (int g = 0; g < 3; g++) {
            String[] c = CARDS[g];
            items.add(NewItem.gold(Map.of("card_text", cardText(c, 100 + g)), answer(c)));
        }
        tasks.addItems(batch, items);
        return job;
    }

    private void designJob(long contractor, long client, long director, List<Long> team, LocalDate today) {
        long job = jobs.create(new JobDetails(contractor, client, "会社案内パンフレット 誌面デザイン", WorkKind.PRINT_DESIGN,
                JobMode.ASSIGNED, "A4 三つ折りの会社案内。原稿と写真は支給します。", "PDF（印刷用）", today.plusDays(30),
                PriceModel.FIXED, 120_000, new RewardRule(PriceModel.PER_HOUR, 1_500), Set.of(),
                Confidentiality.NORMAL, TaskTemplate.empty(), 1, 0, 30, 0, Optional.empty(), Optional.empty(),
                Optional.of(director)));
        jobs.open(job, today);
        long designer = team.get(0);
        jobs.addMember(job, designer);
        jobs.recordTermsAccepted(job, designer);
        long rough = tasks.assign(job, designer, "表紙と中面のラフ案（2案）",
                "支給した原稿をもとに、表紙と中面のラフを2案作ってください。PDF で提出してください。",
                today.plusDays(10), 360);
        jobs.recordAssignmentTermsAccepted(rough, designer);
    }

    /** A few workers have typed some cards, so the progress pages show work under way. */
    private void startSomeWork(long job, List<Long> team) {
        for (int round = 0; round < 4; round++) {
            for (long w : team.subList(1, Math.min(5, team.size()))) {
                Optional<ClaimedTask> claimed = tasks.claimNext(w, Optional.of(job));
                if (claimed.isEmpty()) {
                    return;
                }
                ClaimedTask t = claimed.get();
                String text = tasks.view(w, t.taskId()).source().get("card_text");
                tasks.submit(w, t.taskId(), "demo-" + t.taskId(), typed(text, w, round));
            }
        }
    }

    private static String cardText(String[] c, int serial) {
        return String.join("\n", c[0], c[1], c[2], "TEL " + c[4], c[5], "No." + (1000 + serial));
    }

    private static Map<String, String> answer(String[] c) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("company", c[0]);
        v.put("department", c[1]);
        v.put("name", c[2]);
        v.put("name_kana", c[3]);
        v.put("phone", c[4].replace("-", ""));
        v.put("email", c[5]);
        v.put("industry", c[6]);
        return v;
    }

    /** What a worker types from the card: now and then a slip, so double entry has something to catch. */
    private static Map<String, String> typed(String cardText, long worker, int round) {
        String[] lines = cardText.split("\n");
        String[] card = java.util.Arrays.stream(CARDS).filter(c -> c[0].equals(lines[0])).findFirst().orElse(CARDS[0]);
        Map<String, String> v = answer(card);
        if ((worker + round) % 7 == 0) {
            v.put("phone", v.get("phone").substring(0, v.get("phone").length() - 1) + "9");
        }
        return v;
    }
}
