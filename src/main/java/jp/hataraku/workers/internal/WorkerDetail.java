package jp.hataraku.workers.internal;

import java.util.List;

import jp.hataraku.workers.internal.WorkerRepository.HistoryRow;
import jp.hataraku.workers.internal.WorkerRepository.PeriodRow;
import jp.hataraku.workers.internal.WorkerRepository.RequestRow;

/** Everything the detail page shows about one worker. */
public record WorkerDetail(Worker worker, List<PeriodRow> periods, List<HistoryRow> history, List<RequestRow> requests) {
}
