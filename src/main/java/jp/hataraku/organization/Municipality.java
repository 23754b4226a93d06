package jp.hataraku.organization;

/** A town taking part in the programme. Its population is the denominator of the reports' shares. */
public record Municipality(long id, String name, String nameKana, String prefectureCode, int population) {
}
